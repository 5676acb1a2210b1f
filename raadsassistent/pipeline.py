"""Runs the stages for one file or many, recording per-file results: never printing.

A bad file becomes a failed :class:`FileResult` with a Dutch reason; the other files go on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from raadsassistent.classify import framework_share
from raadsassistent.errors import PdfError, RaadsassistentError
from raadsassistent.extract import extract_document, file_sha256
from raadsassistent.segment import segment_document
from raadsassistent.store import Store
from raadsassistent.types import Briefing, StructuredDocument


@dataclass(frozen=True)
class FileResult:
    """What happened to one input file."""

    path: str
    status: str  # done | skipped | failed
    pages: int = 0
    title: str = ""
    doc_type: str = ""
    code: str = ""
    message: str = ""


def collect_pdfs(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileResult]]:
    """Expand files and folders into PDF paths; missing paths and empty folders are failures."""
    found: list[Path] = []
    problems: list[FileResult] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            pdfs = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")
            if not pdfs:
                problems.append(
                    FileResult(
                        str(path),
                        "failed",
                        code="geen-pdfs",
                        message=f"{path}: deze map bevat geen PDF-bestanden.",
                    )
                )
            found.extend(pdfs)
        elif path.exists():
            found.append(path)
        else:
            problems.append(
                FileResult(
                    str(path),
                    "failed",
                    code="ontbreekt",
                    message=f"{path.name}: bestand niet gevonden ({path}).",
                )
            )
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return unique, problems


def read_document(
    path: str | Path, *, ocr: bool = False, password: str | None = None, classify: bool = True
) -> StructuredDocument:
    """Extract and segment one PDF, and label its passages with the shipped model."""
    doc = segment_document(extract_document(path, ocr=ocr, password=password))
    if classify:
        from raadsassistent.classify import classify_passages

        doc = classify_passages(doc)
    return doc


def save_briefing(store: Store, doc: StructuredDocument) -> Briefing:
    """Summarise ``doc`` and store it with its briefing (JSON, Markdown, HTML) in one
    transaction: both or neither, so a re-run never skips a document without a briefing."""
    from raadsassistent.render import briefing_to_dict, render_briefing
    from raadsassistent.summarise import summarise_document

    briefing = summarise_document(doc)
    store.save_processed(
        doc,
        briefing_to_dict(briefing),
        render_briefing(briefing, "md"),
        render_briefing(briefing, "html"),
        framework_share=framework_share(doc)["document"],
    )
    return briefing


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    ocr: bool = False,
    password: str | None = None,
) -> Iterator[FileResult]:
    """Store every PDF under ``paths``; unchanged files are skipped, bad ones recorded.

    A document and its briefing are written in one transaction: both or neither.
    """
    pdfs, problems = collect_pdfs(paths)
    yield from problems
    for path in pdfs:
        try:
            sha = file_sha256(path)
            if store.has_briefing(sha):
                yield FileResult(str(path), "skipped")
                continue
            doc = read_document(path, ocr=ocr, password=password)
            save_briefing(store, doc)
        except PdfError as error:
            store.record_failure(path, error.code, error.message)
            yield FileResult(str(path), "failed", code=error.code, message=error.message)
            continue
        except RaadsassistentError:
            raise
        except Exception as error:  # an unforeseen bug in one file must not stop the batch
            message = (
                f"{path.name}: onverwachte fout bij het verwerken ({type(error).__name__}: "
                f"{error}). Meld dit bestand bij de ontwikkelaars."
            )
            store.record_failure(path, "onverwacht", message)
            yield FileResult(str(path), "failed", code="onverwacht", message=message)
            continue
        yield FileResult(str(path), "done", doc.page_count, doc.title, doc.doc_type)
