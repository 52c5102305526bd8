"""Red-flag rules: curated urgent signs that force ``urgent`` whatever the model says.

(Skeleton: the lexicon is being written; the interface below is fixed.)
"""

from __future__ import annotations

from typing import NamedTuple

from triage.text import normalise


class RedFlag(NamedTuple):
    """One urgent sign found in a call, by canonical family."""

    family: str  # id, e.g. "chest_pain"
    name: str  # canonical display name, e.g. "chest pain"
    emergency: bool  # a life threat: advise the emergency number
    phrase: str  # the words of the normalised text that matched


def scan(norm: str) -> tuple[RedFlag, ...]:
    """Red flags present *now* in already-normalised text (see ``triage.text.normalise``)."""
    return ()


def find_red_flags(text: str) -> tuple[RedFlag, ...]:
    """Red flags present now in raw call text, one per family, in order of appearance."""
    if not isinstance(text, str):
        raise TypeError(f"find_red_flags expects str, got {type(text).__name__}")
    return scan(normalise(text))
