"""One document through every stage, and files into the store: never printing.

:func:`process_document` is the one place that runs extract -> segment -> classify ->
summarise -> render for a file; ``ingest``, the CLI's ``brief`` and the batch workers (local
pool and Dask) all call it, and ``extract``/``classify`` use its first half,
:func:`read_document`.

Error policy, the same everywhere: a :class:`ModelError` (or, when storing, a
:class:`StoreError`) means the installation is broken and stops the run with its Dutch
message; a :class:`PdfError`, the time limit and any unexpected error fail only that file,
which becomes a ``FAILED`` :class:`DocumentResult` with a Dutch reason while the run goes on.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from raadsassistent.archive import input_problem, resolved_path
from raadsassistent.errors import ModelError, RaadsassistentError
from raadsassistent.extract import extract_document, file_sha256, time_limit
from raadsassistent.segment import segment_document
from raadsassistent.types import (
    DOCUMENT_TIMEOUT,
    FAILED,
    PROCESSED,
    UNCHANGED,
    DocumentResult,
    StructuredDocument,
)

if TYPE_CHECKING:
    from raadsassistent.archive import Extraction
    from raadsassistent.store import Store


# --- input: files and folders ---------------------------------------------------------------


@dataclass(frozen=True)
class Inputs:
    """What a folder holds: PDFs, candidate Notubiz JSON, files left alone, and PDF or JSON
    names that are no regular file (failures with their reason, never opened)."""

    folder: Path
    pdfs: list[Path]
    json_files: list[Path]
    ignored: list[Path | str]
    problems: list[DocumentResult] = field(default_factory=list)


def collect_inputs(folder: Path) -> Inputs:
    """Every file under ``folder`` (hidden ones left out), sorted.

    Each path is looked at with ``stat`` only: a named pipe, a device or a broken link is
    never opened, so it cannot hang the run.
    """
    pdfs, jsons, problems = [], [], []
    ignored: list[Path | str] = []
    for path in sorted(folder.rglob("*")):
        if path.name.startswith("."):
            continue
        problem = input_problem(path)
        if path.is_dir() and not problem:
            if path.is_symlink():  # not followed (it may loop or lead out of the folder)
                ignored.append(path)
            continue
        suffix = path.suffix.lower()
        if problem and suffix in (".pdf", ".json"):
            problems.append(failed(path, *problem))
        elif problem:
            ignored.append(path)
        elif suffix == ".pdf":
            pdfs.append(path)
        elif suffix == ".json":
            jsons.append(path)
        else:
            ignored.append(path)
    return Inputs(folder, pdfs, jsons, ignored, problems)


def extracted_inputs(extraction: Extraction) -> Inputs:
    """The inputs of an unpacked ZIP: exactly its own entries, whatever else is in the folder."""
    files = extraction.files
    return Inputs(
        extraction.folder,
        [p for p in files if p.suffix.lower() == ".pdf"],
        [p for p in files if p.suffix.lower() == ".json"],
        list(extraction.ignored),
    )


def with_original(result: DocumentResult, originals: dict[Path, str]) -> DocumentResult:
    """``result`` with the name its file had in the ZIP, when it was renamed on extraction."""
    original = originals.get(Path(result.path))
    if original is None:
        return result
    note = f"origineel: {original}"
    return replace(result, message=f"{result.message} ({note})" if result.message else note)


def collect_pdfs(paths: Iterable[str | Path]) -> tuple[list[Path], list[DocumentResult]]:
    """Expand files and folders into PDF paths; missing paths, empty folders and what is no
    regular file are failures."""
    found: list[Path] = []
    problems: list[DocumentResult] = []
    for raw in paths:
        path = Path(raw)
        problem = input_problem(path)
        if problem:
            problems.append(failed(path, *problem))
        elif path.is_dir():
            inputs = collect_inputs(path)
            if not inputs.pdfs and not inputs.problems:
                problems.append(
                    failed(path, "geen-pdfs", f"{path}: deze map bevat geen PDF-bestanden.")
                )
            found.extend(inputs.pdfs)
            problems.extend(inputs.problems)
        else:
            found.append(path)
    unique = list(dict.fromkeys(resolved_path(p) for p in found))
    return unique, problems


def fingerprint(path: Path) -> tuple[str, DocumentResult | None]:
    """The file's SHA-256, or a failure when the file cannot be read (checked with ``stat``
    first, so a named pipe is never opened)."""
    problem = input_problem(path)
    if problem:
        return "", failed(path, *problem)
    try:
        return file_sha256(path), None
    except OSError as error:
        return "", failed(
            path, "onleesbaar", f"{path.name}: het bestand kan niet worden gelezen ({error})."
        )


def failed(path: str | Path, code: str, message: str, **fields: Any) -> DocumentResult:
    """A failure for ``path``; a name that is no valid text is kept in a form that can be
    shown and stored (the file itself is not read again)."""
    shown = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return DocumentResult(shown, FAILED, code=code, message=message, **fields)


# --- one document -----------------------------------------------------------------------------


def _time_limit(started: float, timeout: float | None, path: str | Path) -> Any:
    """The rest of the document's ``timeout`` seconds, counted from ``started``, for the
    stages after extraction (which has its own share of the same limit)."""
    if not timeout:
        return time_limit(None, path)
    message = (
        f"{Path(path).name}: de verwerking duurde langer dan {timeout:.0f} seconden en is "
        "afgebroken. Splits het bestand of verwerk het apart met een ruimere --tijdslimiet."
    )
    return time_limit(max(timeout - (time.monotonic() - started), 1.0), path, message=message)


def read_document(
    path: str | Path,
    *,
    ocr: bool = False,
    password: str | None = None,
    classify: bool = True,
    timeout: float | None = None,
) -> StructuredDocument:
    """Extract and segment one PDF, and label its passages with the shipped model.

    ``timeout`` bounds all of it; without one only extraction's own default limit applies.
    """
    started = time.monotonic()
    if timeout:
        document = extract_document(path, ocr=ocr, password=password, timeout=timeout)
    else:
        document = extract_document(path, ocr=ocr, password=password)
    with _time_limit(started, timeout, path):
        doc = segment_document(document)
        if classify:
            from raadsassistent.classify import classify_passages

            doc = classify_passages(doc)
    return doc


def brief_document(doc: StructuredDocument) -> DocumentResult:
    """Summarise a labelled document and render its briefing (JSON, Markdown, HTML)."""
    from raadsassistent import summarise
    from raadsassistent.classify import framework_share
    from raadsassistent.render import briefing_to_dict, render_briefing

    briefing = summarise.summarise_document(doc)
    return DocumentResult(
        doc.path,
        PROCESSED,
        doc.sha256,
        doc.page_count,
        doc.title,
        doc.doc_type,
        doc=doc,
        briefing=briefing_to_dict(briefing),
        markdown=render_briefing(briefing, "md"),
        html=render_briefing(briefing, "html"),
        framework_share=framework_share(doc)["document"],
    )


def process_document(
    path: str | Path,
    *,
    sha256: str = "",
    ocr: bool = False,
    password: str | None = None,
    timeout: float | None = DOCUMENT_TIMEOUT,
) -> DocumentResult:
    """Read, classify, summarise and render one PDF within ``timeout`` seconds.

    Returns a ``PROCESSED`` result carrying the document and its rendered briefing, or a
    ``FAILED`` one with a Dutch reason; only a :class:`ModelError` is raised.
    """
    started = time.monotonic()
    name = Path(path).name
    try:
        doc = read_document(path, ocr=ocr, password=password, timeout=timeout)
        with _time_limit(started, timeout, path):
            result = brief_document(doc)
    except ModelError:
        raise
    except RaadsassistentError as error:
        result = failed(path, error.code, error.message, sha256=sha256)
    except Exception as error:  # one file's bug must not stop the run
        message = (
            f"{name}: onverwachte fout bij het verwerken ({type(error).__name__}: "
            f"{str(error)[:160]}). Meld dit bestand bij de ontwikkelaars."
        )
        result = failed(path, "onverwacht", message, sha256=sha256)
    return replace(result, path=str(path), seconds=time.monotonic() - started)


def save_result(store: Store, result: DocumentResult) -> DocumentResult:
    """Store a fresh result (document and briefing in one transaction: both or neither) or
    record its failure; return it without the document and briefing it carried."""
    if result.status == FAILED:
        store.record_failure(
            result.path, result.code or "fout", result.message, result.sha256 or None
        )
        return result
    if result.doc is not None and result.briefing is not None:
        store.save_processed(
            result.doc,
            result.briefing,
            result.markdown,
            result.html,
            framework_share=result.framework_share,
        )
    return replace(result, doc=None, briefing=None, markdown="", html="")


def save_briefing(store: Store, doc: StructuredDocument) -> DocumentResult:
    """Summarise a labelled ``doc`` and store it with its briefing in one transaction."""
    return save_result(store, brief_document(doc))


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    ocr: bool = False,
    password: str | None = None,
    timeout: float | None = DOCUMENT_TIMEOUT,
) -> Iterator[DocumentResult]:
    """Store every PDF under ``paths``; unchanged files are skipped, bad ones recorded.

    A document and its briefing are written in one transaction: both or neither.
    """
    pdfs, problems = collect_pdfs(paths)
    yield from problems
    for path in pdfs:
        sha, unreadable = fingerprint(path)
        if unreadable is not None:
            yield save_result(store, unreadable)
        elif store.has_briefing(sha):
            yield DocumentResult(str(path), UNCHANGED, sha)
        else:
            result = process_document(path, sha256=sha, ocr=ocr, password=password, timeout=timeout)
            yield save_result(store, result)
