"""Shared or separate features for the two languages (issue 15: "one shipped model serves both
languages (shared or separate features, measured)"). Three ways to build it, each chosen by
the rule ``triage train`` uses and then measured per language:

- shared: the shipped model, one vocabulary and one weight per n-gram for both languages;
- shared + per language: the same columns plus a copy of the n-gram block for each language
  (a call's own language's copy is filled, the other is zero), so a word can weigh
  differently in English and in Spanish while both languages still share what they agree on;
- separate: one model per language, each trained on its language's rows only, with its own
  out-of-fold thresholds; a call goes to the model of the language ``triage.language`` tells.

First the selection measure, training split only: the thresholds ``recall_first_thresholds``
picks for 0.99 out-of-fold urgent recall and the routine calls they call urgent (fewer is
better). Then, for information, each held-out set's calls per told language at those
thresholds: urgent recall / urgent precision / routine called urgent.

    python benchmarks/language_features.py > benchmarks/results/language_features.txt

About six minutes on a 2-core machine. Sets that are missing (dev lives outside the
repository) are skipped.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import numpy as np
import scipy.sparse as sp
from _measure import called, evidence, rates

from triage import training
from triage.classifier import TriageClassifier
from triage.features import TriageFeatures
from triage.language import detect

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "dev": ROOT.parent / "shared" / "eval" / "dev.jsonl",
    "blind": ROOT / "benchmarks" / "blind" / "blind.jsonl",
    "blind2": ROOT / "benchmarks" / "blind" / "blind2.jsonl",
    "blind_es": ROOT / "benchmarks" / "blind" / "blind_es.jsonl",
    "blind2_es": ROOT / "benchmarks" / "blind" / "blind2_es.jsonl",
    "test": ROOT / "training_data" / "test.jsonl",
}


class PerLanguageFeatures(TriageFeatures):
    """``TriageFeatures`` plus one copy of the n-gram block per language (English, Spanish)."""

    def transform(self, X: Iterable[str]) -> sp.csr_matrix:
        texts = list(X)
        shared = super().transform(texts)
        grams = shared[:, : len(self.vectorizer_.vocabulary_)]
        spanish = np.array([_spanish(t) for t in texts], dtype=np.float64)
        copies = [sp.diags(spanish) @ grams, sp.diags(1.0 - spanish) @ grams]
        return sp.hstack([shared, *copies], format="csr")


class _Fitted(NamedTuple):
    features: TriageFeatures
    classifier: TriageClassifier
    cue: float  # threshold for calls with an acuity cue
    plain: float  # and for calls with none


def _spanish(text: str) -> bool:
    return detect(text).code == "es"


def _fit(
    features: TriageFeatures, texts: list[str], labels: list[str], emergencies: list[bool]
) -> tuple[_Fitted, int, int]:
    """Out-of-fold thresholds, then the model fitted on all ``texts``; with the routine calls
    called urgent out of fold and the routine calls seen."""
    classifier = TriageClassifier(random_state=0)
    oof = training._out_of_fold(  # the selection train() runs (private: not a public API)
        features, classifier, texts, labels, emergencies=emergencies, seed=0
    )
    flagged, cued = evidence(texts)
    urgent = np.array([label == "urgent" for label in labels])
    routine = np.array([label == "routine" for label in labels])
    cue, plain = training.recall_first_thresholds(
        oof.p_urgent, flagged, cued, urgent, routine, target=training.TARGET_URGENT_RECALL
    )
    over = int((called(oof.p_urgent, flagged, cued, cue, plain) & routine).sum())
    features.fit(texts)
    classifier.fit(features.transform(texts), labels)
    return _Fitted(features, classifier, cue, plain), over, int(routine.sum())


def _p_urgent(model: _Fitted, texts: list[str]) -> np.ndarray:
    probabilities = model.classifier.predict_proba(model.features.transform(texts))
    return probabilities[:, list(model.classifier.classes_).index("urgent")]


def _decide(models: dict[str, _Fitted], texts: list[str]) -> np.ndarray:
    """Urgent or not for each text: by the model of its told language ("*": all texts)."""
    flagged, cued = evidence(texts)
    decided = np.zeros(len(texts), dtype=bool)
    for language, model in models.items():
        mine = np.array([language == "*" or (language == "es") == _spanish(t) for t in texts])
        if not mine.any():
            continue
        chosen = [t for t, m in zip(texts, mine, strict=True) if m]
        p = _p_urgent(model, chosen)
        decided[mine] = called(p, flagged[mine], cued[mine], model.cue, model.plain)
    return decided


def _held_out() -> dict[str, dict[str, tuple[list[str], np.ndarray]]]:
    """Each set's rows split by told language: texts and labels."""
    out: dict[str, dict[str, tuple[list[str], np.ndarray]]] = {}
    for name, path in SETS.items():
        if not path.is_file():
            continue
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        for language in ("en", "es"):
            mine = [r for r in rows if ("es" if _spanish(r["text"]) else "en") == language]
            if len(mine) >= 30:  # a handful of calls told otherwise gives no rate
                texts = [r["text"] for r in mine]
                out.setdefault(name, {})[language] = (texts, np.array([r["label"] for r in mine]))
    return out


def main() -> None:
    rows = training.read_corpus(ROOT / "training_data" / "train.jsonl")
    spanish = [_spanish(r.text) for r in rows]
    print(f"training split: {len(rows)} calls, {sum(spanish)} told as Spanish; 5 folds, seed 0")
    print("\nout of fold, 0.99 urgent recall: thresholds (cue / no cue), routine called urgent")
    built: dict[str, dict[str, _Fitted]] = {}
    for name, parts in (
        ("shared", {"*": (TriageFeatures, rows)}),
        ("shared + per language", {"*": (PerLanguageFeatures, rows)}),
        (
            "separate",
            {
                "en": (TriageFeatures, [r for r, s in zip(rows, spanish, strict=True) if not s]),
                "es": (TriageFeatures, [r for r, s in zip(rows, spanish, strict=True) if s]),
            },
        ),
    ):
        start, over, seen, shown = time.perf_counter(), 0, 0, []
        built[name] = {}
        for language, (kind, mine) in parts.items():
            fitted, over_here, routine = _fit(
                kind(),
                [r.text for r in mine],
                [r.label.value for r in mine],
                [r.emergency for r in mine],
            )
            built[name][language] = fitted
            over, seen = over + over_here, seen + routine
            shown.append(f"{language}: {fitted.cue:.2f} / {fitted.plain:.2f}")
        print(
            f"  {name:<22} {', '.join(shown):<34} {over:>4} of {seen} ({over / seen:.4f})"
            f"  {time.perf_counter() - start:>4.0f} s",
            flush=True,
        )
    print("\nheld out, per told language: urgent recall / precision / routine called urgent")
    print(f"  {'set':<10}{'lang':<6}{'calls':>6}  " + "".join(f"{n:<25}" for n in built))
    for set_name, languages in _held_out().items():
        for language, (texts, truth) in languages.items():
            line = f"  {set_name:<10}{language:<6}{len(texts):>6}  "
            for models in built.values():
                figures = " / ".join(f"{x:.3f}" for x in rates(truth, _decide(models, texts)))
                line += f"{figures:<25}"
            print(line, flush=True)


if __name__ == "__main__":
    main()
