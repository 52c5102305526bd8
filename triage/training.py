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
from typing import Any, NamedTuple, TypeVar

import numpy as np
from pydantic import BaseModel, ConfigDict, ValidationError
from sklearn.base import clone
from sklearn.model_selection import StratifiedKFold

from triage._version import __version__
from triage.acuity import scan_acuity
from triage.classifier import TriageClassifier
from triage.evaluate import EvalReport, evaluate
from triage.features import TriageFeatures
from triage.language import detect
from triage.model import LifeThreat, TriageModel
from triage.redflags import find_red_flags
from triage.schema import LABELS, CorpusRow, Label, TriageConfig
from triage.text import normalise

#: Urgent recall the thresholds are chosen for, on out-of-fold training predictions.
TARGET_URGENT_RECALL = 0.99
_THRESHOLD_BOUNDS = (0.05, 0.5)
#: Candidate thresholds for calls with no red flag and no acuity cue: up to just under the
#: cap on their p(urgent) (``TriageConfig.max_urgent_without_cue``).
_NO_CUE_GRID = tuple(round(0.05 + 0.01 * i, 2) for i in range(81))
#: Candidate thresholds of the learned life-threat score.
_LIFE_GRID = tuple(round(0.5 + 0.01 * i, 2) for i in range(50))
#: Of the urgent calls that are no life threat, the share the learned score may add the
#: emergency advice to (out of fold), on top of the lexicon's own.
MAX_ADDED_FALSE_EMERGENCY = 0.01
_FOLDS = 5


class LabelledCall(BaseModel):
    """A call with its true label, as in an evaluation file (extra fields are ignored)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    text: str
    label: Label
    emergency: bool = False
    category: str | None = None  # the kind of call, for reading failures by kind
    language: str | None = None  # the language it is in ("en", "es"), for figures by language
    tags: tuple[str, ...] = ()


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
    """Train on ``corpus_dir/train.jsonl``, pick the thresholds, score ``test.jsonl``.

    The urgent thresholds (for calls with an acuity cue and for calls with none) reach
    ``TARGET_URGENT_RECALL`` out-of-fold urgent recall on the training split with the fewest
    routine calls called urgent (``recall_first_thresholds``); the learned life-threat
    score's threshold is ``life_threshold``'s.
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
    emergencies = [r.emergency for r in train_rows]
    features, classifier = default_estimators(seed)
    say(f"choosing the thresholds on {_FOLDS}-fold out-of-fold predictions")
    oof = _out_of_fold(features, classifier, texts, labels, emergencies=emergencies, seed=seed)
    chosen = (config or TriageConfig()).model_copy(update=_thresholds(oof, texts, labels))
    say("fitting the final model and the life-threat score")
    features.fit(texts)
    matrix = features.transform(texts)
    classifier.fit(matrix, labels)
    life = life_threat_of(clone(classifier).fit(matrix, emergencies))
    version = f"call-triage-{__version__}+{corpus_hash(files)[:12]}"
    model = TriageModel(features, classifier, chosen, version, life=life)
    say(f"scoring {len(test_rows)} held-out calls")
    report = evaluate_rows(model, test_rows)
    model.metadata.update(_training_metadata(files, seed, train_rows, test_rows, report))
    return model


def evaluate_rows(model: TriageModel, rows: Sequence[LabelledCall | CorpusRow]) -> EvalReport:
    """``evaluate`` on labelled rows, with their pairs and categories when they have them."""
    pairs = [_pair_of(r.tags) for r in rows]
    categories = [getattr(r, "category", None) for r in rows]
    languages = [getattr(r, "language", None) for r in rows]
    return evaluate(
        model,
        [r.text for r in rows],
        [r.label for r in rows],
        [r.emergency for r in rows],
        pairs=pairs if any(pairs) else None,
        categories=categories if any(categories) else None,
        languages=languages if any(languages) else None,
    )


def _pair_of(tags: Sequence[str]) -> str | None:
    return next((t.partition(":")[2] for t in tags if t.startswith("pair:")), None)


def life_threat_of(classifier: TriageClassifier) -> LifeThreat:
    """The learned life-threat score of a classifier fitted on ``emergency`` (True/False)."""
    if list(classifier.classes_) != [False, True]:
        raise ValueError(f"expected classes [False, True], got {list(classifier.classes_)}")
    return LifeThreat(
        coef=np.asarray(classifier.linear_.coef_[0], dtype=np.float64),
        intercept=float(classifier.linear_.intercept_[0]),
        temperature=float(classifier.temperature_),
    )


class _OutOfFold(NamedTuple):
    p_urgent: np.ndarray
    p_life: np.ndarray
    emergency: np.ndarray


def _out_of_fold(
    features: TriageFeatures,
    classifier: TriageClassifier,
    texts: list[str],
    labels: list[str],
    *,
    emergencies: list[bool],
    seed: int,
) -> _OutOfFold:
    """p(urgent) and p(life threat) of each training call from models fitted without it."""
    p_urgent, p_life = np.zeros(len(texts)), np.zeros(len(texts))
    folds = StratifiedKFold(_FOLDS, shuffle=True, random_state=seed)
    for fit_idx, out_idx in folds.split(texts, labels):
        f = clone(features).fit([texts[i] for i in fit_idx])
        fit, out = (
            f.transform([texts[i] for i in fit_idx]),
            f.transform([texts[i] for i in out_idx]),
        )
        c = clone(classifier).fit(fit, [labels[i] for i in fit_idx])
        life = clone(classifier).fit(fit, [emergencies[i] for i in fit_idx])
        p_urgent[out_idx] = c.predict_proba(out)[:, list(c.classes_).index(Label.URGENT.value)]
        p_life[out_idx] = life.predict_proba(out)[:, list(life.classes_).index(True)]
    return _OutOfFold(p_urgent, p_life, np.array(emergencies, dtype=bool))


def _thresholds(oof: _OutOfFold, texts: list[str], labels: list[str]) -> dict[str, Any]:
    """The decision settings chosen on out-of-fold predictions: both urgent thresholds, for
    recall, and the learned life-threat score's."""
    norms = [normalise(t) for t in texts]
    flags = list(map(find_red_flags, texts))  # in either language, as classify reads them
    flagged = np.array([bool(f) for f in flags])
    cued = np.array([bool(scan_acuity(n, detect(t))) for n, t in zip(norms, texts, strict=True)])
    urgent = np.array([label == Label.URGENT.value for label in labels])
    routine = np.array([label == Label.ROUTINE.value for label in labels])
    threshold, no_cue = recall_first_thresholds(
        oof.p_urgent, flagged, cued, urgent, routine, target=TARGET_URGENT_RECALL
    )
    lexicon = np.array([any(flag.emergency for flag in f) for f in flags])
    life = life_threshold(oof.p_life, lexicon, oof.emergency, urgent)
    return {
        "urgent_threshold": threshold,
        "urgent_threshold_no_cue": no_cue,
        "life_threat_threshold": life,
    }


def life_threshold(
    p_life: np.ndarray, lexicon: np.ndarray, emergency: np.ndarray, urgent: np.ndarray
) -> float | None:
    """The lowest threshold of the learned life-threat score at which it adds the emergency
    advice to at most ``MAX_ADDED_FALSE_EMERGENCY`` of the urgent calls that are no life
    threat (beyond the lexicon's own); None if even the highest adds more.

    >>> life_threshold(np.array([.95, .7, .6, .2]), np.zeros(4, bool),
    ...                np.array([1, 1, 0, 0], bool), np.ones(4, bool))
    0.61
    """
    benign = urgent & ~emergency
    for threshold in _LIFE_GRID:
        added = benign & ~lexicon & (p_life >= threshold)
        if added.sum() <= MAX_ADDED_FALSE_EMERGENCY * max(benign.sum(), 1):
            return threshold
    return None


def recall_first_thresholds(
    p_urgent: np.ndarray,
    flagged: np.ndarray,
    cued: np.ndarray,
    urgent: np.ndarray,
    routine: np.ndarray,
    *,
    target: float,
) -> tuple[float, float]:
    """The thresholds for calls with an acuity cue and for calls with none that reach
    ``target`` urgent recall (red flags forcing urgent) with the fewest routine calls
    called urgent; ties go to the higher thresholds. For each threshold of the cue-less
    calls, the cued ones get the highest threshold (within 0.05-0.5) that still reaches the
    target, never above the cue-less one. Nothing reaches it: the lowest of both.

    >>> recall_first_thresholds(np.array([.9, .3, .2, .6, .1]), np.zeros(5, bool),
    ...     np.array([0, 1, 0, 0, 0], bool), np.array([1, 1, 0, 0, 0], bool),
    ...     np.array([0, 0, 1, 1, 1], bool), target=0.99)
    (0.3, 0.85)
    """
    low, high = _THRESHOLD_BOUNDS
    needed = int(np.ceil(target * urgent.sum()))
    cued_scores = np.sort(p_urgent[urgent & cued & ~flagged])[::-1]
    best: tuple[int, float, float] | None = None
    for no_cue in _NO_CUE_GRID:
        plain = ~cued & ~flagged & (p_urgent >= no_cue)
        missing = needed - int((urgent & (flagged | plain)).sum())
        if missing > len(cued_scores):
            continue  # even every cued call cannot make up the rest
        threshold = high if missing <= 0 else float(cued_scores[missing - 1])
        # A cue never makes a call harder to call urgent than no cue.
        threshold = float(np.clip(round(threshold, 6), low, min(high, no_cue)))
        called = flagged | plain | (cued & (p_urgent >= threshold))
        if int((called & urgent).sum()) < needed:  # the clip went above the score needed
            continue
        over = int((called & routine).sum())
        if best is None or (over, -threshold, -no_cue) <= (best[0], -best[1], -best[2]):
            best = (over, threshold, no_cue)
    return (best[1], best[2]) if best is not None else (low, low)


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
