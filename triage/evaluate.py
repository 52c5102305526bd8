"""Metrics that lead with the costly error: urgent recall and under-triage first.

``evaluate`` scores a model on labelled calls and returns an ``EvalReport`` (a pydantic
model, so it prints as text for people and dumps as JSON for machines).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict, Field
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


class LanguageScores(BaseModel):
    """The leading figures for the calls in one language."""

    model_config = ConfigDict(frozen=True)

    n: int
    urgent_recall: float
    over_triage_rate: float
    urgent_precision: float
    emergency_recall: float | None
    macro_f1: float


def _empty(value: dict[str, LanguageScores]) -> bool:
    return not value


class EvalReport(BaseModel):
    """Quality of a model on labelled calls. Rates are fractions in [0, 1]."""

    model_config = ConfigDict(frozen=True)

    n: int
    model_version: str
    urgent_threshold: float
    urgent_threshold_no_cue: float = 0.5
    urgent_recall: float
    urgent_precision: float
    under_triage_rate: float
    over_triage_rate: float
    emergency_recall: float | None
    emergency_false_alarms: int = 0  # routine or sales rows that got the emergency advice
    macro_f1: float
    accuracy: float
    ece: float
    per_label: dict[Label, LabelScores]
    confusion: list[list[int]]
    thresholds: list[ThresholdPoint]
    reliability: list[ReliabilityBin]
    pairs: int = 0  # contrastive pairs (one routine, one urgent row of the same complaint)
    pair_order: float | None = None  # share of pairs whose urgent row has the higher p(urgent)
    failures: dict[str, dict[str, int]] = {}  # by category: rows, wrong, over- and under-triage
    # by language, when calls are not all English (left out of the JSON otherwise, so that
    # reports of English sets read as they always have)
    languages: dict[str, LanguageScores] = Field(default_factory=dict, exclude_if=_empty)


def evaluate(
    model: TriageModel,
    texts: Sequence[str],
    labels: Sequence[Label | str],
    emergencies: Sequence[bool] | None = None,
    *,
    pairs: Sequence[str | None] | None = None,
    categories: Sequence[str | None] | None = None,
    languages: Sequence[str | None] | None = None,
) -> EvalReport:
    """Classify ``texts`` with ``model`` and compare with the true ``labels``.

    ``emergencies`` (optional) marks the life-threat rows; their share that got
    ``emergency=True`` is the emergency recall. ``pairs`` (optional) gives each row's
    contrastive-pair id: a pair is one routine and one urgent row of the same complaint, and
    ``pair_order`` is the share whose urgent row gets the higher p(urgent). ``categories``
    (optional) gives each row's kind of call, for the failures table. ``languages``
    (optional) gives each row's language; a row without one counts in the language the
    model detects (``TriageResult.language``). Figures by language are reported when the
    calls are not all in English.
    """
    if len(texts) != len(labels) or not texts:
        raise ValueError(f"need as many labels as texts, and some: {len(texts)} vs {len(labels)}")
    truth = [Label(label) for label in labels]
    results = model.classify_many(list(texts))
    predicted = [r.label for r in results]
    report = _report(model, truth, predicted, results, emergencies)
    n_pairs, order = pair_order(results, truth, pairs) if pairs is not None else (0, None)
    failures = _failures(truth, predicted, categories) if categories is not None else {}
    spoken = [
        given or result.language
        for given, result in zip(languages or [None] * len(results), results, strict=True)
    ]
    by_language = _by_language(model, truth, results, emergencies, spoken)
    return report.model_copy(
        update={
            "pairs": n_pairs, "pair_order": order, "failures": failures,
            "languages": by_language,
        }
    )  # fmt: skip


def _by_language(
    model: TriageModel,
    truth: list[Label],
    results: list[TriageResult],
    emergencies: Sequence[bool] | None,
    spoken: list[str],
) -> dict[str, LanguageScores]:
    """The leading figures per language, when there is more than English."""
    if set(spoken) <= {"en"}:
        return {}
    scores = {}
    for language in sorted(set(spoken)):
        rows = [i for i, said in enumerate(spoken) if said == language]
        sub = _report(
            model,
            [truth[i] for i in rows],
            [results[i].label for i in rows],
            [results[i] for i in rows],
            None if emergencies is None else [emergencies[i] for i in rows],
        )
        scores[language] = LanguageScores(
            n=len(rows),
            urgent_recall=sub.urgent_recall,
            over_triage_rate=sub.over_triage_rate,
            urgent_precision=sub.urgent_precision,
            emergency_recall=sub.emergency_recall,
            macro_f1=sub.macro_f1,
        )
    return scores


def pair_order(
    results: Sequence[TriageResult], truth: Sequence[Label], pairs: Sequence[str | None]
) -> tuple[int, float | None]:
    """How many complete contrastive pairs there are, and the share whose urgent row has the
    higher p(urgent) (a tie counts as a miss). Rows of incomplete pairs are left out."""
    members: dict[str, dict[Label, float]] = {}
    for result, label, pair in zip(results, truth, pairs, strict=True):
        if pair is not None:
            members.setdefault(pair, {})[label] = result.probabilities[Label.URGENT]
    complete = [m for m in members.values() if m.keys() == {Label.ROUTINE, Label.URGENT}]
    if not complete:
        return 0, None
    ordered = sum(m[Label.URGENT] > m[Label.ROUTINE] for m in complete)
    return len(complete), ordered / len(complete)


def _failures(
    truth: list[Label], predicted: list[Label], categories: Sequence[str | None]
) -> dict[str, dict[str, int]]:
    """Per category: rows, wrong labels, routine called urgent, urgent called anything else."""
    table: dict[str, Counter[str]] = {}
    for t, p, category in zip(truth, predicted, categories, strict=True):
        counts = table.setdefault(category or "(none)", Counter())
        counts["rows"] += 1
        counts["wrong"] += t is not p
        counts["over_triage"] += t is Label.ROUTINE and p is Label.URGENT
        counts["under_triage"] += t is Label.URGENT and p is not Label.URGENT
    keys = ("rows", "wrong", "over_triage", "under_triage")
    return {name: {k: counts[k] for k in keys} for name, counts in sorted(table.items())}


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
        urgent_threshold_no_cue=model.config.urgent_threshold_no_cue,
        urgent_recall=per_label[Label.URGENT].recall,
        urgent_precision=per_label[Label.URGENT].precision,
        under_triage_rate=_rate(truth, predicted, Label.URGENT, {Label.ROUTINE, Label.SALES}),
        over_triage_rate=_rate(truth, predicted, Label.ROUTINE, {Label.URGENT}),
        emergency_recall=_emergency_recall(results, emergencies),
        emergency_false_alarms=sum(
            r.emergency and t is not Label.URGENT for r, t in zip(results, truth, strict=True)
        ),
        macro_f1=float(np.mean(f)),
        accuracy=float(np.mean([a == b for a, b in zip(truth, predicted, strict=True)])),
        ece=expected_calibration_error(results, truth),
        per_label=per_label,
        confusion=confusion_matrix(truth, predicted, labels=list(LABELS)).tolist(),
        thresholds=_tradeoff(truth, results, model.config.urgent_threshold),
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
    return _reliability(conf, right)


def calibration_error(confidence: np.ndarray, right: np.ndarray) -> float:
    """ECE of confidences and whether each label was right (as ``expected_calibration_error``).

    >>> round(calibration_error(np.array([0.9, 0.9, 0.6]), np.array([1.0, 0.0, 1.0])), 6)
    0.4
    """
    table = _reliability(np.asarray(confidence, float), np.asarray(right, float))
    total = sum(b.count for b in table)
    return sum(b.count * abs(b.confidence - b.accuracy) for b in table) / total


def _reliability(conf: np.ndarray, right: np.ndarray) -> list[ReliabilityBin]:
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
    conf = np.array([r.confidence for r in results])
    right = np.array([r.label is t for r, t in zip(results, truth, strict=True)], dtype=float)
    return calibration_error(conf, right)


def _tradeoff(
    truth: list[Label], results: list[TriageResult], with_cue: float
) -> list[ThresholdPoint]:
    """What a few other urgent thresholds for calls with no acuity cue would do (red flags
    still force urgent; calls with a cue keep the threshold ``with_cue``)."""
    points = []
    for threshold in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        predicted = [
            choose_label(r.probabilities, bool(r.red_flags), with_cue if r.acuity else threshold)
            for r in results
        ]
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


def _maybe(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_report(report: EvalReport) -> str:
    """The report as text, leading with urgent recall and under-triage."""
    lines = [
        f"model {report.model_version}  calls {report.n}  urgent threshold "
        f"{report.urgent_threshold:.3f} (with an acuity cue), "
        f"{report.urgent_threshold_no_cue:.3f} (without)",
        f"urgent recall      {report.urgent_recall:.3f}",
        f"under-triage rate  {report.under_triage_rate:.3f}  (urgent called routine or sales)",
        f"urgent precision   {report.urgent_precision:.3f}",
        f"over-triage rate   {report.over_triage_rate:.3f}  (routine called urgent)",
    ]
    if report.emergency_recall is not None:
        lines.append(f"emergency recall   {report.emergency_recall:.3f}")
    lines.append(f"emergency advice on routine or sales rows: {report.emergency_false_alarms}")
    if report.pair_order is not None:
        lines.append(
            f"pair order         {report.pair_order:.3f}  ({report.pairs} contrastive pairs: "
            "urgent row has the higher p(urgent))"
        )
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
        "urgent threshold trade-off (calls with no acuity cue)",
        f"{'threshold':>9}{'recall':>8}{'precision':>11}{'over-triage':>13}",
    ]
    for t in report.thresholds:
        lines.append(
            f"{t.threshold:>9.2f}{t.urgent_recall:>8.3f}{t.urgent_precision:>11.3f}"
            f"{t.over_triage_rate:>13.3f}"
        )
    if report.failures:
        lines += ["", "failures by category", f"{'category':<24}{'rows':>6}{'wrong':>7}"
                  f"{'over':>6}{'under':>7}"]  # fmt: skip
        for name, c in report.failures.items():
            lines.append(
                f"{name:<24}{c['rows']:>6}{c['wrong']:>7}{c['over_triage']:>6}"
                f"{c['under_triage']:>7}"
            )
    if report.languages:
        lines += ["", "by language", f"{'language':<10}{'calls':>6}{'urgent recall':>15}"
                  f"{'over-triage':>13}{'emergency':>11}{'macro-F1':>10}"]  # fmt: skip
        for name, scores in report.languages.items():
            lines.append(
                f"{name:<10}{scores.n:>6}{scores.urgent_recall:>15.3f}"
                f"{scores.over_triage_rate:>13.3f}{_maybe(scores.emergency_recall):>11}"
                f"{scores.macro_f1:>10.3f}"
            )
    lines += ["", "reliability", f"{'bin':>11}{'count':>7}{'confidence':>12}{'accuracy':>10}"]
    for b in report.reliability:
        lines.append(
            f"{b.low:.1f}-{b.high:.1f}".rjust(11)
            + f"{b.count:>7}{b.confidence:>12.3f}{b.accuracy:>10.3f}"
        )
    return "\n".join(lines)
