"""Red flags: the phrasing suite, and the contract of ``scan`` and ``find_red_flags``."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st
from suites import Row, check_row, read_suites

from triage import redflags
from triage.redflags import FAMILIES, find_red_flags, is_emergency, scan
from triage.text import normalise

#: The first suite, then the words frightened callers use (vague chest words, veiled
#: goodbyes, a child and a household product, bystanders), written later by another helper,
#: life threats in callers' words, the airway and consciousness signs of nurse protocols, and
#: life threats as people type them (dropped g's, misspellings, text-speak), and a denial
#: that a new clause ends with no full stop ("he isn't eating he's having trouble breathing"),
#: and one eye going dark, which is no faint.
ROWS = read_suites(
    "redflag_suite.jsonl",
    "redflag_suite_more.jsonl",
    "redflag_suite_life.jsonl",
    "redflag_suite_signs.jsonl",
    "redflag_suite_informal.jsonl",
    "redflag_suite_clauses.jsonl",
    "redflag_suite_eye.jsonl",
)
CONTEXTS = {"current", "negated", "historical", "resolved", "third_party", "misspelled"}
CONTEXTS |= {"shorthand", "clinical"}
#: The life threats of LABELS.md, by family id (WRITING_GUIDE.md).
LIFE_THREATS = {
    "chest_pain", "breathing", "choking", "stroke", "unresponsive", "fainting", "seizure",
    "severe_bleeding", "anaphylaxis", "overdose_poisoning", "suicidal_homicidal",
    "major_trauma_burns", "caller_alarm",
}  # fmt: skip
URGENT_NOT_LIFE_THREATS = {
    "infant_fever", "fever_stiff_neck_confusion", "severe_pain", "dental_trauma",
    "facial_swelling", "postop_bleeding", "wound_infection_fever", "pregnancy_bleeding_movement",
    "head_injury", "sudden_vision_loss", "child_dehydration", "medication_reaction",
    "suspected_fracture", "animal_bite", "cannot_urinate", "critical_result",
}  # fmt: skip


def families(text: str) -> list[str]:
    return [flag.family for flag in find_red_flags(text)]


@pytest.mark.parametrize("row", ROWS, ids=[f"{i}-{row['context']}" for i, row in enumerate(ROWS)])
def test_suite_row(row: Row) -> None:
    text = str(row["text"])
    check_row(row, families(text), normalise(text))


def test_suite_covers_every_family_and_context() -> None:
    per_family = Counter(row["family"] for row in ROWS)
    flags = sum(row["expect"] == "flag" for row in ROWS)
    assert len(ROWS) >= 980
    assert {f for f in per_family if f is not None} == set(FAMILIES)
    assert min(per_family[f] for f in FAMILIES) >= 10
    assert {row["context"] for row in ROWS} == CONTEXTS
    assert 0.6 <= flags / len(ROWS) <= 0.8
    assert len({row["text"] for row in ROWS}) == len(ROWS)


def test_family_ids_and_emergency_match_the_spec() -> None:
    assert {f for f, family in FAMILIES.items() if family.emergency} == LIFE_THREATS
    assert {f for f, family in FAMILIES.items() if not family.emergency} == URGENT_NOT_LIFE_THREATS


def test_one_flag_per_family() -> None:
    flags = find_red_flags("chest pain, crushing chest pressure, chess pain and CP again")
    assert [flag.family for flag in flags] == ["chest_pain"]


def test_flags_come_in_order_of_first_appearance() -> None:
    text = "he fell and hit his head, now he's not breathing, and chest pain, and his head hurts"
    assert families(text) == ["head_injury", "breathing", "chest_pain"]


def test_a_denied_or_past_first_mention_does_not_hide_a_current_one() -> None:
    assert [f.phrase for f in find_red_flags("history of seizures. seizing again now")] == [
        "seizing"
    ]
    assert families("no chest pain yesterday, but chest pain now") == ["chest_pain"]


def test_flags_carry_name_emergency_and_the_matched_words() -> None:
    (flag,) = find_red_flags("Pt c/o CP since 2am")
    assert flag.name == "chest pain"
    assert flag.emergency is True
    assert flag.phrase == "chest pain"
    (flag,) = find_red_flags("tooth knocked out at practice")
    assert (flag.family, flag.name, flag.emergency) == ("dental_trauma", "dental trauma", False)


def test_is_emergency() -> None:
    assert is_emergency(find_red_flags("my son swallowed bleach"))
    assert is_emergency(find_red_flags("Please hurry, I think my husband is dying"))
    assert not is_emergency(find_red_flags("my daughter broke her arm"))
    assert not is_emergency(())


@pytest.mark.parametrize("bad", [None, b"chest pain", 42, ["chest pain"]])
def test_non_string_input_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        find_red_flags(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=type(bad).__name__):
        scan(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("lab calling, potassium 6.0 for mr ito", True),
        ("lab calling, potassium 5.9 for mr ito", False),
        ("lab calling, potassium is six point two", True),
        ("inr of 5", True),
        ("inr of 4.8", False),
        ("glucose 49", True),
        ("glucose 50", False),
        ("blood sugar 612", True),
        ("troponin came back positive", True),
        ("my 12 week old has a temp of 100.4", True),
        ("my 12 week old has a temp of 100.3", False),
        ("my 13 week old has a fever", False),
        ("my 2 month old has a temperature of 38 c", True),
        ("my 2 month old has a temperature of 37.9", False),
        ("my 3 month old has a fever", False),
        ("our 9 day old is at a hundred and four", False),
        ("our 9 day old has a temperature of a hundred and four", True),
        ("six week old with a temp of one oh one", True),
    ],
)
def test_numeric_thresholds(text: str, flagged: bool) -> None:
    found = families(text)
    assert bool({"critical_result", "infant_fever"} & set(found)) is flagged, found


@given(st.text(max_size=300))
def test_any_text_scans_to_at_most_one_flag_per_family(text: str) -> None:
    flags = find_red_flags(text)
    assert len({flag.family for flag in flags}) == len(flags)
    norm = normalise(text)
    assert all(part in norm for flag in flags for part in flag.phrase.split(" ... "))


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("mi hijo tiene fiebre y tos", False),  # Spanish "my", not MI
        ("Hola, mi mamá necesita una cita para el martes", False),
        ("pt having an MI now per EMS", True),
        ("he is having an mi right now", True),
        ("MI in progress, transferring", True),
    ],
)
def test_mi_is_a_heart_attack_only_as_shorthand(text: str, flagged: bool) -> None:
    assert bool(find_red_flags(text)) is flagged


def test_scan_of_text_that_was_not_normalised_does_not_crash() -> None:
    """A negation check once looked for a token where raw text (an apostrophe, a colon)
    has none, and raised StopIteration from inside ``scan``."""
    raw = "won't sto baby's no k: twelve/headfirst bs was th twoweek i? bg: is ze bleed 's :"
    assert [flag.family for flag in scan(raw)] == ["head_injury"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("had chest pain since this morning", ["chest_pain"]),
        ("had a heart attack in 2015 and now chest pain again", ["chest_pain"]),
        ("had a stroke in 2019, needs a walker", []),
        ("history of seizures, needs a refill", []),
        ("status post heart attack, needs a cardiology referral", []),
        ("he had seizures years ago", []),
        ("heavy bleeding from the cut but the bleeding stopped yesterday", []),
        ("her face was swollen but the swelling went down", []),
        ("no longer short of breath, cancel the visit", []),
        ("he's not breathing", ["breathing"]),
        ("it won't stop bleeding", ["severe_bleeding"]),
        ("she can't breathe", ["breathing"]),
        ("he isn't responding to me", ["unresponsive"]),
        ("i don't know if it's a stroke but her face is drooping", ["stroke"]),
        ("denies CP, SOB, LOC", []),
        ("pt OD on oxycodone", ["overdose_poisoning"]),
        ("latanoprost 1 drop OD at night, refill please", []),
        ("seen in the ED last week, needs follow up", []),
        ("had a heart attack in twenty twenty one, needs a refill", []),
        ("broke his wrist in march, all healed, needs a sports form", []),
        ("went to the ER last month with chest pain, question about the bill", []),
        ("i had chest pain since last month and it's worse", ["chest_pain"]),
        ("she's seven weeks and has a temp of a hundred point six", ["infant_fever"]),
        ("fever for two weeks, she's 30", []),
        ("i'm ten weeks pregnant with hay fever, no bleeding", []),
        ("our drug for patients with chronic stable angina", []),
        # A life threat over and in the past is history, not a sign that stopped just now.
        ("years ago i was in the hospital because i tried to hurt myself, been okay since", []),
        ("i had a mini stroke in 2019 and i've been fine since, need a referral", []),
        ("she had a seizure this morning and has been fine since", ["seizure"]),
        # The caller's alarm about a life, and what only looks like it.
        ("please hurry, i think my husband is dying", ["caller_alarm"]),
        ("something is really wrong with my dad, he's just not right", ["caller_alarm"]),
        ("i'm dying to know if my results are back", []),
        ("something's really wrong with my bill", []),
        ("my grandmother is dying and on hospice, we need her records", []),
        # Old, treated or mild: no sign now.
        ("father had MI at 70, asks about a statin", []),
        ("i'm in a boot for my ankle fracture from two weeks ago, it aches at night", []),
        ("i lost vision in my right eye from a stroke in the eye five years ago", []),
        ("fasting sugars one thirty to one fifty", []),
    ],
)
def test_context(text: str, expected: list[str]) -> None:
    assert families(text) == expected


def test_the_committed_lexicon_index_is_fresh() -> None:
    """Import reads the lexicon's analysis from a committed file; a lexicon edit must be
    followed by ``write_index()`` (else import falls back to the slow analysis)."""
    stored = json.loads(redflags._INDEX_FILE.read_text(encoding="utf-8"))
    assert stored == json.loads(json.dumps(redflags._analyse()))
