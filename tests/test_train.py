"""A small train-then-predict loop on a synthetic corpus written here."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from raadsassistent.classify import load_model
from raadsassistent.train import format_report, train_model

from helpers import write_training_folders


@pytest.mark.slow
def test_train_save_reload_predict(tmp_path):
    rng = random.Random(7)
    corpus, team = write_training_folders(tmp_path, rng)

    card = train_model(corpus, team, tmp_path / "model", seed=13)
    assert card["data"]["team_passages"] == 24
    assert card["metrics"]["corpus"]["model"]["macro_f1"] > 0.9
    assert card["metrics"]["team"]["municipalities"] == 3
    report = format_report(card["metrics"])
    assert "macro-F1" in report and "baseline" in report

    model = load_model(tmp_path / "model")
    texts = [
        f"Het doel van het plan is {40} nieuwe woningen in de kern mogelijk te maken.",
        "Uit het bodemonderzoek blijkt dat de grond niet verontreinigd is.",
    ]
    assert model.predict(texts) == ["framework", "detail"]
    first = model.predict_proba(texts)

    model.save(tmp_path / "copy")
    again = load_model(tmp_path / "copy")
    assert np.array_equal(again.predict_proba(texts), first)
    lemmas = json.loads((tmp_path / "model" / "lemmas.json").read_text())
    assert lemmas["woningen"] == "woning"  # a word of the corpus keeps its lemma
    assert len(lemmas) < 500  # pruned to the corpus vocabulary, not the whole table

    # Same data and seed: the same weights.
    train_model(corpus, team, tmp_path / "model2", seed=13, evaluate=False)
    assert np.array_equal(load_model(tmp_path / "model2").predict_proba(texts), first)


@pytest.mark.slow
def test_team_model_collapses_into_one_linear_model(tmp_path):
    """A corpus model plus a team model on its score is saved as one coefficient vector."""
    rng = random.Random(11)
    corpus, team = write_training_folders(tmp_path, rng)
    spec = {"kind": "lr", "C": 1.0, "blocks": "both", "scale": 1.0}
    config = {"team_model": spec, "hand_model": None}  # framework-v1's recipe
    card = train_model(corpus, team, tmp_path / "model", seed=13, config=config, evaluate=False)
    assert card["config"]["team_model"] == spec
    model = load_model(tmp_path / "model")
    assert model.coef.shape == (model.featurizer.n_features,)
    texts = [
        "Het doel van het plan is de leefbaarheid van de kern te versterken volgens de woonvisie.",
        "Uit het bodemonderzoek blijkt dat de grond licht verontreinigd is met zink.",
    ]
    assert model.predict(texts) == ["framework", "detail"]


def _load_script(relative: str):
    """A script of ``training/`` as a module (they are not part of the package)."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / relative
    spec = importlib.util.spec_from_file_location(path.stem + "_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_clean_mask_drops_only_confident_disagreements_and_never_team():
    from raadsassistent.train import clean_mask

    rng = np.random.default_rng(0)
    y = np.array([1] * 50 + [0] * 50, dtype=np.int8)
    oof = np.where(y == 1, 2.0, -2.0) + rng.normal(0, 0.3, 100)
    oof[0] = -4.0  # a framework label the model confidently calls detail
    oof[60] = 4.0  # and the reverse
    oof[99] = 4.0
    is_team = np.zeros(100, dtype=bool)
    is_team[99] = True  # hand-labelled: kept whatever the model says
    keep = clean_mask(oof, y, is_team, 0.9)
    assert not keep[0] and not keep[60]
    assert keep[99]
    assert keep.sum() == 98


def _write_real(folder, rng):
    """A tiny ``training/denhaag``: three meetings, framework under "Beoogd effect", detail
    under "Planning"."""
    from helpers import DETAIL, FRAMEWORK, _paragraph

    folder.mkdir()
    passages, labels = [], []
    for m, meeting in enumerate(["m1", "m2", "m3"]):
        for i in range(8):
            for label, templates, section in (
                ("framework", FRAMEWORK, "Beoogd effect"),
                ("detail", DETAIL, "Planning"),
            ):
                pid = f"dh-{m}-{i}-{label}"
                passages.append(
                    {
                        "id": pid,
                        "meeting": meeting,
                        "file": f"{meeting}/voorstel-{i % 2}.pdf",
                        "kind": "raadsvoorstel" if i % 2 else "motie",
                        "page": 1,
                        "section": section,
                        "text": _paragraph(templates, rng),
                    }
                )
                labels.append({"id": pid, "label_a": label, "label_b": label, "label": label})
    for name, rows in (("passages.jsonl", passages), ("labels.jsonl", labels)):
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in rows))


HAND = {"kind": "sgd", "C": 1.0, "scale": 1.0, "real_weight": 3.0, "headings": True}


@pytest.mark.slow
def test_two_stage_model_with_real_passages_and_leave_one_meeting_out(tmp_path):
    rng = random.Random(5)
    corpus, team = write_training_folders(tmp_path, rng)
    _write_real(team / "denhaag", rng)

    card = train_model(corpus, team, tmp_path / "model", seed=13, config={"hand_model": HAND})
    assert card["data"]["real_passages"] == 48
    assert card["data"]["real_agreement"]["cohen_kappa"] == 1.0
    real = card["metrics"]["real"]
    assert real["split"] == "leave one meeting out (3 Den Haag meetings)"
    assert set(real["model"]["per_meeting"]) == {"real:m1", "real:m2", "real:m3"}
    assert set(real["model_in_context"]["per_kind"]) == {"motie", "raadsvoorstel"}
    assert real["model"]["macro_f1"] == 1.0 and real["model_in_context"]["macro_f1"] == 1.0
    assert "Echte raadsstukken Den Haag" in format_report(card["metrics"])

    model = load_model(tmp_path / "model")
    assert len(model.context) == 8  # zoning and council-document context weights
    assert model.card["settings"]["heading_features"] is True
    text = "Het plan past binnen het provinciaal beleid en de gemeentelijke structuurvisie."
    under = model.decision_function([text, text], ["Planning", "Beoogd effect"])
    assert under[0] < under[1]  # the heading's words weigh in
    # zoning-plan text takes stage one alone, with its own calibration
    assert model.card["format"] == "raadsassistent-framework/2"
    assert model.zoning_coef is not None and not np.array_equal(model.zoning_coef, model.coef)
    assert model.predict(
        ["Uit het bodemonderzoek blijkt dat de grond schoon is."], zoning=True
    ) == ["detail"]


@pytest.mark.slow
def test_two_stage_model_with_document_kinds(tmp_path):
    """config hand_model kinds: the document type is a feature, crossed with each lemma;
    length: the passage's length class (``lengte=N``, N = floor(log2 words)) is one."""
    rng = random.Random(5)
    corpus, team = write_training_folders(tmp_path, rng)
    _write_real(team / "denhaag", rng)
    spec = {**HAND, "kinds": True, "length": True}
    card = train_model(
        corpus, team, tmp_path / "model", seed=13, config={"hand_model": spec}, evaluate=False
    )
    assert card["settings"]["kind_features"] is True
    assert card["settings"]["length_features"] is True
    model = load_model(tmp_path / "model")
    text = "Het plan past binnen het provinciaal beleid en de gemeentelijke structuurvisie."
    scores = model.decision_function([text] * 3, kinds=["motie", "raadsvoorstel", ""])
    assert len(set(scores.round(6).tolist())) == 3  # each kind weighs its own way
    assert model.predict_proba([text], kind="motie")[0] != model.predict_proba([text])[0]
    # the zoning route never sees the kind
    assert np.array_equal(
        model.decision_function([text], zoning=True, kinds=["motie"]),
        model.decision_function([text], zoning=True),
    )


def test_real_passages_load_with_meeting_groups_and_their_kappa():
    from pathlib import Path

    from raadsassistent.train import real_agreement
    from raadsassistent.weaklabels import load_real_passages

    folder = Path(__file__).resolve().parents[1] / "training" / "denhaag"
    # the first wave; a second (ids dh2-...) is read too once its labels are there
    passages = [p for p in load_real_passages(folder) if p.id.startswith("dh-")]
    assert len(passages) == 1649
    assert sum(p.label == "framework" for p in passages) == 789
    assert {p.group for p in passages} == {
        f"real:{m}" for m in ("1259560", "1259650", "1259652", "1259752", "1259753", "1259755")
    }
    agreement = real_agreement(folder)
    assert agreement.get("waves", {"labels.jsonl": agreement})["labels.jsonl"] == {
        "passages": 1649,
        "cohen_kappa": 0.766,
        "observed_agreement": 0.882,
        "adjudicated": 194,
    }


def test_real_agreement_per_wave(tmp_path):
    from raadsassistent.train import real_agreement

    def write(name, pairs):
        rows = [
            {"id": f"{name}-{i}", "label_a": a, "label_b": b, "label": a, "adjudicated": a != b}
            for i, (a, b) in enumerate(pairs)
        ]
        (tmp_path / f"labels{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
        (tmp_path / f"passages{name}.jsonl").write_text("")

    f, d = "framework", "detail"
    write("", [(f, f), (d, d), (f, d), (d, d)])
    assert real_agreement(tmp_path) == {
        "passages": 4,
        "cohen_kappa": 0.5,
        "observed_agreement": 0.75,
        "adjudicated": 1,
    }
    write("-2", [(f, f), (d, d)])
    both = real_agreement(tmp_path)
    assert both["passages"] == 6 and both["adjudicated"] == 1
    assert both["waves"]["labels.jsonl"]["cohen_kappa"] == 0.5
    assert both["waves"]["labels-2.jsonl"]["cohen_kappa"] == 1.0
    assert both["cohen_kappa"] == pytest.approx(0.667, abs=0.001)


def test_real_passages_get_their_documents_decision_points():
    """document_facts.jsonl: decision points found in the whole document (framework by
    construction) for the evaluation as classify FILE.pdf sees the passages."""
    from pathlib import Path

    from raadsassistent.train import document_facts
    from raadsassistent.weaklabels import load_real_passages

    folder = Path(__file__).resolve().parents[1] / "training" / "denhaag"
    facts = document_facts(folder)
    labels = {p.id: p.label for p in load_real_passages(folder)}
    marked = [i for i, fact in facts.items() if fact["decision_point"] and i.startswith("dh-")]
    assert len(marked) == 195
    assert sum(labels[i] == "framework" for i in marked) == 191
    assert document_facts(folder / "nergens") == {}


def test_council_words_kind_and_length():
    from raadsassistent.classify import DEFAULT_SETTINGS, Featurizer

    settings = {**DEFAULT_SETTINGS, "kind_features": True, "length_features": True}
    words = Featurizer(settings, {}).council_words("a b c d e", ["b", "a", "b"], "motie")
    assert words == ["soort=motie", "motie|a", "motie|b", "lengte=2"]
    long = " ".join(["w"] * 1000)
    assert Featurizer(settings, {}).council_words(long, [], "") == ["lengte=8"]
    assert Featurizer(DEFAULT_SETTINGS, {}).council_words("a b", ["a"], "motie") == []


def test_real_passages_know_their_neighbours():
    """document_neighbours.jsonl: the passages just before and after each real passage in its
    document, as classify FILE.pdf sees them (training/denhaag/document_facts.py)."""
    from pathlib import Path

    from raadsassistent.train import NEIGHBOURS_FILE

    folder = Path(__file__).resolve().parents[1] / "training" / "denhaag"
    lines = (folder / NEIGHBOURS_FILE).read_text(encoding="utf-8").splitlines()
    rows = {r["id"]: r for r in map(json.loads, lines)}
    assert len(rows) == 3251
    first = rows["dh-0001"]
    assert (first["index"], first["count"]) == (395, 933)
    assert first["next"] == "De voorzitter. Meneer Partiman, derde maal."
    assert first["previous"].startswith("Kavish Partiman (CDA). Dat er wordt ingezet")
    assert sum(not r["previous"] for r in rows.values()) == 10
    assert sum(not r["next"] for r in rows.values()) == 61


@pytest.mark.slow
def test_neighbour_context_and_word_vectors_in_leave_one_meeting_out(tmp_path):
    """hand_model neighbours: the previous and next passages' scores weigh in context;
    vectors: each passage's mean word vector sits beside its n-grams."""
    from raadsassistent.train import NEIGHBOURS_FILE, _Data, evaluate_real

    rng = random.Random(5)
    corpus, team = write_training_folders(tmp_path, rng)
    real = team / "denhaag"
    _write_real(real, rng)
    rows = [json.loads(line) for line in (real / "passages.jsonl").read_text().splitlines()]
    near = [
        {
            "id": row["id"],
            "index": i,
            "count": len(rows),
            "previous": rows[i - 1]["text"] if i else "",
            "next": rows[i + 1]["text"] if i + 1 < len(rows) else "",
            "previous_section": rows[i - 1]["section"] if i else "",
            "next_section": rows[i + 1]["section"] if i + 1 < len(rows) else "",
        }
        for i, row in enumerate(rows)
    ]
    (real / NEIGHBOURS_FILE).write_text("".join(json.dumps(r) + "\n" for r in near))
    vectors = tmp_path / "vectors"
    vectors.mkdir()
    words = ["plan", "beleid", "planning", "uitvoering", "raad"]
    table = np.random.default_rng(1).normal(size=(len(words), 4)).astype(np.float16)
    np.savez(vectors / "vectors.npz", vectors=table)
    (vectors / "vocabulary.json").write_text(json.dumps(words))
    data = _Data(corpus, team)
    for extra in ({"neighbours": True}, {"vectors": str(vectors), "vector_scale": 2.0}):
        report = evaluate_real(data, 13, {"hand_model": {**HAND, **extra}, "baseline": False})
        assert report["model"]["macro_f1"] == 1.0
        assert report["model_in_context"]["macro_f1"] == 1.0


def test_the_unseen_set_is_never_training_data():
    """training/unseen (other councils, evaluation only) is read by no training loader and
    shares no text with any training passage; its two raw annotations give the kappa its
    README reports."""
    import re
    from pathlib import Path

    from raadsassistent.train import real_agreement
    from raadsassistent.weaklabels import load_real_passages, load_team_passages

    training = Path(__file__).resolve().parents[1] / "training"
    unseen = [json.loads(line) for line in (training / "unseen" / "passages.jsonl").open()]
    trained = load_team_passages(training) + load_real_passages(training / "denhaag")

    def key(text):
        return re.sub(r"\W+", " ", text.lower()).strip()

    assert len(unseen) == 360
    assert not {p.id for p in trained} & {r["id"] for r in unseen}
    # the one text both have is a motion's closing formula
    shared = {key(p.text) for p in trained} & {key(r["text"]) for r in unseen}
    assert shared == {"en gaat over tot de orde van de dag"}
    assert real_agreement(training / "unseen") == {
        "passages": 360,
        "cohen_kappa": 0.961,
        "observed_agreement": 0.981,
        "adjudicated": 7,
    }


def test_the_written_sets_keep_their_writers_and_annotators_apart():
    """Sets C, E, F and G (trained on) and set D (evaluation only) come from different writers and
    municipalities, D shares no passage text with any training set, and their raw annotations give the kappa
    training/WRITTEN.md reports; no loader reads set D."""
    import re
    from pathlib import Path

    from raadsassistent.train import _agreement
    from raadsassistent.weaklabels import load_real_passages, load_team_passages

    training = Path(__file__).resolve().parents[1] / "training"

    def rows(path):
        return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]

    def key(text):
        return re.sub(r"\W+", " ", text.lower()).strip()

    written_c = rows(training / "raadsstukken_c.jsonl")
    written_e = rows(training / "raadsstukken_e.jsonl")
    passages_d = rows(training / "unseen" / "written.jsonl")
    labels_d = rows(training / "unseen" / "written-labels.jsonl")
    trained = load_team_passages(training) + load_real_passages(training / "denhaag")
    assert len(written_c) == 1223 and len(passages_d) == len(labels_d) == 450
    assert {r["municipality"] for r in written_c}.isdisjoint({r["council"] for r in passages_d})
    assert {key(p.text) for p in trained}.isdisjoint({key(r["text"]) for r in passages_d})
    assert {r["id"][:2] for r in written_c} == {f"w{i}" for i in range(1, 9)}
    assert {r["id"].split("-")[0] for r in written_e} == {f"w{i}" for i in range(12, 20)}
    assert len(written_e) == 1182
    assert {r["municipality"] for r in written_e}.isdisjoint({r["council"] for r in passages_d})
    assert {r["municipality"] for r in written_e}.isdisjoint({r["municipality"] for r in written_c})
    assert {r["id"].split("-")[0] for r in passages_d} == {"w9", "w10", "w11"}
    written_f = rows(training / "raadsstukken_f.jsonl")
    written_g = rows(training / "raadsstukken_g.jsonl")
    assert (len(written_f), len(written_g)) == (1415, 1384)
    assert {r["id"].split("-")[0] for r in written_f} == {f"w{i}" for i in range(20, 28)}
    assert {r["id"].split("-")[0] for r in written_g} == {f"w{i}" for i in range(28, 36)}
    councils = [
        {r["municipality"] for r in written}
        for written in (written_c, written_e, written_f, written_g)
    ] + [{r["council"] for r in passages_d}]
    assert len(set().union(*councils)) == sum(len(c) for c in councils)  # no council in two sets
    written = written_c + written_e + written_f + written_g
    pairs = {
        pair: _agreement([r for r in written if r["annotators"] == pair])
        for pair in ("E/F", "G/H", "K/L", "M/N", "O/P", "Q/R", "S/T", "U/V", "W/X", "Y/Z")
        + ("AA/AB", "AC/AD")
    }
    assert pairs == {
        "E/F": {
            "passages": 622,
            "cohen_kappa": 0.938,
            "observed_agreement": 0.969,
            "adjudicated": 19,
        },
        "G/H": {
            "passages": 601,
            "cohen_kappa": 0.9,
            "observed_agreement": 0.953,
            "adjudicated": 28,
        },
        "K/L": {
            "passages": 590,
            "cohen_kappa": 0.885,
            "observed_agreement": 0.946,
            "adjudicated": 32,
        },
        "M/N": {
            "passages": 592,
            "cohen_kappa": 0.874,
            "observed_agreement": 0.939,
            "adjudicated": 36,
        },
        "O/P": {
            "passages": 351,
            "cohen_kappa": 0.965,
            "observed_agreement": 0.983,
            "adjudicated": 6,
        },
        "Q/R": {
            "passages": 354,
            "cohen_kappa": 0.955,
            "observed_agreement": 0.977,
            "adjudicated": 8,
        },
        "S/T": {
            "passages": 362,
            "cohen_kappa": 0.944,
            "observed_agreement": 0.972,
            "adjudicated": 10,
        },
        "U/V": {
            "passages": 348,
            "cohen_kappa": 0.925,
            "observed_agreement": 0.963,
            "adjudicated": 13,
        },
        "W/X": {
            "passages": 349,
            "cohen_kappa": 0.925,
            "observed_agreement": 0.963,
            "adjudicated": 13,
        },
        "Y/Z": {
            "passages": 341,
            "cohen_kappa": 0.929,
            "observed_agreement": 0.965,
            "adjudicated": 12,
        },
        "AA/AB": {
            "passages": 348,
            "cohen_kappa": 0.93,
            "observed_agreement": 0.966,
            "adjudicated": 12,
        },
        "AC/AD": {
            "passages": 346,
            "cohen_kappa": 0.948,
            "observed_agreement": 0.974,
            "adjudicated": 9,
        },
    }
    assert _agreement(labels_d) == {
        "passages": 450,
        "cohen_kappa": 0.919,
        "observed_agreement": 0.96,
        "adjudicated": 18,
    }


@pytest.mark.slow
def test_evaluate_unseen_scores_kind_unknown_as_the_cli_does(tmp_path):
    """The "alone, kind unknown" view of training/unseen/evaluate_unseen.py is what
    `raadsassistent classify --jsonl` (no --soort) prints for the same passages and headings;
    it passed the kind "raadsstuk", which the CLI never does."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    module = _load_script("training/unseen/evaluate_unseen.py")
    passages = root / "training" / "unseen" / "written.jsonl"
    labels = root / "training" / "unseen" / "written-labels.jsonl"
    lines = [json.loads(line) for line in passages.open(encoding="utf-8")]
    views = module.predict_views(None, lines)
    stdin = "".join(
        json.dumps({"id": r["id"], "text": r["text"], "section": r["section"]}) + "\n"
        for r in lines
    )
    cli = subprocess.run(
        [sys.executable, "-m", "raadsassistent", "classify", "--jsonl", "-"],
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
    )
    printed = {r["id"]: r["label"] for r in map(json.loads, cli.stdout.splitlines())}
    expected = {
        r["id"]: "framework" if v else "detail"
        for r, v in zip(lines, views["alone, kind unknown"], strict=True)
    }
    assert len(printed) == 450
    assert printed == expected  # passage by passage
    # and the report scores exactly these predictions
    report = module.evaluate(None, passages, labels)
    gold = {r["id"]: r["label"] for r in map(json.loads, labels.open(encoding="utf-8"))}
    y = np.array([gold[r["id"]] == "framework" for r in lines], dtype=np.int8)
    from raadsassistent.train import metrics

    assert report["all"]["alone, kind unknown"] == metrics(y, views["alone, kind unknown"])


def test_unseen_sampler_cuts_a_motion_into_its_clauses():
    module = _load_script("training/unseen/sample_unseen.py")
    text = (
        "MOTIE VAN HET LID JANSEN\nDe Kamer,\ngehoord de beraadslaging,\n"
        "constaterende dat de wachtlijsten in de jeugdzorg al drie jaar\ngroeien;\n"
        "verzoekt de regering de wachtlijsten binnen een jaar te halveren,\n"
        "en gaat over tot de orde van de dag.\nJansen\n"
    )
    assert module.paragraphs(text) == [
        ("MOTIE VAN HET LID JANSEN", "De Kamer, gehoord de beraadslaging,"),
        (
            "MOTIE VAN HET LID JANSEN",
            "constaterende dat de wachtlijsten in de jeugdzorg al drie jaar groeien;",
        ),
        (
            "MOTIE VAN HET LID JANSEN",
            "verzoekt de regering de wachtlijsten binnen een jaar te halveren,",
        ),
        ("MOTIE VAN HET LID JANSEN", "en gaat over tot de orde van de dag."),
    ]  # "Jansen", a short line without punctuation, heads what follows: nothing


def test_neighbour_context_probability_adds_the_neighbours_scores():
    from raadsassistent.classify import context_probability
    from raadsassistent.train import neighbour_context_probability

    scores = np.array([1.0, -1.0, 0.5])
    sections, chapters = ["a", "a", "b"], ["x", "x", "x"]
    near = [np.array([0.0, 1.0, -1.0]), np.array([-1.0, 0.5, 0.5])]
    weights = np.array([1.0, 0.5, 0.25, 0.0, 0.0, -0.1])
    assert np.allclose(
        neighbour_context_probability(scores, sections, chapters, near, weights),
        context_probability(scores, sections, chapters, weights[[0, 1, 2, 5]]),
    )
    weights = np.array([1.0, 0.0, 0.0, 2.0, -1.0, 0.0])
    z = scores + 2.0 * near[0] - near[1]
    assert np.allclose(
        neighbour_context_probability(scores, sections, chapters, near, weights),
        1.0 / (1.0 + np.exp(-z)),
    )


def test_mean_vectors_are_normed_means_of_known_words():
    from raadsassistent.train import mean_vectors

    table = np.array([[1.0, 0.0], [0.0, 1.0], [3.0, 4.0]], dtype=np.float32)
    index = {"raad": 0, "kader": 1, "plan": 2}
    out = mean_vectors([["raad", "kader", "onbekend"], ["plan"], ["niets"]], index, table)
    assert np.allclose(out, [[2**-0.5, 2**-0.5], [0.6, 0.8], [0.0, 0.0]])


def test_kind_dropout_trains_each_hand_passage_again_without_its_document_type(
    tmp_path, monkeypatch
):
    """``kind_dropout``: stage two sees every hand-labelled row twice, the second time as a
    text of unknown type (no ``soort=`` word, no lemma crossed with the type), as
    ``classify --jsonl`` without ``--soort`` sees it."""
    import scipy.sparse as sp

    from raadsassistent import train
    from raadsassistent.classify import Featurizer

    rng = random.Random(5)
    corpus, team = write_training_folders(tmp_path, rng)
    _write_real(team / "denhaag", rng)
    data = train._Data(corpus, team)
    seen = []

    class Recording:
        def __init__(self, estimator):
            self.estimator = estimator

        def fit(self, x, y, sample_weight):
            seen.append((x.shape[0], x, np.asarray(sample_weight), np.asarray(y)))
            self.estimator.fit(x, y, sample_weight=sample_weight)
            self.coef_, self.intercept_ = self.estimator.coef_, self.estimator.intercept_
            return self

    real_estimator = train._team_estimator
    monkeypatch.setattr(
        train, "_team_estimator", lambda s, seed: Recording(real_estimator(s, seed))
    )
    hand = np.flatnonzero(data.is_team | data.is_real)
    everything = np.arange(len(data.y))
    for dropout in (False, True):
        seen.clear()
        spec = {**HAND, "kinds": True, "kind_dropout": dropout}
        config = train._config({"hand_model": spec}, data)
        train._fit_two_stage(data, everything, config, 13)
        rows, x, weights, y = seen[-1]  # the final fit on every hand-labelled row
        assert rows == len(hand) * (2 if dropout else 1)
    featurizer = Featurizer({**data.settings, "kind_features": True}, data.table)
    crossed = featurizer.counts(["motie"], kinds=["motie"]).indices
    plain = featurizer.counts(["motie"], kinds=[""]).indices
    kind_columns = np.setdiff1d(crossed, plain)
    assert len(kind_columns) >= 2  # soort=motie and motie|motie
    first, second = x[: len(hand)], x[len(hand) :]
    assert sp.csr_matrix(first[:, kind_columns]).nnz > 0
    assert sp.csr_matrix(second[:, kind_columns]).nnz == 0
    assert np.array_equal(weights[: len(hand)], weights[len(hand) :])
    assert np.array_equal(y[: len(hand)], y[len(hand) :]) and y[: len(hand)].any()
    with pytest.raises(ValueError, match="kind_dropout needs kinds"):
        spec = {**HAND, "kind_dropout": True}
        train._fit_two_stage(data, everything, train._config({"hand_model": spec}, data), 13)


def test_the_experiments_cache_is_keyed_by_the_loader_code_too(tmp_path):
    """training/experiments.py pickles ``train._Data`` under /tmp keyed by the data's hashes;
    a change to the loading code (the team passages' document key) read the stale cache and
    printed the old numbers. The key now changes with the code that builds the data."""
    from raadsassistent import classify, nlp, train, weaklabels

    experiments = _load_script("training/experiments.py")
    corpus, team = tmp_path / "corpus", tmp_path / "team"
    corpus.mkdir()
    team.mkdir()
    (team / "a.jsonl").write_text('{"text": "x", "label": "detail"}\n', encoding="utf-8")
    loader = tmp_path / "loader.py"
    loader.write_text("VERSION = 1\n", encoding="utf-8")
    before = experiments.cache_key(corpus, team, (loader,))
    assert experiments.cache_key(corpus, team, (loader,)) == before
    loader.write_text("VERSION = 2\n", encoding="utf-8")
    code_changed = experiments.cache_key(corpus, team, (loader,))
    assert code_changed != before
    (team / "a.jsonl").write_text('{"text": "y", "label": "detail"}\n', encoding="utf-8")
    assert experiments.cache_key(corpus, team, (loader,)) != code_changed
    modules = (train, weaklabels, classify, nlp)  # all that builds and featurises the data
    assert {Path(m.__file__).resolve() for m in modules} <= {p.resolve() for p in experiments.CODE}
