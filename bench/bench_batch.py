"""Benchmark the griffie's batch: a generated 40-document / ~1,000-page meeting, then a folder
mixing good PDFs with every file in ../shared/pdf-torture/.

    python bench/bench_batch.py [--workers N] [--documents 40] [--pages 1000]
    python bench/bench_batch.py --real ../shared/corpus/denhaag/1259560 [--workers 2] [--runs 5]

Prints documents, pages, seconds, pages/second, peak RSS of the parent and of the worker
processes, agenda matching against the generator's manifest, and the Dutch summary tables.

With ``--real FOLDER`` it measures a real meeting folder instead, each part in a fresh child
process: bare pdfplumber ``extract_text`` over the same files (in as many processes as the
batch has workers) and the ratio to it, the whole batch (pages/s, peak RSS of the parent and
of the largest worker) and the start-up time of ``brief`` on a one-page motion (a cold
process, median of ``--runs``: the package loaded from bytecode as an installed one is, and
compiled from source as a checkout with PYTHONDONTWRITEBYTECODE is). Not part of CI: it
needs ../shared and takes a minute.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import shutil
import statistics
import subprocess
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


# --- --real: a real meeting folder ------------------------------------------------------------


def _plumber_file(path: str) -> int:
    from bench_pipeline import measure_pdfplumber  # bare extract_text, as bench_pipeline

    return measure_pdfplumber(path)["pages"]


def _child_plumber(paths: list[str], workers: int) -> dict:
    from concurrent.futures import ProcessPoolExecutor

    started = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        pages = sum(pool.map(_plumber_file, paths))
    seconds = time.perf_counter() - started
    workers_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = workers_cpu.ru_utime + workers_cpu.ru_stime
    return {"pages": pages, "seconds": seconds, "child_mb": _rss_mb()[1], "cpu": cpu}


def _child_batch(folder: str, workers: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-real-") as tmp:
        started = time.perf_counter()
        summary, seconds, _ = _run(Path(folder), Path(tmp), workers, "echt")
        whole = time.perf_counter() - started
    parent, child = _rss_mb()
    own, workers = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return {
        "cpu_parent": own.ru_utime + own.ru_stime,
        "cpu_workers": workers.ru_utime + workers.ru_stime,
        "processed": len(summary.processed),
        "failed": len(summary.failed),
        "pages": sum(o.pages for o in summary.processed),
        "seconds": seconds,
        "whole": whole,
        "parent_mb": parent,
        "worker_mb": child,
    }


def _in_child(kind: str, *args: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, *args],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["process"] = time.perf_counter() - started  # imports and start-up included
    return result


def _one_page_motion(folder: Path) -> Path | None:
    import pypdfium2

    for path in sorted(folder.glob("motie-*.pdf")):
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            if len(pdf) == 1:
                return path
        finally:
            pdf.close()
    return None


def _brief_startup(pdf: Path, runs: int, bytecode: bool) -> tuple[list[float], float]:
    """Wall seconds of ``raadsassistent brief`` on ``pdf`` per cold run, and the peak RSS.

    With ``bytecode`` the package's modules load from compiled bytecode, as from an installed
    package (pip compiles at install; a warm-up run writes it to a temporary cache); without,
    Python compiles them on every start, as here where PYTHONDONTWRITEBYTECODE is set.
    """
    times = []
    with tempfile.TemporaryDirectory(prefix="bench-brief-") as tmp:
        env = dict(os.environ, PYTHONPATH=str(REPO), RAADSASSISTENT_DB=str(Path(tmp) / "b.db"))
        if bytecode:  # every module's bytecode, written by the warm-up run to a cache of ours
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        else:  # the installed libraries' own bytecode, ours compiled on every start
            env.pop("PYTHONPYCACHEPREFIX", None)
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        command = [sys.executable, "-m", "raadsassistent", "brief", str(pdf), "--format", "json"]
        peak = 0.0
        for run in range(runs + bytecode):
            started = time.perf_counter()
            process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
            _, status, usage = os.wait4(process.pid, 0)  # this child's own peak RSS
            seconds = time.perf_counter() - started
            process.returncode = os.waitstatus_to_exitcode(status)
            if process.returncode:
                raise SystemExit(f"brief failed with exit code {process.returncode}")
            if bytecode and run == 0:
                continue  # the warm-up run that wrote the bytecode
            times.append(seconds)
            peak = max(peak, usage.ru_maxrss / 1024)
    return times, peak


def real(folder: Path, workers: int, runs: int) -> None:
    import pypdfium2

    paths = sorted(str(p) for p in folder.rglob("*.pdf"))
    pages = 0
    for path in paths:
        pdf = pypdfium2.PdfDocument(path)
        pages += len(pdf)
        pdf.close()
    print(f"== {folder} ({len(paths)} PDFs, {pages} pages; {workers} workers, "
          f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}) ==")  # fmt: skip
    bare = _in_child("plumber", str(workers), *paths)
    batch = _in_child("batch", str(workers), str(folder))
    bare_rate = bare["pages"] / bare["seconds"]
    rate = batch["pages"] / batch["seconds"]
    print(f"pdfplumber extract_text  {bare['pages']} pages in {bare['seconds']:.1f} s = "
          f"{bare_rate:.1f} pages/s ({workers} processes, {1000 * bare['cpu'] / pages:.0f} ms CPU "
          "per page)")  # fmt: skip
    print(f"batch                    {batch['processed']} processed, {batch['failed']} failed, "
          f"{batch['pages']} pages in {batch['seconds']:.1f} s = {rate:.1f} pages/s")  # fmt: skip
    print(f"batch, whole process     {batch['process']:.1f} s with start-up = "
          f"{batch['pages'] / batch['process']:.1f} pages/s")  # fmt: skip
    print(f"ratio to pdfplumber      {rate / bare_rate:.2f}x")
    print(f"batch CPU                parent {batch['cpu_parent']:.1f} s, workers "
          f"{batch['cpu_workers']:.1f} s = {1000 * (batch['cpu_parent'] + batch['cpu_workers']) / pages:.0f} ms per page")  # fmt: skip
    print(f"peak RSS                 parent {batch['parent_mb']:.0f} MB, largest worker "
          f"{batch['worker_mb']:.0f} MB")  # fmt: skip
    motion = _one_page_motion(folder)
    if motion is None:
        print("start-up                 no one-page motion in this folder")
        return
    print(f"start-up (brief)         {motion.name}, {runs} cold runs each:")
    for bytecode, how in ((True, "from bytecode, as installed"), (False, "compiling the source")):
        times, rss = _brief_startup(motion, runs, bytecode)
        listed = ", ".join(f"{t:.2f}" for t in times)
        print(f"  {how:<27} median {statistics.median(times):.2f} s ({listed}), "
              f"peak RSS {rss:.0f} MB")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--real", type=Path, help="a real meeting folder (see the docstring)")
    parser.add_argument("--runs", type=int, default=5, help="cold brief runs (with --real)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, workers, *rest = args.child
        if kind == "plumber":
            result = _child_plumber(rest, int(workers))
        else:
            result = _child_batch(rest[0], int(workers))
        print(json.dumps(result))
        return
    if args.real:
        real(args.real, args.workers or 2, args.runs)
        return
    args.workers = args.workers or os.cpu_count() or 1
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
