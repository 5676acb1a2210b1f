"""Benchmark of raadsassistent.facts on the national motions and, when present, the sample gold set.

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

from raadsassistent.facts import (  # noqa: E402
    decision_points_from_text,
    find_amounts,
    find_dates,
    normalise_ws,
)

MOTIES = ROOT.parent / "shared" / "corpus" / "moties" / "moties.jsonl"
GOLD = ROOT / "samples" / "gold.json"


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


def _pdf_for(entry: dict, key: str) -> Path | None:
    for name in (entry.get("pdf"), entry.get("file"), entry.get("path"), key):
        if not name:
            continue
        for candidate in (ROOT / "samples" / name, ROOT / name, Path(name)):
            if candidate.is_file() and candidate.suffix.lower() == ".pdf":
                return candidate
    return None


def _entries(gold) -> list[tuple[str, dict]]:
    if isinstance(gold, dict) and isinstance(gold.get("documents"), list):
        gold = gold["documents"]
    if isinstance(gold, dict):
        return [(k, v) for k, v in gold.items() if isinstance(v, dict)]
    return [(e.get("pdf") or e.get("file") or str(i), e) for i, e in enumerate(gold)]


def bench_gold() -> None:
    if not GOLD.exists():
        print(f"\ngold: {GOLD.relative_to(ROOT)} ontbreekt, overgeslagen")
        return
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    totals = {"amounts": [0, 0, 0], "dates": [0, 0, 0]}  # hits, gold, found
    misses: dict[str, list[str]] = {"amounts": [], "dates": []}
    extras: dict[str, list[str]] = {"amounts": [], "dates": []}
    documents = 0
    started = time.perf_counter()
    for key, entry in _entries(gold):
        pdf = _pdf_for(entry, key)
        if pdf is None:
            print(f"  geen PDF voor {key}, overgeslagen")
            continue
        documents += 1
        pages = _page_texts(pdf)
        ref_year = None
        date = entry.get("date") or ""
        if isinstance(date, str) and date[:4].isdigit():
            ref_year = int(date[:4])
        found_amounts, found_dates = [], []
        for number, text in enumerate(pages, start=1):
            found_amounts += [(number, a.text, round(a.value_eur, 2)) for a in find_amounts(text)]
            found_dates += [
                (number, d.text, d.date) for d in find_dates(text, reference_year=ref_year)
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
        ):
            hits, missed, extra = _match(found, wanted)
            totals[field][0] += hits
            totals[field][1] += len(wanted)
            totals[field][2] += len(found)
            misses[field] += [f"{pdf.name} p.{p}: {t!r}" for p, t in missed]
            extras[field] += [f"{pdf.name} p.{p}: {t!r}" for p, t in extra]
    elapsed = time.perf_counter() - started
    print("\n== sample gold set (samples/gold.json) ==")
    print(f"documents: {documents} ({elapsed:.1f}s incl. PDF extraction)")
    for field, (hits, n_gold, n_found) in totals.items():
        recall = hits / n_gold if n_gold else float("nan")
        precision = hits / n_found if n_found else float("nan")
        print(
            f"{field:8s} recall {recall:.3f} ({hits}/{n_gold})  "
            f"precision {precision:.3f} ({hits}/{n_found})"
        )
        for line in misses[field][:5]:
            print(f"  missed: {line}")
        for line in extras[field][:5]:
            print(f"  extra:  {line}")


if __name__ == "__main__":
    bench_moties()
    bench_gold()
