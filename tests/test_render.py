"""Tests for raadsassistent.render: Markdown, self-contained HTML and JSON briefings."""

from __future__ import annotations

import functools
import html
import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from test_summarise import KC_SECTIONS, make_doc

from raadsassistent.render import (
    ASKS_NOTHING,
    H_ASKED,
    H_EXPLANATION,
    H_KERN,
    H_MONEY,
    H_PARTICIPATION,
    H_RISKS,
    H_SKIPPED,
    briefing_from_dict,
    briefing_to_dict,
    count_nl,
    duration_nl,
    euro,
    file_href,
    map_band,
    md_escape,
    render_briefing,
    render_meeting_html,
    totals_line,
)
from raadsassistent.summarise import summarise_document
from raadsassistent.types import CitedAmount, CitedDate, Motion, PageShare, Submitter

SECTIONS = [H_ASKED, H_KERN, H_MONEY, H_RISKS, H_PARTICIPATION, H_SKIPPED]
EVIL = 'Het plan <script>alert("x")</script> kost *veel* & [meer](javascript:x) dan __gedacht__.'


@pytest.fixture(scope="module")
def briefing():
    sections = list(KC_SECTIONS)
    heading, passages, page = sections[4]  # the risks: always shown
    assert heading == "Wat zijn de risico's?"
    sections[4] = (heading, [EVIL + " " + passages[0]], page)
    soil = (
        "Het verkennend bodemonderzoek toont geen verontreinigingen boven de interventiewaarde "
        "aan. Er zijn zes boringen gezet en twee peilbuizen geplaatst om het grondwater te "
        "bemonsteren. Het grondwater is niet verontreinigd."
    )
    sections.append(("Bodem", [(soil, 4)], 4))
    return summarise_document(make_doc(sections, pages=4))


@pytest.fixture(scope="module")
def rib():
    doc = make_doc(
        [("Aanleiding", ["Met deze brief informeren wij u over de voortgang van de aanpak."], 1)],
        doc_type="raadsinformatiebrief",
        title="Raadsinformatiebrief",
    )
    return summarise_document(doc)


class _Outline(HTMLParser):
    """Collects tags, attributes, headings and list items of an HTML page."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.headings: list[tuple[str, str]] = []
        self.items: list[str] = []  # list items outside the collapsed "Alle ..." blocks
        self.all_items: list[str] = []  # and inside them
        self._stack: list[str] = []
        self._text: list[str] = []
        self._details = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._details += tag == "details"
        if tag in ("h1", "h2", "h3", "li"):
            self._stack.append(tag)
            self._text = []

    def handle_endtag(self, tag):
        self._details -= tag == "details"
        if self._stack and tag == self._stack[-1]:
            self._stack.pop()
            text = " ".join("".join(self._text).split())
            if tag == "li":
                self.all_items.append(text)
                if not self._details:
                    self.items.append(text)
            else:
                self.headings.append((tag, text))

    def handle_data(self, data):
        self._text.append(data)


def outline(page: str) -> _Outline:
    parser = _Outline()
    parser.feed(page)
    return parser


class _Citations(HTMLParser):
    """The page citations of an HTML page: each ``span.p`` as (text, href of its link) pieces,
    the reading map's cells, every href, and "p. N" text that stands outside any citation."""

    def __init__(self):
        super().__init__()
        self.cites: list[list[tuple[str, str | None]]] = []
        self.maps: list[list[dict]] = []  # per reading map: its cells' attributes, href, title
        self.hrefs: list[str] = []
        self.loose: list[str] = []
        self._cite: list[tuple[str, str | None]] | None = None
        self._href: str | None = None
        self._cell: dict | None = None
        self._title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        if tag == "a":
            self._href = attrs.get("href")
        elif tag == "span" and "p" in (attrs.get("class") or "").split():
            self._cite = []
        elif tag == "svg" and attrs.get("data-role") == "reading-map":
            self.maps.append([])
        elif tag == "rect" and "data-page" in attrs:
            self._cell = {**attrs, "href": self._href, "title": ""}
            self.maps[-1].append(self._cell)
        elif tag == "title":
            self._title = True

    def handle_endtag(self, tag):
        if tag == "a":
            self._href = None
        elif tag == "span" and self._cite is not None:
            self.cites.append(self._cite)
            self._cite = None
        elif tag == "title":
            self._title = False
        elif tag == "rect":
            self._cell = None

    def handle_data(self, data):
        if self._title and self._cell is not None:
            self._cell["title"] += data
        elif self._cite is not None:
            self._cite.append((data, self._href))
        elif not self._href and not self._title and re.search(r"\bp\. \d", data):
            self.loose.append(data)


def citations(page: str) -> _Citations:
    parser = _Citations()
    parser.feed(page)
    return parser


def assert_citations_link(page: str, pdf_href: str) -> int:
    """Every page citation of ``page`` links each of its page numbers to that page of
    ``pdf_href``; returns the number of citations."""
    found = citations(page)
    assert not found.loose, found.loose
    for pieces in found.cites:
        text = "".join(t for t, _ in pieces)
        assert re.fullmatch(r"p\. \d+(–\d+|(, \d+)*)", text), text
        for piece, href in pieces:
            if re.search(r"\d", piece):
                first = re.search(r"\d+", piece).group()
                assert href == f"{pdf_href}#page={first}", (piece, href)
            else:
                assert href is None, piece
    return len(found.cites)


@functools.cache
def pdf_page_count(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def resolved_links(html_file: Path) -> list[tuple[Path, int | None]]:
    """Every href of an HTML file as (file, page): each must be a relative link to an existing
    file, a ``#page=N`` fragment only on a PDF with at least N pages."""
    found = []
    for href in citations(html_file.read_text(encoding="utf-8")).hrefs:
        url = urlsplit(href)
        assert not url.scheme and not url.netloc and not url.query, href
        target = html_file.parent / unquote(url.path)
        assert target.is_file(), href
        page = None
        if url.fragment:
            match = re.fullmatch(r"page=(\d+)", url.fragment)
            assert match and target.suffix == ".pdf", href
            page = int(match.group(1))
            assert 1 <= page <= pdf_page_count(target.resolve()), href
        found.append((target.resolve(), page))
    return found


def test_html_escapes_document_text(briefing):
    assert briefing.risks[0].text == EVIL
    page = render_briefing(briefing, "html")
    assert "<script" not in page.lower()
    assert html.escape(EVIL, quote=True) in page


def test_html_is_self_contained_and_accessible(briefing):
    page = render_briefing(briefing, "html")
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="nl">' in page
    assert '<meta charset="utf-8">' in page and 'name="viewport"' in page
    assert "http" not in page.lower()
    assert "@media print" in page and "size: A4" in page
    parsed = outline(page)
    for tag, attrs in parsed.tags:
        assert tag not in ("script", "link", "img", "iframe", "object", "a"), tag
        assert "src" not in attrs and "href" not in attrs
    levels = [tag for tag, _ in parsed.headings]
    assert levels.count("h1") == 1 and levels[0] == "h1"
    assert [text for tag, text in parsed.headings if tag == "h2"] == SECTIONS


def test_html_every_item_shows_its_page(briefing):
    parsed = outline(render_briefing(briefing, "html"))
    assert parsed.items
    for item in parsed.all_items:
        if not item.startswith("Nog "):  # how many sentences were left out
            assert re.search(r"p\. \d+", item), item


def test_html_reading_time(briefing):
    page = render_briefing(briefing, "html")
    expected = (
        f"{briefing.reading_minutes_source} min -&gt; {briefing.reading_minutes_briefing} min"
    )
    assert expected in page


def test_markdown_mirrors_html(briefing):
    md = render_briefing(briefing, "md")
    h2 = [line[3:] for line in md.splitlines() if line.startswith("## ")]
    assert h2 == SECTIONS
    assert md.startswith("# ")
    assert "<script>" not in md and "\\<script\\>" in md
    assert "\\*veel\\*" in md and "\\[meer\\]" in md and "\\_\\_gedacht\\_\\_" in md
    items = [line for line in md.splitlines() if re.match(r"^(- |\d+\. )", line)]
    content = [line for line in items if not line.startswith("- **")]
    assert content and all(re.search(r"\(p\. \d+", line) for line in content)
    parsed = outline(render_briefing(briefing, "html"))
    shown = [i for i in parsed.items if not i.startswith("Nog ")]
    assert len(shown) == len([i for i in items if not i.startswith("- *Nog")]) - len(
        [line for line in md.splitlines() if line.startswith("- **") and ":**" in line]
    )


def test_markdown_escape():
    assert md_escape("a*b_c<d>[e]#f|g`h\\") == "a\\*b\\_c\\<d\\>\\[e\\]\\#f\\|g\\`h\\\\"
    assert md_escape("1. eerste") == "1\\. eerste"
    assert md_escape("- streep") == "\\- streep"
    assert md_escape("R&D en &amp;") == "R&D en &amp;amp;"


def test_raadsinformatiebrief_says_it_asks_nothing(rib):
    assert ASKS_NOTHING in render_briefing(rib, "md")
    assert ASKS_NOTHING in render_briefing(rib, "html")
    data = json.loads(render_briefing(rib, "json"))
    assert data["decision_points"] == [] and data["asks_nothing"] is True


def test_json_fields_and_types(briefing):
    text = render_briefing(briefing, "json")
    assert "€" in text  # ensure_ascii=False
    data = json.loads(text)
    assert data == briefing_to_dict(briefing)
    expected = {
        "title": str, "doc_type": str, "pages": int, "file_name": str, "sha256": str,
        "date": str, "municipality": str, "decision_points": list, "amounts": list,
        "dates": list, "summary": list, "risks": list, "participation": list,
        "skipped_sections": list, "reading_minutes_source": int,
        "reading_minutes_briefing": int, "framework_share": (float, type(None)),
    }  # fmt: skip
    for field, kind in expected.items():
        assert isinstance(data[field], kind), field
    assert [p["number"] for p in data["decision_points"]] == [1, 2, 3]
    for p in data["decision_points"]:
        assert set(p) == {"number", "text", "page"} and isinstance(p["page"], int)
    for a in data["amounts"]:
        assert {"value_eur", "text", "page"} <= set(a) and isinstance(a["value_eur"], float)
    for d in data["dates"]:
        assert {"date", "text", "page"} <= set(d)
        assert d["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["date"])
    for field in ("summary", "risks", "participation"):
        for c in data[field]:
            assert {"text", "page"} <= set(c) and isinstance(c["text"], str)
    assert data["skipped_sections"] == [{"heading": "Bodem", "pages": [4, 4]}]


def test_left_out_sentences_are_no_claim_of_silence(briefing):
    b = replace(briefing, risks=(), more_risks=3, participation=(), more_participation=0)
    page = html.unescape(render_briefing(b, "html"))
    assert "Nog 3 zinnen over risico's in het document." in page
    assert "Het document zegt niets over risico's" not in page
    assert "Het document zegt niets over participatie" in page


def test_unknown_format(briefing):
    with pytest.raises(ValueError, match="Onbekend formaat"):
        render_briefing(briefing, "pdf")


def test_euro():
    assert euro(2_450_000.0) == "€ 2.450.000"
    assert euro(1250.5) == "€ 1.250,50"
    assert euro(-50_000) == "-€ 50.000"
    assert euro(None) is None


# --- the meeting briefing -----------------------------------------------------------------


def test_totals_line_and_durations():
    assert totals_line(312, 310, 24) == "312 pagina's, 5 uur 10 min lezen → 24 min"
    assert duration_nl(60) == "1 uur"
    assert duration_nl(0) == "0 min"


def _item(position, number, title, kind, share, files=()):
    return {
        "position": position, "number": number, "title": title, "kind": kind, "text": "",
        "page": 1, "documents": [], "document_files": list(files), "failed_files": [],
        "asks": [], "more_asks": 0, "framework_share": share, "pages": 3,
        "minutes_source": 10, "minutes_briefing": 2, "minutes_saved": 8,
    }  # fmt: skip


def _data() -> dict:
    evil = "<script>alert('x')</script>"
    doc = {
        "file_name": f"{evil}.pdf", "status": "verwerkt", "sha256": "a" * 64, "pages": 3,
        "title": evil, "doc_type": "raadsvoorstel", "framework_share": 0.5, "words": 900,
        "minutes_source": 10, "minutes_briefing": 2, "decision_points": [],
        "link": "briefings/x.html", "item_position": 2,
    }  # fmt: skip
    return {
        "id": "x",
        "body": "gemeenteraad",
        "date": "2026-04-16",
        "municipality": evil,
        "time": "19.30 uur",
        "place": "Raadzaal",
        "source": "agenda.pdf",
        "output_dir": "",
        "items": [
            _item(1, "7", "Laag kader", "bespreekstuk", 0.2),
            _item(2, "8", evil, "bespreekstuk", 0.9, [doc["file_name"]]),
            _item(3, "9", "Hamer", "hamerstuk", 0.5),
        ],
        "documents": [
            doc,
            {
                "file_name": "los.pdf",
                "status": "verwerkt",
                "sha256": "b" * 64,
                "pages": 2,
                "title": "Los stuk",
                "doc_type": "bijlage",
                "framework_share": 0.1,
                "minutes_source": 4,
                "minutes_briefing": 1,
                "decision_points": [],
                "link": "briefings/los.html",
            },
            {
                "file_name": "kapot.pdf",
                "status": "mislukt",
                "sha256": "",
                "pages": 0,
                "title": "kapot",
                "reason": "kapot.pdf: de PDF is beschadigd <b>echt</b>.",
            },
        ],  # fmt: skip
        "totals": {"documents": 2, "failed": 1, "line": totals_line(5, 14, 3)},
        "notes": [],
    }


def test_meeting_html_escapes_and_orders():
    page = render_meeting_html(_data())
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>echt</b>" not in page
    assert '<html lang="nl">' in page and "<style>" in page
    assert not re.search(r"<(link|script)\b|src=", page)  # self-contained
    assert (
        page.index("Bespreekstukken") < page.index("Hamerstukken") < page.index("Overige stukken")
    )
    # bespreekstukken with the most framework content first
    assert page.index("&lt;script&gt;alert") < page.index("Laag kader")
    assert "Niet verwerkte bestanden" in page and "kapot.pdf: de PDF is beschadigd" in page
    assert "5 pagina's, 14 min lezen → 3 min" in html.unescape(page)


def test_motion_facts_and_outcome_in_header_and_json():
    motion = Motion(
        code="L.B",
        title="Geen gedwongen verplaatsing van strandtenten",
        submitters=(Submitter("Anne Jansen", "VVD"), Submitter("Piet de Vries", "D66")),
        concerns="RIS320288",
        dictum=("verzoekt het college de strandtenten op hun plek te laten",),
    )
    doc = replace(
        make_doc([("Toelichting", ["De strandtenten staan er al decennia."], 1)]),
        doc_type="motie", title=motion.title, outcome="aangenomen",
        references=("RIS320288",), motion=motion,
    )  # fmt: skip
    b = summarise_document(doc)
    data = json.loads(render_briefing(b, "json"))
    assert data["outcome"] == "aangenomen"
    assert data["references"] == ["RIS320288"]
    assert data["motion"] == {
        "code": "L.B",
        "title": "Geen gedwongen verplaatsing van strandtenten",
        "submitters": [
            {"name": "Anne Jansen", "party": "VVD"},
            {"name": "Piet de Vries", "party": "D66"},
        ],
        "concerns": "RIS320288",
        "dictum": ["verzoekt het college de strandtenten op hun plek te laten"],
    }
    md = render_briefing(b, "md")
    assert "- **Agendacode:** L.B" in md
    assert "- **Indieners:** Anne Jansen (VVD), Piet de Vries (D66)" in md
    assert "- **Betreft:** RIS320288" in md
    assert "- **Uitslag:** aangenomen" in md
    page = render_briefing(b, "html")
    assert "<dt>Uitslag</dt><dd>aangenomen</dd>" in page
    # the short form in both: what is asked, and the explanation; no money or risk sections
    h2_md = [line[3:] for line in md.splitlines() if line.startswith("## ")]
    h2_html = [text for tag, text in outline(page).headings if tag == "h2"]
    assert h2_md == h2_html == [H_ASKED, H_EXPLANATION]
    vreemd = summarise_document(replace(doc, outcome=None, motion=replace(motion, concerns=None)))
    md = render_briefing(vreemd, "md")
    assert "- **Betreft:** vreemd aan de orde van de dag" in md and "Uitslag" not in md


def test_plain_document_has_null_council_fields(briefing):
    data = json.loads(render_briefing(briefing, "json"))
    assert (data["outcome"], data["references"], data["motion"]) == (None, [], None)
    assert "Agendacode" not in render_briefing(briefing, "md")


def test_left_out_sentences_counted_in_dutch():
    assert (count_nl(1, "zin", "zinnen"), count_nl(2, "zin", "zinnen")) == ("1 zin", "2 zinnen")


# --- the reading map, page links, the collapsed lists ------------------------------------------

PDF = "../stukken/2026-041%20Raadsvoorstel.pdf"
MAP = (
    PageShare(1, 0.9, "Beslispunten"),
    PageShare(2, 0.75, "Argumenten"),
    PageShare(3, 0.5, ""),
    PageShare(4, 0.25, "Financiën"),
    PageShare(5, 0.1, 'Bodem <en> "water"'),
    PageShare(6, None, ""),
)


def test_map_bands_at_their_bounds():
    assert [map_band(s) for s in (1.0, 0.75, 0.7499, 0.5, 0.25, 0.2499, 0.0, None)] == [
        ("rm-k4", "#1f4e79"),
        ("rm-k4", "#1f4e79"),
        ("rm-k3", "#4f7fb0"),
        ("rm-k3", "#4f7fb0"),
        ("rm-k2", "#9bb8d6"),
        ("rm-k1", "#d9e4ef"),
        ("rm-k1", "#d9e4ef"),
        ("rm-none", "#ffffff"),
    ]


def test_reading_map_one_linked_cell_per_page_with_colour_and_tooltip(briefing):
    b = replace(briefing, pages=6, page_map=MAP)
    page = render_briefing(b, "html", pdf_href=PDF)
    [cells] = citations(page).maps
    assert [c["data-page"] for c in cells] == ["1", "2", "3", "4", "5", "6"]
    assert [(c["class"], c["fill"]) for c in cells] == [
        ("rm-k4", "#1f4e79"),
        ("rm-k4", "#1f4e79"),
        ("rm-k3", "#4f7fb0"),
        ("rm-k2", "#9bb8d6"),
        ("rm-k1", "#d9e4ef"),
        ("rm-none", "#ffffff"),
    ]
    assert [c["title"] for c in cells] == [
        "p. 1 · 90% kader · Beslispunten",
        "p. 2 · 75% kader · Argumenten",
        "p. 3 · 50% kader",
        "p. 4 · 25% kader · Financiën",
        'p. 5 · 10% kader · Bodem <en> "water"',
        "p. 6 · geen beoordeelde tekst",
    ]
    assert [c["href"] for c in cells] == [f"{PDF}#page={n}" for n in range(1, 7)]
    assert "Bodem &lt;en&gt; &quot;water&quot;" in page
    assert "Leeskaart, één vak per pagina" in page and "vooral detail" in page
    # without a PDF the map stays, unlinked
    [cells] = citations(render_briefing(b, "html")).maps
    assert len(cells) == 6 and {c["href"] for c in cells} == {None}
    # no map without a page map (a briefing stored before it existed)
    assert 'data-role="reading-map"' not in render_briefing(replace(b, page_map=()), "html")


def test_summarised_briefing_maps_every_page(briefing):
    [cells] = citations(render_briefing(briefing, "html", pdf_href=PDF)).maps
    assert [int(c["data-page"]) for c in cells] == list(range(1, briefing.pages + 1))


def test_long_document_map_wraps_into_rows():
    cells = tuple(PageShare(n, (n % 5) / 4, "") for n in range(1, 121))
    from raadsassistent.render import reading_map

    svg = reading_map(cells, "x.pdf")
    assert 'viewBox="0 0 500 30"' in svg and svg.count("<rect") == 120
    assert 'data-page="120" class="rm-k1" x="190.5" y="20.5"' in svg


def test_every_page_citation_links_to_its_page(briefing):
    grouped = replace(
        briefing,
        amounts=(CitedAmount(1000.0, "€ 1.000", 2), CitedAmount(1000.0, "€ 1.000", 5)),
        page_map=MAP,
    )
    page = render_briefing(grouped, "html", pdf_href=PDF)
    count = assert_citations_link(page, PDF)
    cited = [i for i in outline(page).all_items if not i.startswith("Nog ")]
    assert count == len(cited)  # one citation per item
    assert f'p. <a href="{PDF}#page=2">2</a>, <a href="{PDF}#page=5">5</a>' in page
    assert f'<dd><a href="{PDF}">{briefing.file_name}</a></dd>' in page
    # without a PDF nothing links and the citations read as before
    plain = render_briefing(grouped, "html")
    assert "<a " not in plain and '<span class="p">p. 2, 5</span>' in plain
    # a long list of pages may wrap (on one line it pushes a phone screen sideways)
    many = tuple(CitedAmount(1000.0, "€ 1.000", n) for n in (9, 2, 4, 7))
    page = render_briefing(replace(briefing, amounts=many), "html", pdf_href=PDF)
    assert (
        '<span class="p pages">p. <a href="' in page and ".p.pages { white-space: normal; }" in page
    )
    assert_citations_link(page, PDF)


def test_all_amounts_and_dates_are_collapsed_and_linked(briefing):
    page = render_briefing(replace(briefing, all_amounts=(), all_dates=()), "html", pdf_href=PDF)
    assert "<details" not in page
    every = replace(
        briefing,
        all_amounts=(
            CitedAmount(185000.0, "€ 185.000", 2),
            CitedAmount(185000.0, "€ 185.000", 3),
            CitedAmount(40.0, "€ 40", 4, context="per <jaar>"),
        ),
        all_dates=(CitedDate("2026-06-01", "1 juni 2026", 3, kind="deadline"),),
    )
    page = render_briefing(every, "html", pdf_href=PDF)
    assert '<details class="all"><summary>Alle bedragen (2)</summary>' in page
    assert '<details class="all"><summary>Alle data (1)</summary>' in page
    assert "per &lt;jaar&gt;" in page
    block = page[page.index("Alle bedragen") : page.index("</details>")]
    assert f'p. <a href="{PDF}#page=2">2</a>, <a href="{PDF}#page=3">3</a>' in block
    assert_citations_link(page, PDF)
    # none shown (all of them in the block): no claim that the document names none
    page = render_briefing(replace(every, amounts=(), dates=()), "html")
    assert "Alle bedragen (2)" in page and "Het document noemt geen bedragen." not in page
    assert "Het document noemt geen data" not in page
    page = render_briefing(replace(briefing, amounts=(), all_amounts=()), "html")
    assert "Het document noemt geen bedragen." in page
    # a date's label says what it is the date of
    labelled = (CitedDate("2026-06-01", "1 juni 2026", 3, context="x", label="besluit raad"),)
    page = render_briefing(replace(briefing, dates=labelled), "html")
    assert (
        '<span class="value">1 juni 2026</span> (2026-06-01): <span class="ctx">besluit raad'
        in page
    )


HOSTILE = 'a "b" #1 %20 <x> javascript:(1).pdf'


def test_file_href_quotes_hostile_names(tmp_path):
    href = file_href(tmp_path / "stukken" / HOSTILE, tmp_path / "briefings")
    assert href == "../stukken/a%20%22b%22%20%231%20%2520%20%3Cx%3E%20javascript%3A%281%29.pdf"
    assert unquote(href) == f"../stukken/{HOSTILE}"
    assert file_href(Path("map met spatie/x#.pdf")) == "map%20met%20spatie/x%23.pdf"
    assert file_href(tmp_path / "a b.pdf") == (tmp_path / "a b.pdf").as_uri()  # absolute
    assert file_href(tmp_path / "a.pdf", tmp_path / "x" / "y") == "../../a.pdf"


def test_hostile_pdf_href_is_escaped_in_every_attribute(briefing, tmp_path):
    href = file_href(tmp_path / "stukken" / HOSTILE, tmp_path / "briefings")
    page = render_briefing(replace(briefing, page_map=MAP), "html", pdf_href=href)
    found = citations(page)
    assert found.hrefs and all(h.split("#")[0] == href for h in found.hrefs)
    assert "<x>" not in page and 'href="javascript' not in page
    # a caller that passes raw text still cannot break out of the attribute
    raw = render_briefing(briefing, "html", pdf_href='x" onclick="alert(1)')
    assert 'onclick="' not in raw and "x&quot; onclick=&quot;alert(1)#page=" in raw


def test_briefing_from_dict_renders_the_same(briefing, rib):
    motion = Motion("L.B", "Titel", (Submitter("Anne Jansen", "VVD"),), None, ("verzoekt",))
    full = replace(
        briefing,
        page_map=MAP,
        motion=motion,
        outcome="aangenomen",
        references=("RIS1",),
        all_amounts=(CitedAmount(1.5, "€ 1,50", 2, "ctx", 3.0, "per jaar"),),
        all_dates=(CitedDate(None, "medio 2027", 3, "period", "2027", "ctx"),),
    )
    for b in (briefing, rib, full):
        data = json.loads(render_briefing(b, "json"))
        again = briefing_from_dict(data)
        for key in ("all_amounts", "all_dates"):
            if key not in data:  # the JSON does not carry them (yet): nothing to give back
                b = replace(b, **{key: ()})
        assert render_briefing(again, "html", pdf_href=PDF) == render_briefing(
            b, "html", pdf_href=PDF
        )
        assert render_briefing(again, "md") == render_briefing(b, "md")
        assert briefing_to_dict(again) == briefing_to_dict(b)


def test_meeting_page_small_maps_and_page_links():
    data = _data()
    doc = data["documents"][0]
    doc.update(
        link="briefings/Raads voorstel #1.html",
        pdf="stukken/Raads voorstel #1.pdf",
        page_map=[{"page": n, "share": 0.2 * n, "section": "S"} for n in (1, 2, 3)],
    )
    data["items"][1]["asks"] = [
        {"number": n, "text": "vast te stellen", "page": n + 1, "file_name": doc["file_name"],
         "link": doc["link"], "pdf": doc["pdf"]}
        for n in (1, 2)
    ]  # fmt: skip
    page = render_meeting_html(data)
    found = citations(page)
    [cells] = found.maps  # one map: the only document with a page map
    pdf = "stukken/Raads%20voorstel%20%231.pdf"
    assert [(c["data-page"], c["href"]) for c in cells] == [
        (str(n), f"{pdf}#page={n}") for n in (1, 2, 3)
    ]
    assert [c["class"] for c in cells] == ["rm-k1", "rm-k2", "rm-k3"]
    assert f'<a href="{pdf}#page=2">p. 2</a>' in page and f'<a href="{pdf}#page=3">p. 3</a>' in page
    # the document is named once, where its points begin
    asks = page[page.index('<ol class="asks">') : page.index("</ol>")]
    briefing_link = 'href="briefings/Raads%20voorstel%20%231.html"'
    assert asks.count(briefing_link) == 1 and asks.index(briefing_link) < asks.index("p. 2")
    assert "briefings/Raads%20voorstel%20%231.html" in found.hrefs
    assert not found.loose and "Leeskaart, één vak per pagina" in page
    assert 'data-role="reading-map"' not in render_meeting_html(_data())


def test_left_out_amounts_and_dates_counted_in_dutch(briefing):
    shown = CitedAmount(1000.0, "€ 1.000", 2)
    one_more = (shown, CitedAmount(2000.0, "€ 2.000", 3))
    date = CitedDate("2026-07-01", "1 juli 2026", 3)
    md = render_briefing(
        replace(briefing, amounts=(shown,), all_amounts=one_more, dates=(date,),
                all_dates=(date, CitedDate("2027-01-01", "1 januari 2027", 4))),
        "md",
    )  # fmt: skip
    assert "*En 1 ander bedrag.*" in md and "*En 1 andere datum.*" in md
    md = render_briefing(replace(briefing, amounts=(shown,), all_amounts=(*one_more, *one_more[:1],
                         CitedAmount(3.0, "€ 3", 5))), "md")  # fmt: skip
    assert "*En 2 andere bedragen.*" in md
