"""Call text never leaks: not into logs, stdout/stderr, warnings, exception messages or files.

Every call below carries a marker word. Each test runs the library or the CLI on it, on
successful and on failing calls (bad types, bad rows, bad files), with the root logger at
DEBUG, and then looks for the marker everywhere text could escape: log records, both output
streams (at the file-descriptor level), warnings, the formatted traceback of every exception,
and every file the caller did not name.
"""

from __future__ import annotations

import io
import json
import logging
import math
import sys
import traceback
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import triage
from triage import CallRecord, TriageModel
from triage.batch import score_file
from triage.cli import main
from triage.redflags import find_red_flags, scan
from triage.slip import PERSONAL
from triage.training import read_labelled, train

#: A word no model knows, so it can only appear in output that echoes the caller's text.
MARKER = "Zqxvorbelmarker"
TEXTS = [
    f"my dad {MARKER} has crushing chest pain and he's sweating",
    f"hi it's {MARKER}, can I move my cleaning to Friday",
    f"this is {MARKER} from BrightSmile Supply about your gloves order",
    f"{MARKER} {MARKER} {MARKER}",
]


class Watch:
    """Runs calls, keeping every exception, warning and log line for the final check."""

    def __init__(self, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]):
        self.caplog, self.capfd = caplog, capfd
        self.seen: list[str] = []
        self.errors: list[type[BaseException]] = []

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call ``fn``; an exception is recorded (its whole traceback) and returned."""
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                return fn(*args, **kwargs)
            except Exception as exc:
                self.errors.append(type(exc))
                # The message and the chain, as logging.exception or a crash would print them.
                self.seen.append("".join(traceback.format_exception(exc)))
                return exc
            finally:
                self.seen.extend(str(w.message) for w in caught)

    def fails(
        self, expected: type[BaseException], fn: Callable[..., Any], *args: Any, **kwargs: Any
    ) -> None:
        """The call must fail as ``expected``: a leak check on a call that did not fail
        proves nothing about error messages."""
        outcome = self.call(fn, *args, **kwargs)
        assert isinstance(outcome, expected), f"expected {expected.__name__}, got {outcome!r:.40}"

    def cli(self, *argv: str) -> object:
        return self.call(main, list(argv))

    def assert_clean(self, root: Path | None = None, named: tuple[Path, ...] = ()) -> None:
        out, err = self.capfd.readouterr()
        records = self.caplog.records
        places = {
            "stdout": out,
            "stderr": err,
            "log": "\n".join([self.caplog.text, *(str(r.msg) + str(r.args) for r in records)]),
            "exceptions and warnings": "\n".join(self.seen),
        }
        for where, text in places.items():
            assert MARKER.lower() not in text.lower(), f"call text leaked into {where}"
        if root is not None:
            for path in _files_with_marker(root):
                assert path in named, f"call text written to a file nobody named: {path.name}"


def _files_with_marker(root: Path) -> Iterator[Path]:
    for path in root.rglob("*"):
        if path.is_file() and MARKER.lower().encode() in path.read_bytes().lower():
            yield path


@pytest.fixture()
def watch(caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]) -> Watch:
    caplog.set_level(logging.DEBUG)  # the root logger: every library's records reach it
    capfd.readouterr()
    return Watch(caplog, capfd)


def test_classify_never_echoes_the_text(watch: Watch, small_model: TriageModel) -> None:
    results = [watch.call(triage.classify, text) for text in TEXTS]
    results += watch.call(triage.classify_many, TEXTS)
    results += [
        watch.call(small_model.classify, CallRecord(text=t, after_hours=True)) for t in TEXTS
    ]
    results.append(watch.call(find_red_flags, TEXTS[0]))
    assert watch.errors == []
    assert all(MARKER.lower() not in repr(r).lower() for r in results)
    for result in results[:-1]:
        # The message slip holds the caller's own words for who called (that is what it is
        # for); everything else in the result holds none of them.
        assert MARKER.lower() not in result.model_dump_json(exclude={"message"}).lower()
        slip = result.message.model_dump_json(exclude=set(PERSONAL))
        assert MARKER.lower() not in slip.lower()
    watch.assert_clean()


def test_failing_calls_speak_of_types_and_positions(watch: Watch, small_model: TriageModel) -> None:
    watch.fails(TypeError, triage.classify, MARKER.encode())
    watch.fails(TypeError, triage.classify_many, [TEXTS[0], None])
    watch.fails(TypeError, triage.classify_many, [TEXTS[1], MARKER.encode()])
    watch.fails(TypeError, triage.classify_many, [TEXTS[1], [MARKER]])
    watch.fails(TypeError, small_model.classify_many, [TEXTS[0], math.nan])
    watch.fails(ValueError, small_model.classify_many, [TEXTS[0], " \n\t "])
    watch.fails(TypeError, find_red_flags, MARKER.encode())
    watch.fails(TypeError, scan, [MARKER])
    watch.fails(ValueError, CallRecord, text=TEXTS[0], kind="fax")  # pydantic: field only
    watch.assert_clean()


def _write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def _csv(rows: list[str]) -> str:
    return "call_id,text\n" + "".join(f'{i},"{t}"\n' for i, t in enumerate(rows))


def test_score_file_writes_text_only_where_asked(
    watch: Watch, small_model: TriageModel, tmp_path: Path
) -> None:
    source = _write(tmp_path / "calls.csv", _csv([*TEXTS, ""]))
    jsonl = _write(tmp_path / "calls.jsonl", "".join(json.dumps({"text": t}) + "\n" for t in TEXTS))
    outputs = (tmp_path / "scored.csv", tmp_path / "scored.jsonl")
    summary = watch.call(score_file, small_model, source, outputs[0])
    assert (summary.rows_read, summary.rows_scored) == (5, 4)
    assert watch.call(score_file, small_model, jsonl, outputs[1]).rows_scored == 4
    assert MARKER in outputs[0].read_text()  # the output the caller named has the rows
    watch.assert_clean(tmp_path, named=(source, jsonl, *outputs))


BAD_FILES: dict[str, str | bytes] = {
    "broken.jsonl": json.dumps({"text": TEXTS[0]}) + "\n" + '{"text": "' + MARKER + '", \n',
    "not-objects.jsonl": json.dumps({"text": TEXTS[0]}) + "\n" + json.dumps(TEXTS[1]) + "\n",
    "first-not-object.jsonl": json.dumps([MARKER, TEXTS[0]]) + "\n",
    "latin1.csv": _csv(TEXTS[:2]).encode() + f'9,"caf\xe9 {MARKER}"\n'.encode("latin-1"),
    "no-header.csv": f'"{TEXTS[0]}",1\n"{TEXTS[1]}",2\n',
    "huge-field.csv": _csv([MARKER * 20_000]),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_call_logs_fail_without_quoting_them(
    watch: Watch, small_model: TriageModel, tmp_path: Path, name: str
) -> None:
    source = _write(tmp_path / name, BAD_FILES[name])
    output = tmp_path / f"out-{name}"
    watch.call(score_file, small_model, source, output)
    watch.cli("score", str(source), "-o", str(tmp_path / f"cli-{name}"))
    watch.cli("score", str(source), "--text-column", "text", "-o", str(tmp_path / f"col-{name}"))
    named = (source, output, tmp_path / f"cli-{name}", tmp_path / f"col-{name}")
    watch.assert_clean(tmp_path, named=named)


def _corpus_row(text: str, label: str, emergency: bool = False) -> str:
    row = {
        "text": text,
        "label": label,
        "kind": "transcript",
        "setting": "dental",
        "emergency": emergency,
        "provenance": "handwritten",
    }
    return json.dumps(row) + "\n"


@pytest.fixture()
def marked_corpus(small_corpus: Path, tmp_path: Path) -> Path:
    """A quarter of the small corpus (enough to train on in seconds) plus calls carrying the
    marker, in both splits."""
    out = tmp_path / "corpus"
    out.mkdir()
    labels = ["urgent", "routine", "sales", "routine"]
    for split in ("train.jsonl", "test.jsonl"):
        lines = (small_corpus / split).read_text(encoding="utf-8").splitlines(keepends=True)
        marked = [_corpus_row(t, lab) for t, lab in zip(TEXTS, labels, strict=True)]
        (out / split).write_text("".join(lines[::4] + marked), encoding="utf-8")
    return out


def test_training_and_its_cli_never_log_the_corpus(
    watch: Watch, marked_corpus: Path, tmp_path: Path
) -> None:
    # The command calls the library's train() and prints its progress to stderr.
    assert watch.cli("train", str(marked_corpus), "-o", str(tmp_path / "model")) == 0
    for name in ("manifest.json", "MODEL_CARD.md", "model.json"):
        assert MARKER.lower() not in (tmp_path / "model" / name).read_text().lower()
    labelled = _write(
        tmp_path / "labelled.jsonl", "".join(_corpus_row(t, "routine") for t in TEXTS)
    )
    model_dir = str(tmp_path / "model")
    assert watch.cli("eval", str(labelled), "--model", model_dir) == 0
    watch.assert_clean(tmp_path, named=(*marked_corpus.iterdir(), labelled))


#: A bad row, and whether an evaluation file refuses it too (eval rows need only text and label).
BAD_ROWS = {
    "bad-label": (_corpus_row(TEXTS[0], "emergency-ish"), True),
    "emergency-not-urgent": (_corpus_row(TEXTS[1], "routine", emergency=True), False),
    "text-not-a-string": (json.dumps({"text": [MARKER], "label": "urgent"}) + "\n", True),
    "broken-json": ('{"text": "' + MARKER + '", "label": ', True),
    "not-an-object": (json.dumps(TEXTS[2]) + "\n", True),
}


@pytest.mark.parametrize("problem", sorted(BAD_ROWS))
def test_bad_training_and_eval_rows_are_named_by_line(
    watch: Watch, marked_corpus: Path, tmp_path: Path, problem: str
) -> None:
    row, eval_refuses = BAD_ROWS[problem]
    with (marked_corpus / "train.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(row)
    labelled = _write(tmp_path / "labelled.jsonl", _corpus_row(TEXTS[3], "sales") + row)
    watch.fails(ValueError, train, marked_corpus)
    assert watch.cli("train", str(marked_corpus), "-o", str(tmp_path / "model")) == 1
    if eval_refuses:
        watch.fails(ValueError, read_labelled, labelled)
        assert watch.cli("eval", str(labelled)) == 1
    watch.assert_clean(tmp_path, named=(*marked_corpus.iterdir(), labelled))


def test_cli_classify_from_stdin_and_with_bad_models(
    watch: Watch, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(TEXTS) + "\n"))
    assert watch.cli("classify", "--after-hours", "--redact") == 0
    broken = tmp_path / "model"
    broken.mkdir()
    (broken / "manifest.json").write_text("{")
    assert watch.cli("classify", TEXTS[0], "--model", str(broken)) == 1
    assert watch.cli("score", str(tmp_path / "missing.csv")) == 1
    watch.assert_clean()
