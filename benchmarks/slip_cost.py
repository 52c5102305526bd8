"""What the message slip adds to ``classify``: one call at a time on the bench's texts, the
same model with and without the slip, interleaved in one run (medians and their difference).

    python benchmarks/slip_cost.py [../shared/eval/dev.jsonl] > benchmarks/results/slip_cost.txt
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from unittest import mock

import triage
from triage import policy

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev.jsonl"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    model = triage.load_model()
    for text in texts[:50]:
        model.classify(text)
    with_slip, without = [], []
    for _ in range(5):
        for text in texts:
            with_slip.append(_time(model, text))
            with mock.patch.object(policy, "read_slip", _no_slip):
                without.append(_time(model, text))
    a, b = statistics.median(with_slip), statistics.median(without)
    print(f"texts {len(texts)} x 5 from {path.name}")
    print(f"classify p50 with slip {a:.1f} us, without {b:.1f} us, slip adds {a - b:.1f} us")


def _no_slip(*args: object, **kwargs: object) -> triage.MessageSlip:
    return triage.MessageSlip()


def _time(model: triage.TriageModel, text: str) -> float:
    start = time.perf_counter()
    model.classify(text)
    return (time.perf_counter() - start) * 1e6


if __name__ == "__main__":
    main()
