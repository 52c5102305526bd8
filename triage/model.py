"""The model object that classifies calls, and the fast path it classifies them with.

``TriageModel`` is what ``triage.load_model`` returns. At load it folds the fitted features
(``triage.features.TriageFeatures``) and classifier (``triage.classifier.TriageClassifier``)
into one lookup from n-gram to column, IDF weight and per-class weights (divided by the
temperature), so one call costs one pass of the text stages, a dictionary lookup per n-gram
and a few float operations: no scikit-learn validation, no sparse matrices, and no
scikit-learn import at all until the estimators themselves are asked for. The scikit-learn
pipeline stays the training path and the reference: ``reference_proba`` gives its
probabilities, and the tests hold the fast path to them within 1e-9.
"""

from __future__ import annotations

import gc
import math
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import repeat
from operator import add, itemgetter, methodcaller, mul, neg
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from triage.policy import Evidence, decide
from triage.redflags import scan
from triage.schema import LABELS, CallRecord, TriageConfig, TriageResult
from triage.text import normalise, words_of

if TYPE_CHECKING:
    from triage.classifier import TriageClassifier
    from triage.features import TriageFeatures

__all__ = ["TriageModel"]

_TOP_PHRASES = 3
# Short function words that never explain a decision on their own ("to the", "i was").
_FUNCTION_TEXT = """a about after again all also am an and any are as at be been before being
both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself of off on once only or other our ours out over own same she should so some such
than that the their theirs them then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your yours
yourself no not nor since yet well oh ok okay yes yeah hi hello thanks"""
_FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
# Fields of a table entry: (column, idf, weight per label..., reason weight per label...).
_COLUMN, _IDF = itemgetter(0), itemgetter(1)
_WEIGHTS = tuple(itemgetter(2 + i) for i in range(len(LABELS)))
_REASONS = tuple(itemgetter(2 + len(LABELS) + i) for i in range(len(LABELS)))
_STRIP_PUNCTUATION = methodcaller("strip", ".,;:!?")
_BUILD_LOCK = threading.Lock()  # guards the one-time rebuild of the scikit-learn estimators


class Weights(NamedTuple):
    """What a fitted model is made of: enough to classify and to rebuild the estimators."""

    vocabulary: Sequence[str]  # n-gram of each column
    idf: np.ndarray  # (n_terms,)
    coef: np.ndarray  # (n_classes, n_terms + n_cues), as LogisticRegression stores it
    intercept: np.ndarray
    classes: Sequence[str]
    temperature: float
    ngram_max: int
    sublinear_tf: bool
    cue_weight: float


class _Scorer:
    """The features and classifier folded into one table; immutable once built."""

    __slots__ = ("_bias", "_cues", "_ngram_max", "_sublinear", "_table")

    def __init__(self, weights: Weights) -> None:
        classes = [str(c) for c in weights.classes]
        if sorted(classes) != sorted(label.value for label in LABELS):
            raise ValueError(
                f"a triage model must be fitted on the labels {[x.value for x in LABELS]}, "
                f"got {classes}"
            )
        logit_coef = reason_coef = np.asarray(weights.coef, dtype=np.float64)
        intercept = np.asarray(weights.intercept, dtype=np.float64)
        order = [classes.index(label.value) for label in LABELS]
        t = float(weights.temperature)
        n_terms = len(weights.vocabulary)
        scaled = logit_coef[order, :n_terms] * np.asarray(weights.idf) / t
        reasons = (reason_coef - reason_coef.mean(axis=0))[order, :n_terms]
        idf = np.asarray(weights.idf, dtype=np.float64).tolist()
        rows = zip(scaled.T.tolist(), reasons.T.tolist(), strict=True)
        terms = [term.split() for term in weights.vocabulary]
        # Each distinct word is judged once (a third of load time when done per n-gram).
        content = {word for words in terms for word in words if _content_word(word)}
        table: dict[str, tuple[Any, ...]] = {}
        with _collector_paused():
            for col, (term, words, (w, r)) in enumerate(
                zip(weights.vocabulary, terms, rows, strict=True)
            ):
                shown = not content.isdisjoint(words)
                table[term] = (col, idf[col], *w, *(r if shown else (0.0, 0.0, 0.0)))
        self._table = table
        self._bias = tuple((intercept[order] / t).tolist())
        cue_coef = logit_coef[order, n_terms:] * weights.cue_weight / t
        self._cues = tuple(map(tuple, cue_coef.T.tolist())) if weights.cue_weight else ()
        self._ngram_max = weights.ngram_max
        self._sublinear = weights.sublinear_tf

    @property
    def knows_word(self) -> Callable[[str], bool]:
        """Whether a word is a column (a bound method, cheap to map over many words)."""
        return self._table.__contains__

    def score(self, words: list[str], cues: Sequence[float]) -> tuple[list[float], list[str]]:
        """Probabilities in ``LABELS`` order, and the n-grams that pushed most towards the
        most probable label (a reason must push towards it).

        The sums run in C (``sum`` over ``map``) rather than in a Python loop per n-gram.
        """
        table = self._table
        counts = Counter(filter(table.__contains__, _grams(words, self._ngram_max)))
        entries = [table[gram] for gram in counts]
        idf = list(map(_IDF, entries))
        if len(counts) == counts.total():  # every n-gram once: tf is 1
            values, tfs = idf, None
        else:
            tfs = _tfs(list(counts.values()), self._sublinear)
            values = list(map(mul, tfs, idf))
        squares = sum(map(mul, values, values))
        scale = 1.0 / math.sqrt(squares) if squares else 0.0
        logits = []
        for pick, bias in zip(_WEIGHTS, self._bias, strict=True):
            weights = map(pick, entries)
            logits.append(sum(weights if tfs is None else map(mul, tfs, weights)) * scale + bias)
        for cue, cue_weights in zip(cues, self._cues, strict=False):
            logits = [logit + cue * w for logit, w in zip(logits, cue_weights, strict=True)]
        probs = _softmax(logits)
        pulls = map(mul, values, map(_REASONS[probs.index(max(probs))], entries))
        return probs, _top_phrases(pulls, entries, counts)


class TriageModel:
    """A fitted model: the fast path, decision settings and provenance.

    Immutable: one instance may be shared by many threads. ``features`` and ``classifier``
    are the scikit-learn estimators it was compiled from (rebuilt on first use when the model
    was loaded from a file).
    """

    __slots__ = ("_estimators", "_make", "_scorer", "config", "metadata", "version")

    config: TriageConfig
    version: str
    metadata: dict[str, Any]
    _scorer: _Scorer
    _make: Callable[[], tuple[TriageFeatures, TriageClassifier]]
    _estimators: tuple[TriageFeatures, TriageClassifier] | None

    def __init__(
        self,
        features: TriageFeatures,
        classifier: TriageClassifier,
        config: TriageConfig,
        version: str,
        metadata: dict[str, Any] | None = None,
    ) -> None:
        for estimator, attribute in ((features, "vectorizer_"), (classifier, "linear_")):
            if not hasattr(estimator, attribute):
                raise ValueError(f"{type(estimator).__name__} is not fitted; call fit first")
        weights = _weights_of(features, classifier)
        self._init(_Scorer(weights), lambda: (features, classifier), config, version, metadata)
        object.__setattr__(self, "_estimators", (features, classifier))

    @classmethod
    def from_weights(
        cls,
        weights: Weights,
        config: TriageConfig,
        version: str,
        metadata: dict[str, Any] | None = None,
        *,
        estimators: Callable[[], tuple[TriageFeatures, TriageClassifier]],
    ) -> TriageModel:
        """A model from stored weights; ``estimators`` rebuilds the scikit-learn estimators
        they came from, called once, only if someone asks for them."""
        model = cls.__new__(cls)
        model._init(_Scorer(weights), estimators, config, version, metadata)
        return model

    def _init(
        self,
        scorer: _Scorer,
        make: Callable[[], tuple[TriageFeatures, TriageClassifier]],
        config: TriageConfig,
        version: str,
        metadata: dict[str, Any] | None,
    ) -> None:
        for name, value in (
            ("_scorer", scorer),
            ("_make", make),
            ("_estimators", None),
            ("config", config),
            ("version", version),
            ("metadata", dict(metadata or {})),
        ):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"TriageModel is immutable; use with_config to change {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("TriageModel is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        features, classifier = self._fitted()
        return (TriageModel, (features, classifier, self.config, self.version, self.metadata))

    def __repr__(self) -> str:
        return f"TriageModel(version={self.version!r})"

    @property
    def features(self) -> TriageFeatures:
        """The fitted scikit-learn feature extractor (the reference pipeline's first step)."""
        return self._fitted()[0]

    @property
    def classifier(self) -> TriageClassifier:
        """The fitted scikit-learn classifier (the reference pipeline's second step)."""
        return self._fitted()[1]

    def with_config(self, config: TriageConfig) -> TriageModel:
        """The same fitted model with other decision settings."""
        model = TriageModel.__new__(TriageModel)
        model._init(self._scorer, self._make, config, self.version, self.metadata)
        object.__setattr__(model, "_estimators", self._estimators)
        return model

    def classify(self, call: str | CallRecord) -> TriageResult:
        """Classify one call. See ``triage.classify``."""
        return self._classify(_check(call, 0), call)

    def classify_many(self, calls: Iterable[str | CallRecord]) -> list[TriageResult]:
        """Classify many calls; exactly the results of ``classify`` one by one.

        Every input is checked before any is classified, so a bad one raises at once.
        """
        calls = list(calls)
        texts = [_check(call, i) for i, call in enumerate(calls)]
        return [self._classify(text, call) for text, call in zip(texts, calls, strict=True)]

    def predict_proba(self, texts: Iterable[str]) -> np.ndarray:
        """Calibrated probabilities from the fast path, columns in ``LABELS`` order."""
        rows = [self._probabilities(normalise(_text(t, i)[: self.config.max_chars]))[0]
                for i, t in enumerate(texts)]  # fmt: skip
        return np.array(rows, dtype=np.float64).reshape(-1, len(LABELS))

    def reference_proba(self, texts: Iterable[str]) -> np.ndarray:
        """The scikit-learn pipeline's probabilities for the same texts, ``LABELS`` order:
        the reference ``predict_proba`` is tested against. Slow; for tests and benchmarks."""
        features, classifier = self._fitted()
        clipped = [_text(t, i)[: self.config.max_chars] for i, t in enumerate(texts)]
        probs = classifier.predict_proba(features.transform(clipped))
        classes = [str(c) for c in classifier.classes_]
        return np.asarray(probs[:, [classes.index(label.value) for label in LABELS]])

    def _classify(self, full: str, call: str | CallRecord) -> TriageResult:
        """Classify checked text (``_check``); ``call`` gives the context of a CallRecord."""
        record = call if isinstance(call, CallRecord) else None
        text = full[: self.config.max_chars]
        norm = normalise(text)
        (probs, phrases), flags = self._probabilities(norm), scan(norm)
        evidence = Evidence(
            probabilities=dict(zip(LABELS, probs, strict=True)),
            red_flags=flags,
            known_share=self._known_share(norm),
            phrases=tuple(phrases),
            truncated=len(full) > len(text),
        )
        return decide(evidence, record, self.config, self.version)

    def _probabilities(self, norm: str) -> tuple[list[float], list[str]]:
        cues = _cue_values(norm) if self._scorer._cues else ()
        return self._scorer.score(words_of(norm), cues)

    def _known_share(self, norm: str) -> float:
        """Share of the words with a letter that the model has seen (punctuation aside)."""
        if norm.isascii():  # lower-cased ASCII: a word has a letter exactly when islower()
            words = list(filter(str.islower, norm.split()))
        else:
            words = [w for w in norm.split() if any(c.isalpha() for c in w)]
        if not words:
            return 0.0
        return sum(map(self._scorer.knows_word, map(_STRIP_PUNCTUATION, words))) / len(words)

    def _fitted(self) -> tuple[TriageFeatures, TriageClassifier]:
        estimators = self._estimators
        if estimators is None:
            with _BUILD_LOCK:
                estimators = self._estimators or self._make()
                object.__setattr__(self, "_estimators", estimators)
        return estimators


def _check(call: object, index: int) -> str:
    """The text of one input; errors say what was expected and where, never the content."""
    if isinstance(call, CallRecord):
        text = call.text
    elif isinstance(call, str):
        text = call
    else:
        missing = " NaN (a missing value?)" if isinstance(call, float) and math.isnan(call) else ""
        raise TypeError(
            f"call {index}: expected str or CallRecord, got {type(call).__name__}{missing}"
        )
    if not text.strip():
        raise ValueError(f"call {index}: text is empty or only whitespace; expected words")
    return text


def _text(item: object, index: int) -> str:
    if not isinstance(item, str):
        raise TypeError(f"text {index} is {type(item).__name__}, expected str")
    return item


def _grams(words: list[str], n_max: int) -> list[str]:
    """The words and their n-grams up to ``n_max``, as ``triage.features.word_ngrams``."""
    # Bigrams joined by ``map`` in C: "a" + " " + "b" for each pair, no Python loop.
    grams = (
        words + list(map(add, map(add, words, repeat(" ")), words[1:])) if n_max > 1 else words[:]
    )
    for n in range(3, n_max + 1):
        grams += [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
    return grams


def _softmax(logits: list[float]) -> list[float]:
    top = max(logits)
    exps = [math.exp(x - top) for x in logits]
    total = sum(exps)
    return [e / total for e in exps]


def _top_phrases(
    pulls: Iterable[float], entries: list[tuple[Any, ...]], grams: Iterable[str]
) -> list[str]:
    """The explainable n-grams with the largest positive pull; ties go to the lower column,
    as in a sorted sparse row."""
    ranked = sorted(zip(map(neg, pulls), map(_COLUMN, entries), grams, strict=True))
    return [gram for pull, _, gram in ranked[:_TOP_PHRASES] if pull < 0]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building the table: its tens of thousands
    of new tuples would trigger collections that take three quarters of load time, and none
    of them can be garbage. The previous state is restored, whatever happens."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _tf(count: int, sublinear: bool) -> float:
    """Term frequency as ``TfidfVectorizer`` weighs it."""
    if count == 1:
        return 1.0
    return 1.0 + math.log(count) if sublinear else float(count)


def _tfs(counts: list[int], sublinear: bool) -> list[float]:
    """``_tf`` of each count, looked up in C for the counts a call can have."""
    if sublinear and max(counts) < len(_SUBLINEAR_TF):
        return list(map(_SUBLINEAR_TF.__getitem__, counts))
    return [_tf(count, sublinear) for count in counts]


_SUBLINEAR_TF = tuple(_tf(count, True) if count else 0.0 for count in range(4096))


def _content_word(word: str) -> bool:
    """A word that can explain a decision: not a function word, number or contraction."""
    word = word.removeprefix("neg_")
    return "'" not in word and word not in _FUNCTION_WORDS and not word.isdigit()


def _cue_values(norm: str) -> list[float]:
    from triage.features import cue_values  # only models trained with cue columns need it

    return cue_values(norm)


def _weights_of(features: TriageFeatures, classifier: TriageClassifier) -> Weights:
    vectorizer = features.vectorizer_
    terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
    return Weights(
        vocabulary=terms,
        idf=np.asarray(vectorizer.idf_),
        coef=np.asarray(classifier.linear_.coef_),
        intercept=np.asarray(classifier.linear_.intercept_),
        classes=[str(c) for c in classifier.classes_],
        temperature=float(classifier.temperature_),
        ngram_max=features.ngram_max,
        sublinear_tf=features.sublinear_tf,
        cue_weight=features.cue_weight,
    )


def __getattr__(name: str) -> Any:
    """``triage.model.TriageClassifier`` still works; the estimator lives in its own module
    so that classifying never imports scikit-learn."""
    if name == "TriageClassifier":
        from triage.classifier import TriageClassifier

        return TriageClassifier
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
