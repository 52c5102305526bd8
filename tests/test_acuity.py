"""Acuity cues (LABELS.md, "Acuity, not topic"): what makes a symptom urgent, read in context."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from triage.acuity import FAMILIES, acuity_vector, find_acuity, scan_acuity
from triage.text import normalise


def families(text: str) -> list[str]:
    return [cue.family for cue in find_acuity(text)]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("worst headache of my life", "severity"),
        ("the pain is a ten out of ten", "severity"),
        ("it's excruciating", "severity"),
        ("it came on all of a sudden", "onset"),
        ("started about twenty minutes ago", "onset"),
        ("the redness is spreading fast", "worsening"),
        ("it's getting worse by the hour", "worsening"),
        ("i can't put any weight on it", "function"),
        ("he cant keep anything down", "function"),
        ("i can't see out of my left eye", "function"),
        ("she's 3 weeks old", "vulnerable"),
        ("i'm on chemo", "vulnerable"),
        ("i had a kidney transplant in march", "vulnerable"),  # a lasting state, not history
        ("my dad is newly confused", "vulnerable"),
        ("temp is 104.5", "numbers"),
        ("T 40.3 C since last night", "numbers"),
        ("my sugar is fifty one", "numbers"),
        ("bp 192/124", "numbers"),
        ("blood pressure is one ninety over one twenty five", "numbers"),
        ("heart rate's like one seventy eight", "numbers"),
        ("please hurry", "alarm"),
        ("i think he's dying", "alarm"),
        ("something is really wrong with my mom", "alarm"),
        ("this is an emergency", "alarm"),
    ],
)
def test_each_family_is_found(text: str, family: str) -> None:
    assert family in families(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have some back pain",
        "my knee hurts",
        "got a rash on my arm",
        "I've had diarrhea since yesterday",
        "sore arm and a low fever since my flu shot",
        "can I take ibuprofen with my blood pressure pills",
        "it's not getting worse",  # denied
        "this is not an emergency",  # denied
        "temp of 99.1",  # a number below the line
        "my sugars run about one forty",
        "bp 128/82",
        "i'm not pregnant",  # a denied lasting state
        "i need to go to urgent care for a form",  # a look-alike
        "i'm dying to know if my results are in",
        "I need help finding a dentist",
        "please help me find a pediatrician near me",
        "burning and an urgent need to urinate",
    ],
)
def test_plain_symptoms_and_look_alikes_are_no_cue(text: str) -> None:
    assert families(text) == []


def test_one_cue_per_family_in_order_of_appearance() -> None:
    cues = find_acuity("it suddenly got worse, and now it's getting worse still, temp 104")
    assert [c.family for c in cues] == ["onset", "worsening", "numbers"]
    assert cues[0].phrase == "suddenly"


def test_vector_marks_the_families_found() -> None:
    vector = acuity_vector(find_acuity("please hurry, it came on all at once"))
    assert vector == [float(f in {"onset", "alarm"}) for f in FAMILIES]


def test_find_acuity_checks_its_input() -> None:
    with pytest.raises(TypeError, match="find_acuity expects str, got bytes"):
        find_acuity(b"worst pain")  # type: ignore[arg-type]


@given(st.text(max_size=300))
def test_any_text_scans_without_error(text: str) -> None:
    cues = scan_acuity(normalise(text))
    assert len({c.family for c in cues}) == len(cues)
    assert all(c.family in FAMILIES for c in cues)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("es el peor dolor de cabeza de mi vida", "severity"),
        ("le duele horrible la panza, esta llorando de dolor", "severity"),
        ("tengo un dolor insoportable en la muela", "severity"),
        ("de repente se le durmio la mitad de la cara", "onset"),
        ("a mi mama derrepente se le nublo la vista y ve doble", "onset"),
        ("la hinchazon esta cada vez peor", "worsening"),
        ("la mancha roja se esta extendiendo muy rapido", "worsening"),
        ("mi papa no puede caminar desde esta manana", "function"),
        ("el nino esta vomitando todo lo que come", "function"),
        ("la bebe no ha mojado el panal en todo el dia", "function"),
        ("estoy embarazada de siete meses y me duele la cabeza", "vulnerable"),
        ("mi bebé de 5 semanas tiene calentura", "vulnerable"),
        ("mi esposo esta en quimioterapia y tiene escalofrios", "vulnerable"),
        ("el niño tiene 40 de fiebre", "numbers"),
        ("le tome la temperatura y tiene 39.8", "numbers"),
        ("el azucar le salio en 480", "numbers"),
        ("el oximetro marca 86", "numbers"),
        ("es una emergencia, por favor", "alarm"),
        ("estamos muy asustados, se ve muy mal", "alarm"),
        ("my mom tiene fiebre y se esta poniendo peor", "worsening"),
    ],
)
def test_each_family_is_found_in_spanish(text: str, family: str) -> None:
    """Spanish calls (with and without accents, and mixed with English) have the cues."""
    assert family in [cue.family for cue in find_acuity(text)]


@pytest.mark.parametrize(
    "text",
    [
        "tengo dolor de espalda",
        "me duele la rodilla desde hace un mes",
        "no ha empeorado, sigue igual",
        "el dolor no es insoportable, solo molesta",
        "el año pasado tuve el peor dolor de mi vida con un calculo",
        "el niño tiene 38 de temperatura",
        "no puedo ver mis resultados en el portal",
        "no puedo hablar ahora, llameme en la tarde",
        "quiero una cita para mi hija de nueve años",
    ],
)
def test_plain_spanish_symptoms_are_no_cue(text: str) -> None:
    assert find_acuity(text) == ()


def test_cue_order_does_not_hang_on_the_hash_seed() -> None:
    """Two cues that start at one word come in the same order in every process (it once
    followed set order, which the hash seed shuffles)."""
    code = (
        "from triage.acuity import scan_acuity;"
        "print([c.family for c in scan_acuity('84f suddenly confused today')])"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(seen) == 1, seen
