"""Train and evaluate the framework/detail model.

Reads the bestemmingsplan corpus and the team passages only when called with their paths.
Evaluation never lets a municipality appear on both sides of a split: GroupKFold by IMRO code
on the corpus, and by municipality on the team raadsstukken.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .errors import InputError
from .types import DETAIL, FRAMEWORK

DEFAULT_SEED = 13
REAL_DIR = "denhaag"  # independently labelled real passages, under the team folder
FACTS_FILE = "document_facts.jsonl"  # what each real passage's whole document says about it
NEIGHBOURS_FILE = "document_neighbours.jsonl"  # the passages just before and after each one
N_FOLDS = 5
# Fixed choices (not tuned on test folds): see docs/model.md.
DEFAULT_CONFIG: dict[str, Any] = {
    "C": 0.1,  # LinearSVC regularisation
    "class_weight": "balanced",
    "team_weight": 5.0,  # a team passage counts as this many corpus passages
    "calibration_folds": 3,
    # framework-v1's team-trained SGD model on top of the corpus model (used only without
    # hand_model); confident-learning cleaning of weak labels.
    "team_model": {"kind": "sgd", "C": 1.0, "blocks": "both", "scale": 1.0},
    "clean_threshold": 0.9,
    # The shipped framework-v4 (issue 13, docs/model.md, seventh round): framework-v2's
    # two-stage model (the section heading, the document type crossed with the lemmas and the
    # length class as features of council text), trained with the written sets C, E, F and G,
    # real passages weighing as much as team passages, less regularisation (C = 0.3 and real
    # weight 3 in framework-v2, C = 3 in framework-v3) and each hand-labelled passage once more
    # without its document type; chosen on leave one writer out and leave one meeting out.
    "hand_model": {
        "kind": "sgd",
        "C": 10.0,
        "scale": 1.0,
        "real_weight": 1.0,
        "kind_dropout": True,
        "headings": True,
        "kinds": True,
        "length": True,
    },
}


def _y(passages: Sequence[Any]) -> np.ndarray:
    return np.array([1 if p.label == FRAMEWORK else 0 for p in passages], dtype=np.int8)


def _groups(passages: Sequence[Any]) -> np.ndarray:
    return np.array([p.group for p in passages])


def _idf(counts: Any) -> np.ndarray:
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    idf[df == 0] = 0.0  # unseen columns carry no weight (and compress well)
    return idf.astype(np.float32)


def _fit_linear(featurizer, counts, y, weights, config, seed):
    """(idf, coef, intercept) of a LinearSVC on the weighted features."""
    from sklearn.svm import LinearSVC

    idf = _idf(counts)
    features = featurizer.weigh(counts, idf)
    svc = LinearSVC(C=config["C"], class_weight=config["class_weight"], random_state=seed)
    svc.fit(features, y, sample_weight=weights)
    return idf, svc.coef_.ravel().astype(np.float32), float(svc.intercept_[0])


def _team_estimator(spec: dict[str, Any], seed: int):
    from sklearn.linear_model import LogisticRegression, SGDClassifier
    from sklearn.svm import LinearSVC

    kind, c = spec["kind"], spec["C"]
    if kind == "lr":
        return LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    if kind == "svc":
        return LinearSVC(C=c, class_weight="balanced", random_state=seed)
    if kind == "sgd":
        return SGDClassifier(
            loss="modified_huber",
            alpha=1.0 / (c * 500),
            class_weight="balanced",
            random_state=seed,
            max_iter=50,
            tol=None,
        )
    raise ValueError(f"unknown team model kind {kind!r}")


def _fit_model(featurizer, counts, y, is_team, weights, config, seed):
    """(idf, coef, intercept) of the configured model on the given training rows.

    Without ``config["team_model"]``: one LinearSVC on corpus and team passages together (team
    passages weighted ``team_weight``). With it: a LinearSVC on the corpus passages only, then
    a small linear model on the team passages whose features are the same weighted n-grams
    (``blocks``: word, char or both) plus the corpus model's score times ``scale``. Both are
    linear in the same features, so they collapse into one coefficient vector: classifying
    costs the same as a single model.
    """
    spec = config.get("team_model")
    if not spec or not is_team.any() or len(set(y[is_team].tolist())) < 2 or is_team.all():
        return _fit_linear(featurizer, counts, y, weights, config, seed)
    import scipy.sparse as sp
    from sklearn.svm import LinearSVC

    idf = _idf(counts)
    features = featurizer.weigh(counts, idf)
    corpus = ~is_team
    svc = LinearSVC(C=config["C"], class_weight=config["class_weight"], random_state=seed)
    svc.fit(features[corpus], y[corpus])
    w_c, b_c = svc.coef_.ravel(), float(svc.intercept_[0])
    team = features[is_team]
    base = np.asarray(team @ w_c).ravel() + b_c
    split = featurizer.settings["word_features"]
    mask = np.ones(features.shape[1], dtype=np.float32)
    if spec["blocks"] == "word":
        mask[split:] = 0
    elif spec["blocks"] == "char":
        mask[:split] = 0
    scale = float(spec["scale"])
    x_team = sp.hstack(
        [team @ sp.diags(mask), sp.csr_matrix(scale * base.reshape(-1, 1))], format="csr"
    )
    model = _team_estimator(spec, seed).fit(x_team, y[is_team])
    u = model.coef_.ravel()
    v = float(u[-1]) * scale
    coef = (u[:-1] * mask + v * w_c).astype(np.float32)
    intercept = float(model.intercept_[0]) + v * b_c
    return idf, coef, intercept


def _score(featurizer, counts, idf, coef, intercept):
    return np.asarray(featurizer.weigh(counts, idf) @ coef).ravel() + intercept


def _fit_calibration(scores: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Platt scaling: (slope, offset) of a logistic fit of y on the decision scores."""
    from sklearn.linear_model import LogisticRegression

    platt = LogisticRegression(C=1e4)
    platt.fit(scores.reshape(-1, 1), y)
    return np.array([platt.coef_[0, 0], platt.intercept_[0]], dtype=np.float64)


def _fit_context(scores, y, sections, chapters) -> np.ndarray:
    """Logistic weights over (score, section mean, chapter mean) plus offset."""
    from sklearn.linear_model import LogisticRegression

    from .classify import group_means

    x = np.column_stack([scores, group_means(scores, sections), group_means(scores, chapters)])
    stack = LogisticRegression(C=1e4)
    stack.fit(x, y)
    return np.concatenate([stack.coef_.ravel(), stack.intercept_]).astype(np.float64)


def fit(featurizer, counts, y, groups, weights, config, seed, sections=None, chapters=None):
    """Fit the linear model; calibrate it, alone and in context, on out-of-fold scores."""
    from sklearn.model_selection import GroupKFold

    n_groups = len(set(groups))
    is_team = np.char.startswith(np.asarray(groups).astype(str), "team:")
    k = min(config["calibration_folds"], n_groups)
    oof = np.zeros(len(y))
    if k >= 2:
        for train_idx, test_idx in GroupKFold(n_splits=k).split(counts, y, groups):
            idf, coef, b = _fit_model(
                featurizer,
                counts[train_idx],
                y[train_idx],
                is_team[train_idx],
                weights[train_idx],
                config,
                seed,
            )
            oof[test_idx] = _score(featurizer, counts[test_idx], idf, coef, b)
    keep = np.ones(len(y), dtype=bool)
    threshold = config.get("clean_threshold")
    if k >= 2 and threshold:
        keep = clean_mask(oof, y, is_team, threshold)
    idf, coef, intercept = _fit_model(
        featurizer, counts[keep], y[keep], is_team[keep], weights[keep], config, seed
    )
    if k < 2:
        oof = _score(featurizer, counts, idf, coef, intercept)
    sections = sections if sections is not None else np.arange(len(y))
    chapters = chapters if chapters is not None else np.arange(len(y))
    return (
        idf,
        coef,
        intercept,
        _fit_calibration(oof, y),
        _fit_context(oof, y, sections, chapters),
    )


def clean_mask(oof: np.ndarray, y: np.ndarray, is_team: np.ndarray, threshold: float):
    """Rows to keep after confident learning on the training rows.

    A weakly labelled (corpus) passage is dropped when its out-of-fold probability (Platt
    scaling of out-of-fold scores from grouped folds) gives the other label at least
    ``threshold``. Team passages are hand-labelled and always kept. Only ever applied to
    training rows: evaluation never drops a test passage.
    """
    from .classify import calibrated

    p = calibrated(oof, _fit_calibration(oof, y))
    other = np.where(y == 1, 1.0 - p, p)
    return (other < threshold) | is_team


def _weights(passages, config) -> np.ndarray:
    return np.array(
        [config["team_weight"] if p.group.startswith("team:") else 1.0 for p in passages]
    )


def _fit_baseline_predict(train_texts, y_train, test_texts) -> np.ndarray:
    """The baseline: plain TF-IDF word unigrams + LogisticRegression (defaults)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer()
    model = LogisticRegression(max_iter=1000)
    model.fit(vectorizer.fit_transform(train_texts), y_train)
    return model.predict(vectorizer.transform(test_texts))


def metrics(y_true: np.ndarray, y_pred: np.ndarray) -> dict[str, Any]:
    """Per-class precision/recall/F1, macro-F1 and the confusion matrix."""
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=[1, 0], zero_division=0)
    per_class = {
        label: {
            "precision": float(p[i]),
            "recall": float(r[i]),
            "f1": float(f[i]),
            "support": int(s[i]),
        }
        for i, label in enumerate((FRAMEWORK, DETAIL))
    }
    matrix = confusion_matrix(y_true, y_pred, labels=[1, 0])
    return {
        "per_class": per_class,
        "macro_f1": float(np.mean(f)),
        "accuracy": float(np.mean(y_true == y_pred)) if len(y_true) else 0.0,
        "confusion": {"labels": [FRAMEWORK, DETAIL], "rows_true_cols_pred": matrix.tolist()},
        "n": int(len(y_true)),
    }


def _sha256_files(paths: Sequence[Path]) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(paths)}


def _data_hashes(corpus_dir: Path, team_dir: Path) -> dict[str, Any]:
    corpus_files = sorted(corpus_dir.glob("t_NL.IMRO.*.md"))
    combined = hashlib.sha256()
    for path in corpus_files:
        combined.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return {
        "corpus": {"files": len(corpus_files), "sha256": combined.hexdigest()},
        "team": _sha256_files(sorted(team_dir.glob("*.jsonl"))) if team_dir.is_dir() else {},
        "real": _sha256_files(sorted((team_dir / REAL_DIR).glob("*.jsonl")))
        if (team_dir / REAL_DIR).is_dir()
        else {},
    }


def _section_key(p: Any) -> str:
    """The in-context key of a passage's section: what its score is averaged with."""
    if p.group.startswith("team:"):
        return f"{p.document}|{'/'.join(p.headings)}" if p.document else p.source
    return f"{p.source}|{'/'.join(p.headings)}"


def _chapter_key(p: Any) -> str:
    """The in-context key of a passage's chapter (for a team passage, its document)."""
    if p.group.startswith("team:"):
        return p.document or p.source
    return f"{p.source}|{p.headings[0] if p.headings else ''}"


class _Data:
    """Passages, labels, groups and hashed counts, computed once."""

    def __init__(self, corpus_dir, team_dir, settings=None):

        from .classify import DEFAULT_SETTINGS, Featurizer
        from .nlp import load_lemma_table
        from .weaklabels import load_corpus, load_real_passages, load_team_passages

        self.corpus_dir, self.team_dir = Path(corpus_dir), Path(team_dir)
        self.corpus = load_corpus(self.corpus_dir)
        self.team = load_team_passages(self.team_dir) if self.team_dir.is_dir() else []
        real_dir = self.team_dir / REAL_DIR
        self.real = load_real_passages(real_dir) if real_dir.is_dir() else []
        self.passages = self.corpus + self.team + self.real
        self.is_team = np.array([p.group.startswith("team:") for p in self.passages])
        self.is_real = np.array([p.group.startswith("real:") for p in self.passages])
        self.kinds = np.array([p.doc_type for p in self.passages])
        self.y = _y(self.passages)
        self.groups = _groups(self.passages)
        self.texts = [p.text for p in self.passages]
        # Context keys: the section (full heading path) and chapter within each document;
        # a real passage's section is its file's stored heading, which is also its chapter
        # (no deeper path is stored). Team passages stand alone, unless they carry their
        # document: then their section is their heading and their chapter the document.
        self.sections = np.array([_section_key(p) for p in self.passages])
        self.chapters = np.array([_chapter_key(p) for p in self.passages])
        self.settings = dict(settings or DEFAULT_SETTINGS)
        self.table = load_lemma_table()
        self.featurizer = Featurizer(self.settings, self.table)
        self.counts = self.featurizer.counts(self.texts)
        # Hand-labelled rows come last: their section heading and document type (as detected
        # from the whole document) may be features (``hand_counts``).
        facts = document_facts(real_dir)
        self.headings = [p.headings[0] if p.headings else "" for p in self.passages]
        self.doc_types = [
            facts.get(p.id, {}).get("doc_type", p.doc_type) if p.id else p.doc_type
            for p in self.passages
        ]
        self.hand_cache: dict[Any, Any] = {}
        self.stage_cache: dict[Any, Any] = {}
        self.decision = np.array(
            [bool(facts.get(p.id, {}).get("decision_point")) for p in self.passages]
        )


def document_facts(folder: Path) -> dict[str, dict[str, Any]]:
    """Per real passage id, what its whole document says about it (``doc_type``,
    ``decision_point``, ``position``; written by ``training/denhaag/document_facts.py``),
    or nothing when the file is absent."""
    path = folder / FACTS_FILE
    if not path.is_file():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    return {r["id"]: r for r in map(json.loads, filter(str.strip, lines))}


def _decision_floor(data, test_idx, config) -> np.ndarray:
    """Per test row, the least in-context probability: a passage holding a decision point is
    framework by construction, as ``classify_passages`` makes it for models trained with
    ``hand_model``; 0 elsewhere."""
    from .classify import DECISION_POINT_PROBABILITY

    if not config.get("hand_model") or not config.get("decision_points", True):
        return np.zeros(len(test_idx))
    return np.where(data.decision[test_idx], DECISION_POINT_PROBABILITY, 0.0)


def _corpus_stage(data, corpus_idx, config, seed):
    """(idf, coef, intercept, out-of-fold scores) of the LinearSVC on weakly labelled corpus
    rows alone, cleaned by confident learning; cached per set of rows.

    The idf is the corpus's; a column the corpus never has (a word of council documents, a
    heading feature) gets the highest idf, so the hand-labelled stage can still use it.
    """
    from sklearn.model_selection import GroupKFold
    from sklearn.svm import LinearSVC

    key = (hashlib.sha256(np.asarray(corpus_idx).tobytes()).hexdigest(), config["C"], seed)
    if key in data.stage_cache:
        return data.stage_cache[key]
    counts, y, groups = data.counts[corpus_idx], data.y[corpus_idx], data.groups[corpus_idx]
    idf = _idf(counts)
    idf[idf == 0] = np.log(1.0 + counts.shape[0]) + 1.0
    features = data.featurizer.weigh(counts, idf)

    def svc(rows):
        model = LinearSVC(C=config["C"], class_weight=config["class_weight"], random_state=seed)
        model.fit(features[rows], y[rows])
        return model.coef_.ravel(), float(model.intercept_[0])

    oof = np.zeros(len(y))
    k = min(config["calibration_folds"], len(set(groups)))
    for train, test in GroupKFold(n_splits=k).split(features, y, groups):
        w, b = svc(train)
        oof[test] = np.asarray(features[test] @ w).ravel() + b
    keep = np.flatnonzero(clean_mask(oof, y, np.zeros(len(y), bool), config["clean_threshold"]))
    w, b = svc(keep)
    data.stage_cache[key] = result = (idf, w.astype(np.float32), b, oof)
    return result


def _fit_two_stage(data, train_idx, config, seed):
    """(idf, coef, intercept, calibration, 8 context weights, zoning route) of the two-stage
    model; the zoning route is (coef, intercept, calibration) of stage one alone.

    Stage one: the corpus LinearSVC (``_corpus_stage``). Stage two, ``config["hand_model"]``:
    a linear model on the hand-labelled passages (team and real, real weighted
    ``real_weight`` against 1 for a team passage) over the n-grams, their section heading
    (``kop=`` words) and the corpus score times ``scale``; it collapses into one coefficient
    vector. Calibration and the council-document context weights are fitted on out-of-fold
    scores of hand-labelled passages (folds by municipality or meeting). Zoning-plan text
    takes its own route, as the corpus-only models before it: stage one, with a calibration
    and context weights fitted on the corpus rows' out-of-fold stage-one scores.
    """
    import scipy.sparse as sp
    from sklearn.model_selection import GroupKFold

    spec = config["hand_model"]
    hand = data.is_team | data.is_real
    corpus_idx = train_idx[~hand[train_idx]]
    hand_idx = train_idx[hand[train_idx]]
    idf, w_c, b_c, oof_c = _corpus_stage(data, corpus_idx, config, seed)
    scale = float(spec["scale"])
    x_hand = data.featurizer.weigh(_hand_counts(data, config)[hand_idx], idf)
    base = np.asarray(x_hand @ w_c).ravel() + b_c
    vectors = _vector_block(data, config, hand_idx)
    if vectors is not None:  # mean word vectors of each passage, beside the n-grams
        x_hand = sp.hstack([x_hand, vectors], format="csr")
    x = _with_score(x_hand, base, scale)
    y = data.y[hand_idx]
    weights = np.where(data.is_real[hand_idx], float(spec["real_weight"]), 1.0)
    # With ``kind_dropout``, every hand-labelled row also trains a second time as a text of
    # unknown type, so the words alone decide when no type is known.
    unknown = None
    if spec.get("kind_dropout"):
        if vectors is not None:
            raise ValueError("kind_dropout and vectors do not combine yet")
        if not spec.get("kinds"):  # without the type as a feature the copy would be the same
            raise ValueError("kind_dropout needs kinds")
        x_unknown = data.featurizer.weigh(_hand_counts(data, config, True)[hand_idx], idf)
        unknown = _with_score(x_unknown, np.asarray(x_unknown @ w_c).ravel() + b_c, scale)

    def stage_two(rows):
        x_rows, y_rows, w_rows = x[rows], y[rows], weights[rows]
        if unknown is not None:
            x_rows = sp.vstack([x_rows, unknown[rows]], format="csr")
            y_rows, w_rows = np.concatenate([y_rows, y_rows]), np.concatenate([w_rows, w_rows])
        model = _team_estimator(spec, seed).fit(x_rows, y_rows, sample_weight=w_rows)
        return model.coef_.ravel(), float(model.intercept_[0])

    groups = data.groups[hand_idx]
    oof = np.zeros(len(hand_idx))
    # With ``neighbours``: the passages before and after each one, scored by the same fold
    # models, for the in-context weights (a passage without one gets its own score).
    if vectors is not None and spec.get("neighbours"):
        raise ValueError("neighbours and vectors do not combine yet")
    around = [
        _with_score(m, np.asarray(m @ w_c).ravel() + b_c, scale)
        for m in (data.featurizer.weigh(c, idf) for c in _neighbour_counts(data, config, hand_idx))
    ]
    near_oof = [np.zeros(len(hand_idx)) for _ in around]
    k = min(N_FOLDS, len(set(groups)))
    for train, test in GroupKFold(n_splits=k).split(x, y, groups):
        u, b = stage_two(train)
        oof[test] = np.asarray(x[test] @ u).ravel() + b
        for scores, matrix in zip(near_oof, around, strict=True):
            scores[test] = np.asarray(matrix[test] @ u).ravel() + b
    u, b_u = stage_two(np.arange(len(hand_idx)))
    v = float(u[-1]) * scale
    # With word vectors, their weights follow the n-gram columns' in ``coef``.
    w_all = np.concatenate([w_c, np.zeros(len(u) - 1 - len(w_c), dtype=w_c.dtype)])
    coef = (u[:-1] + v * w_all).astype(np.float32)
    intercept = b_u + v * b_c
    y_c = data.y[corpus_idx]
    sections, chapters = data.sections[hand_idx], data.chapters[hand_idx]
    if around:
        present = _neighbour_present(data, hand_idx)
        near = [np.where(has, s, oof) for has, s in zip(present, near_oof, strict=True)]
        council = _fit_neighbour_context(oof, y, sections, chapters, near)
    else:
        council = _fit_context(oof, y, sections, chapters)
    context = np.concatenate(
        [_fit_context(oof_c, y_c, data.sections[corpus_idx], data.chapters[corpus_idx]), council]
    )
    zoning = (w_c, b_c, _fit_calibration(oof_c, y_c))
    return idf, coef, intercept, _fit_calibration(oof, y), context, zoning


def _hand_counts(data, config, unknown_kind=False):
    """Counts with the hand-labelled rows' extra features the hand model uses: the section
    heading's words (``headings``), the document type (``kinds``) and the length class
    (``length``); corpus rows never have them. With ``unknown_kind``, every hand-labelled
    row as a text of unknown document type (as ``classify --jsonl`` without ``--soort`` sees
    it). Computed once per combination."""
    import scipy.sparse as sp

    from .classify import Featurizer

    spec = config["hand_model"]
    key = _extra_settings(spec)
    if not any(key.values()):
        return data.counts
    cache_key = (*key.items(), ("unknown_kind", unknown_kind))
    if cache_key not in data.hand_cache:
        first = len(data.corpus)
        featurizer = Featurizer({**data.settings, **key}, data.table)
        extra = key["kind_features"] or key["length_features"] or key.get("cue_features")
        kinds = [""] * (len(data.texts) - first) if unknown_kind else data.doc_types[first:]
        hand = featurizer.counts(
            data.texts[first:], data.headings[first:], kinds if extra else None
        )
        data.hand_cache[cache_key] = sp.vstack([data.counts[:first], hand], format="csr")
    return data.hand_cache[cache_key]


def _vector_block(data, config, rows):
    """Per row, the mean word vector of its lemmas times ``vector_scale`` (``hand_model``'s
    ``vectors``: a folder with ``vectors.npz`` and ``vocabulary.json``), or None."""
    spec = config["hand_model"]
    folder = spec.get("vectors")
    if not folder:
        return None
    key = ("vectors", str(folder))
    if key not in data.hand_cache:
        table = np.load(Path(folder) / "vectors.npz")["vectors"].astype(np.float32)
        vocabulary = json.loads((Path(folder) / "vocabulary.json").read_text(encoding="utf-8"))
        first = len(data.corpus)
        lemmas = data.featurizer.lemmas(data.texts[first:])
        block = np.zeros((len(data.texts), table.shape[1]), dtype=np.float32)
        block[first:] = mean_vectors(lemmas, {w: i for i, w in enumerate(vocabulary)}, table)
        data.hand_cache[key] = block
    return data.hand_cache[key][rows] * float(spec.get("vector_scale", 1.0))


def _neighbours(data) -> list[dict[str, Any]]:
    """Per row of ``data.passages``, its neighbours in its document (``NEIGHBOURS_FILE``,
    written by ``training/denhaag/document_facts.py``; {} for rows without)."""
    if "neighbours" not in data.hand_cache:
        path = data.team_dir / REAL_DIR / NEIGHBOURS_FILE
        lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
        by_id = {r["id"]: r for r in map(json.loads, filter(str.strip, lines))}
        data.hand_cache["neighbours"] = [by_id.get(p.id, {}) if p.id else {} for p in data.passages]
    return data.hand_cache["neighbours"]


def _neighbour_present(data, rows) -> list[np.ndarray]:
    """(has a previous passage, has a next passage) per row."""
    near = _neighbours(data)
    return [np.array([bool(near[i].get(side)) for i in rows]) for side in ("previous", "next")]


def _neighbour_counts(data, config, rows) -> list[Any]:
    """[previous passages' counts, next passages' counts] for ``rows`` (hand-labelled rows,
    featurised as ``_hand_counts`` featurises them, with the neighbour's own heading and the
    document's type); [] unless ``hand_model`` has ``neighbours``."""
    import scipy.sparse as sp

    from .classify import Featurizer

    spec = config["hand_model"]
    if not spec.get("neighbours"):
        return []
    key = ("neighbour counts", tuple(_extra_settings(spec).items()))
    if key not in data.hand_cache:
        first = len(data.corpus)
        near = _neighbours(data)[first:]
        featurizer = Featurizer({**data.settings, **_extra_settings(spec)}, data.table)
        extra = spec.get("kinds") or spec.get("length")
        kinds = data.doc_types[first:] if extra else None
        blocks = []
        for side in ("previous", "next"):
            blocks.append(
                sp.vstack(
                    [
                        sp.csr_matrix((first, data.counts.shape[1]), dtype=np.float32),
                        featurizer.counts(
                            [n.get(side, "") for n in near],
                            [n.get(side + "_section", "") for n in near],
                            kinds,
                        ),
                    ],
                    format="csr",
                )
            )
        data.hand_cache[key] = blocks
    return [block[rows] for block in data.hand_cache[key]]


def _fit_neighbour_context(scores, y, sections, chapters, near) -> np.ndarray:
    """Logistic weights over (score, section mean, chapter mean, previous passage's score,
    next passage's score) plus offset."""
    from sklearn.linear_model import LogisticRegression

    from .classify import group_means

    x = np.column_stack(
        [scores, group_means(scores, sections), group_means(scores, chapters), *near]
    )
    stack = LogisticRegression(C=1e4).fit(x, y)
    return np.concatenate([stack.coef_.ravel(), stack.intercept_]).astype(np.float64)


def _extra_settings(spec: dict[str, Any] | None) -> dict[str, Any]:
    """The featurizer settings of a hand model's extra features (as the card records them)."""
    spec = spec or {}
    settings: dict[str, Any] = {
        "heading_features": bool(spec.get("headings", bool(spec))),
        "kind_features": bool(spec.get("kinds", False)),
        "length_features": bool(spec.get("length", False)),
    }
    if spec.get("cues"):  # what the passage does (``classify.cue_words``)
        settings["cue_features"] = True
    if spec.get("kind_min_chars"):  # only words this long are crossed with the kind
        settings["kind_min_chars"] = int(spec["kind_min_chars"])
    return settings


def neighbour_context_probability(
    scores: np.ndarray,
    sections: Sequence[Any],
    chapters: Sequence[Any],
    near: Sequence[np.ndarray],
    weights: np.ndarray,
) -> np.ndarray:
    """The in-context sigmoid over (score, section mean, chapter mean, and the scores of the
    passages just before and after, ``near``: a passage's own score where it has none)."""
    from .classify import group_means

    z = weights[0] * scores + weights[1] * group_means(scores, sections)
    z = z + weights[2] * group_means(scores, chapters) + weights[-1]
    for weight, neighbour in zip(weights[3:-1], near, strict=True):
        z = z + weight * neighbour
    return 1.0 / (1.0 + np.exp(-z))


def mean_vectors(
    lemmas: Sequence[Sequence[str]], index: dict[str, int], table: np.ndarray
) -> np.ndarray:
    """Per text (its lemmas), the l2-normed mean of the rows of ``table`` of its words in
    ``index``; zeros for a text without any."""
    out = np.zeros((len(lemmas), table.shape[1]), dtype=np.float32)
    for row, words in enumerate(lemmas):
        ids = [index[w] for w in words if w in index]
        if ids:
            mean = table[ids].mean(axis=0)
            out[row] = mean / max(float(np.linalg.norm(mean)), 1e-9)
    return out


def _with_score(features, score, scale):
    import scipy.sparse as sp

    return sp.hstack([features, sp.csr_matrix(scale * score.reshape(-1, 1))], format="csr")


def _predict(data, train_idx, test_idx, config, seed):
    """(passage-only labels, in-context labels) for ``test_idx``."""
    probs, in_context = _predict_proba(data, train_idx, test_idx, config, seed)
    return (probs >= 0.5).astype(np.int8), (in_context >= 0.5).astype(np.int8)


def _predict_proba(data, train_idx, test_idx, config, seed):
    """(passage-only, in-context) framework probabilities for ``test_idx``."""
    from .classify import calibrated, context_probability

    if config.get("hand_model"):
        idf, coef, b, calibration, context, route = _fit_two_stage(data, train_idx, config, seed)
        zoning = ~(data.is_team | data.is_real)[test_idx]
        counts = _hand_counts(data, config)[test_idx]
        width = counts.shape[1]
        scores = _score(data.featurizer, counts, idf, coef[:width], b)
        vectors = _vector_block(data, config, test_idx)
        if vectors is not None:
            scores += vectors @ coef[width:]
        slope, offset = np.tile(calibration, (len(test_idx), 1)).T
        if zoning.any():  # the zoning route: stage one with its own calibration
            z_coef, z_b, z_calibration = route
            scores[zoning] = _score(
                data.featurizer, data.counts[test_idx[zoning]], idf, z_coef, z_b
            )
            slope[zoning], offset[zoning] = z_calibration
        probs = calibrated(scores, (slope, offset))
        sections, chapters = data.sections[test_idx], data.chapters[test_idx]
        council = context[4:]
        if len(council) > 4:  # the neighbours' scores count too
            near = [
                np.where(has, _score(data.featurizer, c, idf, coef, b), scores)
                for has, c in zip(
                    _neighbour_present(data, test_idx),
                    _neighbour_counts(data, config, test_idx),
                    strict=True,
                )
            ]
            council_probability = neighbour_context_probability(
                scores, sections, chapters, near, council
            )
        else:
            council_probability = context_probability(scores, sections, chapters, council)
        in_context = np.where(
            zoning,
            context_probability(scores, sections, chapters, context[:4]),
            council_probability,
        )
        return probs, np.maximum(in_context, _decision_floor(data, test_idx, config))
    idf, coef, b, calibration, context = fit(
        data.featurizer,
        data.counts[train_idx],
        data.y[train_idx],
        data.groups[train_idx],
        _weights([data.passages[i] for i in train_idx], config),
        config,
        seed,
        data.sections[train_idx],
        data.chapters[train_idx],
    )
    scores = _score(data.featurizer, data.counts[test_idx], idf, coef, b)
    probs = calibrated(scores, calibration)
    in_context = context_probability(
        scores, data.sections[test_idx], data.chapters[test_idx], context
    )
    return probs, in_context


def _team_folds(data, seed, config):
    """Folds over team municipalities: (train indices, test indices) into data.passages."""
    from sklearn.model_selection import GroupKFold

    corpus_idx = np.flatnonzero(~data.is_team & ~data.is_real)
    team_idx = np.flatnonzero(data.is_team)
    if config.get("hand_model"):  # the real passages train too
        corpus_idx = np.concatenate([corpus_idx, np.flatnonzero(data.is_real)])
    groups = data.groups[team_idx]
    n_groups = len(set(groups))
    if n_groups == 0:
        return []
    if n_groups == 1:  # nothing to hold out against: test on all of it, train on the corpus
        return [(corpus_idx, team_idx)]
    k = min(N_FOLDS, n_groups)
    folds = []
    for tr, te in GroupKFold(n_splits=k, shuffle=True, random_state=seed).split(
        team_idx, groups=groups
    ):
        folds.append((np.concatenate([corpus_idx, team_idx[tr]]), team_idx[te]))
    return folds


def evaluate_model(
    corpus_dir: str | Path,
    team_dir: str | Path = "training",
    seed: int = DEFAULT_SEED,
    config: dict[str, Any] | None = None,
    _data: _Data | None = None,
) -> dict[str, Any]:
    """Model and baseline on the same unseen-municipality splits (corpus and team)."""
    from sklearn.model_selection import GroupKFold

    data = _data or _Data(corpus_dir, team_dir)
    config = _config(config, data)
    report: dict[str, Any] = {"seed": seed, "config": config}

    # Corpus: 5 folds by IMRO municipality; team (and real) passages always train-side here.
    corpus_idx = np.flatnonzero(~data.is_team & ~data.is_real)
    team_idx = np.flatnonzero(data.is_team | (data.is_real & bool(config.get("hand_model"))))
    pred = np.zeros(len(corpus_idx), dtype=np.int8)
    pred_ctx = np.zeros(len(corpus_idx), dtype=np.int8)
    base = np.zeros(len(corpus_idx), dtype=np.int8)
    fold_f1, ctx_fold_f1, base_fold_f1 = [], [], []
    municipalities = len(set(data.groups[corpus_idx]))
    if municipalities < 2:
        raise InputError(
            f"{corpus_dir}: het corpus bevat bestemmingsplannen van {municipalities} gemeente(n); "
            "voor een eerlijke evaluatie op onbekende gemeenten zijn er minstens twee nodig."
        )
    folds = min(N_FOLDS, municipalities)  # fewer municipalities: leave one out at a time
    splitter = GroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    for tr, te in splitter.split(corpus_idx, groups=data.groups[corpus_idx]):
        train_idx = np.concatenate([corpus_idx[tr], team_idx])
        test_idx = corpus_idx[te]
        pred[te], pred_ctx[te] = _predict(data, train_idx, test_idx, config, seed)
        base[te] = _fit_baseline_predict(
            [data.texts[i] for i in train_idx], data.y[train_idx], [data.texts[i] for i in test_idx]
        )
        fold_f1.append(metrics(data.y[test_idx], pred[te])["macro_f1"])
        ctx_fold_f1.append(metrics(data.y[test_idx], pred_ctx[te])["macro_f1"])
        base_fold_f1.append(metrics(data.y[test_idx], base[te])["macro_f1"])
    y_corpus = data.y[corpus_idx]
    report["corpus"] = {
        "split": f"GroupKFold({folds}) by IMRO municipality code",
        "municipalities": municipalities,
        "model": {**metrics(y_corpus, pred), "fold_macro_f1": fold_f1},
        "model_in_context": {**metrics(y_corpus, pred_ctx), "fold_macro_f1": ctx_fold_f1},
        "baseline": {**metrics(y_corpus, base), "fold_macro_f1": base_fold_f1},
    }

    # Team raadsstukken: held-out municipalities never in training.
    folds = _team_folds(data, seed, config)
    if folds:
        y_true, y_pred, y_base = [], [], []
        for train_idx, test_idx in folds:
            y_true.append(data.y[test_idx])
            y_pred.append(_predict(data, train_idx, test_idx, config, seed)[0])
            y_base.append(
                _fit_baseline_predict(
                    [data.texts[i] for i in train_idx],
                    data.y[train_idx],
                    [data.texts[i] for i in test_idx],
                )
            )
        yt = np.concatenate(y_true)
        report["team"] = {
            "split": f"GroupKFold({len(folds)}) by municipality over the team passages; "
            "the corpus is always train-side",
            "municipalities": int(len(set(data.groups[data.is_team]))),
            "model": metrics(yt, np.concatenate(y_pred)),
            "baseline": metrics(yt, np.concatenate(y_base)),
        }
    if data.is_real.any():
        report["real"] = evaluate_real(data, seed, config)
    report["data"] = {
        "real_passages": int(data.is_real.sum()),
        "corpus_passages": int(len(corpus_idx)),
        "team_passages": int(len(team_idx)),
        "framework_share": float(data.y.mean()) if len(data.y) else 0.0,
    }
    return report


def _config(config: dict[str, Any] | None, data: _Data) -> dict[str, Any]:
    """``config`` over the defaults; without any hand-labelled passage there is no second
    stage, and the corpus model is trained as before issue 13."""
    config = {**DEFAULT_CONFIG, **(config or {})}
    if config.get("hand_model") and not (data.is_team | data.is_real).any():
        config["hand_model"] = None
    return config


def _with_kinds(y, pred, kinds, meetings, waves) -> dict[str, Any]:
    """``metrics`` plus macro-F1 and size per document kind, per meeting and per annotation
    wave (the id's prefix: "dh" the first 1,649 passages, "dh2" the second wave)."""
    report = metrics(y, pred)
    for name, keys in (("per_kind", kinds), ("per_meeting", meetings), ("per_wave", waves)):
        report[name] = {
            str(key): {
                "macro_f1": metrics(y[keys == key], pred[keys == key])["macro_f1"],
                "n": int((keys == key).sum()),
            }
            for key in sorted(set(keys.tolist()))
        }
    return report


def evaluate_real(
    data: _Data, seed: int = DEFAULT_SEED, config: dict[str, Any] | None = None, model=None
) -> dict[str, Any]:
    """Leave one meeting out over the independently labelled real passages.

    Each meeting's passages are tested by a model trained on the corpus, the team passages
    and (with ``hand_model``) the other meetings' real passages; alone and in context (the
    mean over passages of the same file and section heading, as ``classify FILE.pdf``
    does), with the baseline on the same splits. With ``model`` (a ``FrameworkModel``, such
    as the shipped one, trained without any of them) that model is tested on every meeting.
    """
    config = _config(config, data)
    real_idx = np.flatnonzero(data.is_real)
    meetings = data.groups[real_idx]
    y = data.y[real_idx]
    base = np.zeros(len(real_idx), dtype=np.int8)
    other = np.flatnonzero(~data.is_real)
    hand = bool(config.get("hand_model")) and model is None
    if hand:
        other = np.arange(len(data.y))
        pred = np.zeros(len(real_idx), dtype=np.int8)
        pred_ctx = np.zeros(len(real_idx), dtype=np.int8)
    elif model is not None:
        texts = [data.texts[i] for i in real_idx]
        headings = [data.headings[i] for i in real_idx]
        sections, chapters = data.sections[real_idx], data.chapters[real_idx]
        pred = (model.predict_proba(texts) >= 0.5).astype(np.int8)
        ctx = model.predict_proba_in_context(
            texts,
            sections,
            chapters,
            headings,
            zoning=False,
            kinds=[data.doc_types[i] for i in real_idx],
        )
        if model.card.get("decision_points_framework"):
            ctx = np.maximum(ctx, _decision_floor(data, real_idx, config))
        pred_ctx = (ctx >= 0.5).astype(np.int8)
    else:  # no real passage trains: one model, the same for every meeting
        pred, pred_ctx = _predict(data, other, real_idx, config, seed)
    for meeting in sorted(set(meetings.tolist())):
        held = meetings == meeting
        test_idx = real_idx[held]
        train_idx = other[data.groups[other] != meeting]
        if hand:
            pred[held], pred_ctx[held] = _predict(data, train_idx, test_idx, config, seed)
        if config.get("baseline", True):
            base[held] = _fit_baseline_predict(
                [data.texts[i] for i in train_idx],
                data.y[train_idx],
                [data.texts[i] for i in test_idx],
            )
    kinds = data.kinds[real_idx]
    waves = np.array([data.passages[i].id.split("-")[0] for i in real_idx])
    return {
        "split": f"leave one meeting out ({len(set(meetings.tolist()))} Den Haag meetings)",
        "municipalities": len(set(meetings.tolist())),
        "model": _with_kinds(y, pred, kinds, meetings, waves),
        "model_in_context": _with_kinds(y, pred_ctx, kinds, meetings, waves),
        "baseline": _with_kinds(y, base, kinds, meetings, waves),
    }


def train_model(
    corpus_dir: str | Path,
    team_dir: str | Path = "training",
    out_dir: str | Path = "models/framework-v4",
    seed: int = DEFAULT_SEED,
    config: dict[str, Any] | None = None,
    evaluate: bool = True,
    _data: _Data | None = None,
) -> dict[str, Any]:
    """Train on all data, save the model to ``out_dir`` and return its card."""
    import sklearn

    from .classify import FrameworkModel, library_versions
    from .nlp import prune_lemma_table

    data = _data or _Data(corpus_dir, team_dir)
    config = _config(config, data)
    route = None
    if config.get("hand_model"):
        idf, coef, intercept, calibration, context, route = _fit_two_stage(
            data, np.arange(len(data.y)), config, seed
        )
    else:
        idf, coef, intercept, calibration, context = fit(
            data.featurizer,
            data.counts[~data.is_real],
            data.y[~data.is_real],
            data.groups[~data.is_real],
            _weights([p for p in data.passages if not p.group.startswith("real:")], config),
            config,
            seed,
            data.sections[~data.is_real],
            data.chapters[~data.is_real],
        )
    vocabulary = _vocabulary(data.texts)
    card: dict[str, Any] = {
        "name": Path(out_dir).name,
        "labels": [FRAMEWORK, DETAIL],
        "positive_label": FRAMEWORK,
        "task": "kaderstellend (framework) versus uitvoerend (detail) per passage",
        # The section heading is a feature only for a model trained with it.
        "settings": {**data.settings, **_extra_settings(config.get("hand_model"))},
        "config": config,
        "seed": seed,
        "libraries": library_versions(),
        "data": {
            **_data_hashes(data.corpus_dir, data.team_dir),
            "corpus_passages": len(data.corpus),
            "team_passages": len(data.team),
            "real_passages": len(data.real),
            "real_agreement": real_agreement(data.team_dir / REAL_DIR),
            "framework_passages": int(data.y.sum()),
            "detail_passages": int(len(data.y) - data.y.sum()),
        },
        "date": _dt.date.today().isoformat(),
        "classifier": _describe(config, sklearn.__version__),
        "decision_points_framework": bool(config.get("hand_model")),
    }
    if evaluate:
        card["metrics"] = evaluate_model(corpus_dir, team_dir, seed, config, _data=data)
    model = FrameworkModel(
        card=card,
        lemmas=prune_lemma_table(data.table, vocabulary),
        idf=idf,
        coef=coef,
        intercept=intercept,
        calibration=calibration,
        context=context,
    )
    if route is not None:
        model.zoning_coef = np.asarray(route[0], dtype=np.float32)
        model.zoning_intercept, model.zoning_calibration = float(route[1]), route[2]
    return model.save(out_dir)


def real_agreement(folder: Path) -> dict[str, Any]:
    """Cohen's kappa and observed agreement of the two raw annotations, before adjudication:
    over every annotation wave (``labels*.jsonl``), and per wave when there are several."""
    from .weaklabels import real_label_files

    waves = {
        labels.name: [
            json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line
        ]
        for _, labels in real_label_files(folder)
    }
    rows = [row for wave in waves.values() for row in wave]
    if not rows:
        return {}
    result = _agreement(rows)
    if len(waves) > 1:
        result["waves"] = {name: _agreement(wave) for name, wave in waves.items()}
    return result


def _agreement(rows: list[dict[str, Any]]) -> dict[str, Any]:
    from sklearn.metrics import cohen_kappa_score

    rows = [r for r in rows if r.get("label_a") and r.get("label_b")]
    a = [r["label_a"] for r in rows]
    b = [r["label_b"] for r in rows]
    return {
        "passages": len(rows),
        "cohen_kappa": round(float(cohen_kappa_score(a, b)), 3),
        "observed_agreement": round(float(np.mean([x == y for x, y in zip(a, b, strict=True)])), 3),
        "adjudicated": sum(bool(r.get("adjudicated")) for r in rows),
    }


def _describe(config: dict[str, Any], version: str) -> str:
    text = f"LinearSVC (C={config['C']}, scikit-learn {version})"
    hand = config.get("hand_model")
    if hand:
        return (
            f"{text} on the corpus (weak labels cleaned by confident learning at "
            f"{config['clean_threshold']}), plus a {hand['kind']} model (C={hand['C']}) on the "
            f"hand-labelled passages (real passages weigh {hand['real_weight']}, team 1) over "
            f"the n-grams, {'the section heading, ' if hand.get('headings', True) else ''}"
            f"{'the document type and each lemma crossed with it, ' if hand.get('kinds') else ''}"
            f"{'the length class, ' if hand.get('length') else ''}"
            f"{'cue words of what the passage does, ' if hand.get('cues') else ''}"
            f"and the corpus score x {hand['scale']}"
            f"{' (each passage also once without its type)' if hand.get('kind_dropout') else ''}"
            ", collapsed into one linear model; Platt "
            "calibration and council-document context weights fitted on out-of-fold scores of "
            "hand-labelled passages, zoning context weights on the corpus"
        )
    spec = config.get("team_model")
    if spec:
        text = (
            f"{text} on the corpus, plus a {spec['kind']} model (C={spec['C']}, "
            f"{spec['blocks']} n-grams + corpus score x {spec['scale']}) on the team "
            "passages, collapsed into one linear model"
        )
    else:
        text += f" on corpus and team passages (team weight {config['team_weight']})"
    if config.get("clean_threshold"):
        text += (
            f"; weak labels cleaned by confident learning (out-of-fold probability of the "
            f"other label >= {config['clean_threshold']} dropped)"
        )
    return text + "; Platt calibration"


def _vocabulary(texts: Sequence[str]) -> set[str]:
    from .nlp import shared_tokenizer

    tokenizer = shared_tokenizer()
    return {token.lower() for text in texts for token in tokenizer(text)}


def _fmt_metrics(title: str, model: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    lines = [title, f"{'':12}{'precision':>10}{'recall':>8}{'F1':>8}{'n':>8}   baseline F1"]
    for label in (FRAMEWORK, DETAIL):
        m, b = model["per_class"][label], baseline["per_class"][label]
        lines.append(
            f"{label:12}{m['precision']:10.3f}{m['recall']:8.3f}{m['f1']:8.3f}"
            f"{m['support']:8d}   {b['f1']:.3f}"
        )
    gain = model["macro_f1"] - baseline["macro_f1"]
    lines.append(
        f"{'macro-F1':12}{'':18}{model['macro_f1']:8.3f}{'':8}   {baseline['macro_f1']:.3f}"
        f"  (verschil/difference {gain:+.3f})"
    )
    cm, cb = model["confusion"]["rows_true_cols_pred"], baseline["confusion"]["rows_true_cols_pred"]
    lines.append("verwarringsmatrix / confusion (rij = echt / row = true; kol = voorspeld / pred)")
    header = f"{'framework':>10}{'detail':>8}"
    lines.append(f"{'':12}{header}   baseline: {header}")
    for i, label in enumerate((FRAMEWORK, DETAIL)):
        lines.append(f"{label:12}{cm[i][0]:10d}{cm[i][1]:8d}   {'':10}{cb[i][0]:10d}{cb[i][1]:8d}")
    return lines


def format_report(report: dict[str, Any]) -> str:
    """The evaluation report as a plain-text table (Dutch/English)."""
    lines = []
    corpus = report.get("corpus")
    if corpus:
        lines += _fmt_unseen("Bestemmingsplannen", corpus)
        lines += [_fmt_folds(corpus["model"]), ""]
        lines += _fmt_metrics(
            "Idem, met context (sectie- en hoofdstukgemiddelde) / in context of section and "
            "chapter, as classify_passages does",
            corpus["model_in_context"],
            corpus["baseline"],
        )
        lines += [_fmt_folds(corpus["model_in_context"]), ""]
    team = report.get("team")
    if team:
        lines += _fmt_unseen("Raadsstukken (team)", team)
    else:
        lines.append("Raadsstukken: geen teampassages gevonden / no team passages found")
    real = report.get("real")
    if real:
        lines += ["", *_fmt_unseen("Echte raadsstukken Den Haag, alleen / alone", real)]
        lines += _fmt_breakdown(real["model"], real["baseline"])
        lines += [""]
        lines += _fmt_metrics(
            "Idem, met context (bestand + sectiekop) / in context of file and section heading",
            real["model_in_context"],
            real["baseline"],
        )
        lines += _fmt_breakdown(real["model_in_context"], real["baseline"])
    return "\n".join(lines)


def _fmt_breakdown(model: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """Macro-F1 per document kind and per meeting, model against baseline."""
    lines = []
    for name, title in (
        ("per_kind", "per soort / kind"),
        ("per_meeting", "per vergadering"),
        ("per_wave", "per annotatieronde / wave"),
    ):
        cells = [
            f"{key.removeprefix('real:')} {part['macro_f1']:.3f} "
            f"(baseline {baseline[name][key]['macro_f1']:.3f}, n={part['n']})"
            for key, part in model[name].items()
        ]
        lines.append(f"macro-F1 {title}: " + "; ".join(cells))
    return lines


def _fmt_unseen(name: str, part: dict[str, Any]) -> list[str]:
    """Model against baseline on one part (corpus or team) held out by municipality."""
    return _fmt_metrics(
        f"{name}, onbekende gemeenten / unseen municipalities "
        f"({part['split']}, {part['municipalities']} gemeenten)",
        part["model"],
        part["baseline"],
    )


def _fmt_folds(model: dict[str, Any]) -> str:
    return "macro-F1 per fold: " + ", ".join(f"{f:.3f}" for f in model["fold_macro_f1"])
