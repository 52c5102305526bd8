"""Scoring chunks of texts: in process, or in joblib's loky workers with the model sent once.

Results travel as plain tuples of the output values (``RESULT_COLUMNS`` order), which are
cheaper to pickle between processes than pydantic results.
"""

from __future__ import annotations

import functools
import os
import tempfile
from collections import deque
from collections.abc import Iterator
from typing import Any, NamedTuple, TypeVar

from triage._persist import save_model
from triage.model import ModelSource, TriageModel
from triage.schema import LABELS, CallRecord, TriageConfig, TriageResult
from triage.table import RESULT_COLUMNS, slip_values

ResultValues = tuple[Any, ...]
# Each worker is one process doing one chunk at a time: native thread pools beyond one
# thread would only fight the other workers for the same cores.
_ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
T = TypeVar("T")


Call = str | CallRecord


def score_chunks(
    model: TriageModel | None,
    chunks: Iterator[tuple[T, list[Call]]],
    jobs: int,
    *,
    redact: bool = False,
) -> Iterator[tuple[T, list[ResultValues | None]]]:
    """Score each chunk's texts, in input order; ``T`` is whatever rides along (the rows)."""
    if jobs == 1:
        loaded = model if model is not None else shipped_model()
        for chunk, texts in chunks:
            yield chunk, score_texts(loaded, texts, redact=redact)
        return
    workers = (os.cpu_count() or 1) if jobs == -1 else jobs
    yield from _score_in_workers(model, chunks, workers, redact)


def _score_in_workers(
    model: TriageModel | None, chunks: Iterator[tuple[T, list[Call]]], jobs: int, redact: bool
) -> Iterator[tuple[T, list[ResultValues | None]]]:
    """Score chunks in loky worker processes (joblib's), at most ``2 * jobs`` in flight.

    joblib's ``Parallel(return_as="generator")`` dispatches the whole input as fast as
    workers finish, with no back-pressure from a slow writer, so a big log would pile up in
    memory; loky's executor lets us bound the chunks in flight while keeping input order.
    The model goes to each worker once, by path: the directory it was loaded from (checked
    there to be the same files), or for a model made in memory a copy saved in the checked
    format to a private directory. Its decision settings go with it.
    """
    from joblib.externals.loky import get_reusable_executor

    with tempfile.TemporaryDirectory(prefix="triage-model-") as tmp:
        where = _model_path(model, tmp)
        executor = get_reusable_executor(max_workers=jobs, env=_ONE_THREAD)
        pending: deque[tuple[T, Any]] = deque()
        try:
            for chunk, texts in chunks:
                pending.append((chunk, executor.submit(_worker_score, where, texts, redact)))
                if len(pending) >= 2 * jobs:
                    done, future = pending.popleft()
                    yield done, future.result()
            while pending:
                done, future = pending.popleft()
                yield done, future.result()
        finally:
            for _, future in pending:
                future.cancel()


class _Where(NamedTuple):
    """How a worker finds the model: its directory (None: the shipped model, which this
    process need not load at all), the files it must find there (None: a private copy, or
    the shipped model), and the settings to use (None: the model's own)."""

    directory: str | None
    source: ModelSource | None
    config: str | None


def _model_path(model: TriageModel | None, tmp: str) -> _Where:
    """The directory workers load the model from. The shipped model and any model loaded
    from a directory are already on disk in the checked format; saving a copy would rebuild
    its scikit-learn estimators in this process (~150 MB) and write a model card."""
    if model is None:
        return _Where(None, None, None)
    if model.source is not None:
        return _Where(model.source.directory, model.source, model.config.model_dump_json())
    return _Where(str(save_model(model, tmp)), None, model.config.model_dump_json())


def _worker_score(where: _Where, texts: list[Call], redact: bool) -> list[ResultValues | None]:
    return score_texts(_cached_model(where), texts, redact=redact)


@functools.lru_cache(maxsize=1)
def _cached_model(where: _Where) -> TriageModel:
    from triage import ModelFileError, load_model

    if where.directory is None:
        return shipped_model()
    model = load_model(where.directory)
    if where.source is not None and model.source != where.source:
        raise ModelFileError(
            f"{where.directory}: the model files changed after the model was loaded; load it "
            "again before scoring"
        )
    return (
        model
        if where.config is None
        else model.with_config(TriageConfig.model_validate_json(where.config))
    )


@functools.cache
def shipped_model() -> TriageModel:
    """The shipped model, loaded once per process."""
    from triage import load_model

    return load_model()


def score_texts(
    model: TriageModel, texts: list[Call], *, redact: bool = False
) -> list[ResultValues | None]:
    """Result values (in ``RESULT_COLUMNS`` order) per text; None where scoring failed.
    ``redact``: the slip's names, numbers and dates of birth are written as tags.

    The chunk is decided as columns (``TriageModel.classify_table``): no result object per
    call. A chunk that fails as a whole is retried one text at a time, so one text the model
    cannot handle costs one errored row, not the chunk.
    """
    try:
        return list(model.classify_table(texts).rows(redact=redact))
    except Exception:
        out: list[ResultValues | None] = []
        for text in texts:
            try:
                out.append(_values(model.classify(text), redact))
            except Exception:
                out.append(None)
        return out


def _values(result: TriageResult, redact: bool) -> ResultValues:
    return tuple(result_columns(result, redact=redact).values())


def result_columns(result: TriageResult | None, *, redact: bool = False) -> dict[str, Any]:
    """The output columns for one result (empty values for a row that could not be scored).
    ``redact``: the slip's names, numbers and dates of birth are tags ("[NAME]")."""
    if result is None:
        return dict.fromkeys(RESULT_COLUMNS, "")
    fields = slip_values(result.message, redact)
    return {
        "label": result.label.value,
        "action": result.action.value,
        "emergency": result.emergency,
        "confidence": result.confidence,
        **{f"p_{label.value}": result.probabilities[label] for label in LABELS},
        "red_flags": "; ".join(result.red_flags),
        "acuity": "; ".join(result.acuity),
        "language": result.language,
        "note": result.note,
        "callback": result.callback,
        **fields,
    }
