"""The message slip: fields read from the call, never guessed; callback promises; practice
hours; redaction; the slip's columns in ``triage score``."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import triage
from triage import CallRecord, PracticeHours, TriageConfig
from triage._fields import matches, read_rows, score_fields
from triage.cli import main
from triage.schema import Label
from triage.slip import due_date, read_slip, redact

CASES = Path(__file__).parent / "data" / "slip_cases.jsonl"
#: The two tuning sets the extractor was built against (written by helpers from LABELS.md
#: and a brief); the measured set is benchmarks/fields/.
ROWS = read_rows(CASES) + read_rows(CASES.with_name("slip_cases_more.jsonl"))
#: A third tuning set, for the ways callers give their names ("it's Carla. Carla Benitez.",
#: "habla Rosa Díaz", "Liz, uh, Elizabeth Warrick", "cb from Hollis Reyes"); its writer
#: followed other conventions for deadlines, so only the caller's name is held to it.
NAME_ROWS = read_rows(CASES.with_name("slip_cases_names.jsonl"))
#: A fourth, in rambling voices: names given late, twice or corrected, other people named in
#: passing, carers, school nurses, loose deadlines and times that are neither.
VOICE_ROWS = read_rows(CASES.with_name("slip_cases_voices.jsonl"))
#: A fifth, for keeping people apart: patients named every way, beside doctors, staff and
#: relatives who only drive or book.
PEOPLE_ROWS = read_rows(CASES.with_name("slip_cases_people.jsonl"))
#: A sixth, of traps for precision: the practice greeted by name ("Hi Dr. Ruiz, my name
#: is ..."), titles and spellings around names, corrected and repeated numbers, ids beside
#: them, a vendor's offer that ends (no deadline), clinicians and carers from elsewhere.
TRAP_ROWS = read_rows(CASES.with_name("slip_cases_traps.jsonl"))
#: A second set of traps: the practice checked by name before the message, agency staff
#: with the patient, ages after "I'm", children named by age, "he's your patient" said by a
#: relative, extensions said first, numbers restarted, a note's "pt SOB".
TRAP_ROWS_2 = read_rows(CASES.with_name("slip_cases_traps2.jsonl"))
#: An eighth, of times: half are times to reach the caller (kept whole: "Tue/Thu afternoons",
#: "mornings before eight"), half are not (an appointment's, a dose's, "I'll try again after
#: lunch"). Its writer keeps longer phrases ("after my shift, around 5:30 or later").
TIME_ROWS = read_rows(CASES.with_name("slip_cases_times.jsonl"))
MONDAY = dt.date(2026, 12, 7)


def _share(field: str, *, given_only: bool) -> float:
    """Share of the tuning set's rows whose slip field agrees with the label (given_only:
    among rows where the slip gives a value: its precision)."""
    hits = total = 0
    for row in ROWS:
        got = getattr(read_slip(row["text"], label=Label(row["label"])), field)
        got = got.isoformat() if isinstance(got, dt.date) else got
        want = row["fields"][field]
        if given_only and got is None:
            continue
        total += 1
        hits += matches(field, got, want)
    return hits / total


def test_caller_names_in_the_ways_callers_give_them() -> None:
    said = [
        (
            read_slip(row["text"], label=Label(row["label"])).caller_name,
            row["fields"]["caller_name"],
        )
        for row in NAME_ROWS
    ]
    given = [(got, want) for got, want in said if got is not None]
    assert sum(matches("caller_name", got, want) for got, want in said) / len(said) >= 0.97
    assert sum(matches("caller_name", got, want) for got, want in given) / len(given) >= 0.98


@pytest.mark.parametrize(
    ("field", "exact", "precision"),
    [("caller_name", 0.9, 0.98), ("callback_number", 0.97, 0.98), ("relationship", 0.85, 0.96),
     ("organisation", 0.85, 0.97), ("best_time", 0.93, 0.9), ("deadline", 0.93, 0.9)],
)  # fmt: skip
def test_the_rambling_voices(field: str, exact: float, precision: float) -> None:
    _holds(VOICE_ROWS, field, exact, precision)


@pytest.mark.parametrize(
    ("field", "exact", "precision"),
    [("patient_name", 0.84, 0.94), ("relationship", 0.8, 0.93), ("caller_name", 0.86, 0.97)],
)
def test_people_kept_apart(field: str, exact: float, precision: float) -> None:
    _holds(PEOPLE_ROWS, field, exact, precision)


@pytest.mark.parametrize(
    ("rows", "field", "exact", "precision"),
    [(TRAP_ROWS, "caller_name", 0.88, 0.98), (TRAP_ROWS, "callback_number", 0.98, 0.98),
     (TRAP_ROWS, "patient_name", 0.9, 0.98), (TRAP_ROWS, "relationship", 0.8, 0.97),
     (TRAP_ROWS, "organisation", 0.8, 0.97), (TRAP_ROWS, "deadline", 0.9, 0.98),
     (TRAP_ROWS, "best_time", 0.95, 0.98), (TRAP_ROWS_2, "caller_name", 0.9, 0.98),
     (TRAP_ROWS_2, "callback_number", 0.97, 0.98), (TRAP_ROWS_2, "patient_name", 0.9, 0.98),
     (TRAP_ROWS_2, "relationship", 0.82, 0.98), (TRAP_ROWS_2, "organisation", 0.8, 0.98),
     (TRAP_ROWS_2, "best_time", 0.95, 0.98), (TRAP_ROWS_2, "deadline", 0.88, 0.98),
     (TIME_ROWS, "best_time", 0.83, 0.83)],
)  # fmt: skip
def test_traps_leave_a_field_empty_or_read_it_whole(
    rows: list[dict[str, Any]], field: str, exact: float, precision: float
) -> None:
    _holds(rows, field, exact, precision)


def _holds(rows: list[dict[str, Any]], field: str, exact: float, precision: float) -> None:
    """The slip's ``field`` agrees with the labels on at least ``exact`` of ``rows``, and
    with at least ``precision`` of the values it gives."""
    said = []
    for row in rows:
        got = getattr(read_slip(row["text"], label=Label(row["label"])), field)
        said.append((got, row["fields"][field]))
    given = [(got, want) for got, want in said if got is not None]
    assert sum(matches(field, got, want) for got, want in said) / len(said) >= exact
    assert sum(matches(field, got, want) for got, want in given) / len(given) >= precision


@pytest.mark.parametrize(
    ("field", "floor"),
    [("callback_number", 0.97), ("date_of_birth", 0.97), ("extension", 0.97)],
)
def test_exact_on_the_tuning_set(field: str, floor: float) -> None:
    assert _share(field, given_only=False) >= floor


@pytest.mark.parametrize(
    ("field", "floor"),
    [("caller_name", 0.98), ("callback_number", 0.97), ("date_of_birth", 1.0),
     ("relationship", 0.97), ("deadline", 0.95), ("patient_name", 0.97),
     ("organisation", 0.9)],
)  # fmt: skip
def test_a_value_given_is_mostly_right(field: str, floor: float) -> None:
    assert _share(field, given_only=True) >= floor


@pytest.mark.parametrize("row", ROWS[:60], ids=lambda r: r["text"][:30])
def test_spans_point_at_the_words(row: dict[str, object]) -> None:
    text = str(row["text"])
    slip = read_slip(text)
    for field, (start, end) in slip.spans.items():
        value = getattr(slip, field)
        said = text[start:end]
        assert said, field
        if field in ("caller_name", "patient_name", "organisation", "deadline", "best_time"):
            assert said == value


@pytest.mark.parametrize(
    ("text", "digits", "extension", "e164"),
    [
        ("call me at seven two oh, five five five, three oh eight nine", "7205553089", None,
         "+17205553089"),
        ("my number is five double five oh one four two", "5550142", None, None),
        ("cb (303) 555-0199 ext 204", "3035550199", "204", "+13035550199"),
        ("reach me at 720... uh... 555... 0142", "7205550142", None, "+17205550142"),
        ("one eight hundred five five five one two three four", "18005551234", None,
         "+18005551234"),
        ("fax 303 555 1111, call us at 303 555 2222", "3035552222", None, "+13035552222"),
        ("member id 3035551234, please call 720 555 0101", "7205550101", None, "+17205550101"),
        # corrected over several words, restarted after a pause, said twice without one
        ("reach me at 720-555-0411, wait, no, sorry, 0471. 720-555-0471", "7205550471", None,
         "+17205550471"),
        ("call me back at five five five, oh one... uh, oh one six two", "5550162", None, None),
        ("it's five five five oh one one eight five five five oh one one eight", "5550118", None,
         None),
        # a label after a number, someone else's number, an id's letters, an extension first
        ("cb 267-555-0113 (cell), 267-555-0114 (fax)", "2675550113", None, "+12675550113"),
        ("his daughter's cell is 555-0190, but call me back at 555-0117", "5550117", None, None),
        ("member ID C8812094. Call 800-555-0144", "8005550144", None, "+18005550144"),
        ("Summitline (ext 4410, 646-555-0198)", "6465550198", None, "+16465550198"),
        # "double" said of something else does not double the next digit word
        ("he's seeing double, my cell is four seven oh five five five oh one oh two",
         "4705550102", None, "+14705550102"),
    ],
)  # fmt: skip
def test_callback_numbers_as_said(text: str, digits: str, extension: str | None,
                                  e164: str | None) -> None:  # fmt: skip
    slip = read_slip(text)
    assert (slip.callback_number, slip.extension, slip.callback_e164) == (digits, extension, e164)


@pytest.mark.parametrize(
    "text",
    [
        "this is urgent, my husband collapsed",
        "this is about my bill",
        "it's my knee, it is really swollen",
        "I'm worried about my results",
        "my appointment on March 3rd, 1990 style dates, he is 82, takes 500 mg",
        "I've had this rash since March 3rd",
        "Hi, Dr. Albrecht, calling about the gloves, the promo runs until the 14th",
        "Pt rang, didn't leave name. Asks about ibuprofen, no cb left.",
        "i'm thirty two weeks and the baby's kicking a lot",
    ],
)
def test_traps_stay_empty(text: str) -> None:
    slip = read_slip(text)
    assert slip.caller_name is None and slip.patient_name is None
    assert slip.date_of_birth is None and slip.callback_number is None


@pytest.mark.parametrize(
    ("text", "deadline", "best_time"),
    [
        ("the launch discount is good until the 14th, call me at 555 0172", None, None),
        ("we have gloves at twelve a box if you order by friday", None, None),
        ("said he'd stop by Mon or Tues, no # left", None, None),
        ("no need to call me, I'll try again after lunch", None, None),
        ("wants a late-day appt for a mole check, after 4 only. cb 952-555-0191", None, None),
        ("needs the form back by Fri. cb 919-555-0108, Tue/Thu afternoons", "by Fri",
         "Tue/Thu afternoons"),
        ("wants appt today or first thing tmrw, cb 312-555-0175 mornings before eight",
         "today or first thing tmrw", "mornings before eight"),
    ],
)  # fmt: skip
def test_deadlines_and_times_to_call(
    text: str, deadline: str | None, best_time: str | None
) -> None:
    slip = read_slip(text)
    assert (slip.deadline, slip.best_time) == (deadline, best_time)


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("dob 11/30/82", dt.date(1982, 11, 30)),
        ("DOB: 11-30-1982", dt.date(1982, 11, 30)),
        ("date of birth March 3rd, 1975", dt.date(1975, 3, 3)),
        ("her birthday is the fifth of June two thousand eleven", dt.date(2011, 6, 5)),
        ("born eleven thirty eighty two", dt.date(1982, 11, 30)),
        ("date of birth oh seven oh nine nineteen fifty", dt.date(1950, 7, 9)),
        ("d.o.b. 1982-11-30", dt.date(1982, 11, 30)),
    ],
)
def test_dates_of_birth_in_every_form(text: str, born: dt.date) -> None:
    assert read_slip(text, today=MONDAY).date_of_birth == born


def test_caller_and_patient_kept_apart() -> None:
    slip = read_slip("Hi, this is Karen Holt, my son Jacob knocked his tooth out")
    assert (slip.caller_name, slip.patient_name, slip.relationship) == (
        "Karen Holt",
        "Jacob",
        "parent",
    )


def test_due_dates_read_against_the_call_day() -> None:
    assert due_date("by tomorrow", MONDAY) == dt.date(2026, 12, 8)
    assert due_date("before Monday", MONDAY) == MONDAY
    assert due_date("by end of month", MONDAY) == dt.date(2026, 12, 31)
    assert due_date("before my appointment", MONDAY) is None


def test_redact_hides_names_numbers_and_birth_dates() -> None:
    text = "Caller: Jane Roe, DOB 04-17-1938, member id 99812345, cb seven two oh 555 4410"
    hidden = redact(text)
    for secret in ("Jane", "Roe", "1938", "99812345", "4410", "seven"):
        assert secret not in hidden
    assert "[NAME]" in hidden and "[DOB]" in hidden and "[PHONE]" in hidden


def test_callback_promises_by_label_and_topic() -> None:
    assert triage.classify("my husband has crushing chest pain").callback == "now (warm transfer)"
    assert triage.classify("I have some back pain").callback == "from a nurse today"
    assert triage.classify("can I move my cleaning to Friday").callback == (
        "within one business day"
    )
    assert triage.classify("we sell gloves at a discount, call our rep").callback is None


def test_hours_decide_after_hours_when_not_given() -> None:
    model = triage.load_model().with_config(
        TriageConfig(hours=PracticeHours(timezone="America/Denver", holidays=(MONDAY,)))
    )
    text = "can I move my cleaning to Friday"
    tuesday_night = dt.datetime(2026, 12, 8, 21, 0)
    tuesday_morning = dt.datetime(2026, 12, 8, 9, 0)
    late = model.classify(CallRecord(text=text, received_at=tuesday_night))
    assert late.action is triage.Action.TAKE_MESSAGE and late.callback == "next business day"
    early = model.classify(CallRecord(text=text, received_at=tuesday_morning))
    assert early.action is triage.Action.HOLD
    holiday = model.classify(CallRecord(text=text, received_at=dt.datetime(2026, 12, 7, 10)))
    assert holiday.action is triage.Action.TAKE_MESSAGE
    told = model.classify(CallRecord(text=text, received_at=tuesday_night, after_hours=False))
    assert told.action is triage.Action.HOLD  # a flag that is given wins


def test_hours_reject_an_unknown_zone_and_backwards_spans() -> None:
    with pytest.raises(ValueError, match="unknown time zone"):
        PracticeHours(timezone="Mars/Olympus")
    with pytest.raises(ValueError, match="not before closing"):
        PracticeHours(weekly={"mon": ((dt.time(17), dt.time(8)),)})


def test_score_writes_the_slip_redacts_and_sorts_by_deadline(tmp_path: Path) -> None:
    log = tmp_path / "calls.csv"
    log.write_text(
        "text,received_at\n"
        '"Hi it\'s Ann Lee, refill of metformin by Friday, cb 720 555 0101",2026-12-07T09:00\n'
        '"this is Bo Park, need my records today, call 720 555 0102",2026-12-07T10:00\n'
        '"we sell gloves, call 800 555 0103",2026-12-07T11:00\n',
        encoding="utf-8",
    )
    out = tmp_path / "scored.csv"
    assert main(["score", str(log), "-o", str(out), "--sort", "priority", "--redact"]) == 0
    body = out.read_text(encoding="utf-8")
    rows = list(csv.DictReader(body.splitlines()))
    assert [r["deadline"] for r in rows[:2]] == ["today", "by Friday"]
    assert all(r["callback_number"] in ("[PHONE]", "") for r in rows)
    for secret in ("Ann", "Bo Park", "0101", "0102"):
        assert secret not in body
    assert "[NAME]" in body and {"caller_name", "reason", "callback"} <= set(rows[0])


def test_eval_fields_prints_every_field(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--fields", str(CASES), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert {s["field"] for s in scores} >= {"caller_name", "callback_number", "date_of_birth"}
    number = next(s for s in scores if s["field"] == "callback_number")
    assert number["exact"] >= 0.97


def test_classify_prints_the_slip_and_redact_hides_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = "hi it's Zora Quill, call me at 720 555 0101 about my refill"
    assert main(["classify", text]) == 0
    slip = json.loads(capsys.readouterr().out)["message"]
    assert (slip["caller_name"], slip["callback_number"]) == ("Zora Quill", "7205550101")
    assert main(["classify", "--redact", text]) == 0
    out = capsys.readouterr().out
    assert "Zora" not in out and "0101" not in out
    assert json.loads(out)["message"]["caller_name"] == "[NAME]"


def test_repr_of_a_result_shows_no_name() -> None:
    r = triage.classify("hi it's Zora Quill, call me at 720 555 0101")
    assert r.message.caller_name == "Zora Quill"
    assert "Zora" not in repr(r) and "0101" not in repr(r)


def test_a_reason_takes_the_sign_in_context_but_never_a_name() -> None:
    tooth = read_slip("yeah um my tooth is killing me", reason="severe pain: killing me")
    assert tooth.reason == "severe pain: my tooth is killing me"
    son = read_slip("my son jacob is having a seizure", reason="seizure: having a seizure")
    assert son.reason is not None and "jacob" not in son.reason


ALL_TUNING_ROWS = [
    *ROWS, *NAME_ROWS, *VOICE_ROWS, *PEOPLE_ROWS, *TRAP_ROWS, *TRAP_ROWS_2, *TIME_ROWS
]  # fmt: skip


def test_reasons_given_on_the_tuning_sets_agree_with_the_labels() -> None:
    """The reason as classify gives it (from the red flags, else the request), scored as
    ``triage eval --fields`` scores it: 0.94 on the eight tuning sets when this was written."""
    reason = next(
        s for s in score_fields(triage.load_model(), ALL_TUNING_ROWS) if s.field == "reason"
    )
    assert reason.given >= 500
    assert reason.precision >= 0.93


def test_a_fall_names_the_injury_it_left_too() -> None:
    r = triage.classify("he fell off the ladder and his ankle looks deformed, he can't stand")
    assert r.message.reason is not None
    assert r.message.reason.startswith("major trauma or burns: ")
    assert "; suspected fracture: " in r.message.reason
    alone = triage.classify("she fell off the roof about ten minutes ago")
    assert alone.message.reason is not None and ";" not in alone.message.reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("the insurance says they never got the claim for my visit", "insurance claim"),
        ("can the insurer's denial of my physical therapy be appealed", "insurance claim"),
        ("i got a bill and it has a claim number on it, why wasn't it covered", "billing question"),
        ("this is the charge nurse at mercy, we need his medication history", None),
    ],
)
def test_requests_about_claims_and_bills(text: str, reason: str | None) -> None:
    assert read_slip(text, label=Label.ROUTINE).reason == reason


def test_the_reason_scorer_reads_endings_and_signs() -> None:
    assert matches("reason", "billing question", "double-charged bill")
    assert matches("reason", "major trauma or burns: of boiling water", "scald burn")
    assert matches("reason", "stroke signs: my words are coming out funny", "face droop, slurred")
    assert not matches("reason", "billing question", "records request")
    assert not matches("reason", "severe pain: the pain is unbearable", "numb toes in cast")
    assert not matches("reason", "test results", "testosterone question")


def test_a_reason_another_stated_reason_of_the_call_counts(tmp_path: Path) -> None:
    empty = dict.fromkeys(("caller_name", "callback_number", "patient_name", "reason"))
    row = {
        "text": "hi it's about my refill of lisinopril, the pharmacy says they never got it",
        "label": "routine",
        "fields": {**empty, "reason": "pharmacy never received"},
    }
    model = triage.load_model()
    assert triage.classify(row["text"]).message.reason == "refill lisinopril"

    def reason_precision(rows: list[dict[str, Any]]) -> float:
        return next(s.precision for s in score_fields(model, rows) if s.field == "reason")

    assert reason_precision([row]) == 0.0
    assert reason_precision([{**row, "reason_also": ["lisinopril refill"]}]) == 1.0
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({**row, "reason_also": "refill"}) + "\n")
    with pytest.raises(ValueError, match="line 1: 'reason_also'"):
        read_rows(bad)
