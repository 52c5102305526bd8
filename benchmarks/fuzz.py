"""Fuzz ``classify`` and the batch readers with hypothesis for a fixed time; count crashes.

Three targets, in-process, against the shipped model:

- ``classify``: any str (every code point, lone surrogates, control and right-to-left
  characters, emoji, up to 100,000 characters), CallRecords, and non-strings;
- ``score_csv``: ``triage.batch.score_file`` on generated CSV bytes: odd headers, quoting,
  embedded newlines and NULs, huge fields, invalid UTF-8, flipped, inserted and cut bytes;
- ``score_jsonl``: the same on JSON Lines: any JSON value as a row or a field, NaN, broken
  and truncated lines, blank lines, invalid UTF-8.

A crash is any exception other than the documented ones (``TypeError`` for a non-string
call, ``ValueError`` for empty text or an unreadable file, ``OSError`` from the file
system; a raw ``UnicodeError`` escaping ``score_file`` counts as a crash, since the
documented error names the row); a bad row inside a file is a counted row, not a crash.
Each input also checks invariants: a result round-trips through JSON; a run that finishes
has rows scored plus rows errored equal to rows read; a run that fails leaves no output.

    python benchmarks/fuzz.py                 # 10 minutes
    python benchmarks/fuzz.py --minutes 0.5   # a quick check

Writes benchmarks/results/fuzz.md and fuzz.json (stamped with versions and machine); exits 1
when anything crashed or broke an invariant. The inputs are generated here, never call text.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import math
import os
import platform
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

import triage
from triage import CallRecord, TriageModel, TriageResult
from triage.batch import score_file

HERE = Path(__file__).resolve().parent
MAX_LEN = 100_000
ROUND = 200  # examples per hypothesis run; runs repeat, each with its own seed, until time is up
KEPT_CRASHES = 25

# --- Strategies ---------------------------------------------------------------------------

ANY_CHAR = st.characters(exclude_categories=())  # every code point, surrogates included
PIECES = st.sampled_from(
    [
        "\u202e", "\u200f", "\u200b", "\ufeff", "\u0301", "\x00", "\x07", "\x1b[31m", "\r\n",
        "\r", "\x85", "\u2028", "\udc80", "\ud83d", "🙂", "👨\u200d👩\u200d👧", "مرحبا", "我的孩子",
        "chest pain", "denies", "no", "not", "press one", "call me back", "104", "c/o", "x3d",
        "pt", "SOB", "neg_", "'", '"', ",", ";", "\t", " ", "-", "mi hijo", "2019",
    ]
)  # fmt: skip
CHUNK = st.lists(st.one_of(ANY_CHAR, PIECES), max_size=16).map("".join)


def _long(head: str, body: str, length: int, tail: str) -> str:
    return (head + body * (length // len(body) + 1))[:length] + tail


LONG = st.builds(_long, CHUNK, CHUNK.filter(bool), st.integers(0, MAX_LEN - 300), CHUNK)
TEXT = st.one_of(st.text(ANY_CHAR, max_size=300), CHUNK, CHUNK, LONG)
SHORT = st.one_of(st.text(ANY_CHAR, max_size=40), CHUNK)
CALL_ID = st.one_of(
    st.none(), SHORT.filter(lambda s: not any(0xD800 <= ord(c) < 0xE000 for c in s))
)
RECORD = st.builds(
    CallRecord,
    text=TEXT,
    call_id=CALL_ID,
    kind=st.sampled_from([None, "transcript", "voicemail", "note"]),
    after_hours=st.booleans(),
)
NOT_STR = st.one_of(
    st.none(),
    st.binary(max_size=30),
    st.integers(),
    st.floats(),
    st.just(math.nan),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2),
)
CALL = st.one_of(TEXT, TEXT, RECORD, NOT_STR)

COLUMN = st.one_of(
    st.sampled_from(["text", "transcript", "note", "message", "body", "call_id", "received_at",
                     "kind", "after_hours", "label", "action", "p_urgent", "", " text", "TEXT"]),
    SHORT,
)  # fmt: skip
# Now and then a cell past the CSV module's 131,072-character field limit.
CELL = st.one_of(SHORT, PIECES, st.just(""), SHORT, PIECES, LONG.map(lambda s: s * 2))
JSON_SCALAR = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), SHORT, TEXT
)
JSON_VALUE = st.recursive(
    JSON_SCALAR,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(COLUMN, inner, max_size=3),
    max_leaves=6,
)
ROW = st.dictionaries(COLUMN, JSON_VALUE, max_size=5) | st.fixed_dictionaries(
    {"text": TEXT}, optional={"call_id": JSON_VALUE, "after_hours": JSON_VALUE}
)


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` with a few bytes flipped, inserted or cut: a damaged file."""
    raw = bytearray(data)
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2, 3]))):  # half the files intact
        where = draw(st.integers(0, len(raw)))
        how = draw(st.sampled_from(["flip", "insert", "cut"]))
        if how == "flip" and where < len(raw):
            raw[where] ^= draw(st.integers(1, 255))
        elif how == "insert":
            raw[where:where] = draw(
                st.sampled_from(
                    [
                        b"\xff",
                        b"\xc3",
                        b"\xed\xa0\x80",
                        b"\x00",
                        b'"',
                        b"\n",
                        b"\r",
                        b"\xef\xbb\xbf",
                        b"{",
                    ]
                )
            )
        else:
            del raw[where:]
    return bytes(raw)


def _encode(text: str, encoding: str) -> bytes:
    # surrogatepass turns a lone surrogate into the invalid UTF-8 a broken exporter writes.
    if encoding == "utf-8":
        return text.encode("utf-8", "surrogatepass")
    return text.encode(encoding, "replace")


@st.composite
def csv_bytes(draw: st.DrawFn) -> bytes:
    columns = draw(st.lists(COLUMN, min_size=1, max_size=5))
    if draw(st.integers(0, 4)):  # mostly a usable header, so the rows get read
        columns.insert(draw(st.integers(0, len(columns))), "text")
    rows = draw(st.lists(st.lists(CELL, max_size=len(columns) + 1), max_size=12))
    buffer = io.StringIO()
    if draw(st.booleans()):
        quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]))
        writer = csv.writer(
            buffer, quoting=quoting, lineterminator=draw(st.sampled_from(["\n", "\r\n"]))
        )
        writer.writerow(columns)
        writer.writerows(rows)
    else:  # written by hand, as broken exporters do: no quoting at all
        buffer.write("\n".join(",".join(row) for row in [columns, *rows]))
    encoding = draw(st.sampled_from(["utf-8"] * 5 + ["utf-8-sig", "latin-1", "utf-16"]))
    return draw(mutated(_encode(buffer.getvalue(), encoding)))


@st.composite
def jsonl_bytes(draw: st.DrawFn) -> bytes:
    lines = []
    rows = draw(st.lists(st.one_of(ROW, ROW, ROW, JSON_VALUE), max_size=12))
    if draw(st.integers(0, 4)):  # mostly a first row with text, so the rows get read
        rows.insert(
            0, {"text": draw(TEXT), **draw(st.dictionaries(COLUMN, JSON_VALUE, max_size=2))}
        )
    for row in rows:
        line = json.dumps(row, ensure_ascii=draw(st.booleans()))
        style = draw(st.sampled_from(["whole", "whole", "whole", "cut", "blank", "garbage"]))
        if style == "cut":
            line = line[: draw(st.integers(0, len(line)))]
        elif style == "blank":
            line = draw(st.sampled_from(["", " ", "\t", "\r"]))
        elif style == "garbage":
            line = draw(SHORT)
        lines.append(line)
    text = draw(st.sampled_from(["\n", "\r\n"])).join(lines) + draw(st.sampled_from(["", "\n"]))
    return draw(mutated(_encode(text, "utf-8")))


# --- Targets ------------------------------------------------------------------------------


@dataclass
class Tally:
    """What one target saw."""

    inputs: int = 0
    crashes: int = 0
    broken_invariants: int = 0
    documented_errors: Counter[str] = field(default_factory=Counter)
    messages: Counter[str] = field(default_factory=Counter)
    rows_read: int = 0
    rows_errored: int = 0
    seconds: float = 0.0


@dataclass
class Fuzz:
    """The run: the model, the clock, a tally per target and the first crashes in detail."""

    model: TriageModel
    deadline: float
    tallies: dict[str, Tally] = field(default_factory=dict)
    crashes: list[dict[str, Any]] = field(default_factory=list)

    def record(self, target: str, kind: str, exc: BaseException | None, sample: object) -> None:
        tally = self.tallies[target]
        if kind == "crash":
            tally.crashes += 1
        else:
            tally.broken_invariants += 1
        if len(self.crashes) < KEPT_CRASHES:
            frames = traceback.extract_tb(exc.__traceback__) if exc else []
            self.crashes.append({
                "target": target,
                "kind": kind,
                "exception": type(exc).__name__ if exc else None,
                "message": str(exc)[:300] if exc else None,
                "where": f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if exc else None,
                "input": repr(sample)[:2000],
            })  # fmt: skip


def _expected_error(call: object) -> type[Exception] | None:
    """The documented error for one ``classify`` input, or None when a result is due."""
    text = call.text if isinstance(call, CallRecord) else call
    if not isinstance(text, str):
        return TypeError
    return None if text.strip() else ValueError


def check_classify(fuzz: Fuzz, call: object) -> None:
    expected = _expected_error(call)
    try:
        result = fuzz.model.classify(call)  # type: ignore[arg-type]
    except Exception as exc:
        if expected is not None and type(exc) is expected:
            fuzz.tallies["classify"].documented_errors[type(exc).__name__] += 1
        else:
            fuzz.record("classify", "crash", exc, call)
        return
    if expected is not None:
        fuzz.record("classify", "invariant: no error for bad input", None, call)
    elif TriageResult.model_validate_json(result.model_dump_json()) != result:
        fuzz.record("classify", "invariant: JSON round trip", None, call)


def _gist(exc: BaseException, tmp: str) -> str:
    """An error message without the file name and numbers, to count errors by kind."""
    message = str(exc).replace(tmp, "").split(";")[0]
    return f"{type(exc).__name__}: " + "".join("#" if c.isdigit() else c for c in message)[:90]


def check_score(fuzz: Fuzz, target: str, data: bytes, suffix: str) -> None:
    tally = fuzz.tallies[target]
    with tempfile.TemporaryDirectory(prefix="triage-fuzz-") as tmp:
        source, output = Path(tmp) / f"calls{suffix}", Path(tmp) / f"scored{suffix}"
        source.write_bytes(data)
        try:
            summary = score_file(fuzz.model, source, output)
        except UnicodeError as exc:  # raw codec errors are not the documented clear message
            fuzz.record(target, "crash", exc, data)
            return
        except (ValueError, OSError) as exc:  # documented: unreadable file, file system
            tally.documented_errors[type(exc).__name__] += 1
            tally.messages[_gist(exc, tmp)] += 1
            if output.exists() or any(p.suffix == ".part" for p in Path(tmp).iterdir()):
                fuzz.record(target, "invariant: output left after an error", exc, data)
            return
        except Exception as exc:
            fuzz.record(target, "crash", exc, data)
            return
        tally.rows_read += summary.rows_read
        tally.rows_errored += summary.rows_errored
        if summary.rows_scored + summary.rows_errored != summary.rows_read:
            fuzz.record(target, "invariant: rows scored + errored != rows read", None, data)
        elif not output.is_file():
            fuzz.record(target, "invariant: no output file after success", None, data)


def _run(fuzz: Fuzz, target: str, strategy: st.SearchStrategy[Any], check: Callable[[Any], None],
         round_seed: int) -> None:  # fmt: skip
    """One hypothesis run of up to ROUND examples; examples after the deadline do nothing."""
    tally = fuzz.tallies.setdefault(target, Tally())

    @seed(round_seed)
    @settings(max_examples=ROUND, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(strategy)
    def body(value: Any) -> None:
        if time.monotonic() >= fuzz.deadline:
            return
        start = time.perf_counter()
        check(value)
        tally.inputs += 1
        tally.seconds += time.perf_counter() - start

    body()


def fuzz_for(minutes: float, base_seed: int) -> Fuzz:
    fuzz = Fuzz(triage.load_model(), time.monotonic() + minutes * 60)
    targets: list[tuple[str, st.SearchStrategy[Any], Callable[[Any], None]]] = [
        ("classify", CALL, lambda call: check_classify(fuzz, call)),
        ("score_csv", csv_bytes(), lambda data: check_score(fuzz, "score_csv", data, ".csv")),
        ("score_jsonl", jsonl_bytes(), lambda data: check_score(fuzz, "score_jsonl", data, ".jsonl")),  # noqa: E501
    ]  # fmt: skip
    round_seed = base_seed
    while time.monotonic() < fuzz.deadline:
        for name, strategy, check in targets:
            _run(fuzz, name, strategy, check, round_seed)
            round_seed += 1
    return fuzz


# --- Report -------------------------------------------------------------------------------


def stamp() -> dict[str, Any]:
    versions = {name: _version(name) for name in ("call-triage", "hypothesis", "scikit-learn",
                                                  "numpy", "pydantic")}  # fmt: skip
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "load_1min_at_end": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "model_version": triage.load_model().version,
        **versions,
    }


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def report(fuzz: Fuzz, minutes: float, base_seed: int) -> dict[str, Any]:
    targets = {}
    for name, t in fuzz.tallies.items():
        targets[name] = {
            "inputs": t.inputs,
            "crashes": t.crashes,
            "broken_invariants": t.broken_invariants,
            "documented_errors": dict(sorted(t.documented_errors.items())),
            "error_kinds": dict(t.messages.most_common(12)),
            "rows_read": t.rows_read,
            "rows_errored": t.rows_errored,
            "inputs_per_s": round(t.inputs / t.seconds, 1) if t.seconds else None,
        }
    total = {key: sum(t[key] for t in targets.values())
             for key in ("inputs", "crashes", "broken_invariants")}  # fmt: skip
    return {"stamp": stamp(), "minutes": minutes, "seed": base_seed, "engine": "hypothesis",
            "total": total, "targets": targets, "first_failures": fuzz.crashes}  # fmt: skip


def markdown(data: dict[str, Any]) -> str:
    s, total = data["stamp"], data["total"]
    lines = [
        "# Fuzzing classify and the batch readers",
        "",
        f"`python benchmarks/fuzz.py --minutes {data['minutes']:g} --seed {data['seed']}` "
        f"({data['engine']} {s['hypothesis']}), in-process against the shipped model "
        f"`{s['model_version']}`.",
        "",
        f"**{total['inputs']:,} inputs tried, {total['crashes']} crashes, "
        f"{total['broken_invariants']} broken invariants.**",
        "",
        "| target | inputs | crashes | broken invariants | documented errors | rows read "
        "(errored) | inputs/s |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, t in data["targets"].items():
        errors = ", ".join(f"{k} {v:,}" for k, v in t["documented_errors"].items()) or "none"
        rows = f"{t['rows_read']:,} ({t['rows_errored']:,})" if name != "classify" else "-"
        lines.append(f"| {name} | {t['inputs']:,} | {t['crashes']} | {t['broken_invariants']} | "
                     f"{errors} | {rows} | {t['inputs_per_s']} |")  # fmt: skip
    lines += [
        "",
        "A crash is an exception other than the documented ones: `TypeError` for a call that "
        "is not a string, `ValueError` for empty text or an unreadable file, `OSError` from "
        "the file system (a raw `UnicodeError` from `score_file` counts as a crash). A bad "
        "row inside a file is a counted row, not a crash.",
        "",
        f"triage {s['call-triage']}, Python {s['python']}, scikit-learn {s['scikit-learn']}, "
        f"numpy {s['numpy']}, pydantic {s['pydantic']}; {s['cpu']}, {s['cores']} cores, "
        f"load {s['load_1min_at_end']} at the end; {s['platform']}; {s['date']}.",
    ]
    sites = Counter(
        f"{f['target']}: {f['kind']} {f['exception']} at {f['where']}"
        for f in data["first_failures"]
    )
    if sites:
        lines += ["", f"Where the first {len(data['first_failures'])} failures happened "
                  "(inputs in fuzz.json):", ""]  # fmt: skip
        lines += [f"- {site} (x{count})" for site, count in sites.most_common()]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long (default 10)")
    parser.add_argument("--seed", type=int, default=0, help="first hypothesis seed")
    parser.add_argument("--out", type=Path, default=HERE / "results", help="results directory")
    args = parser.parse_args()
    fuzz = fuzz_for(args.minutes, args.seed)
    data = report(fuzz, args.minutes, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "fuzz.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    (args.out / "fuzz.md").write_text(markdown(data))
    print(markdown(data))
    return 1 if data["total"]["crashes"] or data["total"]["broken_invariants"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
