"""Reliability diagram as a PNG (needs the ``plot`` extra: matplotlib)."""

from __future__ import annotations

from pathlib import Path

from triage.evaluate import EvalReport
from triage.io import atomic_open


def plot_reliability(report: EvalReport, path: Path) -> Path:
    """Draw confidence against accuracy per bin, with the diagonal of perfect calibration."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise RuntimeError("--plot needs matplotlib: pip install 'call-triage[plot]'") from exc
    fig, ax = plt.subplots(figsize=(4.5, 4.5), dpi=120)
    bins = report.reliability
    ax.plot([0, 1], [0, 1], linestyle=":", color="grey", label="perfectly calibrated")
    ax.bar(
        [(b.low + b.high) / 2 for b in bins],
        [b.accuracy for b in bins],
        width=0.09,
        alpha=0.6,
        label="accuracy",
    )
    ax.plot(
        [b.confidence for b in bins],
        [b.accuracy for b in bins],
        marker="o",
        color="black",
        label="mean confidence",
    )
    ax.set(
        xlim=(0, 1),
        ylim=(0, 1),
        xlabel="confidence",
        ylabel="accuracy",
        title=f"Reliability, ECE {report.ece:.3f} (n={report.n})",
    )
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    with atomic_open(path, binary=True) as handle:
        fig.savefig(handle, format="png")
    plt.close(fig)
    return path
