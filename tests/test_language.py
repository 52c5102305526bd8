"""Languages: English, Spanish, both, and any other; Spanish red flags read as English ones."""

from __future__ import annotations

from collections import Counter

import pytest
from suites import Row, check_row, read_suites

import triage
from triage.acuity import scan_acuity
from triage.language import detect, fold
from triage.redflags import FAMILIES, find_red_flags, scan_es
from triage.text import normalise


@pytest.mark.parametrize(
    ("text", "code", "spanish"),
    [
        ("I have some back pain, can someone call me back", "en", False),
        ("mi esposo tiene dolor de pecho", "es", True),
        ("si, quiero una cita para mi hijo", "es", True),
        ("my dad tiene chest pain y no puede respirar", "es", True),
        ("pt c/o CP since 2am, hx of MI", "en", False),
        ("no", "en", False),
        ("El Paso office, I need a refill", "en", False),
        ("Olá, meu filho está com dor e não dorme", "other", False),
        ("我的父亲胸口疼", "other", False),
    ],
)
def test_detect(text: str, code: str, spanish: bool) -> None:
    language = detect(text)
    assert (language.code, language.spanish) == (code, spanish)


def test_other_languages_are_named_when_known() -> None:
    assert detect("Bonjour, je suis malade, merci").name == "French"
    assert detect("Здравствуйте, у меня болит грудь").name == "Russian"
    assert detect("zzz qqq").code == "en"  # nothing to go on: the usual language


def test_si_is_yes_in_spanish_and_suicidal_ideation_in_a_note() -> None:
    assert "suicidal" not in normalise("si, quiero una cita")
    assert "suicidal" not in normalise("tengo tos, si me pueden llamar")
    assert "suicidal ideation" in normalise("pt reports SI, no plan")


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("mi esposo tiene un dolor muy fuerte en el pecho", "chest_pain"),
        ("no puede respirar y se esta poniendo morado", "breathing"),
        ("le dio un derrame, tiene la cara caida", "stroke"),
        ("se privo y no responde", "unresponsive"),
        ("esta convulsionando", "seizure"),
        ("se le esta cerrando la garganta despues de la inyeccion", "anaphylaxis"),
        ("mi hijo se tomo unas pastillas de la abuela", "overdose_poisoning"),
        ("mi hija dice que se quiere matar", "suicidal_homicidal"),
        ("mi bebe de tres semanas tiene calentura", "infant_fever"),
        ("se le cayo un diente con el golpe", "dental_trauma"),
    ],
)
def test_spanish_signs(text: str, family: str) -> None:
    assert family in [flag.family for flag in scan_es(fold(text))]


@pytest.mark.parametrize(
    "text",
    [
        "no tiene dolor de pecho, solo quiere su receta",
        "tuvo un derrame hace tres anos y necesita sus papeles",
        "sin sangrado, todo bien",
        "me duele un poco la rodilla desde hace un mes",
    ],
)
def test_spanish_signs_denied_or_past_do_not_count(text: str) -> None:
    assert scan_es(fold(text)) == ()


def test_a_spanish_life_threat_transfers_now_and_the_note_says_spanish() -> None:
    r = triage.classify("Mi esposo tiene un dolor fuerte en el pecho y no puede respirar")
    assert r.label is triage.Label.URGENT and r.action is triage.Action.TRANSFER_NOW
    assert r.emergency and r.language == "es"
    assert r.note.startswith("URGENT") and r.note.endswith("Caller speaks Spanish.")


def test_another_language_goes_to_a_person_now_with_an_interpreter() -> None:
    r = triage.classify("Bonjour, je suis malade, merci, rappelez-moi")
    assert r.language == "other" and r.uncertain
    assert r.action is triage.Action.TRANSFER_NOW
    assert "French" in r.note and "interpreter" in r.note


def test_the_action_for_another_language_is_a_setting() -> None:
    model = triage.load_model().with_config(
        triage.TriageConfig(other_language_action=triage.Action.HOLD)
    )
    assert model.classify("我的父亲胸口疼").action is triage.Action.HOLD


def test_english_calls_are_english() -> None:
    r = triage.classify("I'd like to move my cleaning to next Tuesday")
    assert r.language == "en" and "speaks" not in r.note


#: The first Spanish suite, then frightened callers' words (heart words, clinical shorthand,
#: household products, veiled goodbyes), written later by another helper, then the signs of an
#: airway closing and of consciousness going, with their look-alikes (teething, a long day),
#: then chest pain said vaguely and in any order, and life threats in Caribbean and rural
#: speech that drops letters ("no pue respira", "pa un lao"), with theirs (a cough's sore chest).
ROWS_ES = read_suites(
    "redflag_suite_es.jsonl",
    "redflag_suite_es_more.jsonl",
    "redflag_suite_es_life.jsonl",
    "redflag_suite_es_signs.jsonl",
    "redflag_suite_es_pecho.jsonl",
    "redflag_suite_es_clauses.jsonl",
)


def _flags(text: str) -> list[str]:
    return [flag.family for flag in find_red_flags(text)]


@pytest.mark.parametrize(
    "row", ROWS_ES, ids=[f"{i}-{row['context']}" for i, row in enumerate(ROWS_ES)]
)
def test_spanish_suite_row(row: Row) -> None:
    """Spanish phrasings written for this project (US Spanish, regional words, no accents,
    Spanglish, operator notes), read by the classifier's own red-flag step."""
    text = str(row["text"])
    check_row(row, _flags(text), text)


def test_spanish_suite_covers_every_family_and_context() -> None:
    per_family = Counter(row["family"] for row in ROWS_ES)
    assert len(ROWS_ES) >= 800
    assert {f for f in per_family if f is not None} == set(FAMILIES)
    assert min(per_family[f] for f in FAMILIES) >= 7
    contexts = {"current", "third_party", "misspelled", "shorthand", "spanglish", "clinical"}
    assert {row["context"] for row in ROWS_ES} == contexts | {"negated", "historical", "resolved"}


@pytest.mark.parametrize(
    ("text", "alarming"),
    [
        ("me tomé la presión y salió 205 sobre 118", True),
        ("mi mamá tiene la presión en 190 con 100, le duele la nuca", True),
        ("la presión me salió 130 con 80, ¿está bien?", False),
    ],
)
def test_spanish_blood_pressure_is_read_with_sobre_and_con(text: str, alarming: bool) -> None:
    """LABELS.md's alarming numbers (over 180/120) as Spanish speakers say them."""
    families = [cue.family for cue in scan_acuity(normalise(text))]
    assert ("numbers" in families) is alarming


@pytest.mark.parametrize("text", ["no respira", "convulsionando", "se puso morado", "se privó"])
def test_a_life_threat_of_a_word_or_two_in_spanish_transfers_now(text: str) -> None:
    """A frightened caller may say no more than the sign: with no common word to go by, the
    words of the sign tell that the call is Spanish, so the Spanish red flags read it."""
    result = triage.classify(text)
    assert result.language == "es"
    assert result.label.value == "urgent" and result.emergency, result.red_flags
