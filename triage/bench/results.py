"""What a benchmark run produces: pydantic models behind ``results.json`` and the report.

Every figure is a plain number so that the JSON is easy to diff between runs; rates are
fractions in [0, 1], times are microseconds or milliseconds as the field name says.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Estimate(_Frozen):
    """A measured rate and its bootstrap 95% interval (None when undefined)."""

    value: float | None
    low: float | None
    high: float | None


class LabelAccuracy(_Frozen):
    """Precision, recall and F1 of one label, with intervals, and its support."""

    precision: Estimate
    recall: Estimate
    f1: Estimate
    support: int


class Accuracy(_Frozen):
    """How one system's decisions compare with the true labels."""

    n: int
    urgent_recall: Estimate
    under_triage: Estimate
    over_triage: Estimate
    emergency_recall: Estimate
    macro_f1: Estimate
    accuracy: Estimate
    per_label: dict[str, LabelAccuracy]
    confusion: list[list[int]]
    urgent_precision: Estimate | None = None  # of the calls sent to a clinician, how many were
    ece: float | None = None  # expected calibration error; None for a system without confidences


class Speed(_Frozen):
    """How fast one system is, measured in this run on the speed texts."""

    latency_p50_us: float
    latency_p99_us: float
    latency_calls: int
    latency_percentiles_us: dict[str, float]
    batch_per_s: float
    batch_size: int
    batch_repeats: int
    import_load_ms: float
    rss_after_load_mb: float
    peak_rss_mb: float
    model_mb: float
    load_runs: int
    same_labels_in_fresh_process: bool


class LanguageResult(_Frozen):
    """One language's rows of the data (``triage.language.detect``): their accuracy and,
    for triage, one call's latency on 40-word texts cut from those rows alone."""

    language: str  # "en", "es" or "other"
    n: int
    accuracy: Accuracy
    latency_p50_us: float | None = None
    latency_p99_us: float | None = None


class SystemResult(_Frozen):
    """One row of the report: triage or a peer, measured or skipped."""

    name: str
    title: str
    description: str
    status: Literal["measured", "skipped"]
    skip_reason: str | None = None
    accuracy: Accuracy | None = None
    speed: Speed | None = None
    fit_s: float | None = None
    languages: list[LanguageResult] = []


class References(_Frozen):
    """Issue 8's yardsticks, measured on the same speed texts in the same run."""

    same_model_sklearn_per_s: float
    regex_floor_per_s: float
    pattern: str


class DataInfo(_Frozen):
    """A labelled data file: its name (file stem), the path as given, and its counts."""

    name: str
    path: str
    n: int
    labels: dict[str, int]
    emergencies: int


class SpeedTexts(_Frozen):
    """The texts every system is timed on: how they were built."""

    count: int
    words: int
    source: str
    method: str


class Stamp(_Frozen):
    """Versions and machine: without them a number means nothing."""

    triage: str
    python: str
    scikit_learn: str
    numpy: str
    platform: str
    cpu: str
    cores: int
    #: 1-minute load average when the run started and ended: other work on the machine
    #: (a shared CI runner, a test suite) slows every timing, peers and triage alike.
    load_start: float | None = None
    load_end: float | None = None
    date: str
    #: The git commit of the triage source, "+changes" when triage/ differs from it; None
    #: for an installed wheel.
    source: str | None = None
    quick: bool
    seed: int
    resamples: int

    def line(self) -> str:
        """Versions, machine and date in one line (the report's and the plots' stamp)."""
        quick = ", --quick" if self.quick else ""
        load = f" · load {self.load_start} → {self.load_end}" if self.load_start is not None else ""
        source = f" (git {self.source})" if self.source else ""
        return (
            f"triage {self.triage}{source} · Python {self.python} · scikit-learn "
            f"{self.scikit_learn} · numpy {self.numpy} · {self.platform} · {self.cpu}, "
            f"{self.cores} cores{load} · {self.date}{quick}"
        )


class TargetResult(_Frozen):
    """One committed target compared with this run."""

    name: str
    measure: str
    op: Literal[">=", "<="]
    bound: float
    measured: float | None
    status: Literal["met", "missed", "not measured"]


class BenchReport(_Frozen):
    """Everything one ``triage bench`` run measured."""

    stamp: Stamp
    data: DataInfo
    train: DataInfo
    speed_texts: SpeedTexts
    systems: list[SystemResult]
    references: References | None
    targets: list[TargetResult]
    notes: list[str]

    def system(self, name: str) -> SystemResult | None:
        """The row of ``name`` ("triage", "keyword", "sklearn", "fasttext", "embedding")."""
        return next((s for s in self.systems if s.name == name), None)
