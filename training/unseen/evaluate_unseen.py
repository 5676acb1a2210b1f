"""Score a framework/detail model on the passages from outside Den Haag (never trained on).

Alone (each passage by itself, as ``classify --jsonl --soort KIND`` does) and in context (the
mean score of passages under the same heading in the same source, as ``classify FILE.pdf``
averages a section), per council and kind, with the baseline trained on every hand-labelled
passage (team and Den Haag) on the same set.

    python training/unseen/evaluate_unseen.py [--model models/framework-v4] [--labels FILE]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import numpy as np

from raadsassistent.classify import calibrated, load_model
from raadsassistent.train import _fit_baseline_predict, metrics
from raadsassistent.weaklabels import load_real_passages, load_team_passages

HERE = Path(__file__).resolve().parent
TRAINING = HERE.parent


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def evaluate(model_path: str | None, passages: Path, labels: Path) -> dict[str, dict]:
    """Macro-F1 and confusion per (set, view): views alone, alone without the kind, in context,
    baseline; sets all, per council, per kind."""
    final = {r["id"]: r["label"] for r in _rows(labels) if r.get("label")}
    rows = [r for r in _rows(passages) if r["id"] in final]
    y = np.array([final[r["id"]] == "framework" for r in rows], dtype=np.int8)
    views = predict_views(model_path, rows)
    sets: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        sets["all"].append(i)
        sets[f"council {r['council']}"].append(i)
        sets[f"kind {r['kind']}"].append(i)
    return {
        name: {view: metrics(y[idx], pred[idx]) for view, pred in views.items()}
        for name, idx in sets.items()
    }


def predict_views(model_path: str | None, rows: list[dict]) -> dict[str, np.ndarray]:
    """Per view (alone, alone with the kind unknown, in context, baseline), 1 where ``rows``
    are predicted framework, in the order of ``rows``."""
    texts = [r["text"] for r in rows]
    headings = [r["section"] for r in rows]
    kinds = [r["kind"] for r in rows]
    model = load_model(model_path)
    scores = model.decision_function(texts, headings, kinds=kinds)
    alone = calibrated(scores, model.calibration)
    # as `classify --jsonl` without --soort: no document type at all
    unknown = model.predict_proba(texts, kind="", headings=headings)
    keys = [f"{r['source']}|{r['section']}" for r in rows]
    chapters = [r["source"] for r in rows]
    context = model.predict_proba_in_context(texts, keys, chapters, headings, False, kinds)
    hand = load_team_passages(TRAINING) + load_real_passages(TRAINING / "denhaag")
    baseline = _fit_baseline_predict(
        [p.text for p in hand], np.array([p.label == "framework" for p in hand], np.int8), texts
    )
    return {
        "alone": (alone >= 0.5).astype(np.int8),
        "alone, kind unknown": (unknown >= 0.5).astype(np.int8),
        "in context": (context >= 0.5).astype(np.int8),
        "baseline": np.asarray(baseline, dtype=np.int8),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None)
    parser.add_argument("--passages", type=Path, default=HERE / "passages.jsonl")
    parser.add_argument("--labels", type=Path, default=HERE / "labels.jsonl")
    args = parser.parse_args()
    report = evaluate(args.model, args.passages, args.labels)
    views = list(next(iter(report.values())))
    print(f"{'set':28} {'n':>4} " + " ".join(f"{v:>20}" for v in views))
    for name, by_view in report.items():
        n = by_view[views[0]]["n"]
        print(f"{name:28} {n:4d} " + " ".join(f"{by_view[v]['macro_f1']:20.3f}" for v in views))
    print(
        "confusion, all, alone (rows true, framework first):",
        report["all"]["alone"]["confusion"]["rows_true_cols_pred"],
    )
    print(
        "confusion, all, in context:",
        report["all"]["in context"]["confusion"]["rows_true_cols_pred"],
    )


if __name__ == "__main__":
    main()
