"""The scikit-learn estimator contract for TriageFeatures and TriageClassifier."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.utils import estimator_checks as checks
from sklearn.utils.estimator_checks import check_estimator

from triage.classifier import TriageClassifier
from triage.features import ACUITY_NAMES, CUE_NAMES, TriageFeatures, cue_vector

TEXTS = [
    "my chest hurts and i can't breathe",
    "i'd like to book a cleaning next week",
    "press one now to claim your offer",
    "no fever, just a cough for two weeks",
    "this is Maria please call me back",
    "our company helps practices like yours with marketing",
]

# scikit-learn skips its generic checks for text input (they feed numeric arrays), so we run
# the API checks that apply to any estimator by hand, and the full suite on the classifier.
API_CHECKS = [
    checks.check_no_attributes_set_in_init,
    checks.check_parameters_default_constructible,
    checks.check_get_params_invariance,
    checks.check_set_params,
    checks.check_estimator_repr,
    checks.check_estimator_cloneable,
    checks.check_estimator_tags_renamed,
    checks.check_valid_tag_types,
    checks.check_mixin_order,
    checks.check_do_not_raise_errors_in_init_or_set_params,
]


@pytest.mark.parametrize("check", API_CHECKS, ids=lambda c: c.__name__)
def test_features_pass_sklearn_api_checks(check: object) -> None:
    check("TriageFeatures", TriageFeatures())  # type: ignore[operator]


@pytest.mark.filterwarnings("ignore::sklearn.exceptions.SkipTestWarning")
def test_classifier_passes_sklearn_checks() -> None:
    # Two optional checks skip themselves (array API, pandas); every other one must pass.
    results = check_estimator(TriageClassifier(calibration_folds=2), on_fail=None)
    failed = [(r["check_name"], str(r["exception"])) for r in results if r["status"] == "failed"]
    assert failed == []
    assert sum(r["status"] == "passed" for r in results) >= 40


def test_fit_transform_shape_and_names() -> None:
    f = TriageFeatures(min_df=1).fit(TEXTS)
    X = f.transform(TEXTS)
    names = f.get_feature_names_out()
    assert X.shape == (len(TEXTS), len(names)) == (len(TEXTS), f.n_features_out_)
    assert tuple(names[-len(CUE_NAMES) - len(ACUITY_NAMES) :]) == CUE_NAMES + ACUITY_NAMES
    assert "neg_fever" in set(names)


def test_acuity_columns_mark_the_families_found_unnormalised() -> None:
    f = TriageFeatures(min_df=1, acuity_weight=2.0).fit(TEXTS)
    names = list(f.get_feature_names_out())
    X = f.transform(["it came on all of a sudden and it's getting worse " * 20, "my knee hurts"])
    onset, worse = names.index("acuity:onset"), names.index("acuity:worsening")
    assert X[0, onset] == X[0, worse] == 2.0  # the weight, however long the text
    assert X[1, len(names) - len(ACUITY_NAMES) :].nnz == 0


def test_no_acuity_columns_at_weight_zero() -> None:
    f = TriageFeatures(min_df=1, acuity_weight=0.0).fit(TEXTS)
    assert tuple(f.get_feature_names_out()[-len(CUE_NAMES) :]) == CUE_NAMES
    assert f.transform(TEXTS).shape[1] == f.n_features_out_


def test_fit_is_idempotent_and_clone_is_unfitted() -> None:
    a = TriageFeatures(min_df=1).fit(TEXTS).transform(TEXTS)
    b = TriageFeatures(min_df=1).fit(TEXTS).fit(TEXTS).transform(TEXTS)
    assert (a != b).nnz == 0
    with pytest.raises(NotFittedError):
        clone(TriageFeatures(min_df=1).fit(TEXTS)).transform(TEXTS)


def test_unfitted_transform_raises() -> None:
    with pytest.raises(NotFittedError):
        TriageFeatures().transform(TEXTS)


def test_pickle_round_trip_gives_same_matrix() -> None:
    f = TriageFeatures(min_df=1).fit(TEXTS)
    g = pickle.loads(pickle.dumps(f))
    assert (f.transform(TEXTS) != g.transform(TEXTS)).nnz == 0


@pytest.mark.parametrize("bad", ["one string", [1, 2], [None]])
def test_bad_input_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        TriageFeatures(min_df=1).fit(bad)  # type: ignore[arg-type]


def test_invalid_parameter_is_named() -> None:
    with pytest.raises(ValueError, match="ngram_max"):
        TriageFeatures(ngram_max=0).fit(TEXTS)


def test_cues() -> None:
    fever = cue_vector("my baby has a fever of 101.5")
    assert fever[CUE_NAMES.index("cue:fever_number")] == 1.0
    long = cue_vector("my knee has ached for three months")
    assert long[CUE_NAMES.index("cue:long_duration")] == 1.0
    sales = cue_vector("special offer, press one to speak with a representative")
    assert sales[CUE_NAMES.index("cue:business_words")] > 0
    assert all(0.0 <= v <= 1.0 for v in cue_vector("hello"))


def test_classifier_probabilities_are_tempered_softmax() -> None:
    rng = np.random.default_rng(0)
    X = rng.normal(size=(120, 4))
    y = np.array(["a", "b", "c"] * 40)
    X[y == "a", 0] += 2
    X[y == "c", 1] += 2
    clf = TriageClassifier(random_state=0).fit(X, y)
    p = clf.predict_proba(X)
    assert np.allclose(p.sum(axis=1), 1.0)
    assert clf.temperature_ > 0
    assert list(clf.classes_) == ["a", "b", "c"]
    again = TriageClassifier(random_state=0).fit(X, y)
    assert np.array_equal(again.predict_proba(X), p)
