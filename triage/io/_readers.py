"""Readers for call logs: CSV, JSON Lines and Parquet, one ``Item`` per input row.

Bytes are decoded here, record by record, with strict UTF-8: an undecodable byte spoils one
row (which becomes an errored item), never the run. Lines are read with a length cap so that
a file without newlines cannot fill memory. Reasons are fixed phrases: they never quote the
row's content.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any, NamedTuple

#: A physical line longer than this is skipped and its row errored (bounded memory).
MAX_LINE_BYTES = 1 << 20
_HEAD_BYTES = 1 << 16
_BOM = b"\xef\xbb\xbf"
SUFFIXES: Mapping[str, str] = MappingProxyType(
    {
        ".csv": "csv",
        ".tsv": "csv",
        ".txt": "csv",
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
        ".json": "jsonl",
        ".parquet": "parquet",
        ".pq": "parquet",
    }
)
_DELIMITERS = ",;\t|"


class Item(NamedTuple):
    """One input row: its 1-based number, the line it starts on, its fields or why not."""

    row: int
    line: int | None
    fields: dict[str, Any] | None
    reason: str | None = None


@dataclass
class Source:
    """An opened call log: its format, columns and a one-pass iterator of items."""

    fmt: str
    columns: list[str]
    items: Iterator[Item]
    delimiter: str = ","
    arrow_schema: Any = field(default=None, repr=False)


@contextmanager
def open_source(source: str | os.PathLike[str], chunk_size: int) -> Iterator[Source]:
    """Open a path (or ``-`` for stdin) and read its header; the file closes on exit."""
    if str(source) == "-":
        yield _open_stream(sys.stdin.buffer, "-", chunk_size)
        return
    path = Path(source)
    if SUFFIXES.get(path.suffix.lower()) == "parquet":
        yield _open_parquet(path, chunk_size)
        return
    with path.open("rb") as stream:
        if stream.read(4) == b"PAR1":
            yield _open_parquet(path, chunk_size)
            return
        stream.seek(0)
        yield _open_stream(stream, path, chunk_size)


def _open_stream(stream: IO[bytes], name: str | Path, chunk_size: int) -> Source:
    head = stream.read(_HEAD_BYTES).removeprefix(_BOM)
    fmt = SUFFIXES.get(Path(str(name)).suffix.lower()) or _guess_format(head)
    if fmt == "parquet":
        raise ValueError(f"{name}: Parquet must be read from a file, not a stream")
    lines = _raw_lines(stream, head)
    if fmt == "jsonl":
        return _jsonl_source(lines, chunk_size)
    return _csv_source(lines, _sniff_delimiter(head), name)


def _guess_format(head: bytes) -> str:
    return "jsonl" if head.lstrip()[:1] == b"{" else "csv"


def _raw_lines(stream: IO[bytes], head: bytes) -> Iterator[bytes | int]:
    """Lines with their newline; an ``int`` stands for an over-long line (its quote count)."""
    *first, pending = head.split(b"\n")
    for line in first:
        yield line + b"\n"
    while True:
        line = pending + stream.readline(MAX_LINE_BYTES - len(pending))
        pending = b""
        if not line:
            return
        if line.endswith(b"\n") or len(line) < MAX_LINE_BYTES:
            yield line
            continue
        quotes = line.count(b'"')
        while (more := stream.readline(MAX_LINE_BYTES)) and not more.endswith(b"\n"):
            quotes += more.count(b'"')
        yield quotes + more.count(b'"')


def _sniff_delimiter(head: bytes) -> str:
    """The delimiter ``csv.Sniffer`` finds in the first whole lines; comma when unsure."""
    sample = head[: head.rfind(b"\n") + 1] or head
    try:
        text = sample.decode("utf-8", "replace")
        return csv.Sniffer().sniff(text, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        return ","


class _CsvFeed:
    """Decoded lines for ``csv.reader``; notes per record what went wrong and quote parity."""

    def __init__(self, lines: Iterator[bytes | int]) -> None:
        self._lines = lines
        self.line_no = 0
        self.problem: str | None = None
        self._quotes = 0

    def __iter__(self) -> _CsvFeed:
        return self

    def __next__(self) -> str:
        raw = next(self._lines)
        self.line_no += 1
        if isinstance(raw, int):
            self.problem = f"line over {MAX_LINE_BYTES} bytes"
            self._quotes += raw
            return '"' * (raw % 2) + "\n"  # keeps the parser inside/outside quotes as it was
        self._quotes += raw.count(b'"')
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self.problem = self.problem or "undecodable bytes (not UTF-8)"
            return raw.decode("utf-8", "replace")

    def new_record(self) -> None:
        self.problem = None
        self._quotes = 0

    def skip_record(self) -> None:
        """After a parse error, drop lines until the record's quotes are balanced."""
        while self._quotes % 2:
            try:
                next(self)
            except StopIteration:
                return


def _csv_source(lines: Iterator[bytes | int], delimiter: str, name: str | Path) -> Source:
    feed = _CsvFeed(lines)
    try:
        header = next(csv.reader(feed, delimiter=delimiter))
    except (StopIteration, csv.Error) as exc:
        raise ValueError(f"{name}: cannot read a CSV header on line 1") from exc
    if feed.problem is not None or not header:
        raise ValueError(f"{name}: cannot read a CSV header on line 1 ({feed.problem})")
    duplicates = sorted({c for c in header if header.count(c) > 1})
    if duplicates:
        raise ValueError(f"{name}: duplicate column names {duplicates}")
    return Source("csv", header, _csv_items(feed, header, delimiter), delimiter=delimiter)


def _csv_items(feed: _CsvFeed, header: list[str], delimiter: str) -> Iterator[Item]:
    reader = csv.reader(feed, delimiter=delimiter)
    width, row = len(header), 0
    while True:
        feed.new_record()
        line = feed.line_no + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            row += 1
            feed.skip_record()
            yield Item(row, line, None, _csv_reason(exc))
            reader = csv.reader(feed, delimiter=delimiter)
            continue
        if not fields:
            continue  # a blank line is not a row
        row += 1
        if feed.problem is not None:
            yield Item(row, line, None, feed.problem)
        elif len(fields) != width:
            yield Item(row, line, None, f"{len(fields)} fields where the header has {width}")
        else:
            yield Item(row, line, dict(zip(header, fields, strict=True)))


def _csv_reason(exc: csv.Error) -> str:
    if "field limit" in str(exc):
        return f"field over {csv.field_size_limit()} characters"
    return "malformed CSV"


def _jsonl_source(lines: Iterator[bytes | int], chunk_size: int) -> Source:
    items = _jsonl_items(lines)
    first = list(islice(items, chunk_size))
    columns: dict[str, None] = {}
    for item in first:
        columns.update(dict.fromkeys(item.fields or ()))
    return Source("jsonl", list(columns), chain(first, items))


def _jsonl_items(lines: Iterator[bytes | int]) -> Iterator[Item]:
    row = 0
    for line_no, raw in enumerate(lines, 1):
        if isinstance(raw, int):
            row += 1
            yield Item(row, line_no, None, f"line over {MAX_LINE_BYTES} bytes")
            continue
        if not raw.strip():
            continue
        row += 1
        yield _json_item(row, line_no, raw)


def _json_item(row: int, line: int, raw: bytes) -> Item:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return Item(row, line, None, "undecodable bytes (not UTF-8)")
    try:
        value = json.loads(text)
    except ValueError:
        return Item(row, line, None, "broken JSON")
    if not isinstance(value, dict):
        return Item(row, line, None, "not a JSON object")
    return Item(row, line, value)


def _open_parquet(path: Path, chunk_size: int) -> Source:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise RuntimeError(
            "reading Parquet needs the 'parquet' extra: pip install 'call-triage[parquet]'"
        ) from exc
    try:
        handle = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a damaged file
        raise ValueError(f"{path}: not a readable Parquet file ({type(exc).__name__})") from exc
    schema = handle.schema_arrow
    return Source(
        "parquet", list(schema.names), _parquet_items(handle, chunk_size), arrow_schema=schema
    )


def _parquet_items(handle: Any, chunk_size: int) -> Iterator[Item]:
    row = 0
    for batch in handle.iter_batches(batch_size=chunk_size):
        for fields in batch.to_pylist():
            row += 1
            yield Item(row, None, fields)
