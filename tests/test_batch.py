"""Batch scoring: formats, sniffing, bad rows, strict mode, sorting, jobs, Parquet, Dask."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from triage import TriageModel
from triage.batch import (
    MAX_TEXT_CHARS,
    RESULT_COLUMNS,
    BadRowError,
    score_file,
    score_frame,
)
from triage.cli import main
from triage.io import Progress

MARKER = "zqxmarkerjv"  # a word that must never reach an errors file or a message
TEXTS = [
    "my dad has crushing chest pain and he is sweating",
    "I would like to move my cleaning to next tuesday please",
    "hi this is sam from brightsmile supply about your glove order",
    "can you call me back about my refill of lisinopril",
    "my baby is six weeks old and has a fever of 39",
    "we help practices cut card processing fees by forty percent",
]


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",", bom: bool = False) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode("utf-8"))
    return path


def read_csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def log_rows(n: int = 12) -> list[list[str]]:
    header = ["call_id", "received_at", "text", "extra"]
    body = [
        [f"c{i}", f"2026-11-02T{8 + i % 9:02d}:{i % 60:02d}:00", TEXTS[i % len(TEXTS)], f"x{i}"]
        for i in range(n)
    ]
    return [header, *body]


def expected(model: TriageModel, texts: list[str]) -> list[tuple[str, float]]:
    return [(r.label.value, r.probabilities["urgent"]) for r in model.classify_many(texts)]  # type: ignore[index]


def test_csv_rows_pass_through_and_get_results(small_model: TriageModel, tmp_path: Path) -> None:
    rows = log_rows()
    src = write_csv(tmp_path / "log.csv", rows)
    summary = score_file(small_model, src, tmp_path / "out.csv")
    out = read_csv(tmp_path / "out.csv")
    assert list(out[0]) == [*rows[0], *RESULT_COLUMNS]
    assert [[r[c] for c in rows[0]] for r in out] == rows[1:]
    got = [(r["label"], float(r["p_urgent"])) for r in out]
    assert got == expected(small_model, [r[2] for r in rows[1:]])
    assert (summary.rows_read, summary.rows_scored, summary.rows_errored) == (12, 12, 0)
    assert sum(summary.labels.values()) == 12
    assert read_csv(tmp_path / "out.csv.errors.csv") == []


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_delimiter_is_sniffed_and_kept(
    small_model: TriageModel, tmp_path: Path, delimiter: str
) -> None:
    rows = [["id", "text"], ["1", "chest pain, since noon; and sweating"], ["2", "refill please"]]
    src = write_csv(tmp_path / "log.csv", rows, delimiter)
    score_file(small_model, src, tmp_path / "out.csv")
    out = read_csv(tmp_path / "out.csv", delimiter)
    assert [r["text"] for r in out] == [rows[1][1], rows[2][1]]
    assert all(r["label"] for r in out)


def test_bom_and_multiline_quoted_fields(small_model: TriageModel, tmp_path: Path) -> None:
    text = 'line one, with "quotes"\nline two; chest pain\r\nline three'
    src = write_csv(tmp_path / "log.csv", [["id", "text"], ["1", text], ["2", "refill"]], bom=True)
    summary = score_file(small_model, src, tmp_path / "out.jsonl")
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [list(r)[:2] for r in out] == [["id", "text"], ["id", "text"]]
    assert out[0]["text"] == text and summary.rows_scored == 2


def test_stdin_jsonl_to_stdout(
    small_model: TriageModel, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps({"id": i, "meta": {"k": [i]}, "transcript": t}) for i, t in enumerate(TEXTS)
    ]
    stdin = io.TextIOWrapper(io.BytesIO(("\n".join(lines) + "\n").encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    buffer = sys.stdout.buffer
    summary = score_file(small_model, "-", None)
    out = [json.loads(line) for line in buffer.getvalue().decode().splitlines()]  # type: ignore[attr-defined]
    assert [r["meta"] for r in out] == [{"k": [i]} for i in range(len(TEXTS))]
    assert [r["label"] for r in out] == [lab for lab, _ in expected(small_model, TEXTS)]
    assert summary.rows_scored == len(TEXTS) and summary.errors_path is None


def bad_csv(path: Path) -> Path:
    """A CSV with one row of each kind that cannot be scored, between good rows."""
    good = f"{TEXTS[0]} {MARKER}"
    parts = [
        b"id,text\n",
        f"1,{good}\n".encode(),
        b"2,\n",  # empty text
        b"3,   \n",  # whitespace only
        f"4,{MARKER} caf\xc3".encode() + b"\xff\n",  # undecodable byte
        f"5,{MARKER},surplus\n".encode(),  # too many fields
        f'6,"{MARKER}{"x" * (MAX_TEXT_CHARS + 10)}"\n'.encode(),  # over-long field
        f"7,{good}\n".encode(),
    ]
    path.write_bytes(b"".join(parts))
    return path


BAD_CSV_REASONS = [
    ("2", "3", "empty text"),
    ("3", "4", "empty text"),
    ("4", "5", "undecodable bytes (not UTF-8)"),
    ("5", "6", "3 fields where the header has 2"),
    ("6", "7", f"field over {MAX_TEXT_CHARS} characters"),
]


def test_every_bad_csv_row_is_counted_with_its_row_number(
    small_model: TriageModel, tmp_path: Path
) -> None:
    summary = score_file(small_model, bad_csv(tmp_path / "log.csv"), tmp_path / "out.csv")
    out = read_csv(tmp_path / "out.csv")
    errors = read_csv(tmp_path / "out.csv.errors.csv")
    assert [r["id"] for r in out] == ["1", "7"]
    assert [(e["row"], e["line"], e["reason"]) for e in errors] == BAD_CSV_REASONS
    assert MARKER not in (tmp_path / "out.csv.errors.csv").read_text()
    assert summary.rows_read == len(out) + len(errors) == 7
    assert (summary.rows_scored, summary.rows_errored) == (2, 5)


def test_every_bad_jsonl_row_is_counted(small_model: TriageModel, tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": 1, "text": TEXTS[1]}).encode(),
        b'{"id": 2, "text": "' + MARKER.encode() + b'\xfe"}',  # undecodable
        b'{"id": 3, "text": "' + MARKER.encode(),  # broken JSON
        json.dumps([MARKER]).encode(),  # not an object
        json.dumps({"id": 5}).encode(),  # missing text
        json.dumps({"id": 6, "text": None}).encode(),
        json.dumps({"id": 7, "text": 42}).encode(),
        json.dumps({"id": 8, "text": MARKER * (MAX_TEXT_CHARS // len(MARKER) + 1)}).encode(),
        b"",  # a blank line is not a row
        json.dumps({"id": 9, "text": TEXTS[2]}).encode(),
    ]
    src = tmp_path / "log.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    errors = tmp_path / "bad.csv"
    summary = score_file(small_model, src, tmp_path / "out.jsonl", errors=errors)
    reasons = [(e["row"], e["reason"]) for e in read_csv(errors)]
    assert reasons == [
        ("2", "undecodable bytes (not UTF-8)"),
        ("3", "broken JSON"),
        ("4", "not a JSON object"),
        ("5", "missing text"),
        ("6", "missing text"),
        ("7", "text is a int, not a string"),
        ("8", f"text over {MAX_TEXT_CHARS} characters"),
    ]
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == [1, 9]
    assert summary.rows_read == 9 and summary.rows_errored == 7
    assert MARKER not in errors.read_text() and MARKER not in str(summary)


def test_strict_stops_at_the_first_bad_row_and_writes_nothing(
    small_model: TriageModel, tmp_path: Path
) -> None:
    src = bad_csv(tmp_path / "log.csv")
    with pytest.raises(BadRowError, match=r"^row 2 \(line 3\): empty text$") as info:
        score_file(small_model, src, tmp_path / "out.csv", strict=True)
    assert info.value.row == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.csv"]


def test_result_column_names_in_the_input_are_kept_as_input_columns(
    small_model: TriageModel, tmp_path: Path
) -> None:
    src = write_csv(tmp_path / "log.csv", [["note", "label"], [TEXTS[0], "mine"]])
    score_file(small_model, src, tmp_path / "out.csv")
    (row,) = read_csv(tmp_path / "out.csv")
    assert (row["input_note"], row["input_label"]) == (TEXTS[0], "mine")
    assert row["label"] in {"urgent", "routine", "sales"} and row["note"] != TEXTS[0]


def test_missing_text_column_is_an_input_error(small_model: TriageModel, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "log.csv", [["id", "words"], ["1", "hello"]])
    with pytest.raises(ValueError, match="no text column"):
        score_file(small_model, src, tmp_path / "out.csv")
    summary = score_file(small_model, src, tmp_path / "out.csv", text_column="words")
    assert summary.rows_scored == 1


PRIORITY = {"urgent": 0, "routine": 1, "sales": 2}


@pytest.mark.parametrize("run_rows", [7, 1_000_000])
def test_sort_priority_urgent_first_then_oldest(
    small_model: TriageModel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_rows: int
) -> None:
    monkeypatch.setattr("triage.batch._SORT_RUN_ROWS", run_rows)  # 7: spill and merge runs
    rows = log_rows(60)
    src = write_csv(tmp_path / "log.csv", rows)
    score_file(small_model, src, tmp_path / "plain.csv", chunk_size=5)
    score_file(small_model, src, tmp_path / "sorted.csv", sort="priority", chunk_size=5)
    plain, ordered = read_csv(tmp_path / "plain.csv"), read_csv(tmp_path / "sorted.csv")
    keys = [(PRIORITY[r["label"]], r["received_at"], int(r["call_id"][1:])) for r in ordered]
    assert keys == sorted(keys)
    assert sorted(map(str, plain)) == sorted(map(str, ordered))
    assert keys[0][0] == 0 and not list(tmp_path.glob(".triage-sort-*"))


def test_two_jobs_give_the_same_output_as_one(small_model: TriageModel, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "log.csv", log_rows(300))
    score_file(small_model, src, tmp_path / "one.csv", chunk_size=16)
    summary = score_file(small_model, src, tmp_path / "two.csv", chunk_size=16, jobs=2)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
    assert summary.rows_scored == 300


def test_parquet_round_trip_keeps_types(small_model: TriageModel, tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table({"n": list(range(len(TEXTS))), "text": TEXTS})
    pq.write_table(table, tmp_path / "log.parquet", row_group_size=2)
    score_file(small_model, tmp_path / "log.parquet", tmp_path / "out.parquet", chunk_size=4)
    out = pq.read_table(tmp_path / "out.parquet")
    assert out.schema.field("n").type == pa.int64()
    assert out.schema.field("emergency").type == pa.bool_()
    assert out.column("text").to_pylist() == TEXTS
    labels = out.column("label").to_pylist()
    assert labels == [lab for lab, _ in expected(small_model, TEXTS)]
    score_file(small_model, tmp_path / "out.parquet", tmp_path / "again.csv")
    assert [r["input_label"] for r in read_csv(tmp_path / "again.csv")] == labels


def test_score_frame_matches_score_file(small_model: TriageModel, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    src = write_csv(tmp_path / "log.csv", [*log_rows(20), ["c99", "2026-11-03", " ", "x"]])
    score_file(small_model, src, tmp_path / "out.csv")
    frame = score_frame(pd.read_csv(src, dtype=str, keep_default_na=False), small_model)
    scored = frame[frame["error"] == ""]
    file_rows = read_csv(tmp_path / "out.csv")
    assert scored["label"].tolist() == [r["label"] for r in file_rows]
    assert scored["p_urgent"].tolist() == [float(r["p_urgent"]) for r in file_rows]
    assert frame["error"].tolist()[-1] == "empty text" and len(frame) == 21


def test_dask_local_cluster_gives_the_single_process_results(
    small_model: TriageModel, tmp_path: Path
) -> None:
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    src = write_csv(tmp_path / "log.csv", log_rows(200))
    score_file(small_model, src, tmp_path / "out.csv")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        ddf = dd.read_csv(src, dtype=str, keep_default_na=False, blocksize=4_000)
        assert ddf.npartitions > 1
        meta = score_frame(ddf._meta, small_model)
        frame = ddf.map_partitions(score_frame, small_model, meta=meta).compute()
    file_rows = read_csv(tmp_path / "out.csv")
    assert frame["call_id"].tolist() == [r["call_id"] for r in file_rows]
    assert frame["label"].tolist() == [r["label"] for r in file_rows]
    assert frame["confidence"].tolist() == [float(r["confidence"]) for r in file_rows]


def test_cli_exit_codes_and_summary(
    small_model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = ["--model", str(small_model_dir)]
    good = write_csv(tmp_path / "good.csv", log_rows(5))
    assert main(["score", str(good), "-o", str(tmp_path / "g.jsonl"), *model]) == 0
    assert "rows read 5, scored 5, errored 0" in capsys.readouterr().err
    bad = bad_csv(tmp_path / "bad.csv")
    assert main(["score", str(bad), "-o", str(tmp_path / "b.csv"), *model]) == 3
    err = capsys.readouterr().err
    assert "rows read 7, scored 2, errored 5" in err and "b.csv.errors.csv" in err
    assert main(["score", str(bad), *model]) == 3
    captured = capsys.readouterr()
    assert "row 4: undecodable bytes" in captured.err
    assert MARKER not in captured.err and len(captured.out.splitlines()) == 3
    assert main(["score", str(bad), "-o", str(tmp_path / "s.csv"), "--strict", *model]) == 1
    assert "row 2 (line 3): empty text" in capsys.readouterr().err
    assert not (tmp_path / "s.csv").exists()


def test_cli_rejects_an_unknown_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["score", "x.csv", "--format", "xlsx"])
    assert info.value.code == 2


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert Progress(io.StringIO()).callback is None
    terminal = _Terminal()
    shown = Progress(terminal)
    assert shown.callback is not None
    shown.callback(2048)
    shown.close()
    assert "2" in terminal.getvalue()
    monkeypatch.setenv("CI", "true")
    assert Progress(_Terminal()).callback is None


def test_workers_load_a_loaded_model_by_its_path_and_never_save_it(
    small_model: TriageModel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 16: ``--jobs`` hands workers the model by path; saving a copy (which rebuilds
    the estimators and writes a model card) is only for a model made in memory."""
    from triage import _scoring, load_model
    from triage._persist import save_model

    loaded = load_model(save_model(small_model, tmp_path / "model")).with_config(
        small_model.config.model_copy(update={"urgent_threshold": 0.9})
    )
    src = write_csv(tmp_path / "log.csv", log_rows(120))
    score_file(loaded, src, tmp_path / "one.csv", chunk_size=16)

    def no_saving(*args: object, **kwargs: object) -> None:
        raise AssertionError("the scoring path saved the model")

    monkeypatch.setattr(_scoring, "save_model", no_saving)
    score_file(loaded, src, tmp_path / "two.csv", chunk_size=16, jobs=2)
    # The same bytes: the workers used the loaded model's settings, not the saved ones.
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()


def test_workers_refuse_a_model_directory_that_changed_after_loading(
    small_model: TriageModel, tmp_path: Path
) -> None:
    from triage import ModelFileError, load_model
    from triage._persist import save_model

    loaded = load_model(save_model(small_model, tmp_path / "model"))
    other = small_model.with_config(small_model.config.model_copy(update={"min_margin": 0.3}))
    save_model(other, tmp_path / "model")  # the files under the loaded model change
    src = write_csv(tmp_path / "log.csv", log_rows(40))
    with pytest.raises(ModelFileError, match="changed after the model was loaded"):
        score_file(loaded, src, tmp_path / "out.csv", chunk_size=16, jobs=2)


def test_workers_load_the_shipped_model_themselves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the shipped model and ``--jobs``, only the workers load it: the process that
    reads and writes the log never holds a model it does not use (about 70 MB)."""
    from triage import _scoring

    src = write_csv(tmp_path / "log.csv", log_rows(60))
    score_file(None, src, tmp_path / "one.csv", chunk_size=16)

    def refuse() -> None:
        raise AssertionError("the parent process loaded the shipped model")

    monkeypatch.setattr(_scoring, "shipped_model", refuse)
    score_file(None, src, tmp_path / "two.csv", chunk_size=16, jobs=2)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
