"""Tests for raadsassistent.excerpts: risks and participation."""

from __future__ import annotations

from fact_builders import build_doc, rich_doc

from raadsassistent.excerpts import find_participation, find_risks


def test_risks():
    risks = find_risks(rich_doc())
    assert [(r.text, r.page, r.via) for r in risks] == [
        ("De aanbesteding kan duurder uitvallen.", 3, "section"),
        ("Dat vangen we op.", 3, "section"),
        ("Er is een risico op een tekort van 2,5 mln in 2028.", 4, "cue"),
    ]


def test_participation():
    found = find_participation(rich_doc())
    assert [(r.text, r.page, r.via) for r in found] == [
        ("Inwoners hebben we gesproken op een bewonersavond op 12 mei.", 2, "cue"),
        ("Er zijn 14 zienswijzen ingediend.", 5, "section"),
    ]
    doc = rich_doc()
    for r in found:
        passage = next(p for p in doc.passages if p.id == r.passage_id)
        assert passage.text[r.start : r.end] == r.text


def test_nothing_about_risks_or_participation():
    doc = build_doc("raadsvoorstel", [("Inleiding", 1, [("Het plan is helder.", 1)])])
    assert find_risks(doc) == [] and find_participation(doc) == []
