"""The shipped model: its recorded figures are reproducible and it keeps the safety floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import triage
from triage.evaluate import EvalReport, evaluate
from triage.training import read_labelled

ROOT = Path(__file__).resolve().parent.parent
TEST_SPLIT = ROOT / "training_data" / "test.jsonl"


@pytest.fixture(scope="module")
def report() -> EvalReport:
    rows = read_labelled(TEST_SPLIT)
    return evaluate(
        triage.load_model(),
        [r.text for r in rows],
        [r.label for r in rows],
        [r.emergency for r in rows],
    )


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
