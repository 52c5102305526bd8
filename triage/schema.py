"""The public data contract: labels, actions, call records, results and settings.

Every model here is a frozen pydantic v2 model, so a result can be handed to other threads,
cached, or serialised with ``model_dump_json()`` without surprises.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Label(StrEnum):
    """The reason for the call, as defined in LABELS.md."""

    SALES = "sales"
    ROUTINE = "routine"
    URGENT = "urgent"


class Action(StrEnum):
    """What the person answering should do with the call."""

    TRANSFER_NOW = "transfer_now"
    HOLD = "hold"
    TAKE_MESSAGE = "take_message"


#: Label order used for probability vectors, model classes and reports.
LABELS: tuple[Label, ...] = (Label.SALES, Label.ROUTINE, Label.URGENT)

CallKind = Literal["transcript", "voicemail", "note"]


class CallRecord(BaseModel):
    """One inbound call: its text plus optional context.

    >>> CallRecord(text="please call me back", after_hours=True).after_hours
    True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    call_id: str | None = None
    kind: CallKind | None = None
    received_at: dt.datetime | None = None
    after_hours: bool = False

    @field_validator("call_id")
    @classmethod
    def _encodable(cls, value: str | None) -> str | None:
        # The result carries the id, and a lone surrogate would make it unwritable as JSON.
        if value is not None:
            bad = next((i for i, c in enumerate(value) if "\ud800" <= c <= "\udfff"), None)
            if bad is not None:
                raise ValueError(f"a lone surrogate at position {bad} is not valid Unicode")
        return value


class TriageResult(BaseModel):
    """The decision for one call.

    ``confidence`` is the calibrated probability of ``label``; ``uncertain`` means the model
    was unsure and ``action`` took the safer path. ``truncated`` means the text was longer
    than ``TriageConfig.max_chars`` and only its start was read.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    label: Label
    action: Action
    emergency: bool
    confidence: float = Field(ge=0.0, le=1.0)
    uncertain: bool
    probabilities: dict[Label, float]
    red_flags: tuple[str, ...] = ()
    acuity: tuple[str, ...] = ()  # acuity families found now (triage.acuity), e.g. ("onset",)
    reasons: tuple[str, ...] = ()
    note: str
    model_version: str
    call_id: str | None = None
    truncated: bool = False
    callback: str | None = None


class TriageConfig(BaseModel):
    """Decision settings, stored with a model and overridable per load.

    Errors name the field and the value:

    >>> TriageConfig(urgent_threshold=1.5)
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for TriageConfig
    urgent_threshold
      Input should be less than or equal to 1 [type=less_than_equal, input_value=1.5, ...]
    ...
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    urgent_threshold: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description="p(urgent) at or above which a call with an acuity cue is urgent.",
    )
    urgent_threshold_no_cue: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description="p(urgent) at or above which a call with no red flag and no acuity cue "
        "is urgent: acuity, not topic, makes a call urgent.",
    )
    min_confidence: float = Field(
        0.5, ge=0.0, le=1.0, description="Below this top probability a result is uncertain."
    )
    min_margin: float = Field(
        0.1, ge=0.0, le=1.0, description="Below this gap between the top two it is uncertain."
    )
    min_known_share: float = Field(
        0.3,
        ge=0.0,
        le=1.0,
        description="Below this share of words the model knows, the text is unreadable to it.",
    )
    life_threat_threshold: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="p(life threat) of the model's learned score at or above which an urgent "
        "call with no life-threat red flag gets the emergency advice; None: the lexicon only.",
    )
    max_urgent_without_cue: float = Field(
        0.85,
        ge=0.0,
        le=1.0,
        description="Highest p(urgent) of a call with no red flag and no acuity cue.",
    )
    max_chars: int = Field(20_000, ge=100, description="Longer text is truncated and flagged.")
    emergency_number: str = Field("911", min_length=1, description="Number the note advises.")
    after_hours_callback: str = Field(
        "next business day", min_length=1, description="Callback promise for routine calls."
    )

    @field_validator("emergency_number", "after_hours_callback")
    @classmethod
    def _one_line(cls, value: str) -> str:
        if "\n" in value:
            raise ValueError(f"must be one line, got {value!r}")
        return value


class CorpusRow(BaseModel):
    """One labelled call in ``training_data/`` (see training_data/WRITING_GUIDE.md)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(min_length=1)
    label: Label
    kind: CallKind
    setting: str = Field(min_length=1)
    emergency: bool
    provenance: Literal["handwritten", "generated"]
    tags: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _emergency_is_urgent(self) -> CorpusRow:
        if self.emergency and self.label is not Label.URGENT:
            raise ValueError(f"emergency=true needs label urgent, got {self.label.value!r}")
        return self
