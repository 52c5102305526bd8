"""Deterministic generator for the triage training corpus.

Composes labelled calls to medical and dental practices (live-call transcripts,
voicemails and operator notes) from the frames and slot fillers in the JSON files
beside this script, and writes them as JSON Lines with provenance "generated".

Run (from any directory; relative paths resolve against the repository root)::

    python training_data/generator/generate.py --seed 13 \
        -o training_data/sources/generated.jsonl

Both options are optional (defaults: seed 13 and the output path above). The same
seed gives byte-identical output: all randomness comes from one random.Random(seed)
and every choice is made from a sorted or file-ordered list.

Data files (all hand-written):

* slots.json     generic fillers (names, openers, callbacks, per-setting words)
* urgent.json    symptom phrases per red-flag family, and clinician callers
* routine.json   requests per reason, plus negated, past and resolved signs
* sales.json     pitches per seller kind
* noise.json     speech-recognition confusions, fillers and note shorthand
* templates.json the frames; each says its label, kind and the slots it binds

Frame syntax: "{name}" is filled from a bound role ("{s}", "{s.cc}", "{x.co}"), a
person ("{p.first}", "{c.full}", "{p.yo}", "{he}", "{his}"), a per-setting list
("{set.provider}"), a builtin ("{phone}", "{clock}", "{money}") or a list in
slots.json; "{a|b|}" picks one alternative. Innermost braces are filled first, and a
filled value may itself contain slots.

Usage is balanced (least-used family, reason, seller, item and setting first; urgent
rows steered to 45% life threats), and a row whose word-trigram Jaccard similarity
with an earlier row reaches 0.5 is redrawn; the number of redraws is printed.

A row's label and emergency flag are derived from the slot values that filled it:
a bound symptom ("sym") makes it urgent (emergency if its family is a life threat),
otherwise a pitch makes it sales, otherwise a request makes it routine. The label a
template declares is only used to plan row counts and is checked against the result.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEFAULT_OUT = "training_data/sources/generated.jsonl"

LABELS = ("urgent", "routine", "sales")
KINDS = ("transcript", "voicemail", "note")
SETTINGS = (
    "family_medicine",
    "paediatrics",
    "dental",
    "oral_surgery",
    "obgyn",
    "dermatology",
    "cardiology",
    "orthopaedics",
    "mental_health",
    "urgent_care",
    "physical_therapy",
    "ophthalmology",
    "ent",
    "gastroenterology",
    "internal_medicine",
)
AGE_GROUPS = ("newborn", "infant", "child", "adult", "older")
AGE_RANGES = {
    "newborn": (1, 11),
    "infant": (3, 11),
    "child": (1, 15),
    "adult": (19, 64),
    "older": (65, 93),
}
SELF_AGES = ("adult", "older")
SETTING_AGES = {
    "paediatrics": ("newborn", "infant", "child"),
    "obgyn": ("adult",),
    "mental_health": ("child", "adult", "older"),
    "dental": ("child", "adult", "older"),
    "oral_surgery": ("child", "adult", "older"),
    "physical_therapy": ("child", "adult", "older"),
    "internal_medicine": ("adult", "older"),
    "cardiology": ("child", "adult", "older"),
    "gastroenterology": ("child", "adult", "older"),
    "orthopaedics": ("child", "adult", "older"),
}
SETTING_SEX = {"obgyn": "f"}
ROWS_PER_LABEL = 350
EMERGENCY_SHARE = 0.45
MAX_PER_TEMPLATE = 25
GUARD_JACCARD = 0.5
ATTEMPTS = 80
YEAR = 2024

POOL_LABEL = {"sym": "urgent", "req": "routine", "pitch": "sales"}
MODIFIER_POOLS = ("neg", "hist", "res")
REGISTER = {
    "1": "lay",
    "3": "lay",
    "clin": "clinical",
    "sh": "shorthand",
    "lab": "clinical",
    "pharmacy": "clinical",
    "hospital": "clinical",
}
FORM_CALLER = {
    "lab": "lab",
    "pharmacy": "pharmacy",
    "hospital": "hospital",
    "o": "other_practice",
    "o_n": "other_practice",
    "ph": "pharmacy",
    "ph_n": "pharmacy",
}
FORM_HARD = {"os": "vendor_order", "on": "vendor_order"}
PRONOUNS = {
    "m": {"he": "he", "his": "his", "him": "him", "himself": "himself"},
    "f": {"he": "she", "his": "her", "him": "her", "himself": "herself"},
}
AN_BEFORE_VOWEL = re.compile(
    r"\b([Aa]) ((?:[aei]|o(?!ne)|u(?!ni|s[eu])|ENT\b|OB\b|MA\b|RN\b|LPN\b)[\w-]*)"
)
SLOT = re.compile(r"\{([^{}]*)\}")
WORD = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True)
class Item:
    """One slot value with the facts the label is built from."""

    key: str
    pool: str
    cat: str
    form: str
    text: str
    cc: str
    settings: tuple[str, ...]
    ages: tuple[str, ...]
    sex: str
    hard: str
    caller: str
    register: str
    emergency: bool
    co: tuple[str, ...]


@dataclass(frozen=True)
class Template:
    """A frame with slots, the label/kind it is planned for, and its bindings."""

    id: str
    label: str
    kind: str
    people: str
    frame: str
    bind: tuple[tuple[str, dict[str, Any]], ...]
    tags: tuple[str, ...]
    settings: tuple[str, ...]
    ages: tuple[str, ...]
    weight: float


@dataclass
class Person:
    """An invented caller or patient."""

    first: str
    last: str
    sex: str
    group: str
    age: int


@dataclass
class Draft:
    """A composed row before the freshness check."""

    row: dict[str, Any]
    items: list[Item]
    setting: str


# ---------------------------------------------------------------- loading


def load_data() -> dict[str, Any]:
    """Read every JSON data file beside this script into one dictionary."""
    names = ("slots", "urgent", "routine", "sales", "noise", "templates")
    return {n: json.loads((HERE / f"{n}.json").read_text("utf-8")) for n in names}


def entry_spec(entry: Any) -> dict[str, Any]:
    """Normalise a slot entry: a string, a [cc, text] pair or a dict."""
    if isinstance(entry, str):
        return {"t": entry}
    if isinstance(entry, list):
        return {"cc": entry[0], "t": entry[1]}
    return dict(entry)


def item_ages(form: str, spec: dict[str, Any], meta: dict[str, Any]) -> tuple[str, ...]:
    """Allowed patient age groups; a self-caller is an adult."""
    if "age" in spec:
        return tuple(spec["age"])
    ages = tuple(meta.get("age", AGE_GROUPS))
    if form == "1":
        return tuple(a for a in ages if a in SELF_AGES) or SELF_AGES
    return ages


def make_item(where: tuple[str, str, str, int], meta: dict[str, Any], entry: Any) -> Item:
    """Build an Item from a JSON entry (at pool/cat/form/index) and its category's defaults."""
    pool, cat, form, idx = where
    spec = entry_spec(entry)
    caller = FORM_CALLER.get(form, cat if pool == "who" else "")
    return Item(
        key=f"{pool}/{cat}/{form}/{idx}",
        pool=pool,
        cat=cat,
        form=form,
        text=spec["t"],
        cc=spec.get("cc", ""),
        settings=tuple(spec.get("settings", meta.get("settings", SETTINGS))),
        ages=item_ages(form, spec, meta),
        sex=spec.get("sex", meta.get("sex", "")),
        hard=spec.get("hard", meta.get("hard", FORM_HARD.get(form, ""))),
        caller=caller,
        register=REGISTER.get(form, "") if pool == "sym" else "",
        emergency=bool(meta.get("emergency", False)),
        co=tuple(meta.get("co", ())),
    )


def load_items(data: dict[str, Any]) -> dict[str, list[Item]]:
    """Flatten every pool of every data file into Items, grouped by pool."""
    pools: dict[str, list[Item]] = {}
    for source in ("urgent", "routine", "sales"):
        for pool, cats in data[source].items():
            for cat in sorted(cats):
                meta = cats[cat]
                for form in sorted(meta["items"]):
                    for idx, entry in enumerate(meta["items"][form]):
                        item = make_item((pool, cat, form, idx), meta, entry)
                        pools.setdefault(pool, []).append(item)
    return pools


def load_templates(data: dict[str, Any]) -> list[Template]:
    """Read the frames; template ids must be unique."""
    out = []
    for spec in data["templates"]["templates"]:
        out.append(
            Template(
                id=spec["id"],
                label=spec["label"],
                kind=spec["kind"],
                people=spec.get("people", "other"),
                frame=spec["frame"],
                bind=tuple(spec.get("bind", {}).items()),
                tags=tuple(spec.get("tags", ())),
                settings=tuple(spec.get("settings", SETTINGS)),
                ages=tuple(spec.get("ages", AGE_GROUPS)),
                weight=float(spec.get("weight", 1.0)),
            )
        )
    ids = [t.id for t in out]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate template id")
    return sorted(out, key=lambda t: t.id)


# ---------------------------------------------------------------- planning


def split_evenly(total: int, weights: list[float]) -> list[int]:
    """Largest-remainder split of total rows by weight."""
    raw = [total * w / sum(weights) for w in weights]
    counts = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (counts[i] - raw[i], i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def allocate(templates: list[Template]) -> dict[str, int]:
    """Rows per template: 350 per label, a third per kind, split by weight."""
    counts: dict[str, int] = {}
    kind_rows = split_evenly(ROWS_PER_LABEL, [1.0] * len(KINDS))
    for label in LABELS:
        for kind, rows in zip(KINDS, kind_rows, strict=True):
            cell = [t for t in templates if t.label == label and t.kind == kind]
            if not cell:
                raise ValueError(f"no template for {label}/{kind}")
            for tpl, n in zip(cell, split_evenly(rows, [t.weight for t in cell]), strict=True):
                counts[tpl.id] = n
    too_many = [k for k, v in counts.items() if v > MAX_PER_TEMPLATE]
    if too_many:
        raise ValueError(f"templates over {MAX_PER_TEMPLATE} rows: {too_many}")
    return counts


# ---------------------------------------------------------------- numbers

ONES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)  # fmt: skip
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ORDINAL = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}


def int_words(n: int) -> str:
    """Spell a non-negative integer the way a recogniser writes it."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if 1900 <= n < 2000 or 2010 <= n < 2100:
        return int_words(n // 100) + " " + pair_words(n % 100)
    if n < 1000:
        rest = "" if n % 100 == 0 else " " + int_words(n % 100)
        return ONES[n // 100] + " hundred" + rest
    if n < 1_000_000:
        rest = "" if n % 1000 == 0 else " " + int_words(n % 1000)
        return int_words(n // 1000) + " thousand" + rest
    return digit_words(str(n))


def pair_words(n: int) -> str:
    """The last two digits of a year or clock time ("oh five", "thirty")."""
    return "hundred" if n == 0 else ("oh " + ONES[n] if n < 10 else int_words(n))


def digit_words(digits: str) -> str:
    """Read digits one by one ("five five five oh one")."""
    return " ".join("oh" if d == "0" else ONES[int(d)] for d in digits if d.isdigit())


def ordinal_words(n: int) -> str:
    """Spell an ordinal ("twenty third")."""
    words = int_words(n).split()
    last = words[-1]
    if last in ORDINAL:
        words[-1] = ORDINAL[last]
    elif last.endswith("y"):
        words[-1] = last[:-1] + "ieth"
    else:
        words[-1] = last + "th"
    return " ".join(words)


def money_words(m: re.Match[str]) -> str:
    """$184.20 -> one hundred eighty four dollars and twenty cents."""
    cents = m.group(2)
    tail = f" and {int_words(int(cents))} cents" if cents and int(cents) else ""
    return f"{int_words(int(m.group(1).replace(',', '')))} dollars{tail}"


def ratio_words(m: re.Match[str]) -> str:
    """150/92 -> one hundred fifty over ninety two; 8/10 -> eight out of ten."""
    joint = " out of " if m.group(2) == "10" else " over "
    return int_words(int(m.group(1))) + joint + int_words(int(m.group(2)))


def clock_words(m: re.Match[str]) -> str:
    """7:05 -> seven oh five; 10:00 -> ten."""
    hour, minute = int(m.group(1)), int(m.group(2))
    return int_words(hour) + ("" if minute == 0 else " " + pair_words(minute))


NUMBER_RULES: tuple[tuple[re.Pattern[str], Any], ...] = (
    (re.compile(r"\$(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d\d))?"), money_words),
    (
        re.compile(r"\(?\b\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b|\b\d{3}[.-]\d{4}\b"),
        lambda m: digit_words(m.group(0)),
    ),
    (re.compile(r"\b(\d{1,2}):(\d\d)\b"), clock_words),
    (
        re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b"),
        lambda m: " ".join(int_words(int(g)) for g in m.groups()),
    ),
    (re.compile(r"\b(\d{1,3})/(\d{1,3})\b"), ratio_words),
    (re.compile(r"\b(\d+)(st|nd|rd|th)\b"), lambda m: ordinal_words(int(m.group(1)))),
    (
        re.compile(r"\b(\d+)\.(\d+)\b"),
        lambda m: int_words(int(m.group(1))) + " point " + digit_words(m.group(2)),
    ),
    (re.compile(r"\b(\d+)%"), lambda m: int_words(int(m.group(1))) + " percent"),
    (
        re.compile(r"\b(\d+)\s?(am|pm|a\.m\.|p\.m\.)", re.IGNORECASE),
        lambda m: int_words(int(m.group(1))) + " " + " ".join(m.group(2)[0] + "m"),
    ),
    (re.compile(r"\b\d{5,}\b"), lambda m: digit_words(m.group(0))),
    (re.compile(r"\d+"), lambda m: int_words(int(m.group(0)))),
)


def numbers_to_words(text: str) -> str:
    """Replace every number in text with words, as speech recognition would."""
    for pattern, repl in NUMBER_RULES:
        text = pattern.sub(repl, text)
    return text


# ---------------------------------------------------------------- noise


def confusion_pattern(asr: dict[str, list[str]]) -> re.Pattern[str]:
    """One regex matching every confusable word or phrase, longest first."""
    keys = sorted(asr, key=lambda k: (-len(k), k))
    return re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")\b", re.IGNORECASE)


def confuse(
    text: str, rng: random.Random, asr: dict[str, list[str]], pattern: re.Pattern[str], rate: float
) -> tuple[str, int]:
    """Swap words for recognition errors with probability rate each."""
    hits = 0

    def swap(m: re.Match[str]) -> str:
        nonlocal hits
        if rng.random() >= rate:
            return m.group(0)
        hits += 1
        return rng.choice(asr[m.group(0).lower()])

    return pattern.sub(swap, text), hits


def strip_punctuation(text: str) -> str:
    """Drop punctuation except apostrophes and hyphens inside words."""
    text = re.sub(r"[^\w\s'-]", " ", text)
    return re.sub(r"(?<!\w)-|-(?!\w)", " ", text)


def add_fillers(
    words: list[str], rng: random.Random, fillers: list[str], per_words: int
) -> list[str]:
    """Insert fillers (um, uh, like, you know) at random word boundaries."""
    out = list(words)
    for _ in range(max(1, len(words) // per_words)):
        if rng.random() < 0.8:
            out.insert(rng.randrange(len(out) + 1), rng.choice(fillers))
    return out


def false_start(words: list[str], rng: random.Random) -> list[str]:
    """Repeat a word or two once ("i i need", "my son my son")."""
    if len(words) < 4:
        return words
    at = rng.randrange(len(words) - 2)
    size = rng.choice((1, 1, 2))
    return words[: at + size] + words[at : at + size] + words[at + size :]


def transcript_noise(
    text: str, rng: random.Random, noise: dict[str, Any], pattern: re.Pattern[str]
) -> tuple[str, bool]:
    """Make text look like live-call speech recognition; report heavy errors."""
    text = numbers_to_words(text)
    heavy = rng.random() < 0.35
    text, hits = confuse(text, rng, noise["asr"], pattern, 0.75 if heavy else 0.2)
    if rng.random() < 0.92:
        text = text.lower()
    if rng.random() < 0.88:
        text = strip_punctuation(text)
    words = add_fillers(text.split(), rng, noise["fillers"], rng.randint(10, 20))
    for _ in range(rng.choice((0, 1, 1, 1, 2))):
        words = false_start(words, rng)
    return " ".join(words), hits >= 2


def voicemail_noise(text: str, rng: random.Random, noise: dict[str, Any]) -> str:
    """Light recogniser noise for voicemails: the odd um or uh."""
    words = text.split()
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        at = rng.randrange(1, len(words)) if len(words) > 1 else 0
        if not words[at - 1].endswith("Dr."):
            words.insert(at, rng.choice(noise["vm_fillers"]))
    return " ".join(words)


def note_shorthand(text: str, rng: random.Random, rules: list[list[str]]) -> str:
    """Apply operator shorthand (pt, c/o, SOB, x2d) with per-rule chance."""
    for pattern, repl in rules:
        if rng.random() < 0.8:
            text = re.sub(pattern, repl, text, flags=re.IGNORECASE)
    return text


def tidy(text: str) -> str:
    """Collapse spaces and fix spacing around punctuation."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.?!;:])", r"\1", text)
    text = re.sub(r"([,;:])(?=[.?!])", "", text)
    text = re.sub(r"\.{2,}", ".", text)
    text = re.sub(r"([.?!])\1+", r"\1", text)
    text = re.sub(r"([?!])[.,]", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    return text.strip(" ,")


def fix_articles(text: str) -> str:
    """Use "an" before a vowel sound ("an urgent care", "an ENT")."""
    return AN_BEFORE_VOWEL.sub(lambda m: m.group(1) + "n " + m.group(2), text)


def capitalise(text: str) -> str:
    """Capitalise the first letter and the first letter after a sentence end."""
    text = re.sub(r"([.?!]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    text = re.sub(r"\bi\b", "I", text)
    text = re.sub(r"\bi'(m|ve|ll|d)\b", lambda m: "I'" + m.group(1), text)
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------- people


def person_values(prefix: str, who: Person) -> dict[str, str]:
    """Slot values describing a person (p.first, p.agep, p.yo, ...)."""
    unit = {"newborn": ("week", "wk"), "infant": ("month", "mo")}.get(who.group, ("year", "yo"))
    plural = unit[0] + ("" if who.age == 1 else "s")
    young = who.group in ("newborn", "infant")
    kid = {"m": ("baby boy", "boy", "man"), "f": ("baby girl", "girl", "woman")}
    pick = 0 if young else (1 if who.group == "child" else 2)
    return {
        f"{prefix}.first": who.first,
        f"{prefix}.last": who.last,
        f"{prefix}.full": f"{who.first} {who.last}",
        f"{prefix}.sex": "male" if who.sex == "m" else "female",
        f"{prefix}.mf": who.sex.upper(),
        f"{prefix}.kid": kid[who.sex][pick],
        f"{prefix}.agep": f"{who.age} {unit[0]} old",
        f"{prefix}.yo": f"{who.age}{unit[1]}",
        f"{prefix}.old": f"{who.age} {plural} old" if young else str(who.age),
    }


def pronoun_values(sex: str) -> dict[str, str]:
    """he/his/him and capitalised forms for the patient."""
    base = PRONOUNS[sex]
    caps = {k.capitalize(): v.capitalize() for k, v in base.items()}
    return {**base, **caps}


# ---------------------------------------------------------------- generator


class Generator:
    """Composes rows template by template, keeping usage balanced and fresh."""

    def __init__(self, data: dict[str, Any], seed: int) -> None:
        self.rng = random.Random(seed)
        self.data = data
        self.lists: dict[str, list[str]] = dict(data["slots"]["lists"])
        self.lists["first_any"] = self.lists["first_f"] + self.lists["first_m"]
        self.relations: list[dict[str, Any]] = data["slots"]["relations"]
        self.noun_sex: dict[str, str] = data["slots"]["caller_noun_sex"]
        self.per_setting: dict[str, dict[str, list[str]]] = data["slots"]["settings"]
        self.noise: dict[str, Any] = data["noise"]
        self.asr_re = confusion_pattern(self.noise["asr"])
        self.pools = load_items(data)
        self.templates = load_templates(data)
        self.use: Counter[str] = Counter()
        self.texts: set[str] = set()
        self.grams: list[frozenset[tuple[str, ...]]] = []
        self.index: dict[tuple[str, ...], list[int]] = {}
        self.urgent = 0
        self.emergency = 0
        self.rejects = 0

    # -- scheduling

    def schedule(self) -> list[Template]:
        """Every planned row's template, in a seeded shuffled order."""
        counts = allocate(self.templates)
        order = [t for t in self.templates for _ in range(counts[t.id])]
        self.rng.shuffle(order)
        return order

    def run(self) -> list[dict[str, Any]]:
        """Generate all rows."""
        return [self.make_row(tpl) for tpl in self.schedule()]

    def make_row(self, tpl: Template) -> dict[str, Any]:
        """Compose until the text is new and not a near-duplicate."""
        for _ in range(ATTEMPTS):
            draft = self.compose(tpl)
            grams = trigrams(draft.row["text"])
            if self.is_fresh(draft.row["text"], grams):
                self.accept(draft, grams)
                return draft.row
            self.rejects += 1
        raise RuntimeError(f"template {tpl.id}: no fresh row in {ATTEMPTS} tries")

    # -- freshness

    def is_fresh(self, text: str, grams: frozenset[tuple[str, ...]]) -> bool:
        """False for an exact repeat or a trigram-Jaccard near-duplicate."""
        if text in self.texts or not grams:
            return text not in self.texts
        shared: Counter[int] = Counter()
        for gram in sorted(grams):
            shared.update(self.index.get(gram, ()))
        for idx, common in shared.items():
            union = len(grams) + len(self.grams[idx]) - common
            if common / union >= GUARD_JACCARD:
                return False
        return True

    def accept(self, draft: Draft, grams: frozenset[tuple[str, ...]]) -> None:
        """Record a row: text, trigrams, usage counts, emergency share."""
        self.texts.add(draft.row["text"])
        for gram in sorted(grams):
            self.index.setdefault(gram, []).append(len(self.grams))
        self.grams.append(grams)
        for item in draft.items:
            self.use[f"item:{item.key}"] += 1
            self.use[f"cat:{item.pool}/{item.cat}"] += 1
        self.use[f"set:{draft.setting}"] += 1
        if draft.row["label"] == "urgent":
            self.urgent += 1
            self.emergency += int(draft.row["emergency"])

    # -- binding

    def start_ages(self, tpl: Template) -> set[str]:
        """Patient age groups the template and its people allow."""
        if tpl.people == "self":
            return set(SELF_AGES) & set(tpl.ages)
        if tpl.people == "rel":
            return {a for r in self.relations for a in r["age"]} & set(tpl.ages)
        return set(tpl.ages)

    def bind(self, tpl: Template) -> tuple[dict[str, Item], set[str], set[str], str]:
        """Choose an item for every bound role, narrowing settings and ages."""
        allowed, ages, sex = set(tpl.settings), self.start_ages(tpl), ""
        chosen: dict[str, Item] = {}
        for role, query in tpl.bind:
            cands = [it for it in self.pools[query["pool"]] if fits(it, query, allowed, ages, sex)]
            if not cands:
                raise ValueError(f"template {tpl.id}: nothing fits role {role}")
            item = self.choose(cands)
            chosen[role] = item
            allowed &= set(item.settings)
            ages &= set(item.ages)
            sex = sex or item.sex
        return chosen, allowed, ages, sex

    def choose(self, cands: list[Item]) -> Item:
        """Least-used category first, then least-used item, ties at random."""
        if cands[0].pool == "sym":
            cands = self.prefer_emergency(cands)
        cats = sorted({c.cat for c in cands})
        self.rng.shuffle(cats)
        cat = min(cats, key=lambda c: self.use[f"cat:{cands[0].pool}/{c}"])
        items = [c for c in cands if c.cat == cat]
        self.rng.shuffle(items)
        return min(items, key=lambda c: self.use[f"item:{c.key}"])

    def prefer_emergency(self, cands: list[Item]) -> list[Item]:
        """Steer urgent rows towards the planned share of life threats."""
        want = self.emergency < EMERGENCY_SHARE * (self.urgent + 1)
        return [c for c in cands if c.emergency == want] or cands

    def pick_setting(self, allowed: set[str], ages: set[str], sex: str) -> str:
        """The least-used allowed setting that suits the patient, ties at random."""
        options = [s for s in SETTINGS if s in allowed and setting_fits(s, ages, sex)]
        if not options:
            raise ValueError(f"no setting fits {sorted(allowed)} / {sorted(ages)}")
        self.rng.shuffle(options)
        return min(options, key=lambda s: self.use[f"set:{s}"])

    # -- people

    def new_person(self, group: str, sex: str = "") -> Person:
        """An invented person of an age group."""
        sex = sex or self.rng.choice("mf")
        first = self.rng.choice(self.lists["first_m" if sex == "m" else "first_f"])
        low, high = AGE_RANGES[group]
        return Person(
            first, self.rng.choice(self.lists["last"]), sex, group, self.rng.randint(low, high)
        )

    def people(
        self, tpl: Template, ages: set[str], sex: str
    ) -> tuple[Person, Person, dict[str, Any] | None]:
        """The patient, the caller and (for a family caller) the relation."""
        groups = [a for a in AGE_GROUPS if a in ages]
        if tpl.people == "rel":
            rels = [
                r
                for r in self.relations
                if set(r["age"]) & ages and (not sex or r.get("sex", sex) == sex)
            ]
            rel = dict(self.rng.choice(rels))
            rel["noun"] = self.rng.choice(rel["cn"])
            group = self.rng.choice([a for a in groups if a in rel["age"]])
            patient = self.new_person(group, rel.get("sex", sex))
            caller = self.new_person("adult", self.noun_sex.get(rel["noun"], ""))
            if rel.get("family", True) and self.rng.random() < 0.75:
                patient.last = caller.last
            return patient, caller, rel
        patient = self.new_person(self.rng.choice(groups), sex)
        caller = patient if tpl.people == "self" else self.new_person("adult")
        return patient, caller, None

    def person_slots(
        self, patient: Person, caller: Person, rel: dict[str, Any] | None
    ) -> dict[str, str]:
        """All person-derived slot values for a row."""
        values = {
            **person_values("p", patient),
            **person_values("c", caller),
            **pronoun_values(patient.sex),
        }
        values["p.dob"] = self.dob(patient)
        values["p.rel"] = rel["t"] if rel else ""
        values["p.cn"] = rel["noun"] if rel else "pt"
        return values

    def dob(self, who: Person) -> str:
        """A date of birth consistent with the person's age."""
        years = who.age if who.group in ("child", "adult", "older") else 0
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        return f"{month}/{day}/{YEAR - years - (1 if month > 6 else 0)}"

    # -- composing

    def compose(self, tpl: Template) -> Draft:
        """Bind slots, pick setting and people, expand the frame, add noise."""
        chosen, allowed, ages, sex = self.bind(tpl)
        setting = self.pick_setting(allowed, ages, sex)
        ages &= set(SETTING_AGES.get(setting, AGE_GROUPS))
        sex = sex or SETTING_SEX.get(setting, "")
        patient, caller, rel = self.people(tpl, ages, sex)
        values = self.person_slots(patient, caller, rel)
        raw = self.expand(tpl.frame, chosen, values, setting)
        text, asr = self.finish(tpl, raw)
        items = [chosen[role] for role, _ in tpl.bind]
        label, emergency = derive_label(items)
        if label != tpl.label:
            raise ValueError(f"template {tpl.id} planned {tpl.label}, got {label}")
        tags = row_tags(tpl, label, items, rel, asr)
        row = {
            "text": text,
            "label": label,
            "kind": tpl.kind,
            "setting": setting,
            "emergency": emergency,
            "provenance": "generated",
            "tags": tags,
        }
        return Draft(row, items, setting)

    def expand(
        self, frame: str, chosen: dict[str, Item], values: dict[str, str], setting: str
    ) -> str:
        """Fill slots innermost first until no braces remain."""
        text = frame
        for _ in range(30):
            new = SLOT.sub(lambda m: self.resolve(m.group(1), chosen, values, setting), text)
            if new == text:
                break
            text = new
        if "{" in text or "}" in text:
            raise ValueError(f"unresolved slot in: {text}")
        return text

    def resolve(
        self, name: str, chosen: dict[str, Item], values: dict[str, str], setting: str
    ) -> str:
        """Value of one slot: {a|b} choice, person, bound item, setting or list."""
        if "|" in name:
            return self.rng.choice(name.split("|"))
        if name in values:
            return values[name]
        role, _, part = name.partition(".")
        if role in chosen:
            return self.item_part(chosen[role], part or "t")
        if role == "set":
            return self.rng.choice(self.per_setting[setting][part])
        builtin = getattr(self, f"slot_{name}", None)
        if builtin is not None:
            return str(builtin())
        return self.rng.choice(self.lists[name])

    def item_part(self, item: Item, part: str) -> str:
        """A bound item's text, chief complaint or company name."""
        if part == "co":
            return self.rng.choice(item.co)
        return item.cc if part == "cc" else item.text

    def finish(self, tpl: Template, raw: str) -> tuple[str, bool]:
        """Kind-specific surface: recogniser noise, voicemail casing, shorthand."""
        text, asr = fix_articles(tidy(raw)), False
        if tpl.kind == "transcript":
            text, asr = transcript_noise(text, self.rng, self.noise, self.asr_re)
        elif tpl.kind == "voicemail":
            text = capitalise(voicemail_noise(text, self.rng, self.noise))
        elif "style:vignette" in tpl.tags:
            text = capitalise(text)
        else:
            text = note_shorthand(text, self.rng, self.noise["shorthand"])
        return tidy(text), asr

    # -- builtin slots

    def slot_phone(self) -> str:
        """An invented 555 phone number in one of several spellings."""
        area = self.rng.choice(self.lists["area_code"])
        line = f"{self.rng.randint(100, 9999):04d}"
        fmt = self.rng.choice(
            ("({a}) 555-{n}", "{a}-555-{n}", "{a} 555 {n}", "555-{n}", "{a}.555.{n}")
        )
        return fmt.format(a=area, n=line)

    def slot_clock(self) -> str:
        """A clock time such as 7:40 or 11:05."""
        minute = self.rng.choice((0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55))
        return f"{self.rng.randint(1, 12)}:{minute:02d}"

    def slot_money(self) -> str:
        """A dollar amount such as $184.20 or $1,250."""
        dollars = self.rng.choice((self.rng.randint(12, 480), self.rng.randint(500, 2400)))
        if dollars >= 1000 or self.rng.random() < 0.4:
            return f"${dollars:,}"
        return f"${dollars}.{self.rng.choice((0, 50, 20, 75, 99)):02d}"

    def slot_ordno(self) -> str:
        """An order, invoice or member number."""
        return str(self.rng.randint(100000, 99999999))

    def slot_ext(self) -> str:
        """A phone extension."""
        return str(self.rng.randint(100, 999))

    def slot_mins(self) -> str:
        """A small number of minutes."""
        return str(self.rng.choice((5, 10, 15, 20, 25, 30, 40, 45)))

    def slot_date(self) -> str:
        """A calendar date such as March 4th or 11/02."""
        month = self.rng.choice(self.lists["month"])
        day = self.rng.randint(1, 28)
        suffix = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{month} {day}{suffix}"


def setting_fits(setting: str, ages: set[str], sex: str) -> bool:
    """Whether a practice setting suits the patient's possible ages and sex."""
    if not ages & set(SETTING_AGES.get(setting, AGE_GROUPS)):
        return False
    need = SETTING_SEX.get(setting, "")
    return not need or not sex or need == sex


def fits(item: Item, query: dict[str, Any], allowed: set[str], ages: set[str], sex: str) -> bool:
    """Whether an item satisfies a template query and the constraints so far."""
    if item.form not in query.get("form", [item.form]):
        return False
    if "cat" in query and item.cat not in query["cat"]:
        return False
    if item.cat in query.get("not", ()):
        return False
    if sex and item.sex and item.sex != sex:
        return False
    return bool(allowed & set(item.settings)) and bool(ages & set(item.ages))


def derive_label(items: list[Item]) -> tuple[str, bool]:
    """Label and emergency flag from the slot values (LABELS.md precedence)."""
    symptoms = [i for i in items if i.pool == "sym"]
    if symptoms:
        return "urgent", any(i.emergency for i in symptoms)
    if any(i.pool == "pitch" for i in items):
        return "sales", False
    if any(i.pool == "req" for i in items):
        return "routine", False
    raise ValueError("a row needs a symptom, a pitch or a request")


def row_tags(
    tpl: Template, label: str, items: list[Item], rel: dict[str, Any] | None, asr: bool
) -> list[str]:
    """The guide's tags for a row, sorted."""
    tags = {f"template:{tpl.id}", *tpl.tags}
    prefix = {"urgent": "family", "routine": "reason", "sales": "seller"}[label]
    for item in items:
        own = POOL_LABEL.get(item.pool) == label
        if own:
            tags.add(f"{prefix}:{item.cat}")
        if item.register and own:
            tags.add(f"register:{item.register}")
        if item.hard and (own or item.pool in MODIFIER_POOLS):
            tags.add(f"hard:{item.hard}")
        if item.caller:
            tags.add(f"caller:{item.caller}")
    if label == "urgent" and any(i.pool == "req" for i in items):
        tags.add("hard:mixed_purpose")
    if rel:
        tags.add(f"caller:{rel['caller']}")
    if asr:
        tags.add("style:asr")
    return sorted(tags)


def trigrams(text: str) -> frozenset[tuple[str, ...]]:
    """Word trigrams, as the corpus near-duplicate check computes them."""
    words = WORD.findall(text.lower())
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def write_rows(rows: list[dict[str, Any]], path: Path) -> None:
    """Write JSON Lines with a fixed key order and Unix newlines."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=13, help="random seed (13)")
    parser.add_argument(
        "-o",
        "--output",
        default=DEFAULT_OUT,
        help=f"output path, relative to the repo root ({DEFAULT_OUT})",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Generate the corpus and report a one-line summary on stderr."""
    args = parse_args(argv)
    out = Path(args.output)
    out = out if out.is_absolute() else ROOT / out
    generator = Generator(load_data(), args.seed)
    rows = generator.run()
    write_rows(rows, out)
    counts = Counter(r["label"] for r in rows)
    print(
        f"wrote {len(rows)} rows to {out} ({dict(sorted(counts.items()))}, "
        f"{generator.rejects} near-duplicate redraws)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
