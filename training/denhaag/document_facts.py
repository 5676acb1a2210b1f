"""What each real passage's document says about it when read whole: the facts the model's
evaluation needs to score the passages as ``classify FILE.pdf`` does.

For every passage of every ``passages*.jsonl`` here, the document (``../shared/corpus/denhaag``)
is read with our own extraction and segmentation, and ``document_facts.jsonl`` gets one line:
``id``, ``doc_type`` (the type our pipeline detects: it picks the zoning or council route),
``decision_point`` (the passage holds part of a decision point of
``decisions.find_decision_points``: framework by construction) and ``position`` (the passage's
place among the document's passages, 0 first to 1 last). Passages are matched by their text.
``document_neighbours.jsonl`` gets, per id, the passage's ``index`` among the document's
``count`` passages and the texts of the passages just before and after it (``previous``,
``next``; "" at either end) with their section headings (``previous_section``,
``next_section``): what ``classify FILE.pdf`` sees around a passage.

    python training/denhaag/document_facts.py
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from raadsassistent.classify import decision_passages
from raadsassistent.extract import extract_document
from raadsassistent.segment import segment_document

HERE = Path(__file__).resolve().parent
DENHAAG = HERE.parents[2] / "shared" / "corpus" / "denhaag"
OUT = HERE / "document_facts.jsonl"
NEIGHBOURS = HERE / "document_neighbours.jsonl"


def _key(text: str) -> str:
    return " ".join(text.split())


def facts_of(path: Path) -> dict[str, dict]:
    """Facts per normalised passage text of one document (first occurrence wins); the
    neighbour fields (``index``, ``count``, ``previous``, ``next``) go to their own file."""
    doc = segment_document(extract_document(path))
    decided = decision_passages(doc)
    passages = doc.passages
    heading = {p.id: s.heading for s in doc.sections for p in s.passages}
    last = max(len(passages) - 1, 1)
    facts: dict[str, dict] = {}
    for index, passage in enumerate(passages):
        facts.setdefault(
            _key(passage.text),
            {
                "doc_type": doc.doc_type,
                "decision_point": passage.id in decided,
                "position": round(index / last, 4),
                "index": index,
                "count": len(passages),
                "previous": passages[index - 1].text if index > 0 else "",
                "next": passages[index + 1].text if index + 1 < len(passages) else "",
                "previous_section": heading.get(passages[index - 1].id, "") if index else "",
                "next_section": heading.get(passages[index + 1].id, "")
                if index + 1 < len(passages)
                else "",
            },
        )
    return facts


def main() -> None:
    by_file: dict[str, list[dict]] = defaultdict(list)
    for path in sorted(HERE.glob("passages*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                by_file[record["file"]].append(record)
    rows, neighbours, missing = [], [], 0
    for name, records in sorted(by_file.items()):
        facts = facts_of(DENHAAG / name)
        for record in records:
            fact = facts.get(_key(record["text"]))
            if fact is None:
                missing += 1
                continue
            near = {
                k: fact[k]
                for k in ("index", "count", "previous", "next", "previous_section", "next_section")
            }
            rows.append({"id": record["id"], **{k: v for k, v in fact.items() if k not in near}})
            neighbours.append({"id": record["id"], **near})
    for out, lines in ((OUT, rows), (NEIGHBOURS, neighbours)):
        lines.sort(key=lambda row: row["id"])
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), "utf-8")
    print(f"{len(rows)} passages, {missing} not found again -> {OUT}")


if __name__ == "__main__":
    main()
