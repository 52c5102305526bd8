"""``triage bench``: accuracy and speed of triage beside the systems a user would try.

>>> from triage.bench import BenchOptions
>>> BenchOptions(data="calls.jsonl", train="train.jsonl").resamples
1000

``run_bench`` trains every peer on the training split, scores every system on the data
with bootstrap intervals, times them all on the same 40-word texts on one thread, and
checks the committed targets; ``write_results`` writes ``report.md``, ``results.json`` and
the PNGs. Peers whose packages are missing are skipped with the reason, never an error.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from triage.bench.accuracy import score
from triage.bench.peers import Predictions, System, Triage, default_systems
from triage.bench.report import format_summary, write_results
from triage.bench.results import (
    Accuracy,
    BenchReport,
    DataInfo,
    LanguageResult,
    References,
    Speed,
    SpeedTexts,
    Stamp,
    SystemResult,
)
from triage.bench.speed import (
    QUICK,
    REGEX_FLOOR,
    Budget,
    fresh_process,
    latencies_us,
    percentiles,
    regex_floor,
    size_mb,
    speed_texts,
    throughput,
)
from triage.bench.targets import check_targets, load_targets
from triage.language import detect
from triage.training import LabelledCall, read_labelled

__all__ = [
    "BenchOptions",
    "BenchReport",
    "BenchRun",
    "format_summary",
    "recheck",
    "run_bench",
    "write_results",
]

Progress = Callable[[str], None]


class BenchOptions(BaseModel):
    """What to run: data, training split, targets, bootstrap and effort."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    data: Path
    train: Path
    targets: Path | None = None
    seed: int = 0
    resamples: int = Field(default=1000, ge=10)
    quick: bool = False


@dataclass
class BenchRun:
    """A run's report, and the raw single-call latencies behind its latency plot."""

    report: BenchReport
    latencies_us: dict[str, np.ndarray] = field(default_factory=dict)


@dataclass(frozen=True)
class _Inputs:
    train: list[LabelledCall]
    data: list[LabelledCall]
    texts: list[str]
    budget: Budget
    options: BenchOptions
    workdir: Path


def run_bench(
    options: BenchOptions,
    *,
    systems: Sequence[System] | None = None,
    progress: Progress | None = None,
) -> BenchRun:
    """Measure triage and its peers; see the module docstring.

    Raises
    ------
    FileNotFoundError or ValueError for a missing or invalid data, training or targets
    file (by path and line number, never with call text).
    """
    began = time.perf_counter()

    def say(message: str) -> None:
        if progress is not None:
            progress(f"[{time.perf_counter() - began:5.0f} s] {message}")

    budget = QUICK if options.quick else Budget()
    train, data = read_labelled(options.train), read_labelled(options.data)
    texts = speed_texts([r.text for r in data], budget.texts)
    chosen = list(systems) if systems is not None else default_systems()
    run = BenchRun(report=_empty_report(options, train, data, texts))
    rows, notes = [], []
    with _single_thread(), tempfile.TemporaryDirectory(prefix="triage-bench-") as tmp:
        inputs = _Inputs(train, data, texts, budget, options, Path(tmp))
        for system in chosen:
            rows.append(_measure(system, inputs, run, say))
            notes += system.notes
        refs = _references(chosen, texts, budget, say)
    stamp = run.report.stamp.model_copy(update={"load_end": _load()})
    report = run.report.model_copy(
        update={"systems": rows, "references": refs, "notes": notes, "stamp": stamp}
    )
    if options.targets is not None:
        report = report.model_copy(
            update={"targets": check_targets(load_targets(options.targets), report)}
        )
    run.report = report
    return run


def recheck(results: Path, targets: Path | None) -> BenchReport:
    """A saved ``results.json`` compared again with ``targets`` (nothing is run).

    Raises
    ------
    FileNotFoundError or ValueError for a missing or invalid results or targets file.
    """
    if not results.is_file():
        raise FileNotFoundError(f"{results}: results file not found")
    try:
        report = BenchReport.model_validate_json(results.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValueError(f"{results}: not a triage bench results.json: {exc}") from None
    checked = check_targets(load_targets(targets), report) if targets is not None else []
    return report.model_copy(update={"targets": checked})


def _measure(system: System, inputs: _Inputs, run: BenchRun, say: Progress) -> SystemResult:
    reason = system.missing()
    if reason is not None:
        say(f"skipped {system.title}: {reason}")
        return SystemResult(
            name=system.name,
            title=system.title,
            description=system.description,
            status="skipped",
            skip_reason=reason,
        )
    if system.trains:
        say(f"{system.name}: training on {len(inputs.train)} calls")
    else:
        say(f"{system.name}: loading the shipped model (not retrained)")
    start = time.perf_counter()
    system.fit([r.text for r in inputs.train], [r.label.value for r in inputs.train])
    fit_s = time.perf_counter() - start
    say(f"{system.name}: scoring {len(inputs.data)} calls")
    predicted = system.predict([r.text for r in inputs.data])
    accuracy = _accuracy(predicted, inputs.data, inputs.options)
    say(f"{system.name}: timing on {len(inputs.texts)} texts of 40 words")
    speed, samples = _speed(system, inputs)
    run.latencies_us[system.name] = samples
    languages = _by_language(system, predicted, inputs, say)
    return SystemResult(
        name=system.name,
        title=system.title,
        description=system.description,
        status="measured",
        accuracy=accuracy,
        speed=speed,
        fit_s=round(fit_s, 3),
        languages=languages,
    )


def _accuracy(
    predicted: Predictions, data: Sequence[LabelledCall], options: BenchOptions
) -> Accuracy:
    return score(
        [r.label.value for r in data],
        predicted.labels,
        [r.emergency for r in data],
        predicted.emergency,
        resamples=options.resamples,
        seed=options.seed,
        confidence=predicted.confidence,
    )


def _by_language(
    system: System, predicted: Predictions, inputs: _Inputs, say: Progress
) -> list[LanguageResult]:
    """Accuracy on each language's rows; for triage also one call's latency on texts cut
    from those rows alone (a Spanish call reads both lexicons, an English one one)."""
    rows: dict[str, list[int]] = {}
    for i, call in enumerate(inputs.data):
        rows.setdefault(detect(call.text).code, []).append(i)
    found = []
    for code, index in sorted(rows.items()):
        data = [inputs.data[i] for i in index]
        accuracy = _accuracy(predicted.take(index), data, inputs.options)
        p50 = p99 = None
        if isinstance(system, Triage):
            say(f"{system.name}: timing the {code} calls")
            texts = speed_texts([r.text for r in data], inputs.budget.texts)
            cuts = percentiles(latencies_us(system.predict_one, texts, inputs.budget))
            p50, p99 = cuts["p50"], cuts["p99"]
        found.append(
            LanguageResult(
                language=code,
                n=len(index),
                accuracy=accuracy,
                latency_p50_us=p50,
                latency_p99_us=p99,
            )
        )
    return found


def _speed(system: System, inputs: _Inputs) -> tuple[Speed, np.ndarray]:
    texts, budget = inputs.texts, inputs.budget
    samples = latencies_us(system.predict_one, texts, budget)
    per_s, repeats, size = throughput(system.predict_batch, texts, budget)
    directory = inputs.workdir / system.name
    directory.mkdir()
    files = system.save(directory)
    sample = texts[: budget.load_batch]
    fresh = fresh_process(system.loader(files), sample, budget, cwd=directory)
    same = fresh.labels == system.predict(sample).labels
    if not same:
        system.notes.append(
            f"{system.name}: the fresh interpreter labelled the speed texts differently "
            "from the benchmark process"
        )
    cuts = percentiles(samples)
    speed = Speed(
        latency_p50_us=cuts["p50"],
        latency_p99_us=cuts["p99"],
        latency_calls=len(samples),
        latency_percentiles_us=cuts,
        batch_per_s=per_s,
        batch_size=size,
        batch_repeats=repeats,
        import_load_ms=fresh.import_load_ms,
        rss_after_load_mb=fresh.rss_after_load_mb,
        peak_rss_mb=fresh.peak_rss_mb,
        model_mb=size_mb(files),
        load_runs=fresh.runs,
        same_labels_in_fresh_process=same,
    )
    return speed, samples


def _references(
    systems: Sequence[System], texts: list[str], budget: Budget, say: Progress
) -> References | None:
    """Issue 8's yardsticks, timed like the systems: the same model in sklearn, the regex."""
    triage = next((s for s in systems if isinstance(s, Triage) and s.model is not None), None)
    if triage is None:
        return None
    say("references: scikit-learn predict_proba of the same model, regex floor")
    same_model = throughput(triage.same_model_sklearn, texts, budget)[0]
    floor = throughput(regex_floor, texts, budget)[0]
    return References(
        same_model_sklearn_per_s=same_model, regex_floor_per_s=floor, pattern=REGEX_FLOOR
    )


@contextlib.contextmanager
def _single_thread() -> Iterator[None]:
    """Limit BLAS and OpenMP pools to one thread while timing (threadpoolctl, via sklearn)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        yield


def _empty_report(
    options: BenchOptions, train: list[LabelledCall], data: list[LabelledCall], texts: list[str]
) -> BenchReport:
    return BenchReport(
        stamp=_stamp(options),
        data=_data_info(options.data, data),
        train=_data_info(options.train, train),
        speed_texts=SpeedTexts(
            count=len(texts),
            words=40,
            source=options.data.stem,
            method="all texts of the data joined in file order into one word stream "
            "(wrapping); text i is the 40 words from word 37*i",
        ),
        systems=[],
        references=None,
        targets=[],
        notes=[],
    )


def _data_info(path: Path, rows: list[LabelledCall]) -> DataInfo:
    counts = Counter(r.label.value for r in rows)
    return DataInfo(
        name=path.stem,
        path=str(path),
        n=len(rows),
        labels={label: counts[label] for label in ("sales", "routine", "urgent")},
        emergencies=sum(r.emergency for r in rows),
    )


def _stamp(options: BenchOptions) -> Stamp:
    import sklearn

    from triage._version import __version__

    return Stamp(
        triage=__version__,
        python=platform.python_version(),
        scikit_learn=sklearn.__version__,
        numpy=np.__version__,
        platform=platform.platform(),
        cpu=_cpu_model(),
        cores=os.cpu_count() or 0,
        load_start=_load(),
        date=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        source=_source(),
        quick=options.quick,
        seed=options.seed,
        resamples=options.resamples,
    )


def _source() -> str | None:
    """The commit of a git checkout that triage runs from, marked when triage/ has changes."""
    package = Path(__file__).resolve().parent.parent
    if not (package.parent / ".git").exists():
        return None
    head = _git(["rev-parse", "--short", "HEAD"], package)
    changes = _git(["status", "--porcelain", "--", "."], package)
    if not head or changes is None:
        return None
    return head + ("+changes" if changes else "")


def _git(args: list[str], cwd: Path) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError:
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def _load() -> float | None:
    """The 1-minute load average, where the system has one."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return None


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"
