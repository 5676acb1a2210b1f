"""Stage 5: write a briefing as Markdown, one self-contained HTML file, or JSON, and a
meeting's briefing (``index.html``) from the data ``meeting.build_meeting`` gathers.

All document text is escaped (``html.escape`` for HTML, backslashes for Markdown); the only
words added are the fixed Dutch labels below. Every item shows its page as "p. 7". The HTML
makes no external requests: inline CSS, system fonts, no scripts. Given the source PDF's href,
every page citation and every cell of the reading map links to that page (``#page=N``).
"""

from __future__ import annotations

import html
import json
import math
import os
import re
from collections.abc import Sequence
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .amounts import group_amounts
from .dates import group_dates
from .nlp import MONTHS, markdown_word_count
from .types import (
    BESPREEKSTUK,
    FAILED,
    HAMERSTUK,
    MOTION_TYPES,
    OVERIG,
    Briefing,
    Cited,
    CitedAmount,
    CitedDate,
    PageShare,
    SkippedSection,
    Submitter,
    motion_from_dict,
)

__all__ = [
    "render_briefing",
    "render_meeting_html",
    "briefing_to_dict",
    "briefing_from_dict",
    "file_href",
    "reading_map",
    "json_text",
    "FORMATS",
]

FORMATS = ("md", "html", "json")

DOC_TYPE_NL = {
    "raadsvoorstel": "Raadsvoorstel",
    "raadsbesluit": "Raadsbesluit",
    "raadsinformatiebrief": "Raadsinformatiebrief",
    "motie": "Motie",
    "amendement": "Amendement",
    "agenda": "Agenda",
    "besluitenlijst": "Besluitenlijst",
    "notulen": "Notulen",
    "verordening": "Verordening",
    "bijlage": "Bijlage",
}
KIND_NL = {"deadline": "termijn", "date": "datum", "period": "periode"}

H_ASKED = "Wat wordt er gevraagd?"
H_KERN = "Kern"
H_MONEY = "Geld en termijnen"
H_AMOUNTS = "Bedragen"
H_DATES = "Data en termijnen"
H_RISKS = "Risico's en kanttekeningen"
H_PARTICIPATION = "Participatie"
H_SKIPPED = "Detail, overgeslagen"
H_EXPLANATION = "Toelichting"
# a motion or amendment: its dictum or change, and a few sentences of its explanation
ASKS_NOTHING = "Dit is een raadsinformatiebrief: de raad wordt geen besluit gevraagd."
NO_POINTS = "Het document bevat geen herkenbare beslispunten."
NO_KERN = "Geen kerntekst gevonden."
NO_KERN_ROOM = "Geen ruimte voor kerntekst."  # the budget went to decision points and money
OWN_SUMMARY = "Uit de eigen samenvatting van het document."
NO_AMOUNTS = "Het document noemt geen bedragen."
NO_DATES = "Het document noemt geen data of termijnen."
NO_RISKS = "Het document zegt niets over risico's of kanttekeningen."
NO_PARTICIPATION = "Het document zegt niets over participatie, inspraak of zienswijzen."
NO_SKIPPED = "Geen secties overgeslagen."


# ---------------------------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------------------------


def page_ref(page: int, page_end: int | None = None) -> str:
    """'p. 7' or 'p. 7–8'."""
    if page_end and page_end > page:
        return f"p. {page}–{page_end}"
    return f"p. {page}"


def pages_ref(pages: Sequence[int]) -> str:
    """'p. 3' or 'p. 3, 5' for a list of pages."""
    return "p. " + ", ".join(str(p) for p in sorted(set(pages)))


def date_nl(iso: str | None) -> str | None:
    """'2026-04-16' -> '16 april 2026'; anything else unchanged."""
    if not iso or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return iso
    year, month, day = (int(x) for x in iso.split("-"))
    if not 1 <= month <= 12:
        return iso
    return f"{day} {MONTHS[month - 1]} {year}"


def euro(value: float | None) -> str | None:
    """Dutch money notation: 2450000.0 -> '€ 2.450.000', 1250.5 -> '€ 1.250,50'."""
    if value is None or not math.isfinite(value):
        return None
    negative = value < 0
    value = abs(value)
    whole = int(value)
    cents = round((value - whole) * 100)
    if cents == 100:
        whole, cents = whole + 1, 0
    text = f"{whole:,}".replace(",", ".")
    if cents:
        text += f",{cents:02d}"
    return ("-" if negative else "") + "€ " + text


def _date_parts(d: Any) -> tuple[str, str, bool, str]:
    """(main text, normalised date or period, whether it is a deadline, context that adds)."""
    context = d.context if _adds(d.context, d.text) else ""
    return d.text, d.date or d.period or "", d.kind == "deadline", context


def _header_rows(b: Briefing) -> list[tuple[str, str]]:
    rows = [("Soort", DOC_TYPE_NL.get(b.doc_type, b.doc_type or "onbekend"))]
    if b.motion and b.motion.code:
        rows.append(("Agendacode", b.motion.code))
    if b.motion and b.motion.submitters:
        rows.append(("Indieners", submitters_nl(b.motion.submitters)))
    if b.motion:
        rows.append(("Betreft", b.motion.concerns or "vreemd aan de orde van de dag"))
    if b.outcome:
        rows.append(("Uitslag", b.outcome))
    if b.date:
        rows.append(("Datum", date_nl(b.date) or b.date))
    if b.municipality:
        rows.append(("Gemeente", b.municipality))
    rows.append(("Pagina's", str(b.pages)))
    rows.append(
        (
            "Leestijd",
            f"{b.reading_minutes_source} min -> {b.reading_minutes_briefing} min "
            f"({b.source_words} -> {b.briefing_words} woorden)",
        )
    )
    if b.file_name:
        rows.append(("Bestand", b.file_name))
    return rows


def count_nl(count: int, one: str, many: str) -> str:
    """ "1 zin", "3 zinnen": ``count`` with the Dutch word for that number."""
    return f"{count} {one if count == 1 else many}"


def submitters_nl(submitters: Sequence[Submitter]) -> str:
    """ "Naam (Partij), Naam (Partij)": the submitters as one line."""
    return ", ".join(f"{s.name} ({s.party})" if s.party else s.name for s in submitters)


def _adds(context: str, text: str) -> bool:
    """Whether a context says more than the amount or date it stands beside."""
    return bool(context) and context.strip(" .,;:") != text.strip(" .,;:")


def _amount_parts(a: Any) -> tuple[str, str, str]:
    """(main text, normalised value when it differs, what it is for) of an amount: its label,
    else the context when that adds."""
    value = euro(a.value_eur)
    if a.value_max_eur is not None and value:
        value = f"{value} tot {euro(a.value_max_eur)}"
    purpose = getattr(a, "label", "") or (a.context if _adds(a.context, a.text) else "")
    return a.text, value if value and value != a.text else "", purpose


# ---------------------------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------------------------


def _listed_points(b: Briefing) -> tuple[Cited, ...]:
    """The decision points the main list shows (see ``Briefing.shown_points``)."""
    return b.decision_points if b.shown_points is None else b.shown_points


def _points_left(b: Briefing) -> tuple[int, int, int | None]:
    """How many decision points the main list leaves out or cuts, and their first and last
    page (None when one page)."""
    shown = b.shown_points or ()
    whole = sum(1 for a, c in zip(shown, b.decision_points, strict=False) if a == c)
    pages = sorted({c.page for c in b.decision_points[whole:]}) or [1]
    return len(b.decision_points) - whole, pages[0], pages[-1] if pages[-1] != pages[0] else None


def more_points_line(b: Briefing, cite: str | None = None, where: str = "") -> str:
    """What a briefing whose decision points do not all fit says about the rest; ``cite``
    replaces the plain page citation (the HTML's linked one), ``where`` says where they are."""
    count, first, last = _points_left(b)
    cite = cite or f"({page_ref(first, last)})"
    where = where or "voluit in de HTML- en JSON-briefing"
    return f"Nog {count_nl(count, 'beslispunt', 'beslispunten')} {cite}: {where}."


def briefing_to_dict(briefing: Briefing) -> dict[str, Any]:
    """The briefing as plain JSON-ready data (the fields of issue 4 plus provenance)."""
    b = briefing
    return {
        "title": b.title,
        "doc_type": b.doc_type,
        "file_name": b.file_name,
        "sha256": b.sha256,
        "date": b.date,
        "municipality": b.municipality,
        "pages": b.pages,
        "asks_nothing": b.asks_nothing,
        "outcome": b.outcome,
        "references": list(b.references),
        "motion": asdict(b.motion) if b.motion else None,
        "page_map": [asdict(p) for p in b.page_map],
        "decision_points": [
            {"number": i, "text": c.text, "page": c.page}
            for i, c in enumerate(b.decision_points, start=1)
        ],
        "amounts": [
            {
                "value_eur": a.value_eur,
                "text": a.text,
                "page": a.page,
                "context": a.context,
                "value_max_eur": a.value_max_eur,
                "qualifier": a.qualifier,
                "label": a.label,
            }
            for a in b.amounts
        ],
        "all_amounts": [asdict(a) for a in b.all_amounts],
        "dates": [
            {
                "date": d.date,
                "text": d.text,
                "page": d.page,
                "kind": d.kind,
                "period": d.period,
                "context": d.context,
                "label": d.label,
            }
            for d in b.dates
        ],
        "all_dates": [asdict(d) for d in b.all_dates],
        "summary": [_cited(c) for c in b.summary],
        "summary_source": b.summary_source,
        "risks": [_cited(c) for c in b.risks],
        "participation": [_cited(c) for c in b.participation],
        "skipped_sections": [
            {"heading": s.heading, "pages": list(s.pages)} for s in b.skipped_sections
        ],
        "reading_minutes_source": b.reading_minutes_source,
        "reading_minutes_briefing": b.reading_minutes_briefing,
        "source_words": b.source_words,
        "briefing_words": b.briefing_words,
        "markdown_words": markdown_word_count(_md(b)),
        "decision_points_shown": len(_listed_points(b)),
        "shown_points": (None if b.shown_points is None else [_cited(c) for c in b.shown_points]),
        "amounts_shown": len(group_amounts(b.amounts)),
        "amounts_shown_labelled": sum(1 for a, _p in group_amounts(b.amounts) if a.label),
        "dates_shown": len(group_dates(b.dates)),
        "framework_share": b.framework_share,
        "labelled_by": b.labelled_by,
        "more_risks": b.more_risks,
        "more_participation": b.more_participation,
        "notes": list(b.notes),
    }


def _no_kern(b: Briefing) -> str:
    return NO_KERN_ROOM if b.summary_source == "geen ruimte" else NO_KERN


def _more_facts(count: int, some_shown: bool, one: str, many: str) -> str:
    """The line under the amounts or dates shown, about those left to the HTML and JSON."""
    if some_shown:
        other = "ander " + one if one == "bedrag" else "andere " + one
        return f"En {count_nl(count, other, 'andere ' + many)}."
    return f"Het document noemt {count_nl(count, one, many)}: zie de HTML- en JSON-briefing."


def _cited(c: Cited) -> dict[str, Any]:
    data = asdict(c)
    if data.get("page_end") is None:
        data.pop("page_end", None)
    return data


def _many(kind: type, items: Any) -> tuple[Any, ...]:
    """JSON objects back into ``kind`` dataclasses; keys that are no field (``number``) are
    left out, missing ones take the field's default."""
    names = {f.name for f in fields(kind)}
    return tuple(kind(**{k: v for k, v in item.items() if k in names}) for item in items or ())


def briefing_from_dict(data: dict[str, Any]) -> Briefing:
    """The :class:`Briefing` that :func:`briefing_to_dict` made ``data`` of, so that a stored
    briefing can be rendered again (with the links of the place it is written to)."""
    values = {f.name: data[f.name] for f in fields(Briefing) if f.name in data}
    for key in ("decision_points", "summary", "risks", "participation"):
        values[key] = _many(Cited, data.get(key))
    for key in ("amounts", "all_amounts"):
        values[key] = _many(CitedAmount, data.get(key))
    for key in ("dates", "all_dates"):
        values[key] = _many(CitedDate, data.get(key))
    values["page_map"] = _many(PageShare, data.get("page_map"))
    shown = data.get("shown_points")
    values["shown_points"] = None if shown is None else _many(Cited, shown)
    values["skipped_sections"] = tuple(
        SkippedSection(s["heading"], tuple(s["pages"])) for s in data.get("skipped_sections") or ()
    )
    values["references"] = tuple(data.get("references") or ())
    values["notes"] = tuple(data.get("notes") or ())
    values["motion"] = motion_from_dict(data["motion"]) if data.get("motion") else None
    return Briefing(**values)


# ---------------------------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------------------------

_MD_ACTIVE = re.compile(r"([\\`*_{}\[\]<>#|~])")


def md_escape(text: str) -> str:
    """Document text made inert in Markdown (and in the HTML Markdown may contain)."""
    text = re.sub(r"&(?=#?\w+;)", "&amp;", text)  # only what would read as an entity
    text = _MD_ACTIVE.sub(r"\\\1", text)
    # a leading "1." or "-" would start a list; "---" a rule
    return re.sub(r"^(\s*)(\d+)([.)])", r"\1\2\\\3", re.sub(r"^(\s*)([-=])", r"\1\\\2", text))


def _md(briefing: Briefing) -> str:
    b = briefing
    e = md_escape
    short_form = b.doc_type in MOTION_TYPES
    out = [f"# {e(b.title or b.file_name or 'Briefing')}", ""]
    for label, value in _header_rows(b):
        if label == "Bestand":
            continue  # the title names the document; the file name only adds words
        # the reading time is our own text; its "->" needs no escaping
        out.append(f"- **{label}:** {value if label == 'Leestijd' else e(value)}")
    for note in b.notes:
        out.append(f"- **Let op:** {e(note)}")
    out += ["", f"## {H_ASKED}", ""]
    if b.asks_nothing and not b.decision_points:
        out.append(ASKS_NOTHING if b.doc_type == "raadsinformatiebrief" else NO_POINTS)
    for i, c in enumerate(_listed_points(b), start=1):
        out.append(f"{i}. {e(c.text)} ({page_ref(c.page)})")
    if b.shown_points is not None:
        out += ["", f"*{more_points_line(b)}*"]
    if short_form:
        # a motion or amendment: its dictum or change, and a few sentences of its explanation
        if b.summary:
            out += ["", f"## {H_EXPLANATION}", ""]
            out += [f"- {e(c.text)} ({page_ref(c.page, c.page_end)})" for c in b.summary]
        return "\n".join(out) + "\n"
    out += ["", f"## {H_KERN}", ""]
    if b.summary_source == "samenvatting" and b.summary:
        out += [f"*{OWN_SUMMARY}*", ""]
    out += [f"- {e(c.text)} ({page_ref(c.page, c.page_end)})" for c in b.summary] or [_no_kern(b)]
    out += ["", f"## {H_MONEY}", "", f"### {H_AMOUNTS}", ""]
    amounts = group_amounts(b.amounts)
    for a, pages in amounts:
        text, value, purpose = _amount_parts(a)
        value = f" ({e(value)})" if value else ""
        purpose = f": {e(purpose)}" if purpose else ""
        out.append(f"- **{e(text)}**{value}{purpose} ({pages_ref(pages)})")
    if not amounts:
        out += [NO_AMOUNTS] if not b.all_amounts else []
    more = len(group_amounts(b.all_amounts)) - len(amounts)
    if more > 0:
        out += ["", f"*{_more_facts(more, bool(amounts), 'bedrag', 'bedragen')}*"]
    out += ["", f"### {H_DATES}", ""]
    dates = group_dates(b.dates)
    for d, pages in dates:
        text, normalised, deadline, context = _date_parts(d)
        purpose = d.label or context
        tags = ", ".join(t for t in (normalised, KIND_NL["deadline"] if deadline else "") if t)
        tags = f" ({e(tags)})" if tags else ""
        purpose = f": {e(purpose)}" if purpose else ""
        out.append(f"- **{e(text)}**{tags}{purpose} ({pages_ref(pages)})")
    if not dates:
        out += [NO_DATES] if not b.all_dates else []
    more = len(group_dates(b.all_dates)) - len(dates)
    if more > 0:
        out += ["", f"*{_more_facts(more, bool(dates), 'datum', 'data')}*"]
    out += ["", f"## {H_RISKS}", ""]
    out += [f"- {e(c.text)} ({page_ref(c.page, c.page_end)})" for c in b.risks] or (
        [] if b.more_risks else [NO_RISKS]
    )
    if b.more_risks:
        out += ["", f"*Nog {count_nl(b.more_risks, 'zin', 'zinnen')} in het document.*"]
    out += ["", f"## {H_PARTICIPATION}", ""]
    out += [f"- {e(c.text)} ({page_ref(c.page, c.page_end)})" for c in b.participation] or (
        [] if b.more_participation else [NO_PARTICIPATION]
    )
    if b.more_participation:
        out += ["", f"*Nog {count_nl(b.more_participation, 'zin', 'zinnen')} in het document.*"]
    out += ["", f"## {H_SKIPPED}", ""]
    out += [f"- {e(s.heading)} ({page_ref(*s.pages)})" for s in b.skipped_sections] or [NO_SKIPPED]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font-size: 112.5%; -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #ffffff; color: #1a1a1a; line-height: 1.55; overflow-wrap: anywhere;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem;
  border-bottom: 2px solid #1f4e79; color: #12355b; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; color: #12355b; }
a { color: #1f4e79; }
dl.meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.2rem 1rem;
  margin: 0 0 1rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; min-width: 0; }
ol, ul { padding-left: 1.6rem; margin: 0.4rem 0; }
li { margin: 0.35rem 0; }
.p { color: #3d3d3d; font-size: 0.9em; }
.p::before { content: "("; } .p::after { content: ")"; }
.ctx { color: #333333; }
.value { font-weight: 600; }
.tag { display: inline-block; font-size: 0.8em; padding: 0 0.35em; border: 1px solid #1f4e79;
  border-radius: 3px; color: #12355b; }
.note { background: #fff6d6; border-left: 4px solid #8a6d00; padding: 0.5rem 0.75rem;
  margin: 0.5rem 0; }
.empty, .source { color: #3d3d3d; font-style: italic; }
details { margin: 0.4rem 0; }
summary { cursor: pointer; color: #1f4e79; }
svg { max-width: 100%; }
@media (max-width: 40rem) { html { font-size: 106%; } main { padding: 1rem 0.9rem 2rem; }
  h1 { font-size: 1.4rem; } dl.meta { gap: 0.1rem 0.7rem; font-size: 0.92em; }
  ol, ul { padding-left: 1.2rem; } }
@media print {
  @page { size: A4; margin: 13mm 14mm; }
  html { font-size: 9.5pt; }
  body { line-height: 1.35; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 1.45rem; margin: 0 0 0.4rem; }
  h2 { font-size: 1.12rem; margin: 0.8rem 0 0.25rem; padding-bottom: 0.05rem;
    border-bottom-width: 1px; }
  h3 { font-size: 1rem; margin: 0.5rem 0 0.15rem; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  dl.meta { grid-template-columns: max-content minmax(0, 1fr) max-content minmax(0, 1fr);
    gap: 0 0.8rem; margin: 0 0 0.4rem; font-size: 0.92em; }
  ol, ul { padding-left: 1.3rem; margin: 0.15rem 0; }
  li { margin: 0.12rem 0; }
  li, .note, tr, svg { break-inside: avoid; page-break-inside: avoid; }
  .note { background: none; border: 1px solid #000000; padding: 0.2rem 0.5rem; margin: 0.25rem 0; }
  body, .p, .ctx, .empty, .source, a { color: #000000; }
  a { text-decoration: none; }
  details, summary { display: none; }
}
"""


# The rules of the reading map and the page links, apart from the page style above (kept by
# its own owner). A long list of pages ("p. 3, 5, 8, ...") may wrap: on one line it would push
# a phone screen sideways.
_MAP_CSS = """
.p.pages { white-space: normal; }
.rm { margin: 0.6rem 0 1rem; }
svg.rm-map { display: block; width: 100%; }
svg.rm-small { display: block; width: 100%; max-width: 12rem; margin: 0.2rem 0; }
.rm-legend { font-size: 0.85em; margin: 0.3rem 0 0; color: #3d3d3d; }
.rm-legend svg { display: inline; width: 0.8em; height: 0.8em; vertical-align: -0.05em; }
.rm-key { white-space: nowrap; }
"""


def _h(text: Any) -> str:
    return html.escape(str(text), quote=True)


def file_href(target: str | Path, start: str | Path | None = None) -> str:
    """A URL-quoted href to the file ``target``: relative to the folder ``start``, else the
    path as given (an absolute path becomes a ``file:`` URL)."""
    path = Path(target)
    if start is not None:
        try:
            path = Path(os.path.relpath(path, start))
        except ValueError:  # another drive (Windows): only an absolute URL reaches it
            return Path(target).resolve().as_uri()
    if path.is_absolute():
        return path.as_uri()
    return quote(path.as_posix(), safe="/")


def _to_page(page: int, text: str, pdf_href: str | None) -> str:
    """``text`` as a link to ``page`` of the PDF, or plain when there is no PDF to link to."""
    if not pdf_href:
        return _h(text)
    return f'<a href="{_h(pdf_href)}#page={int(page)}">{_h(text)}</a>'


def _p(page: int, page_end: int | None = None, pdf_href: str | None = None) -> str:
    return f'<span class="p">{_to_page(page, page_ref(page, page_end), pdf_href)}</span>'


WRAP_PAGES = 4  # a citation of this many pages or more may wrap


def _ps(pages: Sequence[int], pdf_href: str | None = None) -> str:
    unique = sorted(set(pages))
    if len(unique) == 1:  # all of "p. 8" is the link: a larger target on a phone
        return _p(unique[0], pdf_href=pdf_href)
    numbers = ", ".join(_to_page(p, str(p), pdf_href) for p in unique)
    kind = "p pages" if len(unique) >= WRAP_PAGES else "p"
    return f'<span class="{kind}">p. {numbers}</span>'


# Framework share bands of the reading map: (lower bound, class, fill), darkest = most kader.
MAP_BANDS = (
    (0.75, "rm-k4", "#1f4e79"),
    (0.5, "rm-k3", "#4f7fb0"),
    (0.25, "rm-k2", "#9bb8d6"),
    (0.0, "rm-k1", "#d9e4ef"),
)
MAP_NONE = ("rm-none", "#ffffff")  # a page without labelled text
MAP_STROKE = "#8c8c8c"
MAP_COLUMNS = 50  # cells per row; longer documents wrap
MAP_LEGEND = (
    ("rm-k4", "vooral kader (75% of meer)"),
    ("rm-k3", "50–75%"),
    ("rm-k2", "25–50%"),
    ("rm-k1", "vooral detail (minder dan 25% kader)"),
    ("rm-none", "geen tekst om te beoordelen"),
)


def map_band(share: float | None) -> tuple[str, str]:
    """(class, fill) of a page with this framework share."""
    if share is None:
        return MAP_NONE
    for bound, name, fill in MAP_BANDS:
        if share >= bound:
            return name, fill
    return MAP_BANDS[-1][1:]


def _map_tooltip(cell: PageShare) -> str:
    share = "geen beoordeelde tekst" if cell.share is None else f"{round(cell.share * 100)}% kader"
    return " · ".join(part for part in (f"p. {cell.page}", share, cell.section) if part)


def _swatch(name: str) -> str:
    fill = MAP_NONE[1] if name == MAP_NONE[0] else next(f for _, n, f in MAP_BANDS if n == name)
    return (
        f'<svg viewBox="0 0 10 10" aria-hidden="true"><rect class="{name}" x="0.5" y="0.5" '
        f'width="9" height="9" fill="{fill}" stroke="{MAP_STROKE}"/></svg>'
    )


def map_legend() -> str:
    """The reading map's Dutch legend."""
    parts = " · ".join(
        f'<span class="rm-key">{_swatch(name)} {_h(text)}</span>' for name, text in MAP_LEGEND
    )
    return (
        '<p class="rm-legend">Leeskaart, één vak per pagina (klik voor de pagina in de PDF): '
        f"{parts}</p>"
    )


def reading_map(
    page_map: Sequence[PageShare | dict[str, Any]],
    pdf_href: str | None = None,
    *,
    small: bool = False,
) -> str:
    """An inline SVG strip with one cell per page, coloured by its framework share, with a
    tooltip (page, share, section) and, given ``pdf_href``, a link to that page; '' when
    there is no map."""
    cells = [c if isinstance(c, PageShare) else _many(PageShare, [c])[0] for c in page_map]
    if not cells:
        return ""
    columns = min(len(cells), MAP_COLUMNS)
    rows = math.ceil(len(cells) / columns)
    height = rows * (0.7 if small else 1.4)
    width = columns * (0.9 if small else 2.5)  # a short document keeps cells of one size
    known = [c.share for c in cells if c.share is not None]
    label = f"Leeskaart: {pages_nl(len(cells))}" + (
        f", gemiddeld {round(sum(known) / len(known) * 100)}% kader per pagina" if known else ""
    )
    out = [
        f'<svg data-role="reading-map" class="{"rm-small" if small else "rm-map"}" role="img" '
        f'aria-label="{_h(label)}" viewBox="0 0 {columns * 10} {rows * 10}" '
        f'preserveAspectRatio="none" style="height:{height:g}rem;width:min(100%,{width:g}rem)">'
    ]
    for i, cell in enumerate(cells):
        name, fill = map_band(cell.share)
        stroke = (
            f' stroke="{MAP_STROKE}" vector-effect="non-scaling-stroke"'
            if cell.share is None
            else ""
        )
        rect = (
            f'<rect data-page="{int(cell.page)}" class="{name}" x="{i % columns * 10 + 0.5:g}" '
            f'y="{i // columns * 10 + 0.5:g}" width="9" height="8" fill="{fill}"{stroke}>'
            f"<title>{_h(_map_tooltip(cell))}</title></rect>"
        )
        if pdf_href:
            rect = f'<a href="{_h(pdf_href)}#page={int(cell.page)}">{rect}</a>'
        out.append(rect)
    out.append("</svg>")
    return "".join(out)


def _items(
    items: Sequence[Cited], empty: str, more: str = "", pdf_href: str | None = None
) -> list[str]:
    if not items and not more:
        return [f'<p class="empty">{_h(empty)}</p>']
    out = ["<ul>"]
    out += [f"<li>{_h(c.text)} {_p(c.page, c.page_end, pdf_href)}</li>" for c in items]
    if more:
        out.append(f'<li class="source">{_h(more)}</li>')
    out.append("</ul>")
    return out


def _html_list(tag: str, items: Sequence[str], empty: str) -> list[str]:
    """An ``<ol>``/``<ul>`` of already escaped items, or the ``empty`` note when there are none."""
    if not items:
        return [f'<p class="empty">{_h(empty)}</p>']
    return [f"<{tag}>", *(f"<li>{item}</li>" for item in items), f"</{tag}>"]


def _amount_lines(amounts: Sequence[CitedAmount], pdf_href: str | None) -> list[str]:
    out = []
    for a, pages in group_amounts(amounts):
        text, value, context = _amount_parts(a)
        line = f'<span class="value">{_h(text)}</span>'
        line += f" ({_h(value)})" if value else ""
        line += f': <span class="ctx">{_h(context)}</span>' if context else ""
        out.append(f"{line} {_ps(pages, pdf_href)}")
    return out


def _date_lines(dates: Sequence[CitedDate], pdf_href: str | None) -> list[str]:
    out = []
    for d, pages in group_dates(dates):
        text, normalised, deadline, context = _date_parts(d)
        purpose = d.label or context  # what it is the date of, else its context
        line = f'<span class="value">{_h(text)}</span>'
        line += f" ({_h(normalised)})" if normalised else ""
        line += f' <span class="tag">{_h(KIND_NL["deadline"])}</span>' if deadline else ""
        line += f': <span class="ctx">{_h(purpose)}</span>' if purpose else ""
        out.append(f"{line} {_ps(pages, pdf_href)}")
    return out


def _more_points_html(b: Briefing, link: str | None) -> str:
    _count, first, last = _points_left(b)
    marker = "\0"  # escaped apart, so the linked citation is not escaped twice
    line = more_points_line(b, marker, "hieronder voluit")
    return _h(line).replace(marker, _p(first, last, pdf_href=link))


def _facts(shown: list[str], every: list[str], empty: str, title: str) -> list[str]:
    """The amounts or dates shown, then all of them collapsed under ``title``; ``empty`` only
    when the document names none at all."""
    out = _html_list("ul", shown, empty) if shown or not every else []
    if every:
        out += [
            f'<details class="all"><summary>{_h(title)} ({len(every)})</summary>',
            *_html_list("ul", every, ""),
            "</details>",
        ]
    return out


def _html(briefing: Briefing, pdf_href: str | None = None) -> str:
    b = briefing
    link = pdf_href
    title = b.title or b.file_name or "Briefing"
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h('Briefing: ' + title)}</title>",
        f"<style>{_CSS}{_MAP_CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        "<header>",
        f"<h1>{_h(title)}</h1>",
        '<dl class="meta">',
    ]
    for label, value in _header_rows(b):
        shown = _h(value)
        if label == "Bestand" and link:
            shown = f'<a href="{_h(link)}">{shown}</a>'
        out.append(f"<dt>{_h(label)}</dt><dd>{shown}</dd>")
    out.append("</dl>")
    if b.page_map:
        out += ['<div class="rm">', reading_map(b.page_map, link), map_legend(), "</div>"]
    out += [f'<p class="note" role="note">Let op: {_h(n)}</p>' for n in b.notes]
    out.append("</header>")

    out += [f'<section aria-labelledby="s-gevraagd"><h2 id="s-gevraagd">{_h(H_ASKED)}</h2>']
    empty = ASKS_NOTHING if b.doc_type == "raadsinformatiebrief" else NO_POINTS
    out += _html_list(
        "ol", [f"{_h(c.text)} {_p(c.page, pdf_href=link)}" for c in _listed_points(b)], empty
    )
    if b.shown_points is not None:
        # every point stays one click away; closed, so print keeps to the short list
        out += [
            f'<p class="source">{_more_points_html(b, link)}</p>',
            '<details class="all"><summary>Alle '
            f"{count_nl(len(b.decision_points), 'beslispunt', 'beslispunten')} voluit</summary>",
        ]
        out += _html_list(
            "ol",
            [f"{_h(c.text)} {_p(c.page, pdf_href=link)}" for c in b.decision_points],
            empty,
        )
        out.append("</details>")
    out.append("</section>")

    if b.doc_type in MOTION_TYPES:
        if b.summary:
            out += [f'<section aria-labelledby="s-toelichting"><h2 id="s-toelichting">'
                    f"{_h(H_EXPLANATION)}</h2>"]  # fmt: skip
            out += _items(b.summary, _no_kern(b), pdf_href=link)
            out.append("</section>")
        out += ["</main>", "</body>", "</html>"]
        return "\n".join(out) + "\n"

    out += [f'<section aria-labelledby="s-kern"><h2 id="s-kern">{_h(H_KERN)}</h2>']
    if b.summary_source == "samenvatting" and b.summary:
        out.append(f'<p class="source">{_h(OWN_SUMMARY)}</p>')
    out += _items(b.summary, _no_kern(b), pdf_href=link)
    out.append("</section>")

    out += [f'<section aria-labelledby="s-geld"><h2 id="s-geld">{_h(H_MONEY)}</h2>']
    out.append(f"<h3>{_h(H_AMOUNTS)}</h3>")
    out += _facts(
        _amount_lines(b.amounts, link),
        _amount_lines(b.all_amounts, link),
        NO_AMOUNTS,
        "Alle bedragen",
    )
    out.append(f"<h3>{_h(H_DATES)}</h3>")
    out += _facts(_date_lines(b.dates, link), _date_lines(b.all_dates, link), NO_DATES, "Alle data")
    out.append("</section>")

    more = (
        f"Nog {count_nl(b.more_risks, 'zin', 'zinnen')} over risico's in het document."
        if b.more_risks
        else ""
    )
    out += [f'<section aria-labelledby="s-risico"><h2 id="s-risico">{_h(H_RISKS)}</h2>']
    out += _items(b.risks, NO_RISKS, more, link)
    out.append("</section>")

    more = (
        f"Nog {count_nl(b.more_participation, 'zin', 'zinnen')} over participatie in het document."
        if b.more_participation
        else ""
    )
    out += [
        f'<section aria-labelledby="s-participatie"><h2 id="s-participatie">'
        f"{_h(H_PARTICIPATION)}</h2>"
    ]
    out += _items(b.participation, NO_PARTICIPATION, more, link)
    out.append("</section>")

    out += [f'<section aria-labelledby="s-detail"><h2 id="s-detail">{_h(H_SKIPPED)}</h2>']
    out += _html_list(
        "ul",
        [f"{_h(s.heading)} {_p(*s.pages, pdf_href=link)}" for s in b.skipped_sections],
        NO_SKIPPED,
    )
    out += ["</section>", "</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def json_text(data: Any) -> str:
    """Indented JSON with the text as written (no ASCII escapes), ending in a newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_briefing(briefing: Briefing, fmt: str = "md", *, pdf_href: str | None = None) -> str:
    """The briefing as ``"md"`` (Markdown), ``"html"`` (one self-contained page) or ``"json"``.

    ``pdf_href`` (URL-quoted, e.g. from :func:`file_href`) is where the HTML finds the source
    PDF: every page citation and reading-map cell then links to ``pdf_href#page=N``.
    """
    if fmt == "md":
        return _md(briefing)
    if fmt == "html":
        return _html(briefing, pdf_href)
    if fmt == "json":
        return json_text(briefing_to_dict(briefing))
    raise ValueError(f"Onbekend formaat {fmt!r}: kies uit {', '.join(FORMATS)}.")


# ---------------------------------------------------------------------------------------------
# The meeting briefing (index.html), from the data meeting.build_meeting returns
# ---------------------------------------------------------------------------------------------


def duration_nl(minutes: int) -> str:
    """``310`` -> ``"5 uur 10 min"``."""
    hours, rest = divmod(max(int(minutes), 0), 60)
    if hours and rest:
        return f"{hours} uur {rest} min"
    return f"{hours} uur" if hours else f"{rest} min"


def pages_nl(pages: int) -> str:
    return f"{pages} pagina" if pages == 1 else f"{pages} pagina's"


def totals_line(pages: int, minutes_source: int, minutes_briefing: int) -> str:
    """``"312 pagina's, 5 uur 10 min lezen → 24 min"``."""
    return (
        f"{pages_nl(pages)}, {duration_nl(minutes_source)} lezen → {duration_nl(minutes_briefing)}"
    )


AGENDA_KIND_NL = {HAMERSTUK: "Hamerstuk", BESPREEKSTUK: "Bespreekstuk", "overig": "Overig"}
OUTCOME_NL = {
    "aangenomen": "Aangenomen",
    "verworpen": "Verworpen",
    "ingetrokken": "Ingetrokken",
    "aangehouden": "Aangehouden",
    "stemmen staken": "Stemmen staken",
    "niet in stemming": "Niet in stemming gebracht",
}
VERSION_NL = ("ingediend", "gewijzigd", "met uitslag")  # by meeting.version_stage
DICTUM_CHARS = 220  # the first line of a motion's dictum, cut at a word

MEETING_CSS = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;margin:2rem auto;
padding:0 1rem;color:#1d1d1f;line-height:1.45;overflow-wrap:break-word;-webkit-text-size-adjust:100%}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
h3{font-size:1.1rem;margin:0 0 .3rem}h4{font-size:.95em;margin:.7rem 0 .2rem;color:#333}
a{color:#1f4e79}.meta{color:#555;margin-top:0}
.totals{font-size:1.15rem;background:#f3f6fa;padding:.6rem .9rem;border-radius:6px}
.plan{background:#f7f3e8;border:1px solid #e6dcc0;border-radius:6px;padding:.5rem .9rem;margin:1rem 0}
.plan h2{margin-top:.3rem;border:0}.plan ol{padding-left:1.3rem;margin:.3rem 0}.plan li{margin:.25rem 0}
table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{text-align:left;vertical-align:top;
padding:.45rem .5rem;border-bottom:1px solid #e3e3e3}th{background:#fafafa;font-weight:600;white-space:nowrap}
td.num{white-space:nowrap;text-align:right}.kind{font-size:.8rem;padding:.05rem .4rem;border-radius:4px;
background:#eee;white-space:nowrap;font-weight:400}.bespreekstuk{background:#ffe9c7}.hamerstuk{background:#e1f0e1}
.badge{font-size:.8rem;padding:.05rem .4rem;border-radius:4px;white-space:nowrap;font-weight:600;
border:1px solid #999;background:#f2f2f2;color:#333}
.o-aangenomen{background:#e1f0e1;border-color:#6a9f6a;color:#1d4d1d}
.o-verworpen{background:#f8e1e1;border-color:#b46a6a;color:#6b1717}
.o-geamendeerd{background:#e6eefa;border-color:#6f8fbf;color:#1f3d6b}
section.item{border-top:1px solid #d6d6d6;padding:.8rem 0}
.code{font-weight:700;margin-right:.3rem}
ol.asks{margin:.2rem 0;padding-left:1.2rem}ol.asks li{margin:.15rem 0}.page{color:#666;font-size:.85rem}
.bar{display:inline-block;height:.55rem;background:#4a78b5;border-radius:2px;vertical-align:middle}
.bar-bg{display:inline-block;width:4rem;height:.55rem;background:#dde5ef;border-radius:2px;margin-right:.3rem}
.failed{color:#8a1c1c}.note{color:#555;font-style:italic}ul.docs{margin:.2rem 0;padding-left:1.1rem}
ul.motions{list-style:none;margin:.2rem 0;padding:0}
ul.motions li{padding:.35rem 0 .35rem .6rem;border-left:3px solid #d6d6d6;margin:.3rem 0}
ul.motions li.amendement{border-left-color:#6f8fbf}
.party{color:#444;margin-right:.3rem}.dictum{color:#333;font-size:.92em;margin:.1rem 0}
.links{font-size:.85em;color:#555}ul.plain{list-style:none;padding:0;margin:.3rem 0}
ul.plain li{margin:.15rem 0}
svg{max-width:100%}
@media (max-width:40rem){
body{margin:1rem auto;padding:0 .75rem}h1{font-size:1.35rem}h2{margin-top:1.5rem}
.totals{font-size:1.05rem}
table,tbody,tr,td{display:block;width:auto}th{display:none}
tr{padding:.5rem 0;border-bottom:1px solid #cfcfcf}td{border:0;padding:.15rem 0}td:empty{display:none}
td.num{text-align:left;white-space:normal}
td:has(>.bar-bg)::before{content:"Kadertekst ";color:#555}
td.num:last-child::before{content:"Leestijd ";color:#555}
td.num:not(:last-child){display:inline-block;margin-right:.6rem}
}
@media print{
@page{size:A4;margin:12mm 12mm}
body{max-width:none;margin:0;padding:0;font-size:8.5pt;line-height:1.3;color:#000}
h1{font-size:1.35rem;margin:0 0 .15rem}h2{font-size:1.1rem;margin:.7rem 0 .2rem;border-bottom:1px solid #000;
break-after:avoid;page-break-after:avoid}h3{font-size:1rem;break-after:avoid;page-break-after:avoid}
.meta,.note,.page,.failed,.links,a{color:#000}a{text-decoration:none}p{margin:.25rem 0}
.totals{font-size:1rem;background:none;border:1px solid #000;padding:.2rem .5rem}
.plan{font-size:1em;background:none;border:1px solid #000;padding:.2rem .5rem}
.plan h2{font-size:1.1rem;margin:.1rem 0}
table{margin:.2rem 0}th,td{padding:.15rem .3rem;border-bottom:1px solid #999}th{background:none;white-space:nowrap}
tr,ul.motions li{break-inside:avoid;page-break-inside:avoid}thead{display:table-header-group}
section.item{padding:.3rem 0}ol.asks li{margin:0}.page{font-size:.9em}ul.motions li{padding:.1rem 0 .1rem .4rem}
.bar,.bar-bg,.kind,.badge,.bespreekstuk,.hamerstuk{-webkit-print-color-adjust:exact;print-color-adjust:exact}
details,summary{display:none}
}
"""


MEETING_GENERATOR = "raadsassistent"  # marks a meeting page as this tool's own


def _share(value: float | None) -> str:
    if value is None:
        return '<span class="page">onbekend</span>'
    percent = round(value * 100)
    return (
        f'<span class="bar-bg"><span class="bar" style="width:{percent}%"></span></span>{percent}%'
    )


def _copies(doc: dict[str, Any]) -> str:
    names = doc.get("copies") or []
    return f'<div class="page">ook als: {_h(", ".join(names))}</div>' if names else ""


def _path_href(path: str | None) -> str | None:
    """A relative path of the meeting data (``briefings/x.html``) as a quoted href."""
    return file_href(path) if path else None


def _small_map(doc: dict[str, Any]) -> str:
    return reading_map(doc.get("page_map") or (), _path_href(doc.get("pdf")), small=True)


def doc_title(doc: dict[str, Any]) -> str:
    """What a document is called on the meeting page: its title, never its raw file name (a
    document whose title is its file name gets its type and the name's words)."""
    stem = Path(doc["file_name"]).stem
    title = " ".join(str(doc.get("title") or "").split())
    if title and title != stem:
        return title
    words = re.sub(r"[-_]+", " ", stem).strip()
    kind = DOC_TYPE_NL.get(doc.get("doc_type") or "", "Stuk")
    return f"{kind}: {words}" if words else kind


def _linked_title(doc: dict[str, Any], text: str | None = None) -> str:
    label = _h(text or doc_title(doc))
    link = _path_href(doc.get("link"))
    return f'<a href="{_h(link)}">{label}</a>' if link else label


def _pdf_link(doc: dict[str, Any], text: str = "PDF") -> str:
    href = _path_href(doc.get("pdf"))
    return f'<a href="{_h(href)}">{_h(text)}</a>' if href else ""


def _outcome_badge(outcome: str | None, source: str | None = None) -> str:
    if not outcome:
        return ""
    said = " (volgens de besluitenlijst)" if source == "besluitenlijst" else ""
    return (
        f'<span class="badge o-{_h(outcome.replace(" ", "-"))}" title="Uitslag{_h(said)}">'
        f"{_h(OUTCOME_NL.get(outcome, outcome))}</span>"
    )


def _reading(doc: dict[str, Any]) -> str:
    return (
        f"{pages_nl(doc['pages'])}, {duration_nl(doc.get('minutes_source') or 0)} → "
        f"{duration_nl(doc.get('minutes_briefing') or 0)}"
    )


def _doc_item(doc: dict[str, Any]) -> str:
    kind = DOC_TYPE_NL.get(doc.get("doc_type") or "", "")
    return (
        f"<li>{_linked_title(doc)} "
        f'<span class="page">({_h(kind + ", " if kind else "")}{_h(_reading(doc))}'
        f"{', ' + _pdf_link(doc) if doc.get('pdf') else ''})</span>"
        f"{_small_map(doc)}{_copies(doc)}</li>"
    )


def _first_line(text: str) -> str:
    line = " ".join(text.split())
    if len(line) <= DICTUM_CHARS:
        return line
    return line[:DICTUM_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def _version_stage(doc: dict[str, Any]) -> str:
    return VERSION_NL[doc.get("version_stage") or 0]


def _motion_row(doc: dict[str, Any], by_name: dict[str, dict[str, Any]]) -> str:
    """One motion or amendment: code, party, title, the first line of its dictum, its outcome
    and links to its briefing, PDF, other versions and the letters that report on it."""
    motion = doc.get("motion") or {}
    parties = list(dict.fromkeys(s.get("party") for s in motion.get("submitters") or ()))
    party = ", ".join(p for p in parties if p)
    dictum = motion.get("dictum") or []
    links = [_pdf_link(doc)] if doc.get("pdf") else []
    others = [
        by_name[n] for n in doc.get("versions") or () if n != doc["file_name"] and n in by_name
    ]
    if others:
        links.append(
            "andere versies: " + ", ".join(_linked_title(o, _version_stage(o)) for o in others)
        )
    letters = [("afdoening", doc.get("afdoening"))] + [
        ("tussenbericht", name) for name in doc.get("tussenberichten") or ()
    ]
    for label, name in letters:
        if name and name in by_name:
            links.append(_linked_title(by_name[name], label))
    kind = doc.get("doc_type") or "motie"
    return (
        f'<li class="{_h(kind)}">'
        f'<span class="code">{_h(motion.get("code") or "")}</span>'
        f'<span class="party">{_h(party)}</span>'
        f"{_linked_title(doc, motion.get('title') or None)} "
        f"{_outcome_badge(doc.get('outcome'), doc.get('outcome_source'))}"
        + (f'<div class="dictum">{_h(_first_line(dictum[0]))}</div>' if dictum else "")
        + (f'<div class="links">{" · ".join(links)}</div>' if links else "")
        + "</li>"
    )


HAMER_ASKS = 2  # decision points shown for a hamerstuk or another item that is not debated


def _asks(item: dict[str, Any], by_name: dict[str, dict[str, Any]]) -> str:
    if not item["asks"]:
        return ""
    # only a debated item shows all; the rest is one click away in the briefing
    shown = item["asks"] if item["kind"] == BESPREEKSTUK else item["asks"][:HAMER_ASKS]
    hidden = len(item["asks"]) - len(shown) + item["more_asks"]
    points = []
    previous = None
    for a in shown:
        # the document is named where its points begin; the page links to its PDF
        source = ""
        if a["file_name"] != previous:
            doc = by_name.get(a["file_name"], {"file_name": a["file_name"]})
            href = _h(_path_href(a["link"]) or "#")
            source = f'<a href="{href}">{_h(_short(doc_title(doc)))}</a>, '
        previous = a["file_name"]
        page = _to_page(a["page"], page_ref(a["page"]), _path_href(a.get("pdf")))
        points.append(f'<li>{_h(a["text"])} <span class="page">({source}{page})</span></li>')
    more = (
        f'<p class="note">… en nog {hidden} beslispunt(en) in de briefings.</p>' if hidden else ""
    )
    return f'<ol class="asks">{"".join(points)}</ol>{more}'


def _short(text: str, words: int = 8) -> str:
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " …"


MOTION_TYPES_NL = ("amendement", "motie")
LETTER_KEYS = ("afdoening_of", "tussenbericht_of")


def _item_section(data: dict[str, Any], item: dict[str, Any], level: int = 3) -> str:
    """One agenda item: its title, kind and outcome, the proposal with its decision points,
    the other documents, and its amendments and motions as compact rows."""
    by_name = {d["file_name"]: d for d in data["documents"]}
    docs = [by_name[n] for n in item["document_files"] if n in by_name]
    current = [d for d in docs if not d.get("superseded_by")]
    motions = sorted(
        (d for d in current if d.get("doc_type") in MOTION_TYPES_NL),
        key=lambda d: (
            MOTION_TYPES_NL.index(d["doc_type"]),
            _code_key((d.get("motion") or {}).get("code") or ""),
        ),
    )
    letters = [d for d in current if any(d.get(k) for k in LETTER_KEYS)]
    proposal = by_name.get(item.get("proposal") or "")
    rest = [d for d in current if d not in motions and d not in letters and d is not proposal]
    badges = " ".join(
        b
        for b in (
            f'<span class="kind {_h(item["kind"])}">{_h(AGENDA_KIND_NL.get(item["kind"], item["kind"]))}</span>'
            if item["kind"] != OVERIG
            else "",
            _outcome_badge(item.get("outcome")),
            '<span class="badge o-geamendeerd">geamendeerd</span>' if item.get("amended") else "",
        )
        if b
    )
    number = f'<span class="code">{_h(item["number"])}</span>' if item["number"] else ""
    failed = "".join(
        f'<div class="failed">Niet verwerkt: {_h(name)}</div>' for name in item["failed_files"]
    )
    reading = (
        f'<p class="meta">Kadertekst {_share(item["framework_share"])} · '
        f"{pages_nl(item['pages'])}, leestijd {duration_nl(item['minutes_source'])} → "
        f"{duration_nl(item['minutes_briefing'])}</p>"
        if item["document_files"]
        else ""
    )
    documents = "".join(_doc_item(d) for d in ([proposal] if proposal else []) + rest)
    parts = [
        f'<section class="item" id="punt-{_h(item["position"])}">',
        f"<h{level}>{number}{_h(item['title'])} {badges}</h{level}>",
        reading,
        f'<ul class="docs">{documents}</ul>' if documents else "",
        _asks(item, by_name),
        failed,
    ]
    if motions:
        amendments = sum(d["doc_type"] == "amendement" for d in motions)
        label = " en ".join(
            x
            for x in (
                count_nl(amendments, "amendement", "amendementen") if amendments else "",
                count_nl(len(motions) - amendments, "motie", "moties")
                if len(motions) > amendments
                else "",
            )
            if x
        )
        parts.append(f"<h{level + 1}>{_h(label[:1].upper() + label[1:])}</h{level + 1}>")
        parts.append(
            f'<ul class="motions">{"".join(_motion_row(d, by_name) for d in motions)}</ul>'
        )
    parts.append("</section>")
    return "".join(p for p in parts if p)


def _code_key(code: str) -> tuple[int, str]:
    tail = code.rsplit(".", 1)[-1]
    return (int(tail), "") if tail.isdigit() else (0, tail)


def _weight(doc: dict[str, Any]) -> float:
    """A document's framework weight: its framework words."""
    return (doc.get("framework_share") or 0) * (doc.get("words") or 0)


def _reading_plan(data: dict[str, Any]) -> str:
    """The "leesplan": the proposals of the bespreekstukken and their amendments, most
    framework text first, with the reading time of that set and of everything else."""
    by_name = {d["file_name"]: d for d in data["documents"]}
    current = [
        d
        for d in data["documents"]
        if d["status"] != FAILED and not d.get("superseded_by") and not d.get("is_agenda")
    ]
    first: list[tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]] = []
    for item in data["items"]:
        proposal = by_name.get(item.get("proposal") or "")
        if item["kind"] != BESPREEKSTUK or proposal is None:
            continue
        amendments = [
            by_name[n]
            for n in item["document_files"]
            if by_name.get(n, {}).get("doc_type") == "amendement"
            and not by_name[n].get("superseded_by")
            and by_name[n].get("outcome") != "ingetrokken"
        ]
        first.append((item, proposal, amendments))
    if not first:
        return ""
    first.sort(key=lambda t: -(_weight(t[1]) + sum(_weight(a) for a in t[2])))
    must = [d for _, proposal, amendments in first for d in (proposal, *amendments)]
    names = {d["file_name"] for d in must}
    rest = [d for d in current if d["file_name"] not in names]
    rows = []
    for item, proposal, amendments in first:
        extra = (
            f" + {count_nl(len(amendments), 'amendement', 'amendementen')}" if amendments else ""
        )
        needed = proposal.get("minutes_source", 0) + sum(
            a.get("minutes_source", 0) for a in amendments
        )
        rows.append(
            f'<li><span class="code">{_h(item["number"])}</span>'
            f"{_linked_title(proposal)}{_h(extra)} "
            f'<span class="page">({_h(duration_nl(needed))}, '
            f"{round((proposal.get('framework_share') or 0) * 100)}% kader)</span></li>"
        )

    def minutes(docs: list[dict[str, Any]], key: str) -> str:
        return duration_nl(sum(d.get(key) or 0 for d in docs))

    return (
        '<div class="plan"><h2>Leesplan</h2>'
        "<p>Lees eerst de voorstellen waarover gedebatteerd wordt, met hun amendementen "
        "(de meeste kadertekst bovenaan):</p>"
        f"<ol>{''.join(rows)}</ol>"
        f"<p><strong>Dit moet u lezen: {count_nl(len(must), 'stuk', 'stukken')}, "
        f"{minutes(must, 'minutes_source')}</strong> (de briefings: "
        f"{minutes(must, 'minutes_briefing')}). De rest, {count_nl(len(rest), 'stuk', 'stukken')} "
        f"(moties, hamerstukken, brieven, bijlagen), kost {minutes(rest, 'minutes_source')} "
        f"(de briefings: {minutes(rest, 'minutes_briefing')}).</p></div>"
    )


def _meeting_title(data: dict[str, Any]) -> str:
    body = data.get("body") or "vergadering"
    where = f" van {data['municipality']}" if data.get("municipality") else ""
    when = date_nl(data.get("date"))
    return f"{body[:1].upper()}{body[1:]}{where}" + (f", {when}" if when else ", datum onbekend")


def render_meeting_html(data: dict[str, Any]) -> str:
    """The meeting briefing as one self-contained, escaped HTML page in Dutch."""
    title = _meeting_title(data)
    time = data.get("time")
    if time and "uur" not in time:
        time = f"{time} uur"
    meta = [m for m in (time and f"Aanvang {time}", data.get("place")) if m]
    by_name = {d["file_name"]: d for d in data["documents"]}
    items = data["items"]

    def has_motions(item: dict[str, Any]) -> bool:
        return any(
            by_name.get(n, {}).get("doc_type") in MOTION_TYPES_NL for n in item["document_files"]
        )

    debates = [
        i for i in items if i["kind"] == BESPREEKSTUK and not i.get("proposal") and has_motions(i)
    ]
    bespreek = sorted(
        (i for i in items if i["kind"] == BESPREEKSTUK and i not in debates),
        key=lambda i: (-(i["framework_share"] or 0), i["position"]),
    )
    hamer = [i for i in items if i["kind"] == HAMERSTUK]
    rest = [i for i in items if i["kind"] not in (BESPREEKSTUK, HAMERSTUK)]
    parts = [
        f"<h1>{_h(title)}</h1>",
        f'<p class="meta">{_h(" · ".join(meta))}</p>' if meta else "",
        f'<p class="totals">{_h(data["totals"]["line"])}</p>',
        f'<p class="meta">{data["totals"]["documents"]} stukken verwerkt'
        + (
            f', <span class="failed">{data["totals"]["failed"]} niet</span>'
            if data["totals"]["failed"]
            else ""
        )
        + ". Alle beslispunten staan letterlijk in de stukken; het paginanummer verwijst naar de bron.</p>",
        _reading_plan(data),
    ]
    parts += [f'<p class="note">{_h(note)}</p>' for note in data.get("notes", [])]
    if any(d.get("page_map") for d in data["documents"]):
        parts.append(map_legend())
    for heading, group, intro in (
        ("Bespreekstukken", bespreek, "Eerst de punten met de meeste kadertekst."),
        (
            "Debatten en moties vreemd aan de orde van de dag",
            debates,
            "Moties zonder raadsvoorstel, per debat.",
        ),
        ("Hamerstukken", hamer, ""),
    ):
        if group:
            parts.append(f"<h2>{heading}</h2>")
            if intro:
                parts.append(f'<p class="note">{intro}</p>')
            parts.extend(_item_section(data, item) for item in group)
    if rest:
        parts.append("<h2>Overige agendapunten</h2>")
        bare = [i for i in rest if not i["document_files"] and not i["failed_files"]]
        parts.extend(_item_section(data, item) for item in rest if item not in bare)
        if bare:
            parts.append(
                '<ul class="plain">'
                + "".join(
                    f'<li id="punt-{_h(i["position"])}"><span class="code">{_h(i["number"])}</span>'
                    f"{_h(i['title'])} {_outcome_badge(i.get('outcome'))}</li>"
                    for i in bare
                )
                + "</ul>"
            )
    loose = [
        d for d in data["documents"]
        if d.get("item_position") is None and not d.get("is_agenda") and d["status"] != FAILED
        and not d.get("superseded_by")
    ]  # fmt: skip
    if loose:
        ordered = sorted(
            loose,
            key=lambda d: (
                d.get("doc_type") not in ("besluitenlijst", "notulen"),
                -(d.get("framework_share") or 0),
                d["file_name"],
            ),
        )
        parts.append("<h2>Overige stukken</h2>")
        parts.append(
            '<p class="note">Stukken die bij geen agendapunt horen; de meeste kadertekst bovenaan.</p>'
        )
        parts.append(f'<ul class="docs">{"".join(_doc_item(d) for d in ordered)}</ul>')
    failed = [d for d in data["documents"] if d["status"] == FAILED]
    if failed:
        rows = "".join(
            f"<tr><td>{_h(d['file_name'])}{_copies(d)}</td>"
            f'<td class="failed">{_h(d.get("reason") or "")}</td></tr>'
            for d in failed
        )
        parts.append("<h2>Niet verwerkte bestanden</h2>")
        parts.append(f"<table><tr><th>Bestand</th><th>Reden</th></tr>{rows}</table>")
    agenda = [d for d in data["documents"] if d.get("is_agenda") and d.get("link")]
    if agenda:
        parts.append(
            '<p class="meta">Agenda: '
            + ", ".join(
                f'<a href="{_h(_path_href(d["link"]))}">{_h(d["file_name"])}</a>' for d in agenda
            )
            + "</p>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="{MEETING_GENERATOR}">\n'
        f"<title>{_h(title)}</title>\n<style>{MEETING_CSS}{_MAP_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(p for p in parts if p)
        + "\n</body>\n</html>\n"
    )
