"""The benchmark's outputs: ``report.md``, ``results.json`` and two PNGs, all stamped.

The Markdown leads with what matters most (urgent recall and under-triage), then speed,
then the targets. The PNGs need matplotlib (the ``plot`` extra); without it they are
skipped with a line, and the report says so.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from triage.bench.accuracy import LABEL_NAMES
from triage.bench.results import BenchReport, Estimate, SystemResult, TargetResult
from triage.io import atomic_open

if TYPE_CHECKING:
    from triage.bench import BenchRun

_NO_PLOT = "PNGs skipped: matplotlib is not installed (pip install 'call-triage[plot]')"


def write_results(
    run: BenchRun, out: Path, progress: Callable[[str], None] | None = None
) -> list[Path]:
    """Write the report, its JSON and (with matplotlib) the PNGs under ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    can_plot = importlib.util.find_spec("matplotlib") is not None
    if not can_plot and progress is not None:
        progress(_NO_PLOT)
    written = [
        _write(out / "results.json", run.report.model_dump_json(indent=2) + "\n"),
        _write(out / "report.md", format_markdown(run.report, plots=can_plot)),
    ]
    if can_plot:
        from triage.bench._plots import plot_confusion, plot_latency

        written.append(plot_confusion(run.report, out / "confusion.png"))
        written.append(plot_latency(run.report, run.latencies_us, out / "latency.png"))
    return written


def _write(path: Path, text: str) -> Path:
    with atomic_open(path) as handle:
        handle.write(text)
    return path


def format_markdown(report: BenchReport, *, plots: bool = True) -> str:
    """The whole report as Markdown."""
    parts = [
        f"# triage bench: {report.data.name}",
        report.stamp.line(),
        _data_section(report),
        _accuracy_section(report),
        _speed_section(report),
        _targets_section(report),
        _systems_section(report),
        _notes_section(report, plots),
    ]
    return "\n\n".join(p for p in parts if p) + "\n"


def format_summary(report: BenchReport) -> str:
    """A few lines for the terminal: one per system, then missed targets."""
    lines = [f"{'system':<10}{'urg.rec':>8}{'under':>7}{'macroF1':>8}{'p50 us':>10}{'batch/s':>10}"]
    for s in report.systems:
        if s.accuracy is None or s.speed is None:
            lines.append(f"{s.name:<10}skipped: {s.skip_reason}")
            continue
        a, v = s.accuracy, s.speed
        lines.append(
            f"{s.name:<10}{_f(a.urgent_recall.value):>8}{_f(a.under_triage.value):>7}"
            f"{_f(a.macro_f1.value):>8}{v.latency_p50_us:>10.1f}{v.batch_per_s:>10,.0f}"
        )
    triage = report.system("triage")
    for lang in triage.languages if triage is not None else []:
        a = lang.accuracy
        lines.append(
            f"{'  ' + lang.language:<10}{_f(a.urgent_recall.value):>8}"
            f"{_f(a.under_triage.value):>7}{_f(a.macro_f1.value):>8}"
            f"{_us(lang.latency_p50_us):>10}   ({lang.n} calls)"
        )
    counts = {k: sum(t.status == k for t in report.targets) for k in ("met", "missed")}
    if report.targets:
        lines.append(
            f"targets: {counts['met']} met, {counts['missed']} missed, "
            f"{len(report.targets) - sum(counts.values())} not measured"
        )
    lines += [
        f"missed: {t.name} ({_target_values(t)})" for t in report.targets if t.status == "missed"
    ]
    return "\n".join(lines)


def _data_section(report: BenchReport) -> str:
    d, t = report.data, report.train
    labels = ", ".join(f"{v} {k}" for k, v in d.labels.items())
    return (
        f"Data: `{d.path}`, {d.n} calls ({labels}; {d.emergencies} life threats). "
        f"Peers trained in this run on `{t.path}` ({t.n} calls); triage is the shipped "
        "model (trained on the corpus train split), scored by its decisions: the label after "
        "the red-flag rules and the urgent threshold."
    )


def _accuracy_section(report: BenchReport) -> str:
    s = report.stamp
    head = (
        "## Accuracy\n\n"
        f"Bootstrap 95% intervals from {s.resamples} resamples (seed {s.seed}), the same "
        "resamples for every system. Under-triage: urgent called routine or sales, as a share "
        "of urgent; over-triage: routine called urgent, as a share of routine; emergency "
        "recall: life-threat rows flagged as emergencies (n/a: no such notion); urgent "
        "precision: calls sent to a clinician that were urgent; ECE: expected calibration "
        "error of the label's confidence (n/a: no confidences).\n\n"
        "| system | urgent recall | under-triage | over-triage | urgent precision "
        "| emergency recall | macro-F1 | accuracy | ECE |\n|---|---|---|---|---|---|---|---|---|"
    )
    rows = []
    for sys in report.systems:
        a = sys.accuracy
        if a is None:
            rows.append(f"| {sys.title} | skipped: {sys.skip_reason} | | | | | | | |")
            continue
        cells = (
            a.urgent_recall,
            a.under_triage,
            a.over_triage,
            a.urgent_precision,
            a.emergency_recall,
            a.macro_f1,
            a.accuracy,
        )
        ece = "n/a" if a.ece is None else f"{a.ece:.3f}"
        rows.append(f"| {sys.title} | " + " | ".join(_est(e) for e in cells) + f" | {ece} |")
    tables = [_per_label_table(report), _confusion_table(report), _language_table(report)]
    return "\n\n".join(["\n".join([head, *rows]), *(t for t in tables if t)])


def _per_label_table(report: BenchReport) -> str:
    head = "| system | " + " | ".join(
        f"{label} P | {label} R | {label} F1" for label in LABEL_NAMES
    )
    lines = [
        "### Per label: precision, recall, F1 (intervals in results.json)",
        "",
        head + " |",
        "|---" * (1 + 3 * len(LABEL_NAMES)) + "|",
    ]
    for sys in _measured(report):
        assert sys.accuracy is not None
        cells = [
            _f(getattr(sys.accuracy.per_label[label], m).value)
            for label in LABEL_NAMES
            for m in ("precision", "recall", "f1")
        ]
        lines.append(f"| {sys.title} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _language_table(report: BenchReport) -> str:
    """Each system's figures on each language's rows; triage's latency on that language."""
    lines = [
        "### By language (detected by `triage.language`)",
        "",
        "Latency: triage's one call on 40-word texts cut from that language's rows alone.",
        "",
        "| system | language | calls | urgent recall | over-triage | emergency recall "
        "| macro-F1 | one call p50 (µs) | p99 (µs) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for sys in _measured(report):
        for lang in sys.languages:
            a = lang.accuracy
            cells = (a.urgent_recall, a.over_triage, a.emergency_recall, a.macro_f1)
            times = f"{_us(lang.latency_p50_us)} | {_us(lang.latency_p99_us)}"
            lines.append(
                f"| {sys.title} | {lang.language} | {lang.n} | "
                + " | ".join(_est(e) for e in cells)
                + f" | {times} |"
            )
    return "\n".join(lines) if any(s.languages for s in _measured(report)) else ""


def _confusion_table(report: BenchReport) -> str:
    lines = [
        "### Confusion matrices (rows: true label; columns: predicted)",
        "",
        "| system | true | " + " | ".join(LABEL_NAMES) + " |",
        "|---|---|" + "---|" * len(LABEL_NAMES),
    ]
    for sys in _measured(report):
        assert sys.accuracy is not None
        for label, row in zip(LABEL_NAMES, sys.accuracy.confusion, strict=True):
            lines.append(f"| {sys.title} | {label} | " + " | ".join(str(v) for v in row) + " |")
    return "\n".join(lines)


def _speed_section(report: BenchReport) -> str:
    t = report.speed_texts
    base = report.system("sklearn")
    ref = base.speed if base is not None else None
    head = (
        "## Speed\n\n"
        f"One thread, after a warm-up, on {t.count} texts of {t.words} words from "
        f"`{t.source}` ({t.method}). One call: triage `model.classify(text)` returning the "
        "full result; peers their predict on one text. Batch: one call on all texts "
        "(triage `model.classify_many`), median of repeats; a system too slow to label them "
        "all within the time budget gets the first texts it can (batch size below). Import + "
        "load, RSS after load and peak RSS (load, then label the first 200 texts): medians "
        "over 3-5 fresh interpreters (interpreter start-up not included). × sklearn: against "
        "the plain scikit-learn peer (p50: lower is faster; batch: higher is faster).\n\n"
        "| system | one call p50 (µs) | p99 (µs) | batch (texts/s) | p50 × sklearn "
        "| batch × sklearn | import + load (ms) | RSS after load (MB) | peak RSS (MB) "
        "| model on disk (MB) |\n|---|---|---|---|---|---|---|---|---|---|"
    )
    rows = []
    for sys in report.systems:
        v = sys.speed
        if v is None:
            rows.append(f"| {sys.title} | skipped | | | | | | | | |")
            continue
        p50x = _ratio(v.latency_p50_us, ref.latency_p50_us if ref else None)
        batchx = _ratio(v.batch_per_s, ref.batch_per_s if ref else None)
        rows.append(
            f"| {sys.title} | {v.latency_p50_us:,.1f} | {v.latency_p99_us:,.1f} "
            f"| {v.batch_per_s:,.0f} | {p50x} | {batchx} | {v.import_load_ms:,.0f} "
            f"| {v.rss_after_load_mb:,.1f} | {v.peak_rss_mb:,.1f} | {v.model_mb:,.2f} |"
        )
    sizes = ", ".join(
        f"{sys.name} {sys.speed.batch_size} texts × {sys.speed.batch_repeats}, "
        f"{sys.speed.latency_calls} single calls, {sys.speed.load_runs} fresh interpreters"
        for sys in report.systems
        if sys.speed is not None
    )
    return "\n".join([head, *rows, "", f"Measured: {sizes}.", "", _references_table(report)])


def _references_table(report: BenchReport) -> str:
    refs, tri = report.references, report.system("triage")
    if refs is None or tri is None or tri.speed is None:
        return ""
    ft = report.system("fasttext")
    rows = [
        (
            "scikit-learn `predict_proba(features.transform(texts))` of triage's own fitted model",
            refs.same_model_sklearn_per_s,
        ),
        (
            f'regex floor: `re.findall(r"{refs.pattern}", t.lower())` per text',
            refs.regex_floor_per_s,
        ),
    ]
    if ft is not None and ft.speed is not None:
        rows.append(("fastText batch `model.predict(list)` (above)", ft.speed.batch_per_s))
    lines = [
        "### Issue 8 yardsticks (same texts, same run)",
        "",
        "| yardstick | texts/s | triage classify_many ÷ yardstick |",
        "|---|---|---|",
    ]
    for name, rate in rows:
        lines.append(f"| {name} | {rate:,.0f} | {tri.speed.batch_per_s / rate:.2f} |")
    return "\n".join(lines)


def _targets_section(report: BenchReport) -> str:
    if not report.targets:
        return "## Targets\n\nNo targets file was given."
    lines = [
        "## Targets (`--check` exits 3 when one is missed)",
        "",
        "| target | measure | bound | measured | status |",
        "|---|---|---|---|---|",
    ]
    for t in report.targets:
        measured = "n/a" if t.measured is None else f"{t.measured:,.4g}"
        status = f"**{t.status}**" if t.status == "missed" else t.status
        lines.append(
            f"| {t.name} | `{t.measure}` | {t.op} {t.bound:,.4g} | {measured} | {status} |"
        )
    return "\n".join(lines)


def _systems_section(report: BenchReport) -> str:
    lines = ["## Systems", ""]
    for sys in report.systems:
        fit = f" Fit in {sys.fit_s:.1f} s." if sys.fit_s is not None else ""
        skip = f" **Skipped**: {sys.skip_reason}." if sys.skip_reason else ""
        lines.append(f"- **{sys.title}** (`{sys.name}`): {sys.description}.{fit}{skip}")
    return "\n".join(lines)


def _notes_section(report: BenchReport, plots: bool) -> str:
    notes = list(report.notes)
    s = report.stamp
    busiest = max(s.load_start or 0.0, s.load_end or 0.0)
    if busiest > 0.75 * max(s.cores, 1):  # the run itself keeps about one core busy
        notes.append(
            f"The machine was busy during the run (1-minute load {s.load_start} at the start, "
            f"{s.load_end} at the end, on {s.cores} cores): other processes took turns on the "
            "CPU, so timings are pessimistic, p99 above all (a descheduled call waits a "
            "scheduler slice, milliseconds). Ratios within the run are fairer than absolutes."
        )
    notes.append(
        "fastText reads its training data from a file: the training split is written to a "
        "private temporary directory (in memory under /dev/shm where there is one) and "
        "removed when training ends. Fitted peer models live in a temporary directory for "
        "the fresh-interpreter measurements and are removed at the end of the run."
    )
    if not plots:
        notes.append(_NO_PLOT)
    return "## Notes\n\n" + "\n".join(f"- {n}" for n in notes)


def _measured(report: BenchReport) -> list[SystemResult]:
    return [s for s in report.systems if s.accuracy is not None]


def _est(e: Estimate | None) -> str:
    if e is None or e.value is None:
        return "n/a"
    return f"{e.value:.3f} ({_f(e.low)}–{_f(e.high)})"


def _f(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _us(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.1f}"


def _ratio(x: float, base: float | None) -> str:
    return "n/a" if not base else f"{x / base:.2f}"


def _target_values(t: TargetResult) -> str:
    measured = "n/a" if t.measured is None else f"{t.measured:,.4g}"
    return f"{t.measure} = {measured}, needs {t.op} {t.bound:,.4g}"
