"""Shared fixtures: ../shared, the bundled sample PDFs (read once), a temp DB."""

from __future__ import annotations

from pathlib import Path

import pytest

from raadsassistent.types import StructuredDocument

from helpers import SAMPLES, SHARED


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is niet aanwezig")
    return SHARED


@pytest.fixture(scope="session")
def sample_pdfs() -> list[Path]:
    found = sorted(SAMPLES.glob("*.pdf"))
    assert found, "samples/ bevat geen PDF's: draai python samples/generate.py"
    return found


@pytest.fixture(scope="session")
def segmented_samples(sample_pdfs) -> dict[str, StructuredDocument]:
    """Every sample PDF extracted and segmented, by file name."""
    from raadsassistent.extract import extract_document
    from raadsassistent.segment import segment_document

    return {pdf.name: segment_document(extract_document(pdf)) for pdf in sample_pdfs}


@pytest.fixture(autouse=True)
def isolated_db(tmp_path, monkeypatch) -> Path:
    """Point RAADSASSISTENT_DB at a temp file so no test touches a real database."""
    path = tmp_path / "test.db"
    monkeypatch.setenv("RAADSASSISTENT_DB", str(path))
    return path


@pytest.fixture(scope="session")
def denhaag(shared: Path) -> Path:
    """The real Den Haag corpus (../shared/corpus/denhaag); skips when it is absent."""
    from realdocs import DENHAAG

    if not (DENHAAG / "documents.csv").is_file():
        pytest.skip("../shared/corpus/denhaag is niet aanwezig")
    return DENHAAG
