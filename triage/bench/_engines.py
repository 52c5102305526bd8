"""Prediction code of the peers that must run without the ``triage`` package.

The fresh interpreter that measures a peer's import and load time loads this file by its
path (``engines_loader``), so that the peer's figures do not include importing triage and
scikit-learn; the benchmark process imports it normally. One copy of the code serves both.
Nothing here may import from ``triage``.
"""

from __future__ import annotations

import re
from typing import Any

FASTTEXT_PREFIX = "__label__"


def compile_rules(rules: list[tuple[str, str]]) -> list[tuple[str, re.Pattern[str]]]:
    """(label, regex) pairs in priority order, compiled."""
    return [(label, re.compile(pattern)) for label, pattern in rules]


def keyword_label(rules: list[tuple[str, re.Pattern[str]]], fallback: str, text: str) -> str:
    """The label of the first rule that matches the lower-cased text, else ``fallback``.

    >>> keyword_label(compile_rules([("urgent", r"\\bchest pain\\b")]), "routine", "Chest pain")
    'urgent'
    """
    lowered = text.lower()
    return next((label for label, rule in rules if rule.search(lowered)), fallback)


def fasttext_clean(text: str) -> str:
    """fastText's input: one lower-cased line, words joined by single spaces."""
    return " ".join(text.lower().split())


def fasttext_labels(model: Any, texts: list[str]) -> list[str]:
    """The best label of each text through the binding's public ``predict``.

    ``fasttext-wheel`` under numpy 2 fails inside ``predict`` (its array copy); then the
    binding's own ``multilinePredict`` gives the same labels.
    """
    cleaned = [fasttext_clean(t) for t in texts]
    try:
        found = model.predict(cleaned)[0]
    except ValueError:
        found = [
            [p[1] for p in rows] for rows in model.f.multilinePredict(cleaned, 1, 0.0, "strict")
        ]
    return [labels[0][len(FASTTEXT_PREFIX) :] for labels in found]


def fasttext_label(model: Any, text: str) -> str:
    """The best label of one text: ``model.predict(text)``, the call a user would time."""
    try:
        labels = model.predict(fasttext_clean(text))[0]
    except ValueError:
        labels = [p[1] for p in model.f.predict(fasttext_clean(text), 1, 0.0, "strict")]
    return str(labels[0])[len(FASTTEXT_PREFIX) :]


def engines_loader(path: str) -> str:
    """Code that loads this file by path as ``_engines`` in a fresh interpreter."""
    return (
        "import importlib.util\n"
        f"_spec = importlib.util.spec_from_file_location('_bench_engines', {path!r})\n"
        "_engines = importlib.util.module_from_spec(_spec)\n"
        "_spec.loader.exec_module(_engines)\n"
    )
