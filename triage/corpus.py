"""The training corpus: building the train/test split and checking it.

``build`` merges the source files of ``training_data/sources/`` into ``train.jsonl`` and
``test.jsonl``: exact duplicates dropped, near-duplicate clusters kept on one side of the
split. ``check`` validates a corpus directory against the schema and the breadth minimums
of the corpus issue, and is run by the tests (so by CI) and by ``triage validate``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction.text import CountVectorizer

from triage.redflags import FAMILIES as RED_FLAG_FAMILIES
from triage.schema import CorpusRow, Label
from triage.training import read_corpus

NEAR_DUPLICATE = 0.8
TEST_SHARE = 0.2

#: Red-flag family ids, from the lexicon: each must appear among urgent rows.
FAMILIES = tuple(RED_FLAG_FAMILIES)
ROUTINE_REASONS = (
    "book", "reschedule", "cancel", "confirm", "new_patient", "directions_hours", "refill",
    "pharmacy_question", "results", "billing", "payment_plan", "insurance", "forms",
    "records", "referral", "letter", "portal", "mild_symptom", "returning_call",
    "office_records_request",
)  # fmt: skip
HARD_CASES = (
    "negation",
    "mixed_purpose",
    "no_reason",
    "critical_result",
    "vendor_order",
    "history",
)
TAG_PREFIXES = (
    "family", "register", "reason", "seller", "hard", "caller", "style", "template", "pair",
    "acuity", "topic",
)  # fmt: skip


@dataclass(frozen=True)
class Minimums:
    """The breadth the corpus issue asks for."""

    rows: int = 3000
    per_label: int = 800
    kind_share: float = 0.20
    settings: int = 10
    per_family: int = 15
    sellers: int = 15
    per_seller: int = 5
    per_reason: int = 5
    hard_share: float = 0.10
    per_hard_case: int = 10
    template_share: float = 0.02
    near_duplicate_share: float = 0.03


@dataclass
class CorpusCheck:
    """The outcome of ``check``: figures for the data card and a list of problems."""

    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def word_trigrams(text: str) -> list[str]:
    """Word 3-grams of a text (lower case, letters/digits/apostrophes), the duplicate unit."""
    words = re.findall(r"[a-z0-9']+", text.lower())
    return [" ".join(words[i : i + 3]) for i in range(len(words) - 2)] or [" ".join(words)]


def near_duplicate_pairs(
    texts: Sequence[str], threshold: float = NEAR_DUPLICATE
) -> list[tuple[int, int]]:
    """Pairs (i < j) whose word 3-gram sets have Jaccard similarity >= ``threshold``."""
    if len(texts) < 2:
        return []
    matrix = CountVectorizer(analyzer=word_trigrams, binary=True).fit_transform(texts)
    matrix = sp.csr_matrix(matrix, dtype=np.float32)
    sizes = np.asarray(matrix.sum(axis=1)).ravel()
    inter = sp.triu(matrix @ matrix.T, k=1).tocoo()
    union = sizes[inter.row] + sizes[inter.col] - inter.data
    keep = inter.data >= threshold * union
    return sorted(zip(inter.row[keep].tolist(), inter.col[keep].tolist(), strict=True))


def build(sources: Iterable[Path], out_dir: Path, *, seed: int = 0) -> tuple[int, int]:
    """Merge source files into ``out_dir/train.jsonl`` and ``test.jsonl``; return sizes."""
    rows = _unique([row for path in sorted(sources) for row in read_corpus(path)])
    texts = [r.text for r in rows]
    pairs = near_duplicate_pairs(texts, threshold=0.6) + _contrastive_pairs(rows)
    groups = _groups(len(rows), pairs)
    test = [_in_test(min(texts[j] for j in members), seed) for members in groups.values()]
    side = {i: test[k] for k, members in enumerate(groups.values()) for i in members}
    train_rows = [r for i, r in enumerate(rows) if not side[i]]
    test_rows = [r for i, r in enumerate(rows) if side[i]]
    _write_rows(out_dir / "train.jsonl", train_rows)
    _write_rows(out_dir / "test.jsonl", test_rows)
    return len(train_rows), len(test_rows)


def _contrastive_pairs(rows: list[CorpusRow]) -> list[tuple[int, int]]:
    """Rows sharing a ``pair:<id>`` tag: a pair stays on one side, so the test split holds
    whole pairs to measure the model on."""
    members: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        for tag in row.tags:
            if tag.startswith("pair:"):
                members.setdefault(tag, []).append(i)
    return [(group[0], j) for group in members.values() for j in group[1:]]


def _unique(rows: list[CorpusRow]) -> list[CorpusRow]:
    seen: set[str] = set()
    unique = []
    for row in rows:
        key = " ".join(row.text.lower().split())
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique


def _groups(n: int, pairs: list[tuple[int, int]]) -> dict[int, list[int]]:
    """Connected components of the near-duplicate graph: each stays on one side."""
    edges = np.array(pairs, dtype=int).reshape(-1, 2)
    graph = sp.coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    groups: dict[int, list[int]] = {}
    for i, c in enumerate(component.tolist()):
        groups.setdefault(c, []).append(i)
    return groups


def _in_test(key: str, seed: int) -> bool:
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < TEST_SHARE


def _write_rows(path: Path, rows: list[CorpusRow]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            # English, the default, is left out: the English rows read as they always have
            fields = row.model_dump(
                mode="json", exclude={"language"} if row.language == "en" else None
            )
            handle.write(json.dumps(fields, ensure_ascii=False) + "\n")


def check(corpus_dir: Path, minimums: Minimums = Minimums()) -> CorpusCheck:
    """Validate a corpus directory: schema, labels, duplicates, leakage and breadth."""
    train_rows = read_corpus(corpus_dir / "train.jsonl")
    test_rows = read_corpus(corpus_dir / "test.jsonl")
    rows = train_rows + test_rows
    result = CorpusCheck()
    _check_tags(rows, result)
    _check_breadth(rows, minimums, result)
    _check_duplicates(train_rows, test_rows, minimums, result)
    return result


def _check_tags(rows: list[CorpusRow], result: CorpusCheck) -> None:
    for i, row in enumerate(rows):
        bad = [t for t in row.tags if t.partition(":")[0] not in TAG_PREFIXES]
        if bad:
            result.problems.append(f"row {i}: unknown tag prefix in {bad}")
        families = [t for t in row.tags if t.startswith("family:")]
        if families and row.label is not Label.URGENT and "hard:" not in " ".join(row.tags):
            result.problems.append(f"row {i}: family tags on a {row.label.value} row")


def _check_breadth(rows: list[CorpusRow], m: Minimums, result: CorpusCheck) -> None:
    n = len(rows)
    tags = Counter(t for r in rows for t in set(r.tags))
    labels = Counter(r.label.value for r in rows)
    kinds = Counter(r.kind for r in rows)
    settings = Counter(r.setting for r in rows)
    urgent_tags = Counter(t for r in rows if r.label is Label.URGENT for t in set(r.tags))
    sellers = {t: c for t, c in tags.items() if t.startswith("seller:") and c >= m.per_seller}
    hard_rows = sum(any(t.startswith("hard:") for t in r.tags) for r in rows)
    templates = Counter(t for r in rows for t in r.tags if t.startswith("template:"))
    result.counts.update(
        {"rows": n, "settings": len(settings), "sellers": len(sellers), "hard_rows": hard_rows}
    )
    need = [
        (n >= m.rows, f"{n} rows, need {m.rows}"),
        (len(settings) >= m.settings, f"{len(settings)} settings, need {m.settings}"),
        (len(sellers) >= m.sellers, f"{len(sellers)} seller kinds, need {m.sellers}"),
        (hard_rows >= m.hard_share * n, f"hard cases {hard_rows}/{n}, need {m.hard_share:.0%}"),
    ]
    need += [
        (labels[x.value] >= m.per_label, f"{labels[x.value]} {x.value}, need {m.per_label}")
        for x in Label
    ]
    need += [
        (kinds[k] >= m.kind_share * n, f"kind {k}: {kinds[k]}, need {m.kind_share:.0%}")
        for k in ("transcript", "voicemail", "note")
    ]
    need += [
        (
            urgent_tags[f"family:{f}"] >= m.per_family,
            f"family {f}: {urgent_tags[f'family:{f}']} urgent rows, need {m.per_family}",
        )
        for f in FAMILIES
    ]
    need += [
        (tags[f"reason:{r}"] >= m.per_reason, f"reason {r}: {tags[f'reason:{r}']}")
        for r in ROUTINE_REASONS
    ]
    need += [
        (tags[f"hard:{h}"] >= m.per_hard_case, f"hard case {h}: {tags[f'hard:{h}']}")
        for h in HARD_CASES
    ]
    need += [
        (c <= m.template_share * n, f"{t} yields {c} rows, over {m.template_share:.0%}")
        for t, c in templates.items()
    ]
    result.problems += [message for ok, message in need if not ok]


def _check_duplicates(
    train_rows: list[CorpusRow], test_rows: list[CorpusRow], m: Minimums, result: CorpusCheck
) -> None:
    texts = [r.text for r in train_rows + test_rows]
    pairs = near_duplicate_pairs(texts)
    involved = {i for pair in pairs for i in pair}
    share = len(involved) / len(texts)
    result.counts["near_duplicate_rows"] = len(involved)
    if share > m.near_duplicate_share:
        result.problems.append(
            f"near-duplicates {share:.1%} of rows, allowed {m.near_duplicate_share:.0%}"
        )
    cut = len(train_rows)
    leaks = [(i, j - cut) for i, j in pairs if i < cut <= j]
    result.counts["split_leaks"] = len(leaks)
    if leaks:
        result.problems.append(
            f"{len(leaks)} near-duplicate pairs across train/test, e.g. {leaks[:3]}"
        )


def render_data_card(corpus_dir: Path, result: CorpusCheck) -> str:
    """DATA_CARD.md: the hand-written intro (``DATA_CARD.intro.md``) plus counted tables."""
    rows = read_corpus(corpus_dir / "train.jsonl") + read_corpus(corpus_dir / "test.jsonl")
    intro = (corpus_dir / "DATA_CARD.intro.md").read_text(encoding="utf-8")
    parts = [intro.rstrip(), "", "## Counts (generated by training_data/build.py)", ""]
    parts += _summary_lines(rows, result)
    parts += _grid(rows)
    for prefix, title in (
        ("family", "Urgent rows by red-flag family"),
        ("seller", "Sales rows by seller"),
        ("reason", "Routine rows by reason"),
        ("hard", "Hard cases"),
        ("register", "Register of urgent signs"),
        ("caller", "Third-party callers"),
        ("style", "Styles"),
        ("acuity", "What makes an urgent row urgent (acuity cues, LABELS.md)"),
        ("topic", "Clinical topics"),
    ):
        parts += _tag_table(rows, prefix, title)
    return "\n".join(parts) + "\n"


def _summary_lines(rows: list[CorpusRow], result: CorpusCheck) -> list[str]:
    n = len(rows)
    generated = sum(r.provenance == "generated" for r in rows)
    kinds = Counter(r.kind for r in rows)
    labels = Counter(r.label.value for r in rows)
    emergency = sum(r.emergency for r in rows)
    return [
        f"- rows: {n} ({result.counts.get('rows', n)} checked); labels "
        + ", ".join(f"{k} {labels[k.value]}" for k in Label),
        f"- emergency (life threat) rows: {emergency}",
        "- kinds: " + ", ".join(f"{k} {c} ({c / n:.0%})" for k, c in sorted(kinds.items())),
        f"- provenance: generated {generated} ({generated / n:.0%}), handwritten {n - generated}",
        f"- settings: {result.counts.get('settings')}; "
        f"seller kinds: {result.counts.get('sellers')}",
        f"- contrastive pairs (one routine, one urgent row of the same complaint): "
        f"{len({t for r in rows for t in r.tags if t.startswith('pair:')})}",
        f"- hard-case rows: {result.counts.get('hard_rows')} "
        f"({result.counts.get('hard_rows', 0) / n:.0%})",
        f"- near-duplicate rows (Jaccard >= {NEAR_DUPLICATE} on word 3-grams): "
        f"{result.counts.get('near_duplicate_rows')}; pairs across the split: "
        f"{result.counts.get('split_leaks')}",
        "- validator: " + ("all checks pass" if result.ok else "; ".join(result.problems)),
        "",
    ]


def _grid(rows: list[CorpusRow]) -> list[str]:
    columns = [(label, kind) for label in Label for kind in ("transcript", "voicemail", "note")]
    counts: Counter[tuple[str, Label, str]] = Counter((r.setting, r.label, r.kind) for r in rows)
    head = "| setting | " + " | ".join(f"{lab.value} {kind}" for lab, kind in columns) + " |"
    lines = ["### Label x kind x setting", "", head, "|---" * (len(columns) + 1) + "|"]
    for setting in sorted({r.setting for r in rows}):
        cells = " | ".join(str(counts[(setting, lab, kind)]) for lab, kind in columns)
        lines.append(f"| {setting} | {cells} |")
    return [*lines, ""]


def _tag_table(rows: list[CorpusRow], prefix: str, title: str) -> list[str]:
    counts = Counter(
        t.partition(":")[2] for r in rows for t in set(r.tags) if t.startswith(prefix + ":")
    )
    lines = [f"### {title}", "", "| value | rows |", "|---|---|"]
    lines += [f"| {value} | {count} |" for value, count in sorted(counts.items())]
    return [*lines, ""]
