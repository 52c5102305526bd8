"""The README's bad-input table is the specification: every row is checked here.

The table is read from README.md, so the documentation and the behaviour cannot drift: a
row added to the README without an input here fails, and so does an input here without a
row, or a row whose documented outcome the library does not give.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import triage
from triage import Action, Label, TriageResult
from triage.batch import score_file

README = Path(__file__).resolve().parent.parent / "README.md"

#: The input each README row names, exactly as the tests pass it.
INPUTS: dict[str, Callable[[], object]] = {
    "None": lambda: None,
    "bytes": lambda: b"my chest hurts",
    "int": lambda: 42,
    "list": lambda: ["my chest hurts", "call me back"],
    "float NaN": lambda: math.nan,
    "empty": lambda: "",
    "whitespace": lambda: " \t\n\r\u00a0\u2003 ",
    "punctuation only": lambda: "?!... ,,, -- ;:",
    "greeting only": lambda: "hello? hi, is anyone there?",
    "10 MB string": lambda: "please call me back about my appointment. " * 250_000,
    "lone surrogates": lambda: "\udc80my chest hurts\ud83d and my left arm is numb",
    "mixed languages": lambda: "mi hijo tiene fiebre, my son has chest pain, 我的孩子发烧",
    "Spanish": lambda: "hola, necesito cambiar la cita de mañana por favor",
    "another language": lambda: "bonjour, je voudrais changer mon rendez-vous de demain, merci",
    "emoji, RTL, control characters": lambda: "🙂 \u202eplease call me back\u202c \x07\x1b[0m",
}


def readme_table() -> dict[str, str]:
    """Rows of the README's "Bad input" table: input name -> documented outcome."""
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Bad input\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    cells = [[cell.strip() for cell in row.strip("|").split(" | ")] for row in rows[1:]]
    return {row[0]: row[1] for row in cells}


TABLE = readme_table()


def test_the_table_and_the_inputs_name_the_same_cases() -> None:
    assert list(TABLE) == list(INPUTS)


def test_every_outcome_is_one_the_tests_understand() -> None:
    pattern = re.compile(
        r"`(TypeError|ValueError)`|a result(, `uncertain=True`|, `truncated=True`|, `urgent`)*"
    )
    for name, outcome in TABLE.items():
        assert pattern.fullmatch(outcome), f"{name}: cannot check {outcome!r}"


@pytest.mark.parametrize("name", list(INPUTS))
def test_classify_does_what_the_readme_says(name: str) -> None:
    value, outcome = INPUTS[name](), TABLE[name]
    error = re.fullmatch(r"`(\w+Error)`", outcome)
    if error:
        _check_refused(value, {"TypeError": TypeError, "ValueError": ValueError}[error[1]])
    else:
        _check_result(triage.classify(value), outcome)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", list(INPUTS))
def test_classify_many_agrees_and_names_the_position(name: str) -> None:
    value, outcome = INPUTS[name](), TABLE[name]
    calls = ["please call me back", "my tooth got knocked out", value]
    if outcome.startswith("`"):
        with pytest.raises((TypeError, ValueError), match=r"^call 2: "):
            triage.classify_many(calls)  # type: ignore[list-item]
    else:
        results = triage.classify_many(calls)  # type: ignore[list-item]
        assert results[2] == triage.classify(value)  # type: ignore[arg-type]


def _check_refused(value: object, expected: type[Exception]) -> None:
    with pytest.raises(expected) as info:
        triage.classify(value)  # type: ignore[arg-type]
    assert type(info.value) is expected  # not a subclass thrown from deep inside a library
    message = str(info.value)
    if expected is TypeError:
        assert type(value).__name__ in message  # names the type it got
    else:
        assert "empty" in message
    assert "chest" not in message and "call me" not in message  # never the content


def _check_result(result: TriageResult, outcome: str) -> None:
    assert TriageResult.model_validate_json(result.model_dump_json()) == result
    assert result.truncated is ("truncated=True" in outcome)
    if "uncertain=True" in outcome:
        assert result.uncertain
        assert result.action in (Action.TRANSFER_NOW, Action.HOLD)  # a person takes it
    if "`urgent`" in outcome:
        assert result.label is Label.URGENT
        assert result.action is Action.TRANSFER_NOW


def test_truncation_reads_the_start_and_only_the_start() -> None:
    """A sign inside the first max_chars counts; one after it is not seen (as documented)."""
    limit = triage.TriageConfig().max_chars
    filler = "please call me back about my appointment. "
    padding = filler * (limit // len(filler) + 1)
    early = triage.classify("my chest hurts and my left arm is numb. " + padding)
    late = triage.classify(padding + "my chest hurts and my left arm is numb")
    assert early.truncated and early.label is Label.URGENT
    assert late.truncated and late.label is not Label.URGENT


def test_a_call_record_with_empty_text_is_refused_like_a_str() -> None:
    with pytest.raises(ValueError, match=r"^call 0: text is empty"):
        triage.classify(triage.CallRecord(text="  "))


def test_a_call_id_that_cannot_be_written_as_json_is_refused_at_the_edge() -> None:
    """The result carries the call id; one with a lone surrogate could not be serialised."""
    with pytest.raises(ValueError, match="lone surrogate at position 3"):
        triage.CallRecord(text="call me back", call_id="abc\udc80")
    result = triage.classify(triage.CallRecord(text="call me back", call_id="abc🙂"))
    assert TriageResult.model_validate_json(result.model_dump_json()).call_id == "abc🙂"


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_lone_surrogate_in_a_call_log_is_scored_and_kept(tmp_path: Path, suffix: str) -> None:
    """JSON may escape a lone surrogate ("\\udc80"); the row is scored and written back with
    the same escape, instead of the whole run failing on the output encoding (found by
    benchmarks/fuzz.py)."""
    source = tmp_path / "calls.jsonl"
    source.write_text('{"text": "my chest hurts \\udc80", "call_id": "a\\ud83d"}\n')
    output = tmp_path / f"scored{suffix}"
    summary = score_file(triage.load_model(), source, output)
    assert (summary.rows_read, summary.rows_scored) == (1, 1)
    written = output.read_text(encoding="utf-8")
    assert "\\udc80" in written and "\\ud83d" in written
    if suffix == ".jsonl":
        row = json.loads(written)
        assert (row["text"], row["label"]) == ("my chest hurts \udc80", "urgent")
