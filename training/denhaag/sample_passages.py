"""Draw the real Den Haag passages to be labelled (issue 13) from ../shared/corpus/denhaag.

Each passage is cut by our own extraction and segmentation, as users see it, and stored with
its meeting, file, page, section heading and the RIS category. The draw is stratified by document
kind and spread over the six meetings; identical texts (a motion as submitted and as stamped) are
kept once. Re-running with the same seed draws the same passages.

    python training/denhaag/sample_passages.py [--per-kind raadsvoorstel=600 ...] [--out FILE]

A later wave draws new passages only: ``--exclude`` the files of earlier waves and give the wave
its own id prefix, e.g. the second wave:

    python training/denhaag/sample_passages.py --exclude training/denhaag/passages.jsonl \
        --per-kind raadsvoorstel=500 --per-kind afdoening=200 --per-kind notulen=200 \
        --prefix dh2 --out training/denhaag/passages-2.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from raadsassistent.extract import extract_document
from raadsassistent.segment import segment_document

HERE = Path(__file__).resolve().parent
DENHAAG = HERE.parents[2] / "shared" / "corpus" / "denhaag"
QUOTAS = {"raadsvoorstel": 680, "amendement": 250, "motie": 300, "afdoening": 240, "notulen": 260}
MIN_WORDS, MAX_WORDS = 8, 220
SEED = 13


def kind_of(ris_type: str, our_type: str, name: str) -> str | None:
    """The stratum of a file: the RIS category, with letters about motions apart."""
    if ris_type == "motie" and (our_type != "motie" or re.search(r"afdoening|tussenbericht", name)):
        return "afdoening"
    return ris_type if ris_type in QUOTAS else None


def text_key(text: str) -> str:
    """What makes two passage texts the same passage (case, punctuation and spacing aside)."""
    return re.sub(r"\W+", " ", text.lower()).strip()


def candidates(exclude: Iterable[str] = ()) -> dict[str, list[dict]]:
    """Every usable passage of the corpus, by kind, except texts whose key is in ``exclude``."""
    rows = list(csv.DictReader((DENHAAG / "documents.csv").open(encoding="utf-8")))
    by_kind: dict[str, list[dict]] = defaultdict(list)
    seen: set[str] = set(exclude)
    for row in rows:
        path = DENHAAG / row["file"]
        doc = segment_document(extract_document(path))
        kind = kind_of(row["doc_type"], doc.doc_type, path.name)
        if kind is None:
            continue
        for section in doc.sections:
            for passage in section.passages:
                text = " ".join(passage.text.split())
                words = len(text.split())
                key = text_key(text)
                if not MIN_WORDS <= words <= MAX_WORDS or key in seen:
                    continue
                seen.add(key)
                by_kind[kind].append(
                    {
                        "meeting": row["meeting_id"],
                        "file": row["file"],
                        "ris_type": row["doc_type"],
                        "kind": kind,
                        "page": passage.page,
                        "section": section.heading,
                        "text": text,
                    }
                )
    return by_kind


def draw(
    by_kind: dict[str, list[dict]], quotas: dict[str, int], seed: int, prefix: str = "dh"
) -> list[dict]:
    """``quotas[kind]`` passages per kind, spread evenly over the meetings that have that kind."""
    rng = random.Random(seed)
    chosen = []
    for kind, quota in quotas.items():
        by_meeting: dict[str, list[dict]] = defaultdict(list)
        for passage in by_kind.get(kind, []):
            by_meeting[passage["meeting"]].append(passage)
        for pool in by_meeting.values():
            rng.shuffle(pool)
        # round-robin over meetings, so a meeting with few passages gives all it has
        taken = 0
        while taken < quota and any(by_meeting.values()):
            for meeting in sorted(by_meeting):
                if by_meeting[meeting] and taken < quota:
                    chosen.append(by_meeting[meeting].pop())
                    taken += 1
    rng.shuffle(chosen)
    for number, passage in enumerate(chosen, start=1):
        passage["id"] = f"{prefix}-{number:04d}"
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "passages.jsonl")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--per-kind", action="append", default=[], metavar="KIND=N")
    parser.add_argument("--exclude", action="append", default=[], type=Path, metavar="FILE")
    parser.add_argument("--prefix", default="dh")
    args = parser.parse_args()
    quotas = dict(QUOTAS)
    if args.per_kind:
        quotas = {kind: int(n) for kind, n in (item.split("=") for item in args.per_kind)}
    exclude = {
        text_key(json.loads(line)["text"])
        for path in args.exclude
        for line in path.open(encoding="utf-8")
    }
    passages = draw(candidates(exclude), quotas, args.seed, args.prefix)
    with args.out.open("w", encoding="utf-8") as out:
        for p in passages:
            fields = ("id", "meeting", "file", "ris_type", "kind", "page", "section", "text")
            out.write(json.dumps({k: p[k] for k in fields}, ensure_ascii=False) + "\n")
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for p in passages:
        counts[p["kind"], p["meeting"]] += 1
    for (kind, meeting), n in sorted(counts.items()):
        print(f"{kind:14} {meeting} {n}")
    print(f"{len(passages)} passages -> {args.out}")


if __name__ == "__main__":
    main()
