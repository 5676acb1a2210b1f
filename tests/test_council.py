"""council: what a motion, amendment or proposal records about itself (generated fixtures)."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from raadsassistent import council
from raadsassistent.extract import extract_document
from raadsassistent.segment import segment_document
from raadsassistent.types import OUTCOMES, Submitter

from pdfs import council_motion_pdf


def read(path):
    return segment_document(extract_document(path))


def test_submitted_motion_records_no_outcome_but_its_code_submitter_and_proposal(tmp_path):
    doc = read(council_motion_pdf(tmp_path / "motie-1-h-1-sp-motie.pdf"))
    assert doc.doc_type == "motie"
    assert doc.outcome is None
    assert doc.references == ("RIS320293",)
    motion = doc.motion
    assert motion is not None
    assert motion.code == "H.1"
    assert motion.submitters == (Submitter("Lesley Arp", "SP"),)
    assert motion.concerns == "RIS320293"
    assert motion.dictum == (
        "een verwijzing naar de kiosk in de buitenruimte te plaatsen",
        "de raad hierover voor de zomer te informeren.",
    )
    assert motion.title == doc.title


def test_stamped_motion_records_aldus_outcome_and_leaves_its_own_number_out(tmp_path):
    doc = read(council_motion_pdf(tmp_path / "m.pdf", stamp="verworpen", own_number="321223"))
    assert doc.outcome == "verworpen"
    assert doc.references == ("RIS320293",)
    assert council.own_number(council.document_text(doc)) == "RIS321223"


def test_stamp_word_alone_records_the_outcome(tmp_path):
    doc = read(council_motion_pdf(tmp_path / "m.pdf", stamp="aangehouden", aldus=False))
    assert doc.outcome == "aangehouden"


def test_uitslag_stemming_amendment_with_parenthesised_submitters(tmp_path):
    doc = read(
        council_motion_pdf(
            tmp_path / "a.pdf",
            kind="Amendement",
            code="K.A HvDH",
            stamp="aangenomen",
            uitslag_label=True,
            aldus=False,
            own_number="321232",
            indiener="Arjen Dubbelaar (Hart voor Den Haag), Rutger de Ridder (Haagse VVD)",
            subject="het voorstel van het college inzake Nota van Uitgangspunten (RIS 319905),",
        )
    )
    assert doc.doc_type == "amendement"
    assert doc.outcome == "aangenomen"
    assert doc.references == ("RIS319905",)
    assert doc.motion is not None
    assert doc.motion.code == "K.A"
    assert doc.motion.concerns == "RIS319905"
    assert doc.motion.submitters == (
        Submitter("Arjen Dubbelaar", "Hart voor Den Haag"),
        Submitter("Rutger de Ridder", "Haagse VVD"),
    )


def test_withdrawn_heading_is_the_outcome(tmp_path):
    doc = read(council_motion_pdf(tmp_path / "m.pdf", status_heading="INGETROKKEN"))
    assert doc.outcome == "ingetrokken"


def test_motion_vreemd_aan_de_orde_concerns_nothing(tmp_path):
    doc = read(council_motion_pdf(tmp_path / "m.pdf", subject=None))
    assert doc.motion is not None
    assert doc.motion.concerns is None
    assert doc.references == ()


def test_debate_without_number_concerns_its_subject(tmp_path):
    doc = read(council_motion_pdf(tmp_path / "m.pdf", subject="Blokkades A12."))
    assert doc.motion is not None
    assert doc.motion.concerns == "Blokkades A12"


def test_code_falls_back_to_the_file_name(tmp_path):
    doc = read(council_motion_pdf(tmp_path / "motie-15079790-s-1-hsp-motie-x.pdf", code=""))
    assert doc.motion is not None
    assert doc.motion.code == "S.1"
    assert council.agenda_code("Motie: x", "motie-15079790-s-1-hsp-motie-x.pdf") == (
        "S.1",
        "file name",
    )


def test_motion_serialises_to_the_json_shape(tmp_path):
    doc = read(council_motion_pdf(tmp_path / "m.pdf"))
    data = json.loads(json.dumps(asdict(doc.motion)))
    assert set(data) == {"code", "title", "submitters", "concerns", "dictum"}
    assert data["submitters"] == [{"name": "Lesley Arp", "party": "SP"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uitslag stemming: aangenomen", "aangenomen"),
        ("Uitslag stemming:\nverworpen", "verworpen"),
        ("Aldus besloten in de openbare raadsvergadering van 23 januari 2025.", "aangenomen"),
        (
            "Aldus geamendeerd besloten in de openbare raadsvergadering van 9 juli 2025.",
            "aangenomen",
        ),
        ("Aldus verworpen in de openbare raadsvergadering van 13 februari 2025", "verworpen"),
        ("Aldus ingetrokken in de openbare raadsvergadering van 23 januari 2025", "ingetrokken"),
        ("H.1 SP\nstemmen staken\nMotie: x", "stemmen staken"),
        ("INGETROKKEN\nMotie: x", "ingetrokken"),
        # a real Den Haag stamp (1259652, amendment G.C)
        (
            "G.C VVD Uitslag stemming: Niet in stemming gebracht ivm\nRIS-nummer: 321850",
            "niet in stemming",
        ),
        # a template or a sentence that uses the word records nothing
        ("Aldus besloten in de openbare vergadering van [datum].", None),
        ("Aldus vastgesteld in de openbare raadsvergadering van …", None),
        ("Motie: x\nDe motie is vorig jaar aangenomen en het college voert haar uit.", None),
        ("Uitslag stemming:\nRIS-nummer:\nMotie: x", None),
    ],
)
def test_recorded_outcome_shapes(text, expected):
    assert council.recorded_outcome(text) == expected
    assert expected is None or expected in OUTCOMES


def test_references_are_normalised_deduplicated_and_in_order():
    text = (
        "Zie RIS 320288 en raadsvoorstel RV-2026-044; eerder RIS320288, RIB-2025-087 en "
        "ECLI:NL:RBDHA:2023:15385, zie ook RIS321221."
    )
    assert council.references(text) == ("RIS320288", "RV-2026-044", "RIB-2025-087", "RIS321221")
    assert council.references(text, own="RIS321221") == ("RIS320288", "RV-2026-044", "RIB-2025-087")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Indiener: Lesley Arp, SP", (Submitter("Lesley Arp", "SP"),)),
        (
            "Indiener: Rita Verdonk, Hart voor Den Haag,",
            (Submitter("Rita Verdonk", "Hart voor Den Haag"),),
        ),
        ("Indiener: Minke Hofstra ( Haagse VVD)", (Submitter("Minke Hofstra", "Haagse VVD"),)),
        ("Indieners: Samir Ahraui (PvdA)", (Submitter("Samir Ahraui", "PvdA"),)),
        (
            "Indiener:Coen Bom(Hart voor Den Haag)\nDe raad van",
            (Submitter("Coen Bom", "Hart voor Den Haag"),),
        ),
        ("Indiener: Jan Jansen", (Submitter("Jan Jansen"),)),
        ("Geen indiener genoemd.", ()),
    ],
)
def test_submitter_shapes(line, expected):
    assert council.submitters(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "in vergadering bijeen, ter bespreking van Spelen in de stad (RIS318516) constaterende, dat:",
            "RIS318516",
        ),
        (
            "bijeen op 8 mei, ter bespreking van het Voorstel inzake Visie (RIS 321791), Besluit om",
            "RIS321791",
        ),
        (
            "bijeen,als afronding van het Themadebat Taalaanpak.\nConstaterende dat,",
            "Themadebat Taalaanpak",
        ),
        (
            "bijeen,ter bespreking van agendapunt M: Voorstel van het college inzake de Pier\nConstaterende dat,",
            "Voorstel van het college inzake de Pier",
        ),
        (
            "bijeen, ter afronding van de bespreking over de commissiebrief erfpacht (RIS 321116).",
            "RIS321116",
        ),
        (
            "De raad, bijeen, gehoord de beraadslaging, vreemd aan de orde van de dag, verzoekt",
            None,
        ),
    ],
)
def test_concerned_proposal_shapes(text, expected):
    assert council.concerned_proposal(text) == expected


def test_raadsvoorstel_gets_outcome_and_references_but_no_motion(tmp_path):
    from pdfs import build_pdf

    path = tmp_path / "raadsvoorstel.pdf"
    build_pdf(
        path,
        [
            ("heading", "Raadsvoorstel Herinrichting Stationsgebied", 0),
            (
                "paragraph",
                "Dit voorstel volgt op RV-2026-041 en de raadsinformatiebrief RIS 320288.",
            ),
            ("paragraph", "De raad besluit: I. het krediet beschikbaar te stellen."),
            ("paragraph", "Aldus besloten in de openbare raadsvergadering van 12 maart 2026."),
        ],
    )
    doc = read(path)
    assert doc.doc_type == "raadsvoorstel"
    assert doc.outcome == "aangenomen"
    assert doc.references == ("RV-2026-041", "RIS320288")
    assert doc.motion is None


def test_our_own_motion_and_amendment_samples(segmented_samples):
    """Lindewaarde's shapes: "Motie M9.2", "Indieners CDA, ChristenUnie, VVD" (fracties), a
    proposal numbered by year on the agenda line."""
    motie = segmented_samples["M9.2 Motie Veilige fietsroute Spoorlaan.pdf"]
    assert motie.motion is not None
    assert motie.motion.code == "M9.2"
    assert [s.party for s in motie.motion.submitters] == ["CDA", "ChristenUnie", "VVD"]
    assert motie.motion.concerns == "2026-041"
    assert len(motie.motion.dictum) == 3
    assert motie.outcome is None
    amendement = segmented_samples["A9.1 Amendement Meer groen op het Stationsplein.pdf"]
    assert amendement.motion is not None
    assert amendement.motion.code == "A9.1"
    assert amendement.motion.concerns == "2026-041"
    assert [s.party for s in amendement.motion.submitters] == ["D66", "GroenLinks-PvdA"]


def test_our_own_proposals_leave_their_own_number_out(segmented_samples):
    voorstel = segmented_samples["2026-041 Raadsvoorstel Herinrichting Stationsgebied.pdf"]
    assert voorstel.references == ()  # "Registratienummer 2026-041" is its own
    assert voorstel.outcome is None  # a proposal, not yet decided
    assert voorstel.motion is None
    bijlage = segmented_samples["2026-041 Bijlage 1 Technische onderbouwing Stationsgebied.pdf"]
    assert bijlage.references == ("2026-041",)
    verordening = segmented_samples[
        "2026-045 Verordening fietsparkeren Stationsgebied Lindewaarde 2026.pdf"
    ]
    assert verordening.outcome == "aangenomen"  # "Aldus vastgesteld ... van <datum>"
