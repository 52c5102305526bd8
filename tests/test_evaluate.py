"""Reports on labelled calls: contrastive pairs, failures by category, calibration."""

from __future__ import annotations

import numpy as np
import pytest

from triage.evaluate import calibration_error, pair_order
from triage.schema import Action, Label, TriageResult

R, U = Label.ROUTINE, Label.URGENT


def result(p_urgent: float) -> TriageResult:
    probs = {Label.SALES: 0.0, Label.ROUTINE: 1 - p_urgent, Label.URGENT: p_urgent}
    label = U if p_urgent >= 0.5 else R
    return TriageResult(
        label=label,
        action=Action.TRANSFER_NOW if label is U else Action.HOLD,
        emergency=False,
        confidence=max(p_urgent, 1 - p_urgent),
        uncertain=False,
        probabilities=probs,
        note="n",
        model_version="m",
    )


def test_pair_order_counts_pairs_whose_urgent_row_scores_higher() -> None:
    results = [result(p) for p in (0.2, 0.9, 0.6, 0.4, 0.3, 0.3, 0.8)]
    truth = [R, U, R, U, R, U, U]
    pairs = ["a", "a", "b", "b", "c", "c", None]
    # a: ordered; b: reversed; c: a tie counts as a miss; the unpaired row is left out.
    assert pair_order(results, truth, pairs) == (3, pytest.approx(1 / 3))


def test_incomplete_pairs_are_left_out() -> None:
    results = [result(0.2), result(0.9)]
    assert pair_order(results, [R, R], ["a", "a"]) == (0, None)
    assert pair_order(results, [R, U], [None, None]) == (0, None)


def test_calibration_error_is_the_weighted_gap_per_bin() -> None:
    confidence = np.array([0.95, 0.95, 0.95, 0.95, 0.55, 0.55])
    right = np.array([1, 1, 1, 0, 1, 0], dtype=float)
    # bin 0.9-1.0: 0.95 vs 0.75 over 4 calls; bin 0.5-0.6: 0.55 vs 0.5 over 2 calls.
    assert calibration_error(confidence, right) == pytest.approx((4 * 0.2 + 2 * 0.05) / 6)
