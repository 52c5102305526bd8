"""The calibrated linear classifier and the model object that classifies calls.

``TriageClassifier`` is a scikit-learn classifier: logistic regression whose scores are
divided by a temperature fitted on out-of-fold predictions, so ``predict_proba`` is
calibrated without a cross-validation ensemble (one weight matrix, fast to apply, small to
store). ``TriageModel`` joins the fitted features and classifier with the red-flag rules and
the policy, and is what ``triage.load_model`` returns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property
from numbers import Integral, Real
from typing import Any, ClassVar

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.utils._param_validation import Interval, StrOptions
from sklearn.utils.multiclass import check_classification_targets, unique_labels
from sklearn.utils.validation import check_is_fitted, validate_data

from triage.features import TriageFeatures
from triage.policy import Evidence, decide
from triage.redflags import scan
from triage.schema import LABELS, CallRecord, TriageConfig, TriageResult
from triage.text import normalise

_TOP_PHRASES = 3


class TriageClassifier(ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """Logistic regression with temperature-scaled, calibrated probabilities.

    Parameters
    ----------
    C : float, default=16.0
        Inverse regularisation strength of the logistic regression.
    class_weight : dict, "balanced" or None, default=None
        Passed to the logistic regression.
    calibration_folds : int, default=5
        Folds of the out-of-fold predictions the temperature is fitted on.
    max_iter : int, default=2000
        Solver iterations.
    random_state : int, default=0
        Seed of the calibration folds; training is deterministic for a given seed.
    """

    _parameter_constraints: ClassVar[dict[str, list[Any]]] = {
        "C": [Interval(Real, 0, None, closed="neither")],
        "class_weight": [dict, StrOptions({"balanced"}), None],
        "calibration_folds": [Interval(Integral, 2, None, closed="left")],
        "max_iter": [Interval(Integral, 1, None, closed="left")],
        "random_state": ["random_state"],
    }

    def __init__(
        self,
        *,
        C: float = 16.0,
        class_weight: dict[Any, float] | str | None = None,
        calibration_folds: int = 5,
        max_iter: int = 2000,
        random_state: int | None = 0,
    ) -> None:
        self.C = C
        self.class_weight = class_weight
        self.calibration_folds = calibration_folds
        self.max_iter = max_iter
        self.random_state = random_state

    def fit(self, X: Any, y: Any) -> TriageClassifier:
        """Fit the logistic regression, then the temperature on out-of-fold scores."""
        self._validate_params()
        X, y = validate_data(self, X, y, accept_sparse="csr")
        check_classification_targets(y)
        self.classes_ = unique_labels(y)
        if len(self.classes_) < 2:
            raise ValueError(
                "need samples of at least 2 classes to fit; "
                f"got one class: {self.classes_.tolist()}"
            )
        self.linear_ = self._linear().fit(X, y)
        self.n_iter_ = self.linear_.n_iter_
        self.temperature_ = self._fit_temperature(X, y)
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        """Raw linear scores (before temperature), as LogisticRegression gives them."""
        check_is_fitted(self, "linear_")
        X = validate_data(self, X, accept_sparse="csr", reset=False)
        return np.asarray(self.linear_.decision_function(X))

    def predict_proba(self, X: Any) -> np.ndarray:
        """Calibrated class probabilities, columns in ``classes_`` order."""
        scores = _as_columns(self.decision_function(X)) / self.temperature_
        return np.asarray(softmax(scores, axis=1))

    def predict(self, X: Any) -> np.ndarray:
        """The most probable class of each row."""
        best = np.argmax(self.predict_proba(X), axis=1)
        return np.asarray(self.classes_[best])

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.sparse = True
        return tags

    def _linear(self) -> LogisticRegression:
        return LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=self.max_iter)

    def _fit_temperature(self, X: Any, y: np.ndarray) -> float:
        folds = min(self.calibration_folds, int(np.unique(y, return_counts=True)[1].min()))
        if folds < 2:
            return 1.0
        cv = StratifiedKFold(folds, shuffle=True, random_state=self.random_state)
        scores = cross_val_predict(self._linear(), X, y, cv=cv, method="decision_function")
        scores = _as_columns(np.asarray(scores))
        target = np.searchsorted(self.classes_, y)

        def nll(log_t: float) -> float:
            logp = log_softmax(scores / np.exp(log_t), axis=1)
            return float(-logp[np.arange(len(target)), target].mean())

        best = minimize_scalar(nll, bounds=(-3.0, 3.0), method="bounded")
        return float(np.exp(best.x))


def _as_columns(scores: np.ndarray) -> np.ndarray:
    """Binary LogisticRegression gives one score column; make it two, as for multiclass."""
    if scores.ndim == 1:
        return np.column_stack([np.zeros_like(scores), scores])
    return scores


class TriageModel:
    """A fitted model: features, classifier, decision settings and provenance.

    Treat it as immutable: one instance may be shared by many threads.
    """

    def __init__(
        self,
        features: TriageFeatures,
        classifier: TriageClassifier,
        config: TriageConfig,
        version: str,
        metadata: Mapping[str, Any] | None = None,
    ) -> None:
        check_is_fitted(features, "vectorizer_")
        check_is_fitted(classifier, "linear_")
        self.features = features
        self.classifier = classifier
        self.config = config
        self.version = version
        self.metadata: dict[str, Any] = dict(metadata or {})

    def __repr__(self) -> str:
        return f"TriageModel(version={self.version!r})"

    def with_config(self, config: TriageConfig) -> TriageModel:
        """The same fitted model with other decision settings."""
        return TriageModel(self.features, self.classifier, config, self.version, self.metadata)

    def classify(self, call: str | CallRecord) -> TriageResult:
        """Classify one call. See ``triage.classify``."""
        return self.classify_many([call])[0]

    def classify_many(self, calls: Iterable[str | CallRecord]) -> list[TriageResult]:
        """Classify many calls at once; the same results as ``classify`` one by one."""
        records = [_as_record(call, i) for i, call in enumerate(calls)]
        if not records:
            return []
        texts = [r.text[: self.config.max_chars] for r in records]
        matrix = self.features.transform(texts)
        probs = self._probabilities(matrix)
        return [
            self._decide(record, text, matrix[i], probs[i])
            for i, (record, text) in enumerate(zip(records, texts, strict=True))
        ]

    def predict_proba(self, texts: Iterable[str]) -> np.ndarray:
        """Calibrated probabilities, columns in ``triage.schema.LABELS`` order."""
        return self._probabilities(self.features.transform(list(texts)))

    def _probabilities(self, matrix: sp.csr_matrix) -> np.ndarray:
        probs = self.classifier.predict_proba(matrix)
        return probs[:, self._label_columns]

    @cached_property
    def _label_columns(self) -> list[int]:
        classes = [str(c) for c in self.classifier.classes_]
        return [classes.index(label.value) for label in LABELS]

    @cached_property
    def _feature_names(self) -> np.ndarray:
        return self.features.get_feature_names_out()

    @cached_property
    def _explainable(self) -> np.ndarray:
        """Columns worth showing as a reason: phrases with a content word, not cue columns."""
        return np.array(
            [
                not name.startswith("cue:") and any(_content_word(w) for w in name.split())
                for name in self._feature_names
            ]
        )

    @cached_property
    def _vocabulary(self) -> Mapping[str, int]:
        return dict(self.features.vectorizer_.vocabulary_)

    def _decide(
        self, record: CallRecord, text: str, row: sp.csr_matrix, probs: np.ndarray
    ) -> TriageResult:
        norm = normalise(text)
        evidence = Evidence(
            probabilities={label: float(p) for label, p in zip(LABELS, probs, strict=True)},
            red_flags=scan(norm),
            known_share=self._known_share(norm),
            phrases=self._phrases(row, probs),
            truncated=len(record.text) > len(text),
        )
        return decide(evidence, record, self.config, self.version)

    def _known_share(self, norm: str) -> float:
        words = [w for w in norm.split() if any(c.isalpha() for c in w)]
        if not words:
            return 0.0
        vocab = self._vocabulary
        return sum(w.strip(".,;:!?") in vocab for w in words) / len(words)

    def _phrases(self, row: sp.csr_matrix, probs: np.ndarray) -> tuple[str, ...]:
        """The n-grams that pushed most towards the predicted class."""
        coef = self.classifier.linear_.coef_
        if coef.shape[0] == 1:  # binary: one row for the positive class
            coef = np.vstack([-coef, coef])
        top = self._label_columns[int(np.argmax(probs))]
        weights = coef[top] - coef.mean(axis=0)
        contrib = row.data * weights[row.indices] * self._explainable[row.indices]
        order = np.argsort(-contrib, kind="stable")[:_TOP_PHRASES]
        return tuple(str(self._feature_names[row.indices[i]]) for i in order if contrib[i] > 0)


def _as_record(call: object, index: int) -> CallRecord:
    """Check one input and wrap it; errors say what was expected and where."""
    if isinstance(call, CallRecord):
        record = call
    elif isinstance(call, str):
        record = CallRecord(text=call)
    else:
        raise TypeError(f"call {index}: expected str or CallRecord, got {type(call).__name__}")
    if not record.text.strip():
        raise ValueError(f"call {index}: text is empty or only whitespace; expected words")
    return record


def _content_word(word: str) -> bool:
    """A word that can explain a decision: not a stop word or a contraction ("he's")."""
    word = word.removeprefix("neg_")
    return "'" not in word and word not in ENGLISH_STOP_WORDS and not word.isdigit()
