"""The one document pipeline: process_document, its statuses, its time limit and error policy."""

from __future__ import annotations

import time

import pytest
from click.testing import CliRunner

from raadsassistent import summarise
from raadsassistent.batch import run_batch
from raadsassistent.cli import main
from raadsassistent.errors import ModelError
from raadsassistent.extract import file_sha256
from raadsassistent.pipeline import ingest, process_document
from raadsassistent.store import Store
from raadsassistent.types import FAILED, PROCESSED, UNCHANGED

from pdfs import make_encrypted_pdf

BROKEN = b"%PDF-1.4\n" + b"\x00" * 64


@pytest.fixture(scope="module")
def small_pdf(sample_pdfs):
    return min(sample_pdfs, key=lambda p: p.stat().st_size)


def test_a_good_pdf_is_processed_with_its_rendered_briefing(small_pdf):
    result = process_document(small_pdf)
    assert result.status == PROCESSED and result.code == result.message == ""
    assert result.doc is not None and result.briefing is not None
    assert result.sha256 == file_sha256(small_pdf) == result.doc.sha256
    assert (result.pages, result.title, result.doc_type) == (
        result.doc.page_count, result.doc.title, result.doc.doc_type,
    )  # fmt: skip
    assert all(p.label is not None for p in result.doc.passages)  # classified
    assert result.briefing["file_name"] == small_pdf.name
    assert result.markdown.startswith("# ") and '<html lang="nl">' in result.html
    assert 0.0 <= result.framework_share <= 1.0
    assert result.seconds > 0 and result.file_name == small_pdf.name


def test_a_bad_pdf_fails_with_a_dutch_reason_and_nothing_is_raised(tmp_path):
    bad = tmp_path / "kapot.pdf"
    bad.write_bytes(BROKEN)
    result = process_document(bad, sha256="ab" * 32)
    assert (result.status, result.code, result.sha256) == (FAILED, "beschadigd", "ab" * 32)
    assert result.message.startswith("kapot.pdf: de PDF is beschadigd of onvolledig")
    assert result.doc is None and result.briefing is None


def test_an_unexpected_error_fails_only_that_file(small_pdf, monkeypatch):
    def broken(doc, **kwargs):
        raise RuntimeError("samenvatten mislukt")

    monkeypatch.setattr(summarise, "summarise_document", broken)
    result = process_document(small_pdf)
    assert (result.status, result.code) == (FAILED, "onverwacht")
    assert result.message == (
        f"{small_pdf.name}: onverwachte fout bij het verwerken (RuntimeError: samenvatten "
        "mislukt). Meld dit bestand bij de ontwikkelaars."
    )


def test_the_time_limit_covers_every_stage(small_pdf, monkeypatch, tmp_path):
    def slow(doc, **kwargs):
        time.sleep(30)

    monkeypatch.setattr(summarise, "summarise_document", slow)
    started = time.monotonic()
    result = process_document(small_pdf, timeout=1)
    assert time.monotonic() - started < 10
    assert (result.status, result.code) == (FAILED, "tijdslimiet")
    assert result.message == (
        f"{small_pdf.name}: de verwerking duurde langer dan 1 seconden en is afgebroken. "
        "Splits het bestand of verwerk het apart met een ruimere --tijdslimiet."
    )
    with Store(tmp_path / "s.db") as store:  # ingest takes the same limit
        (through_ingest,) = ingest([small_pdf], store, timeout=1)
        assert (through_ingest.status, through_ingest.code) == (FAILED, "tijdslimiet")
        assert [f["code"] for f in store.failures()] == ["tijdslimiet"]


def test_password_reaches_the_pdf_through_every_path(tmp_path):
    folder = tmp_path / "stukken"
    folder.mkdir()
    path = make_encrypted_pdf(folder / "geheim.pdf", "raad2026")
    assert process_document(path).code == "versleuteld"
    opened = process_document(path, password="raad2026")
    assert opened.status == PROCESSED
    assert "Molenweg 12" in opened.markdown
    with Store(tmp_path / "s.db") as store:
        (result,) = ingest([path], store, password="raad2026")
        assert result.status == PROCESSED
        (again,) = ingest([path], store, password="raad2026")
        assert again.status == UNCHANGED
    with Store(tmp_path / "b.db") as store:
        events = list(run_batch(folder, store, tmp_path / "uit", workers=1, password="raad2026"))
    assert [o.status for o in events[-1].summary.outcomes] == [PROCESSED]


@pytest.fixture
def no_model(tmp_path, monkeypatch):
    empty = tmp_path / "geen-model"
    empty.mkdir()
    monkeypatch.setenv("RAADSASSISTENT_MODEL", str(empty))
    return f"Fout: Geen model gevonden in {empty.resolve()} (card.json ontbreekt)."


def test_a_broken_model_stops_every_path(small_pdf, tmp_path, no_model):
    with pytest.raises(ModelError):
        process_document(small_pdf)
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(ModelError):
            list(ingest([small_pdf], store))
        assert store.failures() == [] and store.documents() == []
    folder = tmp_path / "stukken"
    folder.mkdir()
    (folder / small_pdf.name).write_bytes(small_pdf.read_bytes())
    runner = CliRunner()
    for args in (
        ["ingest", str(folder), "--db", str(tmp_path / "i.db")],
        ["brief", str(small_pdf), "--db", str(tmp_path / "b.db")],
        ["batch", str(folder), "--db", str(tmp_path / "g.db"), "-o", str(tmp_path / "uit")],
    ):
        result = runner.invoke(main, [*args])
        assert result.exit_code == 1, (args, result.output)
        assert result.output.splitlines()[-1].startswith(no_model), (args, result.output)


# --- the model's loading path: same predictions without scikit-learn at run time --------------


def test_classifying_gives_scikit_learns_scores_bit_for_bit(segmented_samples):
    """The featurizer hashes and normalises itself (so a brief needs no scikit-learn import);
    its scores equal those of scikit-learn's HashingVectorizer and normalize, exactly."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.preprocessing import normalize

    from raadsassistent.classify import _normalise, load_model

    model = load_model()
    featurizer = model.featurizer
    settings = featurizer.settings
    texts = [p.text for doc in segmented_samples.values() for p in doc.passages]
    assert len(texts) > 200
    words = HashingVectorizer(
        analyzer=featurizer.word_analyzer, n_features=settings["word_features"],
        alternate_sign=False, norm=None,
    )  # fmt: skip
    chars = HashingVectorizer(
        analyzer="char_wb", ngram_range=tuple(settings["char_ngram"]), preprocessor=_normalise,
        n_features=settings["char_features"], alternate_sign=False, norm=None,
    )  # fmt: skip
    counts = sp.hstack(
        [words.transform(featurizer.lemmas(texts)), chars.transform(texts)],
        format="csr",
        dtype=np.float32,
    )
    np.log1p(counts.data, out=counts.data)
    assert (counts != featurizer.counts(texts)).nnz == 0
    weighted = counts @ sp.diags(model.idf.astype(np.float32))
    split = settings["word_features"]
    reference = sp.hstack(
        [normalize(weighted[:, :split]), normalize(weighted[:, split:])], format="csr"
    )
    expected = np.asarray(reference @ model.coef, dtype=np.float64) + model.intercept
    assert np.array_equal(model.decision_function(texts), expected)
    assert chars.build_analyzer()(texts[0]) == featurizer.char_analyzer(texts[0])


def test_loading_the_model_imports_neither_scikit_learn_nor_spacy():
    import subprocess
    import sys

    code = (
        "import sys; from raadsassistent.classify import load_model; load_model(); "
        "print(sorted(m for m in ('sklearn', 'spacy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
