"""Tests for raadsassistent.summarise: faithful, page-cited, short briefings."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raadsassistent.amounts import group_amounts
from raadsassistent.decisions import ELISION, decision_points_from_text
from raadsassistent.nlp import normalise_ws
from raadsassistent.summarise import (
    CUT_MARK,
    LONG_DOC_PAGES,
    MAX_SHARE,
    briefing_word_count,
    lexrank,
    reading_minutes,
    summarise_document,
)
from raadsassistent.types import Passage, Section, StructuredDocument

from helpers import gold_documents

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "samples" / "gold.json"
MOTIES = REPO.parent / "shared" / "corpus" / "moties" / "moties.jsonl"

BOX = (50.0, 50.0, 500.0, 80.0)


def make_doc(
    sections: list[tuple[str, list[str | tuple[str, int] | tuple[str, int, str | None]], int]],
    *,
    doc_type: str = "raadsvoorstel",
    title: str = "Raadsvoorstel",
    pages: int | None = None,
    date: str | None = "2026-03-24",
    municipality: str | None = "Lindewaarde",
) -> StructuredDocument:
    """Sections of (heading, passages, page); a passage is text, (text, page) or
    (text, page, label). Headings starting with two spaces become level-3 children."""
    built: list[Section] = []
    parent_id: str | None = None
    for i, (heading, passages, page) in enumerate(sections):
        sid = f"s{i}"
        level = 2
        parent = None
        if heading.startswith("  "):
            level, parent = 3, parent_id
            heading = heading.strip()
        else:
            parent_id = sid
        items = []
        for n, raw in enumerate(passages, start=1):
            text, p_page, label = raw, page, None
            if isinstance(raw, tuple):
                text, p_page = raw[0], raw[1]
                label = raw[2] if len(raw) > 2 else None
            probability = None if label is None else (0.9 if label == "framework" else 0.1)
            items.append(
                Passage(
                    id=f"{sid}.{n}",
                    text=text,
                    page=p_page,
                    page_end=p_page,
                    bbox=BOX,
                    kind="list" if "\n" in text else "paragraph",
                    label=label,
                    framework_probability=probability,
                )
            )
        built.append(
            Section(
                id=sid,
                heading=heading,
                number=None,
                level=level,
                page=page,
                bbox=BOX,
                passages=tuple(items),
                parent=parent,
            )
        )
    last_page = max([p.page for s in built for p in s.passages] + [s.page for s in built] + [1])
    return StructuredDocument(
        path=f"/tmp/{title}.pdf",
        sha256="0" * 64,
        title=title,
        doc_type=doc_type,
        date=date,
        municipality=municipality,
        page_count=pages or last_page,
        sections=tuple(built),
        tables=(),
        page_status=tuple("ok" for _ in range(pages or last_page)),
    )


def source_text(doc: StructuredDocument) -> str:
    """Every heading, passage and table of ``doc``, whitespace-normalised, as one string."""
    parts = []
    for section in doc.sections:
        parts += [section.heading, *(p.text for p in section.passages)]
    parts += [t.text for t in doc.tables]
    return normalise_ws("\n".join(parts))


def quoted_from(text: str, source: str) -> bool:
    """Whether ``text`` is a quote of ``source``: verbatim, or verbatim pieces in order where
    an ellipsis marks left-out letterhead or page numbers, or the cut end of a decision point
    the Markdown shows in part."""
    position = 0
    for piece in text.removesuffix(CUT_MARK).split(ELISION):
        found = source.find(piece, position)
        if found < 0:
            return False
        position = found + len(piece)
    return True


def in_source(text: str, doc: StructuredDocument) -> bool:
    """Whether ``text`` occurs verbatim (whitespace-normalised) in a single passage."""
    needle = normalise_ws(text)
    return any(needle in normalise_ws(p.text) for p in doc.passages)


KC_SECTIONS = [
    (
        "Krediet nieuwbouw Kindcentrum De Vlonder",
        ["Voorstelnummer 2026-039 Datum 24 maart 2026 Raadsvergadering 16 april 2026"],
        1,
    ),
    (
        "Gevraagd besluit",
        [
            "Wij stellen u voor te besluiten:\n"
            "1. een krediet van € 9.715.000 beschikbaar te stellen voor de nieuwbouw van "
            "Kindcentrum De Vlonder;\n"
            "2. de jaarlijkse kapitaallasten van € 318.400 vanaf 2028 te dekken uit de "
            "algemene middelen;\n"
            "3. de begrotingswijziging 2026-05 vast te stellen."
        ],
        1,
    ),
    (
        "Aanleiding",
        [
            "Basisschool De Vlonder en kinderdagverblijf Het Kikkerhuis zitten in twee gebouwen "
            "uit 1968 en 1974. Beide gebouwen zijn technisch en functioneel verouderd. Het "
            "binnenklimaat is slecht en de ventilatie voldoet niet aan de eisen."
        ],
        1,
    ),
    (
        "Wat willen we bereiken?",
        [
            "Wij willen dat kinderen in Oosterveld in een gezond, veilig en duurzaam gebouw "
            "kunnen leren, spelen en opgroeien. Het kindcentrum biedt onderwijs en opvang "
            "onder één dak."
        ],
        2,
    ),
    (
        "Wat zijn de risico's?",
        [
            "De bouwmarkt is nog altijd onrustig. Valt de aanbesteding hoger uit dan het "
            "krediet, dan komen wij met een aanvullend voorstel naar uw raad."
        ],
        2,
    ),
    (
        "Hoe betrekken we inwoners?",
        [
            "Omwonenden zijn bij het ontwerp betrokken via twee inloopavonden en een "
            "klankbordgroep. De bouw start uiterlijk 1 juli 2026."
        ],
        3,
    ),
]


def all_cited(briefing) -> list:
    return [*briefing.summary, *briefing.risks, *briefing.participation]


# --------------------------------------------------------------------------------------------
# Hand-built documents
# --------------------------------------------------------------------------------------------


def test_raadsvoorstel_briefing_is_verbatim_and_cited():
    doc = make_doc(KC_SECTIONS, title="Raadsvoorstel")
    b = summarise_document(doc)
    assert [c.text for c in b.decision_points] == [
        "een krediet van € 9.715.000 beschikbaar te stellen voor de nieuwbouw van "
        "Kindcentrum De Vlonder",
        "de jaarlijkse kapitaallasten van € 318.400 vanaf 2028 te dekken uit de algemene middelen",
        "de begrotingswijziging 2026-05 vast te stellen.",
    ]
    assert all(c.page == 1 for c in b.decision_points)
    assert not b.asks_nothing
    assert b.summary and b.summary_source == "extractief"
    for c in all_cited(b):
        assert in_source(c.text, doc), c.text
        assert 1 <= c.page <= doc.page_count
    # decision points are not repeated in the Kern
    assert not any("9.715.000 beschikbaar" in c.text for c in b.summary)
    assert [c.text for c in b.risks][0] == "De bouwmarkt is nog altijd onrustig."
    # 3 pages of 178 words: the 150-word Markdown cap of issue 12 leaves participation out
    assert b.participation == () and b.more_participation == 1
    assert {a.value_eur for a in b.amounts} == {9_715_000, 318_400}
    deadline = [d for d in b.dates if d.kind == "deadline"]
    assert deadline and deadline[0].date == "2026-07-01" and deadline[0].page == 3
    assert b.title == "Raadsvoorstel: Krediet nieuwbouw Kindcentrum De Vlonder"


def test_summary_keeps_source_order():
    doc = make_doc(KC_SECTIONS)
    b = summarise_document(doc)
    text = source_text(doc)
    positions = [text.index(c.text) for c in b.summary]
    assert positions == sorted(positions)


def test_raadsinformatiebrief_asks_nothing():
    doc = make_doc(
        [
            ("Aanleiding", ["Met deze brief informeren wij u over de voortgang van de aanpak."], 1),
            ("Vervolg", ["Wij informeren u uiterlijk in oktober 2026 over de aanbesteding."], 1),
        ],
        doc_type="raadsinformatiebrief",
        title="Raadsinformatiebrief",
    )
    b = summarise_document(doc)
    assert b.asks_nothing and b.decision_points == ()
    assert b.participation == () and b.risks == ()


MOTION_TEXT = """De raad van de gemeente Lindewaarde, in vergadering bijeen op 16 april 2026,
constaterende dat:
- het busstation naar de Spoorlaan verhuist en het aantal busbewegingen daardoor verdubbelt;
- de Spoorlaan de belangrijkste fietsroute is voor scholieren van twee scholen;
overwegende dat:
- scholieren en bussen elkaar op een smalle weg niet horen te ontmoeten;
- de kosten van een vrijliggend fietspad naar schatting € 480.000 bedragen;
verzoekt het college:
1. een vrijliggend fietspad op de Spoorlaan op te nemen in het ontwerp van fase 1;
2. de raad voor 1 oktober 2026 te informeren over het ontwerp, de kosten en de dekking;
en gaat over tot de orde van de dag."""


def test_motion_dictum_is_asked():
    doc = make_doc([("Veilige fietsroute Spoorlaan", [MOTION_TEXT], 1)], doc_type="motie",
                   title="Motie M9.2")  # fmt: skip
    b = summarise_document(doc)
    assert [c.text for c in b.decision_points] == [
        "een vrijliggend fietspad op de Spoorlaan op te nemen in het ontwerp van fase 1",
        "de raad voor 1 oktober 2026 te informeren over het ontwerp, de kosten en de dekking",
    ]
    assert b.title == "Motie M9.2: Veilige fietsroute Spoorlaan"
    kern = " ".join(c.text for c in b.summary)
    assert "scholieren" in kern
    assert "gaat over tot de orde" not in kern and "in vergadering bijeen" not in kern
    for c in all_cited(b):
        assert in_source(c.text, doc)


def test_own_samenvatting_is_the_kern():
    doc = make_doc(
        [
            (
                "Samenvatting",
                [
                    "Het college stelt voor het stationsgebied in twee fasen opnieuw in te "
                    "richten. De eerste fase kost € 2.450.000 en begint in 2027."
                ],
                1,
            ),
            ("Aanleiding", [LOREM_PARAGRAPH], 2),
            ("Argumenten", [LOREM_PARAGRAPH.replace("gemeente", "stad")], 3),
        ]
    )
    b = summarise_document(doc)
    assert b.summary_source == "samenvatting"
    assert [c.page for c in b.summary] == [1, 1]
    assert b.summary[0].text.startswith("Het college stelt voor het stationsgebied")


def test_detail_sections_are_skipped_with_page_range():
    framework = "De gemeente wil met dit plan meer woningen bouwen voor starters en ouderen."
    detail = (
        "Uit het akoestisch onderzoek blijkt dat de voorkeursgrenswaarde niet wordt overschreden."
    )
    doc = make_doc(
        [
            ("Inleiding", [(framework, 1, "framework")], 1),
            ("Omgevingsaspecten", [], 2),
            (
                "  Geluid",
                [(detail, 2, "detail"), (detail.replace("akoestisch", "nader"), 3, "detail")],
                2,
            ),  # fmt: skip
            ("  Bodem", [(detail.replace("akoestisch", "bodem"), 4, "detail")], 4),
            ("Uitvoerbaarheid", [(framework.replace("starters", "jongeren"), 5, "framework")], 5),
        ]
    )
    b = summarise_document(doc)
    assert [(s.heading, s.pages) for s in b.skipped_sections] == [("Omgevingsaspecten", (2, 4))]
    assert all("onderzoek" not in c.text for c in b.summary)
    assert b.framework_share is not None and 0 < b.framework_share < 1


def test_without_labels_detail_is_judged_on_headings():
    soil = (
        "Het verkennend bodemonderzoek toont geen verontreinigingen boven de interventiewaarde "
        "aan. Er zijn zes boringen gezet en twee peilbuizen geplaatst om het grondwater te "
        "bemonsteren. Het grondwater is niet verontreinigd."
    )
    doc = make_doc(
        [
            ("Inleiding", [LOREM_PARAGRAPH], 1),
            ("Bodem", [soil], 2),
        ]
    )
    b = summarise_document(doc)
    assert [s.heading for s in b.skipped_sections] == ["Bodem"]
    assert any("geen kader/detail-model" in n for n in b.notes)


WORDS = (
    "de gemeente raad college wil plan woningen bouwen starters ouderen wijk centrum groen "
    "water verkeer fiets school zorg budget kosten jaar nieuwe oude straat plein park "
    "bewoners ondernemers ontwikkeling beleid visie doel effect kwaliteit veilig duurzaam "
    "energie warmte openbare ruimte sport cultuur onderwijs jeugd armoede werk economie"
).split()
LOREM_PARAGRAPH = (
    "De gemeente wil de wijk groener en veiliger maken voor bewoners en ondernemers. Het "
    "college werkt daarvoor samen met scholen, zorgpartijen en woningcorporaties in de stad. "
    "De eerste resultaten worden in het voorjaar van 2027 verwacht en met de raad gedeeld."
)


def long_document(pages: int = 12, seed: int = 1) -> StructuredDocument:
    rng = random.Random(seed)

    def sentence() -> str:
        words = [rng.choice(WORDS) for _ in range(rng.randint(9, 22))]
        return words[0].capitalize() + " " + " ".join(words[1:]) + "."

    sections = [
        (
            "Beslispunten",
            [
                "De raad besluit:\n1. het plan Centrum 2030 vast te stellen;\n"
                "2. een krediet van € 1.250.000 beschikbaar te stellen."
            ],
            1,
        ),  # fmt: skip
    ]
    for page in range(1, pages + 1):
        for k in range(2):
            paragraphs = [" ".join(sentence() for _ in range(6)) for _ in range(3)]
            sections.append((f"Hoofdstuk {page}.{k}", paragraphs, page))
    return make_doc(sections, pages=pages)


def test_long_document_stays_within_budget():
    doc = long_document()
    assert doc.page_count > LONG_DOC_PAGES
    b = summarise_document(doc)
    assert b.summary
    assert b.briefing_words == briefing_word_count(b)
    assert b.briefing_words <= MAX_SHARE * doc.word_count
    assert b.source_words == doc.word_count
    assert b.reading_minutes_source == reading_minutes(doc.word_count) >= 10
    assert b.reading_minutes_briefing < b.reading_minutes_source
    for c in all_cited(b):
        assert in_source(c.text, doc)


def test_summarise_uses_labels_probability():
    high = (
        "Het college wil de binnenstad autoluw maken zodat voetgangers en fietsers ruimte krijgen."
    )
    low = "Het college heeft de verkeerstellingen van de Marktstraat in tabel 4 samengevat."
    doc = make_doc([("Voorstel aan de raad", [], 1),
                    ("Argumenten", [(high, 1, "framework"), (low, 1, "detail")], 1)])  # fmt: skip
    b = summarise_document(doc)
    assert [c.text for c in b.summary] == [high]


def test_lexrank_prefers_central_sentence():
    import numpy as np

    sim = np.array([[1, 0.5, 0.5], [0.5, 1, 0.0], [0.5, 0.0, 1]])
    scores = lexrank(sim)
    assert scores.argmax() == 0 and scores.max() == pytest.approx(1.0)


def test_empty_document():
    doc = make_doc([("Raadsvoorstel", [], 1)])
    b = summarise_document(doc)
    assert b.summary == () and b.briefing_words == 0 and b.reading_minutes_briefing == 0


# --------------------------------------------------------------------------------------------
# Property: never crash, never invent
# --------------------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyz     ABCDEFé€.,;:-–•()'\"\n0123456789")
    + [
        "€ 1.250.000",
        " 1 juli 2027 ",
        " verzoekt het college ",
        " risico ",
        " inwoners ",
        "Samenvatting",
        "\n1. ",
        "\n- ",
        " en gaat over tot de orde van de dag. ",
        "(cid:127)",
        "<script>alert(1)</script>",
        "Q3 2027",
        " uiterlijk ",
    ]  # fmt: skip
)
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)
_HEADINGS = st.sampled_from(
    [
        "",
        "Samenvatting",
        "Beslispunten",
        "Inleiding",
        "Risico's",
        "Participatie",
        "Bodem",
        "Argumenten",
        "Financiën",
        "Bijlage 1",
        "Besluit:",
    ]  # fmt: skip
)


@st.composite
def random_documents(draw) -> StructuredDocument:
    n_sections = draw(st.integers(0, 5))
    sections = []
    for _ in range(n_sections):
        heading = draw(_HEADINGS)
        passages = []
        for _ in range(draw(st.integers(0, 3))):
            text = draw(_TEXT)
            page = draw(st.integers(1, 9))
            label = draw(st.sampled_from([None, "framework", "detail"]))
            passages.append((text, page, label))
        indent = "  " if sections and draw(st.booleans()) else ""
        sections.append((indent + heading, passages, draw(st.integers(1, 9))))
    doc_type = draw(st.sampled_from(["raadsvoorstel", "motie", "raadsinformatiebrief",
                                     "amendement", "bijlage"]))  # fmt: skip
    return make_doc(sections, doc_type=doc_type, pages=draw(st.integers(1, 12)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_documents())
def test_random_documents_never_crash_and_never_invent(doc):
    b = summarise_document(doc)
    for c in [*all_cited(b), *b.decision_points, *(b.shown_points or ())]:
        assert c.text == normalise_ws(c.text)
        assert quoted_from(c.text, source_text(doc))
    for c in all_cited(b):
        assert in_source(c.text, doc)
    assert b.briefing_words == briefing_word_count(b)
    if doc.page_count > LONG_DOC_PAGES:
        fixed = sum(len(c.text.split()) for c in (*b.summary, *b.risks, *b.participation))
        assert fixed <= max(0, MAX_SHARE * doc.word_count)


# --------------------------------------------------------------------------------------------
# The national motions (../shared) and the sample gold set (samples/gold.json)
# --------------------------------------------------------------------------------------------


def motion_document(text: str) -> StructuredDocument:
    return make_doc([("", [text], 1)], doc_type="motie", title="Motie", municipality=None)


def test_national_motions_dictum_and_substrings():
    if not MOTIES.exists():
        pytest.skip("../shared/corpus/moties ontbreekt")
    records = [json.loads(line) for line in MOTIES.read_text(encoding="utf-8").splitlines()]
    for record in records[:60]:
        text = record["originele_tekst"]
        doc = motion_document(text)
        b = summarise_document(doc)
        assert [c.text for c in b.decision_points] == decision_points_from_text(text)
        for c in [*all_cited(b), *b.decision_points]:
            assert c.text in normalise_ws(text)


def _gold_entries() -> list[tuple[Path, dict]]:
    return [(GOLD.parent / entry["file"], entry) for entry in gold_documents()]


@pytest.fixture(scope="module")
def gold_briefings():
    from raadsassistent.pipeline import read_document

    out = []
    for pdf, entry in _gold_entries():
        doc = read_document(pdf)
        out.append((pdf, entry, doc, summarise_document(doc)))
    return out


def _strip_point(text: str) -> str:
    return normalise_ws(text).rstrip(" ;,.").lower()


def _gold_points(entry: dict) -> list[tuple[str, int | None]]:
    points = entry.get("decision_points") or []
    out = []
    for p in points:
        if isinstance(p, dict):
            out.append((p.get("text", ""), p.get("page")))
        else:
            out.append((str(p), None))
    return out


def test_gold_decision_points_found_verbatim_on_their_page(gold_briefings):
    missing = []
    for pdf, entry, _doc, b in gold_briefings:
        found = [(_strip_point(c.text), c.page) for c in b.decision_points]
        for text, page in _gold_points(entry):
            ok = any(t == _strip_point(text) and (page is None or p == page) for t, p in found)
            if not ok:
                missing.append(f"{pdf.name} p.{page}: {text}")
    assert not missing, "\n".join(missing)


def test_gold_briefings_never_invent(gold_briefings):
    for _pdf, _entry, doc, b in gold_briefings:
        for c in [*all_cited(b), *b.decision_points, *(b.shown_points or ())]:
            assert quoted_from(c.text, source_text(doc)), c.text
        for c in all_cited(b):
            assert in_source(c.text, doc), c.text


def test_gold_long_documents_within_budget(gold_briefings):
    for pdf, _entry, doc, b in gold_briefings:
        if doc.page_count > LONG_DOC_PAGES:
            assert b.briefing_words <= MAX_SHARE * doc.word_count, pdf.name


def test_gold_raadsinformatiebrief_and_motion(gold_briefings):
    types = {doc.doc_type for _p, _e, doc, _b in gold_briefings}
    for _pdf, _entry, doc, b in gold_briefings:
        if doc.doc_type == "raadsinformatiebrief":
            assert b.asks_nothing and not b.decision_points
        if doc.doc_type == "motie":
            assert b.decision_points
            assert all("orde van de dag" not in c.text for c in b.decision_points)
    if not types & {"raadsinformatiebrief", "motie"}:
        pytest.skip("geen raadsinformatiebrief of motie in de samples")


def test_kern_skips_opening_boilerplate_and_prefers_goals():
    text = (
        "In een wereld die snel verandert, moeten ook gemeenten met hun tijd meegaan en "
        "vooruitkijken. Het doel is dat in 2030 de helft van de daken zonnepanelen heeft, zodat "
        "de wijk minder energie verbruikt. De school heeft drie lokalen en een gymzaal die in de "
        "jaren zeventig zijn gebouwd."
    )
    b = summarise_document(make_doc([("Aanleiding", [text], 1)], pages=1))
    texts = [c.text for c in b.summary]
    assert not any(t.startswith("In een wereld") for t in texts)
    assert texts[0].startswith("Het doel is")


def test_amounts_ranked_labelled_and_all_kept():
    rows = " ".join(f"Post {i} kost € {i}.000 aan materiaal." for i in range(1, 15))
    doc = make_doc(
        [
            ("Beslispunten", ["een krediet van € 2.450.000 beschikbaar te stellen"], 1),
            ("Financiën", ["De jaarlijkse kapitaallasten van € 120.000 vanaf 2028 dekken wij uit de "
                           "algemene middelen. Er is een risico op een tekort van € 300.000. "
                           + rows], 2),
        ],
        pages=3,
    )  # fmt: skip
    b = summarise_document(doc)
    shown = [a.text for a, _pages in group_amounts(b.amounts)]
    # decision point, then structural effects, then the risk; the small rows never come first
    assert len(shown) >= 2 and shown == ["€ 2.450.000", "€ 120.000", "€ 300.000"][: len(shown)]
    assert len(shown) <= 8 and len(b.all_amounts) == 17
    assert all(a.label for a in b.amounts)


def test_tfidf_equals_scikit_learn(segmented_samples):
    """The briefing's own TF-IDF (no scikit-learn import at start-up) gives scikit-learn's
    ``TfidfVectorizer(sublinear_tf=True)`` rows, on every sentence of the samples."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from raadsassistent.summarise import _tfidf

    texts = [p.text for doc in segmented_samples.values() for p in doc.passages]
    texts += ["a 1 2", "Één café, één CAFÉ en überhaupt"]
    ours = _tfidf(texts)
    theirs = TfidfVectorizer(token_pattern=r"(?u)\b\w\w+\b", sublinear_tf=True).fit_transform(texts)
    assert ours.shape == theirs.shape == (252, 2449)
    assert np.abs(ours.toarray() - theirs.toarray()).max() < 1e-12
    assert _tfidf(["a", "1 2"]) is None


# --- shortcuts that must answer as the slow way did -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Het DOEL is helder.",
        "Wij willen een doelmatige aanpak.",  # "doel" inside a word: the regex matches too
        "Dit voorstel gaat over geld.",
        "Geen van de woorden hier.",
        "Het R\u0130SICO is klein.",  # dotted capital I: re.IGNORECASE matches it to i
        "Het r\u0131sico is klein.",  # dotless i
        "De \u017ftreven",  # long s
        "\u212aEUZE",  # Kelvin sign as K
        "",
    ],
)
def test_framework_word_shortcut_answers_as_the_regex(text):
    from raadsassistent.summarise import _FRAMEWORK_WORD_RE, _has_framework_word

    assert _has_framework_word(text) == (_FRAMEWORK_WORD_RE.search(text) is not None)


@given(st.text(alphabet=st.sampled_from("doelriscoktvKSI\u0130\u0131\u017f\u212a ."), max_size=30))
def test_framework_word_shortcut_on_any_text(text):
    from raadsassistent.summarise import _FRAMEWORK_WORD_RE, _has_framework_word

    assert _has_framework_word(text) == (_FRAMEWORK_WORD_RE.search(text) is not None)


def _mmr_reference(units, scores, similarity, budget, max_sentences, lam):
    """Maximal marginal relevance as first written: redundancy recomputed every round."""
    import math

    chosen: list[int] = []
    left = set(range(len(units)))
    used = 0
    while left and len(chosen) < max_sentences:
        best, best_value = -1, -math.inf
        for i in left:
            if used + len(units[i].text.split()) > budget:
                continue
            redundancy = max((similarity[i, j] for j in chosen), default=0.0)
            value = lam * scores[i] - (1 - lam) * redundancy
            if value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        left.discard(best)
        if chosen and max(similarity[best, j] for j in chosen) > 0.8:
            continue
        chosen.append(best)
        used += len(units[best].text.split())
    return sorted(chosen)


def test_mmr_selection_is_unchanged():
    import numpy as np

    from raadsassistent.summarise import MMR_LAMBDA, _mmr_select, _similarity, _tfidf

    rng = random.Random(7)
    vocabulary = "raad college geld plan weg school groen water huis bus fiets park".split()
    for _ in range(30):
        texts = [" ".join(rng.choices(vocabulary, k=rng.randint(3, 12))) for _ in range(25)]
        units = [type("U", (), {"text": t})() for t in texts]
        scores = [rng.random() for _ in texts]
        similarity = _similarity(_tfidf(texts), len(texts))
        for budget, most in ((40, 3), (120, 8), (1000, 25)):
            assert _mmr_select(units, scores, similarity, budget, most) == _mmr_reference(
                units, scores, similarity, budget, most, MMR_LAMBDA
            )
    eye = np.eye(4)  # no vocabulary at all
    units = [type("U", (), {"text": "1 2"})() for _ in range(4)]
    assert _mmr_select(units, [0.1, 0.4, 0.3, 0.2], eye, 100, 3) == [1, 2, 3]
