"""Is English worse since the Spanish work (issue 15: "English figures no worse than before")?
The shipped model and code of a base commit against the working tree's, on the English rows
of each set: the figures each ships (its own thresholds), and the best urgent precision and
over-triage each model reaches at the same urgent recall (red flags forcing urgent, one
threshold on p(urgent) swept over all calls), with the ranking's ROC AUC and average
precision. The first part is what a user gets; the second tells a worse model from a model
run at a different operating point.

    python benchmarks/english_before_after.py [--base 5bee551] \
        > benchmarks/results/english_before_after.txt

The matched-recall columns choose a threshold on the set itself: they compare two rankings,
they are not figures either model could ship. English rows: ``triage.language`` says "en"
(the sets' own ``language`` field where they have one). The base is checked out with
``git worktree`` into a temporary folder and removed afterwards; both sides run in this
interpreter's environment. Test: the current split's English rows (the base model was
trained on its own split; rows of the current test split in the base's training split are
counted and left out).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
from _measure import rates
from _sides import ROOT, checked_out, run_side
from sklearn.metrics import average_precision_score, roc_auc_score

SETS = {
    "dev": ROOT.parent / "shared" / "eval" / "dev.jsonl",
    "blind": ROOT / "benchmarks" / "blind" / "blind.jsonl",
    "blind2": ROOT / "benchmarks" / "blind" / "blind2.jsonl",
    "test": ROOT / "training_data" / "test.jsonl",
}
RECALLS = (0.97, 0.98, 0.99)
#: Run in a fresh interpreter with the side's source first on sys.path: for each text, whether
#: red flags fired, p(urgent) and the label the side decides.
_SCORER = """
import json, sys
import triage
sets = json.loads(sys.stdin.read())
model = triage.load_model()
out = {}
for name, texts in sets.items():
    out[name] = [
        [bool(r.red_flags), float(r.probabilities["urgent"]), r.label.value]
        for r in model.classify_many(texts)
    ]
print(json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="5bee551", help="commit before the Spanish work")
    args = parser.parse_args()
    with checked_out(args.base) as base:
        sets, left_out = _english_rows(base / "training_data" / "train.jsonl")
        texts = {name: [t for t, _ in rows] for name, rows in sets.items()}
        scored = {"base": run_side(base, _SCORER, texts), "now": run_side(ROOT, _SCORER, texts)}
    print(f"base {args.base} against the working tree; English rows only")
    print(f"test: {left_out} rows of the current test split were in the base's training split")
    print("and are left out.")
    matched = "".join(f"  @{r:.2f} prec/over" for r in RECALLS)
    print(f"\n{'set':<8}{'side':<6}{'calls':>6}  shipped rec/prec/over{matched}   AUC     AP")
    for name, rows in sets.items():
        truth = np.array([label for _, label in rows])
        for side in ("base", "now"):
            print(_line(name, side, truth, scored[side][name]))


def _english_rows(base_train: Path) -> tuple[dict[str, list[tuple[str, str]]], int]:
    from triage.language import detect

    seen = {json.loads(line)["text"] for line in base_train.open(encoding="utf-8")}
    sets: dict[str, list[tuple[str, str]]] = {}
    left_out = 0
    for name, path in SETS.items():
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        english = [
            (r["text"], r["label"])
            for r in rows
            if r.get("language", detect(r["text"]).code) == "en"
        ]
        if name == "test":
            left_out = sum(text in seen for text, _ in english)
            english = [(text, label) for text, label in english if text not in seen]
        sets[name] = english
    return sets, left_out


def _line(name: str, side: str, truth: np.ndarray, scored: list[list[Any]]) -> str:
    flagged = np.array([bool(s[0]) for s in scored])
    p = np.array([float(s[1]) for s in scored])
    shipped = rates(truth, np.array([s[2] == "urgent" for s in scored]))
    line = f"{name:<8}{side:<6}{len(truth):>6}  " + " / ".join(f"{x:.3f}" for x in shipped)
    for recall in RECALLS:
        best = max(
            (
                found
                for t in np.unique(np.r_[p, 1.01])
                if (found := rates(truth, flagged | (p >= t)))[0] >= recall - 1e-9
            ),
            key=lambda found: (found[1], -found[2]),
        )
        line += f"   {best[1]:.3f} / {best[2]:.3f}"
    score, urgent = np.where(flagged, 2.0, p), truth == "urgent"
    auc, ap = roc_auc_score(urgent, score), average_precision_score(urgent, score)
    return line + f"  {auc:.4f} {ap:.4f}"


if __name__ == "__main__":
    main()
