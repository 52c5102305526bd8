"""MODEL_CARD.md, generated from a model's manifest on every save."""

from __future__ import annotations

from typing import Any

_INTRO = """\
Decision support for the people who answer calls to medical and dental practices: it labels
a call `urgent` (transfer now), `routine` (hold, or a message with a callback after hours) or
`sales` (take a message). It is not a medical device and does not diagnose; a person stays
responsible for every call. Labels follow LABELS.md; red-flag rules force `urgent` for the
signs listed there, and the urgent threshold is chosen for recall, not accuracy.
"""


def render_card(manifest: dict[str, Any]) -> str:
    """The model card as Markdown, from the manifest written beside it."""
    lines = [f"# Model card: {manifest['model_version']}", "", _INTRO]
    lines += _section_training(manifest)
    for name, report in manifest.get("heldout", {}).items():
        lines += _section_report(name, report)
    lines += _section_settings(manifest)
    return "\n".join(lines) + "\n"


def _section_training(manifest: dict[str, Any]) -> list[str]:
    corpus = manifest.get("corpus", {})
    versions = manifest.get("versions", {})
    return [
        "## Training",
        "",
        f"- corpus SHA-256: `{corpus.get('sha256', 'unknown')}`",
        f"- rows: {corpus.get('train_rows', '?')} train, {corpus.get('test_rows', '?')} test; "
        f"train labels {corpus.get('labels', {})}",
        f"- seed: {manifest.get('seed', '?')}",
        "- versions: " + ", ".join(f"{k} {v}" for k, v in sorted(versions.items())),
        "",
    ]


def _section_report(name: str, report: dict[str, Any]) -> list[str]:
    lines = [
        f"## Held-out figures: {name} ({report['n']} calls)",
        "",
        "| urgent recall | under-triage | urgent precision | over-triage | emergency recall "
        "| macro-F1 | ECE |",
        "|---|---|---|---|---|---|---|",
        f"| {report['urgent_recall']:.3f} | {report['under_triage_rate']:.3f} "
        f"| {report['urgent_precision']:.3f} | {report['over_triage_rate']:.3f} "
        f"| {_maybe(report.get('emergency_recall'))} | {report['macro_f1']:.3f} "
        f"| {report['ece']:.3f} |",
        "",
        *_extra_lines(report),
        "| label | precision | recall | F1 | support |",
        "|---|---|---|---|---|",
    ]
    for label, s in report["per_label"].items():
        lines.append(
            f"| {label} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} "
            f"| {s['support']} |"
        )
    lines.append("")
    return lines


def _extra_lines(report: dict[str, Any]) -> list[str]:
    """Emergency advice on calls that are not urgent, and contrastive-pair order, if known."""
    lines = []
    if "emergency_false_alarms" in report:
        lines.append(
            f"- emergency advice on routine or sales calls: {report['emergency_false_alarms']}"
        )
    if report.get("pair_order") is not None:
        lines.append(
            f"- contrastive pairs whose urgent call gets the higher p(urgent): "
            f"{report['pair_order']:.3f} of {report['pairs']}"
        )
    return [*lines, ""] if lines else []


def _section_settings(manifest: dict[str, Any]) -> list[str]:
    settings = manifest.get("thresholds", {})
    lines = ["## Decision settings", ""]
    lines += [f"- `{key}`: {value}" for key, value in sorted(settings.items())]
    lines += [
        "",
        "## Limits",
        "",
        "- English only; other languages and nonsense come back `uncertain`.",
        "- A symptom named plainly is routine unless a red flag or a sign of acuity says otherwise",
        '  (LABELS.md, "Acuity, not topic"); the blind set in benchmarks/blind/ measures this on',
        "  calls nobody wrote for training.",
        "- Trained on calls written for this project (see training_data/DATA_CARD.md);",
        "  real calls differ, so watch the figures above on your own data with `triage eval`.",
        "",
    ]
    return lines


def _maybe(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"
