"""The message slip: who called, how to call them back, about whom, about what, by when.

``read_slip`` reads the fields an answering service writes down from the caller's own words
and returns a ``MessageSlip`` whose every field is None unless the call says it: a value is
never guessed. Each value keeps the character span of the text it came from
(``MessageSlip.spans``), so that a screen can highlight it and ``redact`` can hide it.

The reading is rules over the raw text (case tells names apart in typed text; in lower-case
speech transcripts only the surest cues count), in the order an operator listens:

- numbers: digits and number words ("seven two oh, double five...") are read into runs; a run
  of 7, 10 or 11 digits is a phone number unless the words before it say it is a fax, a
  member id or an Rx number; ``phonenumbers`` checks it and gives E.164 for a whole number;
- names: after "my name is", "this is", "it's", "caller:", "... here"; the patient's after
  "my son", "patient", "pt", "re:";
- a date of birth only after "dob", "date of birth", "born", "birthday";
- the relationship from who the call is about ("my wife", "calling from the pharmacy");
- the reason: the red flag, named and in the words that raised it ("stroke signs: slurred
  speech"; a fall with the injury it left, joined by "; "), else the request ("refill
  metformin", "reschedule cleaning");
- the deadline ("before Thursday", "by end of day") and the best time ("after 5").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, cast

from triage._spoken import DIGIT_WORDS, ORDINALS, Piece, digit_pieces, number_value
from triage.schema import NO_MESSAGE, Label, MessageSlip, Relationship
from triage.text import normalise

if TYPE_CHECKING:
    from triage.redflags import RedFlag

__all__ = ["PERSONAL", "due_date", "read_slip", "redact", "redacted_fields"]

Span = tuple[int, int]
_FLAGS = re.IGNORECASE

#: The slip's fields that say who someone is, and the tag each is written as when redacted.
PERSONAL: Mapping[str, str] = MappingProxyType({
    "caller_name": "[NAME]", "patient_name": "[NAME]", "callback_number": "[PHONE]",
    "callback_e164": "[PHONE]", "extension": "[PHONE]", "date_of_birth": "[DOB]",
})  # fmt: skip


def redacted_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """A slip's fields (as from ``model_dump``) with the personal ones that are set as tags.

    >>> redacted_fields({"caller_name": "Ann", "patient_name": None, "reason": "refill"})
    {'caller_name': '[NAME]', 'patient_name': None, 'reason': 'refill'}
    """
    return {k: PERSONAL[k] if k in PERSONAL and v is not None else v for k, v in fields.items()}


#: The slip's fields as output columns, in order (``triage score``).
SLIP_COLUMNS = (
    "caller_name", "callback_number", "callback_e164", "extension", "patient_name",
    "relationship", "date_of_birth", "organisation", "reason", "deadline", "best_time",
)  # fmt: skip


class _Cue:
    """A pattern that starts at one of a few words. It is tried only where those words
    stand (found with ``str.find`` in the lower-cased text, and only when the call has
    them): several times faster than ``re.search`` trying every position of the text.
    ``before``, when given, must match the text just before the word; ``not_before`` must
    not. All are read in the lower-cased text (same positions as the text), so their
    patterns are lower case."""

    def __init__(
        self,
        anchors: str,
        pattern: str,
        before: str | None = None,
        not_before: str | None = None,
        reach: int = 30,
    ) -> None:
        self.reach = reach  # how far back ``before`` and ``not_before`` look
        self.anchors = frozenset(anchors.split())
        self.pattern = re.compile(pattern)
        self.before = None if before is None else re.compile(f"(?:{before})$")
        self.not_before = None if not_before is None else re.compile(f"(?:{not_before})$")

    def matches(self, text: str, low: str, found: set[str]) -> list[re.Match[str]]:
        """The matches in ``low``, the lower case of ``text`` (``found``: its words), in
        order; their spans are the text's."""
        if self.anchors.isdisjoint(found):
            return []
        hits: list[re.Match[str]] = []
        for word in self.anchors & found:
            pos = low.find(word)
            while pos != -1:
                if pos == 0 or not _word_char(low[pos - 1]):
                    hit = self.pattern.match(low, pos)
                    if hit is not None and self._after(low, pos):
                        hits.append(hit)
                pos = low.find(word, pos + len(word))
        hits.sort(key=_order)
        return hits

    def first(self, text: str, low: str, found: set[str]) -> re.Match[str] | None:
        hits = self.matches(text, low, found)
        return hits[0] if hits else None

    def _after(self, low: str, pos: int) -> bool:
        start = max(0, pos - self.reach)
        if self.not_before is not None and self.not_before.search(low, start, pos) is not None:
            return False
        return self.before is None or self.before.search(low, start, pos) is not None


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "'"


def _order(match: re.Match[str]) -> tuple[int, int]:
    return match.start(), -match.end()


# --- phone numbers ---------------------------------------------------------------------

#: What may lie between the pieces of one spoken or written phone number.
_NUMBER_GAP = re.compile(
    r"(?:[\s,.\-()]+|\b(?:uh+|um+|er|and|then|dash|area code|double|triple)\b)*", _FLAGS
)
_MAX_GAP = 16
_NOT_A_PHONE = re.compile(
    r"\b(?:fax|member|policy|group|rx|prescription|account|acct|claim|id|npi|order|"
    r"confirmation|reference|ref|case|zip|room|mrn|chart|tax|dea|license|tracking|invoice|"
    r"serial|lot|batch|ssn|social|accession|specimen|requisition|ndc)\b(?:\s*(?:number|no\.?|num|#|id|line|is|:|-))*\W*"
    r"(?:(?<![a-z])[a-z](?![a-z])[\s\-]*){0,4}$",  # letters first: "ID C8812094", "is w eight"
    _FLAGS,
)
_CALLBACK_CUE = re.compile(
    r"\b(?:call\s+(?:\w+\s+)?back|callback|call\s+(?:me|us|him|her)|cb|reach\s+(?:me|us)|"
    r"number|phone|ph|tel|cell|mobile|contact|text\s+me|at|call)\b",
    _FLAGS,
)
_EXTENSION = re.compile(r"\W{0,3}(?:ext\b\.?|extension\b|x(?=\s*\d))\s*", _FLAGS)


class _Number:
    """A phone number found in the text: its digits, extension and where they were said."""

    __slots__ = ("digits", "ext_span", "extension", "span")

    def __init__(self, digits: str, span: Span) -> None:
        self.digits, self.span = digits, span
        self.extension: str | None = None
        self.ext_span: Span | None = None


def find_numbers(text: str) -> list[_Number]:
    """Every phone number said in ``text`` (digits or words), in order, with spans.

    >>> [n.digits for n in find_numbers("cb seven two oh five five five 3089 or 303.555.0199")]
    ['7205553089', '3035550199']
    """
    found: list[_Number] = []
    runs = list(_runs(text, digit_pieces(text)))
    fixed = None
    for i, run in enumerate(runs):
        if fixed is not None:  # this run was the correction of the one before
            fixed = None
            continue
        fixed = _corrected(text, run, runs[i + 1] if i + 1 < len(runs) else None)
        for number in [fixed] if fixed is not None else _numbers_in(run):
            _read_extension(text, number)
            found.append(number)
    return found


def _numbers_in(run: list[Piece]) -> Iterator[_Number]:
    for pieces in _split_phone(_restarted(_said_once(run))):
        yield _Number("".join(p.digits for p in pieces), (pieces[0].start, pieces[-1].end))


#: How many digits one or two phone numbers said back to back can make.
_WHOLE = frozenset({7, 10, 11, 14, 17, 18, 20, 21, 22})


def _restarted(run: list[Piece]) -> list[Piece]:
    """A run whose digits make no whole number because the caller began a group again
    ("five five five, oh one... uh, oh one six two" is 5550162): without the first try."""
    if sum(len(p.digits) for p in run) in _WHOLE:
        return run
    for j in range(len(run) - 1, 0, -1):  # the latest pause first
        ahead = "".join(p.digits for p in run[j:])
        for i in range(j - 1, max(-1, j - 4), -1):
            group = "".join(p.digits for p in run[i:j])
            rest = run[:i] + run[j:]
            said = "".join(p.digits for p in rest)
            whole = len(said) in (7, 10) or (len(said) == 11 and said.startswith("1"))
            if whole and ahead.startswith(group):
                return rest
    return run


def _said_once(run: list[Piece]) -> list[Piece]:
    """A run that says one number twice with no pause ("five five five oh one one eight five
    five five oh one one eight") as the first saying; any other run as it is."""
    said = ""
    for i, piece in enumerate(run):
        said += piece.digits
        rest = "".join(p.digits for p in run[i + 1 :])
        if len(said) in (7, 10, 11) and rest == said:
            return run[: i + 1]
    return run


def _corrected(text: str, run: list[Piece], after: list[Piece] | None) -> _Number | None:
    """A number the caller corrects ("oh one four, no wait, oh one two four"; "555-0121,
    corr. 555-0112"): the correction replaces the end of what was said."""
    if after is None or not CORRECTION.fullmatch(text, run[-1].end, after[0].start):
        return None
    said, fix = "".join(p.digits for p in run), _fix_said(after)
    if len(fix) >= 10 or len(said) < 7:
        return None  # a whole new number stands alone; too little said to correct
    whole = 11 if said.startswith("1") else 10
    keep = (whole if len(said) >= whole - 1 else 7) - len(fix)
    if keep < 0:
        return None
    return _Number(said[:keep] + fix, (run[0].start, after[-1].end))


def _fix_said(after: list[Piece]) -> str:
    """The digits of a correction, without the whole number said again after it ("0471.
    720-555-0471")."""
    for k in range(1, len(after)):
        if len("".join(p.digits for p in after[k:])) in (7, 10, 11):
            return "".join(p.digits for p in after[:k])
    return "".join(p.digits for p in after)


#: What a caller says to correct what they just said.
CORRECTION = re.compile(
    r"(?:[\s,.\-]*(?:no,?\s+wait|no|sorry|i\s+mean|actually|wait|correction|corr\.?|"
    r"let\s+me\s+(?:start\s+over|repeat)))+[\s,.\-:]*",  # "wait, no, sorry, 0471"
    _FLAGS,
)


def _runs(text: str, pieces: list[Piece]) -> Iterator[list[Piece]]:
    """Pieces joined only by separators or fillers, as one number is said. An extension
    said first stands alone: "(ext 4410, 646-555-0198)" is no "4410646555"."""
    run: list[Piece] = []
    for piece in pieces:
        extension = _EXTENSION_BEFORE.search(text, max(0, piece.start - 12), piece.start)
        if run and (extension or not _joins(text, run[-1].end, piece.start)):
            yield run
            run = []
        run.append(piece)
        if extension:
            yield run
            run = []
    if run:
        yield run


_EXTENSION_BEFORE = re.compile(r"\b(?:ext\.?|extension|x)\s*$", _FLAGS)


def _joins(text: str, end: int, start: int) -> bool:
    between = text[end:start]
    return len(between) <= _MAX_GAP and _NUMBER_GAP.fullmatch(between) is not None


def _split_phone(run: list[Piece]) -> Iterator[list[Piece]]:
    """The phone numbers in one run: 7, 10, or 11 digits starting with 1, taken whole
    pieces at a time (two numbers said back to back are two)."""
    start = 0
    while start < len(run):
        total, end = 0, start
        best = None
        while end < len(run) and total < 11:
            total += len(run[end].digits)
            end += 1
            if total in (10, 7) or (total == 11 and run[start].digits.startswith("1")):
                best = end
        if best is None:
            start += 1
            continue
        yield run[start:best]
        start = best


def _read_extension(text: str, number: _Number) -> None:
    after = _EXTENSION.match(text, number.span[1])
    if after is None:
        return
    pieces = digit_pieces(text, after.end(), min(len(text), after.end() + 40))
    taken: list[Piece] = []
    for piece in pieces:
        if taken and not _joins(text, taken[-1].end, piece.start):
            break
        if not taken and piece.start - after.end() > 2:
            break
        taken.append(piece)
    if taken and sum(len(p.digits) for p in taken) <= 6:
        number.extension = "".join(p.digits for p in taken)
        number.ext_span = (taken[0].start, taken[-1].end)


def _callback(text: str, numbers: list[_Number]) -> _Number | None:
    """The number to call back on: one the caller says is theirs, else the first that is not
    a fax, an id or an Rx number. What is said between two numbers belongs to the second,
    except a label in brackets right after the first ("555-0113 (cell), 555-0114 (fax)")."""
    usable, cued, elses = [], [], []
    start = 0
    for number in numbers:
        before = max(start, number.span[0] - 40)
        end = number.ext_span[1] if number.ext_span else number.span[1]
        label = _LABEL_AFTER.match(text, end)
        start = label.end() if label else end
        if _NOT_A_PHONE.search(text, max(0, number.span[0] - 30), number.span[0]) or (
            label and label.group(1).lower().startswith("f")
        ):
            continue
        usable.append(number)
        if _SOMEONE_ELSES_NUMBER.search(text, before, number.span[0]):
            elses.append(number)  # "his daughter's cell is ..., but call me at ..."
        elif label or _CALLBACK_CUE.search(text, before, number.span[0]):
            cued.append(number)
    chosen = cued or elses or usable
    return chosen[0] if chosen else None


#: A label in brackets after a number: "(cell)", "(fax)", "(c)".
_LABEL_AFTER = re.compile(r"\s*\(\s*(cell|mobile|home|work|direct|office|fax|[cmhwf])\s*\)", _FLAGS)
#: Just before a number: it is someone else's ("her daughter's cell is", "his number:").
_SOMEONE_ELSES_NUMBER = re.compile(
    r"\b(?:his|her|their|[a-z]+'s)\s+(?:cell|number|phone|mobile|home|work)(?:\s+(?:number|phone))?"
    r"\s*(?:is|:)?\s*$",
    _FLAGS,
)


@functools.lru_cache(maxsize=4096)
def e164(digits: str, region: str = "US") -> str | None:
    """The number in E.164 when it is whole and possible there, else None.

    >>> e164("7205553089"), e164("5550142"), e164("18005551234")
    ('+17205553089', None, '+18005551234')
    """
    if len(digits) < 10:
        return None
    import phonenumbers  # imported on first use: most calls say no number

    try:
        parsed = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


# --- names --------------------------------------------------------------------------------

#: A name spelled out after it is said: "n g u y e n", "O-B-R-I-E-N", "o apostrophe b r i e n".
_SPELLED_OUT = r"[a-z](?![\w'])(?:[\s\-]+(?:[a-z]|apostrophe|dash|hyphen)(?![\w'])){2,}"
#: Who a caller may say they are after a first name: "it's lorna the caregiver".
_HELPERS = (
    r"caregiver|carer|nurse|aide|babysitter|sitter|nanny|neighbou?r|receptionist|pharmacist|"
    r"mom|mother|dad|father|daughter|son|wife|husband"
)
#: Small words inside a name: "Pieter van der Berg", "Ana María de los Santos".
_PARTICLES = frozenset(
    {
        "van",
        "der",
        "den",
        "von",
        "de",
        "la",
        "los",
        "las",
        "del",
        "da",
        "di",
        "du",
        "le",
        "st",
        "st.",
    }
)

_TITLES = frozenset(
    {"dr", "dr.", "doctor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "nurse"}
)
_ORG_WORDS = frozenset({
    "pharmacy", "pharmacies", "drug", "drugs", "lab", "labs", "laboratory", "laboratories",
    "clinic", "dental", "medical", "medicine", "hospital", "health", "healthcare", "office",
    "practice", "supply", "supplies", "solutions", "systems", "group", "insurance", "imaging",
    "diagnostics", "center", "centre", "associates", "inc", "llc", "co", "corp", "company",
    "services", "partners", "care", "pediatrics", "orthodontics", "surgery", "radiology",
    "network", "marketing", "media", "staffing", "billing", "wireless", "energy", "bank",
    "capital", "financial", "technologies", "tech", "software", "home", "living",
    "orthopedics", "orthopaedics", "dermatology", "cardiology", "internal", "family",
    "urgent", "plan", "directory", "internet", "recruiting", "payroll", "brokers",
    "uniforms", "lasers", "reviews", "finance", "seo", "voip", "dentistry",
    "obgyn", "gynecology", "oncology", "neurology", "therapy", "counseling", "wellness",
    "hospice", "rehab", "institute", "university", "pharmaceuticals", "pharma", "agency",
    "walgreens", "cvs", "walmart", "costco", "kroger", "quest", "labcorp", "rite", "aid",
    "express", "scripts", "optum", "aetna", "cigna", "humana", "medicare", "medicaid",
    "united", "blue", "cross", "shield", "anthem", "kaiser", "safeway", "publix", "heb",
})  # fmt: skip
#: Words that are not names, for lower-case transcripts where case cannot tell.
_NOT_NAMES = frozenset({
    *_TITLES, *_ORG_WORDS, *ORDINALS,
    "a", "an", "the", "my", "your", "his", "her", "our", "their", "its", "this", "that",
    "these", "those", "i", "me", "you", "he", "she", "it", "we", "they", "him", "them", "us",
    "i'm", "im", "i've", "i'll", "i'd", "it's", "that's", "there's", "what's", "he's", "she's",
    "is", "was", "are", "were", "be", "been", "being", "am", "has", "have", "had", "do",
    "does", "did", "can", "could", "will", "would", "should", "may", "might", "must", "not",
    "no", "yes", "yeah", "yep", "ok", "okay", "so", "and", "or", "but", "if", "then", "just",
    "really", "very", "too", "also", "still", "again", "now", "here", "there", "about",
    "regarding", "re", "for", "from", "with", "at", "on", "in", "of", "to", "by", "up",
    "down", "out", "over", "back", "calling", "call", "called", "going", "getting", "having",
    "trying", "wondering", "worried", "scared", "afraid", "concerned", "sorry", "fine",
    "sick", "feeling", "hurting", "bleeding", "urgent", "important", "serious", "bad",
    "worse", "better", "good", "great", "terrible", "awful", "weird", "strange", "odd",
    "kind", "sort", "pretty", "quite", "super", "actually", "basically", "literally",
    "probably", "definitely", "like", "um", "uh", "umm", "uhh", "er", "hmm", "hi", "hello",
    "hey", "oh", "well", "sure", "thanks", "thank", "please", "mom", "mum", "dad", "mother",
    "father", "son", "daughter", "wife", "husband", "partner", "baby", "kid", "child",
    "patient", "nurse", "someone", "somebody", "anyone", "nobody", "everyone", "something",
    "nothing", "anything", "everything", "what", "who", "how", "when", "why", "where",
    "which", "gonna", "wanna", "gotta", "due", "late", "early", "almost", "hard", "time",
    "today", "tomorrow", "tonight", "yesterday", "morning", "afternoon", "evening", "week",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "last", "next", "first", "second", "only", "all",
    "both", "each", "every", "some", "any", "more", "most", "less", "much", "many", "few",
    "new", "old", "same", "other", "another", "own", "right", "wrong", "true",
    "real", "hurts", "hurt", "pain", "fever", "happening", "happened", "needs", "need",
    "wants", "want", "says", "said", "told", "asked", "asking", "looking", "following",
    "returning", "checking", "confirming", "reaching", "leaving", "speaking", "phoning",
    "ringing", "texting", "done", "gone", "home", "away", "already", "never", "always",
    "ever", "maybe", "because", "since", "after", "before", "while", "until", "though",
    "dr", "doc", "doctors", "office", "front", "desk", "reception", "receptionist",
    "pregnant", "diabetic", "allergic", "alone", "stuck", "lost", "confused", "dizzy",
    "tired", "exhausted", "ready", "able", "unable", "supposed", "glad", "happy", "sad",
    "upset", "frustrated", "angry", "annoyed", "nervous", "anxious", "fell", "fainted",
    "passed", "collapsed", "started", "woke", "took", "swallowed", "got", "keeps", "became",
    "went", "came", "coughing", "vomiting", "throwing", "crying", "screaming",
    "breathing", "shaking", "burning", "running", "overdue", "past",
    # operator shorthand and credentials: "pt called", "DOB", "RN"
    "pt", "pts", "dob", "cb", "rx", "md", "rn", "np", "pa", "icu", "caller", "date", "rep",
    "vendor", "sales", "msg", "vm", "pharmacist", "technician", "tech", "caregiver", "carer",
    "aide", "babysitter", "neighbor", "neighbour", "message", "note",
    "we're", "we've", "you're", "they're", "we'll", "here's",
    # what follows "pt" or "member" in a note and is no name: "Pt rang", "member id"
    "rang", "phoned", "states", "stated", "reports", "reported", "requests", "requesting",
    "req", "id", "number", "portal", "list", "card", "staff", "tdap", "mmr", "hpv", "covid",
    "flu", "mild", "moderate", "severe", "chronic", "acute", "recurrent", "persistent",
    "intermittent", "worsening",
})  # fmt: skip
_NAME_WORD = re.compile(r"\s*[\"']?([^\W\d_](?:[^\W\d_]|['\-])*\.?)")
_CALLER_CUES = _Cue(
    "name name's this it's its i'm im caller from rep vendor pharmacist tech technician aide "
    "coordinator pt patient habla soy llamo cb call msg message vm voicemail pt's patient's",
    r"(?:i'm\s+(?:his|her|their)\s+(?:son|daughter|husband|wife|partner|mom|dad|mother|"
    r"father),?|name(?:\s*/\s*[a-z]+)+\s*:|(?:name(?:'s|\s+is|\s*:)?|this\s+is|it's|its|i'm|im)(?:,?\s+(?:um+|uh+))?,?|"
    r"caller(?:\s*/\s*pt|\s*\((?:pt|patient)\))?(?:\s+name)?(?:\s+is)?\s*[:=\-]?|"
    r"(?:rep|vendor|pharmacist|tech|technician|aide|coordinator)\s*[:\-]?|from\s*:|"
    r"(?:pt|patient)\s+calling\s*:|habla|soy|llamo|(?:cb|call|msg|message|vm|voicemail)\s+from|"
    r"(?:pt's|patient's)\s+(?:mother|father|mom|dad|wife|husband|daughter|son)\s*\()\s*",
)
_STRONG_CALLER = re.compile(r"name|caller|from|rep|pharm|tech|aide|coord|calling|,|\(", _FLAGS)
#: Cues that need typed text: "name Marcus Greene", "rep Carl", "pharmacist Alan Wu".
_TYPED_ONLY = re.compile(
    r"(?:name|rep|vendor|caller|pharmacist|tech|technician|aide|coordinator|his|her|their|son|"
    r"daughter|husband|wife|partner|mom|dad|mother|father|habla|soy|llamo),?\s*:?\s+$",
    _FLAGS,
)
_NAME_FIRST = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|there|yes|yeah|(?:good\s+)?(?:morning|afternoon|evening)|um+|uh+)"
    r"\W+)*"
    r"(?=\w)",
    _FLAGS,
)
_HERE = re.compile(
    r"\s+(?:here|calling|called)\b|\s*\((?:pt|patient)\)|,?\s+(?:rn|md|np|pa|lpn|do)\b|"
    r"\s+(?:with|from)\s+[A-Z]",
    _FLAGS,
)
_HERE_WORDS_TEXT = "here calling called pt patient rn md np lpn with from"
_HERE_WORDS = frozenset(_HERE_WORDS_TEXT.split())
_RELATIVES = (
    r"son|daughter|kid|child|boy|girl|baby|toddler|infant|newborn|teenager|stepson|"
    r"stepdaughter|husband|wife|partner|fianc[eé]e?|boyfriend|girlfriend|mom|mother|mum|"
    r"dad|father|grandma|grandmother|grandpa|grandfather|grandson|granddaughter|brother|"
    r"sister|aunt|uncle|resident|client|patient"
)
_PATIENT_CUES = (
    # "my son Jacob" (not "his son Mark", who is likely the caller)
    _Cue(
        _RELATIVES.replace("fianc[eé]e?", "fiance fiancee").replace("|", " "),
        r"(?:" + _RELATIVES + r")(?:'s\s+name\s+is|,?\s+named|,?\s+called|\s+is\s+named|,)?\s+",
        before=r"\b(?:my|our)\s+(?:[\w']+\s+)?|\bre:?\s+",
    ),
    _Cue(
        "patient patient's pt re resident calling caregiver carer aide member student",
        r"(?:(?:patient|resident|student)(?:'s\s+name|(?:\s+name)?)(?:\s+is)?(?:\s+of\s+(?:yours|ours))?"
        r"(?:\s+here)?\s*[:,]?(?:\s+named)?|pt(?:\s+is)?\s*:?|member|re\s*:|"
        r"calling\s+(?:about|for|on\s+behalf\s+of|regarding)|(?:caregiver|carer|aide)\s+"
        r"(?:for|to))(?:,?\s+(?:um+|uh+),?)?\s+",
    ),
)
#: In lower-case text a patient's name is taken only after words that say a name follows.
_PATIENT_NAMED = re.compile(r"(?:named|called|name\s+is|:|,)\s+$", _FLAGS)


class _Cased:
    """Whether the text was typed with case, worked out on first use: most calls have no
    name cue and never ask."""

    __slots__ = ("_text", "_value")

    def __init__(self, text: str) -> None:
        self._text: str = text
        self._value: bool | None = None

    def __bool__(self) -> bool:
        value = self._value
        if value is None:
            value = self._value = _cased(self._text)
        return value


def _cased(text: str) -> bool:
    """Whether the text was written with case (typed), so capitals can mark names: a
    capital anywhere but at a sentence's start or in "I". Text in capitals only has no case
    to read."""
    if text.isupper():
        return False
    for match in _CAPITAL.finditer(text):
        before = text[: match.start()].rstrip()
        if before and before[-1] not in ".!?" and match.group() not in _I_WORDS:
            return True
    return False


_CAPITAL = re.compile(r"\b[A-Z][\w']*")
_LOWER_I = re.compile(r"(?<![\w'])i(?:'m|'ve|'ll|'d|m)?(?![\w'])")
_I_WORDS = frozenset({"I", "I'm", "I've", "I'll", "I'd", "Im"})


def _words_at(text: str, start: int, token: re.Pattern[str]) -> Iterator[tuple[str, int]]:
    """The words from ``start`` on, one ``token`` match at a time: (word, where it starts)."""
    pos = start
    while (match := token.match(text, pos)) is not None:
        yield match.group(1), match.start(1)
        pos = match.end(1)


def _name_at(text: str, start: int, cased: bool, *, needs_end: bool) -> Span | None:
    """The name that starts at ``start``: up to four name words (a title first allowed),
    or None. ``needs_end``: in lower-case text the name must be followed by a pause or a
    word that ends it ("calling", "from"), which a phrase like "this is bad" is not."""
    words: list[tuple[str, int]] = []
    for said, at in _words_at(text, start, _NAME_WORD):
        possessive = said.lower().endswith("'s")  # "Ed Young's prior auth" ends at "Young"
        word = said[:-2] if possessive else said.rstrip("'")  # "'Mike'" is Mike
        if words and word.lower() == words[-1][0].lower():
            words = [(word, at)]  # "tariq tariq", "katherine katherine lyle": said again
            continue
        if _SPELLED.fullmatch(word):
            break  # "tomasz wierzbicki w-i-e-r-z-b-i-c-k-i": the name spelled, not more name
        particle = bool(words) and word.lower() in _PARTICLES and len(words) < 5
        if len(words) == 6 or not (particle or _is_name_word(word, cased, first=not words)):
            break
        words.append((word, at))
        if particle:
            continue
        if possessive or (word.endswith(".") and len(word) > 2 and _bare(word) not in _TITLES):
            break  # "Smith." ends a sentence
    for i, (word, _) in enumerate(words):  # "Ernesto Salas de Soluciones Médicas": a firm
        if i and word.lower() in _PARTICLES and _firm_after(words[i + 1 :]):
            words = words[:i]
            break
    while words and (_bare(words[-1][0]) in _TITLES or words[-1][0].lower() in _PARTICLES):
        words.pop()
    if len(words) > 1 and _bare(words[0][0]) in _ROLE_TITLES:
        words = words[1:]  # "nurse kim", "Coach Reggie": the role goes with the relationship
    if not words or any(_bare(word) in _ORG_WORDS for word, _ in words):
        return None
    last, at = words[-1]
    end = at + len(last) - last.endswith(".")  # "Smith." -> "Smith"
    if _org_follows(text, end) or (not cased and needs_end and not _ENDS_NAME.match(text, end)):
        return None
    return (words[0][1], end)


#: A name spelled letter by letter with hyphens: "o-w-u-s-u", "W-A-T-A-N-A-B-E".
_SPELLED = re.compile(r"(?:[^\W\d_]-){2,}[^\W\d_]")
#: Roles said before a name that are not part of it (unlike "Dr." or "Mrs.").
_ROLE_TITLES = frozenset({"nurse", "coach"})


def _firm_after(words: list[tuple[str, int]]) -> bool:
    return any(_bare(word) in _ORG_WORDS or _bare(word) in _FIRM_WORDS for word, _ in words)


#: Words of a Spanish firm's name: "de Soluciones Médicas", "de Publicidad Latina".
_FIRM_WORDS = frozenset(
    {
        "soluciones", "servicios", "publicidad", "clínica", "clinica", "farmacia",
        "laboratorio", "laboratorios", "grupo", "médicas", "medicas", "médica", "medica",
        "médicos", "medicos", "seguros", "sistemas", "consultores", "latina", "latino",
        "comunicaciones", "tecnología", "tecnologia", "radio", "salud",
    }
)  # fmt: skip


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


_ENDS_IT = re.compile(
    r"\s*(?:[,.!?]|(?:calling|from|with|at|here|again|um+|uh+|i'm|by\s+the\s+way)\b|i(?![\w'])|"
    rf"{_SPELLED_OUT}|the\s+(?:{_HELPERS})\b)",
    _FLAGS,
)
_ENDS_IM = re.compile(r"\s+(?:from|with|calling|here)\b", _FLAGS)
_ENDS_NAME = re.compile(
    r"\s*(?:$|[,.;:!?\-]|(?:calling|from|with|here|and|i|i'm|at|over|returning|again|my|"
    r"about|regarding|um+|uh+|so|just|please|speaking|phoning|ringing|checking|following|"
    r"the|quer[ií]a|quiero|para|de|del|el|la|sorry|oh|by\s+the\s+way)\b|" + _SPELLED_OUT + ")",
    _FLAGS,
)


def _is_name_word(word: str, cased: bool, *, first: bool) -> bool:
    bare = word.rstrip(".").lower()
    if bare in _TITLES:
        return first
    if len(bare) == 1:  # an initial, "J." in typed text
        return cased and word[0].isupper() and word.endswith(".")
    if bare in _NOT_NAMES or not bare.replace("'", "").replace("-", "").isalpha():
        return False
    if cased and len(bare) <= 4 and word.isupper():
        return False  # a note's "pt SOB", "pt BP log", "PCN allergy": shorthand, not a name
    return word[0].isupper() if cased else True


def _org_follows(text: str, pos: int) -> bool:
    match = _NAME_WORD.match(text, pos)
    return match is not None and match.group(1).lower().rstrip(".") in _ORG_WORDS


def _caller_name(text: str, low: str, found: set[str], cased: bool) -> Span | None:
    name = _caller_name_as(text, low, found, cased)
    if name is None and cased and text.lstrip()[:1].islower() and _LOWER_I.search(text):
        # "hi my name's jake, i'm with HireRight": a transcript that capitalises only firms
        # and patients; the caller's own name may be in lower case.
        name = _caller_name_as(text, low, found, cased=False)
    return name


def _caller_name_as(text: str, low: str, found: set[str], cased: bool) -> Span | None:
    lead = _lead_name(text, found, cased)
    if lead is not None:  # "Kevin Brooks here", "Dr. Amy Chen, ...": said first, it is the caller
        return lead
    for cue in _CALLER_CUES.matches(text, low, found):
        phrase = cue.group().lower()
        if not cased and _TYPED_ONLY.search(phrase):
            continue
        if phrase.startswith("name") and _SOMEONE_ELSES.search(
            low, max(0, cue.start() - 20), cue.start()
        ):
            continue  # "his name's walter", "my son's name is Jacob": not the caller
        strong = _STRONG_CALLER.search(phrase) is not None
        span = _name_at(text, cue.end(), cased, needs_end=not strong)
        if span is not None and not cased and phrase.startswith(("it", "i'm", "im")):
            # "it's huge and hot", "i'm worried": only "it's sarah, ...", "i'm ashley from"
            ends = _ENDS_IT if phrase.startswith("it") else _ENDS_IM
            if not ends.match(text, span[1]):
                continue
        if span is not None and not text.startswith("'s", span[1]):
            # (not "this is Dr. Fischer's office": an office, not a person)
            return _restated(text, span, cased)
    return None


#: Just before "name is": the name that follows is someone else's.
_SOMEONE_ELSES = re.compile(r"\b(?:his|her|their|its|[a-z]+'s)\s+$")


def _lead_name(text: str, found: set[str], cased: bool) -> Span | None:
    """A name the call opens with, when what follows says it is the caller's: "Kevin Brooks
    here", "Grace Kim (pt) called", "Dr. Amy Chen, ...", "Dana calling from ..."."""
    lead = _NAME_FIRST.match(text)
    if lead is None or not (found & _HERE_WORDS or cased):
        return None
    span = _name_at(text, lead.end(), cased, needs_end=False)
    if span is None:
        return None
    titled = _bare(text[span[0] : span[0] + 3]) in _TITLES
    if _HERE.match(text, span[1]):
        return _restated(text, span, cased)
    if titled and cased and text[span[1] : span[1] + 2].strip()[:1] in ",(":
        # "Dr. Amy Chen, ..." is the caller; "Hi, Dr. Albrecht, this is ..." greets the doctor
        return None if _GREETED.match(text) else _restated(text, span, cased)
    return None


#: A call that opens by greeting someone: the name after it is the one greeted.
_GREETED = re.compile(r"\W*(?:hi|hello|hey|(?:good\s+)?(?:morning|afternoon|evening))\b", _FLAGS)


def _restated(text: str, span: Span, cased: bool, depth: int = 3) -> Span:
    """The name as said again in full: "Grace, Grace Oduya", "omar uh omar haddad", "Beth
    here, Beth Carraway", "Josh again, Josh Whitaker", "Mr. Dobbs, Frank Dobbs"; or
    corrected: "Liz, uh, Elizabeth Warrick", "Sue, sorry, Susan Trevino", "Maria, sorry,
    it's Mariana, Mariana Ferreira" (not "Jane, Mary Lou's mom"). A name said only once is
    still given in full where it comes back later: "my name is imelda ... it's imelda cruz"."""
    longer = _restatement(text, span, cased) if depth else None
    if longer is None:
        return _said_in_full_later(text, span, cased)
    return _restated(text, longer, cased, depth - 1)  # "Henrietta, uh, Hetty, Hetty Larkspur"


def _restatement(text: str, span: Span, cased: bool) -> Span | None:
    """The name said right after ``span`` that restates or corrects it, or None."""
    again = _RESTATE.match(text, span[1])
    if again is None:
        return None
    said = text[span[0] : span[1]]
    same = text[again.end() :].lower().startswith(said.lower())
    if "." in again.group() and not same:
        return None  # "It's Carla. Carla Benitez." but not a new sentence about someone else
    longer = _name_at(text, again.end(), cased, needs_end=False)
    if longer is None or text.startswith("'s", longer[1]):
        return None
    new = text[longer[0] : longer[1]]
    if same:
        return longer if len(new) > len(said) else None
    corrected = again.group(1) is not None  # "uh", "sorry", "I mean", "no"
    first_only = " " not in said  # "Chayo, Rosario Gutiérrez"
    surname = " " in new and _last_word(new) == _last_word(said)
    if (corrected and first_only) or (surname and (corrected or "," in again.group())):
        return longer
    paused = corrected or ("," in again.group() and first_only)
    return longer if paused and " " in new and len(new) > len(said) else None


def _last_word(name: str) -> str:
    return name.rsplit(None, 1)[-1].lower()


def _said_in_full_later(text: str, span: Span, cased: bool) -> Span:
    """A first name alone, said again later with a surname after a word that gives a name
    ("it's imelda cruz by the way"): the later, fuller name."""
    first = text[span[0] : span[1]]
    if " " in first:
        return span
    for later in _SAID_AGAIN.finditer(text, span[1]):
        if text[later.end() :].lower().startswith(first.lower()):
            fuller = _name_at(text, later.end(), cased, needs_end=False)
            if fuller is not None and " " in text[fuller[0] : fuller[1]]:
                head = text[fuller[0] : fuller[1]].split(maxsplit=1)[0]
                if head.lower() == first.lower() and not text.startswith("'s", fuller[1]):
                    return fuller
    return span


_SAID_AGAIN = re.compile(r"\b(?:it's|its|this\s+is|i'm|name\s+is|name's)\s+", _FLAGS)


_RESTATE = re.compile(
    r"\s*(?:(?:here|again)\b)?\s*[,.]?\s*((?:oh\s+)?(?:um+|uh+|er|sorry|i\s+mean|no)\b,?\s*"
    r"(?:(?:it's|its|this\s+is|i'm|im)\s+)?)?",
    _FLAGS,
)


def _patient_name(
    text: str, low: str, found: set[str], cased: bool, caller: Span | None
) -> Span | None:
    cues = [hit for cue in _PATIENT_CUES for hit in cue.matches(text, low, found)]
    for cue in sorted(cues, key=_order):
        named = _PATIENT_NAMED.search(cue.group()) is not None
        if not cased and cue.group().lower().startswith("re"):
            continue  # "re: business vehicle warranty": in untyped text, not a name
        span = _name_at(text, cue.end(), cased, needs_end=False)
        if span is None or span == caller or text[span[0] : span[0] + 2].lower() == "dr":
            continue  # "calling for Dr. Morgan": the doctor is not the patient
        opens = not text[: cue.start()].strip()
        if _NOT_THE_PATIENT.match(text, span[1]) or (opens and _CALLED.match(text, span[1])):
            continue  # "Pt Arturo Ruiz (self)", a note's "Pt Tom Becker called": the caller
        if opens and low.startswith(("pt", "patient")) and not _SOMEONE_CALLS.search(low):
            continue  # "pt Maria Lund, dob ..., req refill": a note of the patient's own call
        if cased or named or _PATIENT_FOLLOWS.match(text, span[1]):
            return span
    return None


#: What a relative does who only helps the caller: drives, books, makes them call.
_HELPS = frozenset({
    "made", "makes", "booked", "scheduled", "drove", "driving", "drive", "pick", "picking",
    "picked", "recital", "married", "wedding", "suggested", "insisted", "dropped",
})  # fmt: skip
#: After a name the cues gave as the patient's: the caller is that patient ("Pt Arturo Ruiz
#: (self)", "pt Tom Becker called himself"), or the relative only helps ("my wife Lori made
#: me call", "my husband Vikram booked it", "my daughter sofia has her recital").
_NOT_THE_PATIENT = re.compile(
    r"\s*\((?:self|pt|patient)\)|\s+called\s+(?:himself|herself)\b|,?\s+(?:(?:is|will|can)\s+|"
    r"has\s+(?:her|his|a)\s+)?(?:" + "|".join(sorted(_HELPS)) + r")\b",
    _FLAGS,
)
_CALLED = re.compile(r"\s+(?:called|calling|phoned|rang)\b", _FLAGS)
#: In a note, someone other than the patient on the line.
_SOMEONE_CALLS = re.compile(
    r"\b(?:call(?:s|ed|ing|er)?|phoned|rang|on\s+the\s+line|mom|mother|dad|father|wife|husband|"
    r"daughter|son|parent|spouse|partner|caregiver|carer|aide|nurse|staff|guardian|per)\b"
)
#: In lower-case text, what may follow a patient's name after "my son" with no "named":
#: "my husband greg he needs...", "my son tommy has...".
_PATIENT_FOLLOWS = re.compile(
    r"(?:'s|\s*(?:[,.;]|$|(?:he|she|who|is|has|had|was|needs|and|they|just|dob|born|"
    r"date\s+of\s+birth|birthday|um+|uh+|in|fell|cut|got|took|hit|broke|passed|fainted|"
    r"collapsed|swallowed|ate|woke|started|can't|won't|isn't|hasn't|doesn't)\b))",
    _FLAGS,
)


# --- dates of birth -----------------------------------------------------------------------

_DOB_CUE = _Cue(
    "dob d birth born birthday birthdate",
    r"(?:dob|d\.o\.b|birth\s*date|birth|born(?:\s+on)?|birthday(?:\s+is)?)\b\.?\s*(?:is\s+)?"
    r"(?:[:\-,]\s*)?",
)
_MONTHS = MappingProxyType(
    {
        name: i + 1
        for i, names in enumerate(
            (
                "jan january",
                "feb february",
                "mar march",
                "apr april",
                "may",
                "jun june",
                "jul july",
                "aug august",
                "sep sept september",
                "oct october",
                "nov november",
                "dec december",
            )
        )
        for name in names.split()
    }
)
_NUMERIC_DATE = re.compile(r"(\d{1,4})[/\-.](\d{1,2})[/\-.](\d{2,4})\b")
_DATE_WORD = re.compile(
    r"[A-Za-z]+|\d+(?:st|nd|rd|th)?|'\d\d",
)
_DATE_WINDOW = 60


def _date_of_birth(
    text: str, low: str, found: set[str], today: dt.date
) -> tuple[dt.date, Span] | None:
    for cue in _DOB_CUE.matches(text, low, found):
        date = _date_after(text, cue.end(), today)
        if date is not None:  # "9-4-1963, sorry, 9-14-1963": the correction stands
            said = CORRECTION.match(text, date[1][1])
            fixed = None if said is None else _date_after(text, said.end(), today)
            return fixed or date
    return None


def _date_after(text: str, start: int, today: dt.date) -> tuple[dt.date, Span] | None:
    numeric = _NUMERIC_DATE.match(text, start)
    if numeric is not None:
        a, b, c = (int(g) for g in numeric.groups())
        year_first = len(numeric.group(1)) == 4
        date = _date(a, b, c, today) if year_first else _date(c, a, b, today)
        return None if date is None else (date, numeric.span())
    words = [m for m in _DATE_WORD.finditer(text, start, start + _DATE_WINDOW)]
    return _spoken_date(words, today)


def _spoken_date(words: list[re.Match[str]], today: dt.date) -> tuple[dt.date, Span] | None:
    """A date said in words: "March 3rd, 1975", "the fifth of June two thousand eleven",
    "eleven thirty eighty two"."""
    tokens = [w for w in words if w.group().lower() not in ("the", "of", "and", "uh", "um")]
    month_at = next((i for i, t in enumerate(tokens[:3]) if t.group().lower() in _MONTHS), None)
    values = _values(tokens)
    if len(values) >= 5 and all(v < 10 for v, _, _ in values[:4]):
        # digit by digit: "oh seven oh nine nineteen fifty" is 07 09 1950
        month, day = values[0][0] * 10 + values[1][0], values[2][0] * 10 + values[3][0]
        values = [(month, values[0][1], values[1][2]), (day, values[2][1], values[3][2]),
                  *values[4:]]  # fmt: skip
    if month_at is None:
        if len(values) < 3 or values[0][0] > 12:
            return None
        (month, s0, _), (day, _, _), rest = values[0], values[1], values[2:]
    else:
        month, s0 = _MONTHS[tokens[month_at].group().lower()], tokens[month_at].start()
        before = _values(tokens[:month_at])
        after = _values(tokens[month_at + 1 :])
        if before:
            (day, s0, _), rest = before[0], after
        elif after:
            (day, _, _), rest = after[0], after[1:]
        else:
            return None
    year = _year(rest)
    if year is None:
        return None
    date = _date(year[0], month, day, today)
    return None if date is None else (date, (s0, year[1]))


def _values(tokens: list[re.Match[str]]) -> list[tuple[int, int, int]]:
    """Numbers among leading tokens as (value, start, end); stops at the first word that is
    not a number. Tens and units are joined ("thirty one"), and "two thousand eleven"."""
    out: list[tuple[int, int, int]] = []
    for token in tokens:
        value = number_value(token.group().lstrip("'"))
        if value is None:
            if token.group().lower() == "thousand" and out and out[-1][0] == 2:
                out[-1] = (2000, out[-1][1], token.end())
                continue
            break
        if out and _adds(out[-1][0], value):
            out[-1] = (out[-1][0] + value, out[-1][1], token.end())
            continue
        out.append((value, token.start(), token.end()))
    return out


def _adds(before: int, value: int) -> bool:
    """Whether ``value`` is said as part of the number before it: "thirty one", "two
    thousand eleven"."""
    tens = 20 <= before <= 90 and before % 10 == 0 and 0 < value < 10
    return tens or (before == 2000 and 0 < value < 100)


def _year(values: list[tuple[int, int, int]]) -> tuple[int, int] | None:
    """The year at the start of ``values`` and where it ends: 1982, 82, "nineteen eighty
    two", "two thousand eleven", "twenty twelve"."""
    if not values:
        return None
    first, _, end = values[0]
    if len(values) >= 2 and first in (19, 20) and values[1][0] < 100:
        return first * 100 + values[1][0], values[1][2]
    return first, end


def _date(year: int, month: int, day: int, today: dt.date) -> dt.date | None:
    if year < 100:
        year += 1900 if year > today.year % 100 else 2000
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date if dt.date(1900, 1, 1) <= date <= today else None


# --- relationship, organisation, reason, deadline, best time -------------------------------

#: What comes before an organisation the caller speaks for: "this is", "calling from", a
#: note's first word ("Walgreens on Main: ...").
_SPEAKER = (
    r"\b(?:calling|here|i'?m|we'?re|rep|caller|this\s+is|it'?s|name'?s|name\s+is|aide|nurse|"
    r"records|desk|pharmacist|tech|coordinator|advisor|manager)\b"
    r"(?:,?\s+(?:um+|uh+|[\w'.-]+)){0,3},?\s+"
)
#: What comes before an organisation the caller speaks for: "this is Kim from", "calling
#: from the", a note's first word ("Walgreens on Main: ..."); not "my pharmacy from the".
_FROM_HERE = (
    r"(?:" + _SPEAKER + r"(?:from|with|at)\s+(?:the\s+)?(?:[\w'.]+\s+){0,2}|"
    r"\b(?:this\s+is|it's)\s+(?:the\s+)?(?:[\w'.]+\s+){0,2}|^\W*(?:[\w']+\s+)?|"
    r"\bi'?m\s+(?:a|the)\s+)"
)
#: Before the practice the caller is calling, not calling from: "is this", "trying to
#: reach", "I hope this is", "am I speaking with the manager at", "message is for".
_CALLING_IT = (
    r"\b(?:is\s+this|speaking\s+(?:with|to)|trying\s+to\s+reach|looking\s+for|(?:message|this)\s+"
    r"is\s+for|message\s+for|hope\s+(?:this\s+is|i\s+have|i've\s+got))(?:\s+(?:the|a)\s+\w+"
    r"(?:\s+\w+)?\s+(?:at|of|for))?\s+(?:the\s+)?"
)
#: And before a doctor's office, also a bare "for", "calling", "to": "calling for Dr. Hale's
#: office", "calling Dr. Ferris's office to cancel".
_ADDRESSED = rf"(?:{_CALLING_IT}|\b(?:for|reach|reaching|calling|call|called|to)\s+(?:the\s+)?)"
#: A note naming the caller by their role: "Mother called re: ...", "J. Smith (daughter)",
#: "Husband of pt called". The role is the caller's, so "mother" is a parent here.
_ROLE = (
    r"(?:(?:mother|father|mom|dad|parent)(?P<parent>)|(?:daughter|dtr|son)(?P<child>)|"
    r"(?:husband|wife|spouse)(?P<spouse>)|(?:new\s+)?(?:pt|patient)(?!'s)(?P<self>))"
)
_ROLE_WORDS = "mother father mom dad parent daughter dtr son husband wife spouse pt patient new"
_ROLES_OF_CALLER = (
    # "caller = father", "Caller: pt's daughter Amara", "Rel: mother", "I'm her daughter",
    # "per wife": said of the caller, so before the note's "pt c/o ..."
    _Cue(
        _ROLE_WORDS,
        _ROLE + r"\b",
        before=r"\b(?:caller\s*(?:=|:|-|is|/)\s*(?:the\s+)?(?:pt's\s+|patient's\s+)?|"
        r"rel(?:ationship)?\s*:\s*|i'?m\s+(?:his|her|their)\s+|(?:per|via)\s+(?:pt's\s+)?)",
    ),
    # "Mother called re: ...", "J. Smith (daughter)", "pt's wife (Jan) called", "pt c/o ..."
    _Cue(
        _ROLE_WORDS,
        _ROLE + r"(?:\s*\([^)]{1,30}\))?(?:\)|\s+(?:called|calling|asking|wants|states|"
        r"reports|c/o|complains)\b)",
        before=r"(?:^\W*|\(\s*|[.;]\s+|\b(?:pt|patient)'s\s+)",
    ),
    # "wife of pt"
    _Cue(_ROLE_WORDS, _ROLE + r"\s+of\s+(?:the\s+)?(?:pt|patient)\b"),
)
#: Who is calling about whom, in order of precedence: an organisation or carer first (they
#: also say "my patient"; a care home's nurse is a carer), a clinician or another office
#: ("your patient"), then family ("my son"), then the caller themself ("I have").
_CALLER_KINDS: tuple[tuple[Relationship, _Cue], ...] = (
    (
        "pharmacy",
        _Cue(
            "pharmacy pharmacist walgreens cvs rite drugstore kroger",
            r"(?:pharmacy|pharmacist|walgreens|cvs|rite\s+aid|drugstore|kroger)\b",
            before=_FROM_HERE,
        ),
    ),
    (
        "lab",
        _Cue(
            "lab labs laboratory labcorp quest",
            r"(?:labcorp|quest\s+diag|laboratory|lab)",
            before=r"\b(?:from|this\s+is|with|at)\s+(?:the\s+)?(?:[\w']+\s+){0,2}|^\W*",
        ),
    ),
    ("parent", _Cue("foster", r"foster\s+(?:parent|mom|mother|dad|father|family|care)\b")),
    (
        "carer",
        _Cue(
            "caregiver carer aide look looking take taking caring guardian",
            r"(?:caregiver|carer|aide|look(?:ing)?\s+after|tak(?:e|ing)\s+care\s+of|"
            r"caring\s+for|guardian)\b",
            # someone else's: "her aide noticed", "mom's caregiver" (not "i'm her caregiver")
            not_before=r"(?:(?<!i'm )(?<!i am )\b(?:his|her|their)|\b\w+'s)\s+",
        ),
    ),
    (
        "carer",
        _Cue(
            "group assisted nursing care memory hospice visiting home",
            r"(?:group\s+home|assisted\s+living|nursing\s+(?:home|and\s+rehab|station)|care\s+home|"
            r"memory\s+care|hospice|visiting\s+nurses?|home\s+care)\b",
            before=_FROM_HERE,
            reach=50,  # "this is nurse pat over at willow creek assisted living"
        ),
    ),
    (
        "other office",
        _Cue(
            "dr doctor office",
            r"(?:(?:dr\.?|doctor)\s+(?:[\w'\-]+\s+)?[\w'\-]+'s\s+office|"
            r"office\s+of\s+(?:dr\.?|doctor)\s)",
            not_before=_ADDRESSED,
        ),
    ),
    (
        "clinician",
        _Cue(
            "dr doctor nurse physician i'm im the a school this it's hospitalist hospitalists "
            "radiologist intensivist er from in at",
            # (not "can the doctor call us at")
            r"(?:(?:dr\.?|doctor)\s+(?!(?:call|calls|to|can|could|please|said|says|told)\b)"
            r"[\w']+(?:\s+[\w']+)?,?\s+(?:here|from|at|with|calling)\b|"
            r"i'?m\s+(?:a|the)\s+(?:\w+\s+)?(?:nurse|doctor|physician|np|pa|therapist|midwife|"
            r"paramedic)\b|(?:(?:the|a)\s+)?school\s+nurse\b|"
            r"(?:nurse|doctor|physician)(?:\s+[\w']+)?\s+(?:from|at|with|over\s+at)\s+(?:the\s+)?"
            r"(?:\w+\s+){0,2}(?:hospital|er|ed|emergency|urgent\s+care)|"
            # "this is doctor patel", "I'm one of the hospitalists", "from the ER at ..."
            r"(?:this\s+is|it's|i'm)\s+(?:dr\.?|doctor|nurse)\s+[a-z][\w\-]*(?![\w'])|"
            r"(?:hospitalist|radiologist|intensivist|er\s+(?:doctor|physician|nurse))s?\b|"
            r"(?:from|in|at)\s+the\s+(?:er|ed|emergency\s+(?:room|department))\b)",
        ),
    ),
    ("clinician", _Cue("dr doctor", r"(?:dr\.?|doctor)\s+[a-z]", before=r"^\W*(?:caller\s*:\s*)?")),
    (
        "other office",
        _Cue(
            "calling records office member",
            r"(?:member\s+[A-Za-z]|"
            r"calling\s+from\s+(?:dr\.?\s+[\w']+'s|the\s+office\s+of|"
            r"[\w']+\s+(?:family\s+)?(?:medical|dental|clinic|practice|"
            r"pediatrics|orthopedics|dermatology|cardiology))|records\s+"
            r"(?:department|dept|desk|office))\b",
        ),
    ),
)
#: Said by another office, and by a relative too ("my husband is your patient"): the
#: office only when the call names no relative or role of the caller.
_YOUR_PATIENT = _Cue(
    "your mutual shared",
    r"(?:your|mutual|shared)\s+(?:patient|pt)\b",
    not_before=r"\b(?:he's|she's|he\s+is|she\s+is|they're|is|are|who's|i'm|i\s+am)\s+",
)
_FAMILY = MappingProxyType({
    **dict.fromkeys(
        ["son", "daughter", "kid", "kids", "child", "children", "baby", "toddler", "infant",
         "newborn", "teenager", "teen", "stepson", "stepdaughter", "boy", "girl"], "parent"),
    **dict.fromkeys(["husband", "wife", "partner", "fiance", "fiancee", "spouse"], "spouse"),
    **dict.fromkeys(["mom", "mother", "mum", "dad", "father", "parents"], "child"),
})  # fmt: skip
_OWNERS = frozenset({"my", "our", "re"})  # "re: wife Carmen" in an operator's note
_FAMILY_WORDS = frozenset({*_FAMILY, *(f"{word}'s" for word in _FAMILY)})
_SELF_AFTER_I = frozenset({
    "have", "had", "think", "need", "want", "got", "can't", "cannot", "ran", "keep", "woke",
    "feel", "fell", "broke", "cut", "twisted", "hurt", "took", "take", "burned", "burnt",
    "started", "hit", "ate", "haven't", "can", "lost",
})  # fmt: skip
_SELF_WORDS = frozenset({"i've", "i'd"})
_FILLERS = frozenset({"just", "um", "uh", "umm", "really", "also", "still", "actually"})
_AFTER_IM = frozenset((
    "having", "feeling", "sick", "out", "pregnant", "allergic", "taking", "on", "getting",
    "in", "still", "due", "running", "bleeding", "diabetic", "a", "an", "coughing", "itchy",
    "dizzy", "hurting", "seeing", "scheduled", "booked", "trying", "supposed", "looking",
))  # fmt: skip
_ROLES: MappingProxyType[str, Relationship] = MappingProxyType({
    "parent": "parent", "child": "child", "spouse": "spouse", "self": "self"
})  # fmt: skip
_SELF_AFTER_MY = frozenset({
    "appointment", "appt", "prescription", "refill", "bill", "result", "results", "insurance",
    "medication", "meds", "doctor", "cleaning", "tooth", "teeth", "back", "knee", "head",
    "chest", "arm", "leg", "foot", "stomach", "throat", "ear", "eye", "skin", "own", "blood",
    "pills", "gums", "plan", "portal", "account", "surgery", "procedure", "test", "tests",
    "physical", "checkup", "exam", "visit", "hand", "lips", "tongue", "incision", "mouth",
})  # fmt: skip
_PRECEDENCE: tuple[Relationship, ...] = ("parent", "spouse", "child", "self")
_REPORTS = frozenset({"says", "said", "thinks", "thought", "told", "noticed", "wants"})
_NAGS = frozenset(("keeps", word) for word in ("saying", "telling", "asking", "nagging", "bugging"))
_EXPECTING = re.compile(r"\bi'?m\s+(?:pregnant|(?:\w+\s+){1,2}weeks(?:\s+pregnant)?\b)")
#: (first word, what may follow it, words whose presence lets the pair be looked for).
_SELF_PAIRS = tuple(
    (first, seconds, seconds | {f"{word}'s" for word in seconds})
    for first, seconds in (
        ("i", _SELF_AFTER_I),
        ("my", _SELF_AFTER_MY),
        ("i'm", _AFTER_IM),
        ("im", _AFTER_IM),
    )
)
#: Where a note's field starts and ends: its start, or ", " after the caller's name.
_NOTE_FIELD = re.compile(r"^\W*|\s*(?:,|\s-|\()\s*|\s*")
_NOTE_FIELD_END = re.compile(r"\s*(?:[,:;()|/]|\s-\s|$)")
#: A typed note's label before the company: "Vendor: ...", "Caller - ...", "Company: ...".
_NOTE_LABEL = re.compile(
    r"\b(?:caller|vendor|company|sales|rep|pharmacy|lab)\s*(?:[:=/|]|\s-)\s*[\"']?", _FLAGS
)
#: "Dr. Feldman's office at Westside Dermatology", "Dr. Kim's office (Northgate Internal)".
_AT_OR_BRACKET = re.compile(r"\s+at\s+(?:the\s+)?|\s*\(\s*", _FLAGS)
#: Organisations known by one word.
_CHAINS = frozenset({
    "walgreens", "cvs", "walmart", "costco", "kroger", "quest", "labcorp", "optum", "aetna",
    "cigna", "humana", "medicare", "medicaid", "anthem", "kaiser", "safeway", "publix",
    "heb",
})  # fmt: skip
_ORG_CUES = (
    _Cue("this", r"this\s+is\s+(?:the\s+)?"),
    _Cue("from with at", r"(?:from|with|at)\s+(?:the\s+)?", before=_SPEAKER),
)
_ORG_TOKEN = re.compile(r"\s*([A-Za-z0-9][\w'&\-]*\.?)")
_ORG_JOINERS = frozenset({"of", "on", "and", "&", "the", "for"})
_ORG_TAIL = frozenset({"office", "pharmacy", "clinic", "lab", "labs", "practice", "group", "home"})
#: Lower-case words that may stand inside a typed organisation's name ("Walgreens on Main").
_ORG_INNER = _ORG_JOINERS | _ORG_TAIL
#: Words that end an organisation's name in lower-case text.
_NOT_ORG = _NOT_NAMES - _ORG_WORDS - _ORG_JOINERS


def _organisation(
    text: str, low: str, found: set[str], cased: bool, *, vendor: bool, caller: Span | None
) -> Span | None:
    """The pharmacy, lab, office or company the caller speaks for. A vendor's company may
    be any capitalised name after "from" or "with" ("Tom with ClearLine VoIP"). In a typed
    note it may also open the note or follow the caller's name ("Quest Diagnostics, caller
    Dana: ...", "Caller: Jeff Marsh, Apex Medical Staffing, ...")."""
    if cased:
        # a note's first field needs an organisation's word; after the caller's name or a
        # label ("Vendor: ...") a vendor's company may be any capitalised name
        after = [] if caller is None else [caller[1]]
        after += [m.end() for m in _NOTE_LABEL.finditer(text)]
        for start, loose in ((0, False), *((at, vendor) for at in after)):
            lead = _NOTE_FIELD.match(text, start)
            span = None if lead is None else _org_at(text, lead.end(), cased, loose=loose)
            if span is not None and span != caller and _NOTE_FIELD_END.match(text, span[1]):
                return _practice_of(text, span, cased)
    cues = sorted((hit for cue in _ORG_CUES for hit in cue.matches(text, low, found)), key=_order)
    for cue in cues:
        loose = vendor and cased and not cue.group().lower().startswith(("at", "this"))
        span = _org_at(text, cue.end(), cased, loose=loose)
        if span is not None and _SOMEONE_ELSES_ORG.search(text, max(0, span[0] - 40), span[0]):
            continue  # "my pharmacist, Deepak at CVS, told me": the caller's pharmacy, not theirs
        if span is not None and _ADDRESSED_ORG.search(low, max(0, span[0] - 50), span[0]):
            continue  # "am I speaking with the office manager at Sunnyvale Urgent Care"
        if span is not None:
            return _practice_of(text, _org_corrected(text, span, cased, loose), cased)
    return None


#: Before an organisation: it is where the caller's own pharmacist or doctor works.
_SOMEONE_ELSES_ORG = re.compile(
    r"\b(?:my|the)\s+(?:pharmacist|doctor|dentist|surgeon|cardiologist|specialist)\b[^.;]*$",
    _FLAGS,
)


_ADDRESSED_ORG = re.compile(_CALLING_IT + "$")


def _org_corrected(text: str, span: Span, cased: bool, loose: bool) -> Span:
    """The organisation as the caller corrects it: "Summit Lab, er, Summit Clinical Labs",
    "Novagen, no wait, I'm with Corvida Pharma now"."""
    said = _ORG_CORRECTION.match(text, span[1])
    if said is None:
        return span
    fixed = _org_at(text, said.end(), cased, loose=loose)
    return span if fixed is None else fixed


_ORG_CORRECTION = re.compile(
    CORRECTION.pattern.replace("(?:no,?", "(?:er|uh+|no,?", 1)
    + r"(?:(?:i'?m|we'?re|i\s+am|it's|its)\s+)?(?:(?:with|from|at)\s+)?(?:the\s+)?",
    _FLAGS,
)


def _practice_of(text: str, span: Span, cased: bool) -> Span:
    """The practice behind a doctor's office: "Dr. Feldman's office at Westside
    Dermatology" is Westside Dermatology."""
    at = _AT_OR_BRACKET.match(text, span[1]) if text[: span[1]].lower().endswith("office") else None
    # in brackets, any capitalised name is the practice: "(Cedar Point Allergy)"
    named = None if at is None else _org_at(text, at.end(), cased, loose="(" in at.group())
    return named or span


def _org_at(text: str, start: int, cased: bool, *, loose: bool = False) -> Span | None:
    """An organisation's name at ``start``: capitalised words (with "of", "on", "&"
    between them) that include a word like "Pharmacy" or "Supply", or a known chain;
    ``loose``: any capitalised name."""
    words: list[tuple[str, int, int]] = []
    for said, at in _words_at(text, start, _ORG_TOKEN):
        bare = _bare(said)
        if _SPELLED.fullmatch(bare):
            break  # "W-A-T-A-N-A-B-E": a name spelled out
        if cased and not (said[0].isupper() or said[0].isdigit() or bare in _ORG_INNER):
            break
        if len(words) == 6 or (not cased and bare in _NOT_ORG):
            break
        words.append((bare, at, at + len(said) - (said.endswith(".") and bare not in _TITLES)))
        if said.endswith(".") and bare not in _TITLES:
            break
    while words and words[-1][0] in _ORG_JOINERS:
        words.pop()
    if not words or words[0][0] in _ORG_JOINERS or words[0][0] in _TITLES - {"dr", "doctor"}:
        return None
    if not loose and not any(word in _ORG_WORDS for word, _, _ in words):
        return None
    if len(words) == 1 and not loose and words[0][0] not in _CHAINS:
        return None  # "this is urgent", a note's "Pharmacy:" label: a kind, not a name
    return (words[0][1], words[-1][2])


_APPOINTMENT_VERBS = (
    "reschedule rescheduling move change cancel canceling cancelling confirm confirming book "
    "booking schedule scheduling make set"
)
#: Requests, most specific first: (cue, phrase from the match). A cue is only tried when
#: the call has one of its words.
_REQUESTS: tuple[tuple[_Cue, Callable[[re.Match[str]], str]], ...] = (
    (
        _Cue(
            "refill renew renewal",
            r"(?:refill|renew|renewal\s+(?:of|for))\s+(?:on\s+|of\s+|for\s+)?"
            r"(?:my\s+|her\s+|his\s+|the\s+|a\s+)?([a-z][a-z\-]{3,})",
        ),
        lambda m: (
            f"refill {m.group(1).lower()}"
            if m.group(1).lower() not in _VAGUE | _NOT_NAMES
            else "prescription refill"
        ),
    ),
    (_Cue("refill", r"refill"), lambda m: "prescription refill"),
    (
        _Cue("out", r"out\s+of\s+(?:my\s+)?(?:meds|medication|pills)\b"),
        lambda m: "prescription refill",
    ),
    (
        _Cue(
            _APPOINTMENT_VERBS,
            r"([a-z]+)\b(?:\s+up)?[\w\s']{0,25}?\b(appointment|appt|cleaning|check-?up|physical|"
            r"follow-?up|visit|exam|consult\w*|filling|crown|x-?rays?|mammogram)\b",
        ),
        lambda m: f"{_VERBS.get(m.group(1).lower()[:5], 'book')} {m.group(2).lower()}",
    ),
    (_Cue("results result", r"results?\b"), lambda m: "test results"),
    # a bill in the caller's words where they are specific
    (_Cue("payment", r"payment\s+plan"), lambda m: "payment plan"),
    (
        _Cue(
            "charged billed double duplicate",
            r"(?:(?:charged|billed)\s+(?:me\s+|us\s+|him\s+|her\s+)?twice|double[\s-]?(?:charged|"
            r"billed|charge)|duplicate\s+(?:charge|bill|statement))",
        ),
        lambda m: "charged twice",
    ),
    # a claim the insurer lost or denied is the insurer's question, not the bill's
    (
        _Cue(
            "claim claims denial insurance insurer insurer's",
            r"\bdenial\b|\bclaims?\b[\w\s']{0,15}?\b(?:denied|rejected)\b|\b(?:insurance|insurer"
            r"|insurer's)\b[\w\s',]{0,40}?\b(?:denied|never got|didn't get|did not get|lost)\b",
        ),
        lambda m: "insurance claim",
    ),
    (
        _Cue("bill billing invoice statement payment charge charged copay", r"(?!charge nurse)\w+"),
        lambda m: "billing question",
    ),
    (_Cue("records", r"records"), lambda m: "records request"),
    (_Cue("referral", r"referral"), lambda m: "referral"),
    (_Cue("prior", r"prior\s+auth\w*"), lambda m: "prior authorization"),
    (_Cue("new", r"new\s+patients?\b"), lambda m: "new patient"),
    # last resorts: a question about insurance, returning the office's call
    (
        _Cue("do if", r"(?:do|if)\s+you\s+(?:guys\s+)?(?:take|accept)\s+(?!a\b|the\b)[a-z]"),
        lambda m: "insurance accepted",
    ),
    (
        _Cue(
            "returning",
            r"returning\s+(?:a|your|the|my|dr\.?\s+\w+'s)\s+(?:\w+\s+)?(?:call|message)",
        ),
        lambda m: "returning a call",
    ),
)
_VAGUE: frozenset[str] = frozenset({
    "prescription", "prescriptions", "medication", "medications", "meds", "medicine",
          "pills", "please", "request", "refill", "script"})  # fmt: skip
_VERBS: MappingProxyType[str, str] = MappingProxyType({
    "resch": "reschedule", "move": "reschedule", "chang": "reschedule", "cance": "cancel",
    "confi": "confirm",
})  # fmt: skip

#: Weekdays as notes shorten them ("by Fri", "by Weds or Thu"): deadlines and their dates.
_DAY_SHORT = frozenset({"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri"})
_DAY = (
    r"(?:(?:this\s+|next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|"
    r"afternoon|evening|at\s+\w+))?|tomorrow(?:\s+(?:morning|afternoon))?|tonight|today|"
    # a note's "by Fri", "by Weds", "tmrw", "this wk"
    r"(?:next\s+)?(?:" + "|".join(sorted(_DAY_SHORT, key=len, reverse=True)) + r")\.?(?!\w)|"
    r"tmrw|tmw|(?:this|next)\s+wk\b|"
    r"(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|week|month|business)(?:\s+(?:today|tomorrow))?|eod|"
    r"close\s+of\s+business|"
    r"this\s+(?:afternoon|evening|week)|next\s+week|(?:the\s+)?weekend|the\s+\d{1,2}(?:st|nd|"
    r"rd|th)|the\s+(?:" + "|".join(ORDINALS) + r")|\d{1,2}/\d{1,2}(?!/)|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"my\s+(?:appointment|trip|flight|surgery|procedure)(?:\s+(?:on|next|this)\s+\w+|\s+tomorrow)?)"
)
_CLOCK = (
    r"(?:\d{1,2}(?::\d\d)?(?:\s*(?:am|pm|a\.m\.|p\.m\.|o'clock))?|noon|lunch(?:time)?|work|"
    r"school(?!\s+(?:starts|begins|opens|is\s+out|lets\s+out))|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+"
    r"(?:thirty|o'clock))?)(?!\s*(?:days?|weeks?|months?|years?|hours?|minutes?|mg|pills?|"
    r"times?|%|percent|dollars?|hundred|thousand))"
)
# Not "until": "the discount is good until the 14th" is an offer's end, not a by-when.
_DEADLINE = _Cue(
    "before by no sometime",
    r"(?:sometime\s+)?(?:(?:before|by|no\s+later\s+than)\s+"
    + _DAY
    + r"\b(?:\s+or\s+"
    + _DAY
    + r"\b)?(?:\s+next\s+(?:wk|week)\b)?|by\s+"
    r"\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|before\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|"
    r"p\.m\.)?\s+(?:today|tomorrow|tonight)\b)",
    # "if you order by friday", "he'd stop by Mon": an offer's end, a visit
    not_before=r"\bif\s+(?:you|they|we)\s+(?:\w+\s+){1,3}|\b(?:stop|stopping|drop|dropping|swing"
    r"|swinging|pop|popping|come|coming)\s+",
)
_NEEDED_BY = _Cue(
    "today tomorrow tonight",
    # "today or tmrw", "today or first thing tomorrow": both said
    r"(?:today|tomorrow|tonight)\b(?:\s+or\s+(?:first\s+thing\s+)?(?:tomorrow|tmrw|tmw|tonight)\b)?",
    before=r"\b(?:(?:need|needs|needed)\s+(?:it|this|them|that|one|(?:my|the|a|an)\s+[\w']+)|(?:wants?|needs?)\s+(?:an\s+)?"
    r"appt|renew|be\s+seen|come\s+in)\s+(?:[\w']+\s+){0,2}",
)
_SOON = _Cue(
    "right as asap immediately",
    r"(?:right\s+away|as\s+soon\s+as\s+(?:possible|you\s+can)|asap|immediately)",
    before=r"\b(?:call|callback|call\s+back|get\s+back\s+to|reach)\b[\w\s',]{0,25}",
)
_RUNS_OUT = _Cue(
    "out",
    r"out(?:\s+of\s+(?:\w+\s+){0,2}?\w+)?\s+(?:on\s+|by\s+)?(" + _DAY + r")\b",
    before=r"\b(?:run|runs|running|ran|am|i'm|im|will\s+be|be)\s+",
)
_ZONE = r"(?:\s+(?:eastern|central|mountain|pacific|[ecmp][sd]?t)\b(?:\s+time)?)?"
_BEST_TIME = _Cue(
    "after before around between any anytime in this tomorrow weekday mornings afternoons "
    "evenings on lunch lunchtime not whenever",
    r"(?:(?:(?:any\s*time|not|whenever)\s+)?(?:after|before|around)\s+"
    + _CLOCK
    + _ZONE
    + r"(?:\s+(?:today|tomorrow))?(?:\s+or\s+(?:after|before)\s+"
    + _CLOCK
    + r")?|between\s+"
    + _CLOCK
    + r"\s+(?:and|to|-)\s+"
    + _CLOCK
    + _ZONE
    + r"|(?:in\s+the|this|tomorrow|weekday)\s+"
    r"(?:morning|afternoon|evening)s?|(?:mornings|afternoons|evenings)|any\s*time(?:\s+today)?|"
    r"(?:on\s+my\s+)?lunch(?:\s*time|\s+break)?)(?:\s+only)?(?![\w-])",
)
_WEEKDAY = r"(?:mon|tues?|wed|thu|thurs|fri|sat|sun)[a-z]*\.?"
#: A note's "best 12-1", "best AM", "best time: mornings", "best Tues/Wed".
_BEST_SAID = _Cue(
    "best",
    r"best(?:\s+(?:time|to\s+(?:reach|call)))?\s*:?\s+((?:"
    + _CLOCK
    + r")(?:\s*-\s*"
    + _CLOCK
    + r")?|am\b|pm\b|(?:mornings?|afternoons?|evenings?|lunch(?:time)?|weekdays?|"
    + _WEEKDAY
    + r"(?:\s*/\s*"
    + _WEEKDAY
    + r")*)\b)",
)
_REACH = re.compile(
    r"\b(?:call\s+(?:\w+\s+)?back|call\s+(?:me|us|him|her)|callback|reach|best|available|"
    r"free|try\s+(?:me|us)|get\s+(?:a\s+hold\s+of\s+)?me|i'm\s+(?:home|off|around)|"
    r"cb|answer|pick\s+up|good\s+time|call)\b",
    _FLAGS,
)


#: Before a time, words that make it no time to call the caller: a sign's start, or when
#: the caller will call again.
_NOT_REACHED_THEN = re.compile(
    r"(?:\b(?:since|from)|\b(?:will|i'll|we'll|gonna)\s+(?:just\s+|probably\s+)?(?:call|try)\s+"
    r"(?:\w+\s+)?(?:back|again)?(?:\s+(?:after|before|around|at))?|"
    # an appointment's time ("a late-day appt ..., after 4 only"), a dose's ("at six this")
    r"\b(?:appt|appointment|slot|session|opening|openings)\b(?:(?!\b(?:call|reach|cb|contact|text|"
    r"phone|ring|number)\b)[^.;?!]){0,30}|\bat\s+(?:\d{1,2}"
    r"(?::\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s*$"
)


def _deadline(text: str, low: str, found: set[str]) -> Span | None:
    by = _DEADLINE.first(text, low, found)
    if by is not None:  # "by the eighteenth, sorry, by the fifteenth"
        said = CORRECTION.match(text, by.end())
        fixed = None if said is None else _DEADLINE.pattern.match(low, said.end())
        return (fixed or by).span()
    out = _RUNS_OUT.first(text, low, found)
    if out is not None:
        return out.span(1)
    needed = _NEEDED_BY.first(text, low, found) or _SOON.first(text, low, found)
    return None if needed is None else needed.span()


def _best_time(text: str, low: str, found: set[str], deadline: Span | None) -> Span | None:
    span = _best_time_said(text, low, found, deadline)
    if span is None:
        return None
    lead = _BEST_LEAD.search(low, max(0, span[0] - 40), span[0])
    tail = _BEST_TAIL.match(low, span[1])
    end = tail.end() if tail else span[1]
    return (lead.start() if lead else span[0], end - (text[end - 1] == "."))  # not a full stop


#: Days said with a time: "Tue/Thu", "mondays and fridays", "wknds or", "weekday".
_DAYS_SAID = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?s?|weekends?|wknds?|weekdays?"
    r"|wkdays?)\.?"
)
#: Words before a time that narrow it: "late afternoons", "most mornings", "any weekday",
#: "Tue/Thu afternoons", "mondays and fridays before noon", "mornings before eight".
_BEST_LEAD = re.compile(
    rf"\b(?:(?:late|early|most|any|on)\s+|{_DAYS_SAID}(?:\s*(?:/|,|and|or|&|-|–)\s*{_DAYS_SAID})*"
    r"(?:\s+(?:or|and))?,?\s+|(?:mornings|afternoons|evenings)\s+)+$"
)
#: And after it: "Weds AM", "anytime after 3:30 except Fridays", "mornings Mon-Wed", "before
#: ten in the morning", "after 3 on weekdays", "after 8pm or weekends", "~12:15-12:45".
_BEST_TAIL = re.compile(
    r"(?:\s+(?:a\.m\.|p\.m\.|am|pm)(?!\w)|,?\s+(?:except|but\s+not)\s+(?:on\s+)?[a-z]+"
    rf"|\s+{_WEEKDAY}\s*-\s*{_WEEKDAY}|\s+(?:after|before|around)\s+{_CLOCK}"
    r"|\s+in\s+the\s+(?:morning|afternoon|evening)|\s+most\s+days"
    rf"|\s+(?:on\s+)?{_DAYS_SAID}(?:\s+(?:or|and)\s+{_DAYS_SAID})?(?!\w)"
    rf"|\s+or\s+(?:on\s+)?{_DAYS_SAID}(?!\w)"
    r"|\s*~?\d{1,2}(?::\d\d)?\s*(?:-|–|to)\s*\d{1,2}(?::\d\d)?)+"
)


def _best_time_said(text: str, low: str, found: set[str], deadline: Span | None) -> Span | None:
    said = _BEST_SAID.first(text, low, found)
    if said is not None:
        return said.span(1)
    for match in _BEST_TIME.matches(text, low, found):
        if deadline is not None and match.start() < deadline[1] and deadline[0] < match.end():
            continue
        if _NOT_REACHED_THEN.search(low, max(0, match.start() - 45), match.start()):
            continue  # "confused since lunch", "will call back this afternoon"
        near = _REACH.search(text, max(0, match.start() - 50), min(len(text), match.end() + 25))
        if near is not None:
            return match.span()
    return None


def _request(text: str, low: str, found: set[str], label: Label | None) -> str | None:
    """The main request, as an operator writes it: "refill metformin", "reschedule cleaning"."""
    if label is Label.SALES:
        return None
    for cue, phrase in _REQUESTS:
        match = cue.first(text, low, found)
        if match is not None:
            return phrase(match)
    return None


# --- the slip -----------------------------------------------------------------------------


def read_slip(
    text: str,
    *,
    label: Label | None = None,
    reason: str | None = None,
    region: str = "US",
    today: dt.date | None = None,
) -> MessageSlip:
    """The message slip of one call. ``label`` (from the decision) makes a sales caller a
    "vendor"; ``reason``, when given (the words of a red flag, "name: phrase", several
    joined by "; "), is the slip's reason, else the call's main request is.

    >>> s = read_slip("Hi this is Maria Lopez, dob 11/30/82, cb 720-555-3089 re refill metformin")
    >>> s.caller_name, s.callback_number, s.callback_e164, s.date_of_birth.isoformat(), s.reason
    ('Maria Lopez', '7205553089', '+17205553089', '1982-11-30', 'refill metformin')
    >>> read_slip("I have some back pain").caller_name is None
    True
    """
    values, spans = slip_fields(text, label=label, reason=reason, region=region, today=today)
    return MessageSlip(**values, spans=spans) if spans or any(values.values()) else NO_MESSAGE


@dataclass(frozen=True, slots=True)
class SlipReader:
    """How to read one call's slip, kept until someone asks (``TriageResult.message``, a
    batch's columns): the call's words and what the decision adds."""

    text: str
    label: Label | None = None
    red_flags: tuple[RedFlag, ...] = ()
    today: dt.date | None = None

    @property
    def reason(self) -> str | None:
        """The slip's reason from the red flags: the sign itself before the caller's alarm
        ("seizure: shaking all over", not "caller fears for a life: hurry please"); a fall
        or a blow with the injury it left ("major trauma or burns: fell from roof; suspected
        fracture: obvious deformity"): how it happened, then what to expect."""
        flags = sorted(self.red_flags, key=lambda flag: flag.family == "caller_alarm")
        if not flags:
            return None
        first, *others = flags
        reason = f"{first.name}: {first.phrase}"
        injury = next((f for f in others if f.family != "caller_alarm"), None)
        if first.family == "major_trauma_burns" and injury is not None:
            reason += f"; {injury.name}: {injury.phrase}"
        return reason

    def __call__(self) -> MessageSlip:
        return read_slip(self.text, label=self.label, reason=self.reason, today=self.today)

    def columns(self) -> dict[str, Any]:
        """The slip's output columns (``SLIP_COLUMNS``) as plain values, the date of birth as
        ISO text, without building a ``MessageSlip``: what ``triage score`` writes."""
        values, _ = slip_fields(self.text, label=self.label, reason=self.reason, today=self.today)
        return slip_columns(values)


def slip_columns(fields: Mapping[str, Any]) -> dict[str, Any]:
    """A slip's fields (a mapping: a ``MessageSlip`` as ``dict(slip)``, or ``slip_fields``'
    values) as its output columns, ``SLIP_COLUMNS`` in order, the date of birth as ISO text.

    >>> slip_columns({"caller_name": "Ann", "date_of_birth": dt.date(1961, 3, 3)})["date_of_birth"]
    '1961-03-03'
    """
    columns = {name: fields.get(name) for name in SLIP_COLUMNS}
    if columns["date_of_birth"] is not None:
        columns["date_of_birth"] = columns["date_of_birth"].isoformat()
    return columns


def slip_fields(
    text: str,
    *,
    label: Label | None = None,
    reason: str | None = None,
    region: str = "US",
    today: dt.date | None = None,
) -> tuple[dict[str, Any], dict[str, Span]]:
    """``read_slip``'s fields and their spans, as plain values (the relationship as text)."""
    low = _lower(text)
    words = _WORD.findall(low)
    found = set(words)
    # Typed as bool: it is used only through truth tests, which work it out once.
    cased = cast(bool, _Cased(text))
    values: dict[str, Any] = {}
    spans: dict[str, Span] = {}

    def keep(field: str, span: Span | None, value: Any = None) -> None:
        if span is not None:
            values[field] = text[span[0] : span[1]] if value is None else value
            spans[field] = span

    born = _date_of_birth(text, low, found, today or dt.date.today())
    if born is not None:
        keep("date_of_birth", born[1], born[0])
    numbers = find_numbers(text) if _may_have_phone(low, words) else []
    if born is not None:  # "dob oh seven oh nine nineteen fifty" is not a phone number
        numbers = [n for n in numbers if n.span[1] <= born[1][0] or n.span[0] >= born[1][1]]
    number = _callback(text, numbers)
    if number is not None:
        keep("callback_number", number.span, number.digits)
        values["callback_e164"] = e164(number.digits, region)
        keep("extension", number.ext_span, number.extension)
    caller = _caller_name(text, low, found, cased)
    keep("caller_name", caller)
    if label is not Label.SALES:
        keep("patient_name", _patient_name(text, low, found, cased, caller))
    vendor = label is Label.SALES
    if vendor or found & _ORG_WORDS:
        keep("organisation", _organisation(text, low, found, cased, vendor=vendor, caller=caller))
    values["relationship"] = _relationship(text, low, found, words, label)
    request = _request(text, low, found, label)
    if reason is not None:
        norm = normalise(text)
        values["reason"] = "; ".join(_in_context(norm, part) for part in reason.split("; "))
    else:
        values["reason"] = request
    if label is not Label.SALES:
        symptom = reason is not None or not found.isdisjoint(_SYMPTOM_WORDS)  # says_symptom
        values["about"] = "symptom" if symptom else "administration" if request else None
    deadline = _deadline(text, low, found)
    keep("deadline", deadline)
    keep("best_time", _best_time(text, low, found, deadline))
    return values, spans


def _in_context(norm: str, reason: str) -> str:
    """A red flag's reason ("severe pain: killing me") with the words just before its phrase
    in the same clause of the call (``norm``: its normalised text), so the slip says what it
    is about ("severe pain: my tooth is killing me"); as it is when the phrase is not there."""
    name, colon, phrase = reason.partition(": ")
    if not colon:
        return reason
    at = norm.find(phrase)
    if at <= 0:
        return reason
    before = re.split(r"[,.;:!?]", norm[:at])[-1].split()[-_CONTEXT_WORDS:]
    kept: list[str] = []
    for word in reversed(before):  # only words of the body and the sign: never a name
        if word not in _CONTEXT:
            break
        kept.insert(0, word)
    return f"{name}: {' '.join([*kept, phrase])}"


def says_symptom(text: str | None) -> bool:
    """Whether a call names a symptom (the slip's ``about == "symptom"`` when it has no red
    flag): a routine call that does gets a nurse's callback. Cheap, for ``classify``, which
    needs the callback promise but not the slip.

    >>> says_symptom("my knee hurts"), says_symptom("can I move my cleaning"), says_symptom(None)
    (True, False, False)
    """
    return text is not None and not _SYMPTOM_WORDS.isdisjoint(_WORD.findall(_lower(text)))


def _lower(text: str) -> str:
    """The text in lower case, character for character (so positions stay the same)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_WORD = re.compile(r"[a-z0-9']+")
#: Words of a symptom: a routine call that has one gets a nurse's callback, not the desk's.
_SYMPTOM_TEXT = """
pain pains painful ache aches aching achy hurt hurts hurting sore soreness rash rashes
itch itchy itching cough coughing fever feverish temperature chills sick nausea nauseous
vomit vomiting diarrhea diarrhoea constipation constipated dizzy dizziness headache
headaches migraine swelling swollen lump bump bleeding bleed bruise bruised bruising
burning numb numbness tingling tired fatigue cramp cramps cramping infection infected
discharge cold flu congestion congested stuffy sneezing wheezing wheeze breath breathing
insomnia anxiety anxious depressed depression toothache tooth gum gums cavity
sensitivity sensitive blister pimple acne mole spot wart cyst sting stung bite bitten
sprain sprained twisted injury injured fell fall cut burn burned burnt stiff stiffness
weak weakness palpitations spotting period bloated bloating heartburn reflux urinating
urination pee peeing blood symptoms symptom reaction allergic allergy hives throat ear
ears eye eyes vision
"""
_SYMPTOM_WORDS = frozenset(_SYMPTOM_TEXT.split())
_CONTEXT_WORDS = 3
#: Words a reason may take from before its phrase: whose, which part, and the sign's verb.
_CONTEXT_TEXT = """
my his her their our the is are was has have been really very so left right upper lower
tooth teeth jaw face eye eyes ear head neck chest arm arms leg legs knee ankle foot feet hand
hands wrist back stomach belly tummy mouth lip lips tongue skin hip shoulder finger toe toes
nose heart side abdomen incision wound son daughter baby toddler child kid husband wife mom
dad mother father boy girl a an of in on to got just keeps can't won't having getting started
it it's he's she's i'm i he she
"""
_CONTEXT = _SYMPTOM_WORDS | frozenset(_CONTEXT_TEXT.split())
_DIGIT_RUN = re.compile(r"\d+")
_NUMBER_WORDS = frozenset({*DIGIT_WORDS, "double", "triple", "hundred"})


def _may_have_phone(low: str, words: list[str]) -> bool:
    """Whether a phone number could be said, a cheap test before reading numbers: digits in
    a phone's shape (seven together, three then four, digits said one by one), or at least
    three number words that with the digits make seven ("seven two oh 555 3089"). Ages,
    temperatures and doses alone ("82, 101.5, 500 mg") are none of these."""
    runs = [match.span() for match in _DIGIT_RUN.finditer(low)]
    spoken = sum(map(_NUMBER_WORDS.__contains__, words))
    if spoken >= 3 and spoken + sum(end - start for start, end in runs) >= 7:
        return True
    singles = 0
    for i, (start, end) in enumerate(runs):
        size = end - start
        if size >= 7:
            return True
        after = runs[i + 1] if i + 1 < len(runs) else None
        if size == 3 and after is not None and after[1] - after[0] == 4 and after[0] - end <= 12:
            return True
        near = after is not None and after[0] - end <= 3
        singles = singles + 1 if size == 1 and near else 0
        if singles >= 3:  # "4 0 4 5": four digits said one by one
            return True
    return False


def _relationship(
    text: str, low: str, found: set[str], words: list[str], label: Label | None
) -> Relationship | None:
    """Who the caller is to the patient, only when the call says it."""
    if label is Label.SALES:
        return "vendor"
    for name, cue in _CALLER_KINDS:
        if cue.anchors & found and cue.matches(text, low, found):
            return name
    role = next((hit for cue in _ROLES_OF_CALLER for hit in cue.matches(text, low, found)), None)
    if role is not None:
        said = next(name for name, value in role.groupdict().items() if value is not None)
        return _ROLES[said]
    # A pregnant caller's "my baby" is herself: "i'm thirty four weeks", "i'm pregnant".
    expecting = _EXPECTING.search(low) is not None
    kinds = _family_kinds(low, found, words, expecting)
    if kinds.isdisjoint(("parent", "spouse", "child")) and _YOUR_PATIENT.matches(text, low, found):
        return "other office"
    if kinds == {"self"} and not expecting and _about_another(words, found):
        return None  # "i think my grandpa's having a seizure": not the caller, and no kind
    return next((name for name in _PRECEDENCE if name in kinds), None)


def _family_kinds(low: str, found: set[str], words: list[str], expecting: bool) -> set[str]:
    """The relationships a call's own words give: "my son" (parent), "my wife" (spouse),
    "my mom" (child), "I have" (self); ``expecting``: the caller is pregnant."""
    kinds: set[str] = set()
    if not found.isdisjoint(_FAMILY_WORDS):
        for i, word in enumerate(words):
            family = _FAMILY.get(word.removesuffix("'s"))
            reports = not _REPORTS.isdisjoint(words[i + 1 : i + 2])  # "my wife says it..."
            reports = reports or tuple(words[i + 1 : i + 3]) in _NAGS  # "my daughter keeps saying"
            # "my wife Lori made me call", "my husband booked it for me": they only help
            reports = reports or not _HELPS.isdisjoint(words[i + 1 : i + 4])
            delivered = word == "baby" and (expecting or words[i - 2 : i - 1] == ["had"])
            if family and _owned(words, i) and not reports and not delivered:
                kinds.add(family)  # (not "i had my baby two weeks ago": she is the patient)
    if _AGED_CHILD.search(low):
        kinds.add("parent")  # "my eight-week-old", "our ten year old"
    if expecting or _says_self(found, words):
        kinds.add("self")
    return kinds


_AGED_CHILD = re.compile(r"\b(?:my|our)\s+(?:[\w]+[\s-]){1,2}(?:day|week|month|year)s?[\s-]old\b")


#: People a call may be about who have no relationship of their own on the slip.
_OTHERS = frozenset({
    "grandma", "grandpa", "grandmother", "grandfather", "nana", "granny", "grandson",
    "granddaughter", "brother", "sister", "aunt", "uncle", "cousin", "niece", "nephew",
    "friend", "neighbor", "neighbour", "roommate", "boyfriend", "girlfriend", "coworker",
})  # fmt: skip
_OTHERS_WORDS = frozenset({*_OTHERS, *(f"{word}'s" for word in _OTHERS)})


def _about_another(words: list[str], found: set[str]) -> bool:
    """Whether the call is about the caller's grandparent, sibling or friend, said as what
    is happening to them ("my grandpa's having a seizure", "my brother fell"), not one who
    is only there ("my neighbour's here with me", "my sister drove me")."""
    if found.isdisjoint(_OTHERS_WORDS):
        return False
    return any(
        word.removesuffix("'s") in _OTHERS
        and _owned(words, i)
        and not _HAPPENING.isdisjoint(words[i + 1 : i + 2])
        for i, word in enumerate(words)
    )


#: After a person: what is happening to them.
_HAPPENING = frozenset({
    "having", "has", "had", "is", "was", "fell", "passed", "collapsed", "can't", "won't",
    "isn't", "took", "swallowed", "cut", "broke", "hit", "keeps", "needs", "been", "not",
})  # fmt: skip


def _says_self(found: set[str], words: list[str]) -> bool:
    """Whether the caller speaks of their own care: "I have", "I've", "I'm having", "my
    appointment"."""
    if not found.isdisjoint(_SELF_WORDS):
        return True
    pairs = [
        (first, seconds)
        for first, seconds, gate in _SELF_PAIRS
        if first in found and not found.isdisjoint(gate)
    ]
    if not pairs:
        return False
    # "i just have", "my knee's been", "my cholesterol results": fillers and a possessive
    # aside, and one word between "my" and what is theirs
    plain = [w.removesuffix("'s") for w in words if w not in _FILLERS]
    reach = {first: (seconds, 2 if first == "my" else 1) for first, seconds in pairs}
    for i, word in enumerate(plain):
        if word in reach:
            seconds, ahead = reach[word]
            if not seconds.isdisjoint(plain[i + 1 : i + 1 + ahead]):
                return True
    return False


def _owned(words: list[str], i: int) -> bool:
    """Whether "my" or "our" comes one or two words before ``words[i]`` ("my little boy")."""
    return words[i - 1] in _OWNERS or (i > 1 and words[i - 2] in _OWNERS) if i else False


# --- deadlines as dates -----------------------------------------------------------------

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def due_date(deadline: str, reference: dt.date) -> dt.date | None:  # noqa: PLR0911
    """The date a deadline phrase names, read on ``reference`` (the day of the call):
    "today" and "end of day" that day, "tomorrow" the next, a weekday its next one (that
    day itself counts), "end of the week" Friday, "the 18th" the next 18th, "March 3"
    the next March 3rd. None when the phrase names no day ("before my appointment").

    >>> monday = dt.date(2026, 12, 7)
    >>> [due_date(p, monday).isoformat() for p in ("today", "by Thursday", "by the 18th")]
    ['2026-12-07', '2026-12-10', '2026-12-18']
    >>> [due_date(p, monday).isoformat() for p in ("by Fri", "tmrw", "by Weds or Thu")]
    ['2026-12-11', '2026-12-08', '2026-12-09']
    """
    words = _WORD.findall(deadline.lower())
    if not words:
        return None
    found = set(words)
    if found & {"today", "tonight", "eod", "day", "business"}:
        return reference
    if found & {"tomorrow", "tmrw", "tmw"}:
        return reference + dt.timedelta(days=1)
    if found & {"week", "wk"}:
        ahead = (4 - reference.weekday()) % 7 + (7 if "next" in found else 0)
        return reference + dt.timedelta(days=ahead)
    if "month" in found:
        first_next = (reference.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return first_next - dt.timedelta(days=1)
    for word in words:
        if word[:3] in _DAYS and (word.endswith("day") or word in _DAY_SHORT):
            ahead = (_DAYS.index(word[:3]) - reference.weekday()) % 7
            return reference + dt.timedelta(days=ahead + (7 if "next" in found and ahead else 0))
    return _dated(words, reference)


def _dated(words: list[str], reference: dt.date) -> dt.date | None:
    """ "the 18th" (this month or next), "march 3rd" (this year or next)."""
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    day = next((number_value(w) for w in words if number_value(w) is not None), None)
    if day is None:
        return None
    for ahead in range(13):  # the first such date on or after the reference
        year, index = divmod(reference.month - 1 + ahead, 12)
        if month is not None and index + 1 != month:
            continue
        try:
            date = dt.date(reference.year + year, index + 1, day)
        except ValueError:
            continue
        if date >= reference:
            return date
    return None


# --- redaction ----------------------------------------------------------------------------


def redact(text: str) -> str:
    """``text`` with names, phone and other long numbers, and dates of birth replaced by tags.

    >>> redact("this is Maria Lopez, dob 11/30/82, call me at 720 555 3089")
    'this is [NAME], dob [DOB], call me at [PHONE]'
    """
    low = _lower(text)
    found = set(_WORD.findall(low))
    cased = _cased(text)
    spans: list[tuple[Span, int, str]] = [(n.span, 0, "[PHONE]") for n in find_numbers(text)]
    caller = _caller_name(text, low, found, cased)
    for span in (caller, _patient_name(text, low, found, cased, caller)):
        if span is not None:
            spans.append((span, 1, "[NAME]"))
    born = _date_of_birth(text, low, found, dt.date.today())
    if born is not None:
        spans.append((born[1], 0, "[DOB]"))
    spans += [(m.span(), 2, "[NUMBER]") for m in _LONG_NUMBER.finditer(text)]
    return _replace(text, spans)


_LONG_NUMBER = re.compile(r"\d[\d\-/. ]{3,}\d")


def _replace(text: str, spans: list[tuple[Span, int, str]]) -> str:
    """Each span replaced by its tag; where spans overlap, the first by (rank, start) wins."""
    kept: list[tuple[Span, str]] = []
    for (start, end), _, tag in sorted(spans, key=lambda s: (s[1], s[0])):
        if all(end <= a or start >= b for (a, b), _ in kept):
            kept.append(((start, end), tag))
    out, pos = [], 0
    for (start, end), tag in sorted(kept):
        out += [text[pos:start], tag]
        pos = end
    return "".join([*out, text[pos:]])
