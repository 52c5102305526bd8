"""triage: is this call to a medical or dental practice urgent, routine or sales?

>>> import triage
>>> r = triage.classify("hi um my dad has crushing chest pain and he's sweating")
>>> r.label, r.action, r.emergency
(<Label.URGENT: 'urgent'>, <Action.TRANSFER_NOW: 'transfer_now'>, True)

The model shipped in the wheel is loaded on first use and shared; ``load_model(path)`` loads
another one. Nothing here logs, writes files or touches global state on import.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from triage._persist import ModelFileError, load_model_dir
from triage._version import __version__
from triage.model import TriageModel
from triage.schema import (
    Action,
    CallRecord,
    Label,
    MessageSlip,
    PracticeHours,
    TriageConfig,
    TriageResult,
)
from triage.slip import redact
from triage.table import TriageBatch

__all__ = [
    "Action",
    "CallRecord",
    "Label",
    "MessageSlip",
    "ModelFileError",
    "PracticeHours",
    "TriageBatch",
    "TriageConfig",
    "TriageModel",
    "TriageResult",
    "__version__",
    "classify",
    "classify_many",
    "classify_table",
    "load_model",
    "redact",
]


def load_model(
    path: str | os.PathLike[str] | None = None,
    *,
    trusted: bool = False,
    config: TriageConfig | None = None,
) -> TriageModel:
    """Load a model, checked against its manifest.

    Parameters
    ----------
    path : None for the model shipped with the library, else a model directory, its
        ``manifest.json``, or a ``.joblib`` file.
    trusted : read a joblib/pickle file, which can run code when loaded. Only for files
        you made yourself; refused otherwise.
    config : decision settings to use instead of the ones saved with the model.

    Raises
    ------
    ModelFileError
        The file is missing, changed, truncated, corrupt, of another format, or a pickle
        without ``trusted=True``. The message names the file.
    """
    model = load_model_dir(shipped_model_dir() if path is None else path, trusted=trusted)
    return model if config is None else model.with_config(config)


def shipped_model_dir() -> Path:
    """Where the shipped model lives: inside the wheel, or ``models/`` in a checkout."""
    packaged = Path(str(resources.files("triage"))) / "models"
    if (packaged / "manifest.json").is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "models"


@functools.cache
def _default_model() -> TriageModel:
    with _LOADING:  # many threads' first calls load the shipped model once
        return _loaded_once()


@functools.cache
def _loaded_once() -> TriageModel:
    return load_model()


_LOADING = threading.Lock()


def classify(call: str | CallRecord) -> TriageResult:
    """Classify one call with the shipped model.

    Parameters
    ----------
    call : the caller's words (transcript, voicemail or operator note), or a ``CallRecord``
        with context such as ``after_hours``.

    Returns
    -------
    TriageResult with label, action, emergency, confidence, probabilities, red flags,
    reasons and a one-line note.

    Raises
    ------
    TypeError for anything but a str or CallRecord; ValueError for empty text.

    >>> classify("I'd like to move my cleaning to next Tuesday").label.value
    'routine'
    """
    return _default_model().classify(call)


def classify_many(calls: Iterable[str | CallRecord]) -> list[TriageResult]:
    """Classify many calls with the shipped model; the same results as ``classify`` each.

    >>> [r.label.value for r in classify_many(["press one to lower your rate", "call me back"])]
    ['sales', 'routine']
    """
    return _default_model().classify_many(calls)


def classify_table(calls: Iterable[str | CallRecord]) -> TriageBatch:
    """Classify many calls with the shipped model into columns (``TriageBatch``): the
    fastest way through a batch; ``batch[i]`` is the ``TriageResult`` of ``classify``.

    >>> batch = classify_table(["press one to lower your rate", "call me back"])
    >>> batch.label.tolist(), batch[0].action.value
    (['sales', 'routine'], 'take_message')
    """
    return _default_model().classify_table(calls)
