"""Saving and loading models without pickle.

A model directory holds:

- ``model.json``: parameters, classes, decision settings (no code, no pickles);
- ``weights.npz``: vocabulary, IDF weights, coefficients, read with ``allow_pickle=False``;
- ``manifest.json``: format, version, SHA-256 of both files and of the training corpus,
  library / scikit-learn / numpy versions and held-out figures;
- ``MODEL_CARD.md``: generated from the manifest on every save.

Loading checks every hash against the manifest before reading a single array, and the
arrays of a loaded model are read-only, so one model can be shared by many threads. A
joblib file (which can run code when loaded) is read only when the caller passes
``trusted=True`` with the path of that file: ``trusted=True`` is the only way a pickle is
ever unpickled, and a pickle planted in a model directory is never read.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import platform
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from triage._card import render_card
from triage._version import __version__
from triage.model import LifeThreat, ModelSource, TriageModel, Weights
from triage.schema import TriageConfig

if TYPE_CHECKING:
    from triage.classifier import TriageClassifier
    from triage.features import TriageFeatures

FORMAT = "triage-model/1"
_FILES = ("model.json", "weights.npz")
_PICKLE_SUFFIXES = (".joblib", ".pkl", ".pickle")
_ARRAYS = ("vocabulary", "idf", "coef", "intercept")
_LIFE_ARRAYS = ("life_coef", "life_intercept")  # only in a model with a learned life-threat score
# What a damaged trusted pickle can raise while loading (the payload runs either way).
_PICKLE_ERRORS = (
    pickle.UnpicklingError, EOFError, ValueError, TypeError, KeyError, IndexError,
    AttributeError, ImportError, OSError,
)  # fmt: skip


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
    import joblib

    joblib.dump(model, target)
    return target


def load_model_dir(path: str | os.PathLike[str], *, trusted: bool = False) -> TriageModel:
    """Load a model directory (or its manifest) after checking it, or a trusted joblib file."""
    target = Path(path)
    if target.suffix in _PICKLE_SUFFIXES:
        return _load_pickle(target, trusted)
    directory = target.parent if target.name == "manifest.json" else target
    _check_is_directory(directory)
    manifest = _read_json(directory / "manifest.json")
    _check_format(directory / "manifest.json", manifest)
    _check_digest(directory / "manifest.json", manifest)
    files = manifest.get("files")
    files = files if isinstance(files, dict) else {}
    # Hash and parse the same bytes, so a file swapped after the check is never used.
    payloads = {name: _read_checked(directory / name, files.get(name)) for name in _FILES}
    description = _parse_json(directory / "model.json", payloads["model.json"])
    if description.get("format") != FORMAT:
        raise ModelFileError(
            f"{directory / 'model.json'}: model format {description.get('format')!r} does not "
            f"match its manifest's {FORMAT!r}"
        )
    weights = _read_weights(directory / "weights.npz", payloads["weights.npz"])
    return _build(description, weights, directory, manifest)


def _check_is_directory(directory: Path) -> None:
    """Refuse a plain file early; a pickle beside a missing manifest is named, never read."""
    if directory.is_file():
        raise ModelFileError(
            f"{directory}: not a model directory; pass a directory with manifest.json, or a "
            f"{'/'.join(_PICKLE_SUFFIXES)} file with trusted=True"
        )
    if directory.is_dir() and not (directory / "manifest.json").exists():
        pickles = sorted(p.name for p in directory.iterdir() if p.suffix in _PICKLE_SUFFIXES)
        if pickles:
            raise ModelFileError(
                f"{directory}: no manifest.json; found {', '.join(pickles)}, which is not "
                "read from a directory (a pickle can run code when loaded); pass its path "
                "with trusted=True only if you made it yourself"
            )


def _check_format(path: Path, manifest: dict[str, Any]) -> None:
    """Refuse another format, naming it, the triage version that wrote it, and ours."""
    found = manifest.get("format")
    if found == FORMAT:
        return
    versions = manifest.get("versions")
    writer = versions.get("triage") if isinstance(versions, dict) else None
    raise ModelFileError(
        f"{path}: unknown model format {found!r} (written by triage {writer or 'unknown'}); "
        f"triage {__version__} reads {FORMAT!r}: load it with the version that wrote it, "
        "or retrain"
    )


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
    try:
        import joblib

        model = joblib.load(path)
    except FileNotFoundError as exc:
        raise ModelFileError(f"{path}: model file not found") from exc
    except _PICKLE_ERRORS as exc:
        raise ModelFileError(
            f"{path}: cannot read this joblib file ({type(exc).__name__}); it is truncated, "
            "corrupt or from an incompatible version"
        ) from exc
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
        **({} if model.life is None else {"life_temperature": model.life.temperature}),
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
    if model.life is not None:
        arrays["life_coef"] = model.life.coef
        arrays["life_intercept"] = np.array([model.life.intercept])
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
    manifest = {
        "format": FORMAT,
        "model_version": model.version,
        "labels": [str(c) for c in model.classifier.classes_],
        "thresholds": model.config.model_dump(mode="json"),
        "files": {name: sha256_file(directory / name) for name in _FILES},
        "versions": {
            "triage": __version__,
            "scikit-learn": _sklearn_version(),
            "numpy": np.__version__,
            "python": platform.python_version(),
        },
        **model.metadata,
    }
    return {**manifest, _SELF: _digest(manifest)}


def _digest(manifest: dict[str, Any]) -> str:
    """SHA-256 of the manifest's content without its own digest: a changed figure in it (the
    held-out results ``triage info`` prints) is refused like a changed weight."""
    body = {k: v for k, v in manifest.items() if k != _SELF}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def _check_digest(path: Path, manifest: dict[str, Any]) -> None:
    """Manifests written before the digest existed have none, and are read as before."""
    if _SELF in manifest and manifest[_SELF] != _digest(manifest):
        raise ModelFileError(
            f"{path}: the manifest's content does not match its own SHA-256; it was changed"
        )


def _build(
    description: dict[str, Any],
    weights: dict[str, np.ndarray],
    directory: Path,
    manifest: dict[str, Any],
) -> TriageModel:
    """The model, compiled straight from the arrays: scikit-learn is not even imported until
    someone asks for the estimators (``model.features``, ``model.classifier``)."""
    _check_shapes(weights, directory / "weights.npz")
    try:
        params = dict(description["features"])
        stored = Weights(
            vocabulary=[str(t) for t in weights["vocabulary"]],
            idf=weights["idf"],
            coef=weights["coef"],
            intercept=weights["intercept"],
            classes=[str(c) for c in description["classes"]],
            temperature=float(description["temperature"]),
            ngram_max=int(params["ngram_max"]),
            sublinear_tf=bool(params["sublinear_tf"]),
            cue_weight=float(params["cue_weight"]),
            # Absent: a model written before the acuity columns existed has none.
            acuity_weight=float(params.get("acuity_weight", 0.0)),
            life=_life(description, weights),
        )
        config = TriageConfig(**description["config"])
        version = str(description["version"])
        metadata = {k: v for k, v in manifest.items() if k not in _RESERVED}
        files = manifest.get("files")
        source = ModelSource(
            str(directory.resolve()),
            tuple(sorted((str(k), str(v)) for k, v in files.items()))
            if isinstance(files, dict)
            else (),
        )
        return TriageModel.from_weights(
            stored,
            config,
            version,
            metadata,
            estimators=lambda: _estimators(description, stored),
            source=source,
        )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ModelFileError(f"{directory}: model description is invalid: {exc}") from exc


def _life(description: dict[str, Any], weights: dict[str, np.ndarray]) -> LifeThreat | None:
    """The learned life-threat score, if the file has one (files before it had none)."""
    if "life_coef" not in weights:
        return None
    return LifeThreat(
        coef=weights["life_coef"],
        intercept=float(weights["life_intercept"][0]),
        temperature=float(description["life_temperature"]),
    )


def _estimators(
    description: dict[str, Any], weights: Weights
) -> tuple[TriageFeatures, TriageClassifier]:
    """The fitted scikit-learn estimators behind stored weights: the reference pipeline."""
    from sklearn.linear_model import LogisticRegression

    from triage.classifier import TriageClassifier
    from triage.features import TriageFeatures, _make_vectorizer

    features = TriageFeatures(**{"acuity_weight": 0.0, **description["features"]})
    vectorizer = _make_vectorizer(features.ngram_max, features.min_df, features.sublinear_tf)
    vectorizer.vocabulary_ = {term: i for i, term in enumerate(weights.vocabulary)}
    vectorizer.idf_ = weights.idf
    features.vectorizer_ = vectorizer
    features.n_features_out_ = weights.coef.shape[1]
    classifier = TriageClassifier(**description["classifier"])
    classifier.classes_ = np.array(weights.classes, dtype=object)
    classifier.temperature_ = weights.temperature
    classifier.n_features_in_ = weights.coef.shape[1]
    linear = LogisticRegression()
    linear.classes_ = classifier.classes_
    linear.coef_ = weights.coef
    linear.intercept_ = weights.intercept
    linear.n_features_in_ = classifier.n_features_in_
    classifier.linear_ = linear
    return features, classifier


_SELF = "manifest_sha256"
_RESERVED = frozenset(
    {"format", "model_version", "labels", "thresholds", "files", "versions", _SELF}
)


def _check_shapes(weights: dict[str, np.ndarray], path: Path) -> None:
    """Arrays that agree with each other, so a bad file fails here, not inside scikit-learn."""
    vocabulary, idf = weights["vocabulary"], weights["idf"]
    coef, intercept = weights["coef"], weights["intercept"]
    problems = [
        vocabulary.ndim != 1 or vocabulary.dtype.kind != "U",
        idf.shape != vocabulary.shape or idf.dtype.kind != "f",
        coef.ndim != 2 or coef.dtype.kind != "f" or coef.shape[1] < len(vocabulary),
        intercept.shape != coef.shape[:1] or intercept.dtype.kind != "f",
        "life_coef" in weights and weights["life_coef"].shape != coef.shape[1:],
        "life_coef" in weights and weights.get("life_intercept", coef).shape != (1,),
    ]
    if any(problems):
        shapes = ", ".join(f"{k} {v.dtype.str}{v.shape}" for k, v in weights.items())
        raise ModelFileError(f"{path}: model weights do not fit together ({shapes})")


def _read_weights(path: Path, payload: bytes) -> dict[str, np.ndarray]:
    try:
        with np.load(io.BytesIO(payload), allow_pickle=False) as data:
            arrays = {name: data[name] for name in _ARRAYS}
            arrays |= {name: data[name] for name in _LIFE_ARRAYS if name in data.files}
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError) as exc:
        raise ModelFileError(f"{path}: cannot read model weights ({exc})") from exc
    for array in arrays.values():
        # Read-only: a model shared by threads cannot be changed under them by accident.
        array.flags.writeable = False
    return arrays


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
    from triage.io import atomic_open  # not imported by loading: only saving writes files

    with atomic_open(path, binary=True) as handle:
        handle.write(payload)


def _sklearn_version() -> str:
    import sklearn

    return str(sklearn.__version__)
