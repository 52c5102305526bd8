"""The columnar batch against the one-result-per-call batch and plain scikit-learn (issue 16).

On the bench's 40-word texts cut from dev (``triage.bench.speed.speed_texts``; the corpus
test split when dev is not beside the project), one thread, in one run: texts per second of

- ``classify_many`` (a ``TriageResult`` per call),
- ``classify_table`` (the decisions as columns),
- ``classify_table`` then ``columns()``, the output columns of ``triage score`` with the
  message slip read from every call,
- scikit-learn ``make_pipeline(TfidfVectorizer(), LogisticRegression())`` fitted on the
  training split, ``predict_proba`` on the same texts (issue 16's reference),

taken in turn for several rounds (so that a noisy neighbour slows every row alike); medians
of the rounds, and the ratios issue 16 sets targets on (table >= 3x classify_many, >= 0.5x
scikit-learn). Then the columnar path's stages, timed on their own over the same texts.

    python benchmarks/table_bench.py [--texts 4096] [--rounds 5] > benchmarks/results/table.md
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import triage
from triage.acuity import scan_acuity
from triage.bench.speed import speed_texts
from triage.language import detect
from triage.redflags import scan_all
from triage.text import normalise, words_of

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared/eval/dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=4096)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    source = DEV if DEV.is_file() else ROOT / "training_data/test.jsonl"
    texts = speed_texts(_texts(source), args.texts)
    model = triage.load_model()
    sklearn = _plain_sklearn()
    systems: dict[str, Callable[[list[str]], object]] = {
        "classify_many": model.classify_many,
        "classify_table": model.classify_table,
        "classify_table + columns (score's rows, slip read)": lambda t: model.classify_table(
            t
        ).columns(),
        "scikit-learn TF-IDF + LR predict_proba": sklearn.predict_proba,
    }
    for run in systems.values():
        run(texts[:256])  # warm: first-use costs out of the timing
    rates: dict[str, list[float]] = {name: [] for name in systems}
    for _ in range(args.rounds):
        for name, run in systems.items():
            rates[name].append(len(texts) / _seconds(run, texts))
    median = {name: statistics.median(values) for name, values in rates.items()}
    _report(args, source, median, _stages(model, texts))


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
    acuity = list(map(scan_acuity, norms))
    flags = list(map(scan_all, norms, languages))
    batch = model.classify_table(texts)
    stages: dict[str, Callable[[], object]] = {
        "normalise": lambda: list(map(normalise, texts)),
        "language": lambda: list(map(detect, texts)),
        "acuity scan": lambda: list(map(scan_acuity, norms)),
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


def _report(
    args: argparse.Namespace, source: Path, median: dict[str, float], stages: dict[str, float]
) -> None:
    many = median["classify_many"]
    table = median["classify_table"]
    sk = median["scikit-learn TF-IDF + LR predict_proba"]
    print("# Columnar batch: `classify_table` (issue 16)\n")
    print(
        f"triage {triage.__version__}, Python {platform.python_version()}, {platform.machine()},"
        f" {time.strftime('%Y-%m-%d')}. Written by `python benchmarks/table_bench.py --texts "
        f"{args.texts} --rounds {args.rounds}`. {args.texts} texts of 40 words cut from "
        f"`{source.name}`, one thread; each row timed on all of them once per round, rows in "
        f"turn, {args.rounds} rounds; medians. Compare ratios, not absolute values.\n"
    )
    print("| path | texts/s | vs classify_many | vs scikit-learn |")
    print("|---|---|---|---|")
    for name, rate in median.items():
        print(f"| {name} | {rate:,.0f} | {rate / many:.2f}x | {rate / sk:.2f}x |")
    print(
        f"\nTargets: `classify_table` >= 3x `classify_many` ({table / many:.2f}x: "
        f"{'met' if table >= 3 * many else 'missed'}), >= 0.5x scikit-learn ({table / sk:.2f}x:"
        f" {'met' if table >= 0.5 * sk else 'missed'}).\n"
    )
    print("Stages of the columnar path on their own (µs per text, median of three passes):\n")
    print("| stage | µs per text |")
    print("|---|---|")
    for name, us in stages.items():
        print(f"| {name} | {us:.1f} |")
    print(f"| sum | {sum(stages.values()):.1f} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
