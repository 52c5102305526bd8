"""The red-flag phrasing suites (``tests/data/redflag_suite*.jsonl``): reading them, and
what one row asks of the red flags found in its text. Shared by the English and the Spanish
suite tests."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

Row = dict[str, str | None]


def read_suites(*names: str) -> list[Row]:
    """The rows of the named suite files under ``tests/data``, in order."""
    return [
        json.loads(line)
        for name in names
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line
    ]


def check_row(row: Row, found: list[str], shown: str) -> None:
    """``found`` (the families flagged) is what the row expects: its family flagged, none
    at all, or not its family. ``shown`` goes into the failure message."""
    family = row["family"]
    if row["expect"] == "flag":
        assert family in found, f"missed {family} in {shown!r}; found {found}"
    elif family is None:
        assert found == [], f"flagged {found} in {shown!r}"
    else:
        assert family not in found, f"flagged {family} in {shown!r}"
