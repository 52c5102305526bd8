"""Red-flag rules: curated urgent signs that force ``urgent`` whatever the model says.

A sign counts when it is present *now*: not denied ("denies chest pain"), not in the past
("history of seizures", "had a stroke in 2019"), not over ("the bleeding stopped"), and not a
look-alike ("seizure medication refill"). Some families need two cues (an infant under three
months plus a fever) or a number past a threshold (a potassium of 6.0 or more); their phrase
joins the cues' words with " ... ". The lexicon is data in ``triage._lexicon``.

Speed: ``scan`` runs on every call. At import the lexicon is compiled into a *locator*, one
regex of the literal prefixes every pattern can start with, and one small regex per
three-character prefix. A scan is one pass of the locator over the text; only at the few words
it stops at are the signs with that prefix tried, and only a match pays for the context checks.

>>> flags = find_red_flags("Pt c/o CP since 2am, denies SOB. Hx of CVA in 2019.")
>>> [flag.name for flag in flags]
['chest pain']
>>> is_emergency(flags)
True
>>> [f.family for f in find_red_flags("my 6 week old has a temp of a hundred and one")]
['infant_fever']
"""

from __future__ import annotations

import functools
import hashlib
import json
import operator
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from triage import _lexicon as lex
from triage import _lexicon_es as lex_es
from triage.language import Language, detect, sound, unclipped
from triage.text import normalise, tokenise

__all__ = [
    "FAMILIES", "RedFlag", "find_red_flags", "is_emergency", "present_now", "read_number", "scan",
    "scan_all", "scan_es", "spoken_now_es",
]  # fmt: skip


class RedFlag(NamedTuple):
    """One urgent sign found in a call, by canonical family."""

    family: str  # id, e.g. "chest_pain"
    name: str  # canonical display name, e.g. "chest pain"
    emergency: bool  # a life threat: advise the emergency number
    phrase: str  # the words of the normalised text that matched


#: Every family, by id, in lexicon order (life threats first).
FAMILIES: Mapping[str, lex.Family] = MappingProxyType({f.id: f for f in lex.FAMILIES})


def scan(norm: str) -> tuple[RedFlag, ...]:
    """Red flags present *now* in already-normalised text (see ``triage.text.normalise``).

    Returns at most one flag per family, in order of first appearance (of the mention that
    counts). Raises ``TypeError`` if ``norm`` is not a ``str``.

    >>> [flag.phrase for flag in scan("history of seizures, now seizing again")]
    ['seizing']
    """
    if not isinstance(norm, str):
        raise TypeError(f"scan expects str, got {type(norm).__name__}")
    found: dict[str, re.Match[str]] = {}
    cues: dict[str, list[re.Match[str]]] = {}
    spaced = " " + norm
    for char in _SEPARATORS:
        spaced = spaced.replace(char, " ")
    # The hot loop, inline: a generator or a call per locator hit costs more than the test.
    for hit in _LOCATOR.finditer(spaced):
        pos = hit.start()
        key = _KEYS.get(norm[pos : pos + 3])
        if key is not None and (first := _regex_of(key.source).match(norm, pos)):
            _note_signs(norm, key, first, found, cues)
    if not found and not cues:
        return ()  # most calls: what the lines below make of nothing, without building it
    flags = [(m.start(), _flag(FAMILIES[name], m.group())) for name, m in found.items()]
    flags += _combined(norm, cues, found)
    flags.sort(key=_first)  # stable, by start only, as ``sorted`` was
    return tuple(flag for _, flag in flags)


def scan_es(folded: str) -> tuple[RedFlag, ...]:
    """Red flags present now in Spanish call text as ``triage.language.fold`` leaves it (lower
    case, no accents), by the Spanish lexicon (``triage._lexicon_es``): one per family, in
    order of appearance. A sign denied in its clause ("no tiene dolor de pecho", "sin
    sangrado") or placed in the past or over ("tuvo un derrame hace tres anos", "ya se le
    paso") does not count; one that starts with its negator ("no puede respirar") does.
    Spellings that sound alike read alike (``triage.language.sound``), and letters that
    Caribbean and rural speech drops are put back (``triage.language.unclipped``: "no pue
    respira" is "no puede respirar").

    >>> [flag.name for flag in scan_es("mi esposo tiene dolor de pecho y no puede respirar")]
    ['chest pain', 'trouble breathing']
    >>> scan_es("no tiene dolor de pecho, tuvo un derrame hace tres anos")
    ()
    """
    heard, flags = sound(unclipped(folded)), []
    words = heard.split()
    present = {family for word in words for family in _families_of(word)}
    for family, regex in _SPANISH:
        if family.id not in present:
            continue  # none of the words its patterns need
        for match in regex.finditer(heard):
            if present_now_es(heard, match):
                flags.append((match.start(), _flag(family, match.group())))
                break
    flags.sort(key=_first)
    return tuple(flag for _, flag in flags)


def present_now_es(heard: str, match: re.Match[str]) -> bool:
    """Whether a Spanish match in sounded text (``triage.language.sound``) is about now: no
    negator before it in its clause or inside it ("el bebe de dos meses no tiene fiebre"),
    and no past or "ya se le paso" in its sentence."""
    start = heard.rfind(",", 0, match.start())
    clause = heard[max(start + 1, match.start() - 40) : match.start()]
    if _OWN_VERB_ES.match(match.group()):
        # "no veo bien y se me tuerce la boca": a sign with its own verb after "y" is a
        # clause of its own, out of the denial's reach ("niega fiebre y disnea" is a list)
        clause = clause.rpartition(" y ")[2]
    if _NEGATED_ES.search(clause) or _NEGATED_INSIDE_ES.search(match.group()):
        return False
    begins = max(heard.rfind(c, 0, match.start()) for c in ".?!") + 1
    if _DENIED_LIST_ES.search(heard, begins, match.start()):
        return False
    # "tuvo covid la semana pasada y ahora no puede respirar": the past ends at "now".
    for now in _NOW_ES.finditer(heard, begins, match.start()):
        begins = now.end()
    ends = min((i for i in (heard.find(c, match.end()) for c in ".?!") if i != -1), default=-1)
    ends = ends if ends != -1 else len(heard)
    # "tengo dolor de pecho y tuve un infarto hace tres anos": the past of a new clause is
    # another event's, not this sign's.
    other = _OTHER_PAST_ES.search(heard, match.end(), ends)
    return _HISTORY_ES.search(heard, begins, other.start() if other else ends) is None


def spoken_now_es(folded: str, phrase: str) -> bool:
    """Whether an English red flag's words in a Spanish call are about now, read as Spanish
    is ("niega ideas suicidas", "el ano pasado tuvo meningitis" are not).

    >>> spoken_now_es("niega ideas suicidas, pide cita", "suicidas")
    False
    """
    heard = sound(folded)
    found = re.search(re.escape(sound(phrase)), heard)
    return found is None or present_now_es(heard, found)


def scan_all(norm: str, language: Language | None = None) -> tuple[RedFlag, ...]:
    """Red flags of normalised text in either language, one per family: a sign in English
    or in Spanish counts (a Spanglish call is read both ways). In a call spoken in Spanish an
    English sign counts only as Spanish context also allows ("niega ideas suicidas" is
    denied, "had a stroke hace tres anos" is past).
    ``language``: the call's (``triage.language.detect``), when the caller has told it.

    >>> [flag.name for flag in scan_all("my dad tiene chest pain y no puede respirar")]
    ['chest pain', 'trouble breathing']
    """
    language = detect(norm) if language is None else language
    english = scan(norm)
    if not language.spanish:
        return english
    # English words in a call that speaks Spanish are read with Spanish negation and time
    # too: "my mom had a stroke hace tres anos" is no stroke now.
    english = tuple(flag for flag in english if spoken_now_es(norm, flag.phrase))
    seen = {flag.family for flag in english}
    return english + tuple(flag for flag in scan_es(norm) if flag.family not in seen)


def find_red_flags(text: str) -> tuple[RedFlag, ...]:
    """Red flags present now in raw call text, one per family, in order of appearance.

    Args:
        text: a transcript, voicemail or operator note, as received.

    Returns:
        The flags found, possibly none.

    Raises:
        TypeError: if ``text`` is not a ``str``.

    >>> find_red_flags("denies chest pain, wants a refill")
    ()
    """
    if not isinstance(text, str):
        raise TypeError(f"find_red_flags expects str, got {type(text).__name__}")
    return scan_all(normalise(text), detect(text))


def is_emergency(flags: Iterable[RedFlag]) -> bool:
    """Whether any flag is a life threat, so the caller should hear the emergency number.

    >>> is_emergency(find_red_flags("he fell and broke his wrist"))
    False
    """
    return any(flag.emergency for flag in flags)


def present_now(norm: str, match: re.Match[str]) -> bool:
    """Whether a match in normalised text is about now, read as a sign that is not a life
    threat: not denied, not a look-alike, not past, over or long-standing. Other cue lexicons
    (``triage.acuity``) read their matches with it, so context means the same everywhere.

    >>> present_now("not getting worse", re.search("getting worse", "not getting worse"))
    False
    """
    return _counts(norm, match, emergency=False)


def read_number(words: str) -> float | None:
    """A number in digits or words: "104", "38.5", "a hundred and four", "one oh four".

    >>> read_number("one oh four point five")
    104.5
    """
    return _number(words)


# --- matching -----------------------------------------------------------------------------------
def _note_signs(
    norm: str,
    key: _Key,
    first: re.Match[str],
    found: dict[str, re.Match[str]],
    cues: dict[str, list[re.Match[str]]],
) -> None:
    """Record the signs not yet found at a word: the key's match, then later ones ("bleeding
    won't stop after the extraction" is two families)."""
    pos, signals = first.start(), iter(key.signals)
    for signal, _, _ in signals:
        if signal.name == first.lastgroup:
            if signal.name not in found:
                _note(norm, signal, first, found, cues)
            break
    for signal, starts, src in signals:
        if signal.name in found or not norm.startswith(starts, pos):
            continue  # a quick literal test before the regex
        if match := _regex_of(src).match(norm, pos):
            _note(norm, signal, match, found, cues)


def _note(
    norm: str,
    signal: _Signal,
    match: re.Match[str],
    found: dict[str, re.Match[str]],
    cues: dict[str, list[re.Match[str]]],
) -> None:
    """A cue is kept for ``_combined``; a family is found if it counts in context."""
    if signal.family is None:
        cues.setdefault(signal.name, []).append(match)
    elif _counts(norm, match, signal.family.emergency):
        found[signal.name] = match


def _flag(family: lex.Family, phrase: str) -> RedFlag:
    return RedFlag(family.id, family.name, family.emergency, phrase)


_SPANISH = tuple(
    (FAMILIES[family_id], re.compile(sound("|".join(f"(?:{p})" for p in patterns))))
    for family_id, _, _, patterns in lex_es.FAMILIES
)


def _families_of(word: str) -> frozenset[str]:
    """The Spanish families whose patterns may need ``word`` (``lex_es.STEMS``)."""
    word = word.strip(",.;:!?¿¡()\"'")
    found = _STEM_EXACT.get(word, frozenset())
    for size in (3, 4, 5, 6):
        more = _STEM_START.get(word[:size]) if len(word) >= size else None
        if more:
            found = found | more
    return found


def _stem_tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Whole words (a stem of three letters or fewer) and word starts (a longer one, as it
    sounds: ``triage.language.sound``, so "ahog" starts "aogando"), by family."""
    exact: dict[str, set[str]] = {}
    start: dict[str, set[str]] = {}
    for family, stems in lex_es.STEMS.items():
        for stem in stems.split():
            heard = sound(stem)
            table = exact if len(stem) <= 3 else start
            table.setdefault(heard if len(stem) <= 3 else heard[:6], set()).add(family)
    return _frozen(exact), _frozen(start)


def _frozen(table: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    return {key: frozenset(value) for key, value in table.items()}


_STEM_EXACT, _STEM_START = (MappingProxyType(t) for t in _stem_tables())
_NEGATED_ES = re.compile(sound(rf"\b{lex_es.NEGATORS}\b(?:\s+\S+){{0,3}}\s*$"))
_NEGATED_INSIDE_ES = re.compile(sound(lex_es.DENIED_INSIDE))
_OWN_VERB_ES = re.compile(r"(?:se|me|le|te|nos|les) ")
_HISTORY_ES = re.compile(sound(rf"\b{lex_es.HISTORY}"))
_DENIED_LIST_ES = re.compile(sound(lex_es.DENIED_LIST))
_OTHER_PAST_ES = re.compile(sound(lex_es.OTHER_PAST))
_NOW_ES = re.compile(sound(lex_es.NOW))


def _combined(
    norm: str, cues: dict[str, list[re.Match[str]]], found: dict[str, re.Match[str]]
) -> list[tuple[int, RedFlag]]:
    """Families made of cues: each fires once every cue of one of its combos counts."""
    if not cues:
        return []
    present: dict[str, re.Match[str] | None] = {}
    flags: list[tuple[int, RedFlag]] = []
    fired = set(found)
    for family, combo in _COMBOS:
        if combo.keys() <= cues.keys() and family.id not in fired:
            for cue in combo.keys() - present.keys():
                present[cue] = next((m for m in cues[cue] if _cue_counts(norm, cue, m)), None)
            parts = sorted((m for cue in combo if (m := present[cue])), key=lambda m: m.start())
            if len(parts) == len(combo):
                phrase = " ... ".join(m.group() for m in parts)
                flags.append((parts[-1].start(), _flag(family, phrase)))
                fired.add(family.id)
    return flags


def _cue_counts(norm: str, cue: str, match: re.Match[str]) -> bool:
    check = _CHECKS.get(cue)
    return (check is None or check(match)) and _counts(norm, match, emergency=False)


def _counts(norm: str, match: re.Match[str], emergency: bool) -> bool:
    """Whether a match is a sign present now: not a look-alike, negated, past or over.

    "Again", "now" or "since ..." right after a match make it current whatever came before.
    A life threat that is over counts unless it was days ago or after a history cue ("the
    seizure stopped after two minutes" is urgent; "in the hospital after I tried to hurt myself
    ... okay since" is not); long-standing ("for months") counts only for life threats.
    """
    start, end = match.span()
    left = norm.find(" ", start - _REACH) + 1 if start > _REACH else 0
    lead = _LEAD.match(norm, end + 1)
    if lead and lead.lastgroup == "lookalike":
        return False
    past, negator = False, -1
    for cue in _BEFORE.finditer(norm, left, start):
        if cue.lastgroup == "lookalike":
            return False
        past = cue.lastgroup == "past" or (past and cue.lastgroup is not None)
        negator = cue.start() if cue.lastgroup == "negator" else negator
    if negator >= 0 and _negated(norm[negator:end], start - negator):
        return False
    if lead is None and _in_denied_list(norm, start):
        return False
    after = _after(norm, end, stable=not emergency)
    if after == "resolved":  # over; in the past too ("years ago ... and fine since") is history
        return emergency and not past and not _PAST_DAY.search(norm, left, end + 2 * _REACH)
    return lead is not None or not (past or after == "history")


def _negated(text: str, start: int) -> bool:
    """Whether the word at ``start`` is in a negation scope as ``tokenise`` marks it (``text``
    starts at the nearest negator), unless that is no denial: "don't know if it's a stroke",
    a bare "no he's ..."."""
    tokens = tokenise(text)
    i = next((k for k, token in enumerate(tokens) if token.start >= start), None)
    if i is None or not tokens[i].negated:  # None: ``norm`` was not normalised text
        return False
    sign = i
    while tokens[i - 1].negated:
        i -= 1
    if any(token.word in _NEW_SUBJECT for token in tokens[i:sign]):
        return False  # "the baby isn't acting right he's very sleepy": a new clause, unsaid
    negator, following = tokens[i - 1].word, tokens[i].word
    if following in lex.PSEUDO_NEGATION:
        return False
    return not (negator == "no" and following in lex.INTERJECTION_SUBJECTS)


#: A subject and its verb in one word: where a clause begins that a denial before it does
#: not reach, when speech recognition leaves out the full stop.
_NEW_SUBJECT = frozenset({"he's", "she's", "i'm", "they're", "we're"})


def _in_denied_list(norm: str, start: int) -> bool:
    """Whether a match goes on a list of denials past a comma ("denies CP, SOB, LOC")."""
    if norm[start - 2 : start] != ", " and not norm.endswith(" or ", 0, start):
        return False
    return _DENIED_LIST.search(norm, max(0, start - 3 * _REACH), start - 1) is not None


def _after(norm: str, end: int, stable: bool) -> str | None:
    """What the words after a match say: "resolved" (over, in the sentence), "history" (in
    the past, or long-standing if ``stable``: a few words on, in the clause) or None."""
    for cue in _AFTER.finditer(norm, end, end + _REACH + _NEAR):
        if cue.lastgroup == "end":
            return None
        if cue.lastgroup == "resolved":
            return "resolved"
        if cue.lastgroup == "history" or (stable and cue.lastgroup == "stable"):
            near = cue.start() - end <= _NEAR
            if near and not _CLAUSE_END.search(norm, end, cue.start()):
                return "history"
    return None


# --- numbers ------------------------------------------------------------------------------------
_WORDS = ("zero", *lex.UNITS.split("|"), *lex.TEENS.split("|"))


def _word_values() -> dict[str, int]:
    values = {word: value for value, word in enumerate(_WORDS)}
    values |= {word: 10 * value for value, word in enumerate(lex.TENS.split("|"), start=2)}
    # "oh" is a spoken zero ("one oh four"); a few and a couple are rough ages.
    values |= {"oh": 0, "a": 1, "an": 1, "few": 3, "couple": 2, "of": 0}
    return values


_WORD_VALUES: Mapping[str, int] = MappingProxyType(_word_values())  # read-only: shared


def _number(words: str) -> float | None:
    """Read "104", "38.5", "a hundred and four", "one oh four point five" or "six"."""
    try:
        return float(words)
    except ValueError:
        pass
    whole, _, decimals = words.replace("-", " ").partition(" point ")
    parts = [w for w in whole.split() if w != "and"]
    if any(w not in _WORD_VALUES and w != "hundred" for w in parts + decimals.split()):
        return None
    if "oh" in parts:
        value = float("".join(str(_WORD_VALUES[w]) for w in parts))
    else:
        value = 0.0
        for word in parts:
            value = max(value, 1.0) * 100 if word == "hundred" else value + _WORD_VALUES[word]
    digits = "".join(str(_WORD_VALUES[w]) for w in decimals.split())
    return value + float("0." + digits) if digits else value


def _infant(match: re.Match[str]) -> bool:
    """Under three months: days old, under 13 weeks or under 3 months old; "newborn".

    An age without "old" ("she's six weeks") is a duration or a pregnancy as often: it counts
    unless a word before makes it a span ("for six weeks", "in two weeks") or one after makes it
    a time or a gestation ("six weeks ago", "six weeks pregnant").
    """
    groups = match.groupdict()
    unit, number = groups.get("infant_u"), groups.get("infant_n")
    if groups.get("infant_bu") is not None:
        if not _bare_age(match):
            return False
        unit, number = groups["infant_bu"], groups["infant_b"]
    if unit is None:
        return True
    if unit.startswith("d"):
        return True
    age = _number(number or "")
    return age is not None and age < (13 if unit.startswith("w") else 3)


def _child(match: re.Match[str]) -> bool:
    """A child word, or an age under 16 years ("a 26-year-old" is no child)."""
    groups = match.groupdict()
    if groups.get("child_u") != "year":
        return True
    age = _number(groups["child_n"])
    return age is not None and age < 16


def _bare_age(match: re.Match[str]) -> bool:
    """Whether an age without "old" reads as an age (see ``_infant``)."""
    before = match.string[max(0, match.start() - 12) : match.start()]
    after = match.string[match.end() : match.end() + 12]
    return not (_SPAN_BEFORE.search(before) or _SPAN_AFTER.match(after))


def _fever(match: re.Match[str]) -> bool:
    """A fever word, or a temperature of at least 100.4 F or 38 C (unit guessed by range)."""
    groups = match.groupdict()
    number, unit = groups.get("fever_n"), groups.get("fever_u")
    if number is None:
        number, unit = groups.get("fever_d"), groups.get("fever_du")
    if number is None:
        number = groups.get("fever_s")
        if number is not None:
            number = number.removesuffix(" even")
    if number is None:
        return True
    value = _number(number)
    if value is None:
        return False
    celsius = unit[0] == "c" if unit else value < 50
    return 38 <= value < 45 if celsius else 100.4 <= value < 115


def _outside(group: str, low: float, high: float) -> Callable[[re.Match[str]], bool]:
    """A check that the number in ``group`` is below ``low`` or at least ``high``."""

    def check(match: re.Match[str]) -> bool:
        value = _number(match.groupdict().get(group) or "")
        return value is not None and not low <= value < high

    return check


_SPAN_BEFORE = re.compile(
    r"\b(?:for|in|within|past|last|next|every|after|over|about every|around|of|than|under|at|@)"
    r"(?: the| a| another| like| about| almost| nearly| over)? ?$"
)
_SPAN_AFTER = re.compile(
    r" (?:ago|pregnant|along|gestation|postpartum|post|pp|later|before|early|late|of|from"
    r"|after|since)\b"
)
_CHECKS: Mapping[str, Callable[[re.Match[str]], bool]] = MappingProxyType(
    {
        "infant": _infant,
        "child": _child,
        "fever": _fever,
        "potassium": _outside("potassium_n", 0.0, 6.0),  # mmol/L
        "inr": _outside("inr_n", 0.0, 5.0),
        "glucose": _outside("glucose_n", 50.0, 500.0),  # mg/dL: very low or very high
    }
)


# --- compiling the lexicon ----------------------------------------------------------------------
class _Signal(NamedTuple):
    """A family or a cue, by name."""

    name: str
    family: lex.Family | None


class _Key(NamedTuple):
    """The signals at one 3-character prefix, with their literal prefixes and regex source
    (only the options of their patterns that can start there, see ``_alone``), and the source
    of one regex for them all (each compiled by ``_regex_of`` on first use)."""

    source: str
    signals: tuple[tuple[_Signal, tuple[str, ...], str], ...]


def _compile() -> tuple[re.Pattern[str], Mapping[str, _Key]]:
    """The locator and the keys by prefix, from the committed index when it is the index of
    this lexicon (the analysis takes a quarter of a second, a third of import), else anew."""
    try:
        index = json.loads(_INDEX_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        index = None
    if not isinstance(index, dict) or index.get("lexicon") != _lexicon_digest():
        index = _analyse()
    signals = {f.id: _Signal(f.id, f) for f in lex.FAMILIES}
    signals |= {c.name: _Signal(c.name, None) for c in lex.CUES}
    keys = {
        key: _Key(
            source, tuple((signals[name], tuple(starts), _alone(src)) for name, starts, src in sig)
        )
        for key, (source, sig) in index["keys"].items()
    }
    expanded = {text: keys[key] for key in keys for text in _digits(key)}
    return re.compile(index["locator"]), MappingProxyType(expanded)


def _analyse() -> dict[str, Any]:
    """The locator (a trie of every pattern's first characters) and, for each key, its regex
    source and signals, as JSON-ready data; what ``write_index`` stores."""
    sources: list[tuple[str, lex.Family | None, tuple[str, ...]]]
    sources = [(f.id, f, f.patterns) for f in lex.FAMILIES]
    sources += [(c.name, None, c.patterns) for c in lex.CUES]
    by_key: dict[str, dict[str, dict[str, None]]] = {}
    starts: dict[str, dict[str, set[str]]] = {}
    for name, _, patterns in sources:
        for pattern in patterns:
            if min(map(len, _prefixes(pattern, _DEPTH))) < _KEY_SIZE:
                raise ValueError(f"lexicon pattern does not start with literal text: {pattern!r}")
            for src in _options(pattern):
                for prefix in _prefixes(src, _DEPTH):
                    key = prefix[:_KEY_SIZE]
                    by_key.setdefault(key, {}).setdefault(name, {})[src] = None
                    starts.setdefault(key, {}).setdefault(name, set()).add(prefix)
    _starts.cache_clear()
    every = {prefix for signals in starts.values() for s in signals.values() for prefix in s}
    return {
        "lexicon": _lexicon_digest(),
        "locator": f" (?={_trie(every)})",
        "keys": {key: _key(signals, starts[key]) for key, signals in sorted(by_key.items())},
    }


def _key(
    signals: dict[str, dict[str, None]], starts: dict[str, set[str]]
) -> tuple[str, list[tuple[str, list[str], str]]]:
    """One key's regex, a group per signal, and each signal's literal prefixes (up to the
    first digit, which a prefix only stands for) and regex."""
    groups = (f"(?P<{name}>{'|'.join(srcs)})(?![\\w'])" for name, srcs in signals.items())
    literal = [
        (name, sorted({prefix.partition("0")[0] for prefix in starts[name]}), "|".join(srcs))
        for name, srcs in signals.items()
    ]
    return "|".join(groups), literal


def _lexicon_digest() -> str:
    """What the index was built from: the lexicon and the locator's settings."""
    data = json.dumps([lex.FAMILIES, lex.CUES, _DEPTH, _KEY_SIZE], sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()


def write_index() -> Path:
    """Rebuild ``_lexicon_index.json`` after a lexicon edit; a test fails while it is stale:
    ``python -c "from triage.redflags import write_index; write_index()"``."""
    from triage.io import atomic_open  # the I/O package is for writing, not for classify

    with atomic_open(_INDEX_FILE) as handle:
        json.dump(_analyse(), handle, indent=0, sort_keys=True)
        handle.write("\n")
    _INDEX_FILE.chmod(0o644)  # package data, readable by all like the code beside it
    return _INDEX_FILE


#: Compiled on first use, which keeps import fast: most keys and signals are rarely needed.
_regex_of = functools.cache(re.compile)
_first = operator.itemgetter(0)


def _alone(src: str) -> str:
    """A signal's regex source at one key, for a sign that follows another at the same word;
    built once at import, so that a scan neither formats nor hashes it anew."""
    return f"(?:{src})(?![\\w'])"


def _options(src: str) -> list[str]:
    """A pattern as the options it starts with: "(?:can't|unable to) breathe" is "can't
    breathe" and "unable to breathe", so that a key keeps only those that can start there.
    A leading group with a quantifier, or a pattern with named groups, stays whole."""
    if "(?P<" in src:
        return [src]
    options = []
    for option in _alternatives(src):
        end = _closing(option, 0) if option.startswith("(?:") else -1
        if end < 0 or option[end + 1 : end + 2] in ("?", "*", "+", "{"):
            options.append(option)
            continue
        rest = option[end + 1 :]
        options += [part for head in _alternatives(option[3:end]) for part in _options(head + rest)]
    return options


def _digits(key: str) -> list[str]:
    """The texts a key stands for: each "0" in it is any digit."""
    if "0" not in key:
        return [key]
    head, _, tail = key.partition("0")
    return [head + digit + rest for digit in "0123456789" for rest in _digits(tail)]


def _trie(words: set[str]) -> str:
    """One regex for a set of literal strings, branching on one character at a time."""
    branches: dict[str, set[str]] = {}
    for word in words - {""}:
        branches.setdefault(word[0], set()).add(word[1:])
    parts = [
        (r"\d" if char == "0" else re.escape(char)) + _trie(tails)
        for char, tails in sorted(branches.items())
    ]
    return "(?:" + "|".join(parts) + ("|)" if "" in words else ")") if parts else ""


def _guarded(src: str) -> str:
    """``src`` behind a trie of its first characters, which turns most words away at once."""
    return f"(?={_trie(_prefixes(src, 3))})(?:{src})"


def _prefixes(src: str, depth: int) -> set[str]:
    """The first ``depth`` characters a pattern can match; digits read as "0". A prefix
    ends early where the pattern is more than literal text ("\\w+", "{0,3}")."""
    return set().union(*(_starts(option, depth) for option in _alternatives(src)))


@functools.cache  # patterns share tails; cleared once all is compiled, below
def _starts(src: str, depth: int) -> frozenset[str]:
    heads = _heads(src) if depth else None
    if heads is None:
        return frozenset({""})
    return frozenset(char + tail for char, rest in heads for tail in _starts(rest, depth - 1))


def _heads(src: str) -> list[tuple[str, str]] | None:
    """Split a pattern into (first character, rest of the pattern) pairs; None if unreadable.

    Reads literal characters, simple character classes, ``\\d`` and groups, each maybe
    followed by ``?``, ``*`` or ``+``: what lexicon patterns start with.
    """
    atom = _atom(src)
    if atom is None:
        return None
    options, chars, size = atom
    rest, quantifier = src[size:], src[size : size + 1]
    if quantifier == "{":
        return None
    follow = src[:size] + "*" + rest[1:] if quantifier in ("*", "+") else rest.removeprefix("?")
    heads: list[tuple[str, str]] = []
    for option in [*options, ""] if quantifier in ("*", "?") else options:
        if not option:
            part = _heads(rest[1:])
        else:
            part = [(option, follow)] if chars else _heads(option + follow)
        if part is None:
            return None
        heads += part
    return heads


def _atom(src: str) -> tuple[list[str], bool, int] | None:
    """The first item of a pattern: its options, whether they are single characters, and its
    length in the source."""
    if src.startswith(("(?:", "(?P<")):
        end = _closing(src, 0)
        body = src[src.index(":" if src[2] == ":" else ">") + 1 : end]
        return _alternatives(body), False, end + 1
    if src.startswith("[") and src[1:2] not in ("^", "\\"):
        chars = src[1 : src.index("]", 2)]
        return (
            (list(chars.translate(_ZEROS)), True, len(chars) + 2)
            if "-" not in chars[1:-1]
            else None
        )
    if src.startswith("\\d"):
        return ["0"], True, 2
    if src.startswith("\\") and not src[1:2].isalnum():
        return [src[1]], True, 2
    if src[:1] and src[0] not in "()[]|?*+{}.^$\\":
        return [src[0].translate(_ZEROS)], True, 1
    return None


def _alternatives(src: str) -> list[str]:
    """Split regex source at its top-level ``|``."""
    parts, start, depth = [], 0, 0
    for match in _SYNTAX.finditer(src):
        mark = match.group()
        if mark in "()":
            depth += 1 if mark == "(" else -1
        elif mark == "|" and depth == 0:
            parts.append(src[start : match.start()])
            start = match.end()
    return [*parts, src[start:]]


def _closing(src: str, i: int) -> int:
    """Index of the parenthesis that closes the one at ``i``."""
    depth = 0
    for match in _SYNTAX.finditer(src, i):
        mark = match.group()
        if mark in "()":
            depth += 1 if mark == "(" else -1
            if depth == 0:
                return match.start()
    raise ValueError(f"unbalanced parenthesis in lexicon pattern at {i}: {src!r}")


# What matters to the bracket readers above: an escape, a character class, "(", ")" or
# "|". Read by one regex rather than a character at a time, which keeps import fast.
_SYNTAX = re.compile(r"\\.|\[.[^\]]*\]|[()|]", re.DOTALL)
_ZEROS = MappingProxyType(str.maketrans("123456789", "000000000"))
_SEPARATORS = '"([{/,;:!?'  # a word may start right after one: the locator reads a space
# Characters of each pattern's start that the locator checks: 5 turns away nearly as many
# words as 8 (scan within 10%) with a regex a sixth the size, compiled at import in ~15 ms.
_DEPTH = 5
_KEY_SIZE = 3  # characters that pick the regex tried at a word
_INDEX_FILE = Path(__file__).with_name("_lexicon_index.json")
_LOCATOR, _KEYS = _compile()
_REACH = 40  # characters of context read on each side of a match: about six words
_NEAR = 32  # a history cue after a match counts this close: about five words
_LEAD = re.compile(
    rf"(?:(?P<lookalike>{lex.LOOKALIKE_AFTER})|(?P<current>"
    rf"(?:(?:is|are|has|have|been|it's|getting|got|just|started) )*{lex.CURRENT_AFTER}))\b"
)
_BEFORE = re.compile(
    r"[.,;!?]|(?<![\w'])"
    + _guarded(
        rf"(?P<lookalike>{lex.LOOKALIKE_BEFORE}(?: (?:a|an|the|his|her|my))? ?$)"
        rf"|(?P<past>{lex.HISTORY_BEFORE}|{lex.RESOLVED_BEFORE})\b"
        # A superset of the negators ``tokenise`` knows, so that it only runs when one is near.
        r"|(?P<negator>no|not|nor|never|without|negative|den(?:y|ies|ied|ying)"
        r"|(?:does|do|is|was|has|have|did|are)n'?t)\b"
        rf"|{lex.CLAUSE_BREAK}\b"
    )
)
_AFTER = re.compile(
    r"(?P<end>[.;!?])| "
    + _guarded(
        rf"(?P<history>{lex.HISTORY_AFTER})|(?P<stable>{lex.STABLE_AFTER})"
        rf"|(?P<ongoing>{lex.NOT_RESOLVED})|(?P<resolved>{lex.RESOLVED_AFTER})"
    )
    + r"\b"
)
_PAST_DAY = re.compile(rf"\b{lex.PAST_DAY}\b")
_DENIED_LIST = re.compile(rf"\b{lex.DENIED_LIST}")
_CLAUSE_END = re.compile(rf"[,:]|\b(?:{lex.CLAUSE_BREAK}|{lex.SUBJECT})\b")
# (family, combo) pairs; a combo is a dict so that ``keys() <= cues.keys()`` tests it at once.
_COMBOS = tuple(
    (f, MappingProxyType(dict.fromkeys(combo))) for f in lex.FAMILIES for combo in f.combos
)
