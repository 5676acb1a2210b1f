"""A whole meeting's agenda package (folder or ZIP) in one run: briefings and a meeting briefing.

Documents are read in worker processes; only this (parent) process writes the database, one
document at a time, each with its briefing in one transaction. Killing the run at any moment
therefore loses no finished document and leaves none half-written, and a re-run skips what is
done. Progress is reported as :class:`Event` objects from :func:`run_batch`; nothing prints.
"""

from __future__ import annotations

import concurrent.futures as cf
import json
import multiprocessing
import os
import re
import signal
import stat
import threading
import time
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from raadsassistent.errors import InputError, RaadsassistentError
from raadsassistent.extract import file_sha256
from raadsassistent.store import Store
from raadsassistent.types import StructuredDocument

# ZIP limits, checked on the archive's directory before anything is extracted.
MAX_ZIP_FILES = 5000
MAX_ZIP_BYTES = 2 * 1024**3  # total uncompressed size
MAX_ZIP_RATIO = 200  # uncompressed / compressed, for an archive that unpacks to more than:
RATIO_MIN_BYTES = 50 * 1024**2
ZIP_KEEP = (".pdf", ".json")

DOCUMENT_TIMEOUT = 300.0  # seconds per document, all stages together
HANG_GRACE = 60.0  # beyond the per-document limit before a silent worker is killed
EXTRACT_DIR = "_stukken"
BRIEFING_DIR = "briefings"

EXIT_OK, EXIT_SOME_FAILED, EXIT_NOTHING = 0, 1, 2


# --- input: folder or ZIP ----------------------------------------------------------------


def human_size(size: float) -> str:
    for unit in ("bytes", "kB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return (
                f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}".replace(".", ",")
            )
        size /= 1024
    return f"{size} GB"


def check_zip(
    archive: zipfile.ZipFile,
    name: str,
    *,
    max_files: int | None = None,
    max_bytes: int | None = None,
    max_ratio: float | None = None,
) -> list[zipfile.ZipInfo]:
    """The entries worth extracting; raise :class:`InputError` on any unsafe entry or a bomb.

    Sizes come from the archive's directory, so a bomb is refused before anything is unpacked
    (and extraction never writes more than an entry's declared size).
    """
    max_files = MAX_ZIP_FILES if max_files is None else max_files
    max_bytes = MAX_ZIP_BYTES if max_bytes is None else max_bytes
    max_ratio = MAX_ZIP_RATIO if max_ratio is None else max_ratio
    infos = archive.infolist()
    refuse = "; uit veiligheid is niets uitgepakt."
    if len(infos) > max_files:
        raise InputError(
            f"{name}: het ZIP-bestand bevat {len(infos)} bestanden, meer dan de grens van "
            f"{max_files}{refuse} Dit lijkt een zipbom; vraag de afzender om de stukken apart."
        )
    total = sum(i.file_size for i in infos)
    if total > max_bytes:
        raise InputError(
            f"{name}: het ZIP-bestand wordt uitgepakt {human_size(total)}, meer dan de grens van "
            f"{human_size(max_bytes)}{refuse} Dit lijkt een zipbom; vraag de afzender om de stukken apart."
        )
    packed = sum(i.compress_size for i in infos) or 1
    if total > RATIO_MIN_BYTES and total / packed > max_ratio:
        raise InputError(
            f"{name}: het ZIP-bestand is {total / packed:.0f} keer samengeperst (grens {max_ratio:.0f})"
            f"{refuse} Dit lijkt een zipbom; vraag de afzender om de stukken apart."
        )
    keep = []
    for info in infos:
        entry = info.filename
        if entry.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", entry):
            raise InputError(
                f"{name}: het ZIP-bestand bevat een absoluut pad ({entry}){refuse} "
                "Vraag de afzender om een nieuw ZIP-bestand."
            )
        if ".." in re.split(r"[/\\]", entry):
            raise InputError(
                f"{name}: het ZIP-bestand bevat een pad met '..' dat buiten de map wijst ({entry})"
                f"{refuse} Vraag de afzender om een nieuw ZIP-bestand."
            )
        if stat.S_ISLNK(info.external_attr >> 16):
            raise InputError(
                f"{name}: het ZIP-bestand bevat een snelkoppeling (symlink) ({entry}){refuse} "
                "Vraag de afzender om een ZIP-bestand met gewone bestanden."
            )
        if info.flag_bits & 0x1:
            raise InputError(
                f"{name}: het ZIP-bestand is beveiligd met een wachtwoord ({entry}). "
                "Pak het zelf uit en geef de map op."
            )
        parts = PurePosixPath(entry.replace("\\", "/")).parts
        if info.is_dir() or not parts or parts[0] == "__MACOSX" or parts[-1].startswith("._"):
            continue
        if entry.lower().endswith(ZIP_KEEP):
            keep.append(info)
    return keep


def extract_zip(path: Path, target: Path, **limits: Any) -> Path:
    """Check ``path`` and extract its PDFs and JSON files under ``target``; return ``target``."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise InputError(
            f"{path.name}: dit is geen geldig ZIP-bestand ({error}). Controleer of de download "
            "volledig is."
        ) from error
    with archive:
        keep = check_zip(archive, path.name, **limits)
        target.mkdir(parents=True, exist_ok=True)
        root = target.resolve()
        for info in keep:
            parts = [
                safe_name(p, max_length=120)
                for p in PurePosixPath(info.filename.replace("\\", "/")).parts
            ]
            destination = root.joinpath(*parts).resolve()
            if not destination.is_relative_to(root):  # belt and braces after check_zip
                raise InputError(f"{path.name}: onveilig pad in het ZIP-bestand ({info.filename}).")
            destination.parent.mkdir(parents=True, exist_ok=True)
            try:
                with archive.open(info) as source, open(destination, "wb") as sink:
                    while block := source.read(1 << 20):
                        sink.write(block)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
                destination.unlink(missing_ok=True)  # a damaged entry is not extracted
                (destination.parent / (destination.name + ".kapot")).write_text(
                    str(error), encoding="utf-8"
                )
    return target


_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


def safe_name(name: str, *, max_length: int = 90) -> str:
    """A file name of plain letters, digits and ``._ -`` that never names a folder above."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    cleaned = _UNSAFE.sub("_", ascii_name).strip(" ._-")
    cleaned = re.sub(r"\s+", " ", cleaned)
    return cleaned[:max_length].rstrip(" ._-") or "document"


@dataclass(frozen=True)
class Inputs:
    """What a folder holds: PDFs, candidate Notubiz JSON, and files left alone."""

    folder: Path
    pdfs: list[Path]
    json_files: list[Path]
    ignored: list[Path]


def collect_inputs(folder: Path, *, exclude: Path | None = None) -> Inputs:
    pdfs, jsons, ignored = [], [], []
    excluded = exclude.resolve() if exclude else None
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        if excluded and path.resolve().is_relative_to(excluded):
            continue
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            pdfs.append(path)
        elif suffix == ".json":
            jsons.append(path)
        else:
            ignored.append(path)
    return Inputs(folder, pdfs, jsons, ignored)


# --- the worker ---------------------------------------------------------------------------


@dataclass
class WorkResult:
    """What a worker sends back for one file: the document and briefing, or a Dutch reason."""

    path: str
    sha256: str
    doc: StructuredDocument | None = None
    briefing: dict[str, Any] | None = None
    markdown: str = ""
    html: str = ""
    framework_share: float | None = None
    code: str = ""
    message: str = ""
    seconds: float = 0.0


class _Deadline(Exception):
    pass


def _init_worker() -> None:
    # Workers die with the parent (kill -9 included) and leave Ctrl-C to it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def process_file(
    path: str, sha256: str, ocr: bool = False, timeout: float = DOCUMENT_TIMEOUT
) -> WorkResult:
    """Read, classify and summarise one PDF (runs in a worker process); never raises."""
    from raadsassistent.classify import classify_passages, framework_share
    from raadsassistent.extract import extract_document
    from raadsassistent.render import briefing_to_dict, render_briefing
    from raadsassistent.segment import segment_document
    from raadsassistent.summarise import summarise_document

    started = time.monotonic()
    name = Path(path).name
    result = WorkResult(path, sha256)
    try:
        document = extract_document(path, ocr=ocr, timeout=timeout)
        remaining = max(timeout - (time.monotonic() - started), 1.0)
        with _alarm(remaining):
            doc = classify_passages(segment_document(document))
            briefing = summarise_document(doc)
            result.briefing = briefing_to_dict(briefing)
            result.markdown = render_briefing(briefing, "md")
            result.html = render_briefing(briefing, "html")
            result.framework_share = framework_share(doc)["document"]
        result.doc = doc
    except _Deadline:
        result.code = "tijdslimiet"
        result.message = (
            f"{name}: de verwerking duurde langer dan {timeout:.0f} seconden en is afgebroken. "
            "Splits het bestand of verwerk het apart met een ruimere --tijdslimiet."
        )
    except RaadsassistentError as error:
        result.code, result.message = getattr(error, "code", "fout"), error.message
    except Exception as error:  # one file's bug must not stop the batch
        result.code = "onverwacht"
        result.message = (
            f"{name}: onverwachte fout bij het verwerken ({type(error).__name__}: {str(error)[:160]}). "
            "Meld dit bestand bij de ontwikkelaars."
        )
    if result.message:
        result.doc = result.briefing = None
    result.seconds = time.monotonic() - started
    return result


class _alarm:
    """Raise :class:`_Deadline` after ``seconds`` (main thread only, else no limit)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.active = threading.current_thread() is threading.main_thread()

    def __enter__(self) -> None:
        if self.active:
            self.previous = signal.signal(signal.SIGALRM, self._expire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def _expire(self, signum: int, frame: Any) -> None:  # noqa: ARG002
        raise _Deadline

    def __exit__(self, *exc: object) -> None:
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)


# --- the batch ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """One file's fate in this run."""

    path: str
    file_name: str
    status: str  # verwerkt | ongewijzigd | mislukt
    sha256: str = ""
    pages: int = 0
    title: str = ""
    code: str = ""
    message: str = ""
    seconds: float = 0.0
    output: str = ""  # stem of the briefing files under OUTDIR/briefings


@dataclass(frozen=True)
class Event:
    """Progress: ``start`` (``total`` documents to read), ``document`` (one finished or
    skipped, with its :class:`Outcome`), ``meeting`` (index written) and ``end``."""

    kind: str
    total: int = 0
    outcome: Outcome | None = None
    summary: BatchSummary | None = None
    message: str = ""


@dataclass
class BatchSummary:
    """Totals of one run and where its output went."""

    source: str
    outdir: str
    outcomes: list[Outcome] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    seconds: float = 0.0
    index_path: str = ""
    meeting: dict[str, Any] | None = None

    def with_status(self, status: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def processed(self) -> list[Outcome]:
        return self.with_status("verwerkt")

    @property
    def skipped(self) -> list[Outcome]:
        return self.with_status("ongewijzigd")

    @property
    def failed(self) -> list[Outcome]:
        return self.with_status("mislukt")

    @property
    def pages(self) -> int:
        return sum(o.pages for o in self.outcomes if o.status != "mislukt")

    @property
    def exit_code(self) -> int:
        if not self.processed and not self.skipped:
            return EXIT_NOTHING
        return EXIT_SOME_FAILED if self.failed else EXIT_OK


def run_batch(
    source: str | Path,
    store: Store,
    outdir: str | Path,
    *,
    workers: int | None = None,
    ocr: bool = False,
    timeout: float = DOCUMENT_TIMEOUT,
    zip_limits: dict[str, Any] | None = None,
    worker: Callable[..., WorkResult] = process_file,
    dask_scheduler: str | None = None,
) -> Iterator[Event]:
    """Process a meeting's folder or ZIP into ``outdir``, yielding progress events.

    A ZIP that is unsafe raises :class:`InputError` before anything is extracted. With
    ``dask_scheduler`` the per-document work runs on that Dask cluster; this process still
    writes the database alone.
    """
    started = time.monotonic()
    source = Path(source)
    out = Path(outdir)
    if not source.exists():
        raise InputError(f"{source}: map of ZIP-bestand niet gevonden.")
    if source.is_dir():
        folder = source
    elif zipfile.is_zipfile(source):
        folder = extract_zip(source, out / EXTRACT_DIR, **(zip_limits or {}))
    else:
        raise InputError(
            f"{source.name}: geef een map of een ZIP-bestand op (voor één PDF: raadsassistent brief)."
        )
    (out / BRIEFING_DIR).mkdir(parents=True, exist_ok=True)
    inputs = collect_inputs(folder, exclude=out if source.is_dir() else None)
    summary = BatchSummary(str(source), str(out), ignored=[str(p) for p in inputs.ignored])
    run_id = store.start_run(str(source.resolve()))
    names = _OutputNames()

    todo: list[tuple[Path, str]] = []
    seen: dict[str, Path] = {}
    early: list[Outcome] = []
    for path in inputs.pdfs:
        try:
            sha = file_sha256(path)
        except OSError as error:
            early.append(
                _failure(
                    store,
                    path,
                    "",
                    "onleesbaar",
                    f"{path.name}: het bestand kan niet worden gelezen ({error}).",
                )
            )
            continue
        if sha in seen:
            early.append(
                Outcome(
                    str(path),
                    path.name,
                    "ongewijzigd",
                    sha,
                    message=f"zelfde inhoud als {seen[sha].name}",
                )
            )
            continue
        seen[sha] = path
        if store.has_briefing(sha):
            early.append(_skipped(store, path, sha, out, names))
        else:
            todo.append((path, sha))
    for bad in folder.rglob("*.kapot"):  # ZIP entries that could not be extracted
        reason = bad.read_text(encoding="utf-8")[:160]
        early.append(
            _failure(
                store,
                bad.with_suffix(""),
                "",
                "zip",
                f"{bad.stem}: kon niet uit het ZIP-bestand worden gehaald ({reason}).",
            )
        )
        bad.unlink()

    yield Event("start", total=len(todo), message=str(folder))
    for outcome in early:
        summary.outcomes.append(outcome)
        yield Event("document", outcome=outcome)
    results = (
        _run_dask(todo, dask_scheduler, ocr, timeout, worker)
        if dask_scheduler
        else _run_pool(todo, workers, ocr, timeout, worker)
    )
    for result in results:
        outcome = _store_result(store, result, out, names)
        summary.outcomes.append(outcome)
        yield Event("document", outcome=outcome)

    from raadsassistent.meeting import build_meeting, write_meeting

    summary.meeting = build_meeting(store, inputs, summary.outcomes)
    summary.index_path = str(write_meeting(summary.meeting, out))
    _save_meeting(store, summary.meeting)
    summary.seconds = time.monotonic() - started
    status = {EXIT_OK: "klaar", EXIT_SOME_FAILED: "klaar met fouten"}.get(
        summary.exit_code, "niets bruikbaar"
    )
    store.finish_run(
        run_id, len(summary.processed), len(summary.skipped), len(summary.failed), status
    )
    yield Event("meeting", message=summary.index_path)
    yield Event("end", summary=summary)


def _run_pool(
    todo: list[tuple[Path, str]],
    workers: int | None,
    ocr: bool,
    timeout: float,
    worker: Callable[..., WorkResult],
) -> Iterator[WorkResult]:
    """Run ``worker`` over ``todo`` in processes; yield results as they finish.

    A worker that dies or hangs breaks the pool: the files it was running are retried one at
    a time in a fresh pool, so only the file that causes it is reported as failed.
    """
    if not todo:
        return
    workers = max(1, workers or os.cpu_count() or 1)
    workers = min(workers, len(todo))
    _preload_model()
    queue = list(reversed(todo))  # pop() from the end keeps the input order
    suspects: list[tuple[Path, str]] = []
    strikes: dict[str, int] = {}
    while queue or suspects:
        pool = cf.ProcessPoolExecutor(max_workers=workers, initializer=_init_worker)
        running: dict[cf.Future[WorkResult], tuple[Path, str]] = {}
        finished = False
        try:
            last_progress = time.monotonic()
            while queue or suspects or running:
                isolated = bool(suspects)
                limit = 1 if isolated else workers * 2
                refused = False
                while len(running) < limit and (suspects or (queue and not isolated)):
                    from_suspects = bool(suspects)
                    item = suspects.pop() if from_suspects else queue.pop()
                    try:
                        running[pool.submit(worker, str(item[0]), item[1], ocr, timeout)] = item
                    except BrokenProcessPool:  # a running task broke the pool meanwhile
                        (suspects if from_suspects else queue).append(item)
                        refused = True
                        break
                if refused and not running:
                    break
                done, _ = cf.wait(
                    running, timeout=None if refused else 2,
                    return_when=cf.ALL_COMPLETED if refused else cf.FIRST_COMPLETED,
                )  # fmt: skip
                if not done:
                    if time.monotonic() - last_progress > timeout + HANG_GRACE:
                        _kill_workers(pool)  # the pool breaks and the loop below sorts it out
                        last_progress = time.monotonic()
                    continue
                last_progress = time.monotonic()
                lost = []
                for future in done:
                    item = running.pop(future)
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        lost.append(item)
                        continue
                    yield result
                if lost:
                    lost += list(running.values())
                    running.clear()
                    for item in lost:
                        strikes[item[1]] = strikes.get(item[1], 0) + 1
                        if isolated or strikes[item[1]] >= 2:
                            yield _crashed(item, timeout)
                        else:
                            suspects.append(item)
                    break
            finished = True
        finally:
            if not finished and running:
                _kill_workers(pool)  # interrupted: do not wait for documents nobody will store
            pool.shutdown(wait=True, cancel_futures=True)


def _run_dask(
    todo: list[tuple[Path, str]],
    address: str,
    ocr: bool,
    timeout: float,
    worker: Callable[..., WorkResult],
) -> Iterator[WorkResult]:
    """Run ``worker`` over ``todo`` on a Dask distributed cluster; yield results as they come.

    The PDFs must be readable at the same path on the workers (a shared folder or volume).
    """
    try:
        from distributed import Client, as_completed
    except ImportError as error:
        raise InputError(
            "--dask-scheduler vereist Dask. Installeer het met: pip install 'raadsassistent[dask]'"
        ) from error
    if not todo:
        return
    try:
        client = Client(address, timeout=30)
    except (OSError, TimeoutError) as error:
        raise InputError(
            f"De Dask-scheduler op {address} is niet bereikbaar ({error}). Controleer het adres "
            "(bijvoorbeeld tcp://10.0.0.5:8786) en of de scheduler draait."
        ) from error
    try:
        futures = {
            client.submit(worker, str(path), sha, ocr, timeout, pure=False): (path, sha)
            for path, sha in todo
        }
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception:  # the worker process died or the task was lost
                yield _crashed(futures[future], timeout)
    finally:
        client.close()


def _preload_model() -> None:
    # Forked workers share the parent's loaded model instead of each loading their own.
    if multiprocessing.get_start_method(allow_none=True) not in (None, "fork"):
        return
    try:
        from raadsassistent.classify import load_model

        load_model()
    except RaadsassistentError:
        pass  # each worker then reports the model problem per document


def _kill_workers(pool: cf.ProcessPoolExecutor) -> None:
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.kill()  # no public API stops one stuck task


def _crashed(item: tuple[Path, str], timeout: float) -> WorkResult:
    path, sha = item
    return WorkResult(
        str(path), sha, code="vastgelopen",
        message=(
            f"{path.name}: het verwerken liet het hulpproces vastlopen of afbreken (na maximaal "
            f"{timeout:.0f} seconden). Het bestand is mogelijk beschadigd; stuur het apart in."
        ),
    )  # fmt: skip


class _OutputNames:
    """Unique, safe file stems for the briefings of this run."""

    def __init__(self) -> None:
        self.taken: dict[str, str] = {}

    def stem(self, file_name: str, sha: str) -> str:
        base = safe_name(Path(file_name).stem)
        stem = base
        if self.taken.get(stem.lower(), sha) != sha:
            stem = f"{base}-{sha[:8]}"
        self.taken[stem.lower()] = sha
        return stem


def _write_briefing_files(
    out: Path, stem: str, data: dict[str, Any], markdown: str, html: str
) -> None:
    folder = out / BRIEFING_DIR
    write_text(folder / f"{stem}.json", json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    write_text(folder / f"{stem}.md", markdown)
    write_text(folder / f"{stem}.html", html)


def write_text(path: Path, text: str) -> None:
    """Write via a temporary file so a reader never sees half a file."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _store_result(store: Store, result: WorkResult, out: Path, names: _OutputNames) -> Outcome:
    path = Path(result.path)
    if result.doc is None or result.briefing is None:
        return _failure(
            store, path, result.sha256, result.code or "fout", result.message, result.seconds
        )
    doc = result.doc
    store.save_processed(
        doc, result.briefing, result.markdown, result.html, framework_share=result.framework_share
    )
    stem = names.stem(path.name, doc.sha256)
    _write_briefing_files(out, stem, result.briefing, result.markdown, result.html)
    return Outcome(str(path), path.name, "verwerkt", doc.sha256, doc.page_count, doc.title,
                   seconds=result.seconds, output=stem)  # fmt: skip


def _skipped(store: Store, path: Path, sha: str, out: Path, names: _OutputNames) -> Outcome:
    row = store.briefing(sha) or {}
    document = store.document(sha) or {}
    stem = names.stem(path.name, sha)
    if row:
        data = json.loads(row["briefing_json"])
        _write_briefing_files(out, stem, data, row["markdown"], row["html"])
    store.forget_failure(path)
    return Outcome(str(path), path.name, "ongewijzigd", sha, document.get("page_count") or 0,
                   document.get("title") or "", output=stem)  # fmt: skip


def _failure(
    store: Store, path: Path, sha: str, code: str, message: str, seconds: float = 0.0
) -> Outcome:
    store.record_failure(path, code, message, sha or None)
    return Outcome(
        str(path), path.name, "mislukt", sha, code=code, message=message, seconds=seconds
    )


def _save_meeting(store: Store, meeting: dict[str, Any]) -> None:
    items = [
        {k: item.get(k) for k in ("position", "number", "title", "kind", "text", "page")}
        for item in meeting["items"]
    ]
    links = {
        d["sha256"]: {
            "document_sha256": d["sha256"],
            "item_position": d.get("item_position"),
            "matched_by": d.get("matched_by"),
            "score": d.get("score"),
        }
        for d in meeting["documents"]
        if d.get("sha256") and d["status"] != "mislukt"
    }
    info = {
        k: meeting.get(k)
        for k in ("body", "date", "municipality", "time", "place", "source", "output_dir")
    }
    store.save_meeting(meeting["id"], info, items, list(links.values()))


__all__ = [
    "BatchSummary", "Event", "Inputs", "Outcome", "WorkResult", "check_zip", "collect_inputs",
    "extract_zip", "process_file", "run_batch", "safe_name",
]  # fmt: skip
