"""Train, save, load: same predictions, deterministic bytes, and refusal of bad files."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from triage import ModelFileError, TriageModel, load_model
from triage._persist import save_model, save_trusted
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
