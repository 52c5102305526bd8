"""The columnar batch (``classify_table``): the same decisions as ``classify`` one call at a
time, on the corpus, the blind sets, dev (when it is beside the project) and generated odd
inputs; its columns and tables say what its results say."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_properties import ANY_STR, CHECKS, TEXT

import triage
from triage import CallRecord, TriageBatch, TriageModel, TriageResult
from triage.batch import score_frame
from triage.schema import LABELS
from triage.slip import SLIP_COLUMNS
from triage.table import RESULT_COLUMNS, slip_values

ROOT = Path(__file__).resolve().parent.parent
SETS = [
    ROOT / "training_data/train.jsonl",
    ROOT / "training_data/test.jsonl",
    *sorted((ROOT / "benchmarks/blind").glob("*.jsonl")),
    ROOT.parent / "shared/eval/dev.jsonl",  # the external dev set, where it is present
]


def _texts(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def assert_same_decisions(batch: TriageBatch, one_by_one: list[TriageResult]) -> None:
    """Row by row, the batch's columns and results say what ``classify`` said."""
    assert len(batch) == len(one_by_one)
    assert batch.label.tolist() == [r.label.value for r in one_by_one]
    assert batch.action.tolist() == [r.action.value for r in one_by_one]
    assert batch.emergency.tolist() == [r.emergency for r in one_by_one]
    assert batch.red_flags == tuple(r.red_flags for r in one_by_one)
    assert batch.reasons == tuple(r.reasons for r in one_by_one)
    expected = np.array([[r.probabilities[k] for k in LABELS] for r in one_by_one])
    np.testing.assert_allclose(batch.probabilities, expected.reshape(-1, 3), rtol=0, atol=1e-9)
    for row, result in zip(batch, one_by_one, strict=True):
        assert row.model_dump(exclude={"message"}) == result.model_dump(exclude={"message"})


@pytest.mark.parametrize("path", [p for p in SETS if p.is_file()], ids=lambda p: p.name)
def test_the_table_decides_every_set_as_classify_does(path: Path) -> None:
    model = triage.load_model()
    texts = _texts(path)
    assert_same_decisions(model.classify_table(texts), [model.classify(t) for t in texts])


def test_the_slips_of_the_table_are_those_of_classify() -> None:
    model = triage.load_model()
    texts = _texts(ROOT / "training_data/test.jsonl")[::7]
    batch = model.classify_table(texts)
    assert batch.messages == tuple(model.classify(t).message for t in texts)
    assert list(batch) == [model.classify(t) for t in texts]  # slips compared too


@CHECKS
@given(
    texts=st.lists(TEXT.filter(str.strip), max_size=8)
    | st.lists(ANY_STR.filter(str.strip), max_size=6)
)
def test_odd_inputs_are_decided_as_one_by_one(small_model: TriageModel, texts: list[str]) -> None:
    assert_same_decisions(
        small_model.classify_table(texts), [small_model.classify(t) for t in texts]
    )


def test_records_keep_their_context(small_model: TriageModel) -> None:
    calls: list[str | CallRecord] = [
        CallRecord(text="can someone call me back about my bill", after_hours=True, call_id="a"),
        CallRecord(
            text="I need to move my cleaning before Thursday",
            received_at=dt.datetime(2026, 12, 5, 23, 0, tzinfo=dt.UTC),
            call_id="b",
        ),
        "my husband collapsed and is not breathing",
    ]
    batch = small_model.classify_table(calls)
    assert batch.call_id == ("a", "b", None)
    assert list(batch) == [small_model.classify(call) for call in calls]


def test_length_indexing_and_slices(small_model: TriageModel) -> None:
    texts = ["press one to lower your rate", "refill my metformin please", "chest pain now"]
    batch = small_model.classify_table(texts)
    assert len(batch) == 3 and "3 calls" in repr(batch)
    assert batch[-1] == batch[2] == small_model.classify(texts[2])
    assert batch[1:] == [small_model.classify(t) for t in texts[1:]]
    with pytest.raises(IndexError, match="out of range for 3 calls"):
        batch[3]
    empty = small_model.classify_table([])
    assert len(empty) == 0 and empty.label.shape == (0,) and empty.probabilities.shape == (0, 3)
    assert empty.columns() == {name: [] for name in RESULT_COLUMNS}


def test_a_bad_input_raises_before_anything_is_decided(small_model: TriageModel) -> None:
    with pytest.raises(ValueError, match=r"^call 1: text is empty"):
        small_model.classify_table(["fine", "  "])
    with pytest.raises(TypeError, match=r"^call 0: expected str or CallRecord, got int"):
        small_model.classify_table([3])  # type: ignore[list-item]


def test_columns_and_tables_hold_what_the_results_hold(small_model: TriageModel) -> None:
    texts = [
        "hi this is Dana Reyes, cb 720 555 3089, dob 11/30/82, need my lisinopril refilled",
        "press one to lower your rate",
        "my dad tiene dolor de pecho y no puede respirar",
    ]
    batch = small_model.classify_table(texts)
    columns = batch.columns()
    assert list(columns) == list(RESULT_COLUMNS)
    frame = score_frame(pd.DataFrame({"text": texts}), small_model)
    for name in RESULT_COLUMNS:
        assert [None if v is pd.NA else v for v in frame[name]] == columns[name], name
    assert batch.columns(redact=True)["caller_name"][0] == "[NAME]"
    table = batch.to_pandas()
    assert table["label"].tolist() == batch.label.tolist()
    assert str(table["emergency"].dtype) == "boolean"
    arrow = batch.to_arrow()
    assert arrow.column_names == list(RESULT_COLUMNS)
    assert arrow.column("p_urgent").to_pylist() == batch.probabilities[:, 2].tolist()


def test_the_shipped_model_facade() -> None:
    batch = triage.classify_table(["press one to lower your rate"])
    assert batch.label.tolist() == ["sales"] and batch.model_version == triage.load_model().version


def test_slip_columns_read_straight_equal_those_of_the_slips() -> None:
    """``columns()`` reads unread slips into plain values without building them; the values
    are those of the slips themselves."""
    model = triage.load_model()
    texts = [
        json.loads(line)["text"]
        for name in (
            "slip_cases.jsonl",
            "slip_cases_more.jsonl",
            "slip_cases_names.jsonl",
            "slip_cases_voices.jsonl",
            "slip_cases_people.jsonl",
        )
        for line in (ROOT / "tests/data" / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    straight = model.classify_table(texts).columns()
    slips = [slip_values(slip) for slip in model.classify_table(texts).messages]
    for name in SLIP_COLUMNS:
        assert straight[name] == [fields[name] for fields in slips], name


def test_scoring_builds_no_result_object_per_row(
    small_model: TriageModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``score_frame`` (and ``triage score``, through the same ``score_texts``) writes from
    the columns: with results and slips made impossible to build, it still scores."""
    texts = ["hi this is Dana, cb 720 555 3089, refill please", "press one to lower your rate"]
    expected = score_frame(pd.DataFrame({"text": texts}), small_model)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pydantic object was built for a row")

    monkeypatch.setattr(TriageResult, "__init__", refuse)
    monkeypatch.setattr(triage.schema.MessageSlip, "__init__", refuse)
    scored = score_frame(pd.DataFrame({"text": texts}), small_model)
    assert scored.equals(expected) and scored["error"].tolist() == ["", ""]


def test_columns_are_read_only(small_model: TriageModel) -> None:
    batch = small_model.classify_table(["press one to lower your rate", "chest pain now"])
    for column in (batch.label, batch.emergency, batch.confidence, batch.probabilities):
        with pytest.raises(ValueError, match="read-only"):
            column[0] = column[1]
    assert batch[0] == small_model.classify("press one to lower your rate")
