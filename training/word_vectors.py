"""Word vectors learnt offline from unlabelled text: PPMI over a word window, truncated SVD.

The text: the bestemmingsplan corpus (every labelled and unlabelled paragraph), the team's
raadsstukken and the motions of ``../shared/corpus/moties``; never the Den Haag meetings the
model is tested on. Lemmas are the classifier's (``Featurizer.lemmas``, digits as 0). The
result is a float16 ``vectors.npz`` (one l2-normed row per word) and ``vocabulary.json``.

    python training/word_vectors.py --corpus ../shared/corpus/bestemmingsplannen \\
        --out /tmp/h46/vectors --dim 64 --words 20000
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np

WINDOW = 4  # words either side
SMOOTHING = 0.75  # context distribution smoothing (Levy et al. 2015)


def texts(corpus: Path, team: Path, motions: Path | None) -> list[str]:
    """Paragraphs of unlabelled text (no Den Haag meeting)."""
    from raadsassistent.weaklabels import parse_markdown

    out = []
    for path in sorted(corpus.glob("t_NL.IMRO.*.md")):
        out += [p for _, p in parse_markdown(path.read_text(encoding="utf-8", errors="replace"))]
    for path in sorted(team.glob("*.jsonl")):
        out += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line]
    if motions is not None and motions.is_file():
        for line in motions.read_text("utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                out += [v for v in record.values() if isinstance(v, str) and len(v) > 40]
    return out


def ppmi_svd(lemmas: list[list[str]], n_words: int, dim: int, seed: int):
    """(vocabulary, l2-normed vectors) of the ``n_words`` most frequent words."""
    import scipy.sparse as sp
    from sklearn.utils.extmath import randomized_svd

    frequency = Counter(w for words in lemmas for w in words if w.isalpha() and len(w) > 1)
    vocabulary = [w for w, n in frequency.most_common(n_words) if n >= 5]
    index = {w: i for i, w in enumerate(vocabulary)}
    rows, cols = [], []
    for words in lemmas:
        ids = [index.get(w, -1) for w in words]
        for i, a in enumerate(ids):
            if a < 0:
                continue
            for b in ids[max(0, i - WINDOW) : i]:
                if b >= 0:
                    rows += [a, b]
                    cols += [b, a]
    n = len(vocabulary)
    counts = sp.coo_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(n, n)).tocsr()
    counts.sum_duplicates()
    total = counts.sum()
    word = np.asarray(counts.sum(axis=1)).ravel()
    context = np.asarray(counts.sum(axis=0)).ravel() ** SMOOTHING
    context /= context.sum()
    coo = counts.tocoo()
    pmi = np.log(coo.data * 1.0 / total) - np.log(word[coo.row] / total) - np.log(context[coo.col])
    keep = pmi > 0
    ppmi = sp.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=(n, n))
    u, s, _ = randomized_svd(ppmi, n_components=dim, random_state=seed)
    vectors = u * np.sqrt(s)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    return vocabulary, vectors


def main(argv: list[str] | None = None) -> None:
    from raadsassistent.classify import DEFAULT_SETTINGS, Featurizer
    from raadsassistent.nlp import load_lemma_table

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--team", type=Path, default=Path("training"))
    parser.add_argument(
        "--motions", type=Path, default=Path("../shared/corpus/moties/moties.jsonl")
    )
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--dim", type=int, default=64)
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    paragraphs = texts(args.corpus, args.team, args.motions)
    lemmas = Featurizer(DEFAULT_SETTINGS, load_lemma_table()).lemmas(paragraphs)
    vocabulary, vectors = ppmi_svd(lemmas, args.words, args.dim, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out / "vectors.npz", vectors=vectors.astype(np.float16))
    (args.out / "vocabulary.json").write_text(json.dumps(vocabulary, ensure_ascii=False), "utf-8")
    size = (args.out / "vectors.npz").stat().st_size
    print(f"{len(paragraphs)} paragraphs, {len(vocabulary)} words x {args.dim}: {size} bytes")


if __name__ == "__main__":
    main()
