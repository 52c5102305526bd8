"""Where one call's time goes, stage by stage, and the floor the safety stages set (issue 8).

Times each stage of ``classify`` on its own over the same texts (the corpus test split, and
the external dev set when it is there), one thread, median of repeated passes, next to
``classify`` and ``classify_many`` end to end. The stages that LABELS.md requires whatever
the model is (normalising, the acuity and red-flag scans, and the decision and its result) give
a floor: with those stages as they are, no model, however fast, takes a call below it.

    python benchmarks/stage_costs.py [--dev ../shared/eval/dev.jsonl] [--out DIR]

Exits 1 when the floor alone is above one of the issue's budgets (60 µs for one call,
1/60,000 s a call for ``classify_many``): that target then needs faster safety stages, not a
faster model.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import triage
from triage.acuity import scan_acuity
from triage.bench.speed import Budget, throughput
from triage.policy import Evidence, decide
from triage.redflags import scan
from triage.schema import LABELS
from triage.text import normalise, words_of
from triage.training import read_labelled

ROOT = Path(__file__).resolve().parent.parent
ONE_CALL_BUDGET_US = 60.0  # issue 8: classify p50 <= 60 us
BATCH_BUDGET_US = 1e6 / 60_000  # issue 8: classify_many >= 60,000 texts/s
REPEATS = 7
#: The stages every call needs whatever the word model is: LABELS.md's safety layer.
REQUIRED = ("normalise", "acuity scan", "red-flag scan", "decision and result")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared/eval/dev.jsonl")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results")
    args = parser.parse_args()
    model = triage.load_model()
    sets = {"test": ROOT / "training_data/test.jsonl"}
    if args.dev.is_file():
        sets["dev"] = args.dev
    report: dict[str, Any] = {"stamp": _stamp(), "sets": {}}
    for name, path in sets.items():
        texts = [row.text for row in read_labelled(path)]
        print(f"stage_costs: {name}: timing {len(texts)} calls", file=sys.stderr)
        report["sets"][name] = _costs(model, texts)
    _write(args.out, report)
    floors = [data["floor_us"] for data in report["sets"].values()]
    sys.exit(1 if min(floors) > BATCH_BUDGET_US or min(floors) > ONE_CALL_BUDGET_US else 0)


def _costs(model: triage.TriageModel, texts: list[str]) -> dict[str, Any]:
    """Median µs per call of each stage, fed what the stage before it made."""
    scorer = model._scorer
    norms = [normalise(t) for t in texts]
    words = [words_of(n) for n in norms]
    cues = [scan_acuity(n) for n in norms]
    rows = model._cue_rows(norms, cues)
    scores = [scorer.score(w, c) for w, c in zip(words, rows, strict=True)]
    flags = [scan(n) for n in norms]
    shares = [model._known_share(n) for n in norms]
    evidence = [
        Evidence(dict(zip(LABELS, p, strict=True)), f, a, k, tuple(ph), False, life_threat=life)
        for (p, ph, life), f, a, k in zip(scores, flags, cues, shares, strict=True)
    ]
    stages: dict[str, float] = {
        "normalise": _per_call(normalise, texts),
        "words and negation": _per_call(words_of, norms),
        "acuity scan": _per_call(scan_acuity, norms),
        "model stage, one call": _per_call(
            lambda wc: scorer.score(*wc), list(zip(words, rows, strict=True))
        ),
        "red-flag scan": _per_call(scan, norms),
        "known-word share": _per_call(model._known_share, norms),
        "decision and result": _per_call(
            lambda e: decide(e, None, model.config, model.version), evidence
        ),
    }
    batch_model = _per_batch(lambda ws: scorer.score_many(ws, rows[: len(ws)]), words)
    floor = sum(stages[name] for name in REQUIRED)
    return {
        "calls": len(texts),
        "stages_us": {k: round(v, 1) for k, v in stages.items()},
        "model_stage_in_a_batch_us": round(batch_model, 1),
        "classify_us": round(_per_call(model.classify, texts), 1),
        "classify_many_us": round(_per_batch(model.classify_many, texts), 1),
        "floor_us": round(floor, 1),
        "floor_max_per_s": round(1e6 / floor),
    }


def _per_call(stage: Callable[[Any], object], inputs: Sequence[Any]) -> float:
    """Median over passes of µs per input, calling ``stage`` once per input."""
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        for item in inputs:
            stage(item)
        runs.append((time.perf_counter() - start) / len(inputs) * 1e6)
    return statistics.median(runs)


def _per_batch(stage: Callable[[list[Any]], object], inputs: Sequence[Any]) -> float:
    """µs per input of one call on all inputs: the bench's own batch timing."""
    return 1e6 / throughput(stage, list(inputs), Budget())[0]


def _stamp() -> dict[str, str]:
    return {
        "triage": triage.__version__,
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {platform.system()}, {os.cpu_count()} cores",
        "load": f"{os.getloadavg()[0]:.2f}",
        "date": time.strftime("%Y-%m-%d"),
    }


def _write(out: Path, report: dict[str, Any]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "stage_costs.json").write_text(json.dumps(report, indent=2) + "\n")
    stamp, sets = report["stamp"], report["sets"]

    def row(label: str, cell: Callable[[dict[str, Any]], object]) -> str:
        return f"| {label} | " + " | ".join(str(cell(data)) for data in sets.values()) + " |"

    lines = [
        "# Where one call's time goes (issue 8)",
        "",
        f"triage {stamp['triage']}, Python {stamp['python']}, {stamp['machine']}, load "
        f"{stamp['load']} at the start, {stamp['date']}. Written by "
        "`python benchmarks/stage_costs.py`. Median µs per call of each stage on its own, "
        "one thread, fed the previous stage's output; on a shared machine compare rows, not "
        "absolute values. The stages run in sequence cost more than their sum (each evicts "
        "the others' tables from the CPU caches).",
        "",
        "| stage | " + " | ".join(f"{name} (µs)" for name in sets) + " |",
        "|---|" + "---|" * len(sets),
        *(
            row(stage + (" \\*" if stage in REQUIRED else ""), lambda d, s=stage: d["stages_us"][s])
            for stage in next(iter(sets.values()))["stages_us"]
        ),
        row("model stage, per call in a batch", lambda d: d["model_stage_in_a_batch_us"]),
        row("**`classify`, end to end**", lambda d: d["classify_us"]),
        row("**`classify_many`, per call**", lambda d: d["classify_many_us"]),
        row(
            "floor: the stages marked \\*",
            lambda d: f"{d['floor_us']} ({d['floor_max_per_s']:,} calls/s at most)",
        ),
        "",
        "\\* Required whatever the word model is: LABELS.md makes the red-flag rules the safety "
        "layer, they read normalised text, and every call returns the full result. Issue 8's "
        f"budgets: {ONE_CALL_BUDGET_US:.0f} µs for one call, {BATCH_BUDGET_US:.1f} µs a call "
        "for `classify_many` (60,000 calls/s).",
        "",
    ]
    (out / "stage_costs.md").write_text("\n".join(lines))
    print(f"stage_costs: wrote {out / 'stage_costs.md'}", file=sys.stderr)


if __name__ == "__main__":
    main()
