"""Policy: from probabilities, red flags and context to label, action and note.

The rules of LABELS.md, in one place:

- a red flag present now forces ``urgent``; a life-threat flag also sets ``emergency``;
- otherwise ``urgent`` when p(urgent) reaches the recall-first threshold, else the more
  probable of ``routine`` and ``sales``;
- ``urgent`` transfers now, always; ``routine`` holds, or takes a message with a callback
  promise after hours; ``sales`` takes a message;
- when the model is unsure, the action takes the safer path: a doubt that involves
  ``urgent`` transfers, a sales/routine doubt holds for a person.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from triage.redflags import RedFlag
from triage.schema import Action, CallRecord, Label, TriageConfig, TriageResult


class Evidence(NamedTuple):
    """What the model and the rules found in one call (a tuple: one is made per call, and a
    frozen dataclass costs a few microseconds more to build)."""

    probabilities: Mapping[Label, float]
    red_flags: tuple[RedFlag, ...]
    known_share: float
    phrases: tuple[str, ...]
    truncated: bool


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


def decide(
    evidence: Evidence, record: CallRecord | None, config: TriageConfig, model_version: str
) -> TriageResult:
    """Build the result for one call from its evidence and context (None: a bare text)."""
    probs = evidence.probabilities
    label = choose_label(probs, bool(evidence.red_flags), config.urgent_threshold)
    doubt = None if evidence.red_flags else _doubt(probs, evidence.known_share, config)
    after_hours = record is not None and record.after_hours
    action = _action(label, doubt, after_hours)
    emergency = any(flag.emergency for flag in evidence.red_flags)
    flags = tuple(dict.fromkeys(flag.name for flag in evidence.red_flags))
    callback = config.after_hours_callback if _is_message(label, action) else None
    return TriageResult(
        label=label,
        action=action,
        emergency=emergency,
        confidence=round(probs[label], 6),
        uncertain=doubt is not None,
        probabilities={k: round(v, 6) for k, v in probs.items()},
        red_flags=flags,
        reasons=tuple(f"red flag: {name}" for name in flags) + evidence.phrases,
        note=_note(
            label,
            action,
            flags=flags,
            emergency=emergency,
            doubt=doubt,
            callback=callback,
            config=config,
        ),
        model_version=model_version,
        call_id=None if record is None else record.call_id,
        truncated=evidence.truncated,
        callback=callback,
    )


def _doubt(
    probs: Mapping[Label, float], known_share: float, config: TriageConfig
) -> tuple[Label, Label] | None:
    """The two labels the model hesitates between, or None when it is sure."""
    first, second = sorted(probs, key=probs.__getitem__, reverse=True)[:2]
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
        text = f"{label.value.capitalize()}: take a message; call back {callback}."
    elif label is Label.SALES and action is Action.TAKE_MESSAGE:
        text = "Sales or solicitation: take a message for the office manager; no clinical transfer."
    else:
        text = f"{label.value.capitalize()}: brief hold for the front desk."
    if doubt is not None:
        text += f" Model unsure ({doubt[0].value} or {doubt[1].value}): a person should listen."
    return text
