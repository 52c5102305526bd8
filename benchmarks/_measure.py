"""What the accuracy benchmarks share (``model_grid.py``, ``language_features.py``,
``english_before_after.py``): the evidence beside the model's score, the decision the two
urgent thresholds make with it, and the three rates they report."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from triage.acuity import scan_acuity
from triage.language import detect
from triage.redflags import find_red_flags
from triage.text import normalise


def evidence(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Whether red flags fire, and whether an acuity cue is read, as ``classify`` reads them."""
    flagged = np.array([bool(find_red_flags(t)) for t in texts])
    cued = np.array([bool(scan_acuity(normalise(t), detect(t))) for t in texts])
    return flagged, cued


def called(
    p_urgent: np.ndarray, flagged: np.ndarray, cued: np.ndarray, cue: float, plain: float
) -> np.ndarray:
    """Urgent or not: a red flag, or p(urgent) at the threshold for calls with a cue or none."""
    return flagged | np.where(cued, p_urgent >= cue, p_urgent >= plain)


def rates(truth: np.ndarray, urgent_called: np.ndarray) -> tuple[float, float, float]:
    """Urgent recall, urgent precision, routine called urgent."""
    urgent, routine = truth == "urgent", truth == "routine"
    hits = int((urgent_called & urgent).sum())
    return (
        hits / urgent.sum(),
        hits / max(int(urgent_called.sum()), 1),
        int((urgent_called & routine).sum()) / routine.sum(),
    )
