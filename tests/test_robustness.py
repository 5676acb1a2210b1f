"""Robustness: nothing a council sends us may crash, hang or half-write the database.

- every PDF of ``../shared/pdf-torture/`` through the whole pipeline (read, brief, render, store);
- a folder of generated bad files (truncated, flipped bytes, empty, 0 pages, encrypted, a page
  tree that claims 5,000 pages, a page of 100,000 characters, image only) through ``ingest``,
  mixed with good samples: every file ends as a document or as a recorded Dutch failure;
- hypothesis over the text-level parsers and the segmenter (no exceptions, no lost words);
- security: escaped HTML, quoted search, models without pickle.

Bugs found here have their own regression test in ``test_regressions.py``.
"""

from __future__ import annotations

import html.parser
import json
import random
import re
import shutil
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raadsassistent import agenda
from raadsassistent.errors import InputError, PdfError
from raadsassistent.extract import extract_document
from raadsassistent.pipeline import ingest, read_document
from raadsassistent.render import briefing_to_dict, render_briefing
from raadsassistent.segment import (
    detect_date,
    detect_doc_type,
    detect_municipality,
    join_lines,
    join_lines_at,
    segment_document,
)
from raadsassistent.store import Store
from raadsassistent.summarise import summarise_document
from raadsassistent.types import FAILED, PROCESSED, UNCHANGED, Document, Line, Page

from helpers import REPO, TORTURE_DIR, assert_clear_dutch_error, repo_files
from pdfs import (
    build_pdf,
    dense_pdf,
    make_encrypted_pdf,
    make_scan_pdf,
    many_pages_pdf,
    page_count_claim_pdf,
    sentences_pdf,
    zero_page_pdf,
)

TORTURE = sorted(TORTURE_DIR.glob("*.pdf")) if TORTURE_DIR.is_dir() else []
PAGE_STATUSES = {"ok", "empty", "scan", "garbage", "dense", "error"}


# --------------------------------------------------------------------------------------------
# Helpers: hand-written PDFs, the whole pipeline, what a clear Dutch error is
# --------------------------------------------------------------------------------------------


def truncated(source: Path, target: Path, seed: int) -> Path:
    data = source.read_bytes()
    cut = random.Random(seed).randrange(16, len(data) - 1)
    target.write_bytes(data[:cut])
    return target


def flipped(source: Path, target: Path, seed: int) -> Path:
    rng = random.Random(seed)
    data = bytearray(source.read_bytes())
    for _ in range(rng.choice([1, 5, 20, 100])):
        data[rng.randrange(len(data))] = rng.randrange(256)
    target.write_bytes(bytes(data))
    return target


def whole_pipeline(path: Path, store: Store, **kwargs) -> tuple[object, dict[str, str]]:
    """read -> summarise -> render (md, html, json) -> store, as ``ingest`` does."""
    doc = read_document(path, **kwargs)
    briefing = summarise_document(doc)
    rendered = {fmt: render_briefing(briefing, fmt) for fmt in ("md", "html", "json")}
    json.loads(rendered["json"])
    store.save_processed(doc, briefing_to_dict(briefing), rendered["md"], rendered["html"])
    return doc, rendered


def assert_database_whole(store: Store) -> None:
    """Integrity and completeness: no orphan rows, every document fully written."""
    db = store.db
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    for doc in store.documents():
        sha = doc["sha256"]
        pages = db.execute(
            "select count(*), min(number), max(number) from pages where document_sha256 = ?",
            [sha],
        ).fetchone()
        assert pages == (doc["page_count"], 1, doc["page_count"]), doc["file_name"]
        sections = {
            row[0]
            for row in db.execute(
                "select section_id from sections where document_sha256 = ?", [sha]
            )
        }
        tables = db.execute(
            "select count(*) from document_tables where document_sha256 = ?", [sha]
        ).fetchone()[0]
        assert sections or tables, doc["file_name"]
        for (section_id,) in db.execute(
            "select section_id from passages where document_sha256 = ?", [sha]
        ):
            assert section_id in sections, doc["file_name"]
        briefing = store.briefing(sha)
        assert briefing is not None, f"{doc['file_name']}: document zonder briefing"
        assert briefing["html"].startswith("<!DOCTYPE html>"), doc["file_name"]
        assert briefing["markdown"].startswith("# "), doc["file_name"]
        json.loads(briefing["briefing_json"])
    passages = db.execute("select count(*) from passages").fetchone()[0]
    indexed = db.execute("select count(*) from passages_fts").fetchone()[0]
    assert passages == indexed


# --------------------------------------------------------------------------------------------
# The torture PDFs through the whole pipeline
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not TORTURE, reason="../shared/pdf-torture is niet aanwezig")
@pytest.mark.timeout(90)
@pytest.mark.parametrize("pdf", TORTURE, ids=lambda p: p.name)
def test_torture_pdf_through_whole_pipeline(pdf, tmp_path):
    with Store(tmp_path / "torture.db") as store:
        try:
            doc, rendered = whole_pipeline(pdf, store)
        except PdfError as error:
            assert_clear_dutch_error(error, pdf)
            store.record_failure(pdf, error.code, error.message)
            assert store.documents() == []
            return
        assert doc.page_count >= 1
        assert set(doc.page_status) <= PAGE_STATUSES
        assert "<script" not in rendered["html"].lower()
        assert [d["file_name"] for d in store.documents()] == [pdf.name]
        assert_database_whole(store)


# --------------------------------------------------------------------------------------------
# Generated bad inputs, one batch
# --------------------------------------------------------------------------------------------

TRUNCATE_SEEDS = (1, 2, 3)
FLIP_SEEDS = (1, 2, 3)


def _smallest_samples(sample_pdfs: list[Path], n: int) -> list[Path]:
    return sorted(sample_pdfs, key=lambda p: p.stat().st_size)[:n]


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory, sample_pdfs) -> tuple[Path, dict[str, str]]:
    """A folder of good samples and bad files; name -> what the file is."""
    folder = tmp_path_factory.mktemp("griffie") / "invoer"
    folder.mkdir()
    kinds: dict[str, str] = {}
    for sample in _smallest_samples(sample_pdfs, 2):
        shutil.copy(sample, folder / sample.name)
        kinds[sample.name] = "goed"
    source = _smallest_samples(sample_pdfs, 3)[-1]
    for seed in TRUNCATE_SEEDS:
        kinds[truncated(source, folder / f"afgebroken-{seed}.pdf", seed).name] = "afgebroken"
    for seed in FLIP_SEEDS:
        kinds[flipped(source, folder / f"beschadigd-{seed}.pdf", seed).name] = "beschadigd"
    (folder / "leeg.pdf").write_bytes(b"")
    kinds["leeg.pdf"] = "leeg"
    kinds[zero_page_pdf(folder / "nul-paginas.pdf").name] = "nul-paginas"
    kinds[make_encrypted_pdf(folder / "geheim.pdf", "raad2026").name] = "versleuteld"
    kinds[page_count_claim_pdf(folder / "telt-5000.pdf").name] = "telt-5000"
    kinds[many_pages_pdf(folder / "vijfduizend.pdf").name] = "5000-paginas"
    kinds[dense_pdf(folder / "dicht.pdf").name] = "dicht"
    kinds[make_scan_pdf(folder / "scan.pdf").name] = "scan"
    (folder / "notulen.pdf").write_text("Dit is een Word-document.", encoding="utf-8")
    kinds["notulen.pdf"] = "geen-pdf"
    return folder, kinds


@pytest.fixture(scope="module")
def ingested(bad_folder, tmp_path_factory):
    folder, kinds = bad_folder
    store = Store(tmp_path_factory.mktemp("db") / "batch.db")
    results = {Path(r.path).name: r for r in ingest([folder], store)}
    yield kinds, results, store
    store.close()


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_batch_goes_on_past_every_bad_file(ingested):
    kinds, results, _ = ingested
    assert set(results) == set(kinds)
    assert all(r.status in (PROCESSED, FAILED) for r in results.values())
    for name, kind in kinds.items():
        if kind == "goed":
            assert results[name].status == PROCESSED, results[name]


EXPECTED_FAILURES = {
    "leeg": {"leeg"},
    "nul-paginas": {"geen-paginas", "beschadigd"},
    "versleuteld": {"versleuteld"},
    "scan": {"alleen-beeld"},
    "geen-pdf": {"geen-pdf"},
}


@pytest.mark.slow
def test_each_bad_file_gives_result_or_clear_dutch_error(ingested, bad_folder):
    kinds, results, _ = ingested
    folder, _ = bad_folder
    for name, kind in kinds.items():
        result = results[name]
        if kind in EXPECTED_FAILURES:
            assert result.status == FAILED and result.code in EXPECTED_FAILURES[kind], result
        if result.status == FAILED:
            error = PdfError(result.message, code=result.code)
            assert_clear_dutch_error(error, folder / name)


@pytest.mark.slow
def test_failures_are_recorded_with_their_message(ingested):
    kinds, results, store = ingested
    failed = {Path(r.path).name: r for r in results.values() if r.status == FAILED}
    recorded = {row["file_name"]: row for row in store.failures()}
    assert set(recorded) == set(failed)
    for name, row in recorded.items():
        assert row["message"] == failed[name].message and row["code"] == failed[name].code
    stored = {row["file_name"] for row in store.documents()}
    assert not stored & set(failed), "een mislukt bestand staat ook als document opgeslagen"
    assert stored == {n for n, r in results.items() if r.status == PROCESSED}


@pytest.mark.slow
def test_database_is_whole_after_the_bad_batch(ingested):
    _, _, store = ingested
    assert_database_whole(store)


@pytest.mark.slow
def test_dense_page_is_marked_not_read(ingested):
    _, results, store = ingested
    assert results["dicht.pdf"].status == PROCESSED
    doc = next(d for d in store.documents() if d["file_name"] == "dicht.pdf")
    statuses = [
        row[0]
        for row in store.db.execute(
            "select status from pages where document_sha256 = ? order by number", [doc["sha256"]]
        )
    ]
    assert statuses == ["ok", "dense"]
    assert "pagina 2" in doc["warnings"]


@pytest.mark.slow
def test_page_tree_claiming_5000_pages_is_bounded(ingested):
    _, results, store = ingested
    result = results["telt-5000.pdf"]
    if result.status == PROCESSED:
        doc = next(d for d in store.documents() if d["file_name"] == "telt-5000.pdf")
        assert 1 <= doc["page_count"] <= 5000
        for warning in json.loads(doc["warnings"]):
            assert warning.startswith("telt-5000.pdf: pagina "), warning


@pytest.mark.slow
def test_real_5000_page_pdf_is_read_whole(ingested):
    _, results, store = ingested
    assert results["vijfduizend.pdf"].status == PROCESSED
    assert results["vijfduizend.pdf"].pages == 5000
    assert store.search("blad 4999")


@pytest.mark.slow
def test_rerun_skips_everything_stored_and_keeps_failures(ingested, bad_folder):
    kinds, results, store = ingested
    folder, _ = bad_folder
    before = store.counts()
    again = {Path(r.path).name: r for r in ingest([folder], store)}
    for name, result in results.items():
        expected = UNCHANGED if result.status == PROCESSED else FAILED
        assert again[name].status == expected, name
    assert store.counts() == before


# --------------------------------------------------------------------------------------------
# Single bad inputs in more detail
# --------------------------------------------------------------------------------------------


@pytest.mark.timeout(60)
def test_encrypted_pdf_through_pipeline_with_and_without_password(tmp_path):
    path = make_encrypted_pdf(tmp_path / "geheim.pdf", "raad2026")
    with Store(tmp_path / "s.db") as store:
        for password in (None, "fout-wachtwoord"):
            with pytest.raises(PdfError) as info:
                whole_pipeline(path, store, password=password)
            assert info.value.code == "versleuteld"
            assert_clear_dutch_error(info.value, path)
        doc, rendered = whole_pipeline(path, store, password="raad2026")
        assert "Molenweg 12" in " ".join(p.text for p in doc.passages)
        assert "Molenweg 12" in rendered["html"]
        assert_database_whole(store)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_page_count_claim_gives_result_fast(tmp_path, engine):
    """pdfium believes /Count and marks the missing pages; pdfplumber reads the one page."""
    path = page_count_claim_pdf(tmp_path / "telt-5000.pdf")
    doc = extract_document(path, engine=engine, timeout=30)
    assert doc.pages[0].status == "ok" and doc.pages[0].lines
    if engine == "pdfplumber":
        assert doc.page_count == 1 and doc.warnings == ()
        return
    assert doc.page_count == 5000
    assert {page.status for page in doc.pages[1:]} == {"error"}
    assert len(doc.warnings) == 1
    assert doc.warnings[0].startswith("telt-5000.pdf: pagina 2, 3, 4, ")
    assert doc.warnings[0].endswith(" ... kon niet worden gelezen.")


@pytest.mark.timeout(60)
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_dense_page_is_marked_with_both_engines(tmp_path, engine):
    path = dense_pdf(tmp_path / "dicht.pdf")
    doc = extract_document(path, engine=engine, timeout=30)
    assert [p.status for p in doc.pages] == ["ok", "dense"]
    assert any("pagina 2" in w and "te veel tekens" in w for w in doc.warnings)


_RSS_SCRIPT = textwrap.dedent(
    """
    import resource, sys
    from raadsassistent.classify import classify_passages
    from raadsassistent.extract import extract_document
    from raadsassistent.render import render_briefing
    from raadsassistent.segment import segment_document
    from raadsassistent.summarise import summarise_document

    def brief(path, engine):
        doc = classify_passages(segment_document(extract_document(path, engine=engine)))
        render_briefing(summarise_document(doc), "html")
        return doc

    warm, heavy, engine = sys.argv[1:4]
    brief(warm, engine)  # loads the model, spaCy and the engine
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    doc = brief(heavy, engine)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(doc.page_status[-1], (after - before) // 1024)
    """
)


def _rss_growth_mb(warm: Path, heavy: Path, engine: str = "pdfium") -> tuple[str, int]:
    """Last page status and peak-RSS growth (MB) of briefing ``heavy`` in a fresh process."""
    if sys.platform != "linux":
        pytest.skip("ru_maxrss is in KiB only on Linux")
    out = subprocess.run(
        [sys.executable, "-c", _RSS_SCRIPT, str(warm), str(heavy), engine],
        capture_output=True,
        text=True,
        timeout=110,
        check=True,
    ).stdout.split()
    return out[-2], int(out[-1])


@pytest.mark.slow
@pytest.mark.timeout(120)
@pytest.mark.parametrize("engine, limit_mb", [("pdfium", 100), ("pdfplumber", 350)])
def test_dense_page_does_not_blow_up_memory(tmp_path, sample_pdfs, engine, limit_mb):
    """100,000 characters on one page: the page is marked and peak RSS stays bounded.

    pdfplumber parses every character before the page can be called dense (about 1.8 KB per
    character), so the reference engine gets a wider limit.
    """
    dense = dense_pdf(tmp_path / "dicht.pdf")
    status, growth_mb = _rss_growth_mb(_smallest_samples(sample_pdfs, 1)[0], dense, engine)
    assert status == "dense"
    assert growth_mb < limit_mb, f"piek-RSS groeide {growth_mb} MB"


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_briefing_of_many_sentences_has_bounded_memory(tmp_path, sample_pdfs):
    """5,000 sentences: the briefing must not build a dense 5,000 x 5,000 similarity matrix
    (about 200 MB each; several copies were made) but stay well under the 400 MB target."""
    heavy = sentences_pdf(tmp_path / "lang.pdf", pages=250)
    status, growth_mb = _rss_growth_mb(_smallest_samples(sample_pdfs, 1)[0], heavy)
    assert status == "ok"
    assert growth_mb < 200, f"piek-RSS groeide {growth_mb} MB"


@pytest.mark.timeout(60)
def test_image_only_pdf_through_ingest_says_use_ocr(tmp_path):
    path = make_scan_pdf(tmp_path / "scan.pdf", pages=2)
    with Store(tmp_path / "s.db") as store:
        (result,) = list(ingest([path], store))
        assert result.status == FAILED and result.code == "alleen-beeld"
        assert "--ocr" in result.message
        assert store.documents() == [] and store.failures()[0]["code"] == "alleen-beeld"


# Flipped bytes in a sample: extraction alone, many seeds (the batch above takes three).
FLIP_EXTRACT_SEEDS = range(10, 22)


DAMAGED = [
    pytest.param(name, damage, seed, id=f"{name}-{seed}")
    for name, damage, seeds in (
        ("beschadigd", flipped, FLIP_EXTRACT_SEEDS),
        ("afgebroken", truncated, range(4, 10)),
    )
    for seed in seeds
]


@pytest.mark.slow
@pytest.mark.timeout(60)
@pytest.mark.parametrize(("name", "damage", "seed"), DAMAGED)
def test_damaged_pdf_gives_result_or_dutch_error(tmp_path, sample_pdfs, name, damage, seed):
    """Flipped bytes and truncation at seeded offsets."""
    source = sample_pdfs[seed % len(sample_pdfs)]
    path = damage(source, tmp_path / f"{name}-{seed}.pdf", seed)
    try:
        doc = extract_document(path, timeout=30)
    except PdfError as error:
        assert_clear_dutch_error(error, path)
        return
    assert all(page.status in PAGE_STATUSES for page in doc.pages)


# --------------------------------------------------------------------------------------------
# Fuzzing the text-level parsers (facts.py is fuzzed in test_facts.py: only what is missing)
# --------------------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        " ", "\n", "-", "–", ":", ".", ",", "(", ")", "•", "1.", "2.1", "a)", "Gemeente",
        "gemeente", "gemeenteraad van", "Lindewaarde", "'s-Hertogenbosch", "Den Helder",
        "Raadsvoorstel", "motie", "Amendement", "besluitenlijst", "agenda", "verordening",
        "datum", "Datum:", "12", "31", "3", "maart", "MEI", "ſeptember", "2026", "1999",
        "31-02-2026", "12/03/2026", "prijspeil", "vastgesteld in de openbare vergadering van",
        "gelezen het voorstel van", "hamerstuk", "Bijlage", "noord-", "Holland", "raad",
        "gemeente-", "€ 1.000", "ﬁ", "\u00ad", "\u00a0", "İ", "K",
    ]
)  # fmt: skip
_PROSE = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=40).map("".join),
)
_FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _letters(text: str) -> Counter:
    """The characters that joining lines must keep: all but whitespace and hyphens."""
    return Counter(ch for ch in text if not ch.isspace() and ch != "-")


@_FUZZ
@given(st.lists(_PROSE, max_size=12))
def test_fuzz_join_lines_loses_nothing(lines):
    joined, starts = join_lines_at(lines)
    assert joined == join_lines(lines)
    assert _letters(joined) == _letters("".join(lines))
    assert len(starts) == len(lines)
    for line, start in zip(lines, starts, strict=True):
        assert 0 <= start <= len(joined)
        # a line's text starts at its offset; only a line-break hyphen at its end may go
        assert joined[start:].startswith(line.strip().rstrip("-"))


_ISO = re.compile(r"(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")


@_FUZZ
@given(
    _PROSE, st.sampled_from(["", "raadsvoorstel", "raadsbesluit", "verordening", "motie"]), _PROSE
)
def test_fuzz_detect_date(start_text, doc_type, full_text):
    found = detect_date(start_text, doc_type=doc_type, full_text=full_text)
    assert found is None or _ISO.fullmatch(found), found


@_FUZZ
@given(_PROSE, _PROSE, st.lists(_PROSE, max_size=5))
def test_fuzz_detect_doc_type_and_municipality(name, text, headings):
    from raadsassistent.types import DOC_TYPES

    assert detect_doc_type(name, text, headings) in DOC_TYPES
    place = detect_municipality(text)
    assert place is None or place in text


@_FUZZ
@given(_PROSE)
def test_fuzz_amounts_come_from_their_text(text):
    """Beyond test_facts.py: every amount holds a digit of its own text and a finite value."""
    import math

    from raadsassistent.amounts import find_amounts

    for amount in find_amounts(text):
        assert any(ch.isdigit() for ch in amount.text), amount
        for value in (amount.value_eur, amount.value_max_eur):
            assert value is None or math.isfinite(value), amount


@_FUZZ
@given(_PROSE, st.one_of(st.none(), st.integers(1900, 2100)))
def test_fuzz_dates_are_real_days(text, year):
    """Beyond test_facts.py: a named day is a day of the calendar."""
    import datetime

    from raadsassistent.dates import find_dates

    for mention in find_dates(text, reference_year=year):
        if mention.date:
            datetime.date.fromisoformat(mention.date)


# Segmentation on random lines built directly: every word of every line lands in exactly one
# heading or passage.

_WORD = st.text(
    alphabet=st.sampled_from(
        list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éëï€")
    ),
    min_size=1,
    max_size=9,
)
_LINE_TEXT = st.lists(
    st.one_of(_WORD, st.sampled_from(["•", "-", "1.", "2.3", "a)", ":", "De raad besluit:", "€"])),
    min_size=1,
    max_size=10,
).map(" ".join)


@st.composite
def random_document(draw) -> Document:
    n_pages = draw(st.integers(1, 4))
    pages = []
    for number in range(1, n_pages + 1):
        lines = []
        top = 60.0
        for _ in range(draw(st.integers(0, 12))):
            size = draw(st.sampled_from([8.0, 10.0, 10.5, 12.0, 14.0, 20.0]))
            top += draw(st.sampled_from([0.0, 2.0, 12.0, 14.0, 15.5, 30.0, 80.0]))
            x0 = draw(st.sampled_from([60.0, 80.0, 310.0]))
            text = draw(_LINE_TEXT)
            lines.append(
                Line(
                    text=text,
                    page=number,
                    bbox=(x0, top, x0 + 5.0 * len(text), top + size),
                    size=size,
                    bold=draw(st.booleans()),
                    column=draw(st.sampled_from([0, 0, 1, 2])),
                )
            )
        pages.append(Page(number, 595.0, 842.0, tuple(lines)))
    return Document("/tmp/willekeurig.pdf", "0" * 64, tuple(pages))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_document())
def test_fuzz_segmentation_loses_no_word(doc):
    structured = segment_document(doc)
    found = Counter()
    for section in structured.sections:
        found.update(_letters(section.heading))
        for passage in section.passages:
            found.update(_letters(passage.text))
    expected = Counter()
    for page in doc.pages:
        for line in page.lines:
            expected.update(_letters(line.text))
    assert found == expected
    ids = [p.id for p in structured.passages]
    assert len(ids) == len(set(ids))
    for passage in structured.passages:
        assert 1 <= passage.page <= passage.page_end <= doc.page_count
        assert passage.text.strip()
    assert structured.doc_type and isinstance(structured.title, str)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_document())
def test_fuzz_summarise_and_render_random_documents(doc):
    structured = segment_document(doc)
    briefing = summarise_document(structured)
    assert json.loads(render_briefing(briefing, "json")) == json.loads(
        json.dumps(briefing_to_dict(briefing))
    )
    page = render_briefing(briefing, "html")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="nl">' in page
    assert render_briefing(briefing, "md").startswith("# ")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_document())
def test_fuzz_agenda_parsing_of_random_documents(doc):
    meeting = agenda.parse_agenda_document(segment_document(doc))
    for item in meeting.items:
        assert item.number and item.kind in agenda.KINDS
    names = [(f"{i}.pdf", t) for i, t in enumerate(["", "Motie M9.2", "2026-041 Raadsvoorstel"])]
    matches = agenda.match_documents(meeting, names)
    assert set(matches) == {n for n, _ in names}


@_FUZZ
@given(_PROSE)
def test_fuzz_agenda_text_helpers(text):
    assert agenda.group_kind(text) in (*agenda.KINDS, None)
    assert all(isinstance(ref, str) and ref for ref in agenda.references(text))
    assert all(isinstance(word, str) and word for word in agenda.content_words(text))
    assert isinstance(agenda.file_key(text + ".pdf"), str)


# --------------------------------------------------------------------------------------------
# Security
# --------------------------------------------------------------------------------------------

EVIL_SCRIPT = "<script>alert(1)</script>"
EVIL_IMG = '"><img src=x onerror=alert(1)>'


class _Tags(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)


@pytest.mark.timeout(60)
def test_html_escapes_script_from_a_pdf(tmp_path):
    path = tmp_path / "kwaadaardig.pdf"
    build_pdf(
        path,
        [
            ("heading", f"{EVIL_SCRIPT} Raadsvoorstel {EVIL_IMG}", 0),
            ("heading", "1. Beslispunten", 1),
            ("paragraph", "De raad wordt voorgesteld te besluiten:"),
            (
                "list",
                [f"in te stemmen met {EVIL_SCRIPT} het plan;", f"het krediet {EVIL_IMG} te geven."],
                "numbered",
            ),
            ("heading", "2. Risico's", 1),
            ("paragraph", f"Het risico is dat {EVIL_SCRIPT} en {EVIL_IMG} in de tekst staan."),
        ],
        title=f"{EVIL_SCRIPT}{EVIL_IMG}",
    )
    with Store(tmp_path / "s.db") as store:
        doc, rendered = whole_pipeline(path, store)
        stored = store.briefing(doc.sha256)["html"]
    assert "<script" in doc.title  # the attack really reached the briefing
    for page in (rendered["html"], stored):
        lower = page.lower()
        assert "<script" not in lower and "<img" not in lower
        _assert_inert_html(page)
        parser = _Tags()
        parser.feed(page)
        text = "".join(parser.text)
        assert EVIL_SCRIPT in text and EVIL_IMG in text  # shown as text, escaped
    # Markdown viewers pass raw HTML through: every "<" from the document is backslashed
    assert not re.search(r"(?<!\\)<\s*(script|img)", rendered["md"], re.I)


def _assert_inert_html(page: str) -> None:
    parser = _Tags()
    parser.feed(page)
    assert not {tag for tag, _ in parser.tags} & {"script", "img", "iframe", "object", "embed"}
    for tag, attrs in parser.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            assert not (value or "").lower().lstrip().startswith("javascript:"), (tag, value)


@pytest.mark.timeout(120)
def test_batch_html_escapes_titles_and_file_names(tmp_path):
    """The meeting index and per-document pages of ``batch``, with a hostile file name too."""
    from raadsassistent.batch import run_batch

    folder = tmp_path / "vergadering"
    folder.mkdir()
    build_pdf(
        folder / f"{EVIL_IMG} Raadsvoorstel 2026-050.pdf",
        [
            ("heading", f"{EVIL_SCRIPT} Raadsvoorstel {EVIL_IMG}", 0),
            ("paragraph", "De raad wordt voorgesteld te besluiten:"),
            ("list", [f"in te stemmen met {EVIL_SCRIPT} het plan;"], "numbered"),
        ],
        title=EVIL_SCRIPT,
    )
    out = tmp_path / "briefing"
    with Store(tmp_path / "s.db") as store:
        list(run_batch(folder, store, out, workers=1))
        assert len(store.documents()) == 1
    pages = sorted(out.rglob("*.html"))
    assert len(pages) >= 2  # index.html and the document's briefing
    for path in out.rglob("*"):
        assert path.resolve().is_relative_to(out.resolve())
    for path in pages:
        _assert_inert_html(path.read_text(encoding="utf-8"))
    for path in out.rglob("*.md"):
        assert not re.search(r"(?<!\\)<\s*(script|img)", path.read_text(encoding="utf-8"), re.I)


@pytest.fixture(scope="module")
def search_store(tmp_path_factory, sample_pdfs):
    store = Store(tmp_path_factory.mktemp("zoek") / "zoek.db")
    doc = read_document(_smallest_samples(sample_pdfs, 1)[0], classify=False)
    store.save_document(doc)
    yield store
    store.close()


_QUERY = st.one_of(
    st.text(max_size=40),
    st.lists(
        st.sampled_from(
            [
                '"',
                "'",
                "*",
                "^",
                "(",
                ")",
                ":",
                "-",
                "+",
                "AND",
                "OR",
                "NOT",
                "NEAR",
                "NEAR(",
                "text:",
                "heading:",
                "{",
                "}",
                "motie",
                "fiets",
                "é",
                "\x00",
                "\\",
                ";",
                "--",
                "drop table passages",
                " ",
                "%",
                "_",
            ]
        ),  # fmt: skip
        max_size=10,
    ).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=_QUERY, label=st.sampled_from([None, "framework", "detail", "'; drop table x; --"]))
def test_fuzz_search_returns_list_or_input_error(search_store, query, label):
    try:
        hits = search_store.search(query, label=label)
    except InputError as error:
        assert "geen woorden" in str(error)
        return
    assert isinstance(hits, list)
    assert search_store.db.execute("select count(*) from passages").fetchone()[0] > 0


def test_models_load_without_pickle():
    import numpy as np

    models = REPO / "models"
    npz = sorted(models.rglob("*.npz"))
    assert npz, "geen getraind model in models/"
    for path in npz:
        with np.load(path, allow_pickle=False) as data:
            for key in data.files:
                assert data[key].dtype != object, (path, key)
    pickles = [p for p in repo_files() if p.suffix.lower() in {".pkl", ".pickle", ".joblib"}]
    assert pickles == []


def test_model_loader_refuses_pickled_weights(tmp_path):
    """A weights.npz holding a pickled object must not be loaded (ModelError, no code run)."""
    import numpy as np

    from raadsassistent.classify import default_model_path, load_model
    from raadsassistent.errors import ModelError

    shipped = default_model_path()
    folder = tmp_path / "framework-vals"
    shutil.copytree(shipped, folder)
    with np.load(shipped / "weights.npz", allow_pickle=False) as data:
        arrays = {key: data[key] for key in data.files}
    arrays["idf"] = np.array([{"kwaad": True}], dtype=object)
    np.savez(folder / "weights.npz", **arrays)
    with pytest.raises(ModelError):
        load_model(folder)
