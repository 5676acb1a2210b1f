"""What each real passage's document says about it when read whole: the facts the model's
evaluation needs to score the passages as ``classify FILE.pdf`` does.

For every passage of every ``passages*.jsonl`` here, the document (``../shared/corpus/denhaag``)
is read with our own extraction and segmentation, and ``document_facts.jsonl`` gets one line:
``id``, ``doc_type`` (the type our pipeline detects: it picks the zoning or council route),
``decision_point`` (the passage holds part of a decision point of
``decisions.find_decision_points``: framework by construction) and ``position`` (the passage's
place among the document's passages, 0 first to 1 last). Passages are matched by their text.

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


def _key(text: str) -> str:
    return " ".join(text.split())


def facts_of(path: Path) -> dict[str, dict]:
    """Facts per normalised passage text of one document (first occurrence wins)."""
    doc = segment_document(extract_document(path))
    decided = decision_passages(doc)
    passages = doc.passages
    last = max(len(passages) - 1, 1)
    facts: dict[str, dict] = {}
    for index, passage in enumerate(passages):
        facts.setdefault(
            _key(passage.text),
            {
                "doc_type": doc.doc_type,
                "decision_point": passage.id in decided,
                "position": round(index / last, 4),
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
    rows, missing = [], 0
    for name, records in sorted(by_file.items()):
        facts = facts_of(DENHAAG / name)
        for record in records:
            fact = facts.get(_key(record["text"]))
            if fact is None:
                missing += 1
                continue
            rows.append({"id": record["id"], **fact})
    rows.sort(key=lambda row: row["id"])
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"{len(rows)} passages, {missing} not found again -> {OUT}")


if __name__ == "__main__":
    main()
