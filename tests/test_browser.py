"""The HTML briefings in a real browser: Chromium (the system's, Debian's ``chromium``) driven
headless through Playwright, on the sample meeting and on a real Den Haag meeting.

Checked on every page a batch writes (``index.html`` and each briefing): no console or page
errors and no request that leaves the disk, every link resolves (a ``#page=N`` target to an
existing PDF with at least N pages, an ``#id`` to an element with that id), one reading-map cell
per page, no sideways scroll at 390 px, the A4 print page count, headings in order and
``lang="nl"``. Playwright is a test dependency; the tests skip only when no Chromium is
installed (``apt-get install chromium``; never ``playwright install``).
"""

from __future__ import annotations

import functools
import html
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import pypdfium2 as pdfium
import pytest
from click.testing import CliRunner
from playwright.sync_api import Browser, Page, sync_playwright

from raadsassistent.cli import main

from helpers import SAMPLES

pytestmark = pytest.mark.browser

PHONE = 390  # px: a common phone width
DESKTOP = 1280
MAX_PRINT_PAGES_RAADSVOORSTEL = 2  # issue 12: a raadsvoorstel's briefing on at most 2 A4 pages
MAX_PRINT_PAGES_SAMPLE_INDEX = 3  # the sample meeting (12 documents) printed 6 pages before
DENHAAG_MEETING = "1259650"  # Gemeenteraad 13 februari 2025: 94 stukken
CHROMIUM_NAMES = ("chromium", "chromium-browser")


def chromium_path() -> str | None:
    """The system's Chromium, or None when there is none."""
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = chromium_path()
    if executable is None:
        pytest.skip(
            "geen Chromium gevonden (no chromium executable): installeer het met "
            "`apt-get install chromium`; .ci/run doet dat zelf"
        )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            yield launched
        finally:
            launched.close()


def _batch(source: Path, base: Path) -> Path:
    out = base / "uit"
    result = CliRunner().invoke(
        main, ["batch", str(source), "--db", str(base / "raad.db"), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def sample_meeting(tmp_path_factory) -> Path:
    """The output folder of ``batch samples/``."""
    return _batch(SAMPLES, tmp_path_factory.mktemp("browser-samples"))


@pytest.fixture(scope="module")
def denhaag_meeting(denhaag, tmp_path_factory) -> Path:
    """The output folder of a batch over a real Den Haag meeting (about a minute)."""
    return _batch(denhaag / DENHAAG_MEETING, tmp_path_factory.mktemp("browser-denhaag"))


@pytest.fixture(
    params=[pytest.param(name, marks=pytest.mark.slow) for name in ("samples", "denhaag")],
    scope="module",
)
def meeting(request) -> Path:
    return request.getfixturevalue(
        "sample_meeting" if request.param == "samples" else "denhaag_meeting"
    )


def html_pages(out: Path) -> list[Path]:
    """The meeting page and every briefing page of a batch's output folder."""
    pages = [out / "index.html", *sorted((out / "briefings").glob("*.html"))]
    assert len(pages) > 1, f"geen briefings in {out}"
    return pages


def briefing_data(page: Path) -> dict[str, Any]:
    """The JSON written beside a briefing's HTML."""
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------
# Checks, each returning what is wrong (empty when the page is right)
# ---------------------------------------------------------------------------------------------


class Tab:
    """One reused browser page ``width`` px wide that records what each loaded file reported:
    console errors, uncaught errors, failed loads and requests that leave the disk."""

    def __init__(self, browser: Browser, width: int = DESKTOP) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.problems: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda e: self.problems.append(f"pageerror: {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"requestfailed: {r.url}"))
        self.page.on("request", self._request)

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.problems.append(f"console: {message.text}")

    def _request(self, request: Any) -> None:
        if not request.url.startswith(("file:", "data:", "about:")):
            self.problems.append(f"network: {request.url}")

    def open(self, path: Path) -> list[str]:
        """Load ``path``; the problems it reported."""
        self.problems = []
        self.page.goto(path.resolve().as_uri(), wait_until="load")
        return self.problems

    def close(self) -> None:
        self.page.close()


_LINKS_JS = """() => [...document.querySelectorAll('a')].map(a => {
  const raw = a.getAttribute('href') ?? a.getAttribute('xlink:href');
  return raw === null ? null : {raw, url: new URL(raw, document.baseURI).href};
}).filter(x => x !== null)"""


@functools.cache
def pdf_pages(path: Path) -> int:
    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


@functools.cache
def element_ids(path: Path) -> frozenset[str]:
    text = path.read_text(encoding="utf-8")
    return frozenset(html.unescape(i) for i in re.findall(r'\bid="([^"]*)"', text))


def link_problems(page: Page, source: Path) -> list[str]:
    """Every link of the loaded ``page`` (from the file ``source``) that does not resolve."""
    problems = []
    for link in page.evaluate(_LINKS_JS):
        raw, parts = link["raw"], urlsplit(link["url"])
        where = f"{source.name}: {raw!r}"
        if parts.scheme != "file" or re.match(r"^[a-z][a-z0-9+.-]*:|^//", raw, re.I):
            problems.append(f"{where} wijst buiten de map (niet relatief)")
            continue
        if raw == "#" or raw == "":
            problems.append(f"{where} wijst nergens heen")
            continue
        target = Path(url2pathname(unquote(parts.path)))
        if not target.is_file():
            problems.append(f"{where}: {target} bestaat niet")
            continue
        fragment = unquote(parts.fragment)
        page_number = re.fullmatch(r"page=(\d+)", fragment)
        if page_number:
            if target.suffix.lower() != ".pdf":
                problems.append(f"{where}: #page= op een bestand dat geen PDF is")
            elif not 1 <= int(page_number[1]) <= pdf_pages(target):
                problems.append(f"{where}: de PDF heeft {pdf_pages(target)} pagina's")
        elif fragment and fragment not in element_ids(target):
            problems.append(f"{where}: geen element met id {fragment!r}")
    return problems


_HEADINGS_JS = "() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])"


def heading_problems(levels: list[int]) -> list[str]:
    """Headings out of order: not starting with one h1, a second h1, or a level skipped."""
    if not levels or levels[0] != 1:
        return [f"de eerste kop is geen h1: {levels[:3]}"]
    problems = []
    if levels.count(1) != 1:
        problems.append(f"{levels.count(1)} h1-koppen")
    for before, level in zip(levels, levels[1:], strict=False):
        if level > before + 1:
            problems.append(f"h{before} gevolgd door h{level}")
    return problems


def print_pages(page: Page) -> int:
    """How many A4 pages the loaded page prints on (print styles, as Chromium prints)."""
    document = pdfium.PdfDocument(page.pdf(format="A4"))
    try:
        return len(document)
    finally:
        document.close()


_MAPS_JS = """() => [...document.querySelectorAll('[data-role="reading-map"]')].map(m => {
  const holder = m.closest('li, td, header, main, body');
  const link = holder && holder.querySelector('a[href$=".html"]');
  return {pages: [...m.querySelectorAll('[data-page]')].map(c => +c.dataset.page),
          briefing: link ? new URL(link.getAttribute('href'), document.baseURI).href : null};
})"""


# ---------------------------------------------------------------------------------------------
# The checks on every page of a meeting, gathered in one pass per meeting
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def survey(browser, meeting) -> dict[str, dict[str, Any]]:
    """Per HTML page of ``meeting`` (by file name): what it reported, its link problems,
    heading levels, lang, reading maps and scroll width at 390 px; the print page count of the
    meeting page and of each raadsvoorstel."""
    desktop, phone = Tab(browser), Tab(browser, PHONE)
    found: dict[str, dict[str, Any]] = {}
    try:
        for path in html_pages(meeting):
            facts: dict[str, Any] = {"problems": list(desktop.open(path))}
            page = desktop.page
            facts["links"] = link_problems(page, path)
            facts["headings"] = page.evaluate(_HEADINGS_JS)
            facts["lang"] = page.evaluate("document.documentElement.lang")
            facts["maps"] = page.evaluate(_MAPS_JS)
            index = path.name == "index.html"
            facts["data"] = None if index else briefing_data(path)
            if index or facts["data"]["doc_type"] == "raadsvoorstel":
                facts["print_pages"] = print_pages(page)
            facts["problems"] += phone.open(path)
            facts["phone_width"] = phone.page.evaluate("document.documentElement.scrollWidth")
            found[path.name] = facts
    finally:
        desktop.close()
        phone.close()
    return found


def test_no_console_errors_and_nothing_from_the_network(survey):
    assert {name: f["problems"] for name, f in survey.items() if f["problems"]} == {}


def test_every_internal_link_resolves(survey):
    assert [p for f in survey.values() for p in f["links"]] == []


def test_no_horizontal_scroll_on_a_phone(survey):
    widths = {name: f["phone_width"] for name, f in survey.items()}
    assert {name: w for name, w in widths.items() if w > PHONE} == {}


def test_headings_in_order_and_dutch(survey):
    problems = [f"{n}: {p}" for n, f in survey.items() for p in heading_problems(f["headings"])]
    problems += [f"{n}: lang={f['lang']!r}" for n, f in survey.items() if f["lang"] != "nl"]
    assert problems == []


def test_a_raadsvoorstel_prints_on_at_most_two_pages(survey):
    counts = {
        name: f["print_pages"]
        for name, f in survey.items()
        if f["data"] and f["data"]["doc_type"] == "raadsvoorstel"
    }
    assert counts, "geen raadsvoorstel in de vergadering"
    assert {n: c for n, c in counts.items() if c > MAX_PRINT_PAGES_RAADSVOORSTEL} == {}


@pytest.mark.slow
def test_the_sample_meeting_page_prints_compactly(browser, sample_meeting):
    tab = Tab(browser)
    tab.open(sample_meeting / "index.html")
    assert print_pages(tab.page) <= MAX_PRINT_PAGES_SAMPLE_INDEX
    tab.close()


MAX_PRINT_PAGES_DENHAAG_INDEX = 9  # 1259650: 26 items, 28 motions; printed 8 pages (issue 11)
_ROWS_JS = """() => ({
  right: Math.max(...[...document.querySelectorAll('.plan, section.item, ul.motions li')]
    .map(e => e.getBoundingClientRect().right)),
  motions: document.querySelectorAll('ul.motions li').length,
  plan: document.querySelectorAll('.plan li').length,
  items: document.querySelectorAll('section.item').length,
})"""


@pytest.mark.slow
def test_real_meeting_page_on_a_phone_and_in_print(browser, denhaag_meeting):
    """The reconstructed Den Haag meeting (no agenda file): its leesplan, item sections and
    one row per motion fit a 390 px screen, and the page prints on a few A4 pages."""
    data = json.loads((denhaag_meeting / "meeting.json").read_text(encoding="utf-8"))
    tab = Tab(browser, PHONE)
    assert tab.open(denhaag_meeting / "index.html") == []
    found = tab.page.evaluate(_ROWS_JS)
    codes = {
        d["motion"]["code"]
        for d in data["documents"]
        if d.get("motion") and d["motion"].get("code")
    }
    # a section per item, except items of the "overig" kind without documents (one line each)
    sections = [i for i in data["items"] if i["document_files"] or i["kind"] != "overig"]
    assert found["right"] <= PHONE
    assert (found["motions"], found["items"]) == (len(codes), len(sections))
    assert found["plan"] == 5  # G, I, J, L and S: the debated proposals
    tab.close()
    tab = Tab(browser)
    tab.open(denhaag_meeting / "index.html")
    assert print_pages(tab.page) <= MAX_PRINT_PAGES_DENHAAG_INDEX
    tab.close()


def test_reading_map_has_one_cell_per_page(survey):
    """Each briefing has one map with a cell for every page 1..N of its document; the meeting
    page has a small map per document, beside the link to its briefing (lands with h22)."""
    problems = []
    for name, facts in survey.items():
        if facts["data"] is None:
            continue
        pages = facts["data"]["pages"]
        if [m["pages"] for m in facts["maps"]] != [list(range(1, pages + 1))]:
            problems.append(
                f"{name}: {[len(m['pages']) for m in facts['maps']]} vakken, {pages} p."
            )
    maps = survey["index.html"]["maps"]
    if not maps:
        problems.append("index.html: geen leeskaarten")
    for m in maps:
        briefing = Path(url2pathname(unquote(urlsplit(m["briefing"] or "").path)))
        if not briefing.is_file():
            problems.append(f"index.html: leeskaart zonder briefing ({m['briefing']})")
            continue
        pages = briefing_data(briefing)["pages"]
        if m["pages"] != list(range(1, pages + 1)):
            problems.append(f"index.html: {briefing.name}: {len(m['pages'])} vakken, {pages} p.")
    assert problems == []


def test_one_briefing_in_the_browser(browser, tmp_path):
    """The fast check (the meeting-wide ones are slow): ``brief -o`` of the sample raadsvoorstel
    on a phone and on paper."""
    out = tmp_path / "briefing.html"
    pdf = SAMPLES / "2026-041 Raadsvoorstel Herinrichting Stationsgebied.pdf"
    result = CliRunner().invoke(main, ["brief", str(pdf), "-o", str(out), "--format", "html"])
    assert result.exit_code == 0, result.output
    desktop, phone = Tab(browser), Tab(browser, PHONE)
    assert desktop.open(out) == [] and phone.open(out) == []
    assert phone.page.evaluate("document.documentElement.scrollWidth") <= PHONE
    assert print_pages(desktop.page) <= MAX_PRINT_PAGES_RAADSVOORSTEL
    assert heading_problems(desktop.page.evaluate(_HEADINGS_JS)) == []
    assert desktop.page.evaluate("document.documentElement.lang") == "nl"
    assert link_problems(desktop.page, out) == []
    desktop.close()
    phone.close()


# ---------------------------------------------------------------------------------------------
# The checks themselves can fail
# ---------------------------------------------------------------------------------------------


def _one_page_pdf(path: Path) -> None:
    document = pdfium.PdfDocument.new()
    document.new_page(595, 842)
    document.save(str(path))
    document.close()


def test_the_checks_catch_a_broken_page(browser, tmp_path):
    _one_page_pdf(tmp_path / "stuk.pdf")
    bad = tmp_path / "slecht.html"
    bad.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
        '<h1>Titel</h1><h3 id="a">Sprong</h3>'
        '<a href="stuk.pdf#page=1">goed</a> <a href="stuk.pdf#page=2">te ver</a>'
        '<a href="weg.html">weg</a> <a href="#a">anker</a> <a href="#b">geen anker</a>'
        '<a href="https://example.org/">extern</a>'
        '<div style="width:800px">breed</div><script>console.error("kapot")</script>'
        "</body></html>",
        encoding="utf-8",
    )
    tab = Tab(browser, PHONE)
    page = tab.page
    assert tab.open(bad) == ["console: kapot"]
    assert page.evaluate("document.documentElement.scrollWidth") == 808  # 800 + body margin
    assert page.evaluate("document.documentElement.lang") == ""
    assert heading_problems(page.evaluate(_HEADINGS_JS)) == ["h1 gevolgd door h3"]
    assert link_problems(page, bad) == [
        "slecht.html: 'stuk.pdf#page=2': de PDF heeft 1 pagina's",
        f"slecht.html: 'weg.html': {tmp_path / 'weg.html'} bestaat niet",
        "slecht.html: '#b': geen element met id 'b'",
        "slecht.html: 'https://example.org/' wijst buiten de map (niet relatief)",
    ]
    assert print_pages(page) == 1
    tab.close()
    assert heading_problems([2, 3]) == ["de eerste kop is geen h1: [2, 3]"]
    assert heading_problems([1, 2, 1]) == ["2 h1-koppen"]
