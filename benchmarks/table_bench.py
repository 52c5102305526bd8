"""The columnar batch against the one-result-per-call batch and plain scikit-learn (issue 16).

On the bench's 40-word texts cut from dev (``triage.bench.speed.speed_texts``; the corpus
test split when dev is not beside the project), one thread: texts per second of

- the base commit's ``classify_many`` ("today's", before the columnar path),
- ``classify_many`` now (a ``TriageResult`` per call, made from the columns),
- ``classify_table`` (the decisions as columns),
- ``classify_table`` then ``columns()``: the output columns of ``triage score``, with the
  message slip read from every call,
- scikit-learn ``make_pipeline(TfidfVectorizer(), LogisticRegression())`` fitted on the
  training split, ``predict_proba`` on the same texts (issue 16's reference),

and ``classify`` one call at a time (p50, p99) on both sides. Each round times the base and
then the working tree, each in a fresh interpreter, every path on all the texts; medians of
the rounds and the ratios issue 16 sets targets on (table >= 3x today's ``classify_many``,
>= 0.5x scikit-learn; ``classify`` p99 <= 250 us). Then the columnar path's stages, each on
its own over the same texts.

    python benchmarks/table_bench.py [--base 91a11e7] [--texts 4096] [--rounds 3] \
        > benchmarks/results/table.md
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import joblib

import triage
from triage.acuity import scan_acuity
from triage.bench.speed import speed_texts
from triage.language import detect
from triage.redflags import scan_all
from triage.text import normalise, words_of

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared/eval/dev.jsonl"
SKLEARN = "scikit-learn TF-IDF + LR predict_proba"
#: Run in a fresh interpreter with one side's source first on sys.path: texts/s of each path
#: it has, and classify's p50 and p99 (µs), as JSON.
_TIMER = """
import gc, json, statistics, sys, time
import joblib, numpy as np
import triage
job = json.loads(sys.stdin.read())
texts, model = job["texts"], triage.load_model()
paths = {"classify_many": model.classify_many}
if hasattr(model, "classify_table"):
    paths["classify_table"] = model.classify_table
    paths["classify_table + columns()"] = lambda t: model.classify_table(t).columns()
    sk = joblib.load(job["sklearn"])
    paths[job["sklearn_name"]] = sk.predict_proba
model.classify_many(texts)  # warm: the red-flag patterns compile on first use
out = {}
for name, run in paths.items():
    run(texts[:256])
    gc.collect()
    start = time.perf_counter_ns()
    run(texts)
    out[name] = len(texts) / ((time.perf_counter_ns() - start) / 1e9)
one = []
for text in texts[:1000]:
    start = time.perf_counter_ns()
    model.classify(text)
    one.append((time.perf_counter_ns() - start) / 1e3)
out["classify p50"] = float(np.percentile(one, 50))
out["classify p99"] = float(np.percentile(one, 99))
print(json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="91a11e7", help="the commit before the columnar path")
    parser.add_argument("--texts", type=int, default=4096)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    source = DEV if DEV.is_file() else ROOT / "training_data/test.jsonl"
    texts = speed_texts(_texts(source), args.texts)
    print(f"table_bench: {args.rounds} rounds of base and now", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="triage-table-") as tmp:
        fitted = Path(tmp) / "sklearn.joblib"
        joblib.dump(_plain_sklearn(), fitted)  # our own file, read back by our own timer
        job = json.dumps({"texts": texts, "sklearn": str(fitted), "sklearn_name": SKLEARN})
        base = Path(tmp) / "base"
        _git("worktree", "add", "-q", "--detach", str(base), args.base)
        try:
            rounds = [(_time(base, job), _time(ROOT, job)) for _ in range(args.rounds)]
        finally:
            _git("worktree", "remove", "--force", str(base))
    base_runs = [b for b, _ in rounds]
    now_runs = [n for _, n in rounds]
    model = triage.load_model()
    _report(args, source, base_runs, now_runs, _stages(model, texts))


def _git(*command: str) -> None:
    subprocess.run(["git", "-C", str(ROOT), *command], check=True)


def _time(source: Path, job: str) -> dict[str, float]:
    code = f"import sys; sys.path.insert(0, {str(source)!r})\n" + _TIMER
    done = subprocess.run(
        [sys.executable, "-c", code], input=job, capture_output=True, text=True, check=True,
        cwd=source,
    )  # fmt: skip
    return dict(json.loads(done.stdout))


def _texts(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def _plain_sklearn() -> object:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    rows = [json.loads(line) for line in (ROOT / "training_data/train.jsonl").open()]
    pipeline = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000))
    pipeline.fit([r["text"] for r in rows], [r["label"] for r in rows])
    return pipeline


def _seconds(run: Callable[[list[str]], object], texts: list[str]) -> float:
    gc.collect()
    start = time.perf_counter_ns()
    run(texts)
    return (time.perf_counter_ns() - start) / 1e9


def _stages(model: triage.TriageModel, texts: list[str]) -> dict[str, float]:
    """µs per text of each stage of the columnar path on its own, fed the previous one's
    output (median of three passes)."""
    norms = list(map(normalise, texts))
    languages = list(map(detect, texts))
    acuity = list(map(scan_acuity, norms, languages))
    flags = list(map(scan_all, norms, languages))
    batch = model.classify_table(texts)
    stages: dict[str, Callable[[], object]] = {
        "normalise": lambda: list(map(normalise, texts)),
        "language": lambda: list(map(detect, texts)),
        "acuity scan": lambda: list(map(scan_acuity, norms, languages)),
        "red-flag scan": lambda: list(map(scan_all, norms, languages)),
        "words and negation": lambda: list(map(words_of, norms)),
        "model stage (numpy, chunks of 512)": lambda: [
            model._scores(norms[i : i + 512], acuity[i : i + 512], flags[i : i + 512])
            for i in range(0, len(norms), 512)
        ],
        "message slips": lambda: [read() for read in batch._column("message")],
    }
    return {name: _per_text_us(run, len(texts)) for name, run in stages.items()}


def _per_text_us(run: Callable[[], object], n: int) -> float:
    passes = []
    for _ in range(3):
        gc.collect()
        start = time.perf_counter_ns()
        run()
        passes.append((time.perf_counter_ns() - start) / 1e3 / n)
    return statistics.median(passes)


def _median(runs: list[dict[str, float]], name: str) -> float:
    return statistics.median(run[name] for run in runs)


def _report(
    args: argparse.Namespace,
    source: Path,
    base: list[dict[str, float]],
    now: list[dict[str, float]],
    stages: dict[str, float],
) -> None:
    today = _median(base, "classify_many")
    sk = _median(now, SKLEARN)
    table = _median(now, "classify_table")
    print("# Columnar batch: `classify_table` (issue 16)\n")
    print(
        f"triage {triage.__version__}, Python {platform.python_version()}, {platform.machine()},"
        f" {time.strftime('%Y-%m-%d')}. Written by `python benchmarks/table_bench.py --base "
        f"{args.base} --texts {args.texts} --rounds {args.rounds}`. {args.texts} texts of 40 "
        f"words cut from `{source.name}`, one thread; each round times the base commit and "
        "then the working tree, each in a fresh interpreter; medians of the rounds. Compare "
        "ratios, not absolute values.\n"
    )
    print("| path | texts/s | vs today's classify_many | vs scikit-learn |")
    print("|---|---|---|---|")
    rows = [(f"classify_many at {args.base} (today's)", _median(base, "classify_many"))]
    rows += [(name, _median(now, name)) for name in now[0] if not name.startswith("classify ")]
    for name, rate in rows:
        print(f"| {name} | {rate:,.0f} | {rate / today:.2f}x | {rate / sk:.2f}x |")
    p99 = _median(now, "classify p99")
    print(
        f"\n`classify`, one call: p50 {_median(base, 'classify p50'):.0f} µs at {args.base}, "
        f"{_median(now, 'classify p50'):.0f} µs now; p99 {_median(base, 'classify p99'):.0f} "
        f"µs at {args.base}, {p99:.0f} µs now."
    )
    print(
        f"\nTargets: `classify_table` >= 3x today's `classify_many` ({table / today:.2f}x: "
        f"{_met(table >= 3 * today)}), >= 0.5x scikit-learn ({table / sk:.2f}x: "
        f"{_met(table >= 0.5 * sk)}); `classify` p99 <= 250 µs ({_met(p99 <= 250)}).\n"
    )
    print("Stages of the columnar path on their own (µs per text, median of three passes):\n")
    print("| stage | µs per text |")
    print("|---|---|")
    for name, us in stages.items():
        print(f"| {name} | {us:.1f} |")
    print(f"| sum | {sum(stages.values()):.1f} |")


def _met(ok: bool) -> str:
    return "met" if ok else "missed"


if __name__ == "__main__":
    main()
