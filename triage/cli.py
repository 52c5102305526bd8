"""The ``triage`` command: thin subcommands over library functions.

Results go to stdout (or a file written atomically); progress and errors go to stderr.
Exit codes: 0 success, 1 a run that failed (bad file, bad model), 2 bad usage; ``score`` adds
3 (some rows could not be scored) and 130 (interrupted); ``bench --check`` gives 3 when a
target is missed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from triage import ModelFileError, load_model
from triage._version import __version__
from triage.batch import FORMATS, TIME_COLUMNS, ScoreSummary, score_file
from triage.io import Progress
from triage.model import TriageModel
from triage.schema import CallRecord, TriageResult
from triage.slip import redacted_fields

if TYPE_CHECKING:  # evaluating imports scikit-learn: only the commands that need it do
    from triage.evaluate import EvalReport

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_ROWS_ERRORED, EXIT_INTERRUPTED = 3, 130
EXIT_TARGET_MISSED = 3  # bench --check


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
        return code
    except (ModelFileError, FileNotFoundError, ValueError, RuntimeError) as exc:
        print(f"triage: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="triage",
        description="Label calls to a medical or dental practice: urgent, routine or sales.",
    )
    parser.add_argument("--version", action="version", version=f"triage {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_classify(sub)
    _add_score(sub)
    _add_train(sub)
    _add_eval(sub)
    _add_info(sub)
    _add_validate(sub)
    _add_bench(sub)
    return parser


def _model_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model", type=Path, default=None, help="model directory (default: the shipped model)"
    )


def _add_classify(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "classify",
        help="classify calls given as arguments or as lines on stdin",
        description="Print one JSON result per call. With no TEXT, read one call per line "
        "from stdin.",
    )
    p.add_argument("texts", nargs="*", metavar="TEXT", help="call text (quote it)")
    p.add_argument("--after-hours", action="store_true", help="calls arrived after hours")
    p.add_argument(
        "--redact",
        action="store_true",
        help="print the message slip's names, numbers and dates of birth as tags",
    )
    _model_option(p)
    p.set_defaults(run=_run_classify)


def _run_classify(args: argparse.Namespace) -> int:
    model = load_model(args.model)
    texts = args.texts or [line.rstrip("\n") for line in sys.stdin if line.strip()]
    if not texts:
        raise ValueError("no call text given: pass TEXT arguments or lines on stdin")
    records = [CallRecord(text=t, after_hours=args.after_hours) for t in texts]
    for result in model.classify_many(records):
        print(_redacted_json(result) if args.redact else result.model_dump_json())
    return EXIT_OK


def _redacted_json(result: TriageResult) -> str:
    """The result as ``model_dump_json`` writes it, the slip's personal fields as tags."""
    dump = result.model_dump(mode="json")
    dump["message"] = redacted_fields(dump["message"])
    return json.dumps(dump, ensure_ascii=False, separators=(",", ":"))


_SCORE_EPILOG = """\
exit codes:
  0    every row was scored
  1    the run failed and wrote nothing: unreadable input or model, no text column, a
       write error (disk full), or --strict and a row that could not be scored
  2    bad usage
  3    some rows could not be scored: they are in the errors file, the rest in the output
  130  interrupted (Ctrl-C): nothing written
"""


def _add_score(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "score",
        help="score a CSV, JSONL or Parquet call log",
        description="Add label, action, emergency, confidence, p_sales, p_routine, p_urgent, "
        "red_flags, acuity, note, callback and the message slip (caller_name, "
        "callback_number, callback_e164, extension, patient_name, relationship, "
        "date_of_birth, organisation, reason, deadline, best_time) to every row of a call "
        "log; the other columns pass through. A time column (received_at, ...) makes routine "
        "calls outside the practice hours after hours. "
        "Rows that cannot be scored go to the errors file (row, line, reason; never the "
        "text). Output and errors file are written to temporary files renamed at the end. "
        "A summary goes to stderr.",
        epilog=_SCORE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "input", metavar="INPUT", help="call log: .csv (any delimiter), .jsonl, .parquet, or -"
    )
    p.add_argument("-o", "--output", help="output file (default: stdout)")
    p.add_argument(
        "--text-column",
        help="column with the call text (default: text, transcript, note, message or body)",
    )
    p.add_argument("--format", choices=FORMATS, help="output format (default: the input's)")
    p.add_argument(
        "--sort",
        choices=["priority"],
        help="priority: urgent, then routine, then sales; within each the soonest deadline "
        "the caller gave, then oldest first by the first of "
        f"{', '.join(TIME_COLUMNS)}",
    )
    p.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="worker processes (-1: one per core)"
    )
    p.add_argument("--errors", metavar="FILE", help="errors file (default: OUTPUT.errors.csv)")
    p.add_argument(
        "--strict", action="store_true", help="stop at the first bad row, exit 1, write nothing"
    )
    p.add_argument(
        "--redact",
        action="store_true",
        help="write the text column and the slip's names, numbers and dates of birth as "
        "tags ([NAME], [PHONE], [DOB]); decisions still read the full text",
    )
    _model_option(p)
    p.set_defaults(run=_run_score)


def _run_score(args: argparse.Namespace) -> int:
    progress = Progress()
    try:
        summary = score_file(
            # None for the shipped model: --jobs workers then load it from its own directory.
            None if args.model is None else load_model(args.model),
            args.input,
            args.output,
            text_column=args.text_column,
            fmt=args.format,
            sort=args.sort,
            jobs=args.jobs,
            strict=args.strict,
            errors=args.errors,
            progress=progress.callback,
            redact=args.redact,
        )
    except KeyboardInterrupt:
        progress.close()
        _progress("interrupted; no output written")
        return EXIT_INTERRUPTED
    except OSError as exc:
        if isinstance(exc, FileNotFoundError | BrokenPipeError):
            raise
        progress.close()
        _progress(f"error: cannot write the output ({exc.strerror}); nothing written")
        return EXIT_FAILED
    progress.close()
    _report_score(summary)
    return EXIT_OK if summary.rows_errored == 0 else EXIT_ROWS_ERRORED


def _report_score(summary: ScoreSummary) -> None:
    print(summary, file=sys.stderr)
    if not summary.rows_errored:
        return
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(summary.reasons.items()))
    print(f"errored rows by reason: {reasons}", file=sys.stderr)
    if summary.errors_path is not None:
        print(f"errored rows listed in {summary.errors_path}", file=sys.stderr)
    else:
        shown = "; ".join(f"row {row}: {reason}" for row, reason in summary.first_errors)
        print(f"first errored rows: {shown}", file=sys.stderr)


def _add_train(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "train",
        help="train a model from a corpus directory",
        description="Train on CORPUS_DIR/train.jsonl, choose the urgent threshold for "
        "recall, score CORPUS_DIR/test.jsonl, and write the model, manifest and model card.",
    )
    p.add_argument("corpus", type=Path, metavar="CORPUS_DIR")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="MODEL_DIR")
    p.add_argument("--seed", type=int, default=0, help="seed for folds (default 0)")
    p.add_argument(
        "--eval",
        action="append",
        default=[],
        metavar="NAME=FILE.jsonl",
        help="also score a labelled file and record it in the model card",
    )
    p.set_defaults(run=_run_train)


def _run_train(args: argparse.Namespace) -> int:
    from triage._persist import save_model
    from triage.evaluate import format_report
    from triage.training import evaluate_rows, read_labelled, train

    extra = [_named_file(spec) for spec in args.eval]
    model = train(args.corpus, seed=args.seed, progress=_progress)
    for name, path in extra:
        _progress(f"scoring {path}")
        report = evaluate_rows(model, read_labelled(path))
        model.metadata["heldout"][name] = report.model_dump(mode="json")
    out = save_model(model, args.output)
    print(format_report(_stored_report(model, "corpus_test")))
    _progress(f"model written to {out}")
    return EXIT_OK


def _named_file(spec: str) -> tuple[str, Path]:
    name, sep, path = spec.partition("=")
    if not sep or not name or not path:
        raise ValueError(f"--eval expects NAME=FILE.jsonl, got {spec!r}")
    if not Path(path).is_file():
        raise FileNotFoundError(f"{path}: evaluation file not found")
    return name, Path(path)


def _stored_report(model: TriageModel, name: str) -> EvalReport:
    from triage.evaluate import EvalReport

    return EvalReport.model_validate(model.metadata["heldout"][name])


def _add_eval(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "eval",
        help="score a labelled JSONL file and print the metrics",
        description="Print urgent recall, under-triage, precision/recall/F1 per label, "
        "macro-F1, calibration, the threshold trade-off and the confusion matrix. Rows need "
        "'text' and 'label' ('emergency' optional).",
    )
    p.add_argument("data", type=Path, metavar="DATA.jsonl")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument(
        "--fields",
        action="store_true",
        help="DATA is a message-slip set (rows with 'text' and 'fields', as in "
        "benchmarks/fields/): print per-field precision, recall and exact match",
    )
    p.add_argument(
        "--plot",
        type=Path,
        metavar="FILE.png",
        help="also draw the reliability diagram (needs the 'plot' extra)",
    )
    _model_option(p)
    p.set_defaults(run=_run_eval)


def _run_eval(args: argparse.Namespace) -> int:
    from triage.evaluate import format_report
    from triage.training import evaluate_rows, read_labelled

    if args.fields:
        from triage._fields import format_fields, read_rows, score_fields

        rows = read_rows(args.data)
        scores = score_fields(load_model(args.model), rows)
        if args.json:
            print(json.dumps([s.model_dump() for s in scores], indent=2))
        else:
            print(format_fields(scores, len(rows)))
        return EXIT_OK
    report = evaluate_rows(load_model(args.model), read_labelled(args.data))
    print(report.model_dump_json(indent=2) if args.json else format_report(report))
    if args.plot is not None:
        from triage._plot import plot_reliability

        _progress(f"reliability diagram written to {plot_reliability(report, args.plot)}")
    return EXIT_OK


def _add_info(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "info",
        help="show the model's version, labels, thresholds and held-out figures",
        description="Print what a model is: version, labels, decision settings, corpus and "
        "held-out figures from its manifest.",
    )
    _model_option(p)
    p.set_defaults(run=_run_info)


def _run_info(args: argparse.Namespace) -> int:
    model = load_model(args.model)
    print(f"{'model version':<22}{model.version}")
    print(f"{'labels':<22}{', '.join(str(c) for c in model.classifier.classes_)}")
    for key, value in model.config.model_dump().items():
        print(f"{key:<22}{value}")
    for name, report in model.metadata.get("heldout", {}).items():
        print(
            f"held-out {name}: n {report['n']}, urgent recall {report['urgent_recall']:.3f}, "
            f"urgent precision {report['urgent_precision']:.3f}, "
            f"over-triage {report['over_triage_rate']:.3f}, "
            f"macro-F1 {report['macro_f1']:.3f}, ECE {report['ece']:.3f}"
        )
    return EXIT_OK


def _add_validate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "validate",
        help="check a training corpus: schema, duplicates, split leakage, breadth",
        description="Check CORPUS_DIR/train.jsonl and test.jsonl against the row schema, "
        "near-duplicates (Jaccard >= 0.8 on word 3-grams), train/test leakage and the breadth "
        "minimums of the corpus guide. Exit 1 when any check fails.",
    )
    p.add_argument("corpus", type=Path, metavar="CORPUS_DIR")
    p.set_defaults(run=_run_validate)


def _run_validate(args: argparse.Namespace) -> int:
    from triage.corpus import check

    result = check(args.corpus)
    for key, value in result.counts.items():
        print(f"{key:<22}{value}")
    for problem in result.problems:
        print(f"problem: {problem}")
    print("corpus ok" if result.ok else f"corpus has {len(result.problems)} problem(s)")
    return EXIT_OK if result.ok else EXIT_FAILED


_BENCH_EPILOG = f"""\
exit codes:
  0    the run finished (with --check: no target missed)
  1    the run failed: a missing or invalid data, training or targets file
  2    bad usage
  {EXIT_TARGET_MISSED}    --check and a target in the targets file was missed

Peers whose packages are missing are skipped with a line saying so. Install them with
pip install 'call-triage[bench]' (fastText, MiniLM sentence embeddings and matplotlib).
"""


def _add_bench(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "bench",
        help="measure accuracy and speed beside keyword rules, scikit-learn, fastText, MiniLM",
        description="Train the peers on the training split, score triage and every peer on "
        "the data (bootstrap 95% intervals), time them all on one thread, compare with the "
        "targets, and write report.md, results.json and PNGs. Defaults are relative to the "
        "repository root.",
        epilog=_BENCH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--data",
        type=Path,
        default=Path("training_data/test.jsonl"),
        metavar="FILE.jsonl",
        help="labelled calls to score (default: the corpus test split)",
    )
    p.add_argument(
        "--train",
        type=Path,
        default=Path("training_data/train.jsonl"),
        metavar="FILE.jsonl",
        help="training split for the peers (default: training_data/train.jsonl)",
    )
    p.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="output folder (default: benchmarks/results/NAME, NAME the data file's stem)",
    )
    p.add_argument(
        "--targets",
        type=Path,
        default=Path("benchmarks/targets.toml"),
        metavar="FILE.toml",
        help="targets to compare with (default: benchmarks/targets.toml, if present)",
    )
    p.add_argument("--check", action="store_true", help="exit 3 when a target is missed")
    p.add_argument("--quick", action="store_true", help="fewer texts, repeats and resamples")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0)")
    p.add_argument(
        "--results",
        type=Path,
        metavar="results.json",
        help="run nothing: compare a saved results.json with the targets",
    )
    p.set_defaults(run=_run_bench)


def _run_bench(args: argparse.Namespace) -> int:
    from triage.bench import BenchOptions, format_summary, recheck, run_bench, write_results

    targets = args.targets
    if not args.check and args.targets == Path("benchmarks/targets.toml") and not targets.is_file():
        _progress(f"no targets file at {targets}: targets not compared")
        targets = None
    if args.results is not None:
        report = recheck(args.results, targets)
    else:
        options = BenchOptions(
            data=args.data,
            train=args.train,
            targets=targets,
            seed=args.seed,
            quick=args.quick,
            resamples=200 if args.quick else 1000,
        )
        run = run_bench(options, progress=_progress)
        out = args.out or Path("benchmarks/results") / run.report.data.name
        for path in write_results(run, out, progress=_progress):
            _progress(f"wrote {path}")
        report = run.report
    print(format_summary(report))
    missed = any(t.status == "missed" for t in report.targets)
    return EXIT_TARGET_MISSED if args.check and missed else EXIT_OK


def _progress(message: str) -> None:
    print(f"triage: {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
