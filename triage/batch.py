"""Scoring call logs: CSV, JSON Lines or Parquet in, the same rows plus the decision out.

``score_file`` streams the log in chunks (memory stays flat), scores chunks in worker
processes with ``jobs > 1`` (input order kept), and writes the output and the errors file
atomically: an interrupted or failed run leaves neither half written. Rows that cannot be
scored (empty or missing text, undecodable bytes, broken JSON, over-long fields) go to the
errors file as row number and reason, never the text, so rows out + errors = rows in.
``score_frame`` scores one pandas partition, for Dask and other engines.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any

from triage._scoring import (
    Call,
    ResultValues,
    result_columns,
    score_chunks,
    score_texts,
    shipped_model,
)
from triage.io import (
    SUFFIXES,
    TIME_COLUMNS,
    ErrorLog,
    ExternalSorter,
    Item,
    RowWriter,
    Source,
    as_time,
    atomic_open,
    open_source,
    open_writer,
    priority_key,
)
from triage.model import TriageModel
from triage.schema import LABELS, CallRecord
from triage.slip import redact as redact_text
from triage.table import FRAME_TYPES, RESULT_COLUMNS

__all__ = [
    "FORMATS",
    "MAX_TEXT_CHARS",
    "RESULT_COLUMNS",
    "TEXT_COLUMNS",
    "TIME_COLUMNS",
    "BadRowError",
    "ScoreSummary",
    "result_columns",
    "score_file",
    "score_frame",
    "score_texts",
]

TEXT_COLUMNS = ("text", "transcript", "note", "message", "body")
FORMATS = ("csv", "jsonl", "parquet")
#: Text longer than this (csv's default field limit) is an errored row, not a truncated one.
MAX_TEXT_CHARS = 131_072
DEFAULT_CHUNK = 2048
_SORT_RUN_ROWS = 50_000
_FIRST_ERRORS = 10


class BadRowError(ValueError):
    """A row could not be scored and ``strict=True``; says where and why, never the text."""

    def __init__(self, row: int, line: int | None, reason: str) -> None:
        where = f"row {row}" + ("" if line is None else f" (line {line})")
        super().__init__(f"{where}: {reason}")
        self.row, self.line, self.reason = row, line, reason


@dataclass
class ScoreSummary:
    """Counts of a scoring run; ``rows_scored + rows_errored == rows_read``."""

    rows_read: int = 0
    rows_scored: int = 0
    rows_errored: int = 0
    labels: dict[str, int] = field(default_factory=lambda: {lab.value: 0 for lab in LABELS})
    reasons: dict[str, int] = field(default_factory=dict)
    first_errors: list[tuple[int, str]] = field(default_factory=list)
    errors_path: Path | None = None

    def __str__(self) -> str:
        by_label = ", ".join(f"{k} {v}" for k, v in self.labels.items())
        return (
            f"rows read {self.rows_read}, scored {self.rows_scored}, "
            f"errored {self.rows_errored}; {by_label}"
        )


def score_file(
    model: TriageModel | None,
    source: str | os.PathLike[str],
    output: str | os.PathLike[str] | None = None,
    *,
    text_column: str | None = None,
    fmt: str | None = None,
    sort: str | None = None,
    jobs: int = 1,
    strict: bool = False,
    errors: str | os.PathLike[str] | None = None,
    progress: Callable[[int], None] | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    redact: bool = False,
) -> ScoreSummary:
    """Score a call log and write its rows plus results.

    Parameters
    ----------
    model : the model to use; None for the shipped one.
    source : a CSV, JSONL or Parquet file, or ``"-"`` for stdin (CSV or JSONL).
    output : the output file; None or ``"-"`` for stdout.
    text_column : the column with the call text; default the first of ``TEXT_COLUMNS``.
    fmt : output format, one of ``FORMATS``; default from the output's suffix (``.csv``,
        ``.tsv``, ``.jsonl``, ``.ndjson``, ``.parquet``), else the input's format.
    sort : None keeps input order; ``"priority"`` writes urgent, routine, sales; within
        each, the soonest deadline the caller gave first ("before Thursday", read against
        the call's time, else today), then the oldest call by the first of
        ``TIME_COLUMNS`` present.
    jobs : worker processes scoring chunks; -1 for one per core.
    strict : raise ``BadRowError`` at the first row that cannot be scored; nothing written.
    errors : the errors file; default ``OUTPUT.errors.csv`` beside a file output, none for
        stdout. Written (header only when no row errored) whenever there is a path.
    progress : called with the number of rows done after each chunk.
    chunk_size : rows per chunk.
    redact : write the text column and the slip's names, numbers and dates of birth with
        tags in their place (``triage.redact``); the decision is made on the full text.

    A time column (the first of ``TIME_COLUMNS``, ISO 8601) gives each call its
    ``received_at``, so routine calls outside ``TriageConfig.hours`` are after hours.

    Returns
    -------
    ScoreSummary with rows read, scored and errored, and counts by label and by reason.

    Raises
    ------
    ValueError for bad arguments, an unreadable header or no text column; BadRowError
    (a ValueError) in strict mode; OSError from the file system. Nothing is left behind.
    """
    _check_options(fmt, sort, jobs, chunk_size)
    with ExitStack() as stack:
        src = stack.enter_context(open_source(source, chunk_size))
        column = _text_column(src.columns, text_column, source)
        out_path = None if output is None or str(output) == "-" else Path(output)
        out_fmt = fmt or _suffix_format(out_path) or src.fmt
        err_path = Path(errors) if errors is not None else _default_errors(out_path)
        renamed = {c: _free_name(c, src.columns) for c in src.columns}
        columns = [*renamed.values(), *RESULT_COLUMNS]
        handle = _output_handle(stack, out_path)
        writer = open_writer(
            out_fmt, handle, columns, delimiter=src.delimiter, arrow_schema=_renamed_schema(
                src, renamed
            ),
        )  # fmt: skip
        err_handle = None if err_path is None else stack.enter_context(_atomic(err_path))
        hidden = renamed[column] if redact else None
        run = _Run(writer, ErrorLog(err_handle), renamed, strict, progress, hidden=hidden)
        run.summary.errors_path = err_path
        when = _time_column(src.columns)
        chunks = _chunks(src.items, column, chunk_size, when)
        scored = score_chunks(model, chunks, jobs, redact=redact)
        if sort is None:
            run.write_all(scored)
        else:
            run.write_sorted(scored, when, _sort_dir(out_path))
        return run.summary


def _suffix_format(path: Path | None) -> str | None:
    found = None if path is None else SUFFIXES.get(path.suffix.lower())
    return found if found in FORMATS else None


def _check_options(fmt: str | None, sort: str | None, jobs: int, chunk_size: int) -> None:
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {list(FORMATS)}, got {fmt!r}")
    if sort not in (None, "priority"):
        raise ValueError(f"sort must be None or 'priority', got {sort!r}")
    if jobs == 0 or jobs < -1:
        raise ValueError(f"jobs must be a positive number or -1, got {jobs!r}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, got {chunk_size!r}")


def _text_column(columns: list[str], wanted: str | None, source: object) -> str:
    if wanted is not None:
        if wanted not in columns:
            # Not the names: in a file without a header they are the first call's text.
            raise ValueError(f"{source}: no column {wanted!r} among its {len(columns)} columns")
        return wanted
    for name in TEXT_COLUMNS:
        if name in columns:
            return name
    raise ValueError(
        f"{source}: no text column; expected one of {list(TEXT_COLUMNS)} or --text-column"
    )


def _free_name(column: str, taken: Iterable[str]) -> str:
    """Input columns named like a result column keep their data as ``input_<name>``."""
    if column not in RESULT_COLUMNS:
        return column
    names = set(taken)
    column = f"input_{column}"
    while column in names:
        column = f"input_{column}"
    return column


def _renamed_schema(src: Source, renamed: dict[str, str]) -> dict[str, Any] | None:
    """Arrow types of the input columns, under their output names (Parquet input only)."""
    if src.arrow_schema is None:
        return None
    return {renamed[f.name]: f.type for f in src.arrow_schema}


def _default_errors(out_path: Path | None) -> Path | None:
    return None if out_path is None else out_path.with_name(out_path.name + ".errors.csv")


def _atomic(path: Path) -> Any:
    return atomic_open(path, binary=True)


def _output_handle(stack: ExitStack, out_path: Path | None) -> IO[bytes]:
    if out_path is None:
        return sys.stdout.buffer
    handle: IO[bytes] = stack.enter_context(_atomic(out_path))
    return handle


def _time_column(columns: list[str]) -> str | None:
    return next((name for name in TIME_COLUMNS if name in columns), None)


def _sort_dir(out_path: Path | None) -> Path | None:
    if out_path is None:
        return None
    return out_path.parent if str(out_path.parent) else Path(".")


Chunk = list[Item]
ScoredChunk = tuple[Chunk, list[ResultValues | None]]


def _chunks(
    items: Iterator[Item], column: str, size: int, time_column: str | None = None
) -> Iterator[tuple[Chunk, list[Call]]]:
    """Chunks of items with the calls to score; rows with unusable text become errors. With
    a time column, a call whose time reads as ISO 8601 is a ``CallRecord`` with it."""
    while chunk := list(islice(items, size)):
        calls: list[Call] = []
        for i, item in enumerate(chunk):
            if item.fields is None:
                continue
            text = item.fields.get(column)
            reason = _text_problem(text)
            if reason is not None:
                chunk[i] = item._replace(reason=reason)
                continue
            when = None if time_column is None else as_time(item.fields.get(time_column))
            calls.append(text if when is None else CallRecord(text=text, received_at=when))  # type: ignore[arg-type]
        yield chunk, calls


def _text_problem(text: object) -> str | None:
    if text is None:
        return "missing text"
    if not isinstance(text, str):
        return f"text is a {type(text).__name__}, not a string"
    if not text.strip():
        return "empty text"
    if len(text) > MAX_TEXT_CHARS:
        return f"text over {MAX_TEXT_CHARS} characters"
    return None


class _Run:
    """One scoring run's bookkeeping: merge rows with results, count, route errors."""

    def __init__(
        self,
        writer: RowWriter,
        errors: ErrorLog,
        renamed: dict[str, str],
        strict: bool,
        progress: Callable[[int], None] | None,
        *,
        hidden: str | None = None,
    ) -> None:
        self.writer, self.errors, self.renamed = writer, errors, renamed
        self.strict, self.progress = strict, progress
        self.hidden = hidden  # the output column whose text is written redacted
        self.summary = ScoreSummary()

    def write_all(self, scored: Iterator[ScoredChunk]) -> None:
        for chunk, results in scored:
            self.writer.write(self._rows(chunk, results))
        self._finish()

    def write_sorted(
        self, scored: Iterator[ScoredChunk], time_column: str | None, directory: Path | None
    ) -> None:
        sorter = ExternalSorter(directory, _SORT_RUN_ROWS)
        when = None if time_column is None else self.renamed[time_column]
        try:
            for chunk, results in scored:
                for row, number in zip(*self._numbered(chunk, results), strict=True):
                    key = priority_key(
                        row["label"], row.get(when) if when else None, number, row["deadline"]
                    )
                    sorter.add(key, row)
            for batch in _batched(sorter.sorted_rows(), DEFAULT_CHUNK):
                self.writer.write(batch)
        finally:
            sorter.close()
        self._finish()

    def _rows(self, chunk: Chunk, results: list[ResultValues | None]) -> list[dict[str, Any]]:
        return self._numbered(chunk, results)[0]

    def _numbered(
        self, chunk: Chunk, results: list[ResultValues | None]
    ) -> tuple[list[dict[str, Any]], list[int]]:
        rows: list[dict[str, Any]] = []
        numbers: list[int] = []
        found = iter(results)
        for item in chunk:
            values = next(found) if item.reason is None and item.fields is not None else None
            if values is None:
                self._error(item, item.reason or "could not be scored")
                continue
            row = self._passed_through(item.fields)  # type: ignore[arg-type]  # fields is set
            if self.hidden is not None:
                row[self.hidden] = redact_text(row[self.hidden])
            row.update(zip(RESULT_COLUMNS, values, strict=True))
            rows.append(row)
            numbers.append(item.row)
            self.summary.labels[values[0]] += 1
        self.summary.rows_read += len(chunk)
        self.summary.rows_scored += len(rows)
        if self.progress is not None:
            self.progress(len(chunk))
        return rows, numbers

    def _passed_through(self, fields: dict[str, Any]) -> dict[str, Any]:
        renamed = self.renamed
        if all(k in renamed for k in fields):
            return {renamed[k]: v for k, v in fields.items()}
        return {renamed.get(k) or _free_name(k, renamed.values()): v for k, v in fields.items()}

    def _error(self, item: Item, reason: str) -> None:
        if self.strict:
            raise BadRowError(item.row, item.line, reason)
        summary = self.summary
        summary.rows_errored += 1
        summary.reasons[reason] = summary.reasons.get(reason, 0) + 1
        if len(summary.first_errors) < _FIRST_ERRORS:
            summary.first_errors.append((item.row, reason))
        self.errors.add(item.row, item.line, reason)

    def _finish(self) -> None:
        self.writer.close()
        self.errors.close()


def _batched(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    while batch := list(islice(rows, size)):
        yield batch


def score_frame(
    df: Any, model: TriageModel | None = None, *, text_column: str | None = None
) -> Any:
    """Score one pandas DataFrame (a Dask partition): its columns plus the result columns.

    Every row stays; a row that cannot be scored gets empty results and its reason in an
    ``error`` column (empty for scored rows). Input columns named like a result column are
    kept as ``input_<name>``. The input frame is not changed.

    >>> import pandas as pd
    >>> out = score_frame(pd.DataFrame({"text": ["press one to lower your rate", " "]}))
    >>> out["label"].tolist(), out["error"].tolist()
    (['sales', <NA>], ['', 'empty text'])
    """
    import pandas as pd

    column = _text_column([str(c) for c in df.columns], text_column, "frame")
    texts = df[column].tolist()
    problems = [_text_problem(t) for t in texts]
    good = [t for t, p in zip(texts, problems, strict=True) if p is None]
    loaded = (model if model is not None else shipped_model()) if good else None
    values = iter(score_texts(loaded, good) if loaded is not None else [])
    rows: list[ResultValues | None] = [next(values) if p is None else None for p in problems]
    reasons = [
        p or ("could not be scored" if r is None else "")
        for p, r in zip(problems, rows, strict=True)
    ]
    out = df.rename(columns={c: _free_name(str(c), map(str, df.columns)) for c in df.columns})
    for i, name in enumerate(RESULT_COLUMNS):
        out[name] = pd.array([None if r is None else r[i] for r in rows], dtype=FRAME_TYPES[name])
    out["error"] = pd.array(reasons, dtype="string")
    return out
