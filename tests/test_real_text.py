"""Text fidelity: word boundaries on real council papers (Word 365 exports place words by
position) and on our own samples, measured against poppler's pdftotext with the measures of
tests/realdocs.py (glued words, word recall), for both text engines."""

from __future__ import annotations

import pytest

from raadsassistent.extract import ENGINES, extract_document

from realdocs import (
    DENHAAG,
    Fidelity,
    compare_engines,
    corpus_fidelity,
    fidelity,
    glued_words,
    has_pdftotext,
    raadsvoorstellen,
    words,
)

MAX_GLUED = 0.005  # glued words per word of our text
MIN_RECALL = 0.96  # share of pdftotext's words in ours (running headers and footers may go)
MIN_AGREEMENT = 0.99  # share of words the two engines' texts have in common

needs_pdftotext = pytest.mark.skipif(
    not has_pdftotext(), reason="pdftotext (poppler-utils) is niet geïnstalleerd"
)


def test_a_glued_word_is_consecutive_reference_words_written_together():
    reference = words(
        "toen zijn we gestart met jeugdhulpen en jeugdveiligheid in onze gemeente wordt"
    )
    ours = words(
        "toen zijn wegestart jeugdveiligheidin onze gemeentewordt jeugdhulpenen gestartmet"
    )
    assert glued_words(ours, reference) == [
        "wegestart",
        "jeugdveiligheidin",
        "gemeentewordt",
        "jeugdhulpenen",
        "gestartmet",
    ]
    # a word the reference also writes whole is no glued word; nor is a misread one
    assert glued_words(["gemeenteraad", "gemeenteraad"], ["gemeente", "raad", "gemeenteraad"]) == []
    assert glued_words(["gemeentewet"], ["gemeente", "raad"]) == []


def test_fidelity_counts_glued_words_and_recall_as_a_multiset():
    got = fidelity("Wegestart in de raad.", "We gestart in de raad, de raad!", "x.pdf")
    assert got == Fidelity(words=4, glued=1, reference=7, found=3, examples=("x.pdf: wegestart",))
    assert (got.glued_rate, got.recall) == (0.25, 3 / 7)
    assert (got + got).summary() == "8 words, glued 2 (25.00%), recall 0.4286 (6/14)"


@needs_pdftotext
@pytest.mark.parametrize("engine", [ENGINES[0], pytest.param(ENGINES[1], marks=pytest.mark.slow)])
def test_our_samples_keep_every_word_boundary(sample_pdfs, engine):
    total = corpus_fidelity(sample_pdfs, engine)
    # what pdftotext has and we do not are the running headers, footers and page numbers
    assert (total.words, total.glued, total.examples) == (18192, 0, ()), total.summary()
    assert total.recall >= MIN_RECALL, total.summary()


# The whole of a one-page raadsvoorstel (Word 365): on c44c22c pdfium read "Voorstelvan",
# "hetrechtspositiebesluit", "aantal(commissie)voorzittersis", "van8 mei 2025".
BENOEMING_LINES = [
    "Datum Registratienummer",
    "6 mei 2025 GRF320102",
    "RIS321747",
    "Voorstel van het presidium inzake benoeming plaatsvervangend (commissie)voorzitters",
    "Vanwege de aanpassing van het rechtspositiebesluit decentrale politieke ambtsdragers wordt",
    "overgegaan tot het benoemen door de raad van alle plaatsvervangend (commissie)voorzitters. Een",
    "aantal (commissie)voorzitters is reeds benoemd, thans wordt voorgesteld over te gaan tot de",
    "benoeming van de raadsleden uit de poule van plaatsvervangend voorzitters:",
    "- Isabel Bos (GroenLinks)",
    "- Ralf Sluijs (Hart voor Den Haag)",
    "Gezien het vorenstaande wordt voorgesteld het volgende besluit te nemen:",
    "De raad van de gemeente Den Haag,",
    "Gezien het voorstel van het presidium,",
    "Besluit:",
    "I. Bovengenoemde raadsleden te benoemen tot plaatsvervangend (commissie)voorzitters.",
    "Aldus besloten in de openbare raadsvergadering van 8 mei 2025.",
    "De griffier. De voorzitter.",
    "Gemeente Den Haag Postbus 12600 Telefoonnummer 14070",
    "Spui 70 2500 DJ Den Haag www.denhaag.nl",
    "Den Haag",
]


@pytest.mark.parametrize("engine", ENGINES)
def test_real_word365_page_reads_word_for_word(denhaag, engine):
    path = next(denhaag.glob("*/raadsvoorstel-15556814-*.pdf"))
    doc = extract_document(path, engine=engine)
    assert [line.text for line in doc.pages[0].lines] == BENOEMING_LINES
    assert doc.pages[0].lines[3].size == 9.5  # 9.48 pt


def test_real_word365_pages_keep_amounts_dates_and_hyphens(denhaag):
    """Gaps of a quarter em without a space character, and an export that shifts every letter
    a little (a twentieth of an em) while some word gaps are barely wider."""
    resultaat = extract_document(next(denhaag.glob("*/raadsvoorstel-15805895-*.pdf")))
    assert [line.text for line in resultaat.pages[0].lines[1:7]] == [
        "7 mei 2025 BSD/10878954",
        "RIS321976",
        "Voorstel van het college inzake Resultaatbestemming 2024",
        "Samenvatting",
        "In het raadsvoorstel Programmarekening 2024 is toegelicht dat over 2024 een voordelig "
        "resultaat is",
        "behaald van € 49,9 mln. en zijn de resultaten op de verschillende beleidsprogramma’s "
        "weergegeven en",
    ]
    zero = extract_document(next(denhaag.glob("*/raadsvoorstel-15173817-*.pdf")))
    assert [line.text for line in zero.pages[0].lines[8:10]] + [zero.pages[0].lines[34].text] == [
        "klimaat. Voor de uitbreiding van de zero-emissiezone is een verkeersbesluit nodig. "
        "Het college is",
        "daarvoor bevoegd gezag en is van plan in 2025 dit besluit te nemen. Het college heeft "
        "eerder toegezegd",
        "evenwichtige afweging is gemaakt tussen algemene klimaat-, milieu- en "
        "gezondheidsbelangen en",
    ]


@pytest.mark.slow
@needs_pdftotext
def test_every_raadsvoorstel_meets_the_word_targets_with_both_engines(denhaag):
    paths = raadsvoorstellen()
    assert len(paths) == 99 and all(p.is_relative_to(DENHAAG) for p in paths)
    result = compare_engines(paths)
    report = result.summary()
    print("\n" + report)
    for total in (result.fast, result.reference):
        assert total.glued_rate <= MAX_GLUED, report + "\n" + ", ".join(total.examples[:40])
        assert total.recall >= MIN_RECALL, report
    assert result.agreement >= MIN_AGREEMENT, report + "\n" + "\n".join(result.differing)
