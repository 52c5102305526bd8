"""The calibrated linear classifier: the training path and the reference pipeline.

``TriageClassifier`` is a scikit-learn classifier: logistic regression whose scores are
divided by a temperature fitted on out-of-fold predictions, so ``predict_proba`` is
calibrated without a cross-validation ensemble (one weight matrix, fast to apply, small to
store). ``triage.model`` compiles a fitted one, with the features, into the fast path that
classifies calls; this estimator stays the reference that path is tested against.
"""

from __future__ import annotations

from numbers import Integral, Real
from typing import Any, ClassVar

import numpy as np
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.utils._param_validation import Interval, StrOptions
from sklearn.utils.multiclass import check_classification_targets, unique_labels
from sklearn.utils.validation import check_is_fitted, validate_data


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
