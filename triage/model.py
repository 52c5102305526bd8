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

import functools
import math
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import reduce
from itertools import chain, filterfalse, repeat
from operator import add, itemgetter, methodcaller, mul
from typing import TYPE_CHECKING, Any, NamedTuple, cast

import numpy as np

from triage.acuity import FAMILIES as ACUITY_FAMILIES
from triage.acuity import AcuityCue, acuity_vector, scan_acuity
from triage.language import detect
from triage.policy import Decision, Evidence, decision, result_of
from triage.redflags import RedFlag, scan, scan_all
from triage.schema import LABELS, CallRecord, TriageConfig, TriageResult
from triage.table import TriageBatch
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
yourself no not nor since yet well oh ok okay yes yeah hi hello thanks hey yep yup nope bye
goodbye sorry huh anyone anybody someone somebody thank please"""
_FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
_STRIP_PUNCTUATION = methodcaller("strip", ".,;:!?")
_CHUNK = 512  # calls per numpy pass of the model stage: its overhead paid once, little memory
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
    acuity_weight: float = 0.0  # 0: no acuity columns (models written before they existed)
    life: LifeThreat | None = None  # the learned life-threat score, if the model has one


class LifeThreat(NamedTuple):
    """A learned life-threat score: a binary logistic regression over the same columns as the
    label model, tempered like it. Raises the emergency flag where the lexicon is silent."""

    coef: np.ndarray  # (n_terms + extra columns,): pushes towards a life threat
    intercept: float
    temperature: float


#: What the one-call and batch paths give per call: label probabilities in ``LABELS``
#: order, the phrases that explain the label, and p(life threat) (None: no learned score).
Scored = tuple[list[float], list[str], float | None]


class _Scorer:
    """The features and classifier folded into lookup tables; immutable once built.

    Two ways through the same tables: ``score`` for one call, in plain Python (numpy's
    per-call overhead would cost more than the sums), and ``score_many`` for a batch, in
    numpy. Both add the same float products in the same order (each call's distinct
    n-grams in order of first appearance, one after another), so they give the same floats.
    Column ``unseen`` (one past the last) stands for every n-gram the model never saw; its
    weights are zero, so n-grams go to the sums without being filtered first.
    """

    __slots__ = (
        "_bias", "_columns", "_cue_matrix", "_cues", "_has", "_idf", "_life", "_lists",
        "_ngram_max", "_reasons", "_sublinear", "_terms", "_weights",
    )  # fmt: skip

    def __init__(self, weights: Weights) -> None:
        classes = [str(c) for c in weights.classes]
        if sorted(classes) != sorted(label.value for label in LABELS):
            raise ValueError(
                f"a triage model must be fitted on the labels {[x.value for x in LABELS]}, "
                f"got {classes}"
            )
        coef = np.asarray(weights.coef, dtype=np.float64)
        order = [classes.index(label.value) for label in LABELS]
        # One output row per label, then the life-threat score's, each over its temperature.
        rows, bias = _outputs(coef[order], np.asarray(weights.intercept)[order], weights)
        self._terms = terms = tuple(weights.vocabulary)
        n_terms, unseen = len(terms), np.zeros((1, len(rows)))
        idf = np.asarray(weights.idf, dtype=np.float64)
        self._columns: Mapping[str, int] = dict(zip(terms, range(n_terms), strict=True))
        self._idf = _frozen(np.append(idf, 0.0))
        self._weights = _frozen(np.vstack([(rows[:, :n_terms] * idf).T, unseen]))
        reasons = (coef - coef.mean(axis=0))[order, :n_terms].T * _explains(terms)[:, None]
        self._reasons = _frozen(np.vstack([reasons, np.zeros((1, len(LABELS)))]))
        # The same numbers as tuples, for the one-call path: indexing them costs no numpy call.
        self._lists = (tuple(self._idf.tolist()), *map(tuple, self._weights.T.tolist()),
                       *map(tuple, self._reasons.T.tolist()))  # fmt: skip
        self._bias = tuple(bias.tolist())
        self._cues = _cue_table(rows[:, n_terms:], weights)
        self._cue_matrix = None if self._cues is None else _frozen(np.array(self._cues).T)
        self._life = weights.life
        self._has = (bool(weights.cue_weight), bool(weights.acuity_weight))
        self._ngram_max = weights.ngram_max
        self._sublinear = weights.sublinear_tf

    @property
    def knows(self) -> Callable[[str], bool]:
        """Whether a word is a column (a bound method, cheap to map over many words)."""
        return self._columns.__contains__

    @property
    def has_cues(self) -> bool:
        """Whether the model has domain-cue columns after its n-grams."""
        return self._cues is not None

    @property
    def life(self) -> LifeThreat | None:
        """The learned life-threat score's weights, if the model has one."""
        return self._life

    @property
    def blocks(self) -> tuple[bool, bool]:
        """Which blocks of columns after the n-grams count: (domain cues, acuity)."""
        return self._has

    def score(self, words: list[str], cues: Sequence[float] = ()) -> Scored:
        """Probabilities in ``LABELS`` order, the n-grams that pushed most towards the most
        probable label (a reason must push towards it), and p(life threat)."""
        # One lookup per n-gram; the columns counted in order of first appearance.
        counted = Counter(map(self._columns.get, _grams(words, self._ngram_max)))
        counted.pop(None, None)  # n-grams the model never saw
        cols = cast(list[int], list(counted))  # None is gone
        pick = _picker(cols)  # gathers the columns' entries from a table in one C call
        # Each n-gram once, as in most calls: every tf is 1.
        tfs = None if len(counted) == counted.total() else self._tfs(list(counted.values()))
        idf, lists = self._lists[0], self._lists[1:]
        values = pick(idf) if tfs is None else list(map(mul, tfs, pick(idf)))
        scale = _inverse_norm(_total(map(mul, values, values)))
        logits = [
            _total(_times(tfs, pick(weights))) * scale + bias
            for weights, bias in zip(lists, self._bias, strict=False)
        ]
        probs, life = self._probabilities([logits], [cues])[0]
        pulls = list(map(mul, values, pick(lists[len(self._bias) + probs.index(max(probs))])))
        return probs, [self._terms[col] for col in _strongest(pulls, cols)], life

    def score_many(
        self, docs: Sequence[list[str]], cues: Sequence[Sequence[float]] = ()
    ) -> list[Scored]:
        """``score`` for each document, with numpy doing the work for all of them at once."""
        doc, col, tf = self._counted(docs)
        values = tf * self._idf[col]
        squares = np.bincount(doc, values * values, minlength=len(docs))
        scale = np.array(list(map(_inverse_norm, squares.tolist())))
        pushes = self._weights[col] * tf[:, None]
        logits = np.column_stack(
            [np.bincount(doc, pushes[:, k], minlength=len(docs)) * scale + bias
             for k, bias in enumerate(self._bias)]
        )  # fmt: skip
        probs, life = self._probabilities_many(logits, cues)
        top = probs.argmax(axis=1)  # the first of equals, as ``list.index(max(...))``
        lives = repeat(None) if life is None else life.tolist()
        outputs = list(zip(probs.tolist(), lives, strict=False))
        phrases = self._phrases(doc, col, values * self._reasons[col, top[doc]], len(docs))
        return [(p, words, life) for (p, life), words in zip(outputs, phrases, strict=True)]

    def _counted(self, docs: Sequence[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each (document, column) pair of the documents' n-grams the model knows, sorted,
        with its term frequency."""
        words = list(chain.from_iterable(docs))
        word_doc = np.repeat(np.arange(len(docs)), list(map(len, docs)))
        cols, owners = [], []
        for n in range(1, self._ngram_max + 1):  # n-grams across two documents are dropped
            grams = _ngrams(words, n)
            found = np.fromiter(map(self._columns.get, grams, repeat(-1)), np.intp, len(grams))
            found[word_doc[: len(grams)] != word_doc[n - 1 :]] = -1
            cols.append(found)
            owners.append(word_doc[: len(grams)])
        col, doc = np.concatenate(cols), np.concatenate(owners)
        known = np.flatnonzero(col >= 0)
        keys = doc[known] * len(self._terms) + col[known]
        order = np.argsort(keys, kind="stable")  # equal keys stay in order of appearance
        keys = keys[order]
        first = np.flatnonzero(np.diff(keys, prepend=-1))
        counts = np.diff(first, append=len(keys))
        doc, col = np.divmod(keys[first], len(self._terms))
        # ``score``'s order: each document's n-grams by first appearance, which the sums
        # follow, so that both add the same numbers in the same order.
        by_appearance = np.lexsort((order[first], doc))
        doc, col, counts = doc[by_appearance], col[by_appearance], counts[by_appearance]
        tf = np.array(self._tfs(counts.tolist()) if len(counts) else [], dtype=np.float64)
        return doc, col, tf

    def _phrases(
        self, doc: np.ndarray, col: np.ndarray, pulls: np.ndarray, n_docs: int
    ) -> list[list[str]]:
        """Per document, ``score``'s reasons: the explainable n-grams with the largest
        positive pull, ties to the lower column, as in a sorted sparse row."""
        pushing = pulls > 0
        doc, col, pulls = doc[pushing], col[pushing], pulls[pushing]
        order = np.lexsort((col, -pulls, doc))
        doc, col = doc[order], col[order]
        kept = np.arange(len(doc)) - np.searchsorted(doc, doc) < _TOP_PHRASES
        phrases: list[list[str]] = [[] for _ in range(n_docs)]
        for d, c in zip(doc[kept].tolist(), col[kept].tolist(), strict=True):
            phrases[d].append(self._terms[c])
        return phrases

    def _tfs(self, counts: list[int]) -> list[float]:
        """Term frequency of each count, as ``TfidfVectorizer`` weighs it; looked up in C
        for the counts a call can have."""
        if self._sublinear and max(counts) < len(_SUBLINEAR_TF):
            return list(map(_SUBLINEAR_TF.__getitem__, counts))
        return [_tf(count, self._sublinear) for count in counts]

    def _probabilities_many(
        self, logits: np.ndarray, cues: Sequence[Sequence[float]]
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """``_probabilities`` for a batch, in numpy: the label probabilities ``(n, 3)`` and
        p(life threat) ``(n,)`` or None. The sums run in another order than one call's, so
        the floats may differ from ``score``'s in the last bits (well within 1e-9)."""
        if self._cue_matrix is not None and len(logits):
            logits = logits + np.asarray(cues, dtype=np.float64) @ self._cue_matrix
        n = len(LABELS)
        labels = logits[:, :n]
        exps = np.exp(labels - labels.max(axis=1, keepdims=True))
        probs = exps / exps.sum(axis=1, keepdims=True)
        if self._life is None:
            return probs, None
        with np.errstate(over="ignore"):  # a very negative logit: exp overflows, p is 0.0
            return probs, 1.0 / (1.0 + np.exp(-logits[:, n]))

    def _probabilities(
        self, logits: list[list[float]], cues: Sequence[Sequence[float]]
    ) -> list[tuple[list[float], float | None]]:
        """Softmax of each row's label logits, and the logistic of its life-threat logit (if
        the model has one), after adding the pushes of the columns after the n-grams (domain
        cues, acuity), if any."""
        if self._cues is not None:  # logit + cue * weight, one cue after another
            logits = [
                [
                    reduce(add, map(mul, row, weights), logit)
                    for logit, weights in zip(row_logits, self._cues, strict=True)
                ]
                for row_logits, row in zip(logits, cues, strict=True)
            ]
        if self._life is None:
            return [(_softmax(row), None) for row in logits]
        n = len(LABELS)
        return [(_softmax(row[:n]), _logistic(row[n])) for row in logits]


class ModelSource(NamedTuple):
    """A model directory and the SHA-256 of each of its files when the model was read."""

    directory: str
    files: tuple[tuple[str, str], ...]


class TriageModel:
    """A fitted model: the fast path, decision settings and provenance.

    Immutable: one instance may be shared by many threads. ``features`` and ``classifier``
    are the scikit-learn estimators it was compiled from (rebuilt on first use when the model
    was loaded from a file).
    """

    __slots__ = ("_estimators", "_make", "_scorer", "config", "metadata", "source", "version")

    config: TriageConfig
    version: str
    metadata: dict[str, Any]
    _scorer: _Scorer
    _make: Callable[[], tuple[TriageFeatures, TriageClassifier]]
    _estimators: tuple[TriageFeatures, TriageClassifier] | None
    #: Where the model was loaded from, and its files' SHA-256 then (None: made in memory):
    #: scoring workers load it from there instead of a copy saved for them.
    source: ModelSource | None

    def __init__(
        self,
        features: TriageFeatures,
        classifier: TriageClassifier,
        config: TriageConfig,
        version: str,
        metadata: dict[str, Any] | None = None,
        *,
        life: LifeThreat | None = None,
    ) -> None:
        for estimator, attribute in ((features, "vectorizer_"), (classifier, "linear_")):
            if not hasattr(estimator, attribute):
                raise ValueError(f"{type(estimator).__name__} is not fitted; call fit first")
        weights = _weights_of(features, classifier)._replace(life=life)
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
        source: ModelSource | None = None,
    ) -> TriageModel:
        """A model from stored weights; ``estimators`` rebuilds the scikit-learn estimators
        they came from, called once, only if someone asks for them; ``source``: the model
        directory they were read from."""
        model = cls.__new__(cls)
        model._init(_Scorer(weights), estimators, config, version, metadata)
        object.__setattr__(model, "source", source)
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
            ("source", None),
        ):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"TriageModel is immutable; use with_config to change {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("TriageModel is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        features, classifier = self._fitted()
        # A partial carries the keyword-only argument through pickle.
        make = functools.partial(TriageModel, life=self.life)
        return (make, (features, classifier, self.config, self.version, self.metadata))

    def __repr__(self) -> str:
        return f"TriageModel(version={self.version!r})"

    @property
    def life(self) -> LifeThreat | None:
        """The learned life-threat score's weights (None: only the lexicon raises the
        emergency flag)."""
        return self._scorer.life

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
        object.__setattr__(model, "source", self.source)
        return model

    def classify(self, call: str | CallRecord) -> TriageResult:
        """Classify one call. See ``triage.classify``."""
        return result_of(self._decisions([_check(call, 0)], [call])[0], self.version)

    def classify_many(self, calls: Iterable[str | CallRecord]) -> list[TriageResult]:
        """Classify many calls; exactly the results of ``classify`` one by one.

        Every input is checked before any is classified, so a bad one raises at once. The
        stages run over chunks of calls (``classify_table``), which is where a batch saves
        time.
        """
        return list(self.classify_table(calls))

    def classify_table(self, calls: Iterable[str | CallRecord]) -> TriageBatch:
        """Classify many calls into columns (``triage.table.TriageBatch``): no result object
        per call unless one is asked for; ``batch[i]`` equals ``classify(calls[i])``.

        Every input is checked before any is classified, so a bad one raises at once.
        """
        calls = list(calls)
        texts = [_check(call, i) for i, call in enumerate(calls)]
        decisions: list[Decision] = []
        for start in range(0, len(calls), _CHUNK):
            end = start + _CHUNK
            decisions += self._decisions(texts[start:end], calls[start:end])
        return TriageBatch(decisions, self.version)

    def predict_proba(self, texts: Iterable[str]) -> np.ndarray:
        """Calibrated probabilities from the fast path, columns in ``LABELS`` order."""
        clipped = [_text(t, i)[: self.config.max_chars] for i, t in enumerate(texts)]
        norms = list(map(normalise, clipped))
        languages = list(map(detect, clipped))
        acuity = list(map(scan_acuity, norms, languages))
        flags = list(map(scan_all, norms, languages))
        rows = [probs for start in range(0, len(norms), _CHUNK)
                for probs, _, _ in self._scores(
                    norms[start : start + _CHUNK], acuity[start : start + _CHUNK],
                    flags[start : start + _CHUNK],
                )]  # fmt: skip
        return np.array(rows, dtype=np.float64).reshape(-1, len(LABELS))

    def reference_proba(self, texts: Iterable[str]) -> np.ndarray:
        """The scikit-learn pipeline's probabilities for the same texts, ``LABELS`` order:
        the reference ``predict_proba`` is tested against. Slow; for tests and benchmarks."""
        features, classifier = self._fitted()
        clipped = [_text(t, i)[: self.config.max_chars] for i, t in enumerate(texts)]
        probs = classifier.predict_proba(features.transform(clipped))
        classes = [str(c) for c in classifier.classes_]
        return np.asarray(probs[:, [classes.index(label.value) for label in LABELS]])

    def _decisions(self, texts: list[str], calls: Sequence[str | CallRecord]) -> list[Decision]:
        """Decide checked texts (``_check``); ``calls`` give the context of CallRecords."""
        limit = self.config.max_chars
        norms = [normalise(text[:limit]) for text in texts]
        languages = [detect(text[:limit]) for text in texts]
        acuity = list(map(scan_acuity, norms, languages))
        flags = list(map(scan_all, norms, languages))  # once: the cue columns read them too
        found = []
        for text, call, norm, cues, language, signs, (probs, phrases, life) in zip(
            texts, calls, norms, acuity, languages, flags, self._scores(norms, acuity, flags),
            strict=True,
        ):  # fmt: skip
            evidence = Evidence(
                probabilities=dict(zip(LABELS, probs, strict=True)),
                red_flags=signs,
                acuity=cues,
                known_share=self._known_share(norm),
                phrases=tuple(phrases),
                truncated=len(text) > limit,
                says_something=_says_something(norm),
                life_threat=life,
                text=text[:limit],
                language=language,
            )
            record = call if isinstance(call, CallRecord) else None
            found.append(decision(evidence, record, self.config))
        return found

    def _scores(
        self,
        norms: list[str],
        acuity: Sequence[tuple[AcuityCue, ...]] | None = None,
        flags: Sequence[tuple[RedFlag, ...]] | None = None,
    ) -> list[Scored]:
        """The model stage for normalised texts: one in plain Python, more in numpy.
        ``acuity`` and ``flags``: each text's acuity cues and red flags, when the caller has
        found them already."""
        scorer, cues = self._scorer, self._cue_rows(norms, acuity, flags)
        if len(norms) == 1:
            return [scorer.score(words_of(norms[0]), cues[0])]
        return scorer.score_many(list(map(words_of, norms)), cues)

    def _cue_rows(
        self,
        norms: list[str],
        acuity: Sequence[tuple[AcuityCue, ...]] | None = None,
        flags: Sequence[tuple[RedFlag, ...]] | None = None,
    ) -> list[list[float]]:
        """Each text's values of the columns after the n-grams (empty: the model has none)."""
        if not self._scorer.has_cues:
            return [[] for _ in norms]
        found = acuity if acuity is not None else list(map(scan_acuity, norms))
        signs = flags if flags is not None else list(map(scan, norms))
        return list(map(_extra_columns, norms, found, signs, repeat(self._scorer.blocks)))

    def _known_share(self, norm: str) -> float:
        """Share of the words with a letter that the model has seen (punctuation aside)."""
        if norm.isascii():  # lower-cased ASCII: a word has a letter exactly when islower()
            words = list(filter(str.islower, norm.split()))
        else:
            words = [w for w in norm.split() if any(c.isalpha() for c in w)]
        if not words:
            return 0.0
        # A column never starts or ends with the punctuation stripped here (see
        # ``triage.text``'s tokens), so a word that is a column as it stands is known, and
        # only the rest need stripping: a few words a call rather than every one.
        knows = self._scorer.knows
        misses = list(filterfalse(knows, words))
        known = len(words) - len(misses) + sum(map(knows, map(_STRIP_PUNCTUATION, misses)))
        return known / len(words)

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
    grams = words[:]
    for n in range(2, n_max + 1):
        grams += _ngrams(words, n)
    return grams


def _ngrams(words: list[str], n: int) -> list[str]:
    """The n-grams of ``words``, in order."""
    if n == 1:
        return words
    if n == 2:  # joined in C, no Python loop: a third faster than "a" + " " + "b", and zip
        # of a slice a sixth faster than pairwise
        return list(map(" ".join, zip(words, words[1:], strict=False)))  # noqa: RUF007
    return [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]


def _logistic(logit: float) -> float:
    return 1.0 / (1.0 + math.exp(-logit)) if logit >= 0 else math.exp(logit) / (1 + math.exp(logit))


def _softmax(logits: list[float]) -> list[float]:
    top = max(logits)
    exps = [math.exp(x - top) for x in logits]
    total = sum(exps)
    return [e / total for e in exps]


def _strongest(pulls: list[float], cols: list[int]) -> list[int]:
    """The columns with the largest positive pulls, at most ``_TOP_PHRASES``, ties to the
    lower column; only those at or above the third largest pull are sorted."""
    top = sorted(pulls, reverse=True)[:_TOP_PHRASES]
    if not top or top[0] <= 0:
        return []
    cut = top[-1]
    chosen = zip(pulls, cols, strict=True)
    ranked = sorted((-pull, col) for pull, col in chosen if pull >= cut and pull > 0)
    return [col for _, col in ranked[:_TOP_PHRASES]]


def _picker(cols: list[int]) -> Callable[[Sequence[float]], Sequence[float]]:
    """A function that takes the entries at ``cols`` from a table, as a tuple."""
    if len(cols) > 1:
        return itemgetter(*cols)
    return lambda table: tuple(table[col] for col in cols)  # itemgetter: a bare item, or none


def _times(tfs: list[float] | None, xs: Iterable[float]) -> Iterable[float]:
    """Each x times its term frequency; None: every term frequency is 1."""
    return xs if tfs is None else map(mul, tfs, xs)


def _add_in_order(xs: Iterable[float]) -> float:
    """Add one after another from 0.0, as ``np.bincount`` does."""
    return reduce(add, xs, 0.0)


# ``sum`` adds one after another up to Python 3.11, twice as fast as ``reduce``; from 3.12 it
# compensates, which would make one call and a batch differ in the last bit.
_total: Callable[[Iterable[float]], float] = (
    functools.partial(sum, start=0.0) if sys.version_info < (3, 12) else _add_in_order
)


def _inverse_norm(squares: float) -> float:
    return 1.0 / math.sqrt(squares) if squares else 0.0


def _tf(count: int, sublinear: bool) -> float:
    """Term frequency as ``TfidfVectorizer`` weighs it."""
    if count == 1:
        return 1.0
    return 1.0 + math.log(count) if sublinear else float(count)


_SUBLINEAR_TF = tuple(_tf(count, True) if count else 0.0 for count in range(4096))


def _explains(terms: Sequence[str]) -> np.ndarray:
    """Whether each n-gram can explain a decision: it holds a content word. Each distinct
    word is judged once (a third of load time when done per n-gram)."""
    split = [term.split() for term in terms]
    content = {word for words in split for word in words if _content_word(word)}
    return np.fromiter(
        (not content.isdisjoint(words) for words in split), dtype=bool, count=len(split)
    )


def _frozen(array: np.ndarray) -> np.ndarray:
    """A read-only array: a shared model's tables cannot be changed by mistake."""
    array = np.ascontiguousarray(array, dtype=np.float64)
    array.flags.writeable = False
    return array


def _says_something(norm: str) -> bool:
    """Whether a call holds a word with content: "hello?", "yes" and "hi is anyone there"
    do not (the loop ends at the first content word, the first or second in most calls)."""
    return any(map(_content_word, map(_STRIP_PUNCTUATION, norm.split())))


def _content_word(word: str) -> bool:
    """A word that can explain a decision: not a function word, number or contraction."""
    word = word.removeprefix("neg_")
    return "'" not in word and word not in _FUNCTION_WORDS and not word.isdigit()


def _outputs(
    coef: np.ndarray, intercept: np.ndarray, weights: Weights
) -> tuple[np.ndarray, np.ndarray]:
    """The weight rows and biases of every output, divided by its temperature: one per
    label (``coef`` in ``LABELS`` order), then the life-threat score's, if any."""
    t = float(weights.temperature)
    rows, bias = [coef / t], [np.asarray(intercept, dtype=np.float64) / t]
    if weights.life is not None:
        life = weights.life
        rows.append(np.asarray(life.coef, dtype=np.float64)[None, :] / life.temperature)
        bias.append(np.array([life.intercept / life.temperature]))
    return np.vstack(rows), np.concatenate(bias)


def _cue_table(coef: np.ndarray, weights: Weights) -> tuple[tuple[float, ...], ...] | None:
    """Per output, the push of each column after the n-grams that counts: the domain cues'
    if ``cue_weight``, then the acuity columns' if ``acuity_weight``, each scaled by its
    weight (``coef`` is already divided by the temperature). None when neither counts."""
    n_cues = coef.shape[1] - (len(ACUITY_FAMILIES) if weights.acuity_weight else 0)
    parts = []
    if weights.cue_weight:
        parts.append(coef[:, :n_cues] * weights.cue_weight)
    if weights.acuity_weight:
        parts.append(coef[:, n_cues:] * weights.acuity_weight)
    if not parts:
        return None
    return tuple(map(tuple, np.hstack(parts).tolist()))


def _extra_columns(
    norm: str, acuity: tuple[AcuityCue, ...], flags: tuple[RedFlag, ...], blocks: tuple[bool, bool]
) -> list[float]:
    """One call's values of the columns ``_cue_table`` keeps, in its order."""
    cues = _cue_values(norm, flags) if blocks[0] else []
    return cues + acuity_vector(acuity) if blocks[1] else cues


def _cue_values(norm: str, flags: tuple[RedFlag, ...]) -> list[float]:
    from triage.features import cue_values  # only models trained with cue columns need it

    return cue_values(norm, flags)


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
        acuity_weight=features.acuity_weight,
    )


def __getattr__(name: str) -> Any:
    """``triage.model.TriageClassifier`` still works; the estimator lives in its own module
    so that classifying never imports scikit-learn."""
    if name == "TriageClassifier":
        from triage.classifier import TriageClassifier

        return TriageClassifier
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
