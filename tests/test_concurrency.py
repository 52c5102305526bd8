"""One model, many threads: exactly the serial results, an immutable model, no shared state.

Answering-service software classifies calls from many threads with one loaded model. These
tests run 8 threads x 10,000 calls against one model with the interpreter switching threads
every 10 microseconds (instead of every 5 ms), and compare every result with the one the
same call got serially.
"""

from __future__ import annotations

import dataclasses
import json
import random
import subprocess
import sys
import threading
import types
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest

import triage
from triage import CallRecord, TriageConfig, TriageModel, TriageResult, load_model

ROOT = Path(__file__).resolve().parent.parent
THREADS = 8
CALLS_PER_THREAD = 10_000
BATCH = 50
T = TypeVar("T")


def _pool() -> list[str | CallRecord]:
    """Varied calls: every third held-out corpus call, after-hours and long ones, odd text."""
    lines = (ROOT / "training_data" / "test.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines[::3]]
    calls: list[str | CallRecord] = list(texts)
    calls += [
        CallRecord(text=t, after_hours=True, call_id=f"c{i}") for i, t in enumerate(texts[:40])
    ]
    calls += [
        "please call me back about my appointment. " * 600,  # truncated
        "\udc80my chest hurts\ud83d 🙂 \u202ecall me back",
        "?!...",
        "denies chest pain, wants a refill of lisinopril",
    ]
    return calls


POOL = _pool()


@pytest.fixture(scope="module")
def shared() -> TriageModel:
    return load_model()


@pytest.fixture(scope="module")
def serial(shared: TriageModel) -> list[TriageResult]:
    return [shared.classify(call) for call in POOL]


@pytest.fixture()
def busy_switching() -> Iterator[None]:
    """Switch threads every 10 us, so interleavings that a race needs actually happen."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def _in_threads(work: Callable[[int], T], n: int = THREADS) -> list[T]:
    """Run ``work(k)`` in ``n`` threads that all start at the same moment."""
    start = threading.Barrier(n)

    def run(k: int) -> T:
        start.wait()
        return work(k)

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(run, range(n)))


def _check_calls(model: TriageModel, serial: list[TriageResult], k: int) -> tuple[int, int]:
    """10,000 calls in a thread-specific order: (calls made, results unlike the serial one).
    Even threads call ``classify``, odd ones ``classify_many`` in batches of 50."""
    rng = random.Random(k)
    order = [rng.randrange(len(POOL)) for _ in range(CALLS_PER_THREAD)]
    made = wrong = 0
    for start in range(0, len(order), BATCH):
        chunk = order[start : start + BATCH]
        if k % 2 == 0:
            results = [model.classify(POOL[i]) for i in chunk]
        else:
            results = model.classify_many([POOL[i] for i in chunk])
        made += len(results)
        wrong += sum(result != serial[i] for result, i in zip(results, chunk, strict=True))
    return made, wrong


@pytest.mark.usefixtures("busy_switching")
def test_threads_sharing_one_model_get_exactly_the_serial_results(
    shared: TriageModel, serial: list[TriageResult]
) -> None:
    outcomes = _in_threads(lambda k: _check_calls(shared, serial, k))
    assert [made for made, _ in outcomes] == [CALLS_PER_THREAD] * THREADS
    assert [wrong for _, wrong in outcomes] == [0] * THREADS


@pytest.mark.usefixtures("busy_switching")
def test_first_calls_to_the_default_model_race_safely(serial: list[TriageResult]) -> None:
    """Eight threads make the very first ``triage.classify`` call at the same moment."""
    triage._default_model.cache_clear()
    picks = [0, len(POOL) // 2, len(POOL) - 1]
    results = _in_threads(lambda k: [triage.classify(POOL[i]) for i in picks])
    assert results == [[serial[i] for i in picks]] * THREADS


@pytest.mark.usefixtures("busy_switching")
def test_estimators_are_rebuilt_once_under_a_race() -> None:
    model = load_model()
    built = _in_threads(lambda k: (model.features, model.classifier))
    assert all(f is built[0][0] and c is built[0][1] for f, c in built)


@pytest.mark.parametrize("name", ["config", "version", "metadata", "_scorer", "new_attribute"])
def test_a_loaded_model_cannot_be_changed(shared: TriageModel, name: str) -> None:
    with pytest.raises(AttributeError, match="immutable"):
        setattr(shared, name, None)
    if name != "new_attribute":
        with pytest.raises(AttributeError, match="immutable"):
            delattr(shared, name)


def test_with_config_leaves_the_shared_model_alone(
    shared: TriageModel, serial: list[TriageResult]
) -> None:
    strict = shared.with_config(TriageConfig(urgent_threshold=0.05))
    assert strict.config.urgent_threshold == 0.05
    assert shared.config == TriageConfig.model_validate(shared.config.model_dump())
    assert [shared.classify(c) for c in POOL[:50]] == serial[:50]


# --- No module-level mutable state on the hot path. ---

#: Module globals allowed to be mutable containers: none. Lookup tables are MappingProxyType,
#: tuple or frozenset; an entry here would need a reason, and the stale-entry test below asks
#: for it to go once it is fixed.
KNOWN_MUTABLE: frozenset[str] = frozenset()
_MUTABLE = (list, dict, set, bytearray)


def hot_path_modules() -> list[str]:
    """The triage modules a fresh interpreter imports to classify one call."""
    code = (
        "import sys, triage; triage.classify('my chest hurts, call me back'); "
        "print('\\n'.join(m for m in sys.modules if m.split('.')[0] == 'triage'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return sorted(out.stdout.split())


def _mutable_parts(value: Any, path: str, depth: int = 0) -> Iterator[str]:
    """Paths of mutable containers in ``value``, looking inside immutable ones too."""
    if isinstance(value, _MUTABLE):
        yield path
    if depth > 3:
        return
    if isinstance(value, tuple | frozenset | list | set):
        for i, item in enumerate(value):
            yield from _mutable_parts(item, f"{path}[{i}]", depth + 1)
    elif isinstance(value, dict | types.MappingProxyType):
        for key, item in value.items():
            yield from _mutable_parts(item, f"{path}[{key!r}]", depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _mutable_parts(getattr(value, field.name), f"{path}.{field.name}", depth + 1)


def mutable_globals() -> set[str]:
    """Every hot-path module global that is, or holds, a mutable container."""
    found: set[str] = set()
    for name in hot_path_modules():
        module = sys.modules.get(name) or __import__(name, fromlist=["_"])
        for attr, value in vars(module).items():
            if attr.startswith("__") or isinstance(value, type | types.ModuleType):
                continue
            if next(_mutable_parts(value, attr), None) is not None:
                found.add(f"{name}.{attr}")
    return found


def test_the_hot_path_has_no_new_module_level_mutable_state() -> None:
    assert "triage.model" in hot_path_modules()  # the scan looks where the work happens
    assert mutable_globals() - KNOWN_MUTABLE == set()


def test_the_known_list_has_no_stale_entries() -> None:
    assert KNOWN_MUTABLE - mutable_globals() == set()


def test_the_scan_finds_a_planted_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(triage.policy, "_PLANTED", (("a", {"b": 1}),), raising=False)
    assert "triage.policy._PLANTED" in mutable_globals()
