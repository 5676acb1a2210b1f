"""Benchmark: classify 10,000 corpus passages on one core; print passages/second and peak memory.

Usage: python bench/bench_classify.py [CORPUS_DIR] [--model DIR] [--n 10000]
(default corpus: ../shared/corpus/bestemmingsplannen next to the repo).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

# One core: keep BLAS and friends single-threaded before numpy is imported.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "corpus", nargs="?", default=str(REPO.parent / "shared" / "corpus" / "bestemmingsplannen")
    )
    parser.add_argument("--model", default=None)
    parser.add_argument("--n", type=int, default=10_000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    from raadsassistent.classify import load_model
    from raadsassistent.weaklabels import clean_block

    texts: list[str] = []
    for path in sorted(Path(args.corpus).glob("t_NL.IMRO.*.md")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            if not block.lstrip().startswith("#"):
                text = clean_block(block)
                if text:
                    texts.append(text)
        if len(texts) >= args.n:
            break
    texts = texts[: args.n]
    if not texts:
        raise SystemExit(f"geen bestemmingsplannen (t_NL.IMRO.*.md) gevonden in {args.corpus}")
    words = sum(len(t.split()) for t in texts)

    start = time.perf_counter()
    model = load_model(args.model)
    loaded = time.perf_counter()
    probabilities = model.predict_proba(texts)
    done = time.perf_counter()

    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    seconds = done - loaded
    print(f"passages: {len(texts)} ({words} words, {words / len(texts):.0f} per passage)")
    print(f"model load: {loaded - start:.2f} s")
    print(
        f"classify: {seconds:.2f} s = {len(texts) / seconds:,.0f} passages/s "
        f"(framework share {float((probabilities >= 0.5).mean()):.2f})"
    )
    print(f"peak memory (ru_maxrss): {peak_kb / 1024:.0f} MB")


if __name__ == "__main__":
    main()
