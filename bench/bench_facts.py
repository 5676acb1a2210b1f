"""Benchmark of amounts, dates and decision points on the national motions and the gold set.

Run from the repo root: ``python bench/bench_facts.py``. Reads ``../shared/corpus/moties`` (skipped
when absent) and ``samples/gold.json`` with its PDFs (skipped when absent).
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from raadsassistent.amounts import find_amounts  # noqa: E402
from raadsassistent.dates import find_dates  # noqa: E402
from raadsassistent.decisions import (  # noqa: E402
    decision_points_from_text,
    find_decision_points,
)
from raadsassistent.nlp import normalise_ws  # noqa: E402

MOTIES = ROOT.parent / "shared" / "corpus" / "moties" / "moties.jsonl"
GOLD = ROOT / "samples" / "gold.json"
SHOW = 5  # misses and extras listed per field
STRIP_RUNNING_LINES = True  # drop gold's running header/footer lines, as extract does


def bench_moties() -> None:
    if not MOTIES.exists():
        print(f"moties: {MOTIES} ontbreekt, overgeslagen")
        return
    records = [json.loads(line) for line in MOTIES.read_text(encoding="utf-8").splitlines()]
    texts = [r["originele_tekst"] for r in records]
    chars = sum(len(t) for t in texts)
    started = time.perf_counter()
    results = [decision_points_from_text(t) for t in texts]
    elapsed = time.perf_counter() - started
    found = sum(bool(points) for points in results)
    verbatim = sum(
        all(p in normalise_ws(t) for p in points) for t, points in zip(texts, results, strict=True)
    )
    total_points = sum(len(points) for points in results)
    print("== moties (Tweede Kamer) ==")
    print(f"motions:                 {len(texts)}")
    print(f"with a dictum found:     {found / len(texts):.3f} ({found}/{len(texts)})")
    print(f"all points verbatim:     {verbatim / len(texts):.3f}")
    print(f"mean points per motion:  {total_points / len(texts):.2f}")
    print(
        f"throughput:              {len(texts) / elapsed:,.0f} motions/s, "
        f"{chars / elapsed / 1e6:.2f} M chars/s"
    )
    misses = [r for r, points in zip(records, results, strict=True) if not points]
    for r in misses[:5]:
        tail = normalise_ws(r["originele_tekst"])[-300:]
        print(f"  no dictum: {r.get('source_file', '?')}: ...{tail}")


# --------------------------------------------------------------------------------------------
# Gold set: amounts and dates against samples/gold.json
# --------------------------------------------------------------------------------------------


def _page_texts(pdf_path: Path) -> list[str]:
    """Text per page via pdfplumber, with hyphenated line breaks joined."""
    import pdfplumber

    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            text = page.extract_text() or ""
            page.close()
            pages.append(dehyphenate(text))
    return pages


def strip_running_lines(pages: list[str], header: list[str], footer: list[str]) -> list[str]:
    """Drop the first/last line of each page when it is the running header/footer.

    The gold set marks facts in the body only; in the pipeline ``extract`` removes these lines.
    """
    out = []
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        lines = text.split("\n")
        for parts, index in ((header, 0), (footer, -1)):
            wanted = [p.format(page=number, total=total) for p in parts if p.strip()]
            if not lines or not wanted:
                continue
            rest = lines[index]
            for part in wanted:
                rest = rest.replace(part, "", 1)
            if not rest.strip():
                lines.pop(index)
        out.append("\n".join(lines))
    return out


def dehyphenate(text: str) -> str:
    """Join words broken over lines ("ver-\\nkleinen" -> "verkleinen")."""
    return re.sub(r"(?<=[a-zà-ÿ])-\n(?=[a-zà-ÿ])", "", text)


def _key(text: str) -> str:
    return normalise_ws(text).lower().replace("\u00a0", " ")


def _match(found: list[tuple[int | None, str, object]], gold: list[tuple[int | None, str, object]]):
    """Greedy one-to-one matching: same page (when both know it) and text containment or value."""
    used: set[int] = set()
    hits = 0
    unmatched_gold = []
    for g_page, g_text, g_value in gold:
        best = None
        for i, (f_page, f_text, f_value) in enumerate(found):
            if i in used:
                continue
            if g_page is not None and f_page is not None and g_page != f_page:
                continue
            gk, fk = _key(g_text), _key(f_text)
            same_text = bool(gk) and (gk in fk or fk in gk)
            same_value = g_value is not None and f_value is not None and g_value == f_value
            if same_text or same_value:
                best = i
                break
        if best is None:
            unmatched_gold.append((g_page, g_text))
        else:
            used.add(best)
            hits += 1
    unmatched_found = [(found[i][0], found[i][1]) for i in range(len(found)) if i not in used]
    return hits, unmatched_gold, unmatched_found


def _gold_items(entry: dict, field: str) -> list[dict]:
    items = entry.get(field) or []
    return [i if isinstance(i, dict) else {"text": str(i)} for i in items]


def _value(item: dict, *names: str):
    for name in names:
        if item.get(name) is not None:
            value = item[name]
            return round(float(value), 2) if isinstance(value, int | float) else value
    return None


def _pdf_for(entry: dict, key: str, folder: Path) -> Path | None:
    for name in (entry.get("pdf"), entry.get("file"), entry.get("path"), key):
        if not name:
            continue
        for candidate in (folder / name, ROOT / name, Path(name)):
            if candidate.is_file() and candidate.suffix.lower() == ".pdf":
                return candidate
    return None


def _entries(gold) -> list[tuple[str, dict]]:
    if isinstance(gold, dict) and isinstance(gold.get("documents"), list):
        gold = gold["documents"]
    if isinstance(gold, dict):
        return [(k, v) for k, v in gold.items() if isinstance(v, dict)]
    return [(e.get("pdf") or e.get("file") or str(i), e) for i, e in enumerate(gold)]


def bench_gold(gold_path: Path = GOLD) -> None:
    if not gold_path.exists():
        print(f"\ngold: {gold_path} ontbreekt, overgeslagen")
        return
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    fields = ("amounts", "dates", "dates_no_bare_years")
    totals = {f: [0, 0, 0] for f in fields}  # hits, gold, found
    misses: dict[str, list[str]] = {f: [] for f in fields}
    extras: dict[str, list[str]] = {f: [] for f in fields}
    documents = 0
    started = time.perf_counter()
    for key, entry in _entries(gold):
        pdf = _pdf_for(entry, key, gold_path.parent)
        if pdf is None:
            print(f"  geen PDF voor {key}, overgeslagen")
            continue
        documents += 1
        pages = _page_texts(pdf)
        layout = entry.get("layout") or {}
        if STRIP_RUNNING_LINES:
            pages = strip_running_lines(
                pages, layout.get("header") or [], layout.get("footer") or []
            )
        ref_year = None
        date = entry.get("date") or ""
        if isinstance(date, str) and date[:4].isdigit():
            ref_year = int(date[:4])
        found_amounts, found_dates, found_strict = [], [], []
        for number, text in enumerate(pages, start=1):
            found_amounts += [(number, a.text, round(a.value_eur, 2)) for a in find_amounts(text)]
            found_dates += [
                (number, d.text, d.date) for d in find_dates(text, reference_year=ref_year)
            ]
            found_strict += [
                (number, d.text, d.date)
                for d in find_dates(text, reference_year=ref_year, bare_years=False)
            ]
        gold_amounts = [
            (i.get("page"), i.get("text", ""), _value(i, "value_eur", "value"))
            for i in _gold_items(entry, "amounts")
        ]
        gold_dates = [
            (i.get("page"), i.get("text", ""), _value(i, "date"))
            for i in _gold_items(entry, "dates")
        ]
        for field, found, wanted in (
            ("amounts", found_amounts, gold_amounts),
            ("dates", found_dates, gold_dates),
            ("dates_no_bare_years", found_strict, gold_dates),
        ):
            hits, missed, extra = _match(found, wanted)
            totals[field][0] += hits
            totals[field][1] += len(wanted)
            totals[field][2] += len(found)
            misses[field] += [f"{pdf.name} p.{p}: {t!r}" for p, t in missed]
            extras[field] += [f"{pdf.name} p.{p}: {t!r}" for p, t in extra]
    elapsed = time.perf_counter() - started
    print(f"\n== sample gold set ({gold_path}) ==")
    print("(gold marks no bare years such as 'in 2027'; dates_no_bare_years leaves them out)")
    print(f"(running header/footer lines removed: {STRIP_RUNNING_LINES})")
    print(f"documents: {documents} ({elapsed:.1f}s incl. PDF extraction)")
    for field, (hits, n_gold, n_found) in totals.items():
        recall = hits / n_gold if n_gold else float("nan")
        precision = hits / n_found if n_found else float("nan")
        print(
            f"{field:20s} recall {recall:.3f} ({hits}/{n_gold})  "
            f"precision {precision:.3f} ({hits}/{n_found})"
        )
        for line in misses[field][:SHOW]:
            print(f"  missed: {line}")
        for line in extras[field][:SHOW]:
            print(f"  extra:  {line}")


def bench_gold_decisions(gold_path: Path = GOLD) -> None:
    """Decision points through extract + segment + find_decision_points, matched verbatim."""
    if not gold_path.exists():
        return
    try:
        from raadsassistent.extract import extract_document
        from raadsassistent.segment import segment_document
    except ImportError as error:
        print(f"\ndecision points: pipeline not available ({error}), skipped")
        return
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    hits = n_gold = n_found = 0
    problems = []
    for key, entry in _entries(gold):
        pdf = _pdf_for(entry, key, gold_path.parent)
        if pdf is None:
            continue
        wanted = [normalise_ws(p["text"]) for p in entry.get("decision_points", [])]
        found = [p.text for p in find_decision_points(segment_document(extract_document(pdf)))]
        n_gold += len(wanted)
        n_found += len(found)
        for w in wanted:
            # a point may lose a trailing ";" or keep a lead-in: containment either way
            if any(w.rstrip(";.") in f or f in w for f in found):
                hits += 1
            else:
                problems.append(f"missed {pdf.name}: {w[:90]!r}")
        for f in found:
            if not any(w.rstrip(";.") in f or f in w for w in wanted):
                problems.append(f"extra  {pdf.name}: {f[:90]!r}")
    print("\n== decision points (extract + segment + find_decision_points) ==")
    print(f"recall {hits / max(n_gold, 1):.3f} ({hits}/{n_gold}), found {n_found}")
    for line in problems[:SHOW]:
        print(f"  {line}")


if __name__ == "__main__":
    bench_moties()
    gold_file = Path(sys.argv[1]) if len(sys.argv) > 1 else GOLD
    bench_gold(gold_file)
    bench_gold_decisions(gold_file)
