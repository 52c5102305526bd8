"""Running the same code on two sides: a base commit's source and shipped model, checked out
beside the working tree, and the working tree itself (``english_cost.py``,
``english_before_after.py``). Both sides run in this interpreter's environment, each in a
fresh interpreter with its source first on ``sys.path``."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def checked_out(commit: str) -> Iterator[Path]:
    """``commit`` checked out with ``git worktree`` in a temporary folder, removed after."""
    with tempfile.TemporaryDirectory(prefix="triage-base-") as tmp:
        base = Path(tmp) / "base"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(base), commit],
            check=True,
        )
        try:
            yield base
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=True
            )


def run_side(source: Path, code: str, payload: object) -> Any:
    """What ``code`` prints as JSON, run in a fresh interpreter on ``source``'s triage with
    ``payload`` as JSON on its standard input."""
    done = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(source)!r})\n" + code],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=True,
        cwd=source,
    )
    return json.loads(done.stdout)
