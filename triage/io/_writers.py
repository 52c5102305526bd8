"""Writers for scored rows (CSV, JSON Lines, Parquet) and for the errors file.

Writers take binary handles (an ``atomic_open`` temporary file or stdout) so that one code
path serves files and pipes. The errors file holds row numbers and fixed reasons only.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import IO, Any, Protocol

from triage.schema import LABELS
from triage.slip import SLIP_COLUMNS

_RESULT_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "label": "string",
        "action": "string",
        "emergency": "bool",
        "confidence": "float64",
        **{f"p_{label.value}": "float64" for label in LABELS},
        "red_flags": "string",
        "acuity": "string",
        "language": "string",
        "note": "string",
        "callback": "string",
        **dict.fromkeys(SLIP_COLUMNS, "string"),
    }
)


class RowWriter(Protocol):
    """Something that writes lists of output rows and is finished by ``close``."""

    def write(self, rows: list[dict[str, Any]]) -> None: ...

    def close(self) -> None: ...


def open_writer(
    fmt: str, handle: IO[bytes], columns: Sequence[str], *, delimiter: str, arrow_schema: Any
) -> RowWriter:
    """A writer of ``fmt`` rows onto ``handle``; ``columns`` fix the CSV/Parquet layout."""
    if fmt == "csv":
        return _CsvWriter(handle, columns, delimiter)
    if fmt == "jsonl":
        return _JsonlWriter(handle)
    return _ParquetWriter(handle, columns, arrow_schema)


class _CsvWriter:
    def __init__(self, handle: IO[bytes], columns: Sequence[str], delimiter: str) -> None:
        # A lone surrogate (a JSONL "\udc80" escape) is written as that escape, not a crash.
        self._text = io.TextIOWrapper(
            handle, encoding="utf-8", errors="backslashreplace", newline=""
        )
        self._columns = list(columns)
        self._writer = csv.writer(self._text, delimiter=delimiter, lineterminator="\n")
        self._writer.writerow(self._columns)

    def write(self, rows: list[dict[str, Any]]) -> None:
        columns = self._columns
        self._writer.writerows([[_cell(row.get(c)) for c in columns] for row in rows])

    def close(self) -> None:
        self._text.flush()
        self._text.detach()  # the caller owns (and closes or renames) the binary handle


def _cell(value: Any) -> Any:
    """A CSV cell: nested JSON values as JSON, None as empty, the rest as they print."""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


class _JsonlWriter:
    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle

    def write(self, rows: list[dict[str, Any]]) -> None:
        lines = [json.dumps(row, ensure_ascii=False, default=str) for row in rows]
        if lines:
            # backslashreplace writes a lone surrogate as its JSON escape: the same value back.
            self._handle.write(("\n".join(lines) + "\n").encode("utf-8", "backslashreplace"))

    def close(self) -> None:
        self._handle.flush()


class _ParquetWriter:
    """Parquet via pyarrow; the schema is the input's (or inferred from the first rows)."""

    def __init__(self, handle: IO[bytes], columns: Sequence[str], arrow_schema: Any) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa, self._pq = pa, pq
        self._handle = handle
        self._columns = list(columns)
        self._input_types: dict[str, Any] | None = arrow_schema
        self._writer: Any = None
        self._rows = 0

    def write(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if self._writer is None:
            schema = self._schema(rows)
            self._writer = self._pq.ParquetWriter(self._handle, schema)
        try:
            table = self._pa.Table.from_pylist(rows, schema=self._writer.schema)
        except (self._pa.ArrowInvalid, self._pa.ArrowTypeError) as exc:
            raise ValueError(
                f"a column changes type after output row {self._rows}; "
                "write CSV or JSONL (--format) for logs with mixed types"
            ) from exc
        self._writer.write_table(table)
        self._rows += len(rows)

    def _schema(self, rows: list[dict[str, Any]]) -> Any:
        pa = self._pa
        known = self._input_types or {}
        fields = []
        for name in self._columns:
            if name in _RESULT_TYPES:
                fields.append(pa.field(name, _RESULT_TYPES[name]))
            elif name in known:
                fields.append(pa.field(name, known[name]))
            else:
                fields.append(pa.field(name, self._infer(name, rows)))
        return pa.schema(fields)

    def _infer(self, name: str, rows: list[dict[str, Any]]) -> Any:
        kind = self._pa.array([row.get(name) for row in rows]).type
        return self._pa.string() if self._pa.types.is_null(kind) else kind

    def close(self) -> None:
        if self._writer is None:
            self._writer = self._pq.ParquetWriter(self._handle, self._empty_schema())
        self._writer.close()

    def _empty_schema(self) -> Any:
        return self._schema([])


class ErrorLog:
    """The errors file: ``row,line,reason``, one line per row that could not be scored."""

    def __init__(self, handle: IO[bytes] | None) -> None:
        self._text = None if handle is None else io.TextIOWrapper(handle, "utf-8", newline="")
        self._writer = None if self._text is None else csv.writer(self._text, lineterminator="\n")
        if self._writer is not None:
            self._writer.writerow(["row", "line", "reason"])

    def add(self, row: int, line: int | None, reason: str) -> None:
        if self._writer is not None:
            self._writer.writerow([row, "" if line is None else line, reason])

    def close(self) -> None:
        if self._text is not None:
            self._text.flush()
            self._text.detach()
