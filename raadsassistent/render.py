"""Stage 5: write a briefing as Markdown, one self-contained HTML file, or JSON.

All document text is escaped (``html.escape`` for HTML, backslashes for Markdown); the only
words added are the fixed Dutch labels below. Every item shows its page as "p. 7". The HTML
makes no external requests: inline CSS, system fonts, no scripts, no links.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from .amounts import group_amounts
from .dates import group_dates
from .nlp import MONTHS
from .types import Briefing, Cited

__all__ = ["render_briefing", "briefing_to_dict", "FORMATS"]

FORMATS = ("md", "html", "json")

DOC_TYPE_NL = {
    "raadsvoorstel": "Raadsvoorstel",
    "raadsbesluit": "Raadsbesluit",
    "raadsinformatiebrief": "Raadsinformatiebrief",
    "motie": "Motie",
    "amendement": "Amendement",
    "agenda": "Agenda",
    "besluitenlijst": "Besluitenlijst",
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
ASKS_NOTHING = "Dit is een raadsinformatiebrief: de raad wordt geen besluit gevraagd."
NO_POINTS = "Het document bevat geen herkenbare beslispunten."
NO_KERN = "Geen kerntekst gevonden."
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


def _normalised_date(d: Any) -> str | None:
    if d.date:
        return d.date
    return d.period


def _header_rows(b: Briefing) -> list[tuple[str, str]]:
    rows = [("Soort", DOC_TYPE_NL.get(b.doc_type, b.doc_type or "onbekend"))]
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


def _adds(context: str, text: str) -> bool:
    """Whether a context says more than the amount or date it stands beside."""
    return bool(context) and context.strip(" .,;:") != text.strip(" .,;:")


def _amount_parts(a: Any) -> tuple[str, str]:
    """(main text, normalised value) of an amount."""
    value = euro(a.value_eur)
    if a.value_max_eur is not None and value:
        value = f"{value} tot {euro(a.value_max_eur)}"
    return a.text, value or ""


# ---------------------------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------------------------


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
            }
            for a in b.amounts
        ],
        "dates": [
            {
                "date": d.date,
                "text": d.text,
                "page": d.page,
                "kind": d.kind,
                "period": d.period,
                "context": d.context,
            }
            for d in b.dates
        ],
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
        "framework_share": b.framework_share,
        "labelled_by": b.labelled_by,
        "more_risks": b.more_risks,
        "more_participation": b.more_participation,
        "notes": list(b.notes),
    }


def _cited(c: Cited) -> dict[str, Any]:
    data = asdict(c)
    if data.get("page_end") is None:
        data.pop("page_end", None)
    return data


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
    out = [f"# {e(b.title or b.file_name or 'Briefing')}", ""]
    for label, value in _header_rows(b):
        # the reading time is our own text; its "->" needs no escaping
        out.append(f"- **{label}:** {value if label == 'Leestijd' else e(value)}")
    for note in b.notes:
        out.append(f"- **Let op:** {e(note)}")
    out += ["", f"## {H_ASKED}", ""]
    if b.asks_nothing and not b.decision_points:
        out.append(ASKS_NOTHING if b.doc_type == "raadsinformatiebrief" else NO_POINTS)
    for i, c in enumerate(b.decision_points, start=1):
        out.append(f"{i}. {e(c.text)} ({page_ref(c.page)})")
    out += ["", f"## {H_KERN}", ""]
    if b.summary_source == "samenvatting" and b.summary:
        out += [f"*{OWN_SUMMARY}*", ""]
    out += [f"- {e(c.text)} ({page_ref(c.page, c.page_end)})" for c in b.summary] or [NO_KERN]
    out += ["", f"## {H_MONEY}", "", f"### {H_AMOUNTS}", ""]
    amounts = group_amounts(b.amounts)
    for a, pages in amounts:
        text, value = _amount_parts(a)
        line = f"- **{e(text)}**"
        if value and value != text:
            line += f" ({e(value)})"
        if _adds(a.context, a.text):
            line += f": {e(a.context)}"
        out.append(f"{line} ({pages_ref(pages)})")
    if not amounts:
        out.append(NO_AMOUNTS)
    out += ["", f"### {H_DATES}", ""]
    dates = group_dates(b.dates)
    for d, pages in dates:
        line = f"- **{e(d.text)}**"
        normalised = _normalised_date(d)
        tags = [t for t in (normalised, KIND_NL.get(d.kind) if d.kind == "deadline" else None) if t]
        if tags:
            line += f" ({e(', '.join(tags))})"
        if _adds(d.context, d.text):
            line += f": {e(d.context)}"
        out.append(f"{line} ({pages_ref(pages)})")
    if not dates:
        out.append(NO_DATES)
    out += ["", f"## {H_RISKS}", ""]
    out += [f"- {e(c.text)} ({page_ref(c.page, c.page_end)})" for c in b.risks] or [NO_RISKS]
    if b.more_risks:
        out.append(f"- *Nog {b.more_risks} zinnen over risico's in het document.*")
    out += ["", f"## {H_PARTICIPATION}", ""]
    out += [f"- {e(c.text)} ({page_ref(c.page, c.page_end)})" for c in b.participation] or [
        NO_PARTICIPATION
    ]
    if b.more_participation:
        out.append(f"- *Nog {b.more_participation} zinnen over participatie in het document.*")
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
body { margin: 0; background: #ffffff; color: #1a1a1a; line-height: 1.55;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem;
  border-bottom: 2px solid #1f4e79; color: #12355b; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; color: #12355b; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem;
  margin: 0 0 1rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
ol, ul { padding-left: 1.6rem; margin: 0.4rem 0; }
li { margin: 0.35rem 0; }
.p { white-space: nowrap; color: #3d3d3d; font-size: 0.9em; }
.p::before { content: "("; } .p::after { content: ")"; }
.ctx { color: #333333; }
.value { font-weight: 600; }
.tag { display: inline-block; font-size: 0.8em; padding: 0 0.35em; border: 1px solid #1f4e79;
  border-radius: 3px; color: #12355b; }
.note { background: #fff6d6; border-left: 4px solid #8a6d00; padding: 0.5rem 0.75rem;
  margin: 0.5rem 0; }
.empty, .source { color: #3d3d3d; font-style: italic; }
@media (max-width: 40rem) { html { font-size: 106%; } dl.meta { grid-template-columns: 1fr; }
  dl.meta dd { margin-bottom: 0.4rem; } }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  html { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  li, .note { break-inside: avoid; page-break-inside: avoid; }
  .note { background: none; border: 1px solid #000000; }
  body, .p, .ctx, .empty, .source { color: #000000; }
}
"""


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def _p(page: int, page_end: int | None = None) -> str:
    return f'<span class="p">{_h(page_ref(page, page_end))}</span>'


def _ps(pages: Sequence[int]) -> str:
    return f'<span class="p">{_h(pages_ref(pages))}</span>'


def _items(items: Sequence[Cited], empty: str, more: str = "") -> list[str]:
    if not items:
        return [f'<p class="empty">{_h(empty)}</p>']
    out = ["<ul>"]
    out += [f"<li>{_h(c.text)} {_p(c.page, c.page_end)}</li>" for c in items]
    if more:
        out.append(f'<li class="source">{_h(more)}</li>')
    out.append("</ul>")
    return out


def _html(briefing: Briefing) -> str:
    b = briefing
    title = b.title or b.file_name or "Briefing"
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h('Briefing: ' + title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        "<header>",
        f"<h1>{_h(title)}</h1>",
        '<dl class="meta">',
    ]
    for label, value in _header_rows(b):
        out.append(f"<dt>{_h(label)}</dt><dd>{_h(value)}</dd>")
    out.append("</dl>")
    out += [f'<p class="note" role="note">Let op: {_h(n)}</p>' for n in b.notes]
    out.append("</header>")

    out += [f'<section aria-labelledby="s-gevraagd"><h2 id="s-gevraagd">{_h(H_ASKED)}</h2>']
    if b.decision_points:
        out.append("<ol>")
        out += [f"<li>{_h(c.text)} {_p(c.page)}</li>" for c in b.decision_points]
        out.append("</ol>")
    else:
        text = ASKS_NOTHING if b.doc_type == "raadsinformatiebrief" else NO_POINTS
        out.append(f'<p class="empty">{_h(text)}</p>')
    out.append("</section>")

    out += [f'<section aria-labelledby="s-kern"><h2 id="s-kern">{_h(H_KERN)}</h2>']
    if b.summary_source == "samenvatting" and b.summary:
        out.append(f'<p class="source">{_h(OWN_SUMMARY)}</p>')
    out += _items(b.summary, NO_KERN)
    out.append("</section>")

    out += [f'<section aria-labelledby="s-geld"><h2 id="s-geld">{_h(H_MONEY)}</h2>']
    out.append(f"<h3>{_h(H_AMOUNTS)}</h3>")
    amounts = group_amounts(b.amounts)
    if amounts:
        out.append("<ul>")
        for a, pages in amounts:
            text, value = _amount_parts(a)
            line = f'<span class="value">{_h(text)}</span>'
            if value and value != text:
                line += f" ({_h(value)})"
            if _adds(a.context, a.text):
                line += f': <span class="ctx">{_h(a.context)}</span>'
            out.append(f"<li>{line} {_ps(pages)}</li>")
        out.append("</ul>")
    else:
        out.append(f'<p class="empty">{_h(NO_AMOUNTS)}</p>')
    out.append(f"<h3>{_h(H_DATES)}</h3>")
    dates = group_dates(b.dates)
    if dates:
        out.append("<ul>")
        for d, pages in dates:
            line = f'<span class="value">{_h(d.text)}</span>'
            normalised = _normalised_date(d)
            if normalised:
                line += f" ({_h(normalised)})"
            if d.kind == "deadline":
                line += f' <span class="tag">{_h(KIND_NL["deadline"])}</span>'
            if _adds(d.context, d.text):
                line += f': <span class="ctx">{_h(d.context)}</span>'
            out.append(f"<li>{line} {_ps(pages)}</li>")
        out.append("</ul>")
    else:
        out.append(f'<p class="empty">{_h(NO_DATES)}</p>')
    out.append("</section>")

    more = f"Nog {b.more_risks} zinnen over risico's in het document." if b.more_risks else ""
    out += [f'<section aria-labelledby="s-risico"><h2 id="s-risico">{_h(H_RISKS)}</h2>']
    out += _items(b.risks, NO_RISKS, more)
    out.append("</section>")

    more = (
        f"Nog {b.more_participation} zinnen over participatie in het document."
        if b.more_participation
        else ""
    )
    out += [
        f'<section aria-labelledby="s-participatie"><h2 id="s-participatie">'
        f"{_h(H_PARTICIPATION)}</h2>"
    ]
    out += _items(b.participation, NO_PARTICIPATION, more)
    out.append("</section>")

    out += [f'<section aria-labelledby="s-detail"><h2 id="s-detail">{_h(H_SKIPPED)}</h2>']
    if b.skipped_sections:
        out.append("<ul>")
        out += [f"<li>{_h(s.heading)} {_p(*s.pages)}</li>" for s in b.skipped_sections]
        out.append("</ul>")
    else:
        out.append(f'<p class="empty">{_h(NO_SKIPPED)}</p>')
    out += ["</section>", "</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def render_briefing(briefing: Briefing, fmt: str = "md") -> str:
    """The briefing as ``"md"`` (Markdown), ``"html"`` (one self-contained page) or ``"json"``."""
    if fmt == "md":
        return _md(briefing)
    if fmt == "html":
        return _html(briefing)
    if fmt == "json":
        return json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"Onbekend formaat {fmt!r}: kies uit {', '.join(FORMATS)}.")
