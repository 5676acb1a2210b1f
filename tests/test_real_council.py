"""Outcomes, references and motion fields on the real Den Haag papers, measured against the RIS
labels and each meeting's besluitenlijst (read with pdftotext, independent of our code)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from raadsassistent.types import Submitter

from realdocs import (
    DENHAAG,
    files_of_type,
    has_pdftotext,
    motion_files,
    motion_score,
    outcome_score,
    structured,
)

pytestmark = pytest.mark.skipif(not has_pdftotext(), reason="pdftotext (poppler) ontbreekt")


# (file, outcome, references or None to skip, code, first submitter or None, concerns)
EXACT = [
    (
        "1259560/motie-15117763-h-1-sp-motie-bewaar-een-plekje-voor-een-haags-icoon.pdf",
        "aangenomen",
        ("RIS320293",),  # its own number RIS321221 is no citation
        "H.1",
        Submitter("Lesley Arp", "SP"),
        "RIS320293",
    ),
    (  # the submitted version of the same motion records no outcome
        "1259560/motie-15075442-h-1-sp-motie-bewaar-een-plekje-voor-een-haags-icoon.pdf",
        None,
        ("RIS320293",),
        "H.1",
        Submitter("Lesley Arp", "SP"),
        "RIS320293",
    ),
    (  # "Uitslag stemming: aangenomen"
        "1259560/amendement-15117836-k-a-hvdh-amendement-een-deel-middenhuur-in-woonprogramma-"
        "kornalijn.pdf",
        "aangenomen",
        ("RIS319905",),
        "K.A",
        Submitter("Arjen Dubbelaar", "Hart voor Den Haag"),
        "RIS319905",
    ),
    (  # held; about a debate without a proposal number
        "1259560/motie-15118969-p-3-gl-motie-demonstreren-moet-laagdrempelig-zijn-aangehouden.pdf",
        "aangehouden",
        (),
        "P.3",
        Submitter("Hera Butt", "GroenLinks"),
        "Blokkades A12",
    ),
    (  # a programme-debate code
        "1259755/amendement-15801756-vvd-a-amendement-voer-aanbevelingen-rekenkamer-niet-"
        "ongemerkt-af.pdf",
        "aangenomen",
        None,
        "VVD.A",
        Submitter("Lotte van Basten Batenburg", "Haagse VVD"),
        "Voorstel van het college inzake Programmarekening 2024",
    ),
]


@pytest.mark.parametrize(("name", "outcome", "refs", "code", "submitter", "concerns"), EXACT)
def test_real_motion_fields(denhaag, name, outcome, refs, code, submitter, concerns):
    doc = structured(DENHAAG / name)
    assert doc.outcome == outcome
    if refs is not None:
        assert doc.references == refs
    assert doc.motion.code == code
    assert doc.motion.submitters[0] == submitter
    assert doc.motion.concerns == concerns


@pytest.mark.slow
def test_motion_fields_on_every_real_motion_and_amendment(denhaag):
    scores = motion_score(motion_files(), structured)
    for name, score in scores.items():
        print(f"{name}: {score}")
        for failure in score.failures:
            print("   ", failure)
    assert scores["code"].total >= 180
    assert scores["code"].share >= 0.97
    assert scores["party"].share >= 0.93
    assert scores["concerns"].share >= 0.90
    assert scores["outcome"].share >= 0.95


@pytest.mark.slow
def test_recorded_outcome_on_every_real_proposal_motion_and_amendment(denhaag):
    score = outcome_score(files_of_type("raadsvoorstel", "motie", "amendement"), structured)
    print(f"outcome: {score}")
    for failure in score.failures:
        print("   ", failure)
    assert score.total >= 280
    assert score.share >= 0.95


KORNALIJN = (
    "1259560/amendement-15117836-k-a-hvdh-amendement-een-deel-middenhuur-in-woonprogramma-"
    "kornalijn.pdf"
)


def test_extract_json_of_a_real_stamped_amendment(denhaag):
    """The interface scripts read: `extract --json`, through click and as a subprocess."""
    from click.testing import CliRunner

    from raadsassistent.cli import main

    result = CliRunner().invoke(main, ["extract", str(DENHAAG / KORNALIJN), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    run = subprocess.run(
        [sys.executable, "-m", "raadsassistent", "extract", str(DENHAAG / KORNALIJN), "--json"],
        capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    assert json.loads(run.stdout) == data
    assert (data["doc_type"], data["title"], data["outcome"]) == (
        "amendement", "Een deel middenhuur in woonprogramma Kornalijn", "aangenomen",
    )  # fmt: skip
    assert data["references"] == ["RIS319905"]
    motion = data["motion"]
    assert (motion["code"], motion["title"], motion["concerns"]) == (
        "K.A", "Een deel middenhuur in woonprogramma Kornalijn", "RIS319905",
    )  # fmt: skip
    assert motion["submitters"][0] == {"name": "Arjen Dubbelaar", "party": "Hart voor Den Haag"}
    assert len(motion["dictum"]) >= 1 and motion["dictum"][0].startswith("Besluit")


def test_brief_json_of_a_real_stamped_amendment(denhaag):
    from click.testing import CliRunner

    from raadsassistent.cli import main

    result = CliRunner().invoke(main, ["brief", str(DENHAAG / KORNALIJN), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["title"], data["outcome"], data["motion"]["code"]) == (
        "Een deel middenhuur in woonprogramma Kornalijn", "aangenomen", "K.A",
    )  # fmt: skip
    assert [p["text"] for p in data["decision_points"]] == data["motion"]["dictum"]
    md = CliRunner().invoke(main, ["brief", str(DENHAAG / KORNALIJN), "--format", "md"]).output
    assert "- **Uitslag:** aangenomen" in md and "- **Agendacode:** K.A" in md
