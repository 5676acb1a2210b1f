"""Benchmark extraction: pages/second and peak memory of raadsassistent's extract + segment,
next to bare pdfplumber ``page.extract_text()`` on the same files in the same run.

Each measurement runs in a fresh child process so its peak RSS is its own.

    python bench/bench_extract.py [--pages 300]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def measure(mode: str, paths: list[str]) -> dict:
    pages = 0
    start = time.perf_counter()
    if mode == "pdfplumber":
        import pdfplumber

        for path in paths:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.close()
                    pages += 1
    else:
        from raadsassistent.extract import extract_document
        from raadsassistent.segment import segment_document

        for path in paths:
            doc = segment_document(extract_document(path, timeout=None))
            pages += doc.page_count
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"pages": pages, "seconds": seconds, "peak_mb": peak_mb}


def run_child(mode: str, paths: list[str]) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, *paths],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child[0], args.child[1:])))
        return
    spec = importlib.util.spec_from_file_location("gen", REPO / "samples" / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    with tempfile.TemporaryDirectory() as tmp:
        long_pdf = Path(tmp) / f"bijlage-{args.pages}.pdf"
        gen.generate_long_document(long_pdf, args.pages, seed=0)
        inputs = {
            "samples": [str(p) for p in sorted((REPO / "samples").glob("*.pdf"))],
            f"generated {args.pages} p.": [str(long_pdf)],
        }
        print(f"{'input':<20} {'extractor':<26} {'pages':>6} {'p/s':>8} {'peak MB':>8}")
        for label, paths in inputs.items():
            results = {}
            for mode, name in (
                ("pdfplumber", "pdfplumber extract_text"),
                ("raadsassistent", "raadsassistent extract"),
            ):
                r = run_child(mode, paths)
                results[mode] = r
                print(
                    f"{label:<20} {name:<26} {r['pages']:>6} "
                    f"{r['pages'] / r['seconds']:>8.1f} {r['peak_mb']:>8.0f}"
                )
            ratio = results["pdfplumber"]["seconds"] / results["raadsassistent"]["seconds"]
            print(f"{label:<20} speed ratio raadsassistent/pdfplumber: {ratio:.2f}x")


if __name__ == "__main__":
    main()
