"""The policy of LABELS.md: label, action, emergency, note, uncertainty and after hours."""

from __future__ import annotations

import pytest

from triage.acuity import AcuityCue
from triage.policy import Evidence, cap_urgent, choose_label, decide
from triage.redflags import RedFlag
from triage.schema import Action, CallRecord, Label, TriageConfig

CONFIG = TriageConfig(
    urgent_threshold=0.3, urgent_threshold_no_cue=0.3, min_confidence=0.5, min_margin=0.1
)
ONSET = AcuityCue("onset", "all of a sudden")
CHEST = RedFlag("chest_pain", "chest pain", True, "chest pain")
TOOTH = RedFlag("dental_trauma", "dental trauma", False, "knocked out")


def evidence(
    sales: float,
    routine: float,
    urgent: float,
    flags: tuple[RedFlag, ...] = (),
    known: float = 1.0,
    *,
    acuity: tuple[AcuityCue, ...] = (),
    says_something: bool = True,
    life: float | None = None,
) -> Evidence:
    probs = {Label.SALES: sales, Label.ROUTINE: routine, Label.URGENT: urgent}
    return Evidence(
        probabilities=probs,
        red_flags=flags,
        acuity=acuity,
        known_share=known,
        phrases=("a phrase",),
        truncated=False,
        says_something=says_something,
        life_threat=life,
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


def test_no_flag_and_no_cue_is_never_urgent_at_09_or_more() -> None:
    r = result(evidence(0.0, 0.01, 0.99))
    assert r.probabilities[Label.URGENT] == CONFIG.max_urgent_without_cue
    assert r.probabilities[Label.ROUTINE] == pytest.approx(1 - CONFIG.max_urgent_without_cue)
    assert r.label is Label.URGENT  # still urgent by the threshold: only less sure


def test_an_acuity_cue_or_a_flag_lifts_the_cap() -> None:
    assert result(evidence(0.0, 0.01, 0.99, acuity=(ONSET,))).confidence == 0.99
    assert result(evidence(0.0, 0.01, 0.99, (TOOTH,))).confidence == 0.99


def test_cap_shares_the_excess_in_proportion() -> None:
    capped = cap_urgent({Label.SALES: 0.01, Label.ROUTINE: 0.03, Label.URGENT: 0.96}, 0.8)
    assert capped[Label.URGENT] == 0.8
    assert capped[Label.SALES] == pytest.approx(0.05)
    assert capped[Label.ROUTINE] == pytest.approx(0.15)


def test_a_cue_holds_a_call_to_the_lower_threshold() -> None:
    config = CONFIG.model_copy(update={"urgent_threshold": 0.2, "urgent_threshold_no_cue": 0.6})
    plain = decide(evidence(0.05, 0.55, 0.4), None, config, "m")
    cued = decide(evidence(0.05, 0.55, 0.4, acuity=(ONSET,)), None, config, "m")
    assert plain.label is Label.ROUTINE and plain.acuity == ()
    assert cued.label is Label.URGENT and cued.acuity == ("onset",)
    assert "acuity: onset (all of a sudden)" in cued.reasons


def test_a_call_that_says_nothing_is_uncertain_and_held() -> None:
    r = result(evidence(0.02, 0.97, 0.01, says_something=False))
    assert r.uncertain is True and r.action is Action.HOLD


@pytest.mark.parametrize(
    ("label_probs", "life", "expected"),
    [
        ((0.0, 0.05, 0.95), 0.9, True),  # urgent, score over the line: advise 911
        ((0.0, 0.05, 0.95), 0.5, False),  # under the line
        ((0.0, 0.05, 0.95), None, False),  # a model without the score
        ((0.0, 0.95, 0.05), 0.99, False),  # never on a call that is not urgent
    ],
)
def test_learned_life_threat_score_raises_the_emergency_flag(
    label_probs: tuple[float, float, float], life: float | None, expected: bool
) -> None:
    config = CONFIG.model_copy(update={"life_threat_threshold": 0.8})
    r = decide(evidence(*label_probs, acuity=(ONSET,), life=life), None, config, "m")
    assert r.emergency is expected
    assert any(reason.startswith("life-threat score") for reason in r.reasons) is expected
    assert ("call 911" in r.note) is expected


def test_no_learned_score_without_a_threshold() -> None:
    r = decide(evidence(0.0, 0.05, 0.95, acuity=(ONSET,), life=0.99), None, CONFIG, "m")
    assert r.emergency is False
