"""Tests for raadsassistent.render: Markdown, self-contained HTML and JSON briefings."""

from __future__ import annotations

import html
import json
import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest
from test_summarise import KC_SECTIONS, make_doc

from raadsassistent.render import (
    ASKS_NOTHING,
    H_ASKED,
    H_KERN,
    H_MONEY,
    H_PARTICIPATION,
    H_RISKS,
    H_SKIPPED,
    briefing_to_dict,
    duration_nl,
    euro,
    md_escape,
    render_briefing,
    render_meeting_html,
    sentences_nl,
    totals_line,
)
from raadsassistent.summarise import summarise_document
from raadsassistent.types import Motion, Submitter

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
        self.items: list[str] = []
        self._stack: list[str] = []
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("h1", "h2", "h3", "li"):
            self._stack.append(tag)
            self._text = []

    def handle_endtag(self, tag):
        if self._stack and tag == self._stack[-1]:
            self._stack.pop()
            text = " ".join("".join(self._text).split())
            if tag == "li":
                self.items.append(text)
            else:
                self.headings.append((tag, text))

    def handle_data(self, data):
        self._text.append(data)


def outline(page: str) -> _Outline:
    parser = _Outline()
    parser.feed(page)
    return parser


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
    for item in parsed.items:
        # "Nog 2 zinnen over risico's in het document." says what was left out: no page
        assert re.search(r"p\. \d+", item) or re.fullmatch(r"Nog \d+ zin(nen)? .*", item), item


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
    shown = [i for i in parsed.items if not re.fullmatch(r"Nog \d+ zin(nen)? .*", i)]
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
    vreemd = summarise_document(replace(doc, outcome=None, motion=replace(motion, concerns=None)))
    md = render_briefing(vreemd, "md")
    assert "- **Betreft:** vreemd aan de orde van de dag" in md and "Uitslag" not in md


def test_plain_document_has_null_council_fields(briefing):
    data = json.loads(render_briefing(briefing, "json"))
    assert (data["outcome"], data["references"], data["motion"]) == (None, [], None)
    assert "Agendacode" not in render_briefing(briefing, "md")


def test_left_out_sentences_counted_in_dutch():
    assert (sentences_nl(1), sentences_nl(2)) == ("1 zin", "2 zinnen")
