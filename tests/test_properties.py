"""Properties that hold for every input: no crash, JSON-safe, batch equals one by one."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage import TriageModel, TriageResult

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
