"""Benchmark the griffie's batch: a generated 40-document / ~1,000-page meeting, then a folder
mixing good PDFs with every file in ../shared/pdf-torture/.

    python bench/bench_batch.py [--workers N] [--documents 40] [--pages 1000]

Prints documents, pages, seconds, pages/second, peak RSS of the parent and of the worker
processes, agenda matching against the generator's manifest, and the Dutch summary tables.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

from raadsassistent.batch import run_batch  # noqa: E402
from raadsassistent.cli import format_summary  # noqa: E402
from raadsassistent.store import Store  # noqa: E402


def _generator():
    spec = importlib.util.spec_from_file_location(
        "sample_generator", REPO / "samples" / "generate.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(folder: Path, work: Path, workers: int, label: str):
    db, out = work / f"{label}.db", work / f"{label}-uit"
    started = time.perf_counter()
    with Store(db) as store:
        events = list(run_batch(folder, store, out, workers=workers))
    seconds = time.perf_counter() - started
    summary = events[-1].summary
    return summary, seconds, db


def _rss_mb() -> tuple[float, float]:
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # largest child
    return parent, children


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--pages", type=int, default=1000)
    args = parser.parse_args()
    gen = _generator()
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        work = Path(tmp)
        meeting = work / "vergadering"
        t0 = time.perf_counter()
        gen.generate_meeting(meeting, n_documents=args.documents, pages_total=args.pages, seed=0)
        print(f"Generated {args.documents} documents + agenda in {time.perf_counter() - t0:.1f} s")

        summary, seconds, _ = _run(meeting, work, args.workers, "vergadering")
        pages = sum(o.pages for o in summary.processed)
        parent, child = _rss_mb()
        print(f"\n== Generated meeting ({args.workers} workers, {os.cpu_count()} cores) ==")
        print(f"documents      {len(summary.processed)} processed, {len(summary.failed)} failed")
        print(f"pages          {pages}")
        print(f"seconds        {seconds:.1f}")
        print(f"pages/second   {pages / seconds:.1f}")
        print(f"peak RSS       parent {parent:.0f} MB, largest worker {child:.0f} MB")
        manifest = json.loads((meeting / "meeting.json").read_text(encoding="utf-8"))
        truth = {f: i["number"] for i in manifest["agenda"]["items"] for f in i["documents"]}
        got = {
            d["file_name"]: next(i["number"] for i in summary.meeting["items"] if i["position"] == d["item_position"])
            for d in summary.meeting["documents"]
            if d.get("item_position")
        }  # fmt: skip
        right = sum(got.get(f) == n for f, n in truth.items())
        print(f"agenda match   {right}/{len(truth)} documents on the right item, "
              f"{len(got) - right} wrong or extra, {len(summary.meeting['items'])} items")  # fmt: skip
        print(format_summary(summary))

        t1 = time.perf_counter()
        again, seconds_again, _ = _run(meeting, work, args.workers, "vergadering")
        print(
            f"\nre-run (all unchanged): {len(again.skipped)} skipped in {time.perf_counter() - t1:.1f} s"
        )

        torture = SHARED / "pdf-torture"
        if not torture.is_dir():
            print("\n../shared/pdf-torture ontbreekt: tweede run overgeslagen")
            return
        mixed = work / "gemengd"
        mixed.mkdir()
        for pdf in sorted(meeting.glob("*.pdf"))[:10]:
            shutil.copy(pdf, mixed / pdf.name)
        for pdf in sorted(torture.iterdir()):
            if pdf.is_file():
                shutil.copy(pdf, mixed / f"torture-{pdf.name}")
        summary, seconds, _ = _run(mixed, work, args.workers, "gemengd")
        print(
            f"\n== Good PDFs + pdf-torture ({len(list(mixed.iterdir()))} files, {seconds:.1f} s) =="
        )
        print(format_summary(summary))
        print(f"exit code would be {summary.exit_code}")


if __name__ == "__main__":
    main()
