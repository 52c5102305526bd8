"""The public data contract: labels, actions, call records, results and settings.

Every model here is a frozen pydantic v2 model, so a result can be handed to other threads,
cached, or serialised with ``model_dump_json()`` without surprises.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    computed_field,
    field_validator,
    model_validator,
)


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
    after_hours: bool | None = None  # None: worked out from received_at and the practice hours

    @field_validator("call_id")
    @classmethod
    def _encodable(cls, value: str | None) -> str | None:
        # The result carries the id, and a lone surrogate would make it unwritable as JSON.
        if value is not None:
            bad = next((i for i, c in enumerate(value) if "\ud800" <= c <= "\udfff"), None)
            if bad is not None:
                raise ValueError(f"a lone surrogate at position {bad} is not valid Unicode")
        return value


Relationship = Literal[
    "self", "parent", "spouse", "child", "carer", "clinician", "pharmacy", "lab",
    "other office", "vendor",
]  # fmt: skip


class MessageSlip(BaseModel):
    """The message an operator writes down, read from the call (``triage.slip``).

    Every field is None when the call does not say it; nothing is guessed. ``spans`` gives,
    for each field read from the text, the ``(start, end)`` characters it came from, so a
    screen can highlight it. ``callback_number`` is the digits as said ("5550142" for a
    seven-digit number), ``callback_e164`` the whole number in E.164 when it is complete.
    ``patient_name`` is someone other than the caller; when the caller is the patient,
    ``relationship`` is "self" and the name is ``caller_name``. The words of the call are
    left out of ``repr``, so a result that reaches a log shows no name or number.

    >>> MessageSlip().caller_name is None
    True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    # Words of the call stay out of repr (what a log line or a traceback would show).
    caller_name: str | None = Field(None, repr=False)
    callback_number: str | None = Field(None, repr=False)
    callback_e164: str | None = Field(None, repr=False)
    extension: str | None = Field(None, repr=False)
    patient_name: str | None = Field(None, repr=False)
    relationship: Relationship | None = None
    date_of_birth: dt.date | None = Field(None, repr=False)
    organisation: str | None = Field(None, repr=False)
    reason: str | None = Field(None, repr=False)
    deadline: str | None = Field(None, repr=False)
    best_time: str | None = Field(None, repr=False)
    about: Literal["symptom", "administration"] | None = None  # what the callback depends on
    spans: dict[str, tuple[int, int]] = Field(default_factory=dict)


#: The slip of a call that says none of its fields: shared, it is immutable.
NO_MESSAGE = MessageSlip()


class TriageResult(BaseModel):
    """The decision for one call.

    ``confidence`` is the calibrated probability of ``label``; ``uncertain`` means the model
    was unsure and ``action`` took the safer path. ``truncated`` means the text was longer
    than ``TriageConfig.max_chars`` and only its start was read. ``message``, the slip, is
    read from the call the first time it is asked for (``classify`` does not pay for it when
    only the decision is wanted); it is given, and read back, like any other field.
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
    language: Literal["en", "es", "other"] = "en"  # what the caller speaks (triage.language)
    #: The slip, or how to read it from the call (``triage.policy``), until first asked for;
    #: None: no slip. (Not an empty slip as the default: pydantic deep-copies a default
    #: model for every instance, which cost more than the rest of building the result.)
    _message: MessageSlip | Callable[[], MessageSlip] | None = PrivateAttr(default=None)

    def __init__(
        self, *, message: MessageSlip | Callable[[], MessageSlip] | None = None, **data: Any
    ) -> None:
        super().__init__(**data)
        if message is not None:
            self._message = message if callable(message) else MessageSlip.model_validate(message)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def message(self) -> MessageSlip:
        """The message slip (``triage.slip``), read on first use and kept."""
        message = self._message
        if message is None:
            return NO_MESSAGE
        if not isinstance(message, MessageSlip):
            message = self._message = message()
        return message

    @model_validator(mode="wrap")
    @classmethod
    def _take_message(cls, data: Any, handler: ModelWrapValidatorHandler[TriageResult]) -> Any:
        """``message`` read back from JSON or a dict (the constructor takes it itself: a
        slip, or a function that reads one, which is what ``classify`` gives)."""
        if not isinstance(data, dict) or "message" not in data:
            return handler(data)
        data = dict(data)
        message = data.pop("message")
        result = handler(data)
        result._message = MessageSlip.model_validate(message)
        return result

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TriageResult):  # both slips read, so that equal results compare equal
            _ = self.message, other.message
        return super().__eq__(other)

    __hash__ = BaseModel.__hash__


Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_OFFICE_DAY: tuple[tuple[dt.time, dt.time], ...] = ((dt.time(8), dt.time(17)),)


class PracticeHours(BaseModel):
    """When the practice answers its phones: a weekly schedule in its time zone, less
    holidays. A call received outside them is after hours.

    >>> hours = PracticeHours(timezone="America/Denver")
    >>> hours.is_open(dt.datetime(2026, 12, 7, 9, 30))  # a Monday, 9:30 local time
    True
    >>> hours.is_open(dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC))  # 2:30 in Denver
    False
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    timezone: str = Field("UTC", description="IANA zone of the practice; naive times are in it.")
    weekly: dict[Weekday, tuple[tuple[dt.time, dt.time], ...]] = Field(
        default_factory=lambda: dict.fromkeys(_WEEKDAYS[:5], _OFFICE_DAY),
        description="Opening spans (start, end) by weekday; a day not listed is closed.",
    )
    holidays: tuple[dt.date, ...] = ()

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        _zone(value)
        return value

    @field_validator("weekly")
    @classmethod
    def _ordered(
        cls, value: dict[Weekday, tuple[tuple[dt.time, dt.time], ...]]
    ) -> dict[Weekday, tuple[tuple[dt.time, dt.time], ...]]:
        for day, spans in value.items():
            for start, end in spans:
                if not start < end:
                    raise ValueError(f"{day}: opening {start} is not before closing {end}")
        return value

    def is_open(self, when: dt.datetime) -> bool:
        """Whether the practice is open at ``when`` (aware, or naive in its own zone)."""
        local = when.astimezone(_zone(self.timezone)) if when.tzinfo is not None else when
        if local.date() in self.holidays:
            return False
        now = local.time().replace(tzinfo=None)
        spans = self.weekly.get(_WEEKDAYS[local.weekday()], ())
        return any(start <= now < end for start, end in spans)


def _zone(name: str) -> dt.tzinfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


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
        "next business day",
        min_length=1,
        description="Callback promise for routine calls after hours.",
    )
    urgent_callback: str = Field(
        "now (warm transfer)", min_length=1, description="Callback promise for urgent calls."
    )
    symptom_callback: str = Field(
        "from a nurse today",
        min_length=1,
        description="Callback promise for routine calls about a symptom, in hours.",
    )
    admin_callback: str = Field(
        "within one business day",
        min_length=1,
        description="Callback promise for other "
        "routine calls (appointments, refills, billing, records), in hours.",
    )
    other_language_action: Action = Field(
        Action.TRANSFER_NOW,
        description="Action for a call in a language other than English and Spanish: a "
        "person must assess it now (with the interpreter line), never a message.",
    )
    hours: PracticeHours = Field(
        default_factory=PracticeHours,
        description="Practice hours: a call's received_at outside them is after hours.",
    )

    @field_validator(
        "emergency_number",
        "after_hours_callback",
        "urgent_callback",
        "symptom_callback",
        "admin_callback",
    )
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
    language: Literal["en", "es"] = "en"

    @model_validator(mode="after")
    def _emergency_is_urgent(self) -> CorpusRow:
        if self.emergency and self.label is not Label.URGENT:
            raise ValueError(f"emergency=true needs label urgent, got {self.label.value!r}")
        return self
