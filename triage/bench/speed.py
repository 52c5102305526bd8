"""Timing and memory: single calls, batches, and a fresh interpreter per system.

All timing runs on one thread (the runner limits BLAS/OpenMP pools; the fresh interpreters
get ``OMP_NUM_THREADS=1`` and friends) after a warm-up, with ``time.perf_counter_ns``.
Import and load time, resident memory after load and peak memory are taken in a fresh
``sys.executable`` per run, so that nothing the benchmark itself loaded is counted.
"""

from __future__ import annotations

import gc
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

#: Issue 8's floor for pure Python: one regex tokenising the text.
REGEX_FLOOR = r"[a-z0-9']+"
#: Start of text i in the data's word stream: a step prime to most stream lengths, so
#: texts are distinct (no cache can serve a repeat) and yet all come from the data.
_STEP = 37
_PERCENTILES = (1, 10, 25, 50, 75, 90, 99, 99.9)
_THREADS_ENV = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
}

_HARNESS = """
import json, sys, time
def _mb(key):
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
_t0 = time.perf_counter()
{loader}
_t1 = time.perf_counter()
_rss = _mb("VmRSS:")
_texts = json.load(sys.stdin)
_labels = [str(x) for x in predict_batch(_texts)]
print(json.dumps({{"load_ms": (_t1 - _t0) * 1e3, "rss_mb": _rss, "peak_mb": _mb("VmHWM:"),
                  "labels": _labels}}))
"""


@dataclass(frozen=True)
class Budget:
    """How long to time each thing: counts with a wall-clock cap."""

    texts: int = 2000
    warmup: int = 50
    max_calls: int = 2000
    min_calls: int = 100
    call_seconds: float = 10.0
    repeats: int = 5
    batch_seconds: float = 20.0
    load_runs: int = 5
    min_load_runs: int = 3
    load_seconds: float = 30.0
    #: Texts each fresh interpreter labels after loading (peak memory, label check).
    load_batch: int = 200


QUICK = Budget(
    texts=200, warmup=10, max_calls=200, min_calls=20, repeats=2, load_runs=1, min_load_runs=1
)


@dataclass(frozen=True)
class FreshProcess:
    """Medians over fresh interpreters, and the labels the last one gave the texts."""

    import_load_ms: float
    rss_after_load_mb: float
    peak_rss_mb: float
    runs: int
    labels: list[str]


def speed_texts(texts: Sequence[str], count: int, words: int = 40) -> list[str]:
    """``count`` texts of exactly ``words`` words, cut from the data's word stream.

    All texts joined in file order make one stream of words (wrapping at the end); text
    ``i`` is the ``words`` words starting at word ``37 * i``.

    >>> speed_texts(["a b c", "d e"], 2, words=3)
    ['a b c', 'c d e']
    """
    stream = [w for text in texts for w in text.split()]
    if not stream:
        raise ValueError("the data has no words to build speed texts from")
    n = len(stream)
    return [" ".join(stream[(i * _STEP % n + j) % n] for j in range(words)) for i in range(count)]


def latencies_us(call: Callable[[str], object], texts: list[str], budget: Budget) -> np.ndarray:
    """Microseconds of ``call(text)`` for each text, after a warm-up, until the budget."""
    for text in texts[: budget.warmup]:
        call(text)
    gc.collect()
    times: list[int] = []
    deadline = time.perf_counter() + budget.call_seconds
    for text in texts[: budget.max_calls]:
        start = time.perf_counter_ns()
        call(text)
        times.append(time.perf_counter_ns() - start)
        if len(times) >= budget.min_calls and time.perf_counter() > deadline:
            break
    return np.asarray(times, dtype=float) / 1e3


def percentiles(samples: np.ndarray) -> dict[str, float]:
    """Named percentiles ("p50", "p99.9", ...) and the maximum of ``samples``."""
    named = {f"p{p:g}": float(np.percentile(samples, p)) for p in _PERCENTILES}
    return {**named, "max": float(samples.max())}


def throughput(
    batch: Callable[[list[str]], object], texts: list[str], budget: Budget
) -> tuple[float, int, int]:
    """(texts per second, repeats, batch size): median over repeats of one call on a batch.

    The batch is all ``texts``, unless the warm-up shows that one call on them would take
    longer than the time budget: then the first ``rate * batch_seconds`` texts (at least
    the warm-up's), so that a slow system is measured in bounded time.
    """
    warm = texts[: max(1, min(len(texts) // 10, 200))]
    start = time.perf_counter_ns()
    batch(warm)
    warm_rate = len(warm) / max((time.perf_counter_ns() - start) / 1e9, 1e-9)
    size = max(len(warm), min(len(texts), int(warm_rate * budget.batch_seconds)))
    chosen = texts[:size]
    gc.collect()
    rates: list[float] = []
    deadline = time.perf_counter() + budget.batch_seconds
    while len(rates) < budget.repeats and (not rates or time.perf_counter() < deadline):
        start = time.perf_counter_ns()
        batch(chosen)
        rates.append(size / ((time.perf_counter_ns() - start) / 1e9))
    return statistics.median(rates), len(rates), size


def regex_floor(texts: list[str]) -> None:
    """Issue 8's floor: lower-case and tokenise each text with one regex, nothing else."""
    token = re.compile(REGEX_FLOOR)
    for text in texts:
        token.findall(text.lower())


def fresh_process(loader: str, texts: list[str], budget: Budget, cwd: Path) -> FreshProcess:
    """Run ``loader`` in fresh interpreters (up to ``load_runs``); medians of their figures.

    The texts go through a pipe (never a file); each interpreter loads the model, notes its
    time and memory, then labels the texts (so peak memory includes a batch). Runs stop
    early, after at least ``min_load_runs``, once ``load_seconds`` have passed.
    """
    script = _HARNESS.format(loader=loader)
    env = {**os.environ, **_THREADS_ENV}
    payload = json.dumps(texts)
    figures: list[dict[str, Any]] = []
    deadline = time.perf_counter() + budget.load_seconds
    while len(figures) < budget.load_runs:
        figures.append(_one_process(script, payload, env, cwd))
        if len(figures) >= budget.min_load_runs and time.perf_counter() > deadline:
            break
    return FreshProcess(
        import_load_ms=statistics.median(float(f["load_ms"]) for f in figures),
        rss_after_load_mb=statistics.median(float(f["rss_mb"]) for f in figures),
        peak_rss_mb=statistics.median(float(f["peak_mb"]) for f in figures),
        runs=len(figures),
        labels=[str(label) for label in figures[-1]["labels"]],
    )


def _one_process(script: str, payload: str, env: dict[str, str], cwd: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=payload,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
    )
    if done.returncode != 0:
        # Only the exception's type: its message might quote a text of the data.
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"fresh interpreter failed ({done.returncode}): {last.split(':')[0]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def size_mb(files: Sequence[Path]) -> float:
    """Bytes on disk of the model files, in MB (10**6 bytes)."""
    return sum(p.stat().st_size for p in files) / 1e6
