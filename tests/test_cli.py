"""The CLI in-process (exit codes, output) and as the installed command in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from triage.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("classify", "score", "train", "eval", "info", "validate"):
        assert command in out


@pytest.mark.parametrize("command", ["classify", "score", "train", "eval", "info", "validate"])
def test_every_subcommand_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: triage " + command in capsys.readouterr().out


def test_classify_prints_one_json_per_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["classify", "my chest hurts and my left arm is numb", "please book me a cleaning"], capsys
    )
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["label"] for r in rows] == ["urgent", "routine"]
    assert rows[0]["action"] == "transfer_now"


def test_classify_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("press one to lower your rate\n\ncall me back\n"))
    code, out, _ = run(["classify"], capsys)
    assert code == 0 and len(out.splitlines()) == 2


def test_classify_with_no_text_fails_clearly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = run(["classify"], capsys)
    assert code == 1 and "no call text" in err


def test_score_writes_rows_plus_results(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_path = tmp_path / "scored.csv"
    code, _, err = run(
        ["score", str(ROOT / "examples" / "call_log.csv"), "-o", str(out_path)], capsys
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out_path.read_text(encoding="utf-8"))))
    assert len(rows) == 16 and "rows read 16, scored 16, errored 0" in err
    assert {"call_id", "text", "label", "action", "p_urgent", "red_flags", "acuity"} <= set(rows[0])
    stroke = next(row for row in rows if "slurred speech" in row["text"])
    assert stroke["acuity"] == "onset" and stroke["red_flags"] == "stroke signs"
    assert not list(tmp_path.glob(".*part"))


def test_score_counts_empty_rows_as_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "log.jsonl"
    src.write_text('{"id": 1, "text": "refill please"}\n{"id": 2, "text": "  "}\n')
    code, out, err = run(["score", str(src)], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 3 and [r["id"] for r in rows] == [1]
    assert "errored 1" in err and "row 2: empty text" in err


def test_eval_prints_the_metrics(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["eval", str(small_corpus / "test.jsonl")], capsys)
    assert code == 0
    for needle in (
        "urgent recall",
        "under-triage rate",
        "macro-F1",
        "precision",
        "confusion",
        "urgent threshold trade-off",
        "reliability",
    ):
        assert needle in out
    assert out.index("urgent recall") < out.index("macro-F1")


def test_eval_reads_failures_by_category_and_pairs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        {"text": "my chest is crushing and i cant breathe", "label": "urgent",
         "category": "life_threat", "tags": ["pair:x"]},
        {"text": "my chest is a bit sore when i cough", "label": "routine",
         "category": "plain_symptom", "tags": ["pair:x"]},
        {"text": "press one for a lower rate on your card", "label": "sales",
         "category": "robocall"},
    ]  # fmt: skip
    data = tmp_path / "calls.jsonl"
    data.write_text("".join(json.dumps(row) + "\n" for row in rows))
    code, out, _ = run(["eval", str(data)], capsys)
    assert code == 0
    assert "failures by category" in out and "plain_symptom" in out and "robocall" in out
    assert "pair order         1.000  (1 contrastive pairs" in out
    assert "emergency advice on routine or sales rows: 0" in out


def test_eval_json(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["eval", str(small_corpus / "test.jsonl"), "--json"], capsys)
    assert code == 0 and "urgent_recall" in json.loads(out)


def test_info(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["info"], capsys)
    assert code == 0 and "model version" in out and "urgent_threshold" in out
    assert "held-out corpus_test" in out


def test_train_writes_a_loadable_model(
    small_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    eval_file = small_corpus / "test.jsonl"
    code, out, err = run(
        ["train", str(small_corpus), "-o", str(tmp_path / "m"), "--eval", f"extra={eval_file}"],
        capsys,
    )
    assert code == 0 and "urgent recall" in out and "model written" in err
    code, out, _ = run(["info", "--model", str(tmp_path / "m")], capsys)
    assert code == 0 and "held-out extra" in out


def test_bad_model_path_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["info", "--model", str(tmp_path)], capsys)
    assert code == 1 and "manifest.json: model file not found" in err


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["train"])
    assert exit_info.value.code == 2


def test_installed_command_runs() -> None:
    exe = shutil.which("triage") or str(Path(sys.executable).parent / "triage")
    done = subprocess.run(
        [exe, "classify", "my chest hurts and my left arm is numb"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["emergency"] is True


def test_eval_plot_writes_a_png(
    small_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    png = tmp_path / "reliability.png"
    code, _, err = run(["eval", str(small_corpus / "test.jsonl"), "--plot", str(png)], capsys)
    assert code == 0 and "reliability diagram written" in err
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
