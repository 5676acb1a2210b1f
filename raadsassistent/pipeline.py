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
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    from raadsassistent.store import Store


# --- input: files and folders ---------------------------------------------------------------


@dataclass(frozen=True)
class Inputs:
    """What a folder holds: PDFs, candidate Notubiz JSON, and files left alone."""

    folder: Path
    pdfs: list[Path]
    json_files: list[Path]
    ignored: list[Path]


def collect_inputs(folder: Path, *, exclude: Path | None = None) -> Inputs:
    """Every file under ``folder`` (hidden ones and those under ``exclude`` left out), sorted."""
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


def collect_pdfs(paths: Iterable[str | Path]) -> tuple[list[Path], list[DocumentResult]]:
    """Expand files and folders into PDF paths; missing paths and empty folders are failures."""
    found: list[Path] = []
    problems: list[DocumentResult] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            pdfs = collect_inputs(path).pdfs
            if not pdfs:
                problems.append(
                    DocumentResult(
                        str(path),
                        FAILED,
                        code="geen-pdfs",
                        message=f"{path}: deze map bevat geen PDF-bestanden.",
                    )
                )
            found.extend(pdfs)
        elif path.exists():
            found.append(path)
        else:
            problems.append(
                DocumentResult(
                    str(path),
                    FAILED,
                    code="ontbreekt",
                    message=f"{path.name}: bestand niet gevonden ({path}).",
                )
            )
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return unique, problems


def fingerprint(path: Path) -> tuple[str, DocumentResult | None]:
    """The file's SHA-256, or a failure when the file cannot be read."""
    try:
        return file_sha256(path), None
    except OSError as error:
        return "", failed(
            path, "onleesbaar", f"{path.name}: het bestand kan niet worden gelezen ({error})."
        )


def failed(path: str | Path, code: str, message: str, **fields: Any) -> DocumentResult:
    return DocumentResult(str(path), FAILED, code=code, message=message, **fields)


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
