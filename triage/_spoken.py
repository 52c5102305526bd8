"""Numbers said as words, as speech recognition writes them: "five five five oh one four two",
"double five", "one eight hundred", "forty two", "nineteen eighty two", "the fifth".

Used by the message slip for phone numbers and dates. Every function returns character
spans of the text it read, so that a caller can point at the words a value came from.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import NamedTuple

from triage import _lexicon as lex

# The number words are the red-flag lexicon's (``triage._lexicon``), read for their values.
DIGIT_WORDS = MappingProxyType({
    "zero": 0, "oh": 0, "o": 0, **{w: i for i, w in enumerate(lex.UNITS.split("|"), 1)}
})  # fmt: skip
TEENS = MappingProxyType({w: i for i, w in enumerate(lex.TEENS.split("|"), 10)})
TENS = MappingProxyType({
    **{w: 10 * i for i, w in enumerate(lex.TENS.split("|"), 2)}, "fourty": 40
})  # fmt: skip
ORDINALS = MappingProxyType({
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
})  # fmt: skip
_MULTIPLIERS = MappingProxyType({"double": 2, "triple": 3})
_WORDS = (
    *DIGIT_WORDS, *TEENS, *TENS, *ORDINALS, *_MULTIPLIERS, "hundred", "thousand",
)  # fmt: skip
#: One number token: a run of digits (an ordinal suffix allowed) or a number word.
TOKEN = re.compile(
    r"\d+(?:st|nd|rd|th)?\b|\b(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


class Piece(NamedTuple):
    """Digits read from the text, and where: ``text[start:end]`` is what was said."""

    digits: str
    start: int
    end: int


def digit_pieces(text: str, start: int = 0, end: int | None = None) -> list[Piece]:
    """The number tokens of ``text[start:end]`` read digit by digit, as phone numbers are
    said: "oh" is 0, "double five" is 55, "forty two" is 42, "eight hundred" is 800.

    >>> [p.digits for p in digit_pieces("seven two oh, double five, forty two 10")]
    ['7', '2', '0', '55', '42', '10']
    """
    pieces: list[Piece] = []
    repeat, said_at = 0, 0
    for match in TOKEN.finditer(text, start, len(text) if end is None else end):
        word = match.group().lower()
        if word in _MULTIPLIERS:
            repeat, said_at = _MULTIPLIERS[word], match.end()
            continue
        if repeat and not _joined(text, said_at, match.start()):
            repeat = 0  # "seeing double ... my cell is four": "double" said of something else
        digits = _digits_of(word, pieces, match.start(), text)
        if digits is None:
            repeat = 0
            continue
        if digits == "":  # joined onto the piece before: "forty two", "eight hundred"
            pieces[-1] = pieces[-1]._replace(end=match.end())
            repeat = 0
            continue
        if repeat and len(digits) == 1:
            digits *= repeat
        repeat = 0
        pieces.append(Piece(digits, match.start(), match.end()))
    return pieces


def _digits_of(word: str, pieces: list[Piece], at: int, text: str) -> str | None:  # noqa: PLR0911
    if word[0].isdigit():
        return None if word[-1].isalpha() else word
    if word in DIGIT_WORDS:
        unit = DIGIT_WORDS[word]
        last = pieces[-1] if pieces else None
        # "forty two" is one piece 42, not 40 then 2
        if last is not None and _joined(text, last.end, at) and last.digits in _TENS_DIGITS:
            pieces[-1] = Piece(str(int(last.digits) + unit), last.start, last.end)
            return ""
        return str(unit)
    if word in TEENS:
        return str(TEENS[word])
    if word in TENS:
        return str(TENS[word])
    if word in ("hundred", "thousand") and pieces and _joined(text, pieces[-1].end, at):
        last = pieces.pop()
        zeros = "00" if word == "hundred" else "000"
        pieces.append(Piece(last.digits + zeros, last.start, last.end))
        return ""
    return None


_TENS_DIGITS = frozenset({str(v) for v in TENS.values()})


def _joined(text: str, end: int, start: int) -> bool:
    """Whether only spaces or a hyphen lie between two words ("forty-two", "eight hundred")."""
    return start - end <= 2 and text[end:start].strip(" -") == ""


def number_value(word: str) -> int | None:
    """The value of one number or ordinal word or numeral: "fifth" 5, "3rd" 3, "twelve" 12.

    >>> number_value("twenty"), number_value("3rd"), number_value("fifth"), number_value("x")
    (20, 3, 5, None)
    """
    word = word.lower()
    if word[:1].isdigit():
        digits = word.rstrip("stndrh")
        return int(digits) if digits.isdigit() else None
    for table in (DIGIT_WORDS, TEENS, TENS, ORDINALS):
        if word in table:
            return table[word]
    return None
