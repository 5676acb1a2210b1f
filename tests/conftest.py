"""Shared fixtures: paths to the bundled samples and ../shared, the sample generator, a temp DB."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from helpers import REPO, SAMPLES, SHARED

__all__ = ["REPO", "SAMPLES", "SHARED", "gold_documents", "load_generator"]


def load_generator():
    """Import samples/generate.py (the team's PDF generator) as a module."""
    spec = importlib.util.spec_from_file_location("sample_generator", SAMPLES / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("sample_generator", module)
    spec.loader.exec_module(module)
    return module


def gold_documents() -> list[dict]:
    """The documents of samples/gold.json (skip the test when it is absent)."""
    import json

    path = SAMPLES / "gold.json"
    if not path.exists():
        pytest.skip("samples/gold.json ontbreekt")
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="session")
def gen():
    return load_generator()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is niet aanwezig")
    return SHARED


@pytest.fixture(scope="session")
def sample_pdfs() -> list[Path]:
    pdfs = sorted(SAMPLES.glob("*.pdf"))
    assert pdfs, "samples/ bevat geen PDF's: draai python samples/generate.py"
    return pdfs


@pytest.fixture(autouse=True)
def isolated_db(tmp_path, monkeypatch) -> Path:
    """Point RAADSASSISTENT_DB at a temp file so no test touches a real database."""
    path = tmp_path / "test.db"
    monkeypatch.setenv("RAADSASSISTENT_DB", str(path))
    return path
