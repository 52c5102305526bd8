"""Saving and loading models without pickle.

A model directory holds:

- ``model.json``: parameters, classes, decision settings (no code, no pickles);
- ``weights.npz``: vocabulary, IDF weights, coefficients, read with ``allow_pickle=False``;
- ``manifest.json``: format, version, SHA-256 of both files and of the training corpus,
  library / scikit-learn / numpy versions and held-out figures;
- ``MODEL_CARD.md``: generated from the manifest on every save.

Loading checks every hash against the manifest before reading a single array. A joblib
file (which can run code when loaded) is read only when the caller passes ``trusted=True``.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import platform
import zipfile
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression

from triage._card import render_card
from triage._files import atomic_open
from triage._version import __version__
from triage.features import TriageFeatures, _make_vectorizer
from triage.model import TriageClassifier, TriageModel
from triage.schema import TriageConfig

FORMAT = "triage-model/1"
_FILES = ("model.json", "weights.npz")
_PICKLE_SUFFIXES = (".joblib", ".pkl", ".pickle")


class ModelFileError(ValueError):
    """A model file is missing, changed, truncated, corrupt or of an unknown format."""


def save_model(model: TriageModel, directory: str | os.PathLike[str]) -> Path:
    """Write ``model`` to ``directory`` (created if needed) in the safe format."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    _write_atomic(out / "model.json", _json_bytes(_describe(model)))
    _write_atomic(out / "weights.npz", _weights_bytes(model))
    manifest = _manifest(model, out)
    _write_atomic(out / "manifest.json", _json_bytes(manifest))
    _write_atomic(out / "MODEL_CARD.md", render_card(manifest).encode())
    return out


def save_trusted(model: TriageModel, path: str | os.PathLike[str]) -> Path:
    """Write a joblib file; only ``load_model(path, trusted=True)`` will read it back."""
    target = Path(path)
    joblib.dump(model, target)
    return target


def load_model_dir(path: str | os.PathLike[str], *, trusted: bool = False) -> TriageModel:
    """Load a model directory (or its manifest) after checking it, or a trusted joblib file."""
    target = Path(path)
    if target.suffix in _PICKLE_SUFFIXES:
        return _load_pickle(target, trusted)
    directory = target.parent if target.name == "manifest.json" else target
    manifest = _read_json(directory / "manifest.json")
    if manifest.get("format") != FORMAT:
        raise ModelFileError(
            f"{directory / 'manifest.json'}: unknown model format {manifest.get('format')!r}, "
            f"expected {FORMAT!r}"
        )
    files = manifest.get("files", {})
    # Hash and parse the same bytes, so a file swapped after the check is never used.
    payloads = {name: _read_checked(directory / name, files.get(name)) for name in _FILES}
    description = _parse_json(directory / "model.json", payloads["model.json"])
    weights = _read_weights(directory / "weights.npz", payloads["weights.npz"])
    return _build(description, weights, directory, manifest)


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _load_pickle(path: Path, trusted: bool) -> TriageModel:
    if not trusted:
        raise ModelFileError(
            f"{path}: refusing to load a pickle/joblib file, which can run code when loaded; "
            "pass trusted=True only for a file you made yourself"
        )
    model = joblib.load(path)
    if not isinstance(model, TriageModel):
        raise ModelFileError(f"{path}: holds {type(model).__name__}, expected TriageModel")
    return model


def _describe(model: TriageModel) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": model.version,
        "features": model.features.get_params(),
        "classifier": model.classifier.get_params(),
        "classes": [str(c) for c in model.classifier.classes_],
        "temperature": model.classifier.temperature_,
        "config": model.config.model_dump(mode="json"),
    }


def _weights_bytes(model: TriageModel) -> bytes:
    vectorizer = model.features.vectorizer_
    terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
    arrays = {
        "vocabulary": np.array(terms, dtype=np.str_),
        "idf": vectorizer.idf_,
        "coef": model.classifier.linear_.coef_,
        "intercept": model.classifier.linear_.intercept_,
    }
    return _npz_bytes(arrays)


def _npz_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    """An .npz archive with fixed timestamps, so the same model gives the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w") as member:
                np.lib.format.write_array(member, np.ascontiguousarray(array), allow_pickle=False)
    return buffer.getvalue()


def _manifest(model: TriageModel, directory: Path) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "model_version": model.version,
        "labels": [str(c) for c in model.classifier.classes_],
        "thresholds": model.config.model_dump(mode="json"),
        "files": {name: sha256_file(directory / name) for name in _FILES},
        "versions": {
            "triage": __version__,
            "scikit-learn": sklearn.__version__,
            "numpy": np.__version__,
            "python": platform.python_version(),
        },
        **model.metadata,
    }


def _build(
    description: dict[str, Any],
    weights: dict[str, np.ndarray],
    directory: Path,
    manifest: dict[str, Any],
) -> TriageModel:
    try:
        features = TriageFeatures(**description["features"])
        vectorizer = _make_vectorizer(features.ngram_max, features.min_df, features.sublinear_tf)
        vectorizer.vocabulary_ = {str(t): i for i, t in enumerate(weights["vocabulary"])}
        vectorizer.idf_ = weights["idf"]
        features.vectorizer_ = vectorizer
        features.n_features_out_ = weights["coef"].shape[1]
        classifier = TriageClassifier(**description["classifier"])
        classifier.classes_ = np.array(description["classes"], dtype=object)
        classifier.temperature_ = float(description["temperature"])
        classifier.n_features_in_ = weights["coef"].shape[1]
        linear = LogisticRegression()
        linear.classes_ = classifier.classes_
        linear.coef_ = weights["coef"]
        linear.intercept_ = weights["intercept"]
        linear.n_features_in_ = classifier.n_features_in_
        classifier.linear_ = linear
        config = TriageConfig(**description["config"])
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ModelFileError(f"{directory}: model description is invalid: {exc}") from exc
    metadata = {k: v for k, v in manifest.items() if k not in _RESERVED}
    return TriageModel(features, classifier, config, str(description["version"]), metadata)


_RESERVED = frozenset({"format", "model_version", "labels", "thresholds", "files", "versions"})


def _read_weights(path: Path, payload: bytes) -> dict[str, np.ndarray]:
    try:
        with np.load(io.BytesIO(payload), allow_pickle=False) as data:
            return {name: data[name] for name in ("vocabulary", "idf", "coef", "intercept")}
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError) as exc:
        raise ModelFileError(f"{path}: cannot read model weights ({exc})") from exc


def _read_json(path: Path) -> dict[str, Any]:
    try:
        payload = path.read_bytes()
    except FileNotFoundError as exc:
        raise ModelFileError(f"{path}: model file not found") from exc
    except OSError as exc:
        raise ModelFileError(f"{path}: cannot read ({exc})") from exc
    return _parse_json(path, payload)


def _parse_json(path: Path, payload: bytes) -> dict[str, Any]:
    try:
        data = json.loads(payload)
    except ValueError as exc:
        raise ModelFileError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ModelFileError(f"{path}: expected a JSON object, got {type(data).__name__}")
    return data


def _read_checked(path: Path, expected: object) -> bytes:
    if not isinstance(expected, str):
        raise ModelFileError(f"{path}: the manifest has no hash for this file")
    if not path.is_file():
        raise ModelFileError(f"{path}: model file not found")
    payload = path.read_bytes()
    if hashlib.sha256(payload).hexdigest() != expected:
        raise ModelFileError(
            f"{path}: SHA-256 does not match the manifest; the file was changed, truncated "
            "or corrupted"
        )
    return payload


def _json_bytes(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode()


def _write_atomic(path: Path, payload: bytes) -> None:
    with atomic_open(path, binary=True) as handle:
        handle.write(payload)
