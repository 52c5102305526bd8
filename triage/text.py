"""Normalisation: one canonical form for transcripts, voicemails and operator notes.

Operators write ``pt c/o CP x2d``, speech recognisers write ``um i i can't breath``; the
model and the red-flag rules should see the same words for both. This module lower-cases,
unifies unicode, expands shorthand, drops fillers and false starts, and marks which words
fall under a negation ("denies chest pain") so later stages can tell a denied sign from a
present one.

>>> normalise("Pt c/o CP x2d, denies SOB")
'patient complains of chest pain for 2 days, denies shortness of breath'
>>> [t.word for t in tokenise(normalise("um no fever but the the rash spreads")) if t.negated]
['fever']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from itertools import compress, count, filterfalse, pairwise
from operator import eq
from types import MappingProxyType
from typing import NamedTuple

from triage.language import detect, without_accents

# Whole-token shorthand used by operators and nurses. Ambiguous ones (OD: overdose or right
# eye; ED: emergency department or erectile dysfunction; HR: hour or heart rate) stay as
# written and are handled in context by the red-flag rules.
_SHORTHAND: Mapping[str, str] = MappingProxyType(
    {
        "pt": "patient",
        "pts": "patients",
        "c/o": "complains of",
        "sob": "shortness of breath",
        "dib": "difficulty breathing",
        "doe": "shortness of breath on exertion",
        "cp": "chest pain",
        "hx": "history",
        "h/o": "history of",
        "pmh": "past medical history",
        "pmhx": "past medical history",
        "f/u": "follow up",
        "fu": "follow up",
        "rx": "prescription",
        "rxs": "prescriptions",
        "refil": "refill",
        "dx": "diagnosis",
        "tx": "treatment",
        "sx": "symptoms",
        "s/p": "status post",
        "n/v": "nausea and vomiting",
        "n/v/d": "nausea vomiting and diarrhea",
        "abd": "abdominal",
        "appt": "appointment",
        "appts": "appointments",
        "apt": "appointment",
        "yo": "year old",
        "y/o": "year old",
        "yr": "year",
        "yrs": "years",
        "mo": "month",
        "mos": "months",
        "wk": "week",
        "wks": "weeks",
        "hrs": "hours",
        "min": "minutes",
        "mins": "minutes",
        "b/c": "because",
        "loc": "loss of consciousness",
        "ams": "altered mental status",
        "sz": "seizure",
        "szs": "seizures",
        "si": "suicidal ideation",
        "si/hi": "suicidal ideation homicidal ideation",
        "gsw": "gunshot wound",
        "mvc": "motor vehicle crash",
        "mva": "motor vehicle crash",
        "cva": "stroke",
        "tia": "mini stroke",
        "mi": "heart attack",
        "bp": "blood pressure",
        "lmp": "last menstrual period",
        "ins": "insurance",
        "pcp": "primary care doctor",
        "dr": "doctor",
        "dr.": "doctor",
        "drs": "doctors",
        "req": "requests",
        "reqs": "requests",
        "pls": "please",
        "plz": "please",
        "cb": "call back",
        "cbr": "call back",
        "lmtcb": "left message to call back",
        "vm": "voicemail",
        "msg": "message",
        "temp": "temperature",
        "meds": "medications",
        "med": "medication",
        "b/l": "bilateral",
        "r/o": "rule out",
        "re:": "regarding",
        "bld": "blood",
        "fx": "fracture",
        "lac": "laceration",
        "ha": "headache",
        "h/a": "headache",
        "v/s": "vital signs",
        "uri": "upper respiratory infection",
    }
)

# Shorthand that is also an everyday word in another sense: expanded when written in
# capitals, or in lower case after one of its context words. "MI" (myocardial infarction) is
# an operator's; lower-case "mi" is as often Spanish "my" ("mi hijo tiene fiebre"), which
# must not read as a heart attack ("hx mi" and "had an mi" still do).
_IN_CONTEXT: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "mi": frozenset(
            {
                "hx", "h/o", "history", "of", "s/p", "r/o", "out", "an", "prior", "previous",
                "old", "recent", "acute", "possible", "probable", "suspected", "known",
                "massive", "silent", "had", "having", "dx", "with", "w/", "post",
            }
        ),
        # Lower-case "si" is yes or if in a call that mixes in Spanish ("hi, si, I need an
        # appointment"); in a note it follows the words of a mental-state report.
        "si": frozenset(
            {
                "denies", "denied", "deny", "denying", "endorses", "endorsed", "endorsing",
                "reports", "reported", "reporting", "report", "states", "stated", "voices",
                "voicing", "expresses", "expressing", "admits", "acknowledges", "active",
                "passive", "current", "recent", "chronic", "hx", "h/o", "history", "of", "with",
                "w/", "no", "positive", "+", "having", "has", "had", "c/o", "new", "worsening",
            }
        ),
    }
)  # fmt: skip
_CAPITALS = tuple(key.upper() for key in _IN_CONTEXT)
# Read before lower-casing, while capitals still tell the shorthand from the word.
_CAPITAL_SHORTHAND = re.compile(
    r"(?<![\w/'])(?:" + "|".join(map(re.escape, _CAPITALS)) + r")[.:]?(?![\w/'])"
)

# Tokens that carry no content in speech: dropped before features and rules. Not "er":
# it is also the emergency room.
_FILLERS = frozenset({"um", "umm", "uh", "uhh", "uhm", "erm", "ah", "ahh", "hmm", "mm", "mhm"})
_FILLER_PHRASES = re.compile(r"\b(?:you know|i mean|sort of like)\b")

# The "-ing" words of signs and alarm, as callers type and transcripts write them with the
# "g" dropped ("turnin blue", "hes not breathin", "bleedin'"): read with it. Only these, so
# that a word that ends in "in" anyway ("skin", "thin", "begin") stays as it is.
_DROPPED_G = frozenset(
    {
        "aching", "acting", "answering", "beating", "bleeding", "blistering", "boiling",
        "breathing", "burning", "choking", "clenching", "clutching", "collapsing",
        "coming", "convulsing", "coughing", "crushing", "crying", "cutting", "doing",
        "dozing", "dragging", "drifting", "drinking", "dripping", "drooling",
        "drooping", "drowning", "dying", "ending", "fading", "fainting", "falling",
        "feeling", "fitting", "flushing", "fluttering", "foaming", "freaking",
        "gagging", "gasping", "getting", "going", "grabbing", "grunting", "gushing",
        "hanging", "having", "holding", "hurting", "itching", "jerking", "killing",
        "laying", "leaking", "looking", "losing", "lying", "moving", "mumbling",
        "nothing", "numbing", "oozing", "passing", "peeing", "planning", "pounding",
        "pouring", "puking", "pumping", "racing", "reacting", "responding", "retching",
        "saying", "screaming", "seizing", "shaking", "shivering", "shooting", "sitting",
        "skipping", "slurring", "soaking", "something", "spinning", "spitting",
        "spurting", "squeezing", "stabbing", "standing", "staring", "starting",
        "stiffening", "stinging", "stopping", "struggling", "sucking", "suffocating",
        "swallowing", "sweating", "swelling", "talking", "thinking", "throbbing",
        "throwing", "tightening", "tingling", "trembling", "trying", "turning",
        "twitching", "vomiting", "waking", "walking", "wheezing", "whistling", "yelling",
    }
)  # fmt: skip
# Sign words as callers often misspell them; the red flags read the word meant. Only
# spellings that are no other word ("wit" is a word, so it stays).
_MISSPELT: Mapping[str, str] = MappingProxyType(
    {
        "ain't": "isn't", "aint": "isn't", "alergic": "allergic", "allergick": "allergic",
        "blaked": "blacked", "bleech": "bleach", "blud": "blood", "boylin": "boiling",
        "chesst": "chest", "chockin": "choking", "colapse": "collapse",
        "colapsed": "collapsed", "collasped": "collapsed", "emergancy": "emergency",
        "emergecy": "emergency", "emergincy": "emergency", "fainded": "fainted",
        "faintd": "fainted", "gona": "gonna", "kil": "kill", "nife": "knife", "nite": "night",
        "numm": "numb", "owt": "out", "peice": "piece", "pils": "pills", "pleez": "please",
        "pls": "please", "plz": "please", "seazure": "seizure", "sezure": "seizure",
        "siezure": "seizure", "stroak": "stroke", "struglin": "struggling",
        "sumbody": "somebody", "swallowd": "swallowed", "swalowed": "swallowed",
        "swolen": "swollen", "throte": "throat", "tonite": "tonight", "tung": "tongue",
        "unconcious": "unconscious", "unconsious": "unconscious",
        # A kin's things without the apostrophe: "swallowed grandmas heart meds".
        **{f"{kin}s": f"{kin}'s" for kin in ("grandma", "grandpa", "granny", "nana", "mom")},
        "dads": "dad's", "mums": "mum's",
    }
)  # fmt: skip
_RESPELT: Mapping[str, str] = MappingProxyType(
    {word[:-1]: word for word in _DROPPED_G} | dict(_MISSPELT)
)
_RESPELT_RUNS = frozenset(word.split("'")[0].encode() for word in _RESPELT)
_RESPELT_WORD = re.compile(
    r"(?<![\w'])("
    + "|".join(map(re.escape, sorted(_RESPELT, key=len, reverse=True)))
    + r")(?:(?<=in)')?(?![\w'])"
)

# Words that open a negation scope, and words or marks that close one.
_NEGATORS = frozenset(
    {
        "no", "not", "denies", "denied", "deny", "denying", "without", "never", "negative",
        "nor", "doesn't", "don't", "isn't", "wasn't", "hasn't", "haven't", "didn't", "aren't",
        "doesnt", "dont", "isnt", "wasnt", "hasnt", "havent", "didnt",
    }
)  # fmt: skip
_SCOPE_BREAKERS = frozenset(
    {"but", "however", "though", "although", "except", "yet", "now", "still", "and", "because"}
)
_SCOPE_LISTS = frozenset({"or", "nor"})
# After these, a comma separates denied items ("denies CP, SOB, LOC") instead of ending it.
_LIST_NEGATORS = frozenset({"denies", "denied", "deny", "denying", "negative"})
_SCOPE_LENGTH = 5

_WORD_SOURCE = r"[a-z0-9]+(?:['/.][a-z0-9]+)*'?"
_TOKEN = re.compile(rf"{_WORD_SOURCE}|[.,;:!?]")
_MARKS = frozenset(".,;:!?")  # the tokens that are no word
_WORD = re.compile(_WORD_SOURCE)
# A whole token that is shorthand, maybe with a trailing "." or ":" ("dr.", "re:").
_SHORTHAND_TOKEN = re.compile(
    r"(?<![\w/'])(?:"
    + "|".join(sorted({re.escape(k.rstrip(".:")) for k in _SHORTHAND}, key=len, reverse=True))
    + r")[.:]?(?![\w/'])"
)
_WITH = re.compile(r"\bw/(o\b)?\s*")
_DURATION = re.compile(r"\bx\s?(\d+)\s?(d|days?|h|hrs?|hours?|mins?|minutes|wks?|weeks?)\b")
_DURATION_UNITS: Mapping[str, str] = MappingProxyType(
    {"d": "days", "h": "hours", "hr": "hours", "hrs": "hours", "min": "minutes", "mins": "minutes"}
    | {"wk": "weeks", "wks": "weeks"}
)
_GLUED_UNIT = re.compile(r"\b(\d+)(yo|y/o|mos?|wks?|days?|d|hrs?|h|mins?|mg|f|c)\b")
# Possessive: a repeated word must end where its run of letters ends, so trying shorter
# ones (what a plain "+" would do at every word) can never match.
_REPEAT = re.compile(r"(?<!\w)(\w++(?:'\w++)?+)(?:\s+\1\b)+")
_DURATION_HINT = re.compile(r"x\s?\d")
_GLUED_HINT = re.compile(r"\d[cdfhmwy]")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")

# Cheap exact tests without a regex: ``_kept`` encodes text as ASCII ("?" for anything else)
# and blanks every byte its table does not keep, so ``split`` gives the maximal runs of kept
# characters. A word that a pattern bounds by characters the table blanks is a whole run,
# found by one set test. Outside ASCII, ``\w`` and ``\d`` hold more than a table can keep:
# blanking those only cuts runs shorter, which is harmless except where a test says so.
_ALNUM = b"abcdefghijklmnopqrstuvwxyz0123456789"
_ASCII_W = _ALNUM + b"ABCDEFGHIJKLMNOPQRSTUVWXYZ_"


def _blanking_all_but(kept: bytes) -> bytes:
    """A ``bytes.translate`` table that turns every byte not in ``kept`` into a space."""
    return bytes(c if c in kept else 32 for c in range(256))


_RUNS_OF_W = _blanking_all_but(_ASCII_W)
_RUNS_OF_W_OR_SLASH = _blanking_all_but(_ASCII_W + b"/")
_RUNS_OF_ALNUM = _blanking_all_but(_ALNUM)
# Digits become "0", the first letters of glued units "u": ``_GLUED_HINT`` is then "0u".
_DIGITS_AND_UNITS = bytes(
    48 if c in b"0123456789" else 117 if c in b"cdfhmwy" else 32 for c in range(256)
)
_SHORTHAND_RUNS = frozenset(k.rstrip(".:").encode() for k in _SHORTHAND)
_FILLER_RUNS = frozenset(f.encode() for f in _FILLERS)
# A negator's part before its "'" ("doesn" of "doesn't") is a whole run of [a-z0-9].
_NEGATOR_RUNS = frozenset(n.split("'")[0].encode() for n in _NEGATORS)


class Token(NamedTuple):
    """A word of normalised text with its offsets and whether a negation covers it."""

    word: str
    start: int
    end: int
    negated: bool


def normalise(text: str) -> str:
    """Return the canonical form of ``text`` that features and red-flag rules read.

    Lower-cases, applies NFKC, drops accents, expands operator shorthand, turns ``x3d`` into
    ``for 3 days``, drops speech fillers and repeated words (false starts), spells the signs'
    words as meant ("turnin blue", "colapsed", "aint breathing"), and collapses whitespace.
    Punctuation stays, because it bounds negation scope. In a call spoken in Spanish
    (``triage.language``) shorthand that is a Spanish word stays a word: "si" is yes, not
    suicidal ideation, and "yo" is I.

    >>> normalise("Uh my my son has a FEVER of 104")
    'my son has a fever of 104'
    """
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():  # "corazón" reads as "corazon", as speech recognition often writes
        text = without_accents(text)
    if any(map(text.__contains__, _CAPITALS)):
        text = _CAPITAL_SHORTHAND.sub(_expand_capitals, text)
    text = _expand_units(text.lower().replace("\u2019", "'").replace("\u2018", "'"))
    # Each rewrite runs only where a cheap test (a superset of its pattern) says it may
    # apply. The tests read ``runs``, which are renewed whenever the text changes.
    runs = _kept(text, _RUNS_OF_W).split()
    if _may_hold_shorthand(text, runs):
        spanish = not _SPANISH_RUNS.isdisjoint(runs) and detect(text).spanish
        text = _SHORTHAND_TOKEN.sub(_expand_in_spanish if spanish else _expand_shorthand, text)
        runs = _kept(text, _RUNS_OF_W).split()
    if "you know" in text or "i mean" in text or "sort of like" in text:
        text = _FILLER_PHRASES.sub(" ", text)
        runs = _kept(text, _RUNS_OF_W).split()
    # A filler token is bounded by whitespace, "," or "." (which it may carry) or the ends.
    if not _FILLER_RUNS.isdisjoint(runs):
        text = " ".join(w for w in _SPACES.split(text) if w.strip(",.") not in _FILLERS)
        runs = _kept(text, _RUNS_OF_W).split()
    else:
        text = _collapse_spaces(text)
    if not _RESPELT_RUNS.isdisjoint(runs):
        text = _RESPELT_WORD.sub(_respelt, text)
    # Outside ASCII a repeated word may leave no run at all ("éé éé").
    if not text.isascii() or _may_repeat(text, runs):
        text = _REPEAT.sub(r"\1", text)
    return text.strip()


def _respelt(match: re.Match[str]) -> str:
    return _RESPELT[match.group(1)]


def _expand_units(text: str) -> str:
    """Durations (``x3d``), glued units (``68yo``) and ``w/``, each only where it may apply."""
    if _DURATION_HINT.search(text):
        text = _DURATION.sub(_expand_duration, text)
    if _may_glue(text):
        text = _GLUED_UNIT.sub(r"\1 \2", text)
    if "w/" in text:
        text = _WITH.sub(lambda m: "without " if m.group(1) else "with ", text)
    return text


def _kept(text: str, table: bytes) -> bytes:
    """``text`` as ASCII, "?" for any other character, with what ``table`` drops blanked."""
    return text.encode("ascii", "replace").translate(table)


def _may_glue(text: str) -> bool:
    r"""Whether ``_GLUED_HINT`` matches: outside ASCII its ``\d`` holds more digits."""
    if text.isascii():
        return b"0u" in _kept(text, _DIGITS_AND_UNITS)
    return _GLUED_HINT.search(text) is not None


def _may_hold_shorthand(text: str, runs: list[bytes]) -> bool:
    r"""False only where ``_SHORTHAND_TOKEN`` cannot match ``text`` (``runs``: its runs of \w).

    A match is a key bounded by characters outside [\w/'] or by the ends, save that "." or
    ":" may follow it: none of those is ASCII \w or "/", so the key is a whole run of them,
    and of \w alone where the text has no "/".
    """
    if "/" in text:
        runs = _kept(text, _RUNS_OF_W_OR_SLASH).split()
    return not _SHORTHAND_RUNS.isdisjoint(runs)


def _may_repeat(text: str, runs: list[bytes]) -> bool:
    r"""False only where ``_REPEAT`` cannot match ``text``, ASCII with these runs of \w.

    A match is a word W, a whole run A or A'B, then whitespace only, then W again up to a
    word boundary: as runs A A (equal neighbours) or, in text with a "'", A B A B.
    """
    if any(map(eq, runs, runs[1:])):
        return True
    pairs = list(pairwise(runs)) if "'" in text else []
    return any(map(eq, pairs, pairs[2:]))


def _collapse_spaces(text: str) -> str:
    """``_SPACES.sub(" ", text)``, or what ``normalise`` makes of it, without the regex."""
    # Every whitespace character but " " is unprintable: such text needs no change.
    if text.isprintable() and "  " not in text:
        return text
    # ``str.split`` also splits at \x1c-\x1f and at non-ASCII spaces, which ``_SPACES``
    # keeps; without them the two differ only by the spaces at the ends, which ``_REPEAT``
    # never matches (a match starts and ends with \w) and ``normalise`` strips.
    if text.isascii() and not any(c in text for c in "\x1c\x1d\x1e\x1f"):
        return " ".join(text.split())
    return _SPACES.sub(" ", text)


def tokenise(norm: str) -> list[Token]:
    """Split normalised text into word tokens, marking those inside a negation scope.

    A scope opens after a negator ("no", "denies", "doesn't", ...) and closes after five
    words (counted again after "or"), at punctuation, or at a word such as "but" or
    "now". The negator itself is not marked, so a phrase that contains it ("not
    breathing") still reads as a sign.
    """
    tokens: list[Token] = []
    left, listing = 0, False
    for match in _TOKEN.finditer(norm):
        word = match.group()
        if word in _NEGATORS:
            left, listing = _SCOPE_LENGTH, word in _LIST_NEGATORS
            tokens.append(Token(word, match.start(), match.end(), False))
            continue
        if listing and left and word == ",":
            left = _SCOPE_LENGTH
        elif not word[0].isalnum() or word in _SCOPE_BREAKERS:
            left = 0
        if word[0].isalnum():
            tokens.append(Token(word, match.start(), match.end(), left > 0))
            # "denies chest pain or shortness of breath": a list keeps the scope open.
            left = _SCOPE_LENGTH if left and word in _SCOPE_LISTS else max(left - 1, 0)
    return tokens


def analyse(text: str) -> list[str]:
    """Normalise and tokenise ``text`` into the words the model sees (negated ones marked).

    >>> analyse("denies CP")
    ['denies', 'neg_chest', 'neg_pain']
    """
    return words_of(normalise(text))


#: Common given names and surnames of US callers, none of them also an everyday English or
#: Spanish word ("julio", "dolores", "bill" are not here). The model reads each as one word,
#: ``NAME``: who calls is no evidence of how acute the call is, and a corpus that happened to
#: give one name to more urgent calls would teach it otherwise ("Hi, it's Maria, please call
#: me back" is routine whatever the name).
_NAMES_TEXT = """
    aaliyah aaron abdul abdullah abigail adam adriana ahmed aisha alan alberto alejandra
    alejandro alex alexander alexis alfredo ali alicia alma alvarez amanda amber amir amy
    ana andrea andres andrew angela anita anna anthony antonio araceli arturo ashley ayesha
    barbara beatriz benjamin beto betty brandon brenda brian brittany carla carlos carmen
    carol carolina catherine cecilia cesar charles cheryl chris christina christopher chuy
    cindy claudia cynthia daniel daniela david deborah debra denise diana diego donna
    dorothy edgar eduardo elena elizabeth emily emma enrique eric erica erik ernesto
    esperanza esteban eugene evelyn fatima felipe fernanda fernando francisco gabriel
    gabriela garcia gary gerardo gomez gonzalez gregory guadalupe guillermo gustavo hannah
    hassan hector heather hernandez hugo ignacio irma isabel ivan jacqueline jamal james
    jasmine jason javier jennifer jeremy jessica jesus joan joanne joaquin john jonathan
    jorge jose josefina joseph joshua juan juana julia julian karen karina katherine
    kathleen kathy keisha kelly kenji kevin kimberly kwame laura lauren leticia linda lisa
    lopez lorena lucia luis lupe magdalena manuel marco marcos margaret margarita maria
    mariana maribel marisol marta martha martinez mary matthew mei melissa michael michelle
    miguel minh mohamed mohammed monica nancy natalia nguyen nicole nora norma oscar pablo
    pamela patel patricia paula pedro perez priya rachel rafael ramirez ramon raquel raul
    rebecca ricardo richard roberto rodriguez rosario ruben ruth samantha sanchez sandra
    santiago sara sarah sergio sharon shirley silvia sofia stephanie steven susan teresa
    thomas timothy tomas valeria vanessa veronica victor victoria virginia william xiomara
    yesenia yolanda yvonne zainab
"""
NAME = "_name_"
_AS_NAME: Mapping[str, str] = MappingProxyType(dict.fromkeys(_NAMES_TEXT.split(), NAME))


def words_of(norm: str) -> list[str]:
    """The words of normalised text as the model sees them: ``tokenise`` without offsets,
    a known name as ``NAME``.

    The hot path: most calls hold no negator, and then the words are one ``findall``.

    >>> words_of("no fever, but a cough")
    ['no', 'neg_fever', 'but', 'a', 'cough']
    >>> words_of("hi it's maria, call me back")
    ['hi', "it's", '_name_', 'call', 'me', 'back']
    """
    if not _may_negate(norm):
        found = _WORD.findall(norm)
        return list(map(_AS_NAME.get, found, found))
    tokens = _TOKEN.findall(norm)
    words: list[str] = []
    done = 0  # tokens before this index are read
    # Only scopes need reading token by token; the words between them are copied in C.
    for start in compress(count(), map(_NEGATORS.__contains__, tokens)):
        if start >= done:  # a negator inside a scope was read with that scope
            words += filterfalse(_MARKS.__contains__, tokens[done:start])
            done = _read_scope(tokens, start, words)
    words += filterfalse(_MARKS.__contains__, tokens[done:])
    return list(map(_AS_NAME.get, words, words))


def _read_scope(tokens: list[str], start: int, words: list[str]) -> int:
    """Append the words from the negator at ``start`` to the end of its scope, the negated
    ones marked, and return the index after it. Once nothing is left of a scope only
    another negator opens one, so the tokens after it read as they are."""
    left, listing = 0, False
    for i in range(start, len(tokens)):
        word = tokens[i]
        if word in _NEGATORS:
            left, listing = _SCOPE_LENGTH, word in _LIST_NEGATORS
            words.append(word)
            continue
        if word in _MARKS:
            left = _SCOPE_LENGTH if listing and left and word == "," else 0
        else:
            if word in _SCOPE_BREAKERS:
                left = 0
            words.append("neg_" + word if left else word)
            left = _SCOPE_LENGTH if left and word in _SCOPE_LISTS else max(left - 1, 0)
        if not left:
            return i + 1
    return len(tokens)


def _may_negate(norm: str) -> bool:
    """False only where no token of ``norm`` can be a negator.

    ``_TOKEN`` takes every letter or digit next to a token into it, so a token is bounded
    by characters outside [a-z0-9] or the ends, and a negator's part before any "'" is a
    whole run of [a-z0-9].
    """
    return not _NEGATOR_RUNS.isdisjoint(_kept(norm, _RUNS_OF_ALNUM).split())


def _expand_duration(match: re.Match[str]) -> str:
    unit = match.group(2)
    unit = _DURATION_UNITS.get(unit, unit if unit.endswith("s") else unit + "s")
    return f" for {match.group(1)} {unit}"


def _expand_in_spanish(match: re.Match[str]) -> str:
    """Shorthand in a call spoken in Spanish: its Spanish words stay words.

    >>> normalise("si, quiero una cita, yo tengo dolor"), normalise("pt reports SI")
    ('si, quiero una cita, yo tengo dolor', 'patient reports suicidal ideation')
    """
    if match.group().rstrip(".:") in _SPANISH_WORDS:
        return match.group()
    return _expand_shorthand(match)


#: Shorthand keys that are everyday Spanish words.
_SPANISH_WORDS = frozenset({"si", "yo", "mi", "ha", "tia"})  # yes, I, my, has, aunt
_SPANISH_RUNS = frozenset(word.encode() for word in _SPANISH_WORDS)


def _expand_shorthand(match: re.Match[str]) -> str:
    word = match.group()
    context = _IN_CONTEXT.get(word.rstrip(".:"))
    if context is not None and not _follows(match.string, match.start(), context):
        return word  # the everyday word, not the shorthand
    return _SHORTHAND.get(word, _SHORTHAND.get(word.rstrip(".:"), word))


def _expand_capitals(match: re.Match[str]) -> str:
    return _SHORTHAND[match.group().rstrip(".:").lower()]


def _follows(text: str, start: int, words: frozenset[str]) -> bool:
    """Whether the word before ``start`` is one of ``words`` (punctuation aside)."""
    before = text[max(0, start - 24) : start].split()
    return bool(before) and before[-1].strip(".,;:(") in words
