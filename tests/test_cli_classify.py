"""`classify --jsonl` and `evaluate` through the command line."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from raadsassistent.cli import main

from helpers import write_training_folders

# A decision point as proposals word it. (framework-v4 calls the six-word "De raad stelt het
# budget vast." detail, 0.06: very short generic lines lean to detail since the written sets.)
FRAMEWORK_TEXT = "Een krediet van € 4,8 miljoen beschikbaar te stellen."
DETAIL_TEXT = "Uit het bodemonderzoek blijkt dat de grond niet verontreinigd is."


def _classify_jsonl(stdin: str):
    return CliRunner().invoke(main, ["classify", "--jsonl", "-"], input=stdin)


# --- classify --jsonl ------------------------------------------------------------------------


def test_jsonl_labels_every_line_in_order():
    stdin = "\n".join(
        [
            json.dumps({"id": 1, "text": FRAMEWORK_TEXT}),
            "",
            json.dumps({"id": "b", "text": DETAIL_TEXT}),
        ]  # fmt: skip
    )
    result = _classify_jsonl(stdin + "\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["id"], r["label"]) for r in rows] == [(1, "framework"), ("b", "detail")]
    assert [set(r) for r in rows] == [{"id", "label", "framework_probability"}] * 2
    assert rows[0]["framework_probability"] >= 0.5 > rows[1]["framework_probability"]


def test_jsonl_malformed_lines_are_named_by_number_and_nothing_is_labelled():
    stdin = "\n".join(
        [
            json.dumps({"id": 1, "text": FRAMEWORK_TEXT}),
            "",  # blank lines are skipped but still counted
            "{kapot",
            json.dumps({"id": 4}),
            "[1]",
            json.dumps({"id": 6, "text": 7}),
        ]
    )
    result = _classify_jsonl(stdin + "\n")
    assert result.exit_code == 1
    assert result.output == (
        "Fout: De invoer bevat 4 ongeldige regel(s); er is niets gelabeld.\n"
        "regel 3: geen geldige JSON (Expecting property name enclosed in double quotes).\n"
        'regel 4: verwacht een object met "id" en "text" (tekst).\n'
        'regel 5: verwacht een object met "id" en "text" (tekst).\n'
        'regel 6: verwacht een object met "id" en "text" (tekst).\n'
    )


def test_jsonl_shows_twenty_errors_and_counts_the_rest():
    result = _classify_jsonl("x\n" * 23)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == "Fout: De invoer bevat 23 ongeldige regel(s); er is niets gelabeld."
    assert lines[1] == "regel 1: geen geldige JSON (Expecting value)."
    assert lines[20] == "regel 20: geen geldige JSON (Expecting value)."
    assert lines[21:] == ["... en nog 3"]


@pytest.mark.parametrize("args", [[], ["stuk.pdf", "--jsonl", "-"]])
def test_classify_wants_a_pdf_or_jsonl(args):
    result = CliRunner().invoke(main, ["classify", *args], input="")
    assert result.exit_code == 1
    assert result.output == (
        "Fout: Geef een PDF-bestand óf --jsonl BESTAND op (niet allebei, niet geen van beide).\n"
    )


# --- evaluate --------------------------------------------------------------------------------

_ROW = re.compile(
    r"^(framework|detail) +(\d\.\d{3}) +(\d\.\d{3}) +(\d\.\d{3}) +(\d+) +(\d\.\d{3})$"
)
_MACRO = re.compile(
    r"^macro-F1 +(\d\.\d{3}) +(\d\.\d{3})  \(verschil/difference ([+-]\d\.\d{3})\)$"
)
_CONFUSION = re.compile(r"^(framework|detail) +(\d+) +(\d+) +(\d+) +(\d+)$")


def _blocks(report: str) -> list[list[str]]:
    """The report's metric blocks: each starts with its title line."""
    return [block.splitlines() for block in report.strip().split("\n\n")]


def _check_block(lines: list[str], folds: int | None) -> dict[str, int]:
    """Check one block's layout and numbers; returns the support per class."""
    assert lines[1].split() == ["precision", "recall", "F1", "n", "baseline", "F1"]
    rows = [_ROW.match(line) for line in lines[2:4]]
    assert all(rows), lines[2:4]
    support = {row.group(1): int(row.group(5)) for row in rows}
    f1 = [float(row.group(4)) for row in rows]
    baseline = [float(row.group(6)) for row in rows]
    macro = _MACRO.match(lines[4])
    assert macro, lines[4]
    assert float(macro.group(1)) == pytest.approx(sum(f1) / 2, abs=0.001)
    assert float(macro.group(2)) == pytest.approx(sum(baseline) / 2, abs=0.001)
    assert float(macro.group(3)) == pytest.approx(
        float(macro.group(1)) - float(macro.group(2)), abs=0.001
    )
    assert lines[5].startswith("verwarringsmatrix / confusion")
    assert lines[6].split() == ["framework", "detail", "baseline:", "framework", "detail"]
    for line in lines[7:9]:
        cells = _CONFUSION.match(line)
        assert cells, line
        model, base = [int(cells.group(i)) for i in (2, 3)], [int(cells.group(i)) for i in (4, 5)]
        assert sum(model) == sum(base) == support[cells.group(1)]
    if folds is None:
        assert len(lines) == 9
    else:
        assert lines[9].startswith("macro-F1 per fold: ")
        assert len(lines[9].removeprefix("macro-F1 per fold: ").split(", ")) == folds
    return support


def _evaluate(tmp_path: Path, codes: tuple[str, ...], seed: int = 7, **corpus: Any) -> Any:
    """Run ``evaluate`` through the CLI on zoning plans of ``codes`` plus team passages."""
    folder, team = write_training_folders(tmp_path, random.Random(seed), codes=codes, **corpus)
    args = ["evaluate", "--corpus", str(folder), "--team", str(team)]
    return CliRunner().invoke(main, args), folder


@pytest.mark.slow  # grouped cross-validation: about 20 s
def test_evaluate_prints_the_report_for_a_corpus_folder(tmp_path):
    codes = ("0344", "0363", "0518", "0599", "1680")  # five municipalities
    result, _corpus = _evaluate(tmp_path, codes, seed=5, paragraphs=2)
    assert result.exit_code == 0, result.output
    corpus_block, in_context, team_block = _blocks(result.output)
    assert corpus_block[0] == (
        "Bestemmingsplannen, onbekende gemeenten / unseen municipalities "
        "(GroupKFold(5) by IMRO municipality code, 5 gemeenten)"
    )
    assert in_context[0].startswith("Idem, met context")
    assert team_block[0].startswith("Raadsstukken (team), onbekende gemeenten")
    assert team_block[0].endswith(", 3 gemeenten)")
    corpus_support = _check_block(corpus_block, folds=5)
    assert _check_block(in_context, folds=5) == corpus_support
    assert sum(corpus_support.values()) > 0
    assert _check_block(team_block, folds=None) == {"framework": 12, "detail": 12}


@pytest.mark.slow  # grouped cross-validation: about 15 s
def test_evaluate_with_fewer_municipalities_than_folds_leaves_one_out(tmp_path):
    """Regression: three municipalities crashed with sklearn's n_splits error and a traceback."""
    result, _corpus = _evaluate(tmp_path, ("0344", "0363", "0518"))
    assert result.exit_code == 0, result.output
    corpus_block, in_context, _team = _blocks(result.output)
    assert corpus_block[0] == (
        "Bestemmingsplannen, onbekende gemeenten / unseen municipalities "
        "(GroupKFold(3) by IMRO municipality code, 3 gemeenten)"
    )
    assert _check_block(corpus_block, folds=3) == _check_block(in_context, folds=3)


def test_evaluate_on_one_municipality_gives_a_dutch_error(tmp_path):
    result, corpus = _evaluate(tmp_path, ("0344",))
    assert result.exit_code == 1
    assert result.output == (
        f"Fout: {corpus}: het corpus bevat bestemmingsplannen van 1 gemeente(n); voor een eerlijke "
        "evaluatie op onbekende gemeenten zijn er minstens twee nodig.\n"
    )


# --- classify FILE.pdf --json ----------------------------------------------------------------

MOTION = "M9.2 Motie Veilige fietsroute Spoorlaan.pdf"


def test_pdf_json_lists_every_passage_in_reading_order(sample_pdfs):
    from raadsassistent.pipeline import read_document

    pdf = next(p for p in sample_pdfs if p.name.startswith("2026-041 Raadsvoorstel"))
    result = CliRunner().invoke(main, ["classify", str(pdf), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    doc = read_document(pdf)
    expected = [
        (p.page, s.heading, p.text, p.label, p.framework_probability)
        for s in doc.sections
        for p in s.passages
    ]
    assert [tuple(r.values()) for r in rows] == expected
    assert [list(r) for r in rows] == [
        ["page", "section", "text", "label", "framework_probability"]
    ] * len(expected)
    pages = [r["page"] for r in rows]
    assert pages == sorted(pages) and len(rows) == len(doc.passages)


def test_pdf_json_as_a_subprocess_on_a_motion():
    import subprocess
    import sys

    from helpers import SAMPLES

    run = subprocess.run(
        [sys.executable, "-m", "raadsassistent", "classify", str(SAMPLES / MOTION), "--json"],
        capture_output=True,
        check=True,
    )
    rows = json.loads(run.stdout.decode("utf-8"))
    assert [(r["page"], r["section"], r["label"]) for r in rows] == [
        (1, "", "detail"),
        (1, "Raadsvergadering 16 april 2026", "framework"),
    ]
    assert rows[1]["text"].startswith("Agendapunt 9. Herinrichting Stationsgebied")
    assert rows[1]["text"].endswith("en gaat over tot de orde van de dag.")
    assert rows[0]["framework_probability"] < 0.5 <= rows[1]["framework_probability"]


def test_pdf_json_refuses_jsonl_and_explanations(sample_pdfs):
    result = CliRunner().invoke(main, ["classify", str(sample_pdfs[0]), "--json", "--uitleg"])
    assert result.exit_code == 1
    assert "--json hoort bij een PDF-bestand" in result.output
