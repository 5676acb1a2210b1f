"""A whole meeting's agenda package (folder or ZIP) in one run: briefings and a meeting briefing.

Documents are read in worker processes (a local pool or a Dask cluster), each by
:func:`pipeline.process_document`; only this (parent) process writes the database, one
document at a time, each with its briefing in one transaction. Killing the run at any moment
therefore loses no finished document and leaves none half-written, and a re-run skips what is
done. Progress is reported as :class:`Event` objects from :func:`run_batch`; nothing prints.
The error policy is the pipeline's: a :class:`ModelError` stops the run, bad files are recorded.

Each briefing's source PDF is placed beside it in ``stukken/`` (a hard link, else a copy), so
its page links still work when the folder is zipped and mailed; one that lies inside the
output folder already (its own input folder, an unpacked ZIP) is linked where it is. The output folder shows exactly
this run's input: briefing files and placed PDFs of documents that left the input are removed
(only those the earlier run's ``meeting.json`` names), an earlier package's
unpacked stukken are cleared, and an ``index.html`` or ``meeting.json`` not written by this tool
is never overwritten. It is checked writable before anything runs; a document counts as done
only once its briefing files are on disk, and a run that stops on an error is marked so.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import contextlib
import errno
import multiprocessing
import os
import re
import secrets
import shutil
import signal
import socket
import time
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from raadsassistent.archive import (
    ZIP_KEEP,
    Extraction,
    extract_zip,
    input_problem,
    office_file,
    office_message,
    resolved_path,
    safe_name,
    write_text,
)
from raadsassistent.errors import (
    EXIT_FAILED,
    EXIT_NOTHING,
    EXIT_OK,
    InputError,
    ModelError,
    RaadsassistentError,
)
from raadsassistent.extract import file_sha256
from raadsassistent.meeting import (
    BRIEFING_DIR,
    INDEX_FILE,
    JSON_FILE,
    PDF_DIR,
    ReadBack,
    briefing_path,
    build_meeting,
    earlier_outputs,
    foreign_meeting_files,
    pdf_path,
    source_pdf,
    store_meeting,
    write_meeting,
)
from raadsassistent.pipeline import (
    Inputs,
    collect_inputs,
    extracted_inputs,
    failed,
    fingerprint,
    process_document,
    save_result,
    with_original,
)
from raadsassistent.render import briefing_from_dict, file_href, json_text, render_briefing
from raadsassistent.store import Store
from raadsassistent.types import DOCUMENT_TIMEOUT, FAILED, PROCESSED, UNCHANGED, DocumentResult

HANG_GRACE = 60.0  # beyond the per-document limit before a silent worker is killed
DASK_CONNECT_TIMEOUT = 30.0  # seconds to reach a Dask scheduler
EXTRACT_DIR = "_stukken"
BRIEFING_SUFFIXES = (".json", ".md", ".html")
ABORTED = "afgebroken"  # the status of a run that stopped on an error or an interruption

Worker = Callable[..., DocumentResult]  # called as worker(path, sha256=..., **options)


def _init_worker() -> None:
    # Workers die with the parent (kill -9 included) and leave Ctrl-C to it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


@dataclass(frozen=True)
class Event:
    """Progress: ``start`` (``total`` documents to read), ``document`` (one finished or
    skipped, with its :class:`DocumentResult`), ``meeting`` (index written) and ``end``."""

    kind: str
    total: int = 0
    outcome: DocumentResult | None = None
    summary: BatchSummary | None = None
    message: str = ""


@dataclass
class BatchSummary:
    """Totals of one run and where its output went."""

    source: str
    outdir: str
    outcomes: list[DocumentResult] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    seconds: float = 0.0
    index_path: str = ""
    meeting: dict[str, Any] | None = None

    def with_status(self, status: str) -> list[DocumentResult]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def processed(self) -> list[DocumentResult]:
        return self.with_status(PROCESSED)

    @property
    def skipped(self) -> list[DocumentResult]:
        return self.with_status(UNCHANGED)

    @property
    def failed(self) -> list[DocumentResult]:
        return self.with_status(FAILED)

    @property
    def pages(self) -> int:
        return sum(o.pages for o in self.outcomes if o.status != FAILED)

    @property
    def exit_code(self) -> int:
        if not self.processed and not self.skipped:
            return EXIT_NOTHING
        return EXIT_FAILED if self.failed else EXIT_OK


def run_batch(
    source: str | Path,
    store: Store,
    outdir: str | Path,
    *,
    workers: int | None = None,
    ocr: bool = False,
    password: str | None = None,
    timeout: float = DOCUMENT_TIMEOUT,
    zip_limits: dict[str, Any] | None = None,
    worker: Worker = process_document,
    dask_scheduler: str | None = None,
    dask_timeout: float | None = None,
) -> Iterator[Event]:
    """Process a meeting's folder or ZIP into ``outdir``, yielding progress events.

    A ZIP that is unsafe raises :class:`InputError` before anything is extracted. With
    ``dask_scheduler`` the per-document work runs on that Dask cluster (reached within
    ``dask_timeout`` seconds, default :data:`DASK_CONNECT_TIMEOUT`); this process still
    writes the database alone.
    """
    started = time.monotonic()
    source = Path(source)
    out = Path(outdir)
    if not source.exists() and not source.is_symlink():
        raise InputError(f"{source}: map of ZIP-bestand niet gevonden.")
    if not source.is_dir():  # what the source is, before anything is written
        if problem := input_problem(source):
            raise InputError(problem[1])
        if kind := office_file(source):
            raise InputError(office_message(source.name, kind))
        if not zipfile.is_zipfile(source):
            raise InputError(
                f"{source.name}: geef een map of een ZIP-bestand op (voor één PDF: "
                "raadsassistent brief)."
            )
    _check_writable(out)
    _refuse_foreign(out)
    earlier = earlier_outputs(out)
    extraction: Extraction | None = None
    if source.is_dir():
        inputs = _without_own_output(collect_inputs(source), out)
    else:
        _clear_extracted(out / EXTRACT_DIR)  # an earlier package's stukken are not this one's
        extraction = extract_zip(source, out / EXTRACT_DIR, **(zip_limits or {}))
        inputs = extracted_inputs(extraction)
    summary = BatchSummary(str(source), str(out), ignored=[str(p) for p in inputs.ignored])
    run_id = store.start_run(str(resolved_path(source)))
    options = {"ocr": ocr, "password": password, "timeout": timeout}

    def read(todo: list[tuple[Path, str]]) -> Iterator[DocumentResult]:
        if dask_scheduler:
            return _run_dask(todo, dask_scheduler, options, worker, dask_timeout)
        return _run_pool(todo, workers, options, worker)

    finished = False
    try:
        yield from _run(store, inputs, extraction, out, summary, earlier, read)
        summary.seconds = time.monotonic() - started
        status = {EXIT_OK: "klaar", EXIT_FAILED: "klaar met fouten"}.get(
            summary.exit_code, "niets bruikbaar"
        )
        store.finish_run(
            run_id, len(summary.processed), len(summary.skipped), len(summary.failed), status
        )
        finished = True
    finally:
        if not finished:  # an error or an interruption: the run is over, not "bezig"
            with contextlib.suppress(Exception):
                store.finish_run(run_id, len(summary.processed), len(summary.skipped),
                                 len(summary.failed), ABORTED)  # fmt: skip
    yield Event("meeting", message=summary.index_path)
    yield Event("end", summary=summary)


def _run(
    store: Store,
    inputs: Inputs,
    extraction: Extraction | None,
    out: Path,
    summary: BatchSummary,
    earlier: set[str],
    read: Callable[[list[tuple[Path, str]]], Iterator[DocumentResult]],
) -> Iterator[Event]:
    """The documents of one run, then its meeting briefing, into ``summary``."""
    names = _OutputNames()
    todo: list[tuple[Path, str]] = []
    seen: dict[str, Path] = {}
    copies: list[tuple[Path, str]] = []  # identical bytes under another name
    early: list[DocumentResult] = list(inputs.problems)  # not regular files: nothing to store
    for path in inputs.pdfs:
        sha, unreadable = fingerprint(path)
        if unreadable is not None:
            early.append(save_result(store, unreadable))
            continue
        if sha in seen:
            copies.append((path, sha))
            continue
        seen[sha] = path
        if store.has_briefing(sha):
            early.append(_skipped(store, path, sha, out, names))
        else:
            todo.append((path, sha))
    for path, message in extraction.failed if extraction else ():
        early.append(save_result(store, failed(path, "zip", message)))
    originals = extraction.originals if extraction else {}
    early = [with_original(outcome, originals) for outcome in early]

    yield Event("start", total=len(todo), message=str(inputs.folder))
    for outcome in early:
        summary.outcomes.append(outcome)
        yield Event("document", outcome=outcome)
    read_back = ReadBack(store)
    for result in read(todo):
        outcome = _store_result(store, with_original(result, originals), out, names)
        if outcome.status != FAILED and result.doc is not None:
            read_back.add(outcome.sha256, result.doc)  # now, not in the tail after the last
        summary.outcomes.append(outcome)
        yield Event("document", outcome=outcome)
    # Workers finish in any order; the meeting lists the documents in input order.
    position = {str(path): i for i, (path, _sha) in enumerate(todo)}
    summary.outcomes[len(early) :] = sorted(
        summary.outcomes[len(early) :], key=lambda o: position.get(o.path, len(position))
    )
    firsts = {o.sha256: o for o in summary.outcomes if o.sha256}
    for path, sha in copies:
        outcome = with_original(_copy_outcome(store, path, firsts[sha]), originals)
        summary.outcomes.append(outcome)
        yield Event("document", outcome=outcome)

    try:
        summary.meeting = build_meeting(
            store, inputs, summary.outcomes, outdir=out, read_back=read_back
        )
    except Exception as error:
        # A bad agenda must not cost the run its meeting page: list the documents without it.
        summary.meeting = build_meeting(
            store, inputs, summary.outcomes, agenda=False, outdir=out, read_back=read_back
        )
        summary.meeting["notes"].append(
            f"De agenda kon niet worden gelezen ({error}); alle stukken staan onder "
            "'Overige stukken'. Controleer de agenda-PDF of de Notubiz-export."
        )
    summary.index_path = str(_writing(out, write_meeting, summary.meeting, out))
    _remove_stale_outputs(out, earlier - {o.output for o in summary.outcomes}, inputs.folder)
    store_meeting(store, summary.meeting, read_back)


def _run_pool(
    todo: list[tuple[Path, str]],
    workers: int | None,
    options: dict[str, Any],
    worker: Worker,
) -> Iterator[DocumentResult]:
    """Run ``worker`` over ``todo`` in processes; yield results as they finish.

    A worker that dies or hangs breaks the pool: the files it was running are retried one at
    a time in a fresh pool, so only the file that causes it is reported as failed.
    """
    if not todo:
        return
    workers = max(1, workers or os.cpu_count() or 1)
    workers = min(workers, len(todo))
    _preload_model()
    if workers > 1:
        # Largest files first, so a long document does not start last and run alone.
        todo = sorted(todo, key=lambda item: -_file_size(item[0]))
    queue = list(reversed(todo))  # pop() from the end keeps the order of todo
    suspects: list[tuple[Path, str]] = []
    strikes: dict[str, int] = {}
    while queue or suspects:
        pool = cf.ProcessPoolExecutor(max_workers=workers, initializer=_init_worker)
        running: dict[cf.Future[DocumentResult], tuple[Path, str]] = {}
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
                        running[pool.submit(worker, str(item[0]), sha256=item[1], **options)] = item
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
                    if time.monotonic() - last_progress > options["timeout"] + HANG_GRACE:
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
                            yield _crashed(item, options["timeout"])
                        else:
                            suspects.append(item)
                    break
            finished = True
        finally:
            if not finished and running:
                _kill_workers(pool)  # interrupted: do not wait for documents nobody will store
            pool.shutdown(wait=True, cancel_futures=True)


_DASK_ADDRESS = re.compile(
    r"(?:(tcp|tls)://)?(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?):(\d{1,5})", re.I
)


def dask_address(text: str) -> str:
    """``text`` as a full scheduler address (``tcp://HOST:POORT``); :class:`InputError` if it is
    not ``tcp://HOST:POORT``, ``tls://HOST:POORT`` or ``HOST:POORT``."""
    match = _DASK_ADDRESS.fullmatch(text.strip())
    if match is None or not 0 < int(match.group(3)) < 65536:
        raise InputError(
            f"'{text}' is geen geldig adres van een Dask-scheduler. Gebruik tcp://HOST:POORT, "
            "tls://HOST:POORT of HOST:POORT (bijvoorbeeld tcp://10.0.0.5:8786)."
        )
    scheme, host, port = match.groups()
    return f"{(scheme or 'tcp').lower()}://{host}:{int(port)}"


def _check_scheduler(address: str, timeout: float) -> None:
    """Raise :class:`InputError` unless a Dask scheduler answers at ``address`` within ``timeout``.

    distributed waits without limit for the first message and believes its length header, so
    a silent service would hang the run and a talking one (HTTP, SSH) make it allocate exabytes.
    """
    from distributed.comm import connect
    from distributed.security import Security

    host, port = address.split("://", 1)[1].rsplit(":", 1)
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as error:
        raise InputError(
            f"De Dask-scheduler op {address} is niet bereikbaar ({error}). Controleer het adres "
            "(bijvoorbeeld tcp://10.0.0.5:8786) en of de scheduler draait."
        ) from error

    async def handshake() -> None:
        arguments = Security().get_connection_args("client")
        comm = await asyncio.wait_for(connect(address, timeout=timeout, **arguments), timeout)
        await comm.close()

    advice = "Controleer het adres en de poort (een Dask-scheduler luistert meestal op 8786)."
    try:
        with cf.ThreadPoolExecutor(1) as thread:  # its own event loop, whoever calls us
            thread.submit(asyncio.run, handshake()).result()
    except TimeoutError as error:
        raise InputError(
            f"De dienst op {address} antwoordt niet binnen {timeout:.0f} s zoals een "
            f"Dask-scheduler. {advice}"
        ) from error
    except Exception as error:  # junk, an HTTP answer, a length header of exabytes
        raise InputError(
            f"De dienst op {address} is geen Dask-scheduler (het antwoord past niet bij Dask). "
            f"{advice}"
        ) from error


def _run_dask(
    todo: list[tuple[Path, str]],
    address: str,
    options: dict[str, Any],
    worker: Worker,
    connect_timeout: float | None = None,
) -> Iterator[DocumentResult]:
    """Run ``worker`` over ``todo`` on a Dask distributed cluster; yield results as they come.

    The PDFs must be readable at the same path on the workers (a shared folder or volume).
    """
    try:
        from distributed import Client, as_completed
    except ImportError as error:
        raise InputError(
            "--dask-scheduler vereist Dask. Installeer het met: pip install 'raadsassistent[dask]'"
        ) from error
    address = dask_address(address)
    if not todo:
        return
    timeout = connect_timeout or DASK_CONNECT_TIMEOUT
    _check_scheduler(address, timeout)
    try:
        client = Client(address, timeout=timeout)
    except Exception as error:  # it answered the handshake, but not as a scheduler
        raise InputError(
            f"De dienst op {address} gedraagt zich niet als een Dask-scheduler "
            f"({type(error).__name__}: {error}); is het misschien het adres van een worker? "
            "Controleer het adres (bijvoorbeeld tcp://10.0.0.5:8786) en of de scheduler draait."
        ) from error
    try:
        futures = {
            client.submit(worker, str(path), sha256=sha, pure=False, **options): (path, sha)
            for path, sha in todo
        }
        for future in as_completed(futures):
            try:
                result = future.result()
            except ModelError:
                raise
            except Exception:  # the worker process died or the task was lost
                result = _crashed(futures[future], options["timeout"])
            yield result
    finally:
        client.close()


def _preload_model() -> None:
    # Forked workers share the parent's loaded model and tokenizer instead of each building
    # their own; a broken model stops the run here, before any worker starts.
    if multiprocessing.get_start_method(allow_none=True) not in (None, "fork"):
        return
    from raadsassistent.classify import load_model
    from raadsassistent.nlp import shared_tokenizer

    load_model()
    shared_tokenizer()


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _kill_workers(pool: cf.ProcessPoolExecutor) -> None:
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.kill()  # no public API stops one stuck task


def _crashed(item: tuple[Path, str], timeout: float) -> DocumentResult:
    path, sha = item
    return failed(
        path, "vastgelopen",
        f"{path.name}: het verwerken liet het hulpproces vastlopen of afbreken (na maximaal "
        f"{timeout:.0f} seconden). Het bestand is mogelijk beschadigd; stuur het apart in.",
        sha256=sha,
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
    out: Path, stem: str, data: dict[str, Any], markdown: str, source: Path
) -> None:
    """The briefing files of one document, with its PDF placed beside them for the page links
    unless it lies in the output folder already (the HTML is rendered here, where the PDF's
    place is known)."""
    pdf = out / source_pdf(out, source, stem)
    if pdf == out / pdf_path(stem):
        _writing(pdf.parent, _place_pdf, source, pdf, data.get("sha256") or "")
    html = render_briefing(
        briefing_from_dict(data),
        "html",
        pdf_href=file_href(pdf, (out / briefing_path(stem)).parent),
    )
    folder = out / BRIEFING_DIR
    for suffix, text in zip(BRIEFING_SUFFIXES, (json_text(data), markdown, html), strict=True):
        _writing(folder, write_text, folder / f"{stem}{suffix}", text)


def _place_pdf(source: Path, target: Path, sha256: str) -> None:
    """Put the bytes of ``source`` at ``target``: a hard link where the file system allows it,
    else a copy; one already there with those bytes is kept (a re-run adds nothing)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        if os.path.samefile(source, target) or (
            sha256
            and target.stat().st_size == source.stat().st_size
            and file_sha256(target) == sha256
        ):
            return
    temporary = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(6)}.tmp")
    try:
        try:
            os.link(source, temporary)
        except OSError:  # another file system, or links not allowed: copy
            shutil.copyfile(source, temporary)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


_WRITE_PROBLEMS = {
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijfruimte (quota) is op",
    errno.EROFS: "de map is alleen-lezen",
    errno.EACCES: "geen schrijfrechten",
    errno.EPERM: "geen schrijfrechten",
    errno.EEXIST: "er staat een bestand in de weg",
    errno.ENOTDIR: "er staat een bestand in de weg",
}


def _write_problem(error: OSError) -> str:
    """Why writing failed, in Dutch where the cause is a common one."""
    return _WRITE_PROBLEMS.get(error.errno or 0) or error.strerror or str(error)


def _writing(folder: Path, write: Callable[..., Any], *args: Any) -> Any:
    """``write(*args)``, a failure to write turned into a Dutch message naming ``folder``."""
    try:
        return write(*args)
    except OSError as error:
        raise RaadsassistentError(
            f"{folder}: de uitvoer kan niet worden geschreven ({_write_problem(error)}). Maak "
            "ruimte vrij of kies met -o een andere map en start de batch opnieuw; wat al klaar "
            "is, wordt overgeslagen.",
            path=str(folder),
        ) from error


def _check_writable(out: Path) -> None:
    """Refuse before the run starts when the output folders cannot be made or written."""
    for folder in (out, out / BRIEFING_DIR):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / f".raadsassistent-{os.getpid()}-{secrets.token_hex(6)}.probe"
            sink = open(probe, "x", encoding="utf-8")  # noqa: SIM115 (closed below)
            try:
                with sink:
                    sink.write("probe")
            finally:
                probe.unlink()
        except OSError as error:
            raise RaadsassistentError(
                f"{folder}: in deze uitvoermap kan niet worden geschreven "
                f"({_write_problem(error)}). Kies met -o een map waarin u mag schrijven; er is "
                "nog niets verwerkt.",
                path=str(folder),
            ) from error


def _refuse_foreign(out: Path) -> None:
    """Refuse before the run starts to overwrite an index.html or meeting.json not ours."""
    foreign = foreign_meeting_files(out)
    if foreign:
        raise RaadsassistentError(
            f"{foreign[0]}: dit bestand is niet door raadsassistent gemaakt en zou worden "
            "overschreven. Kies met -o een andere (lege) map; er is nog niets verwerkt.",
            path=str(foreign[0]),
        )


def _without_own_output(inputs: Inputs, out: Path) -> Inputs:
    """``inputs`` without the files this tool writes into ``out`` (which may be the input
    folder itself or lie inside it); a folder of ours that holds the input (``-o`` around a
    folder named ``stukken``) is the input, not ours."""
    folder = resolved_path(inputs.folder)
    own = [
        resolved_path(out / name)
        for name in (BRIEFING_DIR, PDF_DIR, EXTRACT_DIR, INDEX_FILE, JSON_FILE)
    ]
    own = [o for o in own if not folder.is_relative_to(o)]

    def ours(path: Path | str) -> bool:
        return any(resolved_path(path).is_relative_to(o) for o in own)

    def keep(paths: list[Any]) -> list[Any]:
        return [p for p in paths if not ours(p)]

    return replace(
        inputs,
        pdfs=keep(inputs.pdfs),
        json_files=keep(inputs.json_files),
        ignored=keep(inputs.ignored),
    )


def _clear_extracted(folder: Path) -> None:
    """Remove what an earlier run unpacked into ``folder`` (only the kinds of file unpacking
    writes), so a corrected package never meets the withdrawn stukken of the old one."""
    if not folder.is_dir() or folder.is_symlink():
        return
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_symlink():
            continue
        if path.is_file() and path.name.lower().endswith((*ZIP_KEEP, ".kapot")):
            path.unlink()
        elif path.is_dir():
            with contextlib.suppress(OSError):
                path.rmdir()  # only when empty


def _remove_stale_outputs(out: Path, stems: set[str], input_folder: Path) -> None:
    """Remove the briefing files and placed PDFs an earlier run wrote for documents no longer
    in the input (the stems come from its meeting record); nothing else is touched, and never
    a PDF inside the input folder (there the links used the source itself)."""
    source = resolved_path(input_folder)
    for stem in stems:
        names = [out / f"{BRIEFING_DIR}/{stem}{suffix}" for suffix in BRIEFING_SUFFIXES]
        pdf = out / pdf_path(stem)
        if not resolved_path(pdf).is_relative_to(source):
            names.append(pdf)
        for name in names:
            with contextlib.suppress(OSError):
                name.unlink()


def _copy_outcome(store: Store, path: Path, first: DocumentResult) -> DocumentResult:
    """The outcome of a file with the same bytes as ``first``: its failure or its briefing."""
    note = f"zelfde inhoud als {first.file_name}"
    if first.status == FAILED:
        return save_result(
            store,
            failed(path, first.code or "fout", f"{path.name}: {note}. {first.message}",
                   sha256=first.sha256),
        )  # fmt: skip
    store.forget_failure(path)
    return DocumentResult(str(path), UNCHANGED, first.sha256, first.pages, first.title,
                          message=note, output=first.output)  # fmt: skip


def _store_result(
    store: Store, result: DocumentResult, out: Path, names: _OutputNames
) -> DocumentResult:
    if result.status == FAILED or result.briefing is None:
        return save_result(store, result)
    # Files first: a document counts as done only once its briefing is on disk too.
    stem = names.stem(result.file_name, result.sha256)
    _write_briefing_files(out, stem, result.briefing, result.markdown, Path(result.path))
    return replace(save_result(store, result), output=stem)


def _skipped(store: Store, path: Path, sha: str, out: Path, names: _OutputNames) -> DocumentResult:
    row = store.briefing(sha) or {}
    document = store.document(sha) or {}
    stem = names.stem(path.name, sha)
    if row:
        _write_briefing_files(out, stem, row["briefing"], row["markdown"], path)
    store.forget_failure(path)
    return DocumentResult(str(path), UNCHANGED, sha, document.get("page_count") or 0,
                          document.get("title") or "", output=stem)  # fmt: skip


__all__ = ["BatchSummary", "Event", "dask_address", "run_batch"]
