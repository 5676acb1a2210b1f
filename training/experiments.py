"""Named variants of the council route, measured as docs/model.md measures them (issue 13).

For each variant: leave one Den Haag meeting out (alone and in context, per kind), the inner
folds of the nested criterion (for each outer meeting, leave one of the other five out; the
criterion is the mean of macro-F1 alone and in context over the inner folds) and, for the
variant set as a whole, the nested number (per outer meeting the variant with the best inner
criterion). Stage one (the corpus model) is the same for every variant and fitted once.

    python training/experiments.py --corpus ../shared/corpus/bestemmingsplannen \\
        --team training --variants v2,neighbours > training/experiments.txt

``--team`` is the data folder (team passages; the real ones under its ``denhaag/``), so a
new annotation wave is measured by pointing it at a folder that holds it.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from raadsassistent import classify, nlp, train, weaklabels

CACHE = Path("/tmp/h46-cache")  # the featurised data, keyed by the data's hashes (not shipped)
# The code that builds and featurises ``train._Data``: a change there must not read a stale cache.
CODE = tuple(Path(module.__file__) for module in (train, weaklabels, classify, nlp))
# framework-v2's recipe; framework-v3 is "rw1-C3-drop", framework-v4 (``train.DEFAULT_CONFIG``)
# "rw1-C10-drop".
V2 = {**train.DEFAULT_CONFIG["hand_model"], "C": 0.3, "real_weight": 3.0, "kind_dropout": False}
VECTORS = Path("/tmp/h46/vectors")  # training/word_vectors.py --out


def _hand(**changes: Any) -> dict[str, Any]:
    return {"hand_model": {**V2, **changes}}


# name -> config over DEFAULT_CONFIG (framework-v2 is "v2").
VARIANTS: dict[str, dict[str, Any]] = {
    "v2": _hand(),
    "v2-C1": _hand(C=1.0),
    "v2-C0.1": _hand(C=0.1),
    "v2-rw1": _hand(real_weight=1.0),
    "v2-rw6": _hand(real_weight=6.0),
    "logreg-C10": _hand(kind="lr", C=10.0),
    "logreg-C3": _hand(kind="lr", C=3.0),
    # Only words of at least 5 (4) characters crossed with the document kind.
    "cross5": _hand(kind_min_chars=5),
    "cross4": _hand(kind_min_chars=4),
    # What a passage does: amounts, shares, limits, dates, definitions, lists, speaker turns.
    "cues": _hand(cues=True),
    "C1-cues": _hand(C=1.0, cues=True),
    "C1-vectors": _hand(C=1.0, vectors=str(VECTORS)),
    # Neighbour context: the previous and next passages' scores weigh in context.
    "neighbours": _hand(neighbours=True),
    # Mean word vectors (PPMI + SVD over zoning plans, team passages and motions).
    "vectors": _hand(vectors=str(VECTORS)),
    "vectors-x3": _hand(vectors=str(VECTORS), vector_scale=3.0),
    "vectors-x0.3": _hand(vectors=str(VECTORS), vector_scale=0.3),
    # Sixth round (with the written set C): real passages weigh as much as team passages,
    # less regularisation; cue words, stage-one scale, a second copy of each hand-labelled
    # row without its document type (``kind_dropout``).
    "C1": _hand(C=1.0),
    "rw0.5": _hand(real_weight=0.5),
    "rw2-C1": _hand(real_weight=2.0, C=1.0),
    "rw1-C1": _hand(real_weight=1.0, C=1.0),
    "rw1-C3": _hand(real_weight=1.0, C=3.0),
    "rw1-C10": _hand(real_weight=1.0, C=10.0),
    "rw1-C30": _hand(real_weight=1.0, C=30.0),
    "rw1-lr-C10": _hand(real_weight=1.0, kind="lr", C=10.0),
    "rw1-C1-cues": _hand(real_weight=1.0, C=1.0, cues=True),
    "rw1-C3-cues": _hand(real_weight=1.0, C=3.0, cues=True),
    "rw1-C1-scale0": _hand(real_weight=1.0, C=1.0, scale=0.0),
    "rw1-C1-scale3": _hand(real_weight=1.0, C=1.0, scale=3.0),
    "rw1-C3-drop": _hand(real_weight=1.0, C=3.0, kind_dropout=True),
    "rw1-C10-drop": _hand(real_weight=1.0, C=10.0, kind_dropout=True),
}
# The written sets whose writers --writers holds out in turn: whole documents, one writer per
# municipality. Sets F and G (short documents, a second brief) always stay on the training side.
WRITTEN = ("raadsstukken_c.jsonl", "raadsstukken_e.jsonl")


def cache_key(corpus: Path, team: Path, code: tuple[Path, ...] = CODE) -> str:
    """The cache's key: the data's hashes, the corpus's place and the loader's source."""
    hashes = json.dumps(train._data_hashes(corpus, team), sort_keys=True)
    source = hashlib.sha256(b"".join(path.read_bytes() for path in code)).hexdigest()
    return hashlib.sha256((hashes + str(corpus.resolve()) + source).encode()).hexdigest()[:16]


def load_data(corpus: Path, team: Path) -> train._Data:
    """``train._Data`` for the two folders, pickled under /tmp once per content."""
    key = cache_key(corpus, team)
    path = CACHE / f"data-{key}.pkl"
    if path.is_file():
        with path.open("rb") as handle:
            data = pickle.load(handle)
    else:
        data = train._Data(corpus, team)
        CACHE.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
    data.stage_path = CACHE / f"stage-{key}.pkl"
    if data.stage_path.is_file():
        with data.stage_path.open("rb") as handle:
            data.stage_cache.update(pickle.load(handle))
    return data


def save_stage(data: train._Data) -> None:
    """Keep the fitted corpus stages for the next run."""
    with data.stage_path.open("wb") as handle:
        pickle.dump(data.stage_cache, handle, protocol=pickle.HIGHEST_PROTOCOL)


def ceiling(real_dir: Path) -> list[str]:
    """Lines of a table: each raw annotator's macro-F1 against the adjudicated label, per
    wave and kind (how well one careful reader matches the labels the model is scored on)."""
    from raadsassistent.weaklabels import real_label_files

    lines = [
        "| wave | kind | n | annotator A | annotator B | A against B |",
        "|---|---|---|---|---|---|",
    ]
    rows = []
    for passages_path, labels_path in real_label_files(real_dir):
        kinds = {r["id"]: r["kind"] for r in map(json.loads, _lines(passages_path))}
        for r in map(json.loads, _lines(labels_path)):
            if r.get("label") in ("framework", "detail") and r["id"] in kinds:
                rows.append((r["id"].split("-")[0], kinds[r["id"]], r))
    kinds_seen = sorted({kind for _, kind, _ in rows})
    for wave in [*sorted({w for w, _, _ in rows}), "all"]:
        for kind in [*kinds_seen, "all"]:
            chosen = [r for w, k, r in rows if wave in ("all", w) and kind in ("all", k)]
            if not chosen:
                continue
            final, a, b = (
                np.array([r[key] == "framework" for r in chosen], dtype=np.int8)
                for key in ("label", "label_a", "label_b")
            )
            f1 = [train.metrics(t, p)["macro_f1"] for t, p in ((final, a), (final, b), (b, a))]
            lines.append(
                f"| {wave} | {kind} | {len(chosen)} | {f1[0]:.3f} | {f1[1]:.3f} | {f1[2]:.3f} |"
            )
    return lines


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _f1(y: np.ndarray, prob: np.ndarray) -> float:
    return float(train.metrics(y, (prob >= 0.5).astype(np.int8))["macro_f1"])


def run_variant(data: train._Data, config: dict[str, Any], seed: int) -> dict[str, Any]:
    """Out-of-meeting probabilities (alone, in context) and the inner criterion per meeting."""
    config = train._config({**copy.deepcopy(config)}, data)
    real_idx = np.flatnonzero(data.is_real)
    groups = data.groups
    meetings = sorted(set(groups[real_idx].tolist()))
    alone = np.zeros(len(real_idx))
    context = np.zeros(len(real_idx))
    inner: dict[str, float] = {}
    everything = np.arange(len(data.y))
    for outer in meetings:
        held = groups[real_idx] == outer
        train_idx = everything[groups != outer]
        alone[held], context[held] = train._predict_proba(
            data, train_idx, real_idx[held], config, seed
        )
        scores = []
        for other in meetings:
            if other == outer:
                continue
            test = real_idx[groups[real_idx] == other]
            rows = everything[(groups != outer) & (groups != other)]
            a, c = train._predict_proba(data, rows, test, config, seed)
            scores.append((_f1(data.y[test], a) + _f1(data.y[test], c)) / 2)
        inner[outer] = float(np.mean(scores))
    return {"alone": alone, "context": context, "inner": inner, "meetings": meetings}


def summary(data: train._Data, result: dict[str, Any]) -> dict[str, Any]:
    real_idx = np.flatnonzero(data.is_real)
    y, kinds = data.y[real_idx], data.kinds[real_idx]
    row: dict[str, Any] = {
        "alone": _f1(y, result["alone"]),
        "context": _f1(y, result["context"]),
        "inner": float(np.mean(list(result["inner"].values()))),
    }
    for kind in ("raadsvoorstel", "afdoening", "notulen", "motie", "amendement"):
        mask = kinds == kind
        if mask.any():
            row[kind] = (_f1(y[mask], result["alone"][mask]), _f1(y[mask], result["context"][mask]))
    return row


def nested(data: train._Data, results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per outer meeting, the variant with the best inner criterion; its outer predictions."""
    real_idx = np.flatnonzero(data.is_real)
    groups = data.groups[real_idx]
    first = next(iter(results.values()))
    alone, context, chosen = np.zeros(len(real_idx)), np.zeros(len(real_idx)), {}
    for meeting in first["meetings"]:
        best = max(results, key=lambda name: results[name]["inner"][meeting])
        chosen[meeting] = best
        held = groups == meeting
        alone[held] = results[best]["alone"][held]
        context[held] = results[best]["context"][held]
    return {"alone": alone, "context": context, "chosen": chosen}


def errors(data: train._Data, config: dict[str, Any], seed: int, kinds: set[str]) -> list[str]:
    """The out-of-meeting mistakes (in context) of ``config`` on ``kinds``: text, heading,
    probabilities and the six features that pushed hardest towards the wrong label."""
    from raadsassistent.classify import Featurizer

    config = train._config(copy.deepcopy(config), data)
    real_idx = np.flatnonzero(data.is_real)
    everything = np.arange(len(data.y))
    spec = config["hand_model"]
    featurizer = Featurizer({**data.settings, **train._extra_settings(spec)}, data.table)
    counts = train._hand_counts(data, config)
    out = []
    for meeting in sorted(set(data.groups[real_idx].tolist())):
        test = real_idx[data.groups[real_idx] == meeting]
        train_idx = everything[data.groups != meeting]
        alone, context = train._predict_proba(data, train_idx, test, config, seed)
        idf, coef, _, _, _, _ = train._fit_two_stage(data, train_idx, config, seed)
        weighed = data.featurizer.weigh(counts[test], idf)
        for j, i in enumerate(test):
            wrong = (context[j] >= 0.5) != bool(data.y[i])
            if not wrong or data.kinds[i] not in kinds:
                continue
            row = weighed[j]
            push = row.data * coef[row.indices] * (1 if data.y[i] == 0 else -1)
            names = featurizer.feature_names(data.texts[i], data.doc_types[i])
            top = [
                f"{names.get(int(c), 'kop/overig')} {v:+.2f}"
                for c, v in sorted(zip(row.indices, push, strict=True), key=lambda t: -t[1])[:6]
            ]
            p = data.passages[i]
            out.append(
                f"{p.id} [{data.kinds[i]}] gold={p.label} alone={alone[j]:.2f} "
                f"ctx={context[j]:.2f} kop={p.headings[0][:60]!r}\n  {p.text[:400]!r}\n  "
                + "; ".join(top)
            )
    return out


def unseen_score(data: train._Data, config: dict[str, Any], seed: int, folder: Path):
    """(alone, in context, per kind alone) macro-F1 on ``training/unseen`` of ``config``
    fitted on every passage, scored as ``training/unseen/evaluate_unseen.py`` scores a saved
    model (context: same source and heading). An evaluation set: never for choosing."""
    from raadsassistent.classify import Featurizer, context_probability

    config = train._config(copy.deepcopy(config), data)
    spec = config["hand_model"]
    labels = {r["id"]: r.get("label") for r in map(json.loads, _lines(folder / "labels.jsonl"))}
    rows = [
        r
        for r in map(json.loads, _lines(folder / "passages.jsonl"))
        if labels.get(r["id"]) in ("framework", "detail")
    ]
    y = np.array([labels[r["id"]] == "framework" for r in rows], dtype=np.int8)
    texts, headings = [r["text"] for r in rows], [r["section"] for r in rows]
    kinds = [r["kind"] for r in rows]
    idf, coef, b, calibration, context, _ = train._fit_two_stage(
        data, np.arange(len(data.y)), config, seed
    )
    settings = {**data.settings, **train._extra_settings(spec)}
    counts = Featurizer(settings, data.table).counts(texts, headings, kinds)
    width = counts.shape[1]
    scores = np.asarray(data.featurizer.weigh(counts, idf) @ coef[:width]).ravel() + b
    if spec.get("vectors"):
        table = np.load(Path(spec["vectors"]) / "vectors.npz")["vectors"].astype(np.float32)
        vocabulary = json.loads((Path(spec["vectors"]) / "vocabulary.json").read_text("utf-8"))
        index = {w: i for i, w in enumerate(vocabulary)}
        vectors = train.mean_vectors(data.featurizer.lemmas(texts), index, table)
        scores += float(spec.get("vector_scale", 1.0)) * vectors @ coef[width:]
    alone = classify.calibrated(scores, calibration)
    keys = [f"{r['source']}|{r['section']}" for r in rows]
    chapters = [r["source"] for r in rows]
    council = context[4:]
    if len(council) > 4:  # no neighbours known here: each passage stands in for its own
        in_context = train.neighbour_context_probability(
            scores, keys, chapters, [scores, scores], council
        )
    else:
        in_context = context_probability(scores, keys, chapters, council)
    per_kind = {
        kind: _f1(y[np.array(kinds) == kind], alone[np.array(kinds) == kind])
        for kind in sorted(set(kinds))
    }
    return _f1(y, alone), _f1(y, in_context), per_kind


def team_score(data: train._Data, config: dict[str, Any], seed: int) -> float:
    """Macro-F1 on the team passages, GroupKFold over their municipalities (as evaluate_model)."""
    config = train._config(copy.deepcopy(config), data)
    y_true, y_pred = [], []
    for train_idx, test_idx in train._team_folds(data, seed, config):
        y_true.append(data.y[test_idx])
        y_pred.append(train._predict(data, train_idx, test_idx, config, seed)[0])
    return float(train.metrics(np.concatenate(y_true), np.concatenate(y_pred))["macro_f1"])


def writers(data: train._Data, config: dict[str, Any], seed: int, without: bool) -> list[str]:
    """Leave one writer of the written set out (each writer wrote one municipality's
    documents): macro-F1 alone, alone with the document type unknown (``classify --jsonl``
    without ``--soort``) and in context (same document and heading). ``without``: trained
    without any passage of the held-out sets (``WRITTEN``), as before they existed."""
    from raadsassistent.classify import context_probability

    config = train._config(copy.deepcopy(config), data)
    if config["hand_model"].get("neighbours"):
        raise ValueError("--writers scores context by section and document, not by neighbours")
    written = np.array([p.source.split(":")[0] in WRITTEN for p in data.passages])
    with_kind, unknown = (train._hand_counts(data, config, blind) for blind in (False, True))
    everything = np.arange(len(data.y))
    # Without the written set every writer is held out from the same training rows: one fit.
    shared = train._fit_two_stage(data, everything[~written], config, seed) if without else None
    y_all: list[np.ndarray] = []
    views: list[list[np.ndarray]] = [[], [], []]
    per: list[str] = []
    for group in sorted(set(data.groups[written].tolist())):
        test = np.flatnonzero(data.groups == group)
        fitted = shared or train._fit_two_stage(
            data, everything[data.groups != group], config, seed
        )
        idf, coef, b, calibration, context, _ = fitted
        known, blind = (
            np.asarray(data.featurizer.weigh(counts[test], idf) @ coef).ravel() + b
            for counts in (with_kind, unknown)
        )
        found = (
            classify.calibrated(known, calibration),
            classify.calibrated(blind, calibration),
            context_probability(known, data.sections[test], data.chapters[test], context[4:8]),
        )
        y_all.append(data.y[test])
        for view, values in zip(views, found, strict=True):
            view.append(values)
        per.append(f"{group[5:]} " + "/".join(f"{_f1(data.y[test], v):.2f}" for v in found))
    y = np.concatenate(y_all)
    out = []
    for name, view in zip(("alone", "kind unknown", "in context"), views, strict=True):
        m = train.metrics(y, (np.concatenate(view) >= 0.5).astype(np.int8))
        out.append(f"{name} {m['macro_f1']:.3f} {m['confusion']['rows_true_cols_pred']}")
    return out + ["per writer (alone/unknown/in context): " + ", ".join(per)]


def _fmt(row: dict[str, Any], team: float | None) -> str:
    kinds = ", ".join(
        f"{row[k][0]:.3f} / {row[k][1]:.3f}"
        for k in ("raadsvoorstel", "afdoening", "notulen", "motie", "amendement")
        if k in row
    )
    team_text = f"{team:.3f}" if team is not None else "-"
    unseen = "-"
    if "unseen" in row:
        alone, context, per_kind = row["unseen"]
        parts = ", ".join(f"{k} {v:.3f}" for k, v in per_kind.items())
        unseen = f"{alone:.3f} / {context:.3f} ({parts})"
    return (
        f"{row['alone']:.3f} | {row['context']:.3f} | {row['inner']:.3f} | {team_text} | {kinds}"
        f" | {unseen}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--team", type=Path, default=Path("training"))
    parser.add_argument("--variants", default="v2")
    parser.add_argument("--seed", type=int, default=train.DEFAULT_SEED)
    parser.add_argument("--team-score", action="store_true", help="also the team passages")
    parser.add_argument(
        "--unseen", type=Path, help="also score training/unseen (a test set: never for choosing)"
    )
    parser.add_argument("--errors", help="print the mistakes on these kinds (comma-separated)")
    parser.add_argument("--ceiling", action="store_true", help="only the annotator ceiling")
    parser.add_argument(
        "--writers",
        action="store_true",
        help="only leave one writer of the written set out (with and without the set)",
    )
    parser.add_argument("--save", type=Path, help="folder for each variant's probabilities")
    parser.add_argument("--reuse", action="store_true", help="read variants --save has")
    args = parser.parse_args(argv)
    if args.ceiling:
        print("\n".join(ceiling(args.team / train.REAL_DIR)))
        return
    start = time.time()
    data = load_data(args.corpus, args.team)
    print(
        f"data: {int(data.is_real.sum())} real, {int(data.is_team.sum())} team passages "
        f"({time.time() - start:.0f} s)",
        flush=True,
    )
    if not data.stage_cache:  # the one corpus stage every variant shares
        corpus_idx = np.flatnonzero(~(data.is_team | data.is_real))
        config = train._config(None, data)
        train._corpus_stage(data, corpus_idx, config, args.seed)
        save_stage(data)
    if args.writers:
        for name in args.variants.split(","):
            for without in (True, False) if name == "v2" else (False,):
                label = f"{name} trained without the written set" if without else name
                lines = writers(data, VARIANTS[name], args.seed, without)
                print(f"{label}: " + "; ".join(lines), flush=True)
        return
    if args.errors:
        variant = VARIANTS[args.variants.split(",")[0]]
        print("\n".join(errors(data, variant, args.seed, set(args.errors.split(",")))))
        return
    results, rows = {}, []
    print(
        "| variant | LOMO alone | LOMO in context | inner mean | team | per kind alone / in "
        "context: raadsvoorstel, afdoening, notulen, motie, amendement | unseen alone / in "
        "context (alone per kind) |"
    )
    print("|---|---|---|---|---|---|---|")
    for name in args.variants.split(","):
        began = time.time()
        saved = args.save / f"{name}.npz" if args.save else None
        if args.reuse and saved is not None and saved.is_file():
            stored = np.load(saved)
            result = {
                "alone": stored["alone"],
                "context": stored["context"],
                "inner": json.loads(str(stored["inner"])),
                "meetings": json.loads(str(stored["meetings"])),
            }
        else:
            result = run_variant(data, VARIANTS[name], args.seed)
        results[name] = result
        team = team_score(data, VARIANTS[name], args.seed) if args.team_score else None
        row = summary(data, result)
        if args.unseen:
            row["unseen"] = unseen_score(data, VARIANTS[name], args.seed, args.unseen)
        rows.append((name, row))
        print(f"| {name} | {_fmt(row, team)} | ({time.time() - began:.0f} s)", flush=True)
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            np.savez(
                args.save / f"{name}.npz",
                alone=result["alone"],
                context=result["context"],
                ids=np.array([data.passages[i].id for i in np.flatnonzero(data.is_real)]),
                inner=json.dumps(result["inner"]),
                meetings=json.dumps(result["meetings"]),
            )
    for name, row in rows:  # the table rounds; shipping compares these
        print(
            f"{name}: alone {row['alone']:.5f}, in context {row['context']:.5f}, "
            f"inner {row['inner']:.5f}"
        )
    if len(results) > 1:
        choice = nested(data, results)
        real_idx = np.flatnonzero(data.is_real)
        y = data.y[real_idx]
        print(
            f"nested over {', '.join(results)}: alone {_f1(y, choice['alone']):.3f}, "
            f"in context {_f1(y, choice['context']):.3f}; chosen {choice['chosen']}"
        )
    print(f"total {time.time() - start:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
