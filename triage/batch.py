"""Scoring call logs: CSV or JSON Lines in, the same rows plus the decision out.

This first version streams rows in chunks and writes the output atomically (a temporary
file renamed at the end), so an interrupted run never leaves half a file.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from triage._files import atomic_open
from triage.model import TriageModel
from triage.schema import LABELS, CallRecord, TriageResult

TEXT_COLUMNS = ("text", "transcript", "note", "message", "body")
RESULT_COLUMNS = (
    "label", "action", "emergency", "confidence",
    *(f"p_{label.value}" for label in LABELS), "red_flags", "note",
)  # fmt: skip
_CHUNK = 2048


@dataclass
class ScoreSummary:
    """Counts of a scoring run; rows_scored + rows_errored == rows_read."""

    rows_read: int = 0
    rows_scored: int = 0
    rows_errored: int = 0
    labels: dict[str, int] = field(default_factory=lambda: {lab.value: 0 for lab in LABELS})


def score_file(
    model: TriageModel,
    source: str | os.PathLike[str],
    output: str | os.PathLike[str] | None = None,
    *,
    text_column: str | None = None,
) -> ScoreSummary:
    """Score a CSV or JSONL call log; write rows plus results to ``output`` (or stdout).

    A row with empty text is written with an empty label and counted as errored.
    """
    path = Path(source)
    fmt = "jsonl" if path.suffix in {".jsonl", ".ndjson"} else "csv"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows, columns = _reader(handle, fmt)
        column = _text_column(columns, text_column, path)
        if output is None:
            return _score_rows(model, rows, sys.stdout, column=column, columns=columns, fmt=fmt)
        with atomic_open(Path(output)) as out:
            return _score_rows(model, rows, out, column=column, columns=columns, fmt=fmt)


def _reader(handle: IO[str], fmt: str) -> tuple[Iterator[dict[str, Any]], list[str]]:
    if fmt == "csv":
        reader = csv.DictReader(handle)
        return iter(reader), list(reader.fieldnames or [])
    first = handle.readline()
    head = json.loads(first) if first.strip() else {}
    rows = (json.loads(line) for line in handle if line.strip())
    return _chain(head, rows), list(head)


def _chain(head: dict[str, Any], rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    if head:
        yield head
    yield from rows


def _text_column(columns: list[str], wanted: str | None, path: Path) -> str:
    if wanted is not None:
        if wanted not in columns:
            raise ValueError(f"{path}: no column {wanted!r}; columns are {columns}")
        return wanted
    for name in TEXT_COLUMNS:
        if name in columns:
            return name
    raise ValueError(
        f"{path}: no text column; expected one of {list(TEXT_COLUMNS)} or --text-column"
    )


def _score_rows(
    model: TriageModel,
    rows: Iterator[dict[str, Any]],
    out: IO[str],
    *,
    column: str,
    columns: list[str],
    fmt: str,
) -> ScoreSummary:
    summary = ScoreSummary()
    writer = csv.DictWriter(out, [*columns, *RESULT_COLUMNS]) if fmt == "csv" else None
    if writer is not None:
        writer.writeheader()
    for chunk in _chunks(rows, _CHUNK):
        for row, result in zip(chunk, _classify_chunk(model, chunk, column), strict=True):
            summary.rows_read += 1
            if result is None:
                summary.rows_errored += 1
            else:
                summary.rows_scored += 1
                summary.labels[result.label.value] += 1
            merged = {**row, **result_columns(result)}
            if writer is not None:
                writer.writerow(merged)
            else:
                out.write(json.dumps(merged, ensure_ascii=False) + "\n")
    return summary


def _classify_chunk(
    model: TriageModel, chunk: list[dict[str, Any]], column: str
) -> list[TriageResult | None]:
    texts = [row.get(column) for row in chunk]
    good = [i for i, t in enumerate(texts) if isinstance(t, str) and t.strip()]
    results = model.classify_many([CallRecord(text=str(texts[i])) for i in good])
    out: list[TriageResult | None] = [None] * len(chunk)
    for i, result in zip(good, results, strict=True):
        out[i] = result
    return out


def result_columns(result: TriageResult | None) -> dict[str, Any]:
    """The output columns for one result (empty values for a row that could not be scored)."""
    if result is None:
        return dict.fromkeys(RESULT_COLUMNS, "")
    return {
        "label": result.label.value,
        "action": result.action.value,
        "emergency": result.emergency,
        "confidence": result.confidence,
        **{f"p_{k.value}": v for k, v in result.probabilities.items()},
        "red_flags": "; ".join(result.red_flags),
        "note": result.note,
    }


def _chunks(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
