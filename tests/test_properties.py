"""Properties that hold for every input: no crash, JSON-safe, batch equals one by one."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from triage import Action, Label, TriageModel, TriageResult, load_model

WORDS = st.sampled_from(
    [
        "chest",
        "pain",
        "no",
        "denies",
        "refill",
        "appointment",
        "press",
        "one",
        "offer",
        "my",
        "son",
        "fever",
        "104",
        "um",
        "pt",
        "c/o",
        "SOB",
        "call",
        "me",
        "back",
        "¿qué?",
        "🙂",
    ]
)
TEXT = st.one_of(st.text(min_size=1, max_size=300), st.lists(WORDS, min_size=1).map(" ".join))
CHECKS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@CHECKS
@given(text=TEXT)
def test_any_text_gives_a_valid_json_safe_result(small_model: TriageModel, text: str) -> None:
    if not text.strip():
        return  # empty text is a documented ValueError, tested in test_contract
    result = small_model.classify(text)
    assert TriageResult.model_validate_json(result.model_dump_json()) == result
    assert abs(sum(result.probabilities.values()) - 1.0) < 1e-4
    assert result.confidence == result.probabilities[result.label]


@CHECKS
@given(texts=st.lists(TEXT.filter(str.strip), max_size=8))
def test_batch_equals_one_by_one(small_model: TriageModel, texts: list[str]) -> None:
    assert small_model.classify_many(texts) == [small_model.classify(t) for t in texts]


# --- Any str at all: every code point (lone surrogates included), 0 to 100,000 characters. ---

#: Every code point: exclude_categories=() lets in the surrogates text() leaves out by default.
ANY_CHAR = st.characters(exclude_categories=())
#: Pieces speech recognisers and pipelines really produce, which random code points rarely hit.
ODD_PIECES = st.sampled_from(
    [
        "\u202e", "\u200f", "\u200b", "\ufeff", "\u0301", "\x00", "\x07", "\x1b[31m", "\r\n",
        "\udc80", "\ud83d", "🙂", "👨\u200d👩\u200d👧", "مرحبا", "שלום", "我的孩子发烧", "ﬁ", "Ⅻ",
        "chest pain", "denies", "no", "press one", "call me back", "104", "c/o", "x3d", " ",
    ]
)  # fmt: skip
CHUNK = st.lists(st.one_of(ANY_CHAR, ODD_PIECES), max_size=12).map("".join)
MAX_LEN = 100_000


def _long(head: str, body: str, length: int, tail: str) -> str:
    """``body`` repeated to about ``length`` characters between ``head`` and ``tail``."""
    return (head + body * (length // len(body) + 1))[:length] + tail


#: Long strings cheaply: a chunk repeated up to 100,000 characters, between two free chunks.
LONG = st.builds(_long, CHUNK, CHUNK.filter(bool), st.integers(0, MAX_LEN - 200), CHUNK)
ANY_STR = st.one_of(st.text(ANY_CHAR, max_size=200), CHUNK, LONG)


@CHECKS
@given(text=ANY_STR)
@example(text="\udc80 chest pain \u202e🙂" * 6_666)  # 99,990 characters, always tried
@example(text=" \x1c\u2028\u3000")  # whitespace by str.isspace, not only ASCII
def test_any_str_gives_a_valid_result_or_the_documented_error(
    small_model: TriageModel, text: str
) -> None:
    if not text.strip():
        with pytest.raises(ValueError, match=r"^call 0: text is empty or only whitespace"):
            small_model.classify(text)
        return
    result = small_model.classify(text)
    assert TriageResult.model_validate_json(result.model_dump_json()) == result
    assert result.confidence == result.probabilities[result.label]
    assert result.truncated is (len(text) > small_model.config.max_chars)
    assert not result.emergency or result.label is Label.URGENT
    assert result.label is not Label.URGENT or result.action is Action.TRANSFER_NOW


@CHECKS
@given(texts=st.lists(ANY_STR.filter(str.strip), max_size=6))
def test_batch_equals_one_by_one_for_any_str(small_model: TriageModel, texts: list[str]) -> None:
    assert small_model.classify_many(texts) == [small_model.classify(t) for t in texts]


@pytest.fixture(scope="module")
def second_model(small_model_dir: Path) -> TriageModel:
    """The same files loaded again: nothing in the results may depend on the instance."""
    return load_model(small_model_dir)


@CHECKS
@given(text=ANY_STR.filter(str.strip))
def test_results_are_deterministic(
    small_model: TriageModel, second_model: TriageModel, text: str
) -> None:
    first = small_model.classify(text)
    assert small_model.classify(text) == first
    assert second_model.classify(text) == first
    assert first.model_dump_json() == second_model.classify(text).model_dump_json()
