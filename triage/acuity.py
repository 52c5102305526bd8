"""Acuity: what makes a symptom urgent, as LABELS.md's "Acuity, not topic" lists it.

A symptom named plainly ("I have some back pain") is routine; what makes a call urgent is a
sign of acuity: severity, sudden onset, rapid worsening, loss of function, a vulnerable
patient, an alarming number, or the caller's own alarm about now. ``scan_acuity`` finds those
cues in normalised text, each in context as the red flags are read (``triage.redflags``): a
denied cue ("not getting worse"), a past one ("was the worst last year") or a look-alike does
not count. The cues feed the model as features (one column per family, not normalised with
the words, so a cue weighs the same in a long voicemail as in a short call), its reasons, and the
confidence rule of ``triage.policy``: without a red flag or an acuity cue a call is never
urgent with confidence 0.9 or more.

>>> [cue.family for cue in find_acuity("worst headache of my life, came on all of a sudden")]
['severity', 'onset']
>>> find_acuity("my knee has ached for a month, it's not getting worse")
()
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import NamedTuple

from triage import _acuity_es as es
from triage import _lexicon as lex
from triage.language import Language, detect, sound
from triage.redflags import present_now, present_now_es, read_number
from triage.text import normalise, tokenise

__all__ = ["FAMILIES", "AcuityCue", "acuity_vector", "find_acuity", "scan_acuity"]


class AcuityCue(NamedTuple):
    """One sign of acuity found in a call."""

    family: str  # "severity", "onset", "worsening", "function", "vulnerable", "numbers", "alarm"
    phrase: str  # the words of the normalised text that matched


_CANT = (
    r"(?:can'?t|cannot|can not|couldn'?t|could not|unable to|not able to|can barely"
    r"|too weak to)"
)
_WHO = (
    r"(?:he|she|they|i|it|baby|my (?:son|daughter|baby|mom|mum|dad|husband|wife|partner"
    r"|mother|father))"
)
_IS = r"(?:'s|s| is| are| am|'m|m|'re| was)"
_TENS, _TEENS, _UNITS = lex.TENS, lex.TEENS, lex.UNITS
# A reading in digits or words, as readings are said: "one seventy eight", "two hundred".
_READING = (
    rf"one (?:{_TENS})(?: (?:{_UNITS}))?|(?:two|three|four|five) hundred(?: and)?"
    rf"(?: (?:(?:{_TENS})(?: (?:{_UNITS}))?|{_TEENS}|{_UNITS}))?|{lex.NUM}"
)
_N = rf"(?P<n>{_READING})"
_M = rf"(?P<m>{_READING})"
_BODY_NUMBER = (
    r"(?:'s)?(?: (?!(?:last|yesterday|ago)\b)[\w']+){0,3}? (?:of |is |at |was |to |like |about "
    r"|around |reading |over |says |said |shows |showed |reads |read )?"
)
_AGO = r"(?:a few|few|couple|\d+|five|ten|fifteen|twenty|thirty|forty) (?:minutes|mins|min) ago"

#: Family id -> regex sources over normalised text (lower case, shorthand expanded).
_PATTERNS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "severity": (
            r"worst (?:[\w']+ ){0,2}(?:pain|headache|ache|cramps?|cramping|migraine|stomach ?ache"
            r"|toothache|tooth ?ache|sore throat|earache)",
            r"worst (?:[\w']+ ){0,4}(?:i've|ive|i have|he's|hes|she's|shes|they've|it's|its"
            r"|ever|of (?:my|his|her|their) life)",
            r"(?:unbearable|excruciating|agonizing|agonising|intolerable|in agony|horrendous pain"
            r"|horrible pain|terrible pain)",
            r"(?:severe|severely|extreme|intense),? (?:[\w'-]+,? ){0,2}(?:pain|headache|ache"
            r"|cramps?|bleeding|swelling|vomiting|diarrhea|dizziness|tooth ?ache)",
            r"(?:screaming|crying|sobbing) (?:in|with|from) (?:the )?pain",
            r"(?:doubled over|doubled up|writhing)",
            r"(?:10|ten|11|eleven|9|nine) ?(?:out of|over|/) ?(?:10|ten)",
            r"(?:can'?t|cannot) (?:stand|take|bear) (?:the|this|it|much more)",
            r"(?:so much|a lot of|so bad a|really bad|very bad) pain",
        ),
        "onset": (
            r"(?:all of a sudden|out of nowhere|out of the blue|came on (?:fast|suddenly|sudden"
            r"|quick|all at once)|(?:started|hit|happened|began|popped up|appeared|broke out)"
            r" all at once)",
            r"(?:in|within) the (?:last|past) (?:hour|half hour|few minutes|\d+ minutes)",
            r"(?:suddenly|sudden|abruptly|just now)",
            r"(?:just|only) (?:started|happened|began|came on)",
            r"(?:started|began|came on|happened|hit me|hit him|hit her)(?: [\w']+){0,3} "
            r"(?:minutes|mins|hour) ago",
            rf"(?<!called )(?<!rang )(?<!phoned )(?<!you )(?<!back )(?<!message ){_AGO}",
        ),
        "worsening": (
            r"(?:getting|got|gotten|becoming|is|it's|its|much|lot|way|even|so much|keeps getting"
            r"|keep getting|is getting) worse",
            r"worse and worse",
            r"(?:worse|bigger|higher|redder|more (?:\w+ )?(?:and \w+ )?)(?:by the|every) (?:hour"
            r"|minute)",
            r"worsening",
            r"(?:spreading|growing|getting bigger|swelling up|going up|rising|climbing)"
            r" (?:fast|quickly|rapidly|so fast|really fast|every hour|higher)",
            r"spreading (?:up|down|across|all over|to (?:my|his|her|the))",
            r"(?:by the (?:hour|minute)|hour by hour|minute by minute)",
            r"(?:keeps|keep) (?:getting (?:bigger|higher|redder)|climbing|rising|going up)",
            r"more and more (?:swollen|painful|red|sleepy|confused)",
        ),
        "function": (
            rf"{_CANT} (?:walk|stand|bear weight|put (?:any )?weight|move (?:my|his|her|it|the"
            r"|their)|keep (?:anything|any|food|fluids|water|liquids|it|even) down|see (?:out of"
            r"|anything|at all|properly|straight)|hear (?:anything|at all|out of)|swallow"
            r"|talk|speak|breathe|breath|pee|urinate|lift|get up|open (?:my|his|her|their|the)"
            r"|close (?:my|his|her|their|the|them|it)|turn (?:my|his|her) (?:head|neck)"
            r"|bend (?:my|his|her|it)|feel (?:my|his|her|their) (?:legs?|arms?|face|feet|hands?)"
            r"|stop (?:vomiting|throwing up|bleeding|shaking)|wake (?:him|her|them)|stay awake"
            r"|hold (?:anything|a cup|my|his|her)|climb|eat or drink|drink anything"
            r"|eat anything)",
            r"(?:won'?t|will not) (?:wake up|stop (?:vomiting|throwing up|bleeding|crying))",
            r"(?:throwing up|vomiting) (?:everything|all day|all night|nonstop|non stop)",
            r"(?:no|hasn'?t had a|hasn'?t had any) wet diapers?",
            r"(?:hasn'?t|has not|haven'?t|have not) (?:peed|urinated|had a wee|had a pee)"
            r" (?:since|all day|in)",
        ),
        "vulnerable": (
            r"(?:pregnant|pregnancy|pregnance|(?:weeks?|weaks?|wks?) along)",
            r"(?:chemo|chemotherapy|immunocompromised|immunosuppressed|immune system is"
            r" (?:weak|low|suppressed)|transplant|neutropenic|humira|biologic|on steroids"
            r"|on prednisone)",
            r"(?:newborn|new born|neonate)",
            r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            r"[ -](?:days?|weeks?|wks?)[ -]old",
            r"(?:newly|suddenly|very|really) confused",
            r"(?:become|became|gotten|getting|acting|seems|seem|is so|is very) (?:so |very "
            r"|really |all |a bit )?confused",
            r"confused (?:today|now|this morning|tonight|all of a sudden)",
            r"(?:isn'?t|not) making (?:any )?sense",
        ),
        "numbers": (
            rf"(?:fever|temp|temperature|thermometer|t){_BODY_NUMBER}{_N}"
            r"(?: degrees)?(?P<unit> ?(?:f|c|fahrenheit|celsius)\b)?",
            rf"(?:sugar|sugars|glucose|blood sugar|bg|fsbg|cbg|bgl|meter){_BODY_NUMBER}{_N}",
            r"(?P<bp>(?:\d{3}) ?(?:/|over| sobre | con ) ?(?:\d{2,3}))",  # "210 sobre 125"
            rf"(?:oxygen|o2|sats?|saturation|pulse ox){_BODY_NUMBER}{_N}",
            rf"(?:heart rate|pulse|heartbeat|heart beat|hr){_BODY_NUMBER}{_N}",
            rf"(?:blood pressure|bp|pressure){_BODY_NUMBER}{_N} over {_M}",
            rf"{_N} over {_M}",
        ),
        "alarm": (
            r"(?:emergency|emergence)",
            r"(?:hurry|come quick|come fast|in a panic)",
            rf"(?:think|afraid|scared|worried|feel like) {_WHO}{_IS}? (?:dying|going to die"
            r"|gonna die)",
            r"(?:is|he'?s|she'?s|i'?m|they'?re|we'?re) (?:dying|losing (?:him|her|them))(?! to)",
            r"something(?:'s|s| is)? (?:really |very |seriously |terribly |badly"
            r" |so )?wrong",
            r"(?:not|isn'?t|doesn'?t|don'?t) (?:look|seem|feel|acting|act|looking) right",
            r"(?:not|isn'?t) (?:right|okay|ok|himself|herself|themselves)(?: at all)?",
            r"(?:in a bad way|(?:he|she|they|it|mom|dad)(?:'s|s| is| looks| seems) (?:really"
            r" |very |so )bad)",
            r"(?:terrified|panicking|panicked|freaking out|frightened|so scared|really scared"
            r"|very scared|i'?m scared)",
            # Not a request for a service: "please help me find a dentist".
            r"(?:help me please|please help me|help us please|please (?:somebody|someone)"
            r" help|(?:somebody|someone) help (?:me|us|him|her) (?:please|now|right now))"
            r"(?! (?:find|with|get|book|make|schedule|to|set|look|locate|figure|choose|pick))",
            r"(?:need|want|get|send) (?:someone|somebody|a doctor|a nurse|help|an ambulance)"
            r" (?:right )?(?:now|away|immediately|fast|quick|here)",
            r"(?:need|call|get|send) (?:an )?ambulance",
            # Not urgent care, nor urinary urgency ("an urgent need to pee").
            r"(?<!non-)(?<!non )(?<!nothing )(?<!not )(?:urgent|urgently)"
            r"(?! (?:care|need to|need for|to (?:pee|urinate|go)|feeling))",
        ),
    }
)

#: Per family, per pattern: the words a text must hold for the pattern to be tried (any of
#: them, as runs of letters and digits: "can't" holds "can"; "/" stands for any slash). A
#: scan tries only the patterns whose words the call has, a few per call, instead of every
#: pattern at every position.
_GATES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "severity": (
            "worst",
            "worst",
            "unbearable excruciating agonizing agonising intolerable agony horrendous horrible "
            "terrible",
            "severe severely extreme intense",
            "screaming crying sobbing",
            "doubled writhing",
            "10 ten 11 eleven 9 nine /",
            "can cant cannot",
            "much lot bad",
        ),
        "onset": (
            "sudden nowhere blue came started hit happened began popped appeared broke",
            "last past",
            "suddenly sudden abruptly just",
            "started happened began came",
            "ago",
            "ago",
        ),
        "worsening": (
            "worse",
            "worse",
            "hour minute",
            "worsening",
            "fast quickly rapidly hour higher",
            "spreading",
            "hour minute",
            "keeps keep",
            "swollen painful red sleepy confused",
        ),
        "function": (
            "can cant cannot couldn couldnt could unable able barely weak",
            "wake stop",
            "throwing vomiting",
            "diaper diapers",
            "peed urinated wee pee",
        ),
        "vulnerable": (
            "pregnant pregnancy pregnance along",
            "chemo chemotherapy immunocompromised immunosuppressed immune transplant "
            "neutropenic humira biologic steroids prednisone",
            "newborn new neonate",
            "days day weeks week wks wk",
            "confused",
            "confused",
            "confused",
            "sense",
        ),
        "numbers": (
            "fever temp temperature thermometer t",
            "sugar sugars glucose bg fsbg cbg bgl meter",
            "/ over sobre con",
            "oxygen o2 sat sats saturation ox",
            "rate pulse heartbeat beat hr",
            "over",
            "over",
        ),
        "alarm": (
            "emergency emergence",
            "hurry quick fast panic",
            "dying die",
            "dying losing",
            "wrong",
            "look seem feel acting act looking",
            "right okay ok himself herself themselves",
            "bad",
            "terrified panicking panicked freaking frightened scared",
            "help",
            "someone somebody doctor nurse help ambulance",
            "ambulance",
            "urgent urgently",
        ),
    }
)

#: Every acuity family, in the order of ``_PATTERNS``.
FAMILIES: tuple[str, ...] = tuple(_PATTERNS)


def _value(words: str | None) -> float | None:
    """A reading's value: "104", "fifty one", "one seventy eight" (178)."""
    if words is None:
        return None
    head, _, rest = words.partition(" ")
    if head == "one" and rest and rest.split()[0] in _TENS_WORDS:
        tail = read_number(rest)
        return None if tail is None else 100 + tail
    if rest.startswith("hundred") and head in _HUNDREDS:  # "two hundred and ten"
        tail = read_number(rest.removeprefix("hundred").removeprefix(" and").strip() or "0")
        return None if tail is None else _HUNDREDS[head] + tail
    return read_number(words)


_TENS_WORDS = frozenset(lex.TENS.split("|"))
_HUNDREDS = MappingProxyType({"two": 200, "three": 300, "four": 400, "five": 500})


def _temperature(match: re.Match[str]) -> bool:
    value = _value(match.group("n"))
    if value is None:
        return False
    unit = (match.group("unit") or "").strip()[:1]
    return value >= 104 if unit != "c" and value > 45 else unit != "f" and 40 <= value <= 45


def _sugar(match: re.Match[str]) -> bool:
    value = _value(match.group("n"))
    # Under 20 is no sugar reading: a number read short ("one" of "one forty").
    return value is not None and (20 <= value < 60 or value >= 400)


def _pressure(match: re.Match[str]) -> bool:
    high, low = map(int, re.findall(r"\d+", match.group("bp")))
    return high >= 180 or low >= 120


def _pressure_words(match: re.Match[str]) -> bool:
    high, low = _value(match.group("n")), _value(match.group("m"))
    return high is not None and low is not None and (high >= 180 or low >= 120)


def _oxygen(match: re.Match[str]) -> bool:
    value = _value(match.group("n"))
    return value is not None and 50 <= value < 92


def _heart_rate(match: re.Match[str]) -> bool:
    value = _value(match.group("n"))
    return value is not None and (value >= 150 or 20 <= value <= 40)


# Number patterns: the value decides (a temperature of 99 is no cue); by pattern position.
_NUMBER_CHECKS: tuple[Callable[[re.Match[str]], bool], ...] = (
    _temperature,
    _sugar,
    _pressure,
    _oxygen,
    _heart_rate,
    _pressure_words,
    _pressure_words,
)


class _Pattern(NamedTuple):
    family: str
    regex: re.Pattern[str]
    check: Callable[[re.Match[str]], bool] | None  # a number's value decides, if set


def _compile() -> tuple[Mapping[str, tuple[_Pattern, ...]], frozenset[str]]:
    """Every pattern compiled on its own, filed under each of its gate words."""
    by_word: dict[str, list[_Pattern]] = {}
    for family, sources in _PATTERNS.items():
        if len(sources) != len(_GATES[family]):
            raise ValueError(f"acuity family {family!r}: one gate per pattern")
        for i, (source, gate) in enumerate(zip(sources, _GATES[family], strict=True)):
            check = _NUMBER_CHECKS[i] if family == "numbers" else None
            regex = re.compile(rf"(?<![\w'])(?:{source})(?![\w'])")
            for word in gate.split():
                by_word.setdefault(word, []).append(_Pattern(family, regex, check))
    patterns = {word: tuple(found) for word, found in by_word.items()}
    return MappingProxyType(patterns), frozenset(patterns)


_BY_WORD, _GATE_WORDS = _compile()
_WORDS = re.compile(r"[a-z0-9]+")


def scan_acuity(norm: str, language: Language | None = None) -> tuple[AcuityCue, ...]:
    """Acuity cues present now in normalised text, one per family, in order of appearance:
    in English, and in a call that speaks Spanish (``language``, else detected) in Spanish
    too (``scan_acuity_es``).

    >>> [c.family for c in scan_acuity("temp of 104.5 and she's not making sense")]
    ['numbers', 'vulnerable']
    >>> [c.family for c in scan_acuity("mi hijo tiene calentura de 40 y esta empeorando")]
    ['numbers', 'worsening']
    """
    english = _scan_english(norm)
    if not (detect(norm) if language is None else language).spanish:
        return english
    seen = {cue.family for cue in english}
    spanish = tuple(cue for cue in scan_acuity_es(norm) if cue.family not in seen)
    return english + spanish if spanish else english


def scan_acuity_es(folded: str) -> tuple[AcuityCue, ...]:
    """Acuity cues present now in Spanish call text as ``triage.language.fold`` leaves it, by
    ``triage._acuity_es``: one per family, in order of appearance, each read in context as
    the Spanish red flags are ("no ha empeorado" and "el ano pasado" do not count).

    >>> [c.family for c in scan_acuity_es("de repente no puede caminar, es urgente")]
    ['onset', 'function', 'alarm']
    >>> scan_acuity_es("no ha empeorado, el dolor no es insoportable")
    ()
    """
    heard, found = sound(folded), []
    for family, regex, checks in _SPANISH:
        for match in regex.finditer(heard):
            if _value_ok(match, checks) and present_now_es(heard, match):
                found.append((match.start(), AcuityCue(family, match.group().strip())))
                break
    found.sort(key=lambda pair: pair[0])
    return tuple(cue for _, cue in found)


def _value_ok(match: re.Match[str], checks: tuple[Callable[[float], bool], ...]) -> bool:
    """For a Spanish number pattern, whether its value is one that alarms."""
    if not checks:
        return True
    group = next(name for name, value in match.groupdict().items() if value is not None)
    value = float(match.group(group).replace(",", "."))
    return checks[int(group[1:])](value)


def _compile_es() -> tuple[tuple[str, re.Pattern[str], tuple[Callable[[float], bool], ...]], ...]:
    """One regex per Spanish family over sounded text; the number patterns' value groups are
    named n0, n1, ... by position, so that a match says which check applies."""
    compiled = []
    for family, written in es.PATTERNS.items():
        sources = written
        if family == "numbers":
            sources = tuple(s.replace("(?P<n>", f"(?P<n{i}>") for i, s in enumerate(written))
        checks = es.NUMBER_CHECKS if family == "numbers" else ()
        alternation = "|".join(f"(?:{source})" for source in sources)
        compiled.append(
            (family, re.compile(sound(rf"(?<![\w'])(?:{alternation})(?![\w'])")), checks)
        )
    return tuple(compiled)


_SPANISH = _compile_es()


def _scan_english(norm: str) -> tuple[AcuityCue, ...]:
    """The English cues of ``scan_acuity``."""
    words = _GATE_WORDS.intersection(_WORDS.findall(norm))
    if "/" in norm:
        words |= {"/"}
    if not words:
        return ()  # most calls
    # once each, in an order that does not hang on set order (hash-seeded): ties keep it
    tried = dict.fromkeys(p for word in sorted(words) for p in _BY_WORD[word])
    matches = sorted(
        (match.start(), i, pattern, match)
        for i, pattern in enumerate(tried)
        for match in pattern.regex.finditer(norm)
        if pattern.check is None or pattern.check(match)
    )
    found: dict[str, AcuityCue] = {}
    for _, _, pattern, match in matches:
        if pattern.family not in found and _counts(norm, match, pattern.family):
            found[pattern.family] = AcuityCue(pattern.family, match.group().strip())
    return tuple(found.values())


def _counts(norm: str, match: re.Match[str], family: str) -> bool:
    """Whether a cue counts in its context. A vulnerable patient is a lasting state ("had a
    kidney transplant in March", "on chemo since June"): only a denial ("not pregnant")
    takes it away; every other cue is read as a red flag is (``present_now``)."""
    if family != "vulnerable":
        return present_now(norm, match)
    start = match.start()
    return not next((t.negated for t in tokenise(norm) if t.start >= start), False)


def find_acuity(text: str) -> tuple[AcuityCue, ...]:
    """Acuity cues present now in raw call text (see ``scan_acuity``).

    Raises:
        TypeError: if ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_acuity expects str, got {type(text).__name__}")
    return scan_acuity(normalise(text))


def acuity_vector(cues: tuple[AcuityCue, ...]) -> list[float]:
    """The model's acuity columns: 1.0 for each family found, in the order of ``FAMILIES``.

    >>> acuity_vector(find_acuity("it's getting worse"))
    [0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]
    """
    found = {cue.family for cue in cues}
    return [1.0 if family in found else 0.0 for family in FAMILIES]
