"""The input and output of ``triage score`` (``triage.batch``), behind one small facade:
reading call logs (CSV, JSON Lines, Parquet; ``open_source``), writing results and the
errors file (``open_writer``, ``ErrorLog``), sorting by priority on disk
(``ExternalSorter``), writing files atomically (``atomic_open``) and progress lines
(``Progress``). As skops keeps its ``io``, the modules behind it are private.
"""

from __future__ import annotations

from triage.io._files import atomic_open
from triage.io._progress import Progress
from triage.io._readers import SUFFIXES, Item, Source, open_source
from triage.io._sort import TIME_COLUMNS, ExternalSorter, as_time, priority_key
from triage.io._writers import ErrorLog, RowWriter, open_writer

__all__ = [
    "SUFFIXES",
    "TIME_COLUMNS",
    "ErrorLog",
    "ExternalSorter",
    "Item",
    "Progress",
    "RowWriter",
    "Source",
    "as_time",
    "atomic_open",
    "open_source",
    "open_writer",
    "priority_key",
]
