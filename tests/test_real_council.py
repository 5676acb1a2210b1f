"""Outcomes, references and motion fields on the real Den Haag papers, measured against the RIS
labels and each meeting's besluitenlijst (read with pdftotext, independent of our code)."""

from __future__ import annotations

from pathlib import Path

import pytest

from raadsassistent.extract import extract_document
from raadsassistent.segment import segment_document
from raadsassistent.types import Submitter

from realdocs import (
    DENHAAG,
    files_of_type,
    has_pdftotext,
    motion_files,
    motion_score,
    outcome_score,
)

pytestmark = pytest.mark.skipif(not has_pdftotext(), reason="pdftotext (poppler) ontbreekt")


@pytest.fixture(scope="session")
def read_real():
    """Our StructuredDocument of a real PDF, extracted once per session."""
    cache: dict[Path, object] = {}

    def read(path: Path):
        if path not in cache:
            cache[path] = segment_document(extract_document(path))
        return cache[path]

    return read


def test_stamped_motion(denhaag, read_real):
    doc = read_real(
        DENHAAG / "1259560/motie-15117763-h-1-sp-motie-bewaar-een-plekje-voor-een-haags-icoon.pdf"
    )
    assert doc.outcome == "aangenomen"
    assert doc.references == ("RIS320293",)  # its own number RIS321221 is not a citation
    assert doc.motion.code == "H.1"
    assert doc.motion.submitters == (Submitter("Lesley Arp", "SP"),)
    assert doc.motion.concerns == "RIS320293"
    assert len(doc.motion.dictum) == 2


def test_submitted_motion_records_no_outcome(denhaag, read_real):
    doc = read_real(
        DENHAAG / "1259560/motie-15075442-h-1-sp-motie-bewaar-een-plekje-voor-een-haags-icoon.pdf"
    )
    assert doc.outcome is None
    assert doc.motion.code == "H.1"
    assert doc.motion.concerns == "RIS320293"


def test_amendment_with_uitslag_stemming(denhaag, read_real):
    doc = read_real(
        DENHAAG
        / "1259560/amendement-15117836-k-a-hvdh-amendement-een-deel-middenhuur-in-woonprogramma-kornalijn.pdf"
    )
    assert doc.doc_type == "amendement"
    assert doc.outcome == "aangenomen"
    assert doc.motion.code == "K.A"
    assert doc.motion.submitters == (Submitter("Arjen Dubbelaar", "Hart voor Den Haag"),)
    assert doc.motion.concerns == "RIS319905"


def test_held_motion_about_a_debate(denhaag, read_real):
    doc = read_real(
        DENHAAG
        / "1259560/motie-15118969-p-3-gl-motie-demonstreren-moet-laagdrempelig-zijn-aangehouden.pdf"
    )
    assert doc.outcome == "aangehouden"
    assert doc.motion.code == "P.3"
    assert doc.motion.concerns == "Blokkades A12"


def test_programme_debate_code(denhaag, read_real):
    doc = read_real(
        DENHAAG
        / "1259755/amendement-15801756-vvd-a-amendement-voer-aanbevelingen-rekenkamer-niet-ongemerkt-af.pdf"
    )
    assert doc.motion.code == "VVD.A"
    assert doc.outcome == "aangenomen"


@pytest.mark.slow
def test_motion_fields_on_every_real_motion_and_amendment(denhaag, read_real):
    scores = motion_score(motion_files(), read_real)
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
def test_recorded_outcome_on_every_real_proposal_motion_and_amendment(denhaag, read_real):
    score = outcome_score(files_of_type("raadsvoorstel", "motie", "amendement"), read_real)
    print(f"outcome: {score}")
    for failure in score.failures:
        print("   ", failure)
    assert score.total >= 280
    assert score.share >= 0.95
