"""Priority order for a callback queue, sorted in bounded memory.

Rows are buffered up to ``run_rows``, sorted, and spilled as a run to a private temporary
directory beside the output (the place the user named), then merged with ``heapq.merge``;
memory holds one buffer plus one row per run. The directory is removed in every case,
interrupted or not. Without a directory (output to stdout) everything stays in memory.
"""

from __future__ import annotations

import datetime as dt
import heapq
import pickle
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from triage.slip import due_date

#: Columns that count as the call's time, in order of preference.
TIME_COLUMNS = ("received_at", "called_at", "call_time", "timestamp", "time", "datetime", "date")
_PRIORITY: Mapping[str, int] = MappingProxyType({"urgent": 0, "routine": 1, "sales": 2})
SortKey = tuple[int, bool, str, bool, str, int]


def priority_key(label: str, when: Any, row: int, deadline: str | None = None) -> SortKey:
    """Urgent, routine, sales; then the soonest deadline the caller gave (read against the
    call's time, else today; none last); then oldest call first (unreadable times last);
    then row."""
    time = as_time(when)
    stamp = None if time is None else _sortable(time)
    due = None if deadline is None else due_date(deadline, (time or dt.datetime.now()).date())
    due_text = "" if due is None else due.isoformat()
    return (_PRIORITY.get(label, 3), due is None, due_text, stamp is None, stamp or "", row)


def as_time(value: Any) -> dt.datetime | None:
    """A time column's value as a datetime (ISO 8601 text, a datetime or a date), or None."""
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return None


def _sortable(time: dt.datetime) -> str:
    """An ISO text that sorts in time order (aware times in UTC)."""
    if time.tzinfo is not None:
        time = time.astimezone(dt.UTC).replace(tzinfo=None)
    return str(time.isoformat())


class ExternalSorter:
    """Collect (key, row) pairs; ``sorted_rows`` yields the rows in key order."""

    def __init__(self, directory: Path | None, run_rows: int) -> None:
        self._directory = directory
        self._run_rows = run_rows
        self._buffer: list[tuple[SortKey, dict[str, Any]]] = []
        self._runs: list[Path] = []
        self._tmp: Path | None = None

    def add(self, key: SortKey, row: dict[str, Any]) -> None:
        self._buffer.append((key, row))
        if self._directory is not None and len(self._buffer) >= self._run_rows:
            self._spill()

    def sorted_rows(self) -> Iterator[dict[str, Any]]:
        if not self._runs:
            self._buffer.sort(key=_first)
            yield from (row for _, row in self._buffer)
            return
        self._spill()
        merged = heapq.merge(*(_read_run(path) for path in self._runs), key=_first)
        yield from (row for _, row in merged)

    def _spill(self) -> None:
        if not self._buffer:
            return
        if self._tmp is None:
            assert self._directory is not None
            self._tmp = Path(tempfile.mkdtemp(dir=self._directory, prefix=".triage-sort-"))
        self._buffer.sort(key=_first)
        path = self._tmp / f"run{len(self._runs):05d}"
        with path.open("wb") as handle:
            for pair in self._buffer:
                pickle.dump(pair, handle, protocol=pickle.HIGHEST_PROTOCOL)
        self._runs.append(path)
        self._buffer = []

    def close(self) -> None:
        """Remove the spilled runs (always call, also on error)."""
        self._buffer = []
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)


def _first(pair: tuple[SortKey, dict[str, Any]]) -> SortKey:
    return pair[0]


def _read_run(path: Path) -> Iterator[tuple[SortKey, dict[str, Any]]]:
    # These runs were written by this process into its own mkdtemp directory (mode 0700)
    # moments ago, so unpickling them trusts nothing from outside.
    with path.open("rb") as handle:
        while True:
            try:
                yield pickle.load(handle)
            except EOFError:
                return
