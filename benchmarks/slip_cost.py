"""What the message slip adds to ``classify``: one call at a time on the bench's texts, the
same model three ways, interleaved in one run (medians and their differences):

- without the slip: the policy's slip reader and its symptom test switched off;
- ``classify`` as shipped: the slip is read only when ``result.message`` is first asked for;
- ``classify`` and then ``result.message``: what a caller that wants the slip pays.

    python benchmarks/slip_cost.py [../shared/eval/dev.jsonl] > benchmarks/results/slip_cost.txt
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from unittest import mock

import triage
from triage import policy

ROUNDS = 9
DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT, help="a JSONL of calls")
    path = parser.parse_args().data
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    model = triage.load_model()
    for text in texts[:50]:
        _ = model.classify(text).message
    times: dict[str, list[float]] = {"bare": [], "lazy": [], "read": []}
    passes = {"bare": model.classify, "lazy": model.classify, "read": _with_slip(model)}
    # A pass times every text one way; the order of the three ways turns each round, so that
    # none always runs first (a VM's timings drift by tens of us over seconds).
    order = list(passes)
    for _ in range(ROUNDS):
        for name in order:
            with _slip_off() if name == "bare" else contextlib.nullcontext():
                times[name] += [_time(passes[name], text) for text in texts]
        order = order[1:] + order[:1]
    bare, lazy, read = times.values()
    a, b, c = (statistics.median(x) for x in (bare, lazy, read))
    print(f"texts {len(texts)} x {ROUNDS} from {path.name}")
    print(f"classify p50 without the slip {a:.1f} us, as shipped {b:.1f} us: adds {b - a:.1f} us")
    print(f"classify and result.message p50 {c:.1f} us: reading the slip adds {c - b:.1f} us")


@contextlib.contextmanager
def _slip_off() -> Iterator[None]:
    """The policy's slip reader and its symptom test switched off, for a whole pass:
    patching a module's globals resets the interpreter's lookup caches, which would slow
    the calls right after it."""
    with (
        mock.patch.object(policy, "_slip", _no_slip),
        mock.patch.object(policy, "says_symptom", _no_symptom),
    ):
        yield


def _with_slip(model: triage.TriageModel) -> Callable[[str], object]:
    return lambda text: model.classify(text).message


def _no_slip(*args: object, **kwargs: object) -> triage.MessageSlip:
    return triage.MessageSlip()


def _no_symptom(text: object) -> bool:
    return False


def _time(call: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    call(text)
    return (time.perf_counter() - start) * 1e6


if __name__ == "__main__":
    main()
