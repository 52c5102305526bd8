"""The corpus validator, run in CI: schema, duplicates, leakage and breadth minimums."""

from __future__ import annotations

from pathlib import Path

from triage.corpus import Minimums, build, check, near_duplicate_pairs
from triage.schema import CorpusRow

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_corpus_passes_every_check() -> None:
    result = check(ROOT / "training_data")
    assert result.problems == []
    assert result.counts["split_leaks"] == 0


def test_near_duplicates_are_found() -> None:
    texts = [
        "hi this is anna calling to move my appointment with doctor lee from thursday to friday "
        "because my daughter has a school play on thursday afternoon thanks so much bye",
        "hi this is anna calling to move my appointment with doctor lee from thursday to friday "
        "because my daughter has a school play on thursday afternoon thanks a lot bye",
        "press one now to lower the interest rate on your cards",
    ]
    assert near_duplicate_pairs(texts) == [(0, 1)]
    assert near_duplicate_pairs(texts, threshold=0.99) == []


def _row(text: str, label: str = "routine") -> str:
    return CorpusRow(
        text=text,
        label=label,
        kind="note",
        setting="dental",
        emergency=False,
        provenance="handwritten",
    ).model_dump_json()


def test_build_keeps_near_duplicates_together_and_is_deterministic(tmp_path: Path) -> None:
    src = tmp_path / "sources.jsonl"
    base = "caller wants to move the cleaning to a later date in the month of june {}"
    lines = [_row(base.format(i)) for i in range(40)] + [
        _row(f"note number {i} about hours") for i in range(40)
    ]
    src.write_text("\n".join(lines) + "\n" + lines[0] + "\n")
    out = tmp_path / "out"
    out.mkdir()
    sizes = build([src], out)
    assert sum(sizes) == 80  # the exact duplicate is dropped
    first = (out / "train.jsonl").read_bytes(), (out / "test.jsonl").read_bytes()
    result = check(
        out,
        Minimums(
            rows=1,
            per_label=0,
            settings=1,
            sellers=0,
            per_family=0,
            per_reason=0,
            hard_share=0,
            per_hard_case=0,
            kind_share=0,
            near_duplicate_share=1.0,
        ),
    )
    assert result.counts["split_leaks"] == 0
    build([src], out)
    assert first == ((out / "train.jsonl").read_bytes(), (out / "test.jsonl").read_bytes())


def test_breadth_problems_are_reported(tmp_path: Path) -> None:
    (tmp_path / "train.jsonl").write_text(_row("please call me back about my bill") + "\n")
    (tmp_path / "test.jsonl").write_text(_row("my refill is due next week") + "\n")
    result = check(tmp_path)
    assert not result.ok
    assert any("rows, need 3000" in p for p in result.problems)
    assert any("family chest_pain" in p for p in result.problems)
