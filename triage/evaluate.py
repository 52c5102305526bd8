"""Metrics that lead with the costly error: urgent recall and under-triage first.

``evaluate`` scores a model on labelled calls and returns an ``EvalReport`` (a pydantic
model, so it prints as text for people and dumps as JSON for machines).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

from triage.model import TriageModel
from triage.policy import choose_label
from triage.schema import LABELS, Label, TriageResult

_BINS = 10


class LabelScores(BaseModel):
    """Precision, recall, F1 and support of one label."""

    model_config = ConfigDict(frozen=True)

    precision: float
    recall: float
    f1: float
    support: int


class ThresholdPoint(BaseModel):
    """Urgent recall and over-triage if the urgent threshold were ``threshold``."""

    model_config = ConfigDict(frozen=True)

    threshold: float
    urgent_recall: float
    urgent_precision: float
    over_triage_rate: float


class ReliabilityBin(BaseModel):
    """Calls whose confidence fell in [low, high): mean confidence vs accuracy."""

    model_config = ConfigDict(frozen=True)

    low: float
    high: float
    count: int
    confidence: float
    accuracy: float


class EvalReport(BaseModel):
    """Quality of a model on labelled calls. Rates are fractions in [0, 1]."""

    model_config = ConfigDict(frozen=True)

    n: int
    model_version: str
    urgent_threshold: float
    urgent_recall: float
    urgent_precision: float
    under_triage_rate: float
    over_triage_rate: float
    emergency_recall: float | None
    macro_f1: float
    accuracy: float
    ece: float
    per_label: dict[Label, LabelScores]
    confusion: list[list[int]]
    thresholds: list[ThresholdPoint]
    reliability: list[ReliabilityBin]


def evaluate(
    model: TriageModel,
    texts: Sequence[str],
    labels: Sequence[Label | str],
    emergencies: Sequence[bool] | None = None,
) -> EvalReport:
    """Classify ``texts`` with ``model`` and compare with the true ``labels``.

    ``emergencies`` (optional) marks the life-threat rows; their share that got
    ``emergency=True`` is the emergency recall.
    """
    if len(texts) != len(labels) or not texts:
        raise ValueError(f"need as many labels as texts, and some: {len(texts)} vs {len(labels)}")
    truth = [Label(label) for label in labels]
    results = model.classify_many(list(texts))
    predicted = [r.label for r in results]
    return _report(model, truth, predicted, results, emergencies)


def _report(
    model: TriageModel,
    truth: list[Label],
    predicted: list[Label],
    results: list[TriageResult],
    emergencies: Sequence[bool] | None,
) -> EvalReport:
    p, r, f, s = precision_recall_fscore_support(
        truth, predicted, labels=list(LABELS), zero_division=0.0
    )
    per_label = {
        label: LabelScores(precision=p[i], recall=r[i], f1=f[i], support=int(s[i]))
        for i, label in enumerate(LABELS)
    }
    return EvalReport(
        n=len(truth),
        model_version=model.version,
        urgent_threshold=model.config.urgent_threshold,
        urgent_recall=per_label[Label.URGENT].recall,
        urgent_precision=per_label[Label.URGENT].precision,
        under_triage_rate=_rate(truth, predicted, Label.URGENT, {Label.ROUTINE, Label.SALES}),
        over_triage_rate=_rate(truth, predicted, Label.ROUTINE, {Label.URGENT}),
        emergency_recall=_emergency_recall(results, emergencies),
        macro_f1=float(np.mean(f)),
        accuracy=float(np.mean([a == b for a, b in zip(truth, predicted, strict=True)])),
        ece=expected_calibration_error(results, truth),
        per_label=per_label,
        confusion=confusion_matrix(truth, predicted, labels=list(LABELS)).tolist(),
        thresholds=_tradeoff(truth, results),
        reliability=reliability_table(results, truth),
    )


def _rate(truth: list[Label], predicted: list[Label], true: Label, wrong: set[Label]) -> float:
    rows = [p for t, p in zip(truth, predicted, strict=True) if t is true]
    return sum(p in wrong for p in rows) / len(rows) if rows else 0.0


def _emergency_recall(
    results: list[TriageResult], emergencies: Sequence[bool] | None
) -> float | None:
    if emergencies is None or not any(emergencies):
        return None
    hits = [r.emergency for r, e in zip(results, emergencies, strict=True) if e]
    return sum(hits) / len(hits)


def reliability_table(results: list[TriageResult], truth: list[Label]) -> list[ReliabilityBin]:
    """Confidence against accuracy in ten equal-width bins (empty bins left out)."""
    conf = np.array([r.confidence for r in results])
    right = np.array([r.label is t for r, t in zip(results, truth, strict=True)], dtype=float)
    bins = np.minimum((conf * _BINS).astype(int), _BINS - 1)
    table = []
    for b in range(_BINS):
        mask = bins == b
        if mask.any():
            table.append(
                ReliabilityBin(
                    low=b / _BINS,
                    high=(b + 1) / _BINS,
                    count=int(mask.sum()),
                    confidence=float(conf[mask].mean()),
                    accuracy=float(right[mask].mean()),
                )
            )
    return table


def expected_calibration_error(results: list[TriageResult], truth: list[Label]) -> float:
    """ECE: the count-weighted mean gap between confidence and accuracy over the bins."""
    table = reliability_table(results, truth)
    total = sum(b.count for b in table)
    return sum(b.count * abs(b.confidence - b.accuracy) for b in table) / total


def _tradeoff(truth: list[Label], results: list[TriageResult]) -> list[ThresholdPoint]:
    """What a few other urgent thresholds would do (red flags still force urgent)."""
    points = []
    for threshold in (0.1, 0.2, 0.3, 0.4, 0.5):
        predicted = [choose_label(r.probabilities, bool(r.red_flags), threshold) for r in results]
        urgent = [t is Label.URGENT for t in truth]
        called = [p is Label.URGENT for p in predicted]
        hits = sum(u and c for u, c in zip(urgent, called, strict=True))
        points.append(
            ThresholdPoint(
                threshold=threshold,
                urgent_recall=hits / max(sum(urgent), 1),
                urgent_precision=hits / max(sum(called), 1),
                over_triage_rate=_rate(truth, predicted, Label.ROUTINE, {Label.URGENT}),
            )
        )
    return points


def format_report(report: EvalReport) -> str:
    """The report as text, leading with urgent recall and under-triage."""
    lines = [
        f"model {report.model_version}  calls {report.n}  urgent threshold "
        f"{report.urgent_threshold:.3f}",
        f"urgent recall      {report.urgent_recall:.3f}",
        f"under-triage rate  {report.under_triage_rate:.3f}  (urgent called routine or sales)",
        f"urgent precision   {report.urgent_precision:.3f}",
        f"over-triage rate   {report.over_triage_rate:.3f}  (routine called urgent)",
    ]
    if report.emergency_recall is not None:
        lines.append(f"emergency recall   {report.emergency_recall:.3f}")
    lines += [
        f"macro-F1           {report.macro_f1:.3f}",
        f"accuracy           {report.accuracy:.3f}",
    ]
    lines.append(f"calibration ECE    {report.ece:.3f}")
    lines += ["", f"{'label':<9}{'precision':>10}{'recall':>8}{'f1':>8}{'support':>9}"]
    for label, s in report.per_label.items():
        lines.append(
            f"{label.value:<9}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.support:>9}"
        )
    lines += [
        "",
        "confusion (rows true, columns predicted)",
        " " * 9 + "".join(f"{x.value:>9}" for x in LABELS),
    ]
    for label, row in zip(LABELS, report.confusion, strict=True):
        lines.append(f"{label.value:<9}" + "".join(f"{v:>9}" for v in row))
    lines += [
        "",
        "urgent threshold trade-off",
        f"{'threshold':>9}{'recall':>8}{'precision':>11}{'over-triage':>13}",
    ]
    for t in report.thresholds:
        lines.append(
            f"{t.threshold:>9.2f}{t.urgent_recall:>8.3f}{t.urgent_precision:>11.3f}"
            f"{t.over_triage_rate:>13.3f}"
        )
    lines += ["", "reliability", f"{'bin':>11}{'count':>7}{'confidence':>12}{'accuracy':>10}"]
    for b in report.reliability:
        lines.append(
            f"{b.low:.1f}-{b.high:.1f}".rjust(11)
            + f"{b.count:>7}{b.confidence:>12.3f}{b.accuracy:>10.3f}"
        )
    return "\n".join(lines)
