"""Heading rules and the corpus and team loaders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from raadsassistent.errors import InputError
from raadsassistent.weaklabels import (
    clean_block,
    clean_heading,
    label_heading_path,
    load_corpus,
    load_team_passages,
    parse_markdown,
    split_number,
    unescape_markdown,
)

from helpers import SHARED

CORPUS = SHARED / "corpus" / "bestemmingsplannen"

F, D, N = "framework", "detail", None


@pytest.mark.parametrize(
    ("headings", "label"),
    [
        (["inleiding", "aanleiding en doel"], F),
        (["inleiding"], F),
        (["inleiding", "ligging plangebied"], N),
        (["inleiding", "leeswijzer"], N),
        (["inleiding", "vigerend bestemmingsplan"], N),
        (["planbeschrijving", "gewenste ontwikkeling"], F),
        (["planbeschrijving", "huidige situatie"], N),
        (["planbeschrijving", "verkeer en parkeren"], D),
        (["beleid", "rijksbeleid", "structuurvisie infrastructuur en ruimte"], F),
        (["beleidskader", "provinciaal beleid", "conclusie"], F),
        (["beleidskader", "gemeentelijk beleid", "woonvisie"], F),
        (["beleidskader", "rijksbeleid", "natura 2000"], N),  # sectoral policy: conflict
        (["omgevingsaspecten", "bodem"], D),
        (["omgevingsaspecten", "inleiding"], D),
        (["milieuaspecten", "externe veiligheid", "groepsrisico"], D),
        (["omgevingsaspecten", "water", "beleid"], N),  # policy inside research: conflict
        (["onderzoek", "archeologie", "conclusie"], D),
        (["toets aan wet- en regelgeving", "geluid"], D),
        (["juridische planbeschrijving", "bestemmingen"], D),
        (["toelichting op de regels"], D),
        (["uitvoerbaarheid", "economische uitvoerbaarheid"], N),
        (["uitvoerbaarheid", "maatschappelijke uitvoerbaarheid", "zienswijzen"], N),
        (["economische uitvoerbaarheid"], N),
        (["beleidskader en onderzoek", "bodem"], D),
        (["beleidskader en onderzoek", "provinciaal beleid"], F),
        (["beleidskader en onderzoek"], N),
        (["het plan", "beschrijving"], F),
        (["conclusie"], N),
        ([], N),
    ],
)
def test_label_heading_path(headings, label):
    assert label_heading_path(headings) == label


@pytest.mark.parametrize(
    ("raw", "clean", "number", "title"),
    [
        ("#### 1\\.1 Aanleiding en doel", "1.1 aanleiding en doel", (1, 1), "aanleiding en doel"),
        ("### Hoofdstuk 3 Beleid", "hoofdstuk 3 beleid", (3,), "beleid"),
        (
            '### <span id="page-3-0"></span>**3.2 Provinciaal beleid**',
            "3.2 provinciaal beleid",
            (3, 2),
            "provinciaal beleid",
        ),
        ("#### **2.PLANBESCHRIJVING 5**", "2.planbeschrijving 5", (2,), "planbeschrijving"),
        ("## *Conclusie*", "conclusie", None, "conclusie"),
    ],
)
def test_clean_heading_and_number(raw, clean, number, title):
    assert clean_heading(raw) == clean
    parts, _, found_title = split_number(clean)
    assert parts == number
    assert found_title == title


def test_unescape_markdown():
    assert unescape_markdown("1\\.1 juridisch\\-planologisch \\(zie\\)") == (
        "1.1 juridisch-planologisch (zie)"
    )


def test_clean_block_drops_tables_images_captions_and_short_text():
    prose = (
        "Het plan voorziet in de bouw van 30 woningen aan de rand van het dorp, "
        "passend bij de woonvisie\\."
    )
    assert clean_block(prose).endswith("woonvisie.")
    assert clean_block("| Plan: | De Tip |\n| --- | --- |") is None
    assert clean_block('![afbeelding "x.png"](x.png)') is None
    assert (
        clean_block(
            "*figuur 1\\.1 Ligging plangebied met een lange toelichting erbij over het gebied.*"
        )
        is None
    )
    assert clean_block("Te kort om te leren.") is None


MARKDOWN = """# Toelichting

### Hoofdstuk 1 Inleiding

#### 1\\.1 Aanleiding en doel

De gemeente wil hier dertig betaalbare woningen voor starters mogelijk maken: de vraag is groot.

#### 1\\.2 Ligging

Het plangebied ligt aan de westkant van het dorp, tussen de Dorpsstraat en de spoorlijn naar Zwolle.

### Hoofdstuk 4 Omgevingsaspecten

#### 4\\.1 Bodem

##### *Conclusie*

Uit het verkennend bodemonderzoek blijkt dat de bodem licht verontreinigd is met zink en lood.

| a | b |
"""


def test_parse_markdown_builds_heading_paths():
    parsed = parse_markdown(MARKDOWN)
    paths = [(path, text[:10]) for path, text in parsed]
    assert paths == [
        (("inleiding", "aanleiding en doel"), "De gemeent"),
        (("inleiding", "ligging"), "Het plange"),
        (("omgevingsaspecten", "bodem", "conclusie"), "Uit het ve"),
    ]


def test_load_corpus_on_a_tiny_folder(tmp_path):
    (tmp_path / "t_NL.IMRO.0999.BPtest-VG01.md").write_text(MARKDOWN, encoding="utf-8")
    passages = load_corpus(tmp_path)
    assert [(p.label, p.group) for p in passages] == [("framework", "0999"), ("detail", "0999")]
    assert "Hoofdstuk" not in passages[0].text and "\\" not in passages[0].text


def test_load_corpus_on_an_empty_folder_says_what_to_do(tmp_path):
    with pytest.raises(InputError) as info:
        load_corpus(tmp_path)
    assert str(info.value) == (
        f"Geen bestemmingsplannen (t_NL.IMRO.*.md) gevonden in {tmp_path}. Geef de map "
        "corpus/bestemmingsplannen op."
    )


def test_load_team_passages(tmp_path):
    lines = [
        {
            "id": "x-1",
            "text": "De raad stelt het kader vast.",
            "label": "framework",
            "municipality": "Lindewaarde",
            "doc_type": "raadsvoorstel",
            "section": "Besluit",
        },
        {
            "id": "x-2",
            "text": "De aannemer start in week 12.",
            "label": "detail",
            "municipality": "Zeevang",
            "doc_type": "raadsinformatiebrief",
            "section": "Planning",
        },
    ]
    (tmp_path / "raadsstukken_x.jsonl").write_text(
        "\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8"
    )
    passages = load_team_passages(tmp_path)
    assert [(p.label, p.group, p.doc_type) for p in passages] == [
        ("framework", "team:lindewaarde", "raadsvoorstel"),
        ("detail", "team:zeevang", "raadsinformatiebrief"),
    ]


def test_a_team_passage_with_its_document_has_context(tmp_path):
    """Passages written as whole documents carry the document: their section and document
    are their context keys in training; a passage written alone stays alone."""
    from raadsassistent.train import _chapter_key, _section_key

    rows = [
        {"text": "De raad stelt het kader vast.", "label": "framework", "municipality": "Z"},
        {
            "text": "Doel: minder armoede.",
            "label": "framework",
            "municipality": "Z",
            "document": "Armoedenota 2027",
            "section": "Doelen",
        },
        {
            "text": "Doel: meer woningen.",
            "label": "framework",
            "municipality": "Y",
            "document": "Armoedenota 2027",
            "section": "Doelen",
        },
    ]
    (tmp_path / "raadsstukken_c.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    alone, whole, namesake = load_team_passages(tmp_path)
    assert alone.document == ""
    assert (_section_key(alone), _chapter_key(alone)) == ("raadsstukken_c.jsonl:1",) * 2
    assert whole.document == "raadsstukken_c.jsonl:z:Armoedenota 2027"
    assert _section_key(whole) == "raadsstukken_c.jsonl:z:Armoedenota 2027|Doelen"
    assert _chapter_key(whole) == "raadsstukken_c.jsonl:z:Armoedenota 2027"
    # Two municipalities' documents of the same title are two documents, not one.
    assert _section_key(namesake) == "raadsstukken_c.jsonl:y:Armoedenota 2027|Doelen"
    assert _chapter_key(namesake) != _chapter_key(whole)


def test_load_team_passages_names_the_bad_line(tmp_path):
    (tmp_path / "bad.jsonl").write_text(
        '{"text": "a", "label": "framework", "municipality": "X"}\n'
        '{"text": "b", "label": "kader"}\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        load_team_passages(tmp_path)
    assert str(info.value) == (
        "bad.jsonl, regel 2: onbekend label 'kader'; gebruik 'framework' of 'detail'."
    )


def test_repo_team_passages_are_valid():
    team_dir = Path(__file__).resolve().parents[1] / "training"
    passages = load_team_passages(team_dir)
    lines = [ln for f in team_dir.glob("*.jsonl") for ln in f.read_text().splitlines() if ln]
    assert len(passages) == len(lines)  # every line of training/ is a passage
    assert {p.label for p in passages} == {"framework", "detail"}


def test_real_corpus_file_gives_both_labels():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus/bestemmingsplannen ontbreekt")
    path = CORPUS / "t_NL.IMRO.0003.BPDETIP-VG01.md"
    parsed = parse_markdown(path.read_text(encoding="utf-8"))
    labels = {label_heading_path(h) for h, _ in parsed}
    assert {"framework", "detail"} <= labels
    assert all("\\." not in text for _, text in parsed)


def test_load_real_passages_reads_every_annotation_wave(tmp_path):
    """passages.jsonl with labels.jsonl, passages-2.jsonl with labels-2.jsonl (a second
    wave); a wave whose labels are not there yet, and a passage without a final label, wait."""
    from raadsassistent.weaklabels import load_real_passages, real_label_files

    def write(name, rows):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")

    def passage(pid, meeting, kind="raadsvoorstel"):
        return {
            "id": pid,
            "meeting": meeting,
            "file": f"{meeting}/{pid}.pdf",
            "kind": kind,
            "page": 1,
            "section": "Besluit",
            "text": f"Tekst van {pid}.",
        }

    write("passages.jsonl", [passage("dh-0001", "1"), passage("dh-0002", "2", "motie")])
    write(
        "labels.jsonl",
        [{"id": "dh-0001", "label": "framework"}, {"id": "dh-0002", "label": "detail"}],
    )
    write("passages-2.jsonl", [passage("dh2-0001", "1"), passage("dh2-0002", "3")])
    write(
        "labels-2.jsonl", [{"id": "dh2-0001", "label": "detail"}, {"id": "dh2-0002", "label": None}]
    )
    write("passages-3.jsonl", [passage("dh3-0001", "4")])  # labelling still under way
    assert [(p.name, q.name) for p, q in real_label_files(tmp_path)] == [
        ("passages.jsonl", "labels.jsonl"),
        ("passages-2.jsonl", "labels-2.jsonl"),
    ]
    passages = load_real_passages(tmp_path)
    assert sorted((p.id, p.label, p.group, p.doc_type) for p in passages) == [
        ("dh-0001", "framework", "real:1", "raadsvoorstel"),
        ("dh-0002", "detail", "real:2", "motie"),
        ("dh2-0001", "detail", "real:1", "raadsvoorstel"),
    ]
    assert passages[0].headings == ("Besluit",) and passages[0].source.endswith(".pdf")
