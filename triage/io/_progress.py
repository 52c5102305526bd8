"""Progress on stderr for long runs: a tqdm bar on a terminal, nothing in pipes or CI."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import IO, Any


class Progress:
    """Counts rows done; shows them only where a person is watching a terminal.

    With the ``progress`` extra (tqdm) it draws a bar; without it, a plain line rewritten in
    place. When stderr is not a terminal, or ``CI`` is set, it stays silent.
    """

    def __init__(self, stream: IO[str] | None = None, unit: str = "rows") -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._done = 0
        self._unit = unit
        self._bar: Any = None
        self._plain = False
        if _watched(self._stream):
            self._bar = _tqdm_bar(self._stream, unit)
            self._plain = self._bar is None

    @property
    def callback(self) -> Callable[[int], None] | None:
        """The callback to hand to ``score_file``; None when nothing is shown."""
        return self.update if self._bar is not None or self._plain else None

    def update(self, rows: int) -> None:
        self._done += rows
        if self._bar is not None:
            self._bar.update(rows)
        elif self._plain:
            print(f"\r{self._done:,} {self._unit}", end="", file=self._stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self._plain and self._done:
            print(file=self._stream, flush=True)


def _watched(stream: IO[str]) -> bool:
    return not os.environ.get("CI") and bool(getattr(stream, "isatty", lambda: False)())


def _tqdm_bar(stream: IO[str], unit: str) -> Any:
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(file=stream, unit=f" {unit}", unit_scale=True, dynamic_ncols=True)
