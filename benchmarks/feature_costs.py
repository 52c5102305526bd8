"""What each feature of the word model buys, and what it costs per call (issue 8).

Fits the model's feature extractor and classifier on the corpus training split with one
setting changed at a time, keeps the shipped decision settings (urgent threshold included),
and reports accuracy on the corpus test split and on the external dev set next to the time
one call spends in the model stage. The red-flag rules and the policy are the same in every
row: they are the safety layer, not a feature to trade.

    python benchmarks/feature_costs.py [--dev ../shared/eval/dev.jsonl] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import triage
from triage.classifier import TriageClassifier
from triage.evaluate import EvalReport, evaluate
from triage.features import TriageFeatures
from triage.model import TriageModel
from triage.text import normalise, words_of
from triage.training import read_corpus, read_labelled

ROOT = Path(__file__).resolve().parent.parent
VARIANTS: dict[str, Callable[[], TriageFeatures]] = {
    "word 1-2 grams (shipped)": lambda: TriageFeatures(ngram_max=2),
    "word 1 grams": lambda: TriageFeatures(ngram_max=1),
    "word 1-3 grams": lambda: TriageFeatures(ngram_max=3),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared/eval/dev.jsonl")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results")
    args = parser.parse_args()
    shipped = triage.load_model()
    train = read_corpus(ROOT / "training_data/train.jsonl")
    sets = {"test": read_labelled(ROOT / "training_data/test.jsonl")}
    if args.dev.is_file():
        sets["dev"] = read_labelled(args.dev)
    texts, labels = [r.text for r in train], [r.label.value for r in train]
    rows = []
    for name, make in VARIANTS.items():
        features = make().fit(texts)
        classifier = TriageClassifier().fit(features.transform(texts), labels)
        model = TriageModel(features, classifier, shipped.config, name)
        reports = {
            key: evaluate(model, [r.text for r in data], [r.label for r in data],
                          [r.emergency for r in data])
            for key, data in sets.items()
        }  # fmt: skip
        rows.append(_row(name, model, reports, [r.text for r in sets["test"]]))
        print(json.dumps(rows[-1]))
    _write(args.out, rows)


def _row(
    name: str, model: TriageModel, reports: dict[str, EvalReport], texts: list[str]
) -> dict[str, object]:
    """Accuracy per data set and the median time of the model stage over the texts."""
    words = [words_of(normalise(t)) for t in texts]
    scorer = model._scorer
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        for w in words:
            scorer.score(w, ())
        runs.append((time.perf_counter() - start) / len(words) * 1e6)
    row: dict[str, object] = {
        "features": name,
        "columns": len(model.features.vectorizer_.vocabulary_),
        "model_stage_us": round(statistics.median(runs), 1),
    }
    for key, report in reports.items():
        row[f"{key}_urgent_recall"] = round(report.urgent_recall, 3)
        row[f"{key}_over_triage"] = round(report.over_triage_rate, 3)
        row[f"{key}_macro_f1"] = round(report.macro_f1, 3)
    return row


def _write(out: Path, rows: list[dict[str, object]]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    stamp = {
        "triage": triage.__version__,
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {platform.system()}",
        "date": time.strftime("%Y-%m-%d"),
    }
    (out / "feature_costs.json").write_text(json.dumps({"stamp": stamp, "rows": rows}, indent=2))
    keys = list(rows[0])
    lines = [
        "# What each feature buys (issue 8)",
        "",
        f"triage {stamp['triage']}, Python {stamp['python']}, {stamp['machine']}, "
        f"{stamp['date']}. Same corpus, seed, classifier and decision settings (shipped "
        "urgent threshold); only the n-gram range changes. `model_stage_us`: median time "
        "of the model stage per call on the test split (words to probabilities and reasons), "
        "one thread, on a shared machine: compare rows, not absolute values.",
        "",
        "| " + " | ".join(keys) + " |",
        "|" + "---|" * len(keys),
        *("| " + " | ".join(str(r[k]) for k in keys) + " |" for r in rows),
        "",
    ]
    (out / "feature_costs.md").write_text("\n".join(lines))


if __name__ == "__main__":
    main()
