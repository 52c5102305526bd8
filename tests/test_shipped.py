"""The shipped model: its recorded figures are reproducible and it keeps the safety floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import triage
from triage.evaluate import EvalReport
from triage.training import evaluate_rows, read_corpus

ROOT = Path(__file__).resolve().parent.parent
TEST_SPLIT = ROOT / "training_data" / "test.jsonl"


@pytest.fixture(scope="module")
def report() -> EvalReport:
    return evaluate_rows(triage.load_model(), read_corpus(TEST_SPLIT))


def test_manifest_figures_are_reproduced(report: EvalReport) -> None:
    recorded = triage.load_model().metadata["heldout"]["corpus_test"]
    assert json.loads(report.model_dump_json()) == recorded


def test_shipped_model_is_trained_on_this_corpus() -> None:
    from triage.training import corpus_hash

    files = [ROOT / "training_data" / "train.jsonl", TEST_SPLIT]
    assert triage.load_model().metadata["corpus"]["sha256"] == corpus_hash(files)


def test_safety_floor_on_the_test_split(report: EvalReport) -> None:
    assert report.urgent_recall >= 0.99
    assert report.ece <= 0.05
    assert report.emergency_false_alarms == 0
    assert report.pairs >= 50 and report.pair_order is not None and report.pair_order >= 0.95


#: LABELS.md's own examples: its hard cases and its "Acuity, not topic" section.
LABELS_EXAMPLES = [
    (
        "I just want to confirm my appointment, also I've had chest pain since this morning",
        "urgent",
    ),
    ("Denies chest pain, wants refill of lisinopril", "routine"),
    ("My son's fever is 104 and he's hard to wake up", "urgent"),
    ("Calling from Quest about a critical potassium for Mr. Lee", "urgent"),
    ("This is Sam from BrightSmile Supply, your gloves order shipped", "sales"),
    ("Your car's extended warranty is about to expire", "sales"),
    ("Toothache for two weeks, comes and goes", "routine"),
    ("Tooth knocked out playing hockey 20 minutes ago", "urgent"),
    ("Hi, it's Maria, please call me back", "routine"),
    ("My knee's been bothering me, can I come in this week?", "routine"),
    ("My arm's been sore and I've had a low fever since the vaccine yesterday", "routine"),
    ("My knee is hot, huge and I can't put any weight on it since I fell", "urgent"),
    ("Please hurry, I think my husband is dying", "urgent"),
    ("Ten minutes after the injection her lips swelled and she's wheezing", "urgent"),
    ("I have a rash on my arm", "routine"),
    ("my knee hurts", "routine"),
    ("I've had diarrhea since yesterday", "routine"),
    ("sore arm and a low fever since my flu shot", "routine"),
    ("can I take ibuprofen with my blood pressure pills", "routine"),
    ("my tongue is swelling up", "urgent"),
    ("please hurry, I think he's dying", "urgent"),
    ("something feels really wrong in my chest", "urgent"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), LABELS_EXAMPLES)
def test_labels_md_examples(text: str, label: str) -> None:
    result = triage.classify(text)
    assert result.label.value == label
    if label == "routine":  # a symptom named plainly: no confident transfer either
        assert result.probabilities[triage.Label.URGENT] < 0.5
