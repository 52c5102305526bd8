"""How much the shipped decision thresholds owe to the fold shuffle: the thresholds
``triage train`` picks (``triage.training._thresholds`` on 5-fold out-of-fold predictions)
for the same training split under several seeds. The seed only shuffles the folds (the
estimators are deterministic given it), so the spread is the selection's own noise.

    python benchmarks/threshold_seeds.py [--seeds 0 1 2] > benchmarks/results/threshold_seeds.txt

About 75 s per seed on a 2-core machine. Reads ``training_data/train.jsonl``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from triage import training
from triage.training import read_corpus

ROOT = Path(__file__).resolve().parents[1]


def thresholds(seed: int) -> dict[str, float | None]:
    """The urgent thresholds (with and without an acuity cue) and the life-threat threshold
    chosen on out-of-fold predictions made with ``seed``."""
    rows = read_corpus(ROOT / "training_data" / "train.jsonl")
    texts, labels = [r.text for r in rows], [r.label.value for r in rows]
    features, classifier = training.default_estimators(seed)
    # The selection train() runs, seed by seed (private: it is not a public API).
    oof = training._out_of_fold(
        features, classifier, texts, labels, emergencies=[r.emergency for r in rows], seed=seed
    )
    return training._thresholds(oof, texts, labels)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    args = parser.parse_args()
    print("seed  urgent (cue)  urgent (no cue)  life threat   seconds")
    for seed in args.seeds:
        start = time.perf_counter()
        chosen = thresholds(seed)
        print(
            f"{seed:>4}  {chosen['urgent_threshold']:>12.3f}  "
            f"{chosen['urgent_threshold_no_cue']:>15.3f}  {chosen['life_threat_threshold']!s:>11}"
            f"  {time.perf_counter() - start:>8.0f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
