"""Training: corpus in, checked and self-describing model out, deterministically.

Same corpus and seed give the same model: the folds are seeded, the solver is
deterministic, and nothing depends on time or on dictionary order of the input.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from pydantic import BaseModel, ConfigDict, ValidationError
from sklearn.base import clone
from sklearn.model_selection import StratifiedKFold

from triage._version import __version__
from triage.classifier import TriageClassifier
from triage.evaluate import EvalReport, evaluate
from triage.features import TriageFeatures
from triage.model import TriageModel
from triage.redflags import find_red_flags
from triage.schema import LABELS, CorpusRow, Label, TriageConfig

#: Urgent recall the threshold is chosen for, on out-of-fold training predictions.
TARGET_URGENT_RECALL = 0.99
_THRESHOLD_BOUNDS = (0.05, 0.5)
_FOLDS = 5


class LabelledCall(BaseModel):
    """A call with its true label, as in an evaluation file (extra fields are ignored)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    text: str
    label: Label
    emergency: bool = False


_Row = TypeVar("_Row", bound=BaseModel)


def read_labelled(path: str | os.PathLike[str]) -> list[LabelledCall]:
    """Read labelled calls from JSON Lines; errors give the file and line number."""
    return _read_jsonl(Path(path), LabelledCall)


def read_corpus(path: str | os.PathLike[str]) -> list[CorpusRow]:
    """Read corpus rows (the full schema of training_data/WRITING_GUIDE.md)."""
    return _read_jsonl(Path(path), CorpusRow)


def _read_jsonl(path: Path, schema: type[_Row]) -> list[_Row]:
    rows: list[_Row] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                rows.append(schema.model_validate(json.loads(line)))
            except (ValueError, ValidationError) as exc:
                # The message names the line and the fields, never the call text.
                detail = (
                    exc.errors(include_input=False) if isinstance(exc, ValidationError) else exc
                )
                raise ValueError(f"{path}:{number}: invalid row: {detail}") from None
    if not rows:
        raise ValueError(f"{path}: no rows")
    return rows


def corpus_hash(paths: Sequence[Path]) -> str:
    """SHA-256 over the corpus files, in the order given."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def default_estimators(seed: int = 0) -> tuple[TriageFeatures, TriageClassifier]:
    """The shipped model's feature extractor and classifier, unfitted."""
    return TriageFeatures(), TriageClassifier(random_state=seed)


def train(
    corpus_dir: str | os.PathLike[str],
    *,
    seed: int = 0,
    config: TriageConfig | None = None,
    progress: Callable[[str], None] | None = None,
) -> TriageModel:
    """Train on ``corpus_dir/train.jsonl``, pick the urgent threshold, score ``test.jsonl``.

    The urgent threshold is the highest one (least over-triage) at which out-of-fold urgent
    recall on the training split reaches ``TARGET_URGENT_RECALL``, kept within 0.05-0.5.
    """
    say = progress or (lambda _message: None)
    root = Path(corpus_dir)
    files = [root / "train.jsonl", root / "test.jsonl"]
    for path in files:
        if not path.is_file():
            raise FileNotFoundError(
                f"{path}: corpus file not found (expected train.jsonl and test.jsonl)"
            )
    train_rows, test_rows = read_corpus(files[0]), read_corpus(files[1])
    say(f"read {len(train_rows)} training and {len(test_rows)} test calls")
    texts, labels = [r.text for r in train_rows], [r.label.value for r in train_rows]
    features, classifier = default_estimators(seed)
    say(f"choosing the urgent threshold on {_FOLDS}-fold out-of-fold predictions")
    threshold = _choose_threshold(features, classifier, texts, labels, seed)
    say("fitting the final model")
    features.fit(texts)
    classifier.fit(features.transform(texts), labels)
    base = config or TriageConfig()
    chosen = base.model_copy(update={"urgent_threshold": threshold})
    version = f"call-triage-{__version__}+{corpus_hash(files)[:12]}"
    model = TriageModel(features, classifier, chosen, version)
    say(f"scoring {len(test_rows)} held-out calls")
    report = evaluate(
        model,
        [r.text for r in test_rows],
        [r.label for r in test_rows],
        [r.emergency for r in test_rows],
    )
    model.metadata.update(_training_metadata(files, seed, train_rows, test_rows, report))
    return model


def _choose_threshold(
    features: TriageFeatures,
    classifier: TriageClassifier,
    texts: list[str],
    labels: list[str],
    seed: int,
) -> float:
    p_urgent = np.zeros(len(texts))
    folds = StratifiedKFold(_FOLDS, shuffle=True, random_state=seed)
    for fit_idx, out_idx in folds.split(texts, labels):
        f, c = clone(features), clone(classifier)
        f.fit([texts[i] for i in fit_idx])
        c.fit(f.transform([texts[i] for i in fit_idx]), [labels[i] for i in fit_idx])
        column = list(c.classes_).index(Label.URGENT.value)
        p_urgent[out_idx] = c.predict_proba(f.transform([texts[i] for i in out_idx]))[:, column]
    flagged = np.array([bool(find_red_flags(t)) for t in texts])
    urgent = np.array([label == Label.URGENT.value for label in labels])
    return recall_first_threshold(p_urgent, flagged, urgent, TARGET_URGENT_RECALL)


def recall_first_threshold(
    p_urgent: np.ndarray, flagged: np.ndarray, urgent: np.ndarray, target: float
) -> float:
    """Highest threshold whose urgent recall (flags forcing urgent) reaches ``target``.

    >>> recall_first_threshold(np.array([.9, .4, .2, .1]), np.zeros(4, bool),
    ...                        np.array([1, 1, 0, 0], bool), 0.99)
    0.4
    """
    low, high = _THRESHOLD_BOUNDS
    needed = int(np.ceil(target * urgent.sum()))
    scores = np.sort(p_urgent[urgent & ~flagged])[::-1]
    missing = needed - int((urgent & flagged).sum())
    if missing <= 0:
        return high
    if missing > len(scores):
        return low
    return float(np.clip(round(float(scores[missing - 1]), 6), low, high))


def _training_metadata(
    files: list[Path],
    seed: int,
    train_rows: list[CorpusRow],
    test_rows: list[CorpusRow],
    report: EvalReport,
) -> dict[str, Any]:
    return {
        "corpus": {
            "sha256": corpus_hash(files),
            "train_rows": len(train_rows),
            "test_rows": len(test_rows),
            "labels": {label.value: sum(r.label is label for r in train_rows) for label in LABELS},
        },
        "seed": seed,
        "heldout": {"corpus_test": report.model_dump(mode="json")},
    }
