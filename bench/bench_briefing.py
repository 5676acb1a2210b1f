"""Benchmark of the briefings: decision points, amounts, dates, length and ROUGE of the Kern.

Run from the repo root: ``python bench/bench_briefing.py [--no-model]``. Uses
``samples/gold.json`` with its PDFs, ``../shared/corpus/moties/moties.jsonl`` and the zoning
plans in ``../shared/corpus/bestemmingsplannen`` that have their own Samenvatting; each part is
skipped when its input is absent.

ROUGE-1/2/L (F1, with recall in brackets) compares the Kern with the document's own
Samenvatting after that Samenvatting has been removed from the input, using a Unicode-aware
tokenizer (``\\w+``, lower case) so that "financiën" and "één" count as words.

The reading table (issue 12), per sample document and per real Den Haag raadsvoorstel in
``../shared/corpus/denhaag``: briefing words / source words, decision points kept (in the
briefing / found by ``decisions.find_decision_points``), amounts shown with a label / amounts
shown, and the A4 pages the HTML briefing prints on in the system's Chromium (``-`` without
Chromium or playwright).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from raadsassistent.classify import DEFAULT_MODEL_NAME  # noqa: E402
from raadsassistent.nlp import markdown_word_count, normalise_ws  # noqa: E402
from raadsassistent.summarise import (  # noqa: E402
    _OWN_SUMMARY_RE,
    markdown_budget,
    summarise_document,
)
from raadsassistent.types import Passage, Section, StructuredDocument  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
MOTIES = SHARED / "moties" / "moties.jsonl"
PLANS = SHARED / "bestemmingsplannen"
GOLD = ROOT / "samples" / "gold.json"
DENHAAG = SHARED / "denhaag"
WORDS_PER_PAGE = 450  # for Markdown sources without pages

# ---------------------------------------------------------------------------------------------
# ROUGE with a Unicode-aware tokenizer
# ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _prf(overlap: int, candidate: int, reference: int) -> tuple[float, float, float]:
    p = overlap / candidate if candidate else 0.0
    r = overlap / reference if reference else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def rouge_n(
    candidate: Sequence[str], reference: Sequence[str], n: int
) -> tuple[float, float, float]:
    """(precision, recall, F1) of clipped n-gram overlap."""
    c = Counter(tuple(candidate[i : i + n]) for i in range(len(candidate) - n + 1))
    r = Counter(tuple(reference[i : i + n]) for i in range(len(reference) - n + 1))
    overlap = sum((c & r).values())
    return _prf(overlap, sum(c.values()), sum(r.values()))


def rouge_l(candidate: Sequence[str], reference: Sequence[str]) -> tuple[float, float, float]:
    """(precision, recall, F1) of the longest common subsequence."""
    if not candidate or not reference:
        return 0.0, 0.0, 0.0
    previous = [0] * (len(reference) + 1)
    for token in candidate:
        current = [0]
        for j, ref in enumerate(reference, start=1):
            current.append(previous[j - 1] + 1 if token == ref else max(previous[j], current[-1]))
        previous = current
    return _prf(previous[-1], len(candidate), len(reference))


def rouge(candidate: str, reference: str) -> dict[str, tuple[float, float, float]]:
    c, r = tokens(candidate), tokens(reference)
    return {"rouge1": rouge_n(c, r, 1), "rouge2": rouge_n(c, r, 2), "rougeL": rouge_l(c, r)}


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _key(text: str) -> str:
    return normalise_ws(text).lower().rstrip(" ;,.")


def split_own_summary(doc: StructuredDocument) -> tuple[StructuredDocument, str]:
    """``doc`` without its Samenvatting section(s), and the text of that Samenvatting."""
    removed: set[str] = set()
    for section in doc.sections:
        key = normalise_ws(re.sub(r"^[\s\d.]+", "", section.heading).strip(" :.-–")).lower()
        if _OWN_SUMMARY_RE.match(key) or section.parent in removed:
            removed.add(section.id)
    text = " ".join(p.text for s in doc.sections if s.id in removed for p in s.passages)
    kept = tuple(s for s in doc.sections if s.id not in removed)
    return dataclasses.replace(doc, sections=kept), normalise_ws(text)


def share(briefing) -> float:
    return briefing.briefing_words / briefing.source_words if briefing.source_words else 0.0


def _match(found: list[tuple[int, str, object]], gold: list[tuple[int | None, str, object]]):
    """Greedy one-to-one matching on page (when known) and text containment or equal value."""
    used: set[int] = set()
    hits, missed = 0, []
    for g_page, g_text, g_value in gold:
        for i, (f_page, f_text, f_value) in enumerate(found):
            if i in used or (g_page is not None and f_page != g_page):
                continue
            gk, fk = normalise_ws(g_text).lower(), normalise_ws(f_text).lower()
            same_text = bool(gk) and (gk in fk or fk in gk)
            if same_text or (g_value is not None and g_value == f_value):
                used.add(i)
                hits += 1
                break
        else:
            missed.append((g_page, g_text))
    extra = [found[i][:2] for i in range(len(found)) if i not in used]
    return hits, missed, extra


def _gold_entries() -> list[tuple[Path, dict]]:
    documents = json.loads(GOLD.read_text(encoding="utf-8"))["documents"]
    return [(GOLD.parent / entry["file"], entry) for entry in documents]


def _items(entry: dict, field: str) -> list[dict]:
    return [i if isinstance(i, dict) else {"text": str(i)} for i in entry.get(field) or []]


def _num(value):
    return round(float(value), 2) if isinstance(value, int | float) else value


def _print_rouge(label: str, scores: list[dict]) -> None:
    if not scores:
        print(f"{label}: geen documenten met een eigen samenvatting")
        return
    parts = []
    for name in ("rouge1", "rouge2", "rougeL"):
        f1 = statistics.mean(s[name][2] for s in scores)
        recall = statistics.mean(s[name][1] for s in scores)
        parts.append(f"{name} F1 {f1:.3f} (R {recall:.3f})")
    print(f"{label} (n={len(scores)}): " + "  ".join(parts))


# ---------------------------------------------------------------------------------------------
# Sample gold set
# ---------------------------------------------------------------------------------------------


def labelled(doc: StructuredDocument, use_model: bool) -> StructuredDocument:
    """``doc`` with its passages labelled by the shipped model, when asked for and installed
    and they are not labelled yet."""
    from raadsassistent.classify import classify_passages, default_model_path

    if not use_model or not (default_model_path() / "card.json").is_file():
        return doc
    if all(p.label is not None for p in doc.passages):
        return doc
    return classify_passages(doc)


def bench_gold(use_model: bool) -> None:
    print("== sample gold set (samples/gold.json) ==")
    if not GOLD.exists():
        print("samples/gold.json ontbreekt, overgeslagen")
        return
    from raadsassistent.pipeline import read_document

    entries = _gold_entries()
    points = [0, 0]
    totals = {"amounts": [0, 0, 0], "dates": [0, 0, 0]}
    misses: list[str] = []
    scores = []
    started = time.perf_counter()
    for pdf, entry in entries:
        doc = read_document(pdf)
        b = summarise_document(doc)
        found = [(_key(c.text), c.page) for c in b.decision_points]
        for g in _items(entry, "decision_points"):
            points[1] += 1
            if any(t == _key(g["text"]) and g.get("page") in (None, p) for t, p in found):
                points[0] += 1
            else:
                misses.append(f"  beslispunt gemist: {pdf.name} p.{g.get('page')}: {g['text']}")
        amounts = [(a.page, a.text, _num(a.value_eur)) for a in b.amounts]
        dates = [(d.page, d.text, d.date) for d in b.dates]
        gold_amounts = [
            (g.get("page"), g.get("text", ""), _num(g.get("value_eur", g.get("value"))))
            for g in _items(entry, "amounts")
        ]
        gold_dates = [
            (g.get("page"), g.get("text", ""), g.get("date")) for g in _items(entry, "dates")
        ]
        for field, got, want in (("amounts", amounts, gold_amounts), ("dates", dates, gold_dates)):
            hits, missed, extra = _match(got, want)
            totals[field][0] += hits
            totals[field][1] += len(want)
            totals[field][2] += len(got)
            misses += [f"  {field} gemist: {pdf.name} p.{p}: {t!r}" for p, t in missed[:3]]
            misses += [f"  {field} extra:  {pdf.name} p.{p}: {t!r}" for p, t in extra[:3]]
        long_doc = " (> 5 p.)" if doc.page_count > 5 else ""
        print(
            f"{pdf.name[:60]:60s} {doc.page_count:3d} p. {b.source_words:6d} -> "
            f"{b.briefing_words:5d} woorden = {share(b):5.1%}{long_doc}; "
            f"{b.reading_minutes_source} min -> {b.reading_minutes_briefing} min"
        )
        stripped, reference = split_own_summary(doc)
        if reference and len(reference.split()) >= 20:
            kern = " ".join(
                c.text for c in summarise_document(labelled(stripped, use_model)).summary
            )
            scores.append(rouge(kern, reference))
    elapsed = time.perf_counter() - started
    print(f"documents: {len(entries)} ({elapsed:.1f}s incl. PDF extraction)")
    print(f"decision points found verbatim: {points[0]}/{points[1]}")
    for field, (hits, n_gold, n_found) in totals.items():
        recall = hits / n_gold if n_gold else float("nan")
        precision = hits / n_found if n_found else float("nan")
        print(
            f"{field:8s} recall {recall:.3f} ({hits}/{n_gold})  "
            f"precision {precision:.3f} ({hits}/{n_found})"
        )
    _print_rouge("ROUGE Kern vs eigen Samenvatting", scores)
    for line in misses[:25]:
        print(line)


# ---------------------------------------------------------------------------------------------
# National motions
# ---------------------------------------------------------------------------------------------


def _one_passage_doc(text: str, doc_type: str, name: str) -> StructuredDocument:
    box = (0.0, 0.0, 1.0, 1.0)
    passage = Passage(id="s0.1", text=text, page=1, page_end=1, bbox=box)
    section = Section(id="s0", heading="", number=None, level=0, page=1, bbox=None,
                      passages=(passage,))  # fmt: skip
    return StructuredDocument(
        path=name, sha256="", title=name, doc_type=doc_type, date=None, municipality=None,
        page_count=1, sections=(section,), tables=(), page_status=("ok",),
    )  # fmt: skip


def bench_moties(use_model: bool) -> None:
    print("\n== moties (Tweede Kamer) ==")
    if not MOTIES.exists():
        print(f"{MOTIES} ontbreekt, overgeslagen")
        return
    records = [json.loads(line) for line in MOTIES.read_text(encoding="utf-8").splitlines()]
    with_dictum = verbatim = points = invented = 0
    shares = []
    started = time.perf_counter()
    for r in records:
        text = r["originele_tekst"]
        b = summarise_document(labelled(_one_passage_doc(text, "motie", r.get("source_file", "motie")),
                                        use_model))  # fmt: skip
        source = normalise_ws(text)
        with_dictum += bool(b.decision_points)
        points += len(b.decision_points)
        verbatim += sum(c.text in source for c in b.decision_points)
        invented += sum(c.text not in source for c in (*b.summary, *b.risks, *b.participation))
        shares.append(share(b))
    elapsed = time.perf_counter() - started
    n = len(records)
    print(f"motions: {n} ({elapsed:.1f}s, {n / elapsed:.0f}/s)")
    print(f"with a dictum (decision points): {with_dictum}/{n}")
    print(f"decision points verbatim in the motion: {verbatim}/{points}")
    print(f"Kern/risk/participation lines not verbatim: {invented}")
    print(f"briefing length / source words: median {statistics.median(shares):.1%}")


# ---------------------------------------------------------------------------------------------
# Zoning plans with their own Samenvatting
# ---------------------------------------------------------------------------------------------

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def _clean_md(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|])", r"\1", text)
    text = text.replace("**", "").replace("__", "")
    return re.sub(r"(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)", "", text).strip()


def markdown_document(path: Path) -> StructuredDocument:
    """A StructuredDocument from a zoning plan's Markdown; pages estimated from word counts."""
    sections: list[Section] = []
    words = 0
    heading, level, paragraphs = "", 0, []
    stack: list[tuple[int, str]] = []
    box = (0.0, 0.0, 1.0, 1.0)

    def flush() -> None:
        nonlocal words
        sid = f"s{len(sections)}"
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        page = 1 + words // WORDS_PER_PAGE
        passages = []
        for n, text in enumerate(paragraphs, start=1):
            p_page = 1 + words // WORDS_PER_PAGE
            words += len(text.split())
            passages.append(Passage(id=f"{sid}.{n}", text=text, page=p_page,
                                    page_end=1 + words // WORDS_PER_PAGE, bbox=box))  # fmt: skip
        sections.append(Section(id=sid, heading=heading, number=None, level=level, page=page,
                                bbox=None, passages=tuple(passages), parent=parent))  # fmt: skip
        if level:
            stack.append((level, sid))

    block: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        m = _MD_HEADING.match(line)
        if m or not line.strip():
            if block:
                text = _clean_md(" ".join(block))
                if text:
                    paragraphs.append(text)
                block = []
        if m:
            flush()
            heading, level, paragraphs = _clean_md(m.group(2)), len(m.group(1)), []
        elif line.strip():
            block.append(line.strip())
    flush()
    pages = 1 + words // WORDS_PER_PAGE
    return StructuredDocument(
        path=str(path), sha256="", title=path.stem, doc_type="bijlage", date=None,
        municipality=None, page_count=pages, sections=tuple(sections), tables=(),
        page_status=tuple("ok" for _ in range(pages)),
    )  # fmt: skip


def bench_plans(use_model: bool, limit: int) -> None:
    print("\n== bestemmingsplannen with their own Samenvatting (../shared) ==")
    if not PLANS.is_dir():
        print(f"{PLANS} ontbreekt, overgeslagen")
        return
    scores, shares, over = [], [], 0
    lead_scores = []
    started = time.perf_counter()
    for path in sorted(PLANS.glob("*.md")):
        if len(scores) >= limit:
            break
        doc = markdown_document(path)
        stripped, reference = split_own_summary(doc)
        if len(reference.split()) < 40:
            continue
        b = summarise_document(labelled(stripped, use_model))
        kern = " ".join(c.text for c in b.summary)
        scores.append(rouge(kern, reference))
        # baseline: as many leading words of the (stripped) text as the Kern has
        lead = " ".join(" ".join(p.text for p in stripped.passages).split()[: len(kern.split())])
        lead_scores.append(rouge(lead, reference))
        shares.append(share(b))
        over += stripped.page_count > 5 and share(b) > 0.10
        print(
            f"{path.name[:58]:58s} {stripped.page_count:3d} p. Kern {len(kern.split()):4d} w, "
            f"samenvatting {len(reference.split()):4d} w, briefing {share(b):5.1%}, "
            f"R1 F1 {scores[-1]['rouge1'][2]:.3f}"
        )
    elapsed = time.perf_counter() - started
    _print_rouge("ROUGE Kern vs eigen Samenvatting", scores)
    _print_rouge("ROUGE lead baseline (same length)", lead_scores)
    if shares:
        print(f"briefing length / source words: median {statistics.median(shares):.1%}, "
              f"max {max(shares):.1%}; over 10% (> 5 p.): {over}")  # fmt: skip
    print(f"({elapsed:.1f}s)")


# ---------------------------------------------------------------------------------------------
# Reading table (issue 12): length, decision points kept, labelled amounts, print pages
# ---------------------------------------------------------------------------------------------


class Printer:
    """A4 page counts of HTML pages printed by the system's Chromium (None when absent)."""

    def __init__(self) -> None:
        import shutil

        self.page = self._playwright = self._browser = None
        executable = shutil.which("chromium") or shutil.which("chromium-browser")
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            return
        if executable:
            self._playwright = sync_playwright().start()
            self._browser = self._playwright.chromium.launch(
                executable_path=executable, args=["--no-sandbox"]
            )
            self.page = self._browser.new_page()

    def pages(self, html: str) -> int | None:
        if self.page is None:
            return None
        import pypdfium2 as pdfium

        self.page.set_content(html, wait_until="load")
        document = pdfium.PdfDocument(self.page.pdf(format="A4"))
        try:
            return len(document)
        finally:
            document.close()

    def close(self) -> None:
        if self._browser is not None:
            self._browser.close()
        if self._playwright is not None:
            self._playwright.stop()


def _whole_in_markdown(b) -> int:
    """Decision points the Markdown lists whole (all, unless they alone exceed its budget)."""
    if b.shown_points is None:
        return len(b.decision_points)
    return sum(1 for a, c in zip(b.shown_points, b.decision_points, strict=False) if a == c)


def _reading_row(path: Path, printer: Printer) -> tuple[str, ...]:
    from raadsassistent.decisions import find_decision_points
    from raadsassistent.pipeline import read_document
    from raadsassistent.render import render_briefing

    doc = read_document(path)
    b = summarise_document(doc)
    found = len(find_decision_points(doc))
    labelled = sum(bool(getattr(a, "label", "")) for a in b.amounts)
    printed = printer.pages(render_briefing(b, "html"))
    md_words = markdown_word_count(render_briefing(b, "md"))
    return (
        path.name[:50],
        b.doc_type or "?",
        str(doc.page_count),
        f"{md_words}/{b.source_words} = {md_words / max(b.source_words, 1):.0%}",
        f"{len(b.decision_points)}/{found}",
        str(_whole_in_markdown(b)),
        f"{labelled}/{len(b.amounts)}",
        "-" if printed is None else str(printed),
    )


def bench_reading(denhaag_limit: int) -> None:
    print("\n== reading table (issue 12) ==")
    paths = [pdf for pdf, _ in _gold_entries()] if GOLD.exists() else []
    if DENHAAG.is_dir():
        import csv

        with (DENHAAG / "documents.csv").open(encoding="utf-8", newline="") as handle:
            rows = [r for r in csv.DictReader(handle) if r["doc_type"] == "raadsvoorstel"]
        paths += [DENHAAG / r["file"] for r in rows[:denhaag_limit]]
    else:
        print(f"{DENHAAG} ontbreekt, Den Haag overgeslagen")
    printer = Printer()
    if printer.page is None:
        print("geen Chromium of playwright: print pages '-'")
    head = ("document", "type", "p.", "md words/source", "points", "md", "amt label", "A4")
    table = [head]
    started = time.perf_counter()
    try:
        table += [_reading_row(path, printer) for path in paths]
    finally:
        printer.close()
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))

    def total(column: int) -> str:
        pairs = [row[column].split(" ")[0].split("/") for row in table[1:]]
        return f"{sum(int(a) for a, _ in pairs)}/{sum(int(b) for _, b in pairs)}"

    whole = sum(int(row[5]) for row in table[1:])
    print(f"decision points kept {total(4)} (whole in the Markdown: {whole}); "
          f"amounts with a label {total(6)}")  # fmt: skip
    long_docs = [r for r in table[1:] if int(r[2]) >= 3]
    over = [
        r[0]
        for r in long_docs
        if int(r[3].split("/")[0]) > markdown_budget(int(r[3].split("/")[1].split(" ")[0]))
    ]
    print(f"3+ pages over budget (25%, 150 words allowed): {len(over)}/{len(long_docs)} {over}")
    printed = [int(row[-1]) for row in table[1:] if row[-1] != "-"]
    proposals = [int(r[-1]) for r in table[1:] if r[1] == "raadsvoorstel" and r[-1] != "-"]
    if printed:
        print(
            f"documents: {len(table) - 1}; print pages max {max(printed)}; "
            f"raadsvoorstellen over 2 A4 pages: {sum(n > 2 for n in proposals)}/{len(proposals)}"
        )
    print(f"({time.perf_counter() - started:.1f}s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-model", action="store_true", help="do not load the framework model")
    parser.add_argument("--plans", type=int, default=12, help="zoning plans to score (max)")
    parser.add_argument(
        "--denhaag", type=int, default=100, help="real Den Haag raadsvoorstellen (max)"
    )
    parser.add_argument("--only-reading", action="store_true", help="only the reading table")
    args = parser.parse_args()
    use_model = not args.no_model
    print(f"model: {DEFAULT_MODEL_NAME + ' (when installed)' if use_model else 'none'}\n")
    if args.only_reading:
        bench_reading(args.denhaag)
        return
    bench_gold(use_model)
    bench_moties(use_model)
    bench_plans(use_model, args.plans)
    bench_reading(args.denhaag)


if __name__ == "__main__":
    main()
