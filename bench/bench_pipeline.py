"""Benchmark the whole pipeline (extract, segment, classify, brief, store) against bare
pdfplumber ``page.extract_text()`` on the same generated files, in the same run.

Prints pages/second, peak RSS and the speed ratio for documents of 100, 300 and 1,000 pages
(to show time and memory grow linearly), and for a generated 40-document meeting through
``batch``. Each measurement runs in a fresh child process so its peak RSS is its own.

    python bench/bench_pipeline.py [--sizes 100 300 1000] [--workers 2] [--meeting]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _generator():
    spec = importlib.util.spec_from_file_location("gen", REPO / "samples" / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    return gen


def measure_pdfplumber(path: str) -> dict:
    import pdfplumber

    start = time.perf_counter()
    pages = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
            pages += 1
    return {"pages": pages, "seconds": time.perf_counter() - start}


def measure_pipeline(path: str, workers: int) -> dict:
    """One document through every stage; stage times in seconds."""
    from raadsassistent.classify import classify_passages, load_model
    from raadsassistent.extract import extract_document
    from raadsassistent.pipeline import save_briefing
    from raadsassistent.segment import segment_document
    from raadsassistent.store import Store

    load_model()  # a batch loads the model once; count it apart from per-page work
    stages: dict[str, float] = {}
    start = time.perf_counter()
    mark = start

    def lap(name: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        stages[name] = now - mark
        mark = now

    document = extract_document(path, timeout=None, workers=workers)
    lap("extract")
    doc = segment_document(document)
    del document
    lap("segment")
    doc = classify_passages(doc)
    lap("classify")
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        save_briefing(store, doc)  # summarise + render md/html + store, one transaction
        lap("brief+store")
    return {"pages": doc.page_count, "seconds": time.perf_counter() - start, "stages": stages}


def measure_batch(folder: str, workers: int) -> dict:
    from raadsassistent.batch import run_batch
    from raadsassistent.store import Store

    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "batch.db") as store:
        summary = None
        for event in run_batch(folder, store, Path(tmp) / "uit", workers=workers):
            if event.kind == "end":
                summary = event.summary
    return {
        "pages": summary.pages if summary else 0,
        "documents": len(summary.processed) if summary else 0,
        "seconds": time.perf_counter() - start,
    }


def child(kind: str, target: str, workers: int) -> None:
    if kind == "pdfplumber":
        result = measure_pdfplumber(target)
    elif kind == "pipeline":
        result = measure_pipeline(target, workers)
    else:
        result = measure_batch(target, workers)
    rusage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result["peak_mb"] = rusage
    result["peak_children_mb"] = children
    print(json.dumps(result))


def run(kind: str, target: Path, workers: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(target), "--workers", str(workers)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--meeting", action="store_true", help="also a 40-document meeting")
    parser.add_argument("--child", nargs=2)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.workers)
        return
    gen = _generator()
    print(f"cores: {os.cpu_count()}, workers: {args.workers}")
    header = f"{'input':<16} {'run':<26} {'pages':>6} {'s':>7} {'p/s':>7} {'peak MB':>8}"
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            pdf = Path(tmp) / f"document-{size}.pdf"
            gen.generate_long_document(pdf, size, seed=0)
            print(header)
            bare = run("pdfplumber", pdf, 1)
            print(
                f"{f'{size} p. document':<16} {'pdfplumber extract_text':<26} {bare['pages']:>6} "
                f"{bare['seconds']:>7.1f} {bare['pages'] / bare['seconds']:>7.1f} "
                f"{bare['peak_mb']:>8.0f}"
            )
            full = run("pipeline", pdf, args.workers)
            peak = max(full["peak_mb"], full["peak_children_mb"])
            print(
                f"{f'{size} p. document':<16} {'raadsassistent pipeline':<26} {full['pages']:>6} "
                f"{full['seconds']:>7.1f} {full['pages'] / full['seconds']:>7.1f} {peak:>8.0f}"
            )
            stages = ", ".join(f"{k} {v:.1f}s" for k, v in full["stages"].items())
            print(f"{'':<16} stages: {stages}")
            print(
                f"{'':<16} pipeline / pdfplumber speed: {bare['seconds'] / full['seconds']:.2f}x\n"
            )
        if args.meeting:
            folder = Path(tmp) / "vergadering"
            gen.generate_meeting(folder, n_documents=40, pages_total=1000, seed=0)
            pdfs = sorted(folder.glob("*.pdf"))
            start = time.perf_counter()
            bare_pages = sum(run("pdfplumber", p, 1)["pages"] for p in pdfs)
            bare_seconds = time.perf_counter() - start
            result = run("batch", folder, args.workers)
            print(f"meeting: {len(pdfs)} PDFs, {bare_pages} pages")
            print(
                f"  pdfplumber extract_text (1 process): {bare_seconds:.1f} s = "
                f"{bare_pages / bare_seconds:.1f} p/s"
            )
            print(
                f"  raadsassistent batch ({args.workers} workers): {result['seconds']:.1f} s = "
                f"{result['pages'] / result['seconds']:.1f} p/s, {result['documents']} documents, "
                f"peak RSS parent {result['peak_mb']:.0f} MB, largest worker "
                f"{result['peak_children_mb']:.0f} MB"
            )
            print(f"  batch / pdfplumber speed: {bare_seconds / result['seconds']:.2f}x")


if __name__ == "__main__":
    main()
