"""The bundled sample meeting (samples/*.pdf, gold.json: static fixtures) and the generator
samples/generate.py that wrote them. Only this file imports the generator."""

import importlib.util
import json
import random
import re
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.utils.exceptions import PdfminerException

from raadsassistent.types import DOC_TYPES

from helpers import SAMPLES
from pdfs import make_encrypted_pdf, make_garbage_text_pdf, make_scan_pdf


@pytest.fixture(scope="module")
def gen():
    spec = importlib.util.spec_from_file_location("samples_generate", SAMPLES / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gold():
    return json.loads((SAMPLES / "gold.json").read_text(encoding="utf-8"))


def normalise(text: str) -> str:
    """Join hyphenated line breaks ("gemeente-\\nraad", "Noord-\\nBrabant") and whitespace."""
    text = re.sub(r"(?<=[a-zà-ÿ])-\n(?=[a-zà-ÿ])", "", text)
    text = re.sub(r"(?<=[^\W_])-\n(?=[A-ZÀ-Þ0-9])", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def page_texts(path: Path) -> list[str]:
    """Normalised text per page, in drawing order (which is reading order, also in columns)."""
    with pdfplumber.open(path) as pdf:
        texts = []
        for page in pdf.pages:
            texts.append(normalise(page.extract_text(use_text_flow=True) or ""))
            page.close()
        return texts


@pytest.fixture(scope="module")
def texts(gold):
    return {doc["file"]: page_texts(SAMPLES / doc["file"]) for doc in gold["documents"]}


@pytest.mark.slow
def test_bundled_pdfs_exist_and_open(gold, texts):
    files = {doc["file"] for doc in gold["documents"]}
    assert files == {p.name for p in SAMPLES.glob("*.pdf")}
    for doc in gold["documents"]:
        assert len(texts[doc["file"]]) == doc["pages"]
        assert all(texts[doc["file"]]), f"{doc['file']} has a page without text"
    assert 60 <= sum(doc["pages"] for doc in gold["documents"]) <= 100
    kinds = {doc["doc_type"] for doc in gold["documents"]}
    assert {"agenda", "raadsvoorstel", "raadsinformatiebrief", "motie", "amendement"} <= kinds
    assert {"bijlage", "besluitenlijst", "verordening"} <= kinds


def test_gold_metadata_is_well_formed(gold):
    for doc in gold["documents"]:
        assert doc["doc_type"] in DOC_TYPES
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc["date"])
        assert doc["municipality"] == "Lindewaarde"
        for point in doc["decision_points"]:
            assert point["number"] and point["text"]
        for amount in doc["amounts"]:
            assert isinstance(amount["value_eur"], (int, float))
        for date in doc["dates"]:
            assert date["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", date["date"])
    by_type = {doc["doc_type"]: doc for doc in gold["documents"]}
    assert by_type["raadsinformatiebrief"]["decision_points"] == []
    assert any(doc["has_samenvatting"] for doc in gold["documents"])


@pytest.mark.slow
def test_gold_facts_occur_on_their_page(gold, texts):
    missing = []
    for doc in gold["documents"]:
        pages = texts[doc["file"]]
        if normalise(doc["title"]) not in pages[0]:
            missing.append((doc["file"], "title", doc["title"]))
        for kind in ("decision_points", "amounts", "dates"):
            for fact in doc[kind]:
                if normalise(fact["text"]) not in pages[fact["page"] - 1]:
                    missing.append((doc["file"], kind, fact))
    assert not missing


def test_agenda_items_name_existing_documents(gold):
    files = {doc["file"] for doc in gold["documents"]}
    agenda = next(doc for doc in gold["documents"] if doc["doc_type"] == "agenda")
    kinds = {item["kind"] for item in agenda["items"]}
    assert kinds == {"hamerstuk", "bespreekstuk", "overig"}
    listed = [f for item in agenda["items"] for f in item["documents"]]
    assert set(listed) <= files
    assert files - set(listed) == {agenda["file"]}


@pytest.mark.slow
def test_running_headers_and_footers_on_every_page(gold, texts):
    for doc in gold["documents"]:
        total = doc["pages"]
        for number, text in enumerate(texts[doc["file"]], start=1):
            for pattern in doc["layout"]["header"] + doc["layout"]["footer"]:
                if pattern:
                    assert normalise(pattern.format(page=number, total=total)) in text


def test_layout_variety(gold):
    layouts = [doc["layout"] for doc in gold["documents"]]
    assert any(layout["spanning_table_pages"] for layout in layouts)
    for layout in layouts:
        assert set(layout["spanning_table_pages"]) <= set(layout["two_column_pages"])
    breaks = [b for layout in layouts for b in layout["hyphen_breaks"]]
    assert sum(1 for _, _, tail in breaks if tail[:1].islower()) >= 10
    assert any(tail[:1].isupper() for _, _, tail in breaks)  # "Noord-" / "Brabant"
    with pdfplumber.open(SAMPLES / gold["documents"][0]["file"]) as pdf:
        fonts = {(c["fontname"], round(c["size"])) for c in pdf.pages[0].chars}
    assert any("Bold" in name for name, _ in fonts)
    assert len({size for _, size in fonts}) >= 3


def test_regenerating_gives_the_committed_samples_byte_for_byte(gen, tmp_path):
    gen.build_samples(tmp_path)
    committed = sorted(p.name for p in SAMPLES.glob("*.pdf")) + ["gold.json"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(committed)
    for name in committed:
        assert (tmp_path / name).read_bytes() == (SAMPLES / name).read_bytes(), name


def _random_blocks(rng: random.Random) -> list:
    vocabulary = (
        "de het een raad college besluit voorstel krediet gemeenteraad bestemmingsplan "
        "stationsomgeving uitvoeringsprogramma verkeersveiligheid omgevingsvergunning "
        "participatietraject Noord-Brabant Zuid-Oost Midden-Waardland 2026-041 zienswijze, "
        "inspraak. begroting; (fase) 'Stationspark' 12,5% vóór geïnformeerd"
    ).split()

    def sentence(n: int) -> str:
        words = [rng.choice(vocabulary) for _ in range(n)]
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), "[[€ 2.450.000]]")
        return " ".join(words)

    blocks: list = [("heading", "Raadsvoorstel", 0), ("fields", [("Nummer", "2026-041")])]
    for chapter in range(1, 6):
        blocks.append(("heading", f"{chapter}. {sentence(3)}", 1))
        for _ in range(rng.randrange(2, 5)):
            blocks.append(("paragraph", sentence(rng.randrange(20, 120))))
        items = [sentence(12) for _ in range(3)]
        blocks.append(("list", items, rng.choice(["bullet", "numbered", "dash"])))
        if chapter % 2:
            rows = [["Onderdeel", "Bedrag"]] + [[sentence(3), "[[€ 125.000,-]]"] for _ in range(4)]
            blocks.append(("table", rows))
    return blocks


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_build_pdf_words_all_occur_in_the_pdf(gen, tmp_path, seed):
    path = tmp_path / "doc.pdf"
    blocks = _random_blocks(random.Random(seed))
    words = gen.build_pdf(path, blocks, header="Gemeente Lindewaarde", two_column_pages=(2,))
    assert words.page_count >= 2 and 2 in words.two_column_pages
    pages = page_texts(path)
    found = Counter(w for text in pages for w in text.split())
    assert not Counter(words) - found
    for fact in words.facts:
        assert normalise(fact["text"]) in pages[fact["page"] - 1]


def test_build_pdf_is_deterministic(gen, tmp_path):
    blocks = _random_blocks(random.Random(7))
    gen.build_pdf(tmp_path / "a.pdf", blocks)
    gen.build_pdf(tmp_path / "b.pdf", blocks)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_parsers(gen):
    assert gen.parse_amount("€ 125.000,-") == 125000
    assert gen.parse_amount("2,5 mln") == 2500000
    assert gen.parse_amount("k€ 300") == 300000
    assert gen.parse_date("uiterlijk 1 juli 2027") == "2027-07-01"
    assert gen.parse_date("16-04-2026") == "2026-04-16"
    assert gen.parse_date("Q3 2027") is None


def test_check_marked_finds_unmarked_facts(gen):
    marked = "Het kost [[€ 5.000]] en start op [[1 mei 2026]]."
    assert gen.check_marked([("paragraph", marked)]) == []
    unmarked = "Het kost € 5.000, start in Q3 2027, met zonne- en windenergie."
    assert len(gen.check_marked([("paragraph", unmarked)])) == 3


@pytest.mark.slow
def test_generate_long_document_has_exact_page_count(gen, tmp_path):
    for pages, kind in [(1, "motie"), (4, "raadsinformatiebrief"), (25, "raadsvoorstel")]:
        path = tmp_path / f"{kind}.pdf"
        words = gen.generate_long_document(path, pages, seed=pages, kind=kind)
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == pages == words.page_count
    again = gen.generate_long_document(tmp_path / "again.pdf", 25, seed=25, kind="raadsvoorstel")
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "raadsvoorstel.pdf").read_bytes()
    assert list(again) == list(words)


@pytest.mark.slow
def test_generate_meeting_adds_up(gen, tmp_path):
    paths = gen.generate_meeting(tmp_path, n_documents=6, pages_total=40, seed=3)
    assert paths[0].name == "agenda.pdf" and len(paths) == 7
    total = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            total += len(pdf.pages)
    assert total == 40
    manifest = json.loads((tmp_path / "meeting.json").read_text(encoding="utf-8"))
    assert [d["file"] for d in manifest["documents"]] == [p.name for p in paths[1:]]


def test_special_pdfs(tmp_path):
    scan = make_scan_pdf(tmp_path / "scan.pdf")
    with pdfplumber.open(scan) as pdf:
        assert not pdf.pages[0].chars and len(pdf.pages[0].images) == 1
    locked = make_encrypted_pdf(tmp_path / "locked.pdf", "geheim")
    with pytest.raises(PdfminerException):
        with pdfplumber.open(locked) as pdf:
            pdf.pages[0].extract_text()
    with pdfplumber.open(locked, password="geheim") as pdf:
        assert "Raadsvoorstel" in pdf.pages[0].extract_text()
    garbage = make_garbage_text_pdf(tmp_path / "garbage.pdf")
    with pdfplumber.open(garbage) as pdf:
        assert "(cid:" in pdf.pages[0].extract_text()
