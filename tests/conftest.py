"""Shared fixtures: a small model trained once per session from a slice of the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triage import TriageModel, load_model
from triage._persist import save_model
from triage.training import train

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "training_data"


def _slice(src: Path, dst: Path, every: int) -> None:
    """Every n-th row of a corpus file: small enough to train in seconds, all labels."""
    lines = src.read_text(encoding="utf-8").splitlines()
    dst.write_text("\n".join(lines[::every]) + "\n", encoding="utf-8")


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    _slice(CORPUS / "train.jsonl", out / "train.jsonl", 6)
    _slice(CORPUS / "test.jsonl", out / "test.jsonl", 6)
    return out


@pytest.fixture(scope="session")
def small_model_dir(small_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("model")
    save_model(train(small_corpus, seed=0), out)
    return out


@pytest.fixture(scope="session")
def small_model(small_model_dir: Path) -> TriageModel:
    return load_model(small_model_dir)


@pytest.fixture()
def model_copy(small_model_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the small model's files, safe to damage."""
    out = tmp_path / "model"
    out.mkdir()
    for path in small_model_dir.iterdir():
        (out / path.name).write_bytes(path.read_bytes())
    return out


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
