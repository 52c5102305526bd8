"""Whether the shipped model's settings are the best of their neighbours by the measure
``triage train`` itself uses: for each setting, 5-fold out-of-fold p(urgent) on the training
split, the thresholds ``recall_first_thresholds`` picks for 0.99 urgent recall, and how many
routine calls those thresholds call urgent (fewer is better), with the average precision of
the calls the red flags leave to the model. Training data only: no evaluation set is read.

    python benchmarks/model_grid.py > benchmarks/results/model_grid.txt

About 70 s per setting on a 2-core machine (nine settings).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
from _measure import called, evidence
from sklearn.metrics import average_precision_score

from triage import training
from triage.classifier import TriageClassifier
from triage.features import TriageFeatures

ROOT = Path(__file__).resolve().parents[1]
#: (C, feature settings): the shipped (C 16, TriageFeatures' defaults) and its neighbours.
SETTINGS: tuple[tuple[float, dict[str, Any]], ...] = (
    (16.0, {}),
    (8.0, {}),
    (32.0, {}),
    (16.0, {"acuity_weight": 0.5}),
    (16.0, {"acuity_weight": 2.0}),
    (16.0, {"ngram_max": 3}),
    (16.0, {"min_df": 1}),
    (16.0, {"sublinear_tf": False}),
    (16.0, {"cue_weight": 1.0}),
)


def main() -> None:
    rows = training.read_corpus(ROOT / "training_data" / "train.jsonl")
    texts, labels = [r.text for r in rows], [r.label.value for r in rows]
    flagged, cued = evidence(texts)
    urgent = np.array([label == "urgent" for label in labels])
    routine = np.array([label == "routine" for label in labels])
    left = ~flagged & (urgent | routine)
    print(f"training split: {len(rows)} calls, {routine.sum()} routine; 5 folds, seed 0")
    print(f"{'C':>5} {'features':<22} {'threshold':>10} {'no cue':>7} {'routine called urgent':>22}"
          f" {'recall':>7} {'AP (no flag)':>13} {'s':>4}")  # fmt: skip
    for c, settings in SETTINGS:
        start = time.perf_counter()
        oof = training._out_of_fold(  # the selection train() runs (private: not a public API)
            TriageFeatures(**settings),
            TriageClassifier(C=c, random_state=0),
            texts,
            labels,
            emergencies=[r.emergency for r in rows],
            seed=0,
        )
        cue, plain = training.recall_first_thresholds(
            oof.p_urgent, flagged, cued, urgent, routine, target=training.TARGET_URGENT_RECALL
        )
        urgent_called = called(oof.p_urgent, flagged, cued, cue, plain)
        over = int((urgent_called & routine).sum())
        share = over / routine.sum()
        ap = average_precision_score(urgent[left], oof.p_urgent[left])
        print(
            f"{c:>5g} {_shown(settings):<22} {cue:>10.3f} {plain:>7.2f} {over:>13} ({share:.4f})"
            f" {(urgent_called & urgent).sum() / urgent.sum():>7.4f} {ap:>13.4f}"
            f" {time.perf_counter() - start:>4.0f}",
            flush=True,
        )


def _shown(settings: dict[str, Any]) -> str:
    return ", ".join(f"{k} {v}" for k, v in settings.items()) or "defaults"


if __name__ == "__main__":
    main()
