"""The policy of LABELS.md: label, action, emergency, note, uncertainty and after hours."""

from __future__ import annotations

import pytest

from triage.policy import Evidence, choose_label, decide
from triage.redflags import RedFlag
from triage.schema import Action, CallRecord, Label, TriageConfig

CONFIG = TriageConfig(urgent_threshold=0.3, min_confidence=0.5, min_margin=0.1)
CHEST = RedFlag("chest_pain", "chest pain", True, "chest pain")
TOOTH = RedFlag("dental_trauma", "dental trauma", False, "knocked out")


def evidence(
    sales: float, routine: float, urgent: float, flags: tuple[RedFlag, ...] = (), known: float = 1.0
) -> Evidence:
    probs = {Label.SALES: sales, Label.ROUTINE: routine, Label.URGENT: urgent}
    return Evidence(
        probabilities=probs,
        red_flags=flags,
        known_share=known,
        phrases=("a phrase",),
        truncated=False,
    )


def result(ev: Evidence, after_hours: bool = False) -> object:
    return decide(ev, CallRecord(text="x", after_hours=after_hours), CONFIG, "test-model")


def test_urgent_transfers_now() -> None:
    r = result(evidence(0.0, 0.05, 0.95))
    assert (r.label, r.action, r.emergency) == (Label.URGENT, Action.TRANSFER_NOW, False)
    assert "transfer now" in r.note and "911" not in r.note


def test_life_threat_flag_forces_urgent_and_emergency() -> None:
    r = result(evidence(0.1, 0.85, 0.05, flags=(CHEST,)))
    assert r.label is Label.URGENT and r.emergency and r.action is Action.TRANSFER_NOW
    assert r.red_flags == ("chest pain",) and r.reasons[0] == "red flag: chest pain"
    assert "call 911" in r.note
    assert r.uncertain is False


def test_non_life_threat_flag_is_urgent_without_emergency() -> None:
    r = result(evidence(0.1, 0.85, 0.05, flags=(TOOTH,)))
    assert r.label is Label.URGENT and not r.emergency


def test_threshold_below_half_still_wins() -> None:
    assert (
        choose_label({Label.SALES: 0.0, Label.ROUTINE: 0.65, Label.URGENT: 0.35}, False, 0.3)
        is Label.URGENT
    )
    assert (
        choose_label({Label.SALES: 0.0, Label.ROUTINE: 0.75, Label.URGENT: 0.25}, False, 0.3)
        is Label.ROUTINE
    )


def test_routine_holds_in_hours_and_takes_message_after_hours() -> None:
    assert result(evidence(0.02, 0.95, 0.03)).action is Action.HOLD
    late = result(evidence(0.02, 0.95, 0.03), after_hours=True)
    assert late.action is Action.TAKE_MESSAGE
    assert late.callback == "next business day" and "next business day" in late.note


def test_sales_takes_a_message_without_callback() -> None:
    r = result(evidence(0.95, 0.04, 0.01))
    assert r.action is Action.TAKE_MESSAGE and r.callback is None
    assert "office manager" in r.note


def test_after_hours_never_changes_urgent() -> None:
    assert result(evidence(0.0, 0.05, 0.95), after_hours=True).action is Action.TRANSFER_NOW


@pytest.mark.parametrize(
    ("probs", "action"),
    [
        ((0.27, 0.44, 0.29), Action.TRANSFER_NOW),  # routine or urgent, under the threshold
        ((0.48, 0.46, 0.06), Action.HOLD),  # sales or routine: a person listens
    ],
)
def test_doubt_takes_the_safer_path(probs: tuple[float, float, float], action: Action) -> None:
    r = result(evidence(*probs))
    assert r.uncertain is True
    assert r.action is action


def test_unknown_words_make_it_uncertain() -> None:
    r = result(evidence(0.9, 0.05, 0.05, known=0.0))
    assert r.uncertain is True and r.action is Action.HOLD
