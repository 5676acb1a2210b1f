"""Real Den Haag meetings (no agenda file, one besluitenlijst) reconstructed by ``batch``,
checked against the besluitenlijst as read independently by ``realdocs.decision_list``
(``pdftotext -layout``): items, motions under the right item, outcomes, versions and afdoening
letters. Each meeting takes about a minute; skipped without ``../shared``."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from click.testing import CliRunner

from raadsassistent.cli import main

pytestmark = pytest.mark.slow

MEETINGS = {
    # meeting: (date, items in the besluitenlijst, motion files, distinct codes, afdoening letters)
    # Items counted by reading each besluitenlijst (pdftotext -layout): every item letter
    # once, "Gestaakte stemmen ..." as one, and the items printed below the table ("NIET
    # BEHANDELD", "NIET AAN DE ORDE GEWEEST"), which are items too.
    "1259560": ("2025-01-23", 30, 80, 40, 13),
    "1259650": ("2025-02-13", 29, 56, 28, 13),
    "1259652": ("2025-04-03", 37, 24, 12, 0),
    "1259752": ("2025-05-08", 26, 4, 2, 0),
    "1259753": ("2025-05-22", 34, 10, 5, 0),
    "1259755": ("2025-07-09", 35, 14, 7, 0),
}


@pytest.fixture(scope="module", params=sorted(MEETINGS))
def real_meeting(request, denhaag, tmp_path_factory):
    from realdocs import decision_list, has_pdftotext

    if not has_pdftotext():
        pytest.skip("pdftotext (poppler-utils) ontbreekt")
    name = request.param
    base = tmp_path_factory.mktemp(f"denhaag-{name}")
    result = CliRunner().invoke(
        main,
        ["batch", str(denhaag / name), "--db", str(base / "raad.db"), "-o", str(base / "uit")],
    )
    assert result.exit_code == 0, result.output
    data = json.loads((base / "uit" / "meeting.json").read_text(encoding="utf-8"))
    return name, data, decision_list(name), base / "uit"


def _motions(data):
    return [
        d
        for d in data["documents"]
        if d["status"] != "mislukt" and d.get("doc_type") in ("motie", "amendement")
        and d.get("motion") and d["motion"].get("code")
    ]  # fmt: skip


def test_date_body_and_items(real_meeting):
    name, data, _, _ = real_meeting
    date, items, *_ = MEETINGS[name]
    assert (data["date"], data["body"], data["municipality"]) == (date, "gemeenteraad", "Den Haag")
    assert (data["time"], data["place"]) == ("13.30", "Stadhuis - raadzaal")
    assert len(data["items"]) == items
    assert all(i["title"] for i in data["items"])


def test_every_motion_under_the_item_the_besluitenlijst_lists_it(real_meeting):
    name, data, truth, _ = real_meeting
    by_position = {i["position"]: i for i in data["items"]}
    listed = {m.code: m for m in truth.motions}
    wrong = []
    motions = _motions(data)
    for doc in motions:
        expected = listed[doc["motion"]["code"]]
        item = by_position.get(doc["item_position"])
        if item is None:
            wrong.append(f"{doc['file_name']}: onder geen punt")
        elif expected.item_ris and item["ris"] != expected.item_ris:
            wrong.append(f"{doc['file_name']}: {item['ris']} != {expected.item_ris}")
        elif not expected.item_ris and not expected.item_title.startswith(item["title"]):
            wrong.append(f"{doc['file_name']}: {item['title']!r} != {expected.item_title!r}")
    assert (len(motions), wrong) == (MEETINGS[name][2], [])


def test_every_motion_outcome_equals_the_besluitenlijst(real_meeting):
    _, data, truth, _ = real_meeting
    listed = {m.code: m.outcome for m in truth.motions}
    got = {(d["file_name"], d["outcome"]) for d in _motions(data)}
    expected = {(d["file_name"], listed[d["motion"]["code"]]) for d in _motions(data)}
    assert got == expected
    # the stamp, where there is one, agrees; the rest comes from the besluitenlijst
    sources = Counter(d["outcome_source"] for d in _motions(data))
    assert set(sources) == {"document", "besluitenlijst"}


def test_proposal_outcomes_and_amended_items(real_meeting):
    _, data, truth, _ = real_meeting
    decided = {i["ris"]: i for i in data["items"] if i["ris"] in truth.proposals and i["outcome"]}
    assert {ris: i["outcome"] for ris, i in decided.items()} == truth.proposals
    adopted = {m.item_ris for m in truth.motions if m.code.split(".")[1].isalpha()
               and m.outcome == "aangenomen" and m.item_ris}  # fmt: skip
    assert {i["ris"] for i in data["items"] if i["amended"]} == adopted


def test_versions_of_one_motion_are_grouped(real_meeting):
    name, data, _, _ = real_meeting
    motions = _motions(data)
    by_code: dict[str, set[str]] = {}
    for doc in motions:
        by_code.setdefault(doc["motion"]["code"], set()).add(doc["file_name"])
    assert len(by_code) == MEETINGS[name][3]
    for doc in motions:
        assert set(doc["versions"]) == by_code[doc["motion"]["code"]], doc["file_name"]
    latest = [d for d in motions if d["superseded_by"] is None]
    assert len(latest) == len(by_code)
    # the version that counts carries the stamp
    assert all(d["outcome_source"] == "document" for d in latest)


def test_afdoening_letters_linked_to_their_motion(real_meeting):
    name, data, truth, _ = real_meeting
    number_to_code = {m.own_ris: m.code for m in truth.motions}
    letters = [d for d in data["documents"] if re.search(r"-afdoening-motie-", d["file_name"])]
    assert len(letters) == MEETINGS[name][4]
    for letter in letters:
        ris = "RIS" + re.search(r"-ris(\d{6})-", letter["file_name"]).group(1)
        assert letter["afdoening_of"] == number_to_code.get(ris), letter["file_name"]
    linked = {d["afdoening"] for d in _motions(data) if d["afdoening"]}
    assert linked <= {d["file_name"] for d in letters}


def test_the_page_names_no_file_and_shows_the_reading_plan(real_meeting):
    name, _, _, out = real_meeting
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "datum onbekend" not in page and "Leesplan" in page
    assert not re.search(r">(?:motie|amendement|raadsvoorstel)-\d+-[\w-]+(?:\.pdf)?<", page)
    # nor a file name turned into words ("Raadsvoorstel: raadsvoorstel 15597672 20250522 ...")
    assert not re.search(r": (?:motie|amendement|raadsvoorstel) \d{6,}", page)
    lists = re.findall(r'<ul class="motions">.*?</ul>', page, re.S)
    rows = [
        row for found in lists for row in re.findall(r'<li class="(?:motie|amendement)">', found)
    ]
    # one row per motion (its versions are links in it), none with a share or reading time
    assert len(rows) == MEETINGS[name][3]
    assert not any(re.search(r"\d+% kader|→", found) for found in lists)


def test_a_proposal_without_a_title_page_is_named_by_the_besluitenlijst(real_meeting):
    """Only RIS319200 (tweede gewijzigd), whose cover is one picture, has no title of its own:
    its title comes from the besluitenlijst item that cites its number and says every word of
    its file name (1259753), else from its file name's words (1259752, where the listed title
    lacks "tweede"). Every other document of the six meetings names itself."""
    name, data, _, _ = real_meeting
    named = {
        d["file_name"].split("-")[1]: (d["title"], d["title_source"])
        for d in data["documents"]
        if d.get("title_source")
    }
    expected = {
        "1259753": {"15597672": (
            "Tweede gewijzigd initiatiefvoorstel Hart voor Den Haag: Van Napels aan de Noordzee "
            "naar Singapore achter de duinen", "besluitenlijst",
        )},
        "1259752": {"15597672": (
            "Tweede gewijzigd initiatiefvoorstel hart voor den haag van napels aan de noord",
            "bestandsnaam",
        )},
    }  # fmt: skip
    assert named == expected.get(name, {})
