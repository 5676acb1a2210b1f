"""Segmentation: headings and nesting, passages with provenance, document recognition,
and the property that no body word of a PDF is lost or duplicated."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raadsassistent.extract import extract_document
from raadsassistent.segment import (
    detect_date,
    detect_doc_type,
    detect_municipality,
    join_lines,
    segment_document,
)

from helpers import gold_documents
from pdfs import (
    build_pdf,
    college_letter_pdf,
    college_proposal_pdf,
    council_minutes_pdf,
    initiative_cover_pdf,
    kicker_letterhead_pdf,
    placed_pdf,
    templated_motion_pdf,
)


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["de gemeente-", "raad besluit"], "de gemeenteraad besluit"),
        (["in Noord-", "Holland"], "in Noord-Holland"),
        (["zon- en", "windenergie"], "zon- en windenergie"),
        (["een", "  ", "zin"], "een zin"),
        (["2026-", "2030"], "2026-2030"),
        (["nummer 2026-", "045;"], "nummer 2026-045;"),
        (["kosten € 125.000,-", "per jaar"], "kosten € 125.000,- per jaar"),
        (["bedrag:", "€ 1.250.000,-"], "bedrag: € 1.250.000,-"),
    ],
)
def test_join_lines(lines, joined):
    assert join_lines(lines) == joined


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "M1 Motie Speeltuinen.pdf",
            "Motie\nDe raad, in vergadering bijeen,\nconstaterende dat",
            "motie",
        ),
        ("A2.pdf", "Amendement\nbesluit het ontwerpbesluit te wijzigen als volgt:", "amendement"),
        (
            "rib-2026-12.pdf",
            "Raadsinformatiebrief\nOnderwerp: stand van zaken",
            "raadsinformatiebrief",
        ),
        ("x.pdf", "Raadsvoorstel\nVoorgesteld besluit\n1. In te stemmen met", "raadsvoorstel"),
        ("x.pdf", "Agenda voor de vergadering van de gemeenteraad", "agenda"),
        ("x.pdf", "Besluitenlijst raadsvergadering 29 juni 2015", "besluitenlijst"),
        ("x.pdf", "Verordening maatschappelijke ondersteuning 2026", "verordening"),
        ("Bijlage 3 bodemonderzoek.pdf", "Verkennend bodemonderzoek", "bijlage"),
        ("x.pdf", "Tabel met meetwaarden", "bijlage"),
        # Den Haag files carry their RIS category first: an afdoening letter is filed as "motie".
        (
            "motie-15274206-ris321256-afdoening-motie-rattenvanger-van-den-haag.pdf",
            "Aan de gemeenteraad\nOnderwerp\nAfdoening motie: 'Rattenvanger van Den Haag'",
            "raadsinformatiebrief",
        ),
        (
            "motie-15219151-ris321253-tussenbericht-motie-taaltoets.pdf",
            "Onderwerp\nTussenbericht motie 'Taaltoets voor effectieve taalinterventies'",
            "raadsinformatiebrief",
        ),
        (
            "raadsvoorstel-14944193-ris320635-preadvies-initiatiefvoorstel-opheffen.pdf",
            "Aan de gemeenteraad\nOnderwerp\nPreadvies college op initiatiefvoorstel Opheffen",
            "raadsvoorstel",
        ),
        ("x.pdf", "Initiatiefvoorstel:\nHaagse Bomen, Haagse Trots", "raadsvoorstel"),
        (
            "x.pdf",
            "Datum Ons Kenmerk\nRIS321084\nVoorstelvan het college inzake Verzoek om bindend advies",
            "raadsvoorstel",
        ),
        (
            "notulen-15241392-ris321576-notulen-van-de-raad-van-23-januari-2025.pdf",
            "Vergadering\ngemeenteraad Den Haag\ngehouden op\ndonderdag 23 januari 2025",
            "notulen",
        ),
        (
            "verslag.pdf",
            "Vergadering gemeenteraad\n(Geopend te 13.30 uur)\nAgenda\nB. Vaststelling van de "
            "besluitenlijst\nDe voorzitter. Ik open de vergadering.",
            "notulen",
        ),
    ],
)
def test_detect_doc_type(name, text, expected):
    assert detect_doc_type(name, text, []) == expected


def test_detect_date_prefers_datum_line():
    text = "Raadsvoorstel\nVergadering 2 april 2026\nDatum: 12 maart 2026\n"
    assert detect_date(text) == "2026-03-12"
    assert detect_date("Besluit van 03-11-2025") == "2025-11-03"
    assert detect_date("geen datum") is None


def test_detect_municipality():
    assert (
        detect_municipality("Gemeente Den Helder\nDe gemeenteraad van Den Helder") == "Den Helder"
    )
    assert detect_municipality("gemeente Lindewaarde, afdeling Ruimte") == "Lindewaarde"
    # a letterhead word above a field label is no place (Den Haag preadvies RIS320635)
    assert detect_municipality("Gemeente\nContactpersoon\nHarm Benthem") is None
    assert detect_municipality("Gemeente\nContactpersoon\ngemeente Den Haag") == "Den Haag"


def test_besluitenlijst_sections(shared):
    doc = segment_document(
        extract_document(shared / "corpus/misc/Besluitenlijst-raadsvergadering-29-juni-2015.pdf")
    )
    assert doc.doc_type == "besluitenlijst"
    assert doc.date == "2015-06-29"
    assert doc.municipality == "Den Helder"
    headings = [s.heading for s in doc.sections]
    assert "1. Opening." in headings and "2. Spreekrecht burgers." in headings
    # The numbered agenda item that wraps over two bold lines is one heading.
    assert any(
        h.startswith("8. Voorstel tot het indienen") and h.endswith("Support Centrum.")
        for h in headings
    )
    lists = [p for p in doc.passages if p.kind == "list"]
    assert lists and lists[0].text.startswith("Naar aanleiding hiervan")


def _gold() -> dict:
    return {d["file"]: d for d in gold_documents()}


def test_samples_are_recognised(segmented_samples):
    gold = _gold()
    wrong = []
    for name, doc in segmented_samples.items():
        expected = gold[name]
        got = (doc.doc_type, doc.date, doc.municipality, doc.title)
        want = (
            expected["doc_type"],
            expected.get("date"),
            expected.get("municipality"),
            expected.get("title"),
        )
        if got != want:
            wrong.append((name, got, want))
    assert wrong == []


def test_sample_passages_carry_provenance(segmented_samples):
    for doc in segmented_samples.values():
        ids = [p.id for p in doc.passages]
        assert len(ids) == len(set(ids))
        for section in doc.sections:
            assert section.parent is None or section.parent in {s.id for s in doc.sections}
            for passage in section.passages:
                assert 1 <= passage.page <= passage.page_end <= doc.page_count
                x0, top, x1, bottom = passage.bbox
                assert x0 <= x1 and top <= bottom


def test_numbered_headings_nest(segmented_samples):
    nested = 0
    for doc in segmented_samples.values():
        by_id = {s.id: s for s in doc.sections}
        for section in doc.sections:
            if section.number and "." in section.number and section.parent:
                parent = by_id[section.parent]
                assert parent.level < section.level
                nested += 1
    assert nested > 0


WORD = re.compile(r"\S+")
MARKER = re.compile(r"^(?:[•▪●◦‣∙·\-–—*]|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,2}\))$")


def _body_words(text: str) -> list[str]:
    """Words of ``text`` without list markers, which a generator does not count as words."""
    return [w for w in WORD.findall(text) if not MARKER.match(w)]


def _words_of(doc, pages) -> Counter:
    found: Counter = Counter()
    for section in doc.sections:
        found.update(_body_words(section.heading))
        for passage in section.passages:
            found.update(_body_words(passage.text))
    for table in doc.tables:
        for row in table.rows:
            for cell in row:
                found.update(_body_words(cell))
    for page in pages:
        for line in page.removed:
            found.update(_body_words(line.text))
    return found


_TEXT = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnoprstuvwz") + ["é", "ë"]), min_size=2, max_size=11
)
_SENTENCE = st.lists(_TEXT, min_size=3, max_size=40).map(lambda ws: " ".join(ws).capitalize() + ".")
_BLOCK = st.one_of(
    st.tuples(
        st.just("heading"),
        st.lists(_TEXT, min_size=1, max_size=5).map(" ".join).map(str.title),
        st.integers(1, 2),
    ),
    st.tuples(st.just("paragraph"), st.lists(_SENTENCE, min_size=1, max_size=6).map(" ".join)),
    st.tuples(st.just("list"), st.lists(_SENTENCE, min_size=1, max_size=4)),
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(blocks=st.lists(_BLOCK, min_size=1, max_size=25), two_column=st.booleans())
def test_no_body_word_is_lost(tmp_path_factory, blocks, two_column):
    path = tmp_path_factory.mktemp("prop") / "gegenereerd.pdf"
    written = build_pdf(path, blocks, two_column_pages=(1,) if two_column else ())
    extracted = extract_document(path)
    doc = segment_document(extracted)
    found = _words_of(doc, extracted.pages)
    expected = Counter(w for w in written if not MARKER.match(w))
    missing = expected - found
    extra = {w: n for w, n in (found - expected).items()}
    assert not missing, f"kwijt: {dict(missing)}"
    # Only running headers/footers (page numbers, titles) may add words beyond the body.
    removed = Counter(w for p in extracted.pages for ln in p.removed for w in WORD.findall(ln.text))
    assert not (Counter(extra) - removed), f"dubbel: {extra}"


# --- titles of real council templates (generated look-alikes of the Den Haag layouts) ----------

MOTION_TITLE = "Seniorenwoningen voor doorstroming Mariahoeve"


def _read(path):
    return segment_document(extract_document(path))


@pytest.mark.parametrize(
    ("build", "title", "doc_type"),
    [
        # kicker "GEMEENTERAAD", agenda code, empty stamp block above "Motie: X"
        (lambda p: templated_motion_pdf(p, MOTION_TITLE), MOTION_TITLE, "motie"),
        # the stamped version: RIS number, outcome and "Aldus aangenomen ..." added
        (lambda p: templated_motion_pdf(p, MOTION_TITLE, outcome="aangenomen"), MOTION_TITLE, "motie"),
        # the outcome word set on the title's own line, at the right
        (
            lambda p: templated_motion_pdf(
                p, MOTION_TITLE, outcome="verworpen", outcome_beside_title=True
            ),
            MOTION_TITLE,
            "motie",
        ),
        (
            lambda p: templated_motion_pdf(
                p, "Een deel middenhuur in woonprogramma Kornalijn", kind="Amendement",
                code="K.A HvDH", outcome="aangenomen",
            ),
            "Een deel middenhuur in woonprogramma Kornalijn",
            "amendement",
        ),
        # afdoening letter: letterhead, fields column, "Onderwerp" label above its value
        (
            lambda p: college_letter_pdf(p, "Afdoening motie: 'Rattenvanger van Den Haag'"),
            "Afdoening motie: 'Rattenvanger van Den Haag'",
            "raadsinformatiebrief",
        ),
        # the value wraps, and the e-mail address of the fields column sits beside the label
        (
            lambda p: college_letter_pdf(
                p, "Tussenbericht motie 'Regel bereikbaarheid en verkeersvoorzieningen bij "
                "Badhuisweg 4'", subject_lines=2,
            ),
            "Tussenbericht motie 'Regel bereikbaarheid en verkeersvoorzieningen bij Badhuisweg 4'",
            "raadsinformatiebrief",
        ),
        # "Voorstel van het college inzake X" in bold body size gives X
        (
            lambda p: college_proposal_pdf(
                p, "Voorstel van het college inzake Verzoek om bindend advies voor "
                "omgevingsvergunning dakopbouw Van Pomerenvaart 13",
            ),
            "Verzoek om bindend advies voor omgevingsvergunning dakopbouw Van Pomerenvaart 13",
            "raadsvoorstel",
        ),
        # ... and in plain body size, with a bold "besluit:" further down
        (
            lambda p: college_proposal_pdf(
                p, "Geamendeerd voorstel van het presidium inzake benoeming lid Financiële "
                "Adviescommissie", bold=False,
            ),
            "Benoeming lid Financiële Adviescommissie",
            "raadsvoorstel",
        ),
        # a "Strekt ter vervanging" stamp, larger than the title, is no title
        (
            lambda p: college_proposal_pdf(
                p, "Voorstel van het college tot vaststelling van de Verordening bestuurlijke "
                "boete 2023", replaces=True,
            ),
            "Voorstel van het college tot vaststelling van de Verordening bestuurlijke boete 2023",
            "raadsvoorstel",
        ),
        # notulen: the bold title block without its "(Geopend te ...)" line
        (
            council_minutes_pdf,
            "Vergadering gemeenteraad Den Haag gehouden op donderdag 23 januari 2025",
            "notulen",
        ),
        # a letterhead larger than anything, the kicker "RAADSVOORSTEL": the Onderwerp field wins
        (
            lambda p: kicker_letterhead_pdf(p, "Krediet vervanging brug Molenweg"),
            "Krediet vervanging brug Molenweg",
            "raadsvoorstel",
        ),
    ],
    ids=[
        "motie", "motie-gestempeld", "uitslag-naast-titel", "amendement", "afdoening",
        "tussenbericht-twee-regels", "voorstel-inzake", "voorstel-niet-vet", "strekt-ter-vervanging",
        "notulen", "briefhoofd-kicker-onderwerp",
    ],
)  # fmt: skip
def test_titles_of_council_templates(tmp_path, build, title, doc_type):
    doc = _read(build(tmp_path / "stuk.pdf"))
    assert (doc.title, doc.doc_type) == (title, doc_type)


def test_cover_picture_leaves_the_running_header(tmp_path):
    """A first page with only a number on it (the cover is a picture): the running header."""
    header = (400, 20, 8, False, "Investeren in het World Forum")
    body = (71, 120, 11, False, "Al jaren wordt er gesproken over het World Forum in Den Haag.")
    path = placed_pdf(
        tmp_path / "stuk.pdf",
        [[(477, 300, 12, False, "RIS319709")]] + [[header, body, (71, 800, 8, False, str(n))] for n in (2, 3, 4)],
    )  # fmt: skip
    assert _read(path).title == "Investeren in het World Forum"


def test_kind_with_a_colon_takes_the_line_below(tmp_path):
    """ "Initiatiefvoorstel:" in large type, the subject further down in the same type."""
    path = initiative_cover_pdf(tmp_path / "stuk.pdf", "Haagse Bomen, Haagse Trots")
    assert _read(path).title == "Initiatiefvoorstel: Haagse Bomen, Haagse Trots"


@pytest.mark.parametrize(
    ("text", "size", "bold", "heading"),
    [
        ("Inleiding", 12.0, False, True),  # larger than the body
        ("Inleiding", 10.0, True, True),  # bold at body size
        ("Inleiding", 9.5, True, True),  # bold, a little smaller
        ("Inleiding", 9.0, True, False),  # bold but too small
        ("Inleiding", 10.0, False, False),  # body text
        ("De raad besluit:", 10.0, True, False),  # a bold lead-in
        ("De raad besluit:", 12.0, False, True),  # larger: a heading whatever its end
        ("Bedragen,", 12.0, True, False),
        ("• Punt", 12.0, False, False),  # a bullet
        ("1. Inleiding", 10.0, True, True),  # numbered, not a bullet
        ("12", 14.0, True, False),  # fewer than two letters
        ("Een regel " * 10, 14.0, True, False),  # too many words
    ],
)
def test_what_looks_like_a_heading(text, size, bold, heading):
    from raadsassistent.segment import _looks_like_heading
    from raadsassistent.types import Line

    line = Line(text.strip(), 1, (0, 0, 100, 10), size, bold)
    assert _looks_like_heading(line, 10.0) is heading


@given(st.text(alphabet="ab-A1 \n.é", max_size=12))
def test_hyphen_at_the_end_is_found_in_the_last_three_characters(text):
    """join_lines_at tests only the text's tail for a line-break hyphen: same answer."""
    from raadsassistent.segment import _HYPHEN_END

    assert (_HYPHEN_END.search(text[-3:]) is None) == (_HYPHEN_END.search(text) is None)
