"""Builders shared by the tests of amounts, dates, decisions and excerpts."""

from __future__ import annotations

from hypothesis import strategies as st

from raadsassistent.types import Passage, Section, StructuredDocument

# Texts for fuzzing the text-level parsers: random text, and the pieces they look for.
PIECES = st.sampled_from(
    [
        "€",
        "€ ",
        "EUR ",
        "euro",
        "k€",
        "-/-",
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ";",
        ":",
        "-",
        "/",
        "à",
        "miljoen",
        "mln.",
        "duizend",
        "k",
        "1",
        "2.450.000",
        "1,2",
        "2027",
        "15",
        "maart",
        "Q3",
        "uiterlijk",
        "vóór",
        "voor de zomer",
        "eind",
        "kwartaal",
        "verzoekt de regering",
        "spreekt uit",
        "en gaat over tot de orde van de dag",
        "constaterende dat",
        "besluit",
        "het college",
        "1.",
        "a)",
        "-",
        "•",
        "Toelichting",
        "De raad",
        "overwegende dat",
    ]
)
FACT_TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=60).map("".join),
)

BOX = (0.0, 0.0, 1.0, 1.0)


def build_doc(doc_type: str, sections: list[tuple[str, int, list[tuple[str, int]]]], **kw):
    """A structured document of (heading, page, [(passage text, page)]) sections."""
    built = []
    for i, (heading, page, passages) in enumerate(sections):
        sid = f"s{i}"
        built.append(
            Section(
                id=sid,
                heading=heading,
                number=None,
                level=1 if heading else 0,
                page=page,
                bbox=BOX,
                passages=tuple(
                    Passage(id=f"{sid}.{j}", text=t, page=p, page_end=p, bbox=BOX)
                    for j, (t, p) in enumerate(passages)
                ),
            )
        )
    return StructuredDocument(
        path="x.pdf",
        sha256="0",
        title="T",
        doc_type=doc_type,
        date=kw.get("date"),
        municipality=None,
        page_count=9,
        sections=tuple(built),
        tables=(),
        page_status=(),
    )


def rich_doc():
    """A proposal with decision points, money, dates, risks and participation."""
    return build_doc(
        "raadsvoorstel",
        [
            ("Beslispunten", 1, [("1. Het krediet van € 1,2 miljoen beschikbaar te stellen.", 1)]),
            (
                "Argumenten",
                2,
                [
                    (
                        "De bouw start in het derde kwartaal. Inwoners hebben we gesproken op een "
                        "bewonersavond op 12 mei. Het plan is helder.",
                        2,
                    )
                ],
            ),
            (
                "Risico's en kanttekeningen",
                3,
                [
                    ("De aanbesteding kan duurder uitvallen. Dat vangen we op.", 3),
                ],
            ),
            ("Financiën", 4, [("Er is een risico op een tekort van 2,5 mln in 2028.", 4)]),
            ("Participatie", 5, [("Er zijn 14 zienswijzen ingediend.", 5)]),
        ],
        date="2027-02-01",
    )
