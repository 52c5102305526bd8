"""The benchmark's PNGs (matplotlib, the ``plot`` extra): confusion matrices and latency."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import numpy as np

from triage.bench.accuracy import LABEL_NAMES
from triage.bench.results import BenchReport
from triage.io import atomic_open


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_confusion(report: BenchReport, path: Path) -> Path:
    """One row-normalised confusion matrix per measured system, counts written in."""
    plt = _pyplot()
    systems = [s for s in report.systems if s.accuracy is not None]
    fig, axes = plt.subplots(1, max(1, len(systems)), figsize=(3.2 * max(1, len(systems)), 3.6))
    for ax, system in zip(np.atleast_1d(axes), systems, strict=False):
        assert system.accuracy is not None
        counts = np.asarray(system.accuracy.confusion, dtype=float)
        shares = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
        ax.imshow(shares, vmin=0, vmax=1, cmap="Blues")
        for (i, j), value in np.ndenumerate(counts):
            colour = "white" if shares[i, j] > 0.5 else "black"
            ax.text(j, i, f"{value:.0f}", ha="center", va="center", color=colour, fontsize=9)
        ax.set_xticks(range(len(LABEL_NAMES)), LABEL_NAMES, fontsize=8)
        ax.set_yticks(range(len(LABEL_NAMES)), LABEL_NAMES, fontsize=8)
        ax.set_xlabel("predicted", fontsize=8)
        ax.set_title(f"{system.name}\nmacro-F1 {system.accuracy.macro_f1.value:.3f}", fontsize=9)
    np.atleast_1d(axes)[0].set_ylabel("true", fontsize=8)
    return _save(fig, plt, report, path, f"Confusion matrices on {report.data.name}")


def plot_latency(report: BenchReport, latencies: dict[str, np.ndarray], path: Path) -> Path:
    """The distribution of single-call latency of each system (ECDF, log scale)."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7.5, 4.2))
    for name, samples in latencies.items():
        ordered = np.sort(samples)
        share = np.arange(1, len(ordered) + 1) / len(ordered)
        p50 = float(np.percentile(samples, 50))
        ax.step(ordered, share, where="post", label=f"{name} (p50 {p50:,.0f} µs)")
    ax.set_xscale("log")
    ax.set(xlabel="one call, µs (log scale)", ylabel="share of calls at or below")
    ax.axhline(0.99, color="grey", linestyle=":", linewidth=0.8)
    ax.legend(fontsize=8, loc="lower right")
    return _save(fig, plt, report, path, f"Single-call latency on {report.data.name} texts")


def _save(fig: Any, plt: Any, report: BenchReport, path: Path, title: str) -> Path:
    fig.suptitle(title, fontsize=10)
    stamp = "\n".join(textwrap.wrap(report.stamp.line(), width=150))
    fig.text(0.01, 0.005, stamp, fontsize=5.5, color="dimgrey")
    fig.tight_layout(rect=(0, 0.09, 1, 1))
    with atomic_open(path, binary=True) as handle:
        fig.savefig(handle, format="png", dpi=120)
    plt.close(fig)
    return path
