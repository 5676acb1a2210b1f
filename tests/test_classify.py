"""The shipped model: loading, labelling, explanations, compatibility checks, no pickle."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
import sklearn

from raadsassistent.classify import (
    MODEL_ENV,
    classify_passages,
    default_model_path,
    framework_share,
    load_model,
    page_shares,
)
from raadsassistent.errors import ModelError
from raadsassistent.types import PageShare, Passage, Section, StructuredDocument

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "framework-v4"
# The model before issue 13's zoning route: format 1, one vector for every kind of text.
V1_DIR = MODEL_DIR.parent / "framework-v1"

FRAMEWORK_TEXTS = [
    "Het college stelt de raad voor de woonvisie vast te stellen en als uitgangspunt te "
    "hanteren dat minimaal 30 procent van de nieuwbouw sociale huur is.",
    "Het doel van dit bestemmingsplan is het mogelijk maken van een nieuwe woonwijk die past "
    "binnen het provinciaal en gemeentelijk beleid.",
    "Met de structuurvisie kiest de gemeente voor het versterken van het centrum en het "
    "concentreren van voorzieningen in de kernen.",
]
DETAIL_TEXTS = [
    "Uit het verkennend bodemonderzoek blijkt dat de grond licht verontreinigd is met zink; "
    "de grondwaterstand ligt op 1,2 meter onder maaiveld.",
    "De geluidbelasting op de gevel van de woningen bedraagt ten hoogste 53 dB als gevolg "
    "van het wegverkeerslawaai van de Dorpsstraat.",
    "In artikel 4 zijn de regels voor de bestemming Wonen opgenomen; de goothoogte mag "
    "maximaal 6 meter bedragen.",
]


@pytest.fixture(scope="module")
def model():
    return load_model(MODEL_DIR)


RETRAIN = "'raadsassistent train --corpus MAP'"


def test_default_path_is_the_shipped_model(monkeypatch):
    monkeypatch.delenv(MODEL_ENV, raising=False)
    assert default_model_path().name == "framework-v4"
    assert (default_model_path() / "card.json").is_file()


# Council text the issue 13 report named as clear errors of framework-v1 (the fte line was
# still framework in framework-v3, 0.59), and a decision point and a policy choice.
COUNCIL_DETAIL = [
    "2 oktober 2026: aanbieding van de ontwerp-Programmabegroting 2027 aan de raad",
    "Voor de uitvoering van de intensiveringen is in totaal 3,6 fte extra formatie nodig",
    "De kadernota is het eerste document in de jaarlijkse planning-en-controlcyclus",
]
COUNCIL_FRAMEWORK = [
    "de opbrengst van de ozb met ten hoogste 3,5 procent te laten stijgen",
    "Het college stelt de raad voor de woonvisie vast te stellen en als uitgangspunt te "
    "hanteren dat minimaal 30 procent van de nieuwbouw sociale huur is.",
]


def test_shipped_model_labels_obvious_passages(model):
    """On the council route (``classify --jsonl`` without ``--soort``); the zoning route has
    its own test below."""
    assert model.predict(FRAMEWORK_TEXTS) == ["framework"] * 3
    assert model.predict([DETAIL_TEXTS[0], DETAIL_TEXTS[2]]) == ["detail"] * 2
    assert model.predict(COUNCIL_FRAMEWORK) == ["framework"] * 2
    assert model.predict(COUNCIL_DETAIL) == ["detail"] * 3
    probabilities = model.predict_proba(FRAMEWORK_TEXTS + DETAIL_TEXTS)
    assert probabilities.shape == (6,)
    assert ((probabilities >= 0) & (probabilities <= 1)).all()
    assert model.predict_proba([]).shape == (0,)


@pytest.mark.xfail(
    strict=True,
    reason="known limit of framework-v4 (docs/model.md, seventh round): a measured technical "
    "limit ('ten hoogste 53 dB') reads as a norm on the council route (0.58; framework-v3 0.14)",
)
def test_a_measured_limit_is_detail_on_the_council_route(model):
    # Strict: when a model gets this right, the test fails until the docs say so.
    assert model.predict([DETAIL_TEXTS[1]]) == ["detail"]


def test_explain_names_the_features_that_pushed_the_decision(model):
    framework = model.explain(FRAMEWORK_TEXTS[0], k=5)
    detail = model.explain(DETAIL_TEXTS[0], k=5)
    assert 0 < len(framework) <= 5 and 0 < len(detail) <= 5
    assert all(weight > 0 for _, weight in framework)
    assert all(weight < 0 for _, weight in detail)
    assert all(name.startswith(("woorden: ", "tekens: ")) for name, _ in framework + detail)


def test_card_records_what_a_model_card_should(model):
    card = model.card
    assert card["labels"] == ["framework", "detail"]
    for key in ("seed", "date", "data", "metrics", "libraries"):
        assert key in card
    assert {"python", "numpy", "scikit-learn", "spacy"} <= set(card["libraries"])
    assert re.fullmatch(r"[0-9a-f]{64}", card["data"]["corpus"]["sha256"])


def test_no_pickle_in_the_model_folder():
    names = [p.name for p in MODEL_DIR.iterdir()]
    assert not [n for n in names if n.endswith((".pkl", ".pickle", ".joblib", ".skops"))]
    for path in MODEL_DIR.glob("*.npz"):
        with np.load(path, allow_pickle=False) as arrays:
            for name in arrays.files:
                assert arrays[name].dtype != object
    size = sum(p.stat().st_size for p in MODEL_DIR.iterdir())
    assert size < 8_000_000


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "model"
    shutil.copytree(MODEL_DIR, target)
    return target


def _edit_card(folder: Path, change) -> None:
    card = json.loads((folder / "card.json").read_text(encoding="utf-8"))
    change(card)
    (folder / "card.json").write_text(json.dumps(card), encoding="utf-8")


def test_incompatible_library_version_gives_dutch_model_error(tmp_path):
    folder = _copy(tmp_path)
    _edit_card(folder, lambda card: card["libraries"].update({"scikit-learn": "0.24.2"}))
    with pytest.raises(ModelError) as info:
        load_model(folder)
    assert str(info.value) == (
        f"Het model in {folder} is gemaakt met scikit-learn 0.24.2, maar geïnstalleerd is "
        f"scikit-learn {sklearn.__version__}. Installeer een scikit-learn 0.x of train het model "
        f"opnieuw met {RETRAIN}."
    )


def test_unknown_format_gives_model_error(tmp_path):
    folder = _copy(tmp_path)
    _edit_card(folder, lambda card: card.update({"format": "raadsassistent-framework/99"}))
    with pytest.raises(ModelError) as info:
        load_model(folder)
    assert str(info.value) == (
        f"Het model in {folder} heeft formaat 'raadsassistent-framework/99'; deze versie van "
        "raadsassistent leest alleen 'raadsassistent-framework/1' en "
        "'raadsassistent-framework/2'. Werk raadsassistent bij of "
        f"train het model opnieuw met {RETRAIN}."
    )


def test_changed_weights_give_model_error(tmp_path):
    folder = _copy(tmp_path)
    with (folder / "weights.npz").open("ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ModelError) as info:
        load_model(folder)
    assert str(info.value) == (
        f"Het modelbestand {folder / 'weights.npz'} ontbreekt of is gewijzigd (controlesom klopt "
        f"niet). Installeer raadsassistent opnieuw of train het model opnieuw met {RETRAIN}."
    )


def test_missing_model_gives_model_error(tmp_path):
    with pytest.raises(ModelError) as info:
        load_model(tmp_path / "nergens")
    assert str(info.value) == (
        f"Geen model gevonden in {tmp_path / 'nergens'} (card.json ontbreekt). Zet "
        "RAADSASSISTENT_MODEL op een modelmap of installeer raadsassistent opnieuw. Train het "
        f"model opnieuw met {RETRAIN}."
    )


def test_env_var_overrides_the_model(tmp_path, monkeypatch):
    folder = _copy(tmp_path)
    monkeypatch.setenv(MODEL_ENV, str(folder))
    assert load_model().path == str(folder.resolve())


def _doc() -> StructuredDocument:
    def passage(section: str, n: int, text: str) -> Passage:
        return Passage(id=f"{section}.{n}", text=text, page=1, page_end=1, bbox=(0, 0, 1, 1))

    sections = (
        Section(
            "s1",
            "Beoogd effect",
            "1",
            1,
            1,
            None,
            tuple(passage("s1", i, t) for i, t in enumerate(FRAMEWORK_TEXTS)),
        ),
        Section(
            "s2",
            "Onderzoek",
            "2",
            1,
            2,
            None,
            tuple(passage("s2", i, t) for i, t in enumerate(DETAIL_TEXTS)),
        ),
        Section(
            "s2.1", "Bodem", "2.1", 2, 2, None, (passage("s2.1", 0, DETAIL_TEXTS[0]),), parent="s2"
        ),
        Section("s3", "Leeg", "3", 1, 3, None, ()),
    )
    return StructuredDocument(
        path="x.pdf",
        sha256="0",
        title="x",
        doc_type="raadsvoorstel",
        date=None,
        municipality=None,
        page_count=3,
        sections=sections,
        tables=(),
        page_status=("ok",) * 3,
    )


def test_classify_passages_and_framework_share(model):
    doc = classify_passages(_doc(), model)
    labels = {s.id: [p.label for p in s.passages] for s in doc.sections}
    assert labels == {"s1": ["framework"] * 3, "s2": ["detail"] * 3, "s2.1": ["detail"], "s3": []}
    assert all(0 <= p.framework_probability <= 1 for p in doc.passages)
    share = framework_share(doc)
    words = [len(t.split()) for t in FRAMEWORK_TEXTS + DETAIL_TEXTS + DETAIL_TEXTS[:1]]
    assert share["document"] == pytest.approx(sum(words[:3]) / sum(words))
    assert share["sections"] == {"s1": 1.0, "s2": 0.0, "s2.1": 0.0}
    assert framework_share(_doc()) == {"document": 0.0, "sections": {}}


def test_page_shares_split_passages_at_page_breaks():
    text = "kader kader kader detail"  # "kader kader " on page 1, the rest on page 2
    over = Passage("s1.1", text, 1, 2, (0, 0, 1, 1), label="framework", page_breaks=((12, 2),))
    detail = Passage("s2.1", "een twee drie vier", 2, 2, (0, 0, 1, 1), label="detail")
    unlabelled = Passage("s3.1", "alleen tekst", 4, 4, (0, 0, 1, 1))
    doc = StructuredDocument(
        path="x.pdf", sha256="0" * 64, title="t", doc_type="raadsvoorstel", date=None,
        municipality=None, page_count=4,
        sections=(
            Section("s1", "Doel", None, 1, 1, None, (over,)),
            Section("s2", "Uitvoering", None, 1, 2, None, (detail,)),
            Section("s3", "Bijlage", None, 1, 4, None, (unlabelled,)),
        ),
        tables=(), page_status=("ok",) * 4,
    )  # fmt: skip
    assert page_shares(doc) == (
        PageShare(1, 1.0, "Doel"),
        PageShare(2, 2 / 6, "Uitvoering"),
        PageShare(3, None, ""),
        PageShare(4, None, "Bijlage"),
    )


def test_decision_points_are_framework_by_construction(model, segmented_samples):
    """The register of a raadsvoorstel's points: with a card that says so, every passage
    holding a decision point is framework; without, the model's own reading stands."""
    import dataclasses

    from raadsassistent.classify import DECISION_POINT_PROBABILITY, decision_passages

    doc = segmented_samples[
        "2026-045 Verordening fietsparkeren Stationsgebied Lindewaarde 2026.pdf"
    ]
    held = decision_passages(doc)
    assert len(held) == 1
    v1 = load_model(V1_DIR)  # trained before issue 13: its card does not say so
    plain = {p.id: p for p in classify_passages(doc, v1).passages}
    assert plain[next(iter(held))].label == "detail"  # that model's own reading
    assert model.card["decision_points_framework"] is True
    assert {p.id: p for p in classify_passages(doc, model).passages}[
        next(iter(held))
    ].framework_probability >= DECISION_POINT_PROBABILITY
    flagged = dataclasses.replace(v1, card={**v1.card, "decision_points_framework": True})
    labelled = {p.id: p for p in classify_passages(doc, flagged).passages}
    (point,) = (labelled[i] for i in held)
    assert point.label == "framework"
    assert point.framework_probability == DECISION_POINT_PROBABILITY
    others = [p for i, p in labelled.items() if i not in held]
    assert [p.framework_probability for p in others] == [
        plain[p.id].framework_probability for p in others
    ]


def _zoning(doc: StructuredDocument) -> StructuredDocument:
    from dataclasses import replace

    return replace(doc, doc_type="bestemmingsplan")


def test_zoning_text_takes_the_corpus_models_own_route(model):
    """Zoning-plan text is scored by the corpus model with its own calibration and context
    weights (issue 13): the council calibration moved the zoning threshold (0.873 -> 0.780)."""
    assert model.card["format"] == "raadsassistent-framework/2"
    assert {"zoning_coef", "zoning_intercept", "zoning_calibration"} <= set(model.card["weights"])
    texts = FRAMEWORK_TEXTS + DETAIL_TEXTS
    zoning = model.predict_proba(texts, zoning=True)
    scores = model.featurizer.weigh(model.featurizer.counts(texts), model.idf) @ model.zoning_coef
    slope, offset = model.zoning_calibration
    expected = 1 / (1 + np.exp(-(slope * (scores + model.zoning_intercept) + offset)))
    assert np.allclose(zoning, expected)
    assert not np.allclose(zoning, model.predict_proba(texts))  # the council route differs
    assert model.predict(texts, zoning=True) == ["framework"] * 3 + ["detail"] * 3
    # classify FILE.pdf picks the route by the detected document type
    doc = _zoning(_doc())
    labelled = classify_passages(doc, model)
    sections = [s.id for s in doc.sections for _ in s.passages]
    chapters = [s.id if s.level == 1 else s.parent for s in doc.sections for _ in s.passages]
    in_context = model.predict_proba_in_context(
        [p.text for p in doc.passages], sections, chapters, zoning=True
    )
    assert [p.framework_probability for p in labelled.passages] == [
        round(float(p), 4) for p in in_context
    ]
    council = classify_passages(_doc(), model)
    assert [p.framework_probability for p in council.passages] != [
        p.framework_probability for p in labelled.passages
    ]
    explained = model.explain(FRAMEWORK_TEXTS[1], zoning=True)
    assert explained and all(weight > 0 for _, weight in explained)


def test_a_format_1_model_still_loads_and_scores_both_kinds_alike():
    v1 = load_model(V1_DIR)
    assert v1.card["format"] == "raadsassistent-framework/1" and v1.zoning_coef is None
    texts = FRAMEWORK_TEXTS + DETAIL_TEXTS
    assert np.array_equal(v1.predict_proba(texts, zoning=True), v1.predict_proba(texts))


def test_classify_jsonl_soort_picks_the_route(model):
    from click.testing import CliRunner

    from raadsassistent.cli import main

    stdin = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(FRAMEWORK_TEXTS))
    expected = {
        None: model.predict_proba(FRAMEWORK_TEXTS),
        "raadsstuk": model.predict_proba(FRAMEWORK_TEXTS),
        "bestemmingsplan": model.predict_proba(FRAMEWORK_TEXTS, zoning=True),
    }
    for kind, probabilities in expected.items():
        args = ["classify", "--jsonl", "-"] + ([] if kind is None else ["--soort", kind])
        result = CliRunner().invoke(main, args, input=stdin, env={MODEL_ENV: str(MODEL_DIR)})
        assert result.exit_code == 0, result.output
        rows = [json.loads(line) for line in result.output.splitlines()]
        assert [r["framework_probability"] for r in rows] == [
            round(float(p), 4) for p in probabilities
        ]
    # a line may give the heading its text stands under
    lines = [{"id": 1, "text": FRAMEWORK_TEXTS[0], "section": "Planning"}]
    result = CliRunner().invoke(
        main,
        ["classify", "--jsonl", "-", "--soort", "raadsvoorstel"],
        input=json.dumps(lines[0]) + "\n",
        env={MODEL_ENV: str(MODEL_DIR)},
    )
    expected_one = model.predict_proba(
        FRAMEWORK_TEXTS[:1], kind="raadsvoorstel", headings=["Planning"]
    )
    assert json.loads(result.output)["framework_probability"] == round(float(expected_one[0]), 4)
    bad = CliRunner().invoke(
        main, ["classify", "--jsonl", "-"], input='{"id": 1, "text": "x", "section": 3}\n'
    )
    assert bad.exit_code != 0 and 'regel 1: de "section"' in bad.output
    wrong = CliRunner().invoke(main, ["classify", "x.pdf", "--soort", "bestemmingsplan"])
    assert wrong.exit_code != 0 and "--soort hoort bij --jsonl" in wrong.output
    help_text = CliRunner().invoke(main, ["classify", "--help"]).output
    assert "bestemmingsplan" in help_text and "raadsstuk" in help_text


# --- speed: cached and shared work gives exactly what the plain computation gives ------------


def _sample_texts(segmented_samples) -> list[str]:
    texts = [p.text for doc in segmented_samples.values() for p in doc.passages]
    assert len(texts) > 200
    return texts


def test_cached_char_columns_equal_the_hashed_char_ngrams(model, segmented_samples, monkeypatch):
    from raadsassistent import classify
    from raadsassistent.classify import Featurizer, hashed_counts

    texts = _sample_texts(segmented_samples) + ["", "  ", "Één 2026-04-16 a\tbc\n€ 1.320.000,-"]
    width = model.featurizer.settings["char_features"]
    expected = hashed_counts([model.featurizer.char_analyzer(t) for t in texts], width)
    warm = Featurizer(model.card["settings"], model.lemmas)
    full = Featurizer(model.card["settings"], model.lemmas)
    for featurizer in (warm, warm, full):  # cold, every word from the cache, a full cache
        if featurizer is full:
            monkeypatch.setattr(classify, "CHAR_CACHE_SIZE", 50)
        got = classify.column_counts([featurizer.char_columns(t) for t in texts], width)
        assert (got != expected).nnz == 0 and got.has_sorted_indices
        assert np.array_equal(got.indices, expected.indices)
        assert np.array_equal(got.indptr, expected.indptr)
    assert len(warm._char_columns) > 1000 and 50 <= len(full._char_columns) < 200


def test_word_ngrams_and_shared_headings_count_as_before(model, segmented_samples):
    from raadsassistent.classify import Featurizer, hashed_counts

    lemmas = ["de", "raad", "besluit", "de", "raad"]
    for lo, hi in ((1, 1), (1, 2), (2, 3), (1, 3)):
        featurizer = Featurizer({**model.card["settings"], "word_ngram": [lo, hi]}, {})
        naive = [" ".join(lemmas[i : i + n]) for n in range(lo, hi + 1) for i in range(6 - n)]
        assert featurizer.word_analyzer(lemmas) == naive
    assert Featurizer(model.card["settings"], {}).word_analyzer([]) == []
    doc = segmented_samples["2026-041 Raadsvoorstel Herinrichting Stationsgebied.pdf"]
    texts = [p.text for s in doc.sections for p in s.passages]
    headings = [s.heading for s in doc.sections for _ in s.passages]
    assert len(set(headings)) < len(headings)
    featurizer = Featurizer({**model.card["settings"], "sublinear_tf": False}, model.lemmas)
    kinds = [doc.doc_type] * len(texts)
    got = featurizer.counts(texts, headings, kinds)
    width = featurizer.settings["word_features"]
    per_passage = [featurizer.lemmas([heading])[0] for heading in headings]
    heading_words = hashed_counts(
        [featurizer.word_analyzer(["kop=" + lemma for lemma in lemmas]) for lemmas in per_passage],
        width,
    )
    plain = featurizer.counts(texts, None, kinds)
    assert heading_words.nnz and (got[:, :width] != plain[:, :width] + heading_words).nnz == 0
    assert (got[:, width:] != plain[:, width:]).nnz == 0


def test_cue_words_say_what_a_passage_does():
    from raadsassistent.classify import cue_words

    assert cue_words("Kavish Partiman (CDA). Ik vind € 3 mln te veel?") == [
        "doet=bedrag",
        "doet=spreker",
        "doet=ik",
        "doet=vraag",
    ]
    assert cue_words("de ozb met ten hoogste 3,5 procent te laten stijgen") == [
        "doet=aandeel",
        "doet=grens",
    ]
    assert cue_words("In deze verordening wordt verstaan onder: a. x; b. y; c. z; d. w") == [
        "doet=definitie",
        "doet=opsomming",
    ]
    assert cue_words("Op 2 oktober 2026 start de uitvoering.") == ["doet=datum", "doet=stap"]
    assert cue_words("Het plan is mooi.") == []
