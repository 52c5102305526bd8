"""Normalisation: shorthand, fillers, false starts and negation scope."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triage import text as text_stage
from triage.language import detect, without_accents
from triage.text import analyse, normalise, tokenise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Pt c/o CP", "patient complains of chest pain"),
        ("SOB x2d", "shortness of breath for 2 days"),
        ("hx of MI, needs rx refill", "history of heart attack, needs prescription refill"),
        ("MI 2 days ago", "heart attack 2 days ago"),
        ("father had an mi at 50", "father had an heart attack at 50"),
        ("Mi hijo tiene fiebre", "mi hijo tiene fiebre"),
        ("hola, mi mamá necesita una cita", "hola, mi mama necesita una cita"),
        ("f/u appt w/ Dr Shah", "follow up appointment with doctor shah"),
        ("68yo F w/o fever", "68 year old f without fever"),
        ("um uh I I need a a refill", "i need a refill"),
        ("you know it hurts", "it hurts"),
        ("Ｆｕｌｌｗｉｄｔｈ CP", "fullwidth chest pain"),
        ("hes not breathin, lips turnin' blue", "hes not breathing, lips turning blue"),
        ("thin skin, begin again", "thin skin, begin again"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def negated(text: str) -> list[str]:
    return [t.word for t in tokenise(normalise(text)) if t.negated]


def test_negation_covers_the_following_words() -> None:
    assert negated("denies CP or SOB") == ["chest", "pain", "or", "shortness", "of", "breath"]
    assert negated("no fever") == ["fever"]


def test_a_denied_list_stays_denied() -> None:
    assert negated("denies CP, SOB, LOC; wants refill") == [
        "chest",
        "pain",
        "shortness",
        "of",
        "breath",
        "loss",
        "of",
        "consciousness",
    ]


def test_er_is_not_a_filler() -> None:
    assert normalise("St Mary's ER calling") == "st mary's er calling"


def test_negation_stops_at_punctuation_and_but() -> None:
    assert "rash" not in negated("no fever, rash on arm")
    assert "pain" not in negated("no fever but chest pain")


def test_inability_is_not_negation() -> None:
    # "can't breathe" and "won't stop" describe a sign, they do not deny one.
    assert negated("i can't breathe") == []
    assert negated("it won't stop bleeding") == []


def test_negator_itself_is_not_marked() -> None:
    words = analyse("he is not breathing")
    assert "not" in words and "neg_breathing" in words


def test_analyse_marks_negated_words() -> None:
    assert analyse("no chest pain") == ["no", "neg_chest", "neg_pain"]


def _every_rewrite(text: str) -> str:
    """``normalise`` with every rewrite applied unconditionally: its cheap tests that skip a
    rewrite must only skip rewrites that would change nothing."""
    text = without_accents(unicodedata.normalize("NFKC", text))
    text = text_stage._CAPITAL_SHORTHAND.sub(text_stage._expand_capitals, text)
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = text_stage._DURATION.sub(text_stage._expand_duration, text)
    text = text_stage._GLUED_UNIT.sub(r"\1 \2", text)
    text = text_stage._WITH.sub(lambda m: "without " if m.group(1) else "with ", text)
    spanish = detect(text).spanish  # Spanish words that look like shorthand stay words
    expand = text_stage._expand_in_spanish if spanish else text_stage._expand_shorthand
    text = text_stage._SHORTHAND_TOKEN.sub(expand, text)
    text = text_stage._FILLER_PHRASES.sub(" ", text)
    words = [w for w in text_stage._SPACES.split(text) if w.strip(",.") not in text_stage._FILLERS]
    return text_stage._REPEAT.sub(r"\1", " ".join(words)).strip()


_PIECES = [
    "um", "Um,", "uh.", "mm", "hmm", "ahh,", "yeah", "x3d", "x 2 days", "x2wks", "3yo", "5d",
    "10mg", "w/", "w/o", "pt", "Pt.", "c/o", "dr.", "re:", "CP", "n/v/d", "c/o/x", "the the",
    "I I", "don't don't", "you know", "i mean", "sort of like", ",", ".", " ", "\t", "\u2028",
    "\xa0", "é", "ﬁ", "’", "/", "_", "9", "x", "fever", "chest pain", "MI", "mi", "hx", "ＭＩ",
    # The bounds the cheap tests rely on: "/", "'", "_", digits and non-ASCII word characters
    # next to a shorthand or a filler; repeats of "A'B" and of words outside ASCII; the
    # whitespace that str.split knows and _SPACES does not; digits that only \d knows.
    "x/cp", "cp/", "'cp", "_cp", "cp.", "cp:", "écp", "um/", "'um", "um'", "_um", "um9", "éum",
    "s/p", "si/hi", "y/o", "5y/o", "don't", "don", "t", "'", "it's it's", "s s", "é é", "ß",
    "\x1c", "\x1f", "\x85", "\u2029", "\n", "\x0b", "  ", "٣d", "٣", "12h", "·", "-", "a.b",
    "patient", "pain", "um fever",
]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["pt patient", "cp pain", "fever you know fever", "fever um fever", "fever, uh. fever"],
)
def test_a_rewrite_that_makes_a_repeat_is_followed_by_its_removal(text: str) -> None:
    # The cheap tests must look at the text as rewritten, not as it came in.
    assert text_stage.normalise(text) == _every_rewrite(text)


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", ", "])), max_size=14
    ).map(lambda parts: "".join(piece + joint for piece, joint in parts))
)
def test_the_shortcuts_of_normalise_change_nothing(text: str) -> None:
    assert text_stage.normalise(text) == _every_rewrite(text)


_NEGATION_PIECES = [
    "no", "No", "not", "denies", "doesn't", "doesn", "don't", "dont", "isn't", "nor", "or", "x",
    "'", "/", ".", ",", "_", "9", "é", "\u2028", "fever", "but", "a.b", "x'no", "no'", "nope",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_NEGATION_PIECES), st.sampled_from(["", " ", ", "])),
        max_size=12,
    ).map(lambda parts: "".join(piece + joint for piece, joint in parts))
)
def test_the_shortcut_of_words_of_changes_nothing(text: str) -> None:
    # Without a negator, words_of skips the scope loop: a wrong test would drop a "neg_".
    for norm in (text, normalise(text)):
        expected = [("neg_" + t.word) if t.negated else t.word for t in tokenise(norm)]
        assert text_stage.words_of(norm) == expected
