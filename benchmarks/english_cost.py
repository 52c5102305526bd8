"""What reading Spanish costs English calls (issue 15: ``classify`` p50 on English calls may
grow by at most 20 us): the code and shipped model of a base commit against the working tree,
in fresh interpreters taken in turn (base, now, base, now, ...), each timing one call at a
time on the same English texts; medians of the runs and the paired differences.

    python benchmarks/english_cost.py [--base 5bee551] [--runs 5] \
        > benchmarks/results/english_cost.txt

Texts: the English rows (``triage.language``) of dev and of the blind set, as written, and
the bench's 40-word texts cut from dev. The base is checked out with ``git worktree`` into a
temporary folder and removed afterwards; both sides run in this interpreter's environment.
"""

from __future__ import annotations

import argparse
import json
import statistics

from _sides import ROOT, checked_out, run_side

SETS = {
    "dev": ROOT.parent / "shared" / "eval" / "dev.jsonl",
    "blind": ROOT / "benchmarks" / "blind" / "blind.jsonl",
}
#: Run in a fresh interpreter with the side's source first on sys.path: the p50 of one call
#: (microseconds) on each set of texts, after a warm-up pass.
_TIMER = """
import gc, json, statistics, sys, time
import triage
sets = json.loads(sys.stdin.read())
model = triage.load_model()
out = {}
for name, texts in sets.items():
    for text in texts:
        model.classify(text)
    gc.collect()
    times = []
    for _ in range(3):
        for text in texts:
            start = time.perf_counter_ns()
            model.classify(text)
            times.append(time.perf_counter_ns() - start)
    out[name] = statistics.median(times) / 1000
print(json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="5bee551", help="commit before the Spanish work")
    parser.add_argument("--runs", type=int, default=5, help="fresh interpreters per side")
    args = parser.parse_args()
    sets = _english_texts()
    runs: dict[str, list[dict[str, float]]] = {"base": [], "now": []}
    with checked_out(args.base) as base:
        for _ in range(args.runs):
            runs["base"].append(run_side(base, _TIMER, sets))
            runs["now"].append(run_side(ROOT, _TIMER, sets))
    print(f"base {args.base}; {args.runs} fresh interpreters a side, taken in turn")
    print(f"{'texts':<10}{'calls':>6}{'base p50':>10}{'now p50':>10}{'paired diff (median)':>22}")
    for name, texts in sets.items():
        old = [r[name] for r in runs["base"]]
        new = [r[name] for r in runs["now"]]
        diff = statistics.median(b - a for a, b in zip(old, new, strict=True))
        print(
            f"{name:<10}{len(texts):>6}{statistics.median(old):>10.1f}"
            f"{statistics.median(new):>10.1f}{diff:>+22.1f} us"
        )


def _english_texts() -> dict[str, list[str]]:
    from triage.bench.speed import speed_texts
    from triage.language import detect

    sets = {}
    for name, path in SETS.items():
        rows = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
        sets[name] = [text for text in rows if detect(text).code == "en"]
    sets["dev 40w"] = speed_texts(sets["dev"], 1000)
    return sets


if __name__ == "__main__":
    main()
