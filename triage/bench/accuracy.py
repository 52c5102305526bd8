"""Accuracy with bootstrap intervals, vectorised over resamples.

Every metric is a function of the 3x3 confusion matrix (plus the emergency rows), so a
bootstrap resample only needs its confusion counts: one ``np.bincount`` over all resamples
at once. The point estimates use the same code on the data as it is, and they equal what
``triage.evaluate.evaluate`` reports for the same decisions (a test checks this).

>>> acc = score(["urgent", "routine"], ["urgent", "urgent"], resamples=10, seed=0)
>>> acc.urgent_recall.value, acc.over_triage.value
(1.0, 1.0)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

from triage.bench.results import Accuracy, Estimate, LabelAccuracy
from triage.evaluate import calibration_error
from triage.schema import LABELS, Label

#: Label names in the order of the confusion matrix rows and columns.
LABEL_NAMES: tuple[str, ...] = tuple(label.value for label in LABELS)
_URGENT = LABEL_NAMES.index(Label.URGENT.value)
_ROUTINE = LABEL_NAMES.index(Label.ROUTINE.value)
_K = len(LABEL_NAMES)
#: Resample rows held in memory at once (chunks keep large data sets cheap).
_CELLS_PER_CHUNK = 2_000_000


def score(
    truth: Sequence[str],
    predicted: Sequence[str],
    emergencies: Sequence[bool] | None = None,
    flagged: Sequence[bool] | None = None,
    *,
    resamples: int = 1000,
    seed: int = 0,
    confidence: Sequence[float] | None = None,
) -> Accuracy:
    """Compare ``predicted`` labels with ``truth``, with seeded bootstrap 95% intervals.

    Parameters
    ----------
    truth, predicted : label names ("sales", "routine", "urgent"), one per row.
    emergencies : which rows are life threats; ``flagged``: which rows the system marked as
        an emergency (None for a system without that notion: emergency recall is then None).
    resamples, seed : the bootstrap. The same seed gives the same resamples (and so
        intervals) for every system, which makes their intervals comparable.
    confidence : the probability each system gave its label, for the expected calibration
        error (ten equal-width bins, as ``triage.evaluate``); None: no ECE.

    Raises
    ------
    ValueError for lengths that differ, no rows, or an unknown label (by row number).
    """
    t, p = _codes(truth, "truth"), _codes(predicted, "predicted")
    if len(t) != len(p) or len(t) == 0:
        raise ValueError(f"need as many predictions as labels, and some: {len(t)} vs {len(p)}")
    hit, emerg = _emergency_arrays(len(t), emergencies, flagged)
    conf = confusion_counts(t, p, np.arange(len(t))[None, :])
    point = _metrics(conf, hit, emerg, identity=True)
    boot: dict[str, list[np.ndarray]] = {key: [] for key in point}
    for rows in resample_rows(len(t), resamples, seed):
        for key, values in _metrics(confusion_counts(t, p, rows), hit, emerg, rows=rows).items():
            boot[key].append(values)
    est = {key: _estimate(point[key][0], np.concatenate(boot[key])) for key in point}
    ece = None if confidence is None else calibration_error(np.asarray(confidence), t == p)
    return _accuracy(est, conf[0]).model_copy(update={"ece": ece})


def resample_rows(n: int, resamples: int, seed: int) -> Iterator[np.ndarray]:
    """Bootstrap row indices, ``(chunk, n)`` arrays; deterministic for a given seed."""
    rng = np.random.default_rng(seed)
    chunk = max(1, _CELLS_PER_CHUNK // n)
    done = 0
    while done < resamples:
        size = min(chunk, resamples - done)
        yield rng.integers(0, n, size=(size, n))
        done += size


def confusion_counts(truth: np.ndarray, predicted: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Confusion matrices (rows true, columns predicted) of each resample: ``(B, 3, 3)``.

    >>> confusion_counts(np.array([2, 2, 1]), np.array([2, 1, 1]), np.array([[0, 1, 2]]))[0]
    array([[0, 0, 0],
           [0, 1, 0],
           [0, 1, 1]])
    """
    offsets = np.arange(rows.shape[0])[:, None] * _K * _K
    cells = truth[rows] * _K + predicted[rows] + offsets
    return np.bincount(cells.ravel(), minlength=rows.shape[0] * _K * _K).reshape(-1, _K, _K)


def _metrics(
    conf: np.ndarray,
    hit: np.ndarray | None,
    emerg: np.ndarray | None,
    *,
    rows: np.ndarray | None = None,
    identity: bool = False,
) -> dict[str, np.ndarray]:
    """Every metric of each confusion matrix; zero where a denominator is zero (as sklearn)."""
    diag = np.diagonal(conf, axis1=1, axis2=2).astype(float)
    support, called = conf.sum(axis=2), conf.sum(axis=1)
    f1 = _ratio(2 * diag, support + called)  # sklearn's F1, zero_division=0
    out = {
        "urgent_recall": _ratio(diag[:, _URGENT], support[:, _URGENT]),
        "under_triage": _ratio(support[:, _URGENT] - diag[:, _URGENT], support[:, _URGENT]),
        "over_triage": _ratio(conf[:, _ROUTINE, _URGENT], support[:, _ROUTINE]),
        "urgent_precision": _ratio(diag[:, _URGENT], called[:, _URGENT]),
        "emergency_recall": _emergency_recall(hit, emerg, rows, len(conf), identity),
        "macro_f1": f1.mean(axis=1),
        "accuracy": diag.sum(axis=1) / conf.sum(axis=(1, 2)),
    }
    for i, name in enumerate(LABEL_NAMES):
        out[f"{name}.precision"] = _ratio(diag[:, i], called[:, i])
        out[f"{name}.recall"] = _ratio(diag[:, i], support[:, i])
        out[f"{name}.f1"] = f1[:, i]
    return out


def _emergency_recall(
    hit: np.ndarray | None,
    emerg: np.ndarray | None,
    rows: np.ndarray | None,
    count: int,
    identity: bool,
) -> np.ndarray:
    """Share of life-threat rows flagged as emergencies; NaN where undefined."""
    if hit is None or emerg is None:
        return np.full(count, np.nan)
    if identity or rows is None:
        hits, total = hit.sum(keepdims=True), emerg.sum(keepdims=True)
    else:
        hits, total = hit[rows].sum(axis=1), emerg[rows].sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, hits / np.maximum(total, 1), np.nan)


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    return np.where(den > 0, num / np.maximum(den, 1), 0.0)


def _estimate(point: float, values: np.ndarray) -> Estimate:
    if np.isnan(point):
        return Estimate(value=None, low=None, high=None)
    finite = values[~np.isnan(values)]
    low, high = np.percentile(finite, [2.5, 97.5]) if finite.size else (np.nan, np.nan)
    return Estimate(value=float(point), low=float(low), high=float(high))


def _accuracy(est: dict[str, Estimate], conf: np.ndarray) -> Accuracy:
    per_label = {
        name: LabelAccuracy(
            precision=est[f"{name}.precision"],
            recall=est[f"{name}.recall"],
            f1=est[f"{name}.f1"],
            support=int(conf[i].sum()),
        )
        for i, name in enumerate(LABEL_NAMES)
    }
    return Accuracy(
        n=int(conf.sum()),
        urgent_recall=est["urgent_recall"],
        under_triage=est["under_triage"],
        over_triage=est["over_triage"],
        urgent_precision=est["urgent_precision"],
        emergency_recall=est["emergency_recall"],
        macro_f1=est["macro_f1"],
        accuracy=est["accuracy"],
        per_label=per_label,
        confusion=conf.tolist(),
    )


def _codes(labels: Sequence[str], what: str) -> np.ndarray:
    index = {name: i for i, name in enumerate(LABEL_NAMES)}
    codes = np.empty(len(labels), dtype=np.int64)
    for row, raw in enumerate(labels):
        label = str(getattr(raw, "value", raw))  # a Label enum or its name
        if label not in index:
            raise ValueError(f"{what} row {row}: unknown label (expected one of {LABEL_NAMES})")
        codes[row] = index[label]
    return codes


def _emergency_arrays(
    n: int, emergencies: Sequence[bool] | None, flagged: Sequence[bool] | None
) -> tuple[np.ndarray | None, np.ndarray | None]:
    """(life threat and flagged, life threat) as boolean arrays, or None without a notion."""
    if emergencies is None or flagged is None or not any(emergencies):
        return None, None
    if len(emergencies) != n or len(flagged) != n:
        raise ValueError(f"emergency marks need one per row: {len(emergencies)}, {len(flagged)}")
    emerg = np.asarray(emergencies, dtype=bool)
    return emerg & np.asarray(flagged, dtype=bool), emerg
