"""Committed targets (``benchmarks/targets.toml``) and how a run compares with them.

A target names a measure of the run, a bound, and optionally the data sets it applies to::

    [[target]]
    name = "classify_many >= 0.5 x regex floor"
    measure = "triage.batch_per_s / reference.regex_floor_per_s"
    min = 0.5
    data = ["dev", "test"]          # optional: data file stems; default all

A measure is ``SYSTEM.FIELD`` (see ``measures``) or a ratio ``A / B`` of two of them. A
target whose measure is missing from the run (a skipped peer, no emergency rows) is
"not measured", which ``--check`` reports but does not count as missed.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from triage.bench.results import BenchReport, TargetResult

_ACCURACY = (
    "urgent_recall", "under_triage", "over_triage", "urgent_precision", "emergency_recall",
    "macro_f1",
)  # fmt: skip
_SPEED = (
    "latency_p50_us",
    "latency_p99_us",
    "batch_per_s",
    "import_load_ms",
    "rss_after_load_mb",
    "peak_rss_mb",
    "model_mb",
)


class Target(BaseModel):
    """One line of the targets file: exactly one of ``min`` and ``max``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    measure: str
    min: float | None = None
    max: float | None = None
    data: list[str] | None = None
    why: str | None = None

    @model_validator(mode="after")
    def _one_bound(self) -> Target:
        if (self.min is None) == (self.max is None):
            raise ValueError(f"target {self.name!r}: give exactly one of min and max")
        return self

    @property
    def op(self) -> Literal[">=", "<="]:
        """How the measure must compare with the bound."""
        return ">=" if self.min is not None else "<="

    @property
    def bound(self) -> float:
        """The bound the measure must meet."""
        return self.min if self.min is not None else float(self.max or 0.0)


def load_targets(path: Path) -> list[Target]:
    """Read a targets file; errors name the file and the target.

    Raises
    ------
    FileNotFoundError when the file does not exist; ValueError when it is not valid.
    """
    if not path.is_file():
        raise FileNotFoundError(f"{path}: targets file not found (see --targets)")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        return [Target.model_validate(t) for t in raw.get("target", [])]
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise ValueError(f"{path}: invalid targets file: {exc}") from None


def measures(report: BenchReport) -> dict[str, float | None]:
    """Every measure a target may name, e.g. ``triage.latency_p50_us``; None if not measured."""
    out: dict[str, float | None] = {}
    for system in report.systems:
        for field in _ACCURACY:
            estimate = getattr(system.accuracy, field, None)
            out[f"{system.name}.{field}"] = None if estimate is None else estimate.value
        out[f"{system.name}.ece"] = system.accuracy.ece if system.accuracy else None
        for field in _SPEED:
            out[f"{system.name}.{field}"] = getattr(system.speed, field, None)
    refs = report.references
    out["reference.same_model_sklearn_per_s"] = refs.same_model_sklearn_per_s if refs else None
    out["reference.regex_floor_per_s"] = refs.regex_floor_per_s if refs else None
    return out


def check_targets(targets: list[Target], report: BenchReport) -> list[TargetResult]:
    """Compare each target that applies to this run's data set with the run."""
    known = measures(report)
    results = []
    for target in targets:
        if target.data is not None and report.data.name not in target.data:
            continue
        measured = _evaluate(target, known)
        met = measured is not None and (
            measured >= target.bound if target.op == ">=" else measured <= target.bound
        )
        results.append(
            TargetResult(
                name=target.name,
                measure=target.measure,
                op=target.op,
                bound=target.bound,
                measured=measured,
                status="not measured" if measured is None else "met" if met else "missed",
            )
        )
    return results


def _evaluate(target: Target, known: dict[str, float | None]) -> float | None:
    parts = [p.strip() for p in target.measure.split("/")]
    if len(parts) > 2 or any(p not in known for p in parts):
        raise ValueError(
            f"target {target.name!r}: unknown measure {target.measure!r}; "
            f"known: {', '.join(sorted(known))}"
        )
    values = [known[p] for p in parts]
    if any(v is None for v in values):
        return None
    if len(values) == 1:
        return values[0]
    num, den = values
    return None if not den else float(num or 0.0) / den
