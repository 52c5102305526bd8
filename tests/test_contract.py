"""The public contract of DESIGN.md: names, fields, types, errors, batch == one by one."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

import triage
from triage import Action, CallRecord, Label, TriageModel, TriageResult

CALLS = [
    "hi um my dad has crushing chest pain and he's sweating",
    "I'd like to move my cleaning to next Tuesday afternoon",
    "this is Kyle from Apex Dental Supply, we have a promotion on composite this month",
    "yeah hi call me back",
    "pt c/o SOB and blue lips since 10 min, wife on line",
]


def test_public_names_are_exported() -> None:
    for name in (
        "classify",
        "classify_many",
        "load_model",
        "TriageResult",
        "CallRecord",
        "Label",
        "Action",
    ):
        assert name in triage.__all__
        assert hasattr(triage, name)


def test_enums_are_the_documented_strings() -> None:
    assert {label.value for label in Label} == {"sales", "routine", "urgent"}
    assert {a.value for a in Action} == {"transfer_now", "hold", "take_message"}


def test_classify_returns_every_field() -> None:
    r = triage.classify(CALLS[0])
    assert isinstance(r, TriageResult)
    assert r.label is Label.URGENT and r.action is Action.TRANSFER_NOW
    assert r.emergency is True
    assert 0.0 <= r.confidence <= 1.0
    assert r.confidence == r.probabilities[r.label]
    assert set(r.probabilities) == set(Label)
    assert abs(sum(r.probabilities.values()) - 1.0) < 1e-4
    assert "chest pain" in r.red_flags
    assert r.reasons and r.reasons[0] == "red flag: chest pain"
    assert "911" in r.note
    assert r.model_version == triage.load_model().version


def test_result_is_immutable_and_json_round_trips() -> None:
    r = triage.classify(CALLS[2])
    with pytest.raises(ValidationError):
        r.label = Label.URGENT  # type: ignore[misc]
    again = TriageResult.model_validate_json(r.model_dump_json())
    assert again == r
    assert json.loads(r.model_dump_json())["label"] == r.label.value


def test_classify_many_equals_one_by_one() -> None:
    assert triage.classify_many(CALLS) == [triage.classify(c) for c in CALLS]
    assert triage.classify_many([]) == []
    assert triage.classify_many(iter(CALLS[:2])) == [triage.classify(c) for c in CALLS[:2]]


def test_call_record_carries_context() -> None:
    record = CallRecord(text=CALLS[1], call_id="c-7", kind="voicemail", after_hours=True)
    r = triage.classify(record)
    assert r.call_id == "c-7"
    assert r.label is Label.ROUTINE
    assert r.action is Action.TAKE_MESSAGE
    assert r.callback == "next business day"


def test_after_hours_never_changes_urgent() -> None:
    r = triage.classify(CallRecord(text=CALLS[0], after_hours=True))
    assert r.action is Action.TRANSFER_NOW


@pytest.mark.parametrize("bad", [None, 42, 3.5, b"bytes", ["a list"], {"text": "x"}])
def test_non_string_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="expected str or CallRecord"):
        triage.classify(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("empty", ["", "   ", "\n\t "])
def test_empty_text_raises_value_error(empty: str) -> None:
    with pytest.raises(ValueError, match="empty"):
        triage.classify(empty)


def test_bad_item_in_batch_names_its_index() -> None:
    with pytest.raises(TypeError, match="call 1"):
        triage.classify_many(["hello", None])  # type: ignore[list-item]


def test_over_long_text_is_truncated_and_flagged() -> None:
    model = triage.load_model()
    long = "I need to book a cleaning please. " * 2000
    assert len(long) > model.config.max_chars
    r = model.classify(long)
    assert r.truncated is True
    assert model.classify(long[: model.config.max_chars]).truncated is False


@pytest.mark.parametrize(
    "odd",
    [
        "Où est la clinique? J'ai besoin d'un rendez-vous, merci",
        "asdf qwer zxcv",
        "!!!???",
        "😀😀😀",
        "12345 67890",
    ],
)
def test_foreign_or_nonsense_text_is_uncertain(odd: str) -> None:
    r = triage.classify(odd)
    assert isinstance(r, TriageResult)
    assert r.uncertain is True
    assert r.action is not Action.TAKE_MESSAGE or r.label is not Label.SALES  # a person listens
    assert "unsure" in r.note


def test_load_model_returns_a_model_with_config_override() -> None:
    model = triage.load_model(config=triage.TriageConfig(urgent_threshold=0.9))
    assert isinstance(model, TriageModel)
    assert model.config.urgent_threshold == 0.9
    assert model.classify(CALLS[1]).label is Label.ROUTINE
