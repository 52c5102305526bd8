"""Policy: from probabilities, red flags and context to label, action and note.

The rules of LABELS.md, in one place:

- a red flag present now forces ``urgent``; a life-threat flag also sets ``emergency``, as
  does the learned life-threat score on an urgent call where the lexicon is silent;
- acuity, not topic: without a red flag or an acuity cue (``triage.acuity``) p(urgent) is
  capped below 0.9 (``TriageConfig.max_urgent_without_cue``), since a symptom named plainly
  is no evidence of urgency that could justify more confidence;
- otherwise ``urgent`` when p(urgent) reaches the recall-first threshold, else the more
  probable of ``routine`` and ``sales``; a call with an acuity cue (``triage.acuity``) is held
  to ``urgent_threshold``, one with neither a red flag nor a cue to the higher
  ``urgent_threshold_no_cue``: acuity, not the topic named, is what makes a call urgent;
- ``urgent`` transfers now, always; ``routine`` holds, or takes a message with a callback
  promise after hours; ``sales`` takes a message;
- when the model is unsure, or the call says nothing ("hello?", "yes"), the action takes the
  safer path: a doubt that involves ``urgent`` transfers, a sales/routine doubt holds for a
  person.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Literal, NamedTuple

from triage.acuity import AcuityCue
from triage.language import ENGLISH, Language
from triage.redflags import RedFlag
from triage.schema import (
    LABELS,
    NO_MESSAGE,
    Action,
    CallRecord,
    Label,
    MessageSlip,
    TriageConfig,
    TriageResult,
)
from triage.slip import SlipReader, says_symptom


class Evidence(NamedTuple):
    """What the model and the rules found in one call (a tuple: one is made per call, and a
    frozen dataclass costs a few microseconds more to build)."""

    probabilities: Mapping[Label, float]
    red_flags: tuple[RedFlag, ...]
    acuity: tuple[AcuityCue, ...]
    known_share: float
    phrases: tuple[str, ...]
    truncated: bool
    says_something: bool = True  # False: only greetings and function words ("hello?")
    life_threat: float | None = None  # p(life threat) of the learned score, if the model has one
    text: str | None = None  # the caller's words as read (for the message slip); None: no slip
    language: Language = ENGLISH  # what the caller speaks (triage.language)


def choose_label(probabilities: Mapping[Label, float], flagged: bool, threshold: float) -> Label:
    """The label before uncertainty: red flags first, then the urgent threshold.

    >>> choose_label({Label.SALES: .1, Label.ROUTINE: .6, Label.URGENT: .3}, False, 0.25)
    <Label.URGENT: 'urgent'>
    """
    if flagged or probabilities[Label.URGENT] >= threshold:
        return Label.URGENT
    if probabilities[Label.SALES] > probabilities[Label.ROUTINE]:
        return Label.SALES
    return Label.ROUTINE


class Decision(NamedTuple):
    """One call's decision as plain values, the fields of its ``TriageResult``: what a batch
    keeps as columns (``triage.table``) and ``decide`` turns into a result."""

    label: Label
    action: Action
    emergency: bool
    confidence: float
    uncertain: bool
    probabilities: tuple[float, ...]  # rounded, in ``LABELS`` order
    red_flags: tuple[str, ...]
    acuity: tuple[str, ...]
    reasons: tuple[str, ...]
    note: str
    call_id: str | None
    truncated: bool
    callback: str | None
    language: Literal["en", "es", "other"]
    message: MessageSlip | Callable[[], MessageSlip]  # the slip, or its reader


def decide(
    evidence: Evidence, record: CallRecord | None, config: TriageConfig, model_version: str
) -> TriageResult:
    """Build the result for one call from its evidence and context (None: a bare text)."""
    return result_of(decision(evidence, record, config), model_version)


def result_of(found: Decision, model_version: str) -> TriageResult:
    """The result a decision makes."""
    return TriageResult(
        label=found.label,
        action=found.action,
        emergency=found.emergency,
        confidence=found.confidence,
        uncertain=found.uncertain,
        probabilities=dict(zip(LABELS, found.probabilities, strict=True)),
        red_flags=found.red_flags,
        acuity=found.acuity,
        reasons=found.reasons,
        note=found.note,
        model_version=model_version,
        call_id=found.call_id,
        truncated=found.truncated,
        callback=found.callback,
        message=found.message,
        language=found.language,
    )


def decision(evidence: Evidence, record: CallRecord | None, config: TriageConfig) -> Decision:
    """The decision for one call from its evidence and context (None: a bare text)."""
    probs = evidence.probabilities
    if not evidence.red_flags and not evidence.acuity:
        probs = cap_urgent(probs, config.max_urgent_without_cue)
    label = choose_label(probs, bool(evidence.red_flags), threshold_for(evidence.acuity, config))
    doubt = None if evidence.red_flags else _doubt(probs, evidence.known_share, config)
    if doubt is None and not evidence.says_something:  # a person listens: hold, not transfer
        doubt = _top_two({k: v for k, v in probs.items() if k is not Label.URGENT})
    other = evidence.language.code == "other" and not evidence.red_flags
    if other and doubt is None:  # a model of English cannot read it: a person must
        doubt = _top_two(probs)
    after_hours = is_after_hours(record, config)
    action = config.other_language_action if other else _action(label, doubt, after_hours)
    learned = _learned_life_threat(label, evidence, config)
    emergency = learned or any(flag.emergency for flag in evidence.red_flags)
    flags = tuple(dict.fromkeys(flag.name for flag in evidence.red_flags))
    callback = _callback(label, action, evidence, after_hours=after_hours, config=config)
    note = _note(
        label,
        action,
        flags=flags,
        emergency=emergency,
        doubt=doubt,
        callback=callback if _is_message(label, action) else None,
        config=config,
    )
    return Decision(
        label=label,
        action=action,
        emergency=emergency,
        confidence=round(probs[label], 6),
        uncertain=doubt is not None,
        probabilities=tuple(round(probs[k], 6) for k in LABELS),
        red_flags=flags,
        acuity=tuple(cue.family for cue in evidence.acuity),
        reasons=(
            *(f"red flag: {name}" for name in flags),
            *(f"acuity: {cue.family} ({cue.phrase})" for cue in evidence.acuity),
            *((f"life-threat score {evidence.life_threat:.2f}",) if learned else ()),
            *evidence.phrases,
        ),
        note=note + _language_note(evidence.language, other=other),
        call_id=None if record is None else record.call_id,
        truncated=evidence.truncated,
        callback=callback,
        language=evidence.language.code,
        message=_slip(evidence, label, record),
    )


def _language_note(language: Language, *, other: bool) -> str:
    """What the note says of the caller's language: Spanish, or another one to interpret."""
    if other:
        said = language.name or "another language"
        return f" Caller speaks {said}: a person must assess now, with the interpreter line."
    return " Caller speaks Spanish." if language.code == "es" else ""


def is_after_hours(record: CallRecord | None, config: TriageConfig) -> bool:
    """The record's after-hours flag; unset, whether it was received outside the practice
    hours (``TriageConfig.hours``); no record or no time: in hours."""
    if record is None:
        return False
    if record.after_hours is not None:
        return record.after_hours
    return record.received_at is not None and not config.hours.is_open(record.received_at)


def _slip(
    evidence: Evidence, label: Label, record: CallRecord | None
) -> MessageSlip | Callable[[], MessageSlip]:
    """The slip, as a reader the result calls on first use: most callers of ``classify``
    want the decision alone, and reading the slip costs more than the rest of a call."""
    if evidence.text is None:
        return NO_MESSAGE
    when = None if record is None or record.received_at is None else record.received_at.date()
    return SlipReader(evidence.text, label, evidence.red_flags, when)


def _callback(
    label: Label, action: Action, evidence: Evidence, *, after_hours: bool, config: TriageConfig
) -> str | None:
    """The callback promise an operator can keep: urgent now; routine after hours the next
    business day, else a nurse today about a symptom or the desk within a business day;
    sales none. A routine or sales doubt that transfers is urgent's promise."""
    if label is Label.URGENT or action is Action.TRANSFER_NOW:
        return config.urgent_callback
    if label is Label.SALES:
        return None
    if after_hours:
        return config.after_hours_callback
    # The slip's "about": a red flag or a symptom's word (read only here, where it matters).
    symptom = bool(evidence.red_flags) or says_symptom(evidence.text)
    return config.symptom_callback if symptom else config.admin_callback


def cap_urgent(probabilities: Mapping[Label, float], limit: float) -> dict[Label, float]:
    """p(urgent) at most ``limit``, the rest shared by the other labels in proportion.

    >>> capped = cap_urgent({Label.SALES: 0.0, Label.ROUTINE: 0.02, Label.URGENT: 0.98}, 0.85)
    >>> round(capped[Label.URGENT], 6), round(capped[Label.ROUTINE], 6)
    (0.85, 0.15)
    """
    probs = dict(probabilities)
    excess = probs[Label.URGENT] - limit
    if excess <= 0:
        return probs
    others = [label for label in probs if label is not Label.URGENT]
    rest = sum(probs[label] for label in others)
    for label in others:
        probs[label] += excess * (probs[label] / rest if rest else 1 / len(others))
    probs[Label.URGENT] = limit
    return probs


def _learned_life_threat(label: Label, evidence: Evidence, config: TriageConfig) -> bool:
    """Whether the learned score raises the emergency flag: an urgent call with no life-threat
    red flag whose p(life threat) reaches ``TriageConfig.life_threat_threshold``."""
    threshold, score = config.life_threat_threshold, evidence.life_threat
    if label is not Label.URGENT or threshold is None or score is None:
        return False
    return score >= threshold and not any(flag.emergency for flag in evidence.red_flags)


def threshold_for(acuity: Sequence[object], config: TriageConfig) -> float:
    """The urgent threshold for a call: the recall-first one when it has an acuity cue."""
    return config.urgent_threshold if acuity else config.urgent_threshold_no_cue


def _top_two(probs: Mapping[Label, float]) -> tuple[Label, Label]:
    first, second = sorted(probs, key=probs.__getitem__, reverse=True)[:2]
    return first, second


def _doubt(
    probs: Mapping[Label, float], known_share: float, config: TriageConfig
) -> tuple[Label, Label] | None:
    """The two labels the model hesitates between, or None when it is sure."""
    first, second = _top_two(probs)
    unsure = (
        probs[first] < config.min_confidence
        or probs[first] - probs[second] < config.min_margin
        or known_share < config.min_known_share
    )
    return (first, second) if unsure else None


def _action(label: Label, doubt: tuple[Label, Label] | None, after_hours: bool) -> Action:
    if label is Label.URGENT or (doubt is not None and Label.URGENT in doubt):
        return Action.TRANSFER_NOW
    if doubt is not None:
        return Action.TAKE_MESSAGE if after_hours else Action.HOLD
    if label is Label.SALES:
        return Action.TAKE_MESSAGE
    return Action.TAKE_MESSAGE if after_hours else Action.HOLD


def _is_message(label: Label, action: Action) -> bool:
    return label is not Label.SALES and action is Action.TAKE_MESSAGE


def _note(
    label: Label,
    action: Action,
    *,
    flags: tuple[str, ...],
    emergency: bool,
    doubt: tuple[Label, Label] | None,
    callback: str | None,
    config: TriageConfig,
) -> str:
    signs = f" ({', '.join(flags)})" if flags else ""
    if emergency:
        text = (
            f"URGENT, possible life threat{signs}: transfer now to the on-call clinician; "
            f"advise the caller to call {config.emergency_number} now."
        )
    elif label is Label.URGENT:
        text = f"URGENT{signs}: transfer now to the on-call clinician or triage nurse."
    elif action is Action.TRANSFER_NOW:
        text = f"{label.value.capitalize()}: transfer now to the triage nurse to be safe."
    elif callback is not None:
        text = f"{label.value.capitalize()}: take a message; callback {callback}."
    elif label is Label.SALES and action is Action.TAKE_MESSAGE:
        text = "Sales or solicitation: take a message for the office manager; no clinical transfer."
    else:
        text = f"{label.value.capitalize()}: brief hold for the front desk."
    if doubt is not None:
        text += f" Model unsure ({doubt[0].value} or {doubt[1].value}): a person should listen."
    return text
