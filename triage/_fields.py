"""Measuring the message slip: per-field precision, recall and exact match on a labelled
extraction set (``triage eval --fields``; rows as in ``benchmarks/fields/``).

A row is ``{"text", "label", "fields": {name: value or null}, "reason_also": [...]}``
(the last optional). Values are compared after light normalisation: names without titles
("Dr.", "nurse") and punctuation, case ignored; numbers, dates and phrases as their letters
and digits. Two fields are free phrases, so they match
more loosely: an organisation when one name contains the other ("Walgreens" and
"Walgreens on Main"); a reason when the two share a content word ("refill metformin" and
"metformin refill request"; a word with an ending counts: "bill" and "billing"), or when both
name the same red flag in other words ("face droop, slurred speech" and "stroke signs: my
words are coming out funny": the same family of ``triage.redflags`` read in each). A call
often states more than one reason an operator could write down (two alarming signs; a fall
and the injury it left): a row's optional ``reason_also`` lists the others, and a reason that
matches one of them is right too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from triage.model import TriageModel
from triage.redflags import find_red_flags

FIELDS = (
    "caller_name", "callback_number", "extension", "patient_name", "relationship",
    "date_of_birth", "organisation", "reason", "deadline", "best_time",
)  # fmt: skip
_TITLES = {"dr", "mr", "mrs", "ms", "miss", "doctor", "nurse", "coach"}
_FILLER = {"a", "an", "the", "of", "for", "to", "my", "on", "in", "and", "with", "about"}


class FieldScore(BaseModel):
    """One field over a set: precision among values given, recall among values said, and
    the share of rows where the slip and the label agree (both empty counts)."""

    field: str
    given: int
    said: int
    correct: int
    precision: float
    recall: float
    exact: float


def read_rows(path: str | Path) -> list[dict[str, Any]]:
    """The rows of an extraction set; errors name the line, never the text."""
    rows = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row.get("text"), str) or not isinstance(row.get("fields"), dict):
                    raise ValueError("needs 'text' and 'fields'")
                also = row.get("reason_also", [])
                if not isinstance(also, list) or not all(isinstance(a, str) for a in also):
                    raise ValueError("'reason_also' must be a list of phrases")
            except ValueError as exc:
                raise ValueError(f"{path}: line {number}: {exc}") from None
            rows.append(row)
    return rows


def score_fields(model: TriageModel, rows: Iterable[Mapping[str, Any]]) -> list[FieldScore]:
    """Classify each row's text and compare its slip with the row's fields."""
    rows = list(rows)
    results = model.classify_many([row["text"] for row in rows])
    counts = {name: [0, 0, 0, 0] for name in FIELDS}  # given, said, correct, agree
    for row, result in zip(rows, results, strict=True):
        for name in FIELDS:
            got, want = _slip_value(result.message, name), row["fields"].get(name)
            same = matches(name, got, want)
            if name == "reason" and not same and got is not None and want is not None:
                same = any(matches(name, got, other) for other in row.get("reason_also", ()))
            tally = counts[name]
            tally[0] += got is not None
            tally[1] += want is not None
            tally[2] += got is not None and want is not None and same
            tally[3] += same if got is not None and want is not None else got is want is None
    return [
        FieldScore(
            field=name,
            given=given,
            said=said,
            correct=correct,
            precision=correct / given if given else 1.0,
            recall=correct / said if said else 1.0,
            exact=agree / len(rows) if rows else 0.0,
        )
        for name, (given, said, correct, agree) in counts.items()
    ]


def _slip_value(slip: Any, name: str) -> Any:
    value = getattr(slip, name)
    return value.isoformat() if hasattr(value, "isoformat") else value


def matches(name: str, got: Any, want: Any) -> bool:
    """Whether a slip value agrees with the labelled one (see the module's rules).

    >>> matches("caller_name", "Dr. Amy Chen", "amy chen"), matches("reason", "refill", "x")
    (True, False)
    """
    if got is None or want is None:
        return got is None and want is None
    a, b = _words(name, str(got)), _words(name, str(want))
    if name == "organisation":
        return bool(a and b) and (" ".join(a) in " ".join(b) or " ".join(b) in " ".join(a))
    if name == "reason":
        shared = any(_same_word(x, y) for x in a for y in b if _FILLER.isdisjoint((x, y)))
        return shared or not _signs(str(got)).isdisjoint(_signs(str(want)))
    return a == b


def _signs(phrase: str) -> frozenset[str]:
    """The red-flag families a reason names, so that two wordings of one sign agree
    ("face droop, slurred speech" and "stroke signs: my words are coming out funny")."""
    families = (flag.family for flag in find_red_flags(phrase))
    return frozenset(family for family in families if family != "caller_alarm")


def _same_word(a: str, b: str) -> bool:
    """Two words of a reason agree when they share their first five letters ("refill",
    "refills") or one is the other with an ending of up to three letters ("bill", "billing";
    "burn", "burns"; not "test", "testosterone")."""
    short, long = sorted((a, b), key=len)
    ending = len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 3
    return a[:5] == b[:5] or ending


def _words(name: str, value: str) -> list[str]:
    words = re.findall(r"[a-z0-9']+", value.lower())
    if name in ("caller_name", "patient_name"):
        words = [w.removesuffix("'s") for w in words if w not in _TITLES]
    return words


def format_fields(scores: list[FieldScore], rows: int) -> str:
    """The per-field table ``triage eval --fields`` prints."""
    lines = [
        f"message slip, {rows} calls",
        f"{'field':<17}{'precision':>10}{'recall':>9}{'exact':>8}{'given':>7}{'said':>6}",
    ]
    lines += [
        f"{s.field:<17}{s.precision:>10.3f}{s.recall:>9.3f}{s.exact:>8.3f}{s.given:>7}{s.said:>6}"
        for s in scores
    ]
    return "\n".join(lines)


__all__ = ["FIELDS", "FieldScore", "format_fields", "matches", "read_rows", "score_fields"]
