"""Rebuild train.jsonl / test.jsonl from sources/ and regenerate the generated rows.

    python training_data/build.py            # from the repository root, any cwd works

Steps: run the generator (seeded), merge every ``sources/*.jsonl``, drop exact duplicates,
keep near-duplicate clusters on one side of the split, write the split, then write
DATA_CARD.md's tables. Deterministic: the same sources give byte-identical output.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from triage.corpus import build, check, render_data_card

HERE = Path(__file__).resolve().parent


def main() -> int:
    subprocess.run([sys.executable, str(HERE / "generator" / "generate.py")], check=True)
    sizes = build(sorted((HERE / "sources").glob("*.jsonl")), HERE)
    print(f"train {sizes[0]} rows, test {sizes[1]} rows", file=sys.stderr)
    result = check(HERE)
    (HERE / "DATA_CARD.md").write_text(render_data_card(HERE, result), encoding="utf-8")
    for problem in result.problems:
        print(f"problem: {problem}", file=sys.stderr)
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
