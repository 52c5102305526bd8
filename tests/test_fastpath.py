"""The fast path gives the scikit-learn pipeline's results: probabilities within 1e-9 and the
same labels, on the whole corpus and on odd inputs; its text shortcuts equal the plain code."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import triage
from triage.acuity import scan_acuity
from triage.classifier import TriageClassifier
from triage.features import TriageFeatures
from triage.language import detect
from triage.policy import cap_urgent, choose_label, threshold_for
from triage.redflags import scan_all
from triage.schema import LABELS, Label
from triage.text import normalise, tokenise, words_of
from triage.training import life_threat_of

ROOT = Path(__file__).resolve().parent.parent
ODD = [
    "x",
    "!!!",
    "no no no no no",
    "denies CP, SOB, LOC or fever but now vomiting",
    "Pt c/o CP x3d w/o SOB, uh, um, the the pain pain is worse",
    "fever fever fever fever fever fever fever fever",  # a repeated term: sublinear tf
    "ÉMERGENCY﻿ ｃｈｅｓｔ ｐａｉｎ\u200b now",
    "مرحبا my baby is not breathing 🚑",
    "a " * 5000,
    "zzzz qqqq wwww",  # no known n-gram: a zero row
    "12345 678",
]


def _corpus_texts() -> list[str]:
    texts = []
    for name in ("train.jsonl", "test.jsonl"):
        with (ROOT / "training_data" / name).open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle]
    return texts


@functools.cache
def _shipped() -> triage.TriageModel:
    return triage.load_model()


@pytest.fixture(scope="module")
def shipped() -> triage.TriageModel:
    return _shipped()


def test_probabilities_equal_the_scikit_learn_pipeline(shipped: triage.TriageModel) -> None:
    texts = _corpus_texts() + ODD
    fast, reference = shipped.predict_proba(texts), shipped.reference_proba(texts)
    assert fast.shape == reference.shape == (len(texts), len(LABELS))
    np.testing.assert_allclose(fast, reference, rtol=0, atol=1e-9)


def test_labels_equal_those_from_the_pipeline(shipped: triage.TriageModel) -> None:
    texts = _corpus_texts()[::3] + ODD
    reference = shipped.reference_proba(texts)
    config = shipped.config
    for text, probs, result in zip(texts, reference, shipped.classify_many(texts), strict=True):
        norm = normalise(text[: config.max_chars])
        flagged = bool(scan_all(norm, detect(text[: config.max_chars])))  # either language
        cues = scan_acuity(norm)
        p = dict(zip(LABELS, probs, strict=True))
        if not flagged and not cues:
            p = cap_urgent(p, config.max_urgent_without_cue)
        expected = choose_label(p, flagged, threshold_for(cues, config))
        assert result.label is expected


def test_a_model_built_from_estimators_equals_the_loaded_one(
    shipped: triage.TriageModel,
) -> None:
    rebuilt = triage.TriageModel(
        shipped.features,
        shipped.classifier,
        shipped.config,
        shipped.version,
        shipped.metadata,
        life=shipped.life,
    )
    texts = _corpus_texts()[::7] + ODD
    assert rebuilt.classify_many(texts) == shipped.classify_many(texts)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdeno t'/.,;:!?x0123456789 \tÉ"))))
def test_fast_probabilities_match_on_generated_text(text: str) -> None:
    model = _shipped()
    np.testing.assert_allclose(
        model.predict_proba([text]), model.reference_proba([text]), rtol=0, atol=1e-9
    )


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["no", "not", "denies", "don't", "or", "but", ",", ".", "fever", "pain", "chest",
             "cough", "and", "nor", "never", "x/y", "it's", "a.b", "now", "denied", "still"]
        ),
        max_size=30,
    ).map(" ".join)
)  # fmt: skip
def test_words_of_equals_tokenise(norm: str) -> None:
    expected = [("neg_" + t.word) if t.negated else t.word for t in tokenise(norm)]
    assert words_of(norm) == expected


def test_classifying_does_not_import_scikit_learn() -> None:
    code = (
        "import sys, triage; triage.classify('my chest hurts'); "
        "print(sorted(m for m in ('sklearn', 'scipy') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


def test_estimators_are_rebuilt_on_demand(shipped: triage.TriageModel) -> None:
    assert shipped.classifier.predict(shipped.features.transform(["refill please"]))[0] in {
        label.value for label in Label
    }


@pytest.mark.parametrize(
    "settings",
    [
        {"cue_weight": 1.0},  # cue columns: outside the TF-IDF norm
        {"cue_weight": 0.5, "acuity_weight": 2.0},  # both blocks, each with its weight
        {"acuity_weight": 0.0},  # no acuity columns, as models before them
        {"ngram_max": 3, "sublinear_tf": False},
    ],
)
def test_every_kind_of_fitted_model_compiles_to_the_same_probabilities(
    settings: dict[str, Any],
) -> None:
    with (ROOT / "training_data" / "train.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle][::4]
    texts, y = [r["text"] for r in rows], [r["label"] for r in rows]
    features = TriageFeatures(min_df=1, **settings).fit(texts)
    classifier = TriageClassifier(calibration_folds=3).fit(features.transform(texts), y)
    model = triage.TriageModel(features, classifier, triage.TriageConfig(), "test")
    probe = _corpus_texts()[1::9] + ODD
    np.testing.assert_allclose(
        model.predict_proba(probe), model.reference_proba(probe), rtol=0, atol=1e-9
    )
    assert_one_and_many_agree(model, probe)


def test_the_life_threat_score_equals_its_classifier() -> None:
    """The learned life-threat score, compiled into the same tables, gives the binary
    classifier's probability within 1e-9, one call and a batch alike."""
    with (ROOT / "training_data" / "train.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle][::4]
    texts = [r["text"] for r in rows]
    features = TriageFeatures(min_df=1).fit(texts)
    matrix = features.transform(texts)
    classifier = TriageClassifier(calibration_folds=3).fit(matrix, [r["label"] for r in rows])
    life = TriageClassifier(calibration_folds=3).fit(matrix, [r["emergency"] for r in rows])
    model = triage.TriageModel(
        features, classifier, triage.TriageConfig(), "test", life=life_threat_of(life)
    )
    probe = _corpus_texts()[1::9] + ODD
    expected = life.predict_proba(features.transform(probe))[:, 1]
    docs = [words_of(normalise(t)) for t in probe]
    cues = model._cue_rows([normalise(t) for t in probe])
    got = [p for _, _, p in model._scorer.score_many(docs, cues)]
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-9)
    assert_one_and_many_agree(model, probe)


def test_one_call_and_a_batch_give_the_same_floats(shipped: triage.TriageModel) -> None:
    """``classify`` scores in plain Python and ``classify_many`` in numpy: the same
    reasons, and probabilities within 1e-12 (the n-gram sums are added in the same order;
    the cue columns and the softmax are numpy's in a batch)."""
    assert_one_and_many_agree(shipped, _corpus_texts()[::3] + ODD)


def assert_one_and_many_agree(model: triage.TriageModel, texts: list[str]) -> None:
    scorer = model._scorer
    texts = [*texts, "", "a " * 5000]
    docs = [words_of(normalise(text)) for text in texts]
    cues = model._cue_rows([normalise(text) for text in texts])
    one = [scorer.score(words, row) for words, row in zip(docs, cues, strict=True)]
    for many in (scorer.score_many(docs, cues), scorer.score_many(docs[::-1], cues[::-1])[::-1]):
        assert [phrases for _, phrases, _ in many] == [phrases for _, phrases, _ in one]
        np.testing.assert_allclose(
            [[*p, life or 0.0] for p, _, life in many],
            [[*p, life or 0.0] for p, _, life in one],
            rtol=0,
            atol=1e-12,
        )


def test_a_model_without_all_three_labels_is_refused_by_name() -> None:
    texts = ["my chest hurts badly", "can i book a cleaning", "chest pain now", "book me in"]
    features = TriageFeatures(min_df=1).fit(texts)
    y = ["urgent", "routine", "urgent", "routine"]
    classifier = TriageClassifier(calibration_folds=2).fit(features.transform(texts), y)
    with pytest.raises(ValueError, match="fitted on the labels"):
        triage.TriageModel(features, classifier, triage.TriageConfig(), "test")


def test_the_one_call_sums_add_in_order_as_numpy_does() -> None:
    """The one-call path adds with ``_total`` and the batch with ``np.bincount``: the same
    order and no compensation, or the two could differ in the last bit. Magnitudes spread
    over sixteen orders so that any other way of adding would show."""
    from triage import model as fast

    rng = np.random.default_rng(0)
    for size in (0, 1, 7, 100, 1000):
        xs = (rng.standard_normal(size) * 10.0 ** rng.integers(-8, 8, size)).tolist()
        expected = float(np.bincount(np.zeros(size, dtype=np.intp), xs, minlength=1)[0])
        assert fast._total(xs) == expected
        assert fast._add_in_order(xs) == expected


def test_known_share_strips_only_the_words_it_must(shipped: triage.TriageModel) -> None:
    """``_known_share`` strips punctuation only from words that are not columns as they
    stand: exact because no column starts or ends with that punctuation."""
    knows = shipped._scorer.knows
    assert not any(term != term.strip(".,;:!?") for term in shipped._scorer._terms)
    for text in _corpus_texts()[::5] + ODD + ["pain. pain, (pain) pain!? ...", "¿dolor?"]:
        norm = normalise(text)
        words = [w for w in norm.split() if any(c.isalpha() for c in w)]
        every = sum(knows(w.strip(".,;:!?")) for w in words) / len(words) if words else 0.0
        assert shipped._known_share(norm) == every
