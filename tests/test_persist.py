"""Train, save, load: same predictions, deterministic bytes, and refusal of bad files."""

from __future__ import annotations

import io
import json
import pickle
import re
import zipfile
from pathlib import Path

import numpy as np
import pytest

from triage import ModelFileError, TriageModel, __version__, load_model, shipped_model_dir
from triage._persist import FORMAT, _digest, save_model, save_trusted, sha256_file
from triage.training import train

TEXTS = [
    "my chest feels tight and my arm is numb",
    "can I move my appointment to Friday",
    "we can lower your card processing fees",
    "hi it's Ola call me back",
]


def test_saved_model_predicts_the_same(small_model_dir: Path, small_corpus: Path) -> None:
    fresh = train(small_corpus, seed=0)
    loaded = load_model(small_model_dir)
    assert np.allclose(fresh.predict_proba(TEXTS), loaded.predict_proba(TEXTS), atol=0, rtol=0)
    assert fresh.classify_many(TEXTS) == loaded.classify_many(TEXTS)
    assert loaded.version == fresh.version


def test_training_is_deterministic(
    small_corpus: Path, small_model_dir: Path, tmp_path: Path
) -> None:
    save_model(train(small_corpus, seed=0), tmp_path)
    for name in ("model.json", "weights.npz", "manifest.json", "MODEL_CARD.md"):
        assert (tmp_path / name).read_bytes() == (small_model_dir / name).read_bytes(), name


def test_manifest_describes_the_model(small_model_dir: Path) -> None:
    manifest = json.loads((small_model_dir / "manifest.json").read_text())
    assert manifest["labels"] == ["routine", "sales", "urgent"]
    assert set(manifest["files"]) == {"model.json", "weights.npz"}
    assert {"triage", "scikit-learn", "numpy", "python"} <= set(manifest["versions"])
    assert len(manifest["corpus"]["sha256"]) == 64
    assert 0.0 < manifest["thresholds"]["urgent_threshold"] <= 0.5
    held = manifest["heldout"]["corpus_test"]
    assert held["n"] > 0 and 0.0 <= held["urgent_recall"] <= 1.0
    card = (small_model_dir / "MODEL_CARD.md").read_text()
    assert manifest["model_version"] in card and f"{held['urgent_recall']:.3f}" in card


def test_flipped_byte_is_refused(model_copy: Path) -> None:
    weights = model_copy / "weights.npz"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(ModelFileError, match=r"weights\.npz.*SHA-256"):
        load_model(model_copy)


def test_truncated_file_is_refused(model_copy: Path) -> None:
    path = model_copy / "model.json"
    path.write_bytes(path.read_bytes()[:40])
    with pytest.raises(ModelFileError, match=r"model\.json"):
        load_model(model_copy)


def test_missing_file_is_named(model_copy: Path) -> None:
    (model_copy / "weights.npz").unlink()
    with pytest.raises(ModelFileError, match=r"weights\.npz: model file not found"):
        load_model(model_copy)


def test_corrupt_manifest_is_named(model_copy: Path) -> None:
    (model_copy / "manifest.json").write_text("{not json")
    with pytest.raises(ModelFileError, match=r"manifest\.json: not valid JSON"):
        load_model(model_copy)


def test_other_format_is_refused(model_copy: Path) -> None:
    manifest = json.loads((model_copy / "manifest.json").read_text())
    manifest["format"] = "triage-model/999"
    (model_copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelFileError, match="unknown model format"):
        load_model(model_copy)


def test_consistent_but_corrupt_weights_are_refused(model_copy: Path) -> None:
    """A file replaced together with its manifest hash still has to be a real npz."""
    import hashlib

    (model_copy / "weights.npz").write_bytes(b"PK\x03\x04 not really a zip")
    manifest = json.loads((model_copy / "manifest.json").read_text())
    manifest["files"]["weights.npz"] = hashlib.sha256(
        (model_copy / "weights.npz").read_bytes()
    ).hexdigest()
    manifest["manifest_sha256"] = _digest(manifest)
    (model_copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelFileError, match=r"weights\.npz: cannot read"):
        load_model(model_copy)


def test_joblib_needs_trust(small_model: TriageModel, tmp_path: Path) -> None:
    path = save_trusted(small_model, tmp_path / "model.joblib")
    with pytest.raises(ModelFileError, match="refusing to load a pickle"):
        load_model(path)
    trusted = load_model(path, trusted=True)
    assert trusted.classify_many(TEXTS) == small_model.classify_many(TEXTS)


class _Payload:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (Path.write_text, (self.marker, "pwned"))  # type: ignore[return-value]


def test_planted_pickle_never_runs(tmp_path: Path) -> None:
    import joblib

    marker = tmp_path / "payload-ran"
    joblib.dump(_Payload(marker), tmp_path / "evil.joblib")
    with pytest.raises(ModelFileError):
        load_model(tmp_path / "evil.joblib")
    assert not marker.exists()


def test_shipped_model_loads_and_is_checked() -> None:
    model = load_model()
    assert model.version.startswith("call-triage-")
    assert "corpus_test" in model.metadata["heldout"]


# --- Tampering: every damaged or foreign file is refused, and no payload ever runs. ---


def _rehash(directory: Path, name: str) -> None:
    """Make the manifest agree with a replaced file, as a careful attacker would."""
    manifest = json.loads((directory / "manifest.json").read_text())
    manifest["files"][name] = sha256_file(directory / name)
    manifest["manifest_sha256"] = _digest(manifest)
    (directory / "manifest.json").write_text(json.dumps(manifest))


@pytest.mark.parametrize("name", ["model.json", "weights.npz", "manifest.json"])
@pytest.mark.parametrize("where", [0.0, 0.5, 1.0])
def test_a_flipped_byte_anywhere_is_refused(model_copy: Path, name: str, where: float) -> None:
    path = model_copy / name
    data = bytearray(path.read_bytes())
    data[min(int(len(data) * where), len(data) - 1)] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(
        ModelFileError, match=re.escape(str(path if name != "manifest.json" else model_copy))
    ):
        load_model(model_copy)


@pytest.mark.parametrize("name", ["model.json", "weights.npz", "manifest.json"])
@pytest.mark.parametrize("keep", [0.0, 0.5, 0.999])
def test_a_truncated_file_is_refused(model_copy: Path, name: str, keep: float) -> None:
    path = model_copy / name
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(ModelFileError, match=re.escape(name)):
        load_model(model_copy)


def test_a_manifest_from_another_version_names_both(model_copy: Path) -> None:
    manifest = json.loads((model_copy / "manifest.json").read_text())
    manifest["format"] = "triage-model/2"
    manifest["versions"]["triage"] = "7.3.0"
    (model_copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelFileError) as info:
        load_model(model_copy)
    message = str(info.value)
    for part in ("manifest.json", "'triage-model/2'", "triage 7.3.0", f"triage {__version__}"):
        assert part in message
    assert repr(FORMAT) in message


def test_a_manifest_from_another_model_is_refused(model_copy: Path) -> None:
    """The shipped model's manifest beside the small model's files: hashes disagree."""
    shipped = shipped_model_dir() / "manifest.json"
    (model_copy / "manifest.json").write_bytes(shipped.read_bytes())
    with pytest.raises(ModelFileError, match=r"SHA-256 does not match the manifest"):
        load_model(model_copy)


def test_the_same_format_from_an_older_release_still_loads(
    model_copy: Path, small_model: TriageModel
) -> None:
    """Old models stay readable while the format is the same (STYLE.md, point 4)."""
    manifest = json.loads((model_copy / "manifest.json").read_text())
    manifest["versions"]["triage"] = "0.0.1"
    del manifest["manifest_sha256"]  # releases before it wrote none
    (model_copy / "manifest.json").write_text(json.dumps(manifest))
    assert load_model(model_copy).classify_many(TEXTS) == small_model.classify_many(TEXTS)


def test_a_model_json_of_another_format_is_refused(model_copy: Path) -> None:
    description = json.loads((model_copy / "model.json").read_text())
    description["format"] = "triage-model/0"
    (model_copy / "model.json").write_text(json.dumps(description))
    _rehash(model_copy, "model.json")
    with pytest.raises(ModelFileError, match=r"model\.json: model format 'triage-model/0'"):
        load_model(model_copy)


def test_weights_that_do_not_fit_together_are_refused(model_copy: Path) -> None:
    with np.load(model_copy / "weights.npz") as data:
        arrays = {name: data[name] for name in data.files}
    arrays["coef"] = arrays["coef"][:, :5]  # fewer columns than the vocabulary
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    (model_copy / "weights.npz").write_bytes(buffer.getvalue())
    _rehash(model_copy, "weights.npz")
    with pytest.raises(ModelFileError, match=r"weights\.npz: model weights do not fit together"):
        load_model(model_copy)


def test_a_file_instead_of_a_directory_is_refused(model_copy: Path) -> None:
    with pytest.raises(ModelFileError, match="not a model directory"):
        load_model(model_copy / "weights.npz")


def test_loaded_arrays_are_read_only(small_model: TriageModel) -> None:
    arrays = [
        small_model.features.vectorizer_.idf_,
        small_model.classifier.linear_.coef_,
        small_model.classifier.linear_.intercept_,
    ]
    for array in arrays:
        assert not array.flags.writeable
        with pytest.raises(ValueError, match="read-only"):
            array.flat[0] = 0.0


def _payload_pickle(marker: Path) -> bytes:
    return pickle.dumps(_Payload(marker))


def test_the_payload_is_real(tmp_path: Path) -> None:
    """The canary the tests below rely on: unpickling it does write the file."""
    marker = tmp_path / "payload-ran"
    pickle.loads(_payload_pickle(marker))
    assert marker.read_text() == "pwned"


@pytest.mark.parametrize("suffix", [".joblib", ".pkl", ".pickle"])
def test_a_pickle_passed_directly_is_refused(tmp_path: Path, suffix: str) -> None:
    marker = tmp_path / "payload-ran"
    path = tmp_path / f"model{suffix}"
    path.write_bytes(_payload_pickle(marker))
    with pytest.raises(ModelFileError, match=r"refusing to load a pickle.*trusted=True"):
        load_model(path)
    assert not marker.exists()


@pytest.mark.parametrize("trusted", [False, True])
def test_a_pickle_without_a_pickle_suffix_is_never_unpickled(tmp_path: Path, trusted: bool) -> None:
    marker = tmp_path / "payload-ran"
    path = tmp_path / "model.bin"
    path.write_bytes(_payload_pickle(marker))
    with pytest.raises(ModelFileError, match="not a model directory"):
        load_model(path, trusted=trusted)
    assert not marker.exists()


@pytest.mark.parametrize("name", ["model.joblib", "model.pkl", "weights.pickle"])
def test_a_pickle_planted_beside_a_model_is_never_read(
    model_copy: Path, small_model: TriageModel, name: str
) -> None:
    marker = model_copy.parent / "payload-ran"
    (model_copy / name).write_bytes(_payload_pickle(marker))
    assert load_model(model_copy).classify_many(TEXTS) == small_model.classify_many(TEXTS)
    assert not marker.exists()


@pytest.mark.parametrize("trusted", [False, True])
def test_a_pickle_planted_instead_of_a_model_is_refused(tmp_path: Path, trusted: bool) -> None:
    marker = tmp_path / "payload-ran"
    directory = tmp_path / "model"
    directory.mkdir()
    (directory / "model.joblib").write_bytes(_payload_pickle(marker))
    with pytest.raises(ModelFileError, match=r"no manifest\.json; found model\.joblib"):
        load_model(directory, trusted=trusted)
    assert not marker.exists()


@pytest.mark.parametrize("name", ["model.json", "weights.npz"])
def test_a_pickle_swapped_in_with_its_hash_is_refused(model_copy: Path, name: str) -> None:
    marker = model_copy.parent / "payload-ran"
    (model_copy / name).write_bytes(_payload_pickle(marker))
    _rehash(model_copy, name)
    with pytest.raises(ModelFileError, match=re.escape(name)):
        load_model(model_copy, trusted=True)
    assert not marker.exists()


def test_pickled_objects_inside_the_weights_are_refused(model_copy: Path) -> None:
    """An .npz member with object dtype would be unpickled by np.load(allow_pickle=True)."""
    marker = model_copy.parent / "payload-ran"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in ("vocabulary", "idf", "coef", "intercept"):
            with archive.open(f"{name}.npy", "w") as member:
                payload = np.array([_Payload(marker)], dtype=object)
                np.lib.format.write_array(member, payload, allow_pickle=True)
    (model_copy / "weights.npz").write_bytes(buffer.getvalue())
    _rehash(model_copy, "weights.npz")
    with pytest.raises(ModelFileError, match=r"weights\.npz: cannot read model weights"):
        load_model(model_copy, trusted=True)
    assert not marker.exists()


def test_trusted_is_the_only_way_a_pickle_runs(tmp_path: Path) -> None:
    """With trusted=True the file is unpickled (so its code runs), and a non-model is refused."""
    marker = tmp_path / "payload-ran"
    path = tmp_path / "evil.joblib"
    path.write_bytes(_payload_pickle(marker))
    with pytest.raises(ModelFileError, match="holds int, expected TriageModel"):
        load_model(path, trusted=True)
    assert marker.exists()


def test_a_truncated_trusted_joblib_is_refused(small_model: TriageModel, tmp_path: Path) -> None:
    path = save_trusted(small_model, tmp_path / "model.joblib")
    path.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(ModelFileError, match=r"model\.joblib: cannot read this joblib file"):
        load_model(path, trusted=True)


def test_a_model_from_before_acuity_and_the_life_score_still_loads(
    model_copy: Path, small_model: TriageModel
) -> None:
    """A model file written before the acuity columns and the learned life-threat score:
    no ``acuity_weight`` or ``life_temperature`` in model.json, no life arrays and no acuity
    columns in weights.npz. It loads, classifies with neither, and its reference pipeline
    agrees with its fast path."""
    assert small_model.life is not None and small_model.features.acuity_weight > 0
    description = json.loads((model_copy / "model.json").read_text())
    del description["features"]["acuity_weight"], description["life_temperature"]
    (model_copy / "model.json").write_text(json.dumps(description))
    with np.load(model_copy / "weights.npz") as data:
        arrays = {name: data[name] for name in ("vocabulary", "idf", "coef", "intercept")}
    arrays["coef"] = arrays["coef"][:, :-7]  # the seven acuity columns
    np.savez(model_copy / "weights.npz", **arrays)
    for name in ("model.json", "weights.npz"):
        _rehash(model_copy, name)
    old = load_model(model_copy)
    assert old.life is None and old.features.acuity_weight == 0.0
    results = old.classify_many(TEXTS)
    assert all(r.emergency is False or r.red_flags for r in results)
    np.testing.assert_allclose(old.predict_proba(TEXTS), old.reference_proba(TEXTS), atol=1e-9)


def test_a_changed_figure_in_the_manifest_is_refused(model_copy: Path) -> None:
    """The held-out figures are not in a hashed file: the manifest's own digest covers them."""
    manifest = json.loads((model_copy / "manifest.json").read_text())
    figures = manifest["heldout"]["corpus_test"]
    # A value it does not have (a small model may well reach urgent recall 1.0).
    figures["urgent_recall"] = 0.5 if figures["urgent_recall"] != 0.5 else 0.25
    (model_copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelFileError, match="does not match its own SHA-256"):
        load_model(model_copy)
