"""How well raadsassistent reads real council papers: the Den Haag corpus in
../shared/corpus/denhaag, measured against poppler's pdftotext (words) and the council
information system's own labels (titles, types) and besluitenlijsten (outcomes, codes).

    python bench/bench_real.py                  # this checkout
    python bench/bench_real.py --against 01aed88  # and an older commit, in the same run

Every measure is a function of tests/realdocs.py, the same ones the real-document tests
assert on. ``--against REF`` checks REF out in a temporary git worktree and measures its
package with today's measures, so the two columns compare like with like. Each checkout is
measured in its own child process (its own peak memory).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))


def _compatible(read: Any) -> Any:
    """A reader whose documents answer ``outcome``/``references``/``motion`` even when the
    measured package is older than those fields (they then read as not found)."""
    from raadsassistent.types import StructuredDocument

    if "motion" in StructuredDocument.__dataclass_fields__:
        return read

    class Older:
        def __init__(self, doc: Any) -> None:
            self._doc = doc

        def __getattr__(self, name: str) -> Any:
            if name in ("outcome", "motion"):
                return None
            if name == "references":
                return ()
            return getattr(self._doc, name)

    return lambda path: Older(read(path))


def measure(quick: int | None) -> dict[str, Any]:
    """Every measure over the corpus, with the package importable in this process."""
    import realdocs as rd

    rows = list(rd.labelled_files())
    if quick:
        rows = rows[:: max(1, len(rows) // quick)]
    started = time.perf_counter()
    pages = sum(rd.structured(row.path).page_count for row in rows)
    seconds = time.perf_counter() - started
    read = _compatible(rd.structured)
    chosen = {row.path for row in rows}

    def of(*kinds: str) -> list[Any]:
        return [f for f in rd.files_of_type(*kinds) if f.path in chosen]

    proposals = [f.path for f in of("raadsvoorstel")]
    out: dict[str, Any] = {"files": len(rows), "pages": pages, "seconds": seconds}
    for engine in ("pdfium", "pdfplumber"):
        fid = rd.corpus_fidelity(proposals, engine)
        out[f"glued_{engine}"] = fid.glued_rate
        out[f"recall_{engine}"] = fid.recall
    out["titles"] = _share(rd.title_score(rows, read=read))
    out["types"] = _share(rd.type_score(rows, read=read))
    for kind in ("raadsvoorstel", "amendement", "motie"):
        score = rd.decision_score(of(kind))
        out[f"decisions_{kind}"] = (score.passed, score.files)
        out[f"decisions_found_{kind}"] = (score.found, score.files)
    motions = rd.motion_score([f for f in rd.motion_files() if f.path in chosen], read)
    for field, score in motions.items():
        out[f"motion_{field}"] = _share(score)
    out["outcomes"] = _share(rd.outcome_score(of("raadsvoorstel", "motie", "amendement"), read))
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _share(score: Any) -> tuple[int, int]:
    return score.right, score.total


ROWS = [
    ("glued words, pdfium (of our words)", "glued_pdfium", "low"),
    ("glued words, pdfplumber", "glued_pdfplumber", "low"),
    ("word recall vs pdftotext, pdfium", "recall_pdfium", "high"),
    ("word recall vs pdftotext, pdfplumber", "recall_pdfplumber", "high"),
    ("title right (RIS label)", "titles", "high"),
    ("type right (RIS category)", "types", "high"),
    ("decision block >= 90% covered, raadsvoorstel", "decisions_raadsvoorstel", "high"),
    ("decision points found, raadsvoorstel", "decisions_found_raadsvoorstel", "high"),
    ("change >= 90% covered, amendement", "decisions_amendement", "high"),
    ("dictum >= 90% covered, motie", "decisions_motie", "high"),
    ("motion code", "motion_code", "high"),
    ("motion first submitter's party", "motion_party", "high"),
    ("motion concerns (besluitenlijst item)", "motion_concerns", "high"),
    ("motion outcome (stamp / none)", "motion_outcome", "high"),
    ("recorded outcome, all proposals and motions", "outcomes", "high"),
]


def _cell(value: Any) -> str:
    if isinstance(value, list | tuple):
        right, total = value
        return f"{right}/{total} = {100 * right / total:.1f}%" if total else "-"
    return f"{100 * value:.2f}%"


def run_child(package_root: Path, quick: int | None) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    command = [sys.executable, __file__, "--child"] + (["--quick", str(quick)] if quick else [])
    result = subprocess.run(command, env=env, capture_output=True, text=True, cwd=package_root)
    if result.returncode:
        sys.exit(f"meting in {package_root} mislukt:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", help="an older commit to measure in the same run")
    parser.add_argument("--quick", type=int, help="measure about this many files only")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.quick)))
        return
    import realdocs as rd

    if not (rd.DENHAAG / "documents.csv").is_file() or not rd.has_pdftotext():
        sys.exit("../shared/corpus/denhaag of pdftotext ontbreekt: niets te meten")
    columns: list[tuple[str, dict[str, Any]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.against:
            old = Path(tmp) / "against"
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(old),
                 args.against],
                check=True,
            )  # fmt: skip
            try:
                columns.append((args.against, run_child(old, args.quick)))
            finally:
                subprocess.run(
                    ["git", "-C", str(REPO), "worktree", "remove", "--force", str(old)],
                    check=False,
                )
        columns.append(("now", run_child(REPO, args.quick)))
    first = columns[-1][1]
    print(f"Den Haag corpus: {first['files']} files, {first['pages']} pages")
    header = "| measure | " + " | ".join(name for name, _ in columns) + " |"
    print(header)
    print("|---|" + "---|" * len(columns))
    for label, key, _better in ROWS:
        print(f"| {label} | " + " | ".join(_cell(data[key]) for _, data in columns) + " |")
    for name, data in columns:
        print(
            f"{name}: extract+segment {data['pages']} pages in {data['seconds']:.1f} s "
            f"= {data['pages'] / data['seconds']:.1f} pages/s; peak RSS {data['peak_mb']:.0f} MB"
        )


if __name__ == "__main__":
    main()
