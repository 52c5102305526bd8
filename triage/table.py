"""Results as columns: the decisions for a batch of calls, one column per result field.

``TriageModel.classify_table`` runs each stage over a chunk of calls and keeps what it decides
as columns (``TriageBatch``) instead of one pydantic result per call: ``triage score`` and
``score_frame`` write their rows from the columns, and ``batch[i]`` is the very
``TriageResult`` that ``classify`` gives for the i-th call, made only when asked for.

>>> import triage
>>> calls = ["press one to lower your rate", "my chest hurts, I can't breathe"]
>>> batch = triage.classify_table(calls)
>>> len(batch), batch.label.tolist(), batch.emergency.tolist()
(2, ['sales', 'urgent'], [False, True])
>>> batch[1] == triage.classify("my chest hurts, I can't breathe")
True
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, overload

import numpy as np

from triage.policy import Decision, result_of
from triage.schema import LABELS, MessageSlip, TriageResult
from triage.slip import SLIP_COLUMNS, SlipReader, redacted_fields, slip_columns

__all__ = ["FRAME_TYPES", "RESULT_COLUMNS", "TriageBatch", "slip_values"]

#: The output columns of ``triage score`` and ``score_frame``, in order.
RESULT_COLUMNS = (
    "label", "action", "emergency", "confidence",
    *(f"p_{label.value}" for label in LABELS), "red_flags", "acuity", "language", "note",
    "callback",
    *SLIP_COLUMNS,
)  # fmt: skip

_FIELDS = Decision._fields
_EMPTY: tuple[tuple[Any, ...], ...] = tuple(() for _ in _FIELDS)


class TriageBatch:
    """The decisions for a batch of calls, as columns (read-only arrays and tuples).

    Columns: ``label``, ``action`` and ``language`` (numpy string arrays); ``emergency``,
    ``uncertain`` and ``truncated`` (bool arrays); ``confidence`` (floats);
    ``probabilities`` (an ``(n, 3)`` array, columns in ``triage.schema.LABELS`` order:
    sales, routine, urgent); ``red_flags``, ``acuity``, ``reasons``, ``note``, ``callback``
    and ``call_id`` (tuples). ``batch[i]`` is the i-th call's ``TriageResult``; the message
    slip is read from the call only when ``messages``, ``columns`` or a result asks for it.
    """

    def __init__(self, decisions: Sequence[Decision], model_version: str) -> None:
        self._n = len(decisions)
        # One transposition in C: each field of every decision, as a tuple.
        self._columns: tuple[tuple[Any, ...], ...] = tuple(zip(*decisions, strict=True)) or _EMPTY
        self.model_version = model_version

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, index: int) -> TriageResult: ...
    @overload
    def __getitem__(self, index: slice) -> list[TriageResult]: ...

    def __getitem__(self, index: int | slice) -> TriageResult | list[TriageResult]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._n))]
        if not -self._n <= index < self._n:
            raise IndexError(f"batch index {index} out of range for {self._n} calls")
        return result_of(self._decision(index), self.model_version)

    def __iter__(self) -> Iterator[TriageResult]:
        return map(self.__getitem__, range(self._n))

    def __repr__(self) -> str:
        return f"TriageBatch({self._n} calls, model_version={self.model_version!r})"

    def _decision(self, index: int) -> Decision:
        found = Decision._make(column[index] for column in self._columns)
        read = self.__dict__.get("messages")  # slips already read are not read again
        return found if read is None else found._replace(message=read[index])

    def _column(self, name: str) -> tuple[Any, ...]:
        return self._columns[_FIELDS.index(name)]

    @functools.cached_property
    def label(self) -> np.ndarray:
        return _strings(label.value for label in self._column("label"))

    @functools.cached_property
    def action(self) -> np.ndarray:
        return _strings(action.value for action in self._column("action"))

    @functools.cached_property
    def language(self) -> np.ndarray:
        return _strings(self._column("language"))

    @functools.cached_property
    def emergency(self) -> np.ndarray:
        return _read_only(np.array(self._column("emergency"), dtype=bool))

    @functools.cached_property
    def uncertain(self) -> np.ndarray:
        return _read_only(np.array(self._column("uncertain"), dtype=bool))

    @functools.cached_property
    def truncated(self) -> np.ndarray:
        return _read_only(np.array(self._column("truncated"), dtype=bool))

    @functools.cached_property
    def confidence(self) -> np.ndarray:
        return _read_only(np.array(self._column("confidence"), dtype=np.float64))

    @functools.cached_property
    def probabilities(self) -> np.ndarray:
        rows = self._column("probabilities")
        return _read_only(np.array(rows, dtype=np.float64).reshape(len(rows), len(LABELS)))

    @property
    def red_flags(self) -> tuple[tuple[str, ...], ...]:
        return self._column("red_flags")

    @property
    def acuity(self) -> tuple[tuple[str, ...], ...]:
        return self._column("acuity")

    @property
    def reasons(self) -> tuple[tuple[str, ...], ...]:
        return self._column("reasons")

    @property
    def note(self) -> tuple[str, ...]:
        return self._column("note")

    @property
    def callback(self) -> tuple[str | None, ...]:
        return self._column("callback")

    @property
    def call_id(self) -> tuple[str | None, ...]:
        return self._column("call_id")

    @functools.cached_property
    def messages(self) -> tuple[MessageSlip, ...]:
        """Each call's message slip, read from its words on first access (the costly part)."""
        return tuple(_read(slip) for slip in self._column("message"))

    def columns(self, *, redact: bool = False) -> dict[str, list[Any]]:
        """The output columns of ``triage score`` (``RESULT_COLUMNS``), one list each, in
        plain Python values; ``redact``: the slip's names, numbers and dates of birth are
        tags ("[NAME]")."""
        out: dict[str, list[Any]] = {
            "label": self.label.tolist(),
            "action": self.action.tolist(),
            "emergency": list(self._column("emergency")),
            "confidence": list(self._column("confidence")),
        }
        for k, label in enumerate(LABELS):
            out[f"p_{label.value}"] = [row[k] for row in self._column("probabilities")]
        out["red_flags"] = list(map("; ".join, self.red_flags))
        out["acuity"] = list(map("; ".join, self.acuity))
        out["language"] = list(self._column("language"))
        out["note"] = list(self.note)
        out["callback"] = list(self.callback)
        read = self.__dict__.get("messages")  # slips already read are not read again
        slips = (
            [slip_values(slip) for slip in read]
            if read is not None
            else list(map(_slip_columns, self._column("message")))
        )
        if redact:
            slips = list(map(redacted_fields, slips))
        for name in SLIP_COLUMNS:
            out[name] = [fields[name] for fields in slips]
        return out

    def rows(self, *, redact: bool = False) -> list[tuple[Any, ...]]:
        """Per call, its output values in ``RESULT_COLUMNS`` order."""
        return list(zip(*self.columns(redact=redact).values(), strict=True))

    def to_pandas(self, *, redact: bool = False) -> Any:
        """The output columns as a pandas DataFrame (needs pandas: the ``dask`` or
        ``bench`` extra), with nullable dtypes."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("to_pandas needs pandas: pip install 'call-triage[dask]'") from exc
        return pd.DataFrame(
            {
                name: pd.array(values, dtype=FRAME_TYPES[name])
                for name, values in self.columns(redact=redact).items()
            }
        )

    def to_arrow(self, *, redact: bool = False) -> Any:
        """The output columns as a pyarrow Table (needs pyarrow: the ``parquet`` extra)."""
        try:
            import pyarrow as pa
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("to_arrow needs pyarrow: pip install 'call-triage[parquet]'") from exc
        return pa.table(self.columns(redact=redact))


#: The pandas dtype of each output column (nullable: a row that could not be scored is NA).
FRAME_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "label": "string",
        "action": "string",
        "emergency": "boolean",
        "confidence": "Float64",
        **{f"p_{label.value}": "Float64" for label in LABELS},
        "red_flags": "string",
        "acuity": "string",
        "language": "string",
        "note": "string",
        "callback": "string",
        **dict.fromkeys(SLIP_COLUMNS, "string"),
    }
)


def _strings(values: Any) -> np.ndarray:
    return _read_only(np.array(list(values), dtype=str))


def _read_only(array: np.ndarray) -> np.ndarray:
    """A column that cannot be changed in place: a batch's columns are its decisions."""
    array.flags.writeable = False
    return array


def _read(slip: MessageSlip | Callable[[], MessageSlip]) -> MessageSlip:
    return slip if isinstance(slip, MessageSlip) else slip()


def _slip_columns(slip: MessageSlip | Callable[[], MessageSlip]) -> dict[str, Any]:
    """A slip's output columns, read straight into plain values when it is still unread."""
    return slip.columns() if isinstance(slip, SlipReader) else slip_values(_read(slip))


def slip_values(slip: MessageSlip, redact: bool = False) -> dict[str, Any]:
    """A slip's output columns (``SLIP_COLUMNS``): the date of birth as ISO text;
    ``redact``: personal fields that are set as tags."""
    fields = slip_columns(dict(slip))
    return redacted_fields(fields) if redact else fields
