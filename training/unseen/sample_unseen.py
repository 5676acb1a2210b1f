"""Draw passages of council text from outside Den Haag, for evaluation only (issue 13).

None of these texts is ever trained on. They come from other councils and another template than
the Den Haag papers the training passages were drawn from: two Flemish council decisions (Turnhout,
Lievegem), a Rotterdam motion (``../shared/corpus/misc``) and motions of the Tweede Kamer
(``../shared/corpus/moties``). The texts are plain text, so passages are their paragraphs: lines
joined until one ends a sentence or clause; a short line without closing punctuation is the
heading of what follows. Passages of 8-220 words, each distinct text once. Seed 13.

    python training/unseen/sample_unseen.py [--motions 25] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "corpus"
MIN_WORDS, MAX_WORDS = 8, 220
SEED = 13
# (file under corpus/misc, council, kind as ``classify --soort`` names it)
COUNCIL_TEXTS = (
    (
        "besluit_plaintext_2__Turnhout_GR_2022_GR_00172_premiestelsels.txt",
        "Turnhout",
        "raadsbesluit",
    ),
    (
        "besluit_plaintext__Lievegem_retributiereglement_The_Basement.txt",
        "Lievegem",
        "raadsbesluit",
    ),
    ("26bb001027 - Wij geloven in Rotterdam.md", "Rotterdam", "motie"),
)
CLOSING = re.compile(r"[.;:!?,]\s*$")
MOTION_MARK = re.compile(
    r"^(constaterende|overwegende|verzoekt|draagt|roept|spreekt|en gaat over)", re.I
)


def paragraphs(text: str) -> list[tuple[str, str]]:
    """(heading, paragraph) pairs of a plain text, in order."""
    heading, out, current = "", [], []

    def flush() -> None:
        if current:
            out.append((heading, " ".join(current)))
            current.clear()

    for raw in text.splitlines():
        line = " ".join(raw.replace("|", " ").lstrip("#-* ").split())
        if not line:
            flush()
            continue
        if MOTION_MARK.match(line):
            flush()
        if len(line.split()) < MIN_WORDS and not CLOSING.search(line) and not current:
            heading = line
            continue
        current.append(line)
        if CLOSING.search(line) and not line.endswith(","):
            flush()
    flush()
    return out


def passages(motions: int, seed: int) -> list[dict]:
    """The passages of every council text and of ``motions`` randomly chosen Tweede Kamer motions."""
    sources = [
        (name, council, kind, (SHARED / "misc" / name).read_text(encoding="utf-8"))
        for name, council, kind in COUNCIL_TEXTS
    ]
    records = [
        json.loads(line) for line in (SHARED / "moties" / "moties.jsonl").open(encoding="utf-8")
    ]
    for record in random.Random(seed).sample(records, motions):
        sources.append((record["source_file"], "Tweede Kamer", "motie", record["originele_tekst"]))
    seen, out = set(), []
    for name, council, kind, text in sources:
        for heading, paragraph in paragraphs(text):
            key = re.sub(r"\W+", " ", paragraph.lower()).strip()
            if not MIN_WORDS <= len(paragraph.split()) <= MAX_WORDS or key in seen:
                continue
            seen.add(key)
            out.append(
                {
                    "source": name,
                    "council": council,
                    "kind": kind,
                    "section": heading,
                    "text": paragraph,
                }
            )
    for number, passage in enumerate(out, start=1):
        passage["id"] = f"un-{number:04d}"
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "passages.jsonl")
    parser.add_argument("--motions", type=int, default=25)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    rows = passages(args.motions, args.seed)
    fields = ("id", "council", "source", "kind", "section", "text")
    with args.out.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps({k: row[k] for k in fields}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} passages -> {args.out}")


if __name__ == "__main__":
    main()
