"""The blind set (benchmarks/blind/): text nobody wrote for training, kept apart from it.

It was written by a helper that never saw ``training_data/`` or the dev set, from a brief of
LABELS.md. These tests hold the line that keeps it blind: no blind row shares six words in a
row with any training text, and the set keeps the breadth it was written to (all three labels,
every setting, a large share of routine calls that name a symptom).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from triage.language import without_accents

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "benchmarks" / "blind" / "blind.jsonl"
BLIND_ES = BLIND.with_name("blind_es.jsonl")
#: Every blind set: the first two and the fresh ones written after the first were read.
BLIND_SETS = {
    "english": BLIND,
    "spanish": BLIND_ES,
    "fresh english": BLIND.with_name("blind2.jsonl"),
    "fresh spanish": BLIND.with_name("blind2_es.jsonl"),
}
CORPUS = ROOT / "training_data"
SETTINGS = {
    "family_medicine", "paediatrics", "dental", "oral_surgery", "obgyn", "dermatology",
    "cardiology", "orthopaedics", "mental_health", "urgent_care", "physical_therapy",
    "ophthalmology", "ent", "gastroenterology", "internal_medicine",
}  # fmt: skip
#: Routine categories whose calls name a symptom (benchmarks/blind/README.md).
SYMPTOM_ROUTINE = {
    "plain_symptom", "vaccine_reaction", "third_party_mild", "dental_mild", "mild_vignette",
    "chronic",
}  # fmt: skip
SHARED_RUN = 6


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def word_runs(text: str, n: int = SHARED_RUN) -> set[str]:
    """Every run of ``n`` words (lower case; letters, digits, apostrophes), read with and
    without accents: "corazón" is "corazon", and also "coraz n" as an ASCII-only reader
    splits it."""
    low = text.lower()
    return {
        " ".join(words[i : i + n])
        for words in (re.findall(r"[a-z0-9']+", t) for t in (without_accents(low), low))
        for i in range(len(words) - n + 1)
    }


def test_word_runs_find_a_shared_run() -> None:
    a = word_runs("Hi, my knee has been aching since Sunday, can I come in?")
    b = word_runs("so my knee has been aching since sunday night")
    assert a & b == {"my knee has been aching since", "knee has been aching since sunday"}


@pytest.fixture(scope="module")
def blind() -> list[dict[str, object]]:
    return _rows(BLIND)


@pytest.fixture(scope="module")
def training_runs() -> set[str]:
    training: set[str] = set()
    for path in sorted(CORPUS.rglob("*.jsonl")):
        for row in _rows(path):
            training |= word_runs(str(row["text"]))
    return training


@pytest.mark.parametrize("path", BLIND_SETS.values(), ids=BLIND_SETS.keys())
def test_no_blind_row_shares_six_words_in_a_row_with_training_data(
    path: Path, training_runs: set[str]
) -> None:
    rows = _rows(path)
    shared = [i for i, row in enumerate(rows, 1) if word_runs(str(row["text"])) & training_runs]
    assert not shared, f"blind rows (line numbers) sharing {SHARED_RUN} words in a row: {shared}"


def test_spanish_blind_set_has_its_breadth() -> None:
    rows = _rows(BLIND_ES)
    labels = Counter(str(row["label"]) for row in rows)
    assert len(rows) >= 300 and all(row["language"] == "es" for row in rows)
    assert min(labels[label] for label in ("urgent", "routine", "sales")) >= 70
    assert {str(row["kind"]) for row in rows} == {"transcript", "voicemail", "note"}
    assert sum(bool(row["emergency"]) for row in rows) >= 50


def test_blind_set_has_its_breadth(blind: list[dict[str, object]]) -> None:
    labels = Counter(str(row["label"]) for row in blind)
    routine_symptom = sum(
        row["label"] == "routine" and row["category"] in SYMPTOM_ROUTINE for row in blind
    )
    assert len(blind) >= 500
    assert set(labels) == {"urgent", "routine", "sales"}
    assert {str(row["setting"]) for row in blind} == SETTINGS
    assert {str(row["kind"]) for row in blind} == {"transcript", "voicemail", "note"}
    assert routine_symptom / len(blind) >= 0.40
    assert all(not row["emergency"] or row["label"] == "urgent" for row in blind)
