"""The real Den Haag corpus in ../shared/corpus/denhaag: its labels, reference texts and the
measures that tests and bench/bench_real.py share.

Everything here reads ../shared; callers skip when it is absent (``denhaag_rows`` raises
``pytest.skip`` through the ``denhaag`` fixture, bench scripts check ``DENHAAG.is_dir()``).
The RIS labels in documents.csv are the truth we measure against, never input to the tool.
"""

from __future__ import annotations

import csv
import functools
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from helpers import SHARED

DENHAAG = SHARED / "corpus" / "denhaag"


@dataclass(frozen=True)
class LabelledFile:
    """One row of documents.csv: a real PDF with the council information system's labels."""

    meeting: str  # "1259650"
    meeting_date: str  # "2025-02-13"
    path: Path
    doc_type: str  # the RIS category: motie, amendement, raadsvoorstel, besluitenlijst, notulen
    label: str  # the RIS title: "L.B VVD amendement Geen gedwongen verplaatsing van strandtenten"

    @property
    def name(self) -> str:
        return self.path.name


@functools.cache
def labelled_files() -> tuple[LabelledFile, ...]:
    """Every row of documents.csv, in file order."""
    with (DENHAAG / "documents.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(
            LabelledFile(
                meeting=row["meeting_id"],
                meeting_date=row["meeting_date"],
                path=DENHAAG / row["file"],
                doc_type=row["doc_type"],
                label=row["doc_label"].replace("\u200b", "").strip(),
            )
            for row in csv.DictReader(handle)
        )


def files_of_type(*doc_types: str) -> list[LabelledFile]:
    """The labelled files whose RIS category is one of ``doc_types``."""
    return [f for f in labelled_files() if f.doc_type in doc_types]


def has_pdftotext() -> bool:
    return shutil.which("pdftotext") is not None


@functools.cache
def pdftotext(path: Path) -> str:
    """Poppler's plain text of ``path`` (reading order, no layout): the reference for words."""
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=120,
    ).stdout.decode("utf-8", "replace")


WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """Lower-cased words (letters and digits, inner hyphens and apostrophes kept)."""
    return [w.lower() for w in WORD.findall(text.replace("\u00ad", ""))]


# --- text fidelity (glued words, word recall) ------------------------------------------------


# --- titles and types --------------------------------------------------------------------------


# --- decision blocks ---------------------------------------------------------------------------

# The reference decision block is read from pdftotext's text with plain line rules, never with
# raadsassistent: a raadsvoorstel's block runs from its "besluit:" lead (or, without one, from
# the "gezien het voorstel ...," preamble) to the signature; an amendment's from "Besluit" to
# its "Toelichting"; a motion's from its dictum verb ("verzoekt het college", "draagt ... op")
# to "en gaat over tot de orde van de dag". A verordening that is adopted ("besluit vast te
# stellen de Verordening X:") is decided by that line: its articles are its content, so the
# block stops at "Artikel 1" / "Hoofdstuk 1". Page furniture (page numbers, the running
# header and the letterhead's address column) and item markers ("I.", "a)", bullets) are
# layout, not words of the block.

_BLOCK_END = re.compile(
    r"^\W*(?:Aldus\s+(?:geamendeerd\s+)?(?:besloten|aangenomen|verworpen|vastgesteld)\b|De\s+griffier\b"
    r"|De\s+(?:voorzitter|burgemeester)\b|ValidSigned\b|Toelichting\b|Ondertekening\b"
    r"|Handtekening\b|Pagina\s+\d+\s+van\s+\d+|(?:en\s+)?gaat\s+over\s+tot\s+de\s+orde\b"
    r"|(?:Artikel|ARTIKEL|Hoofdstuk|HOOFDSTUK)\s+(?:1|I)(?![\d.:]*\d)\b)",
    re.IGNORECASE,
)
_CLOSING_FORMULA = re.compile(r"(?:\ben\s+)?gaat\s+over\s+tot\s+de\s+orde", re.IGNORECASE)
# "besluit:", "Besluit", "besluit vast te stellen", ", besluit:"; not "besluit het college
# in Q3" running on from the line before (the line before a lead ends a clause or is the
# preamble)
_BESLUIT_LEAD = re.compile(
    r"^(?:.*?,\s*|.*?\s(?=besluit(?:en)?\s*:))?(?P<lead>besluit(?:en)?)\b\s*:?", re.IGNORECASE
)
# the raad's own "besluit:" after "... het volgende besluit: de raad van ..., gezien ...,"
_RAAD_LEAD = re.compile(r"^(?:.*,\s*)?besluit(?:en)?\s*:", re.IGNORECASE)
# "De raad van de gemeente X, gezien het voorstel ..., gelet op ..."
_PREAMBLE = re.compile(
    r"^\s*(?:gezien|gelezen|gelet|de\s+(?:gemeente)?raad\s+van)\b|,\s*gezien\b", re.IGNORECASE
)
# a motion's dictum verb, after its considerations ("constaterende", "overwegende")
_CONSIDERATIONS = re.compile(r"^\W*(?:constaterende|overwegende|van\s+mening)", re.IGNORECASE)
_DICTUM_VERBS = "verzoekt|verzoeken|draagt|dragen|spreekt|spreken|roept|roepen|besluit|vraagt"
_ADDRESSEES = "het|de|uit|zich|als|om|tot|te|haar|zijn|burgemeester|college"
_MOTION_LEAD = re.compile(rf"^\W*(?:{_DICTUM_VERBS})\s+(?:{_ADDRESSEES})\b", re.IGNORECASE)
_ITEM_MARKER = re.compile(
    r"^\s*(?:\(?(?:\d{1,2}|[a-zA-Z]|[IVXivx]{1,5})\s?[.):]|[•▪●◦o\-–*·]|\d°)(?=\s|$)\s*"
)
_FURNITURE = re.compile(
    r"^\s*(?:\d{1,3}(?:\s*/\s*\d{1,3})?|Pagina\s+\d+\s+van\s+\d+|Gemeente\s+\S+(?:\s+\S+)?"
    r"|Ons\s+kenmerk|[A-Z]{2,5}/\d{5,}|Postbus\s+\d+|\d{4}\s?[A-Z]{2}\b.*|T\s+[\d ]+"
    r"|www\.\S+|dienst:.*|Spui\s+\d+|Den\s+Haag)\s*$"
)


def _running_lines(text: str) -> set[str]:
    """Lines at the top or bottom of two or more pages: running headers and footers."""
    seen: dict[str, set[int]] = {}
    for number, page in enumerate(text.split("\f")):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        for line in lines[:4] + lines[-4:]:
            seen.setdefault(line, set()).add(number)
    return {line for line, pages in seen.items() if len(pages) > 1 and len(line) > 3}


def _block_lines(lines: list[str], start: int, running: set[str]) -> list[str]:
    """``lines[start:]`` up to the block's end, without furniture; ``lines[start]`` is the
    lead's own line and never ends the block ("besluit Artikel I als volgt te wijzigen:")."""
    out = []
    for i, line in enumerate(lines[start:]):
        if i and _BLOCK_END.match(line):
            break
        if line.strip() in running or _FURNITURE.match(line):
            continue
        out.append(line)
    return out


def _submitter_names(lines: list[str]) -> set[str]:
    """The names on "Indiener: Name, Party" lines: the signature starts where one recurs."""
    names = set()
    for line in lines:
        m = re.match(r"\s*Indieners?\s*:\s*([^,]+)", line)
        if m:
            names.add(m.group(1).strip())
    return names


def decision_block(reference_text: str, kind: str) -> str | None:
    """The decision block of a document from its pdftotext text, or None when it has none.

    ``kind`` is "raadsvoorstel", "amendement" or "motie". The text after the lead to the
    block's end, without page furniture, one line per line (item markers kept).
    """
    text = reference_text.replace("\u200b", "")
    lines = text.replace("\f", "\n\f").split("\n")
    running = _running_lines(text)
    body: list[str] | None = None
    if kind == "motie":
        after = max((i for i, ln in enumerate(lines) if _CONSIDERATIONS.match(ln)), default=-1)
        for i in range(after + 1, len(lines)):
            if _MOTION_LEAD.match(lines[i]):
                body = _block_lines(lines, i, running)
                break
    else:
        for i, line in enumerate(lines):
            m = _BESLUIT_LEAD.match(line)
            if not m:
                continue
            before = [
                ln
                for ln in lines[max(0, i - 40) : i]
                if ln.strip() and ln.strip() not in running and not _FURNITURE.match(ln)
            ][-6:]
            colon = ":" in line[m.end("lead") : m.end()]
            if not (colon or kind == "amendement" or any(_PREAMBLE.match(b) for b in before)):
                continue
            body = _block_lines([line[m.end() :], *lines[i + 1 :]], 0, running)
            # "... met het volgende besluit: de raad ..., gezien ..., besluit: X": the raad's
            # own "besluit:" further on opens the block
            later = [k for k, b in enumerate(body) if k and _RAAD_LEAD.match(b)]
            if later:
                inner = _RAAD_LEAD.match(body[later[-1]])
                assert inner
                body = [body[later[-1]][inner.end() :], *body[later[-1] + 1 :]]
            if any(words(b) for b in body):
                break
            body = None
        if body is None and kind == "raadsvoorstel":
            # no "besluit": the numbered points follow the "gezien het voorstel ...," line
            for i in range(len(lines) - 1, -1, -1):
                if re.match(r"^\s*(?:gezien|gelezen)\b.*,\s*$", lines[i]):
                    body = _block_lines(lines, i, running)[1:]
                    break
    if not body:
        return None
    if kind == "motie" and re.search(r"[:,;]\s*$", body[0]) and len(body[0].split()) <= 6:
        body = body[1:]  # "Verzoekt het college:" only introduces the list
    names = _submitter_names(lines[: len(lines)])
    kept = []
    for line in body:
        if line.strip().startswith(tuple(names or ["\0"])) or _CLOSING_FORMULA.search(line):
            break
        kept.append(line)
    block = "\n".join(line.rstrip() for line in kept).strip()
    return block if words(block) else None


def block_words(block: str) -> list[str]:
    """The words of a decision block without its item markers ("I.", "a)", bullets)."""
    return [w for line in block.splitlines() for w in words(_ITEM_MARKER.sub("", line))]


def coverage(block: str, points: list[str]) -> float:
    """Share of the block's words (as a multiset) that the points contain."""
    from collections import Counter

    want = Counter(block_words(block))
    if not want:
        return 1.0
    have = Counter(w for p in points for w in words(p))
    return sum((want & have).values()) / sum(want.values())


def spaceless_coverage(block: str, points: list[str]) -> float:
    """Like :func:`coverage`, but blind to word boundaries: the share of the block's letters
    that line up with the points' letters, so words glued together still count."""
    import difflib

    a = "".join(block_words(block))
    b = "".join(w for p in points for w in words(p))
    if not a:
        return 1.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(m.size for m in matcher.get_matching_blocks()) / len(a)


@dataclass(frozen=True)
class DecisionScore:
    """Decision points against the reference blocks, over files that have a block."""

    files: int  # files with a reference block
    found: int  # ... where we found at least one decision point
    passed: int  # ... where the points cover >= 90% of the block's words
    passed_spaceless: int  # ... the same, blind to glued words
    mean_coverage: float
    mean_spaceless: float  # the same, blind to glued words
    no_block: tuple[str, ...]  # files without a reference block (not counted)
    failures: tuple[tuple[str, float, str], ...]  # (file name, coverage, first block words)

    @property
    def share(self) -> float:
        return self.passed / self.files if self.files else 0.0

    @property
    def found_share(self) -> float:
        return self.found / self.files if self.files else 0.0


COVERED = 0.9


@functools.cache
def our_decision_points(path: Path) -> tuple[str, ...]:
    """raadsassistent's decision points of ``path`` (extraction cached per process)."""
    from raadsassistent.decisions import find_decision_points
    from raadsassistent.extract import extract_document
    from raadsassistent.segment import segment_document

    doc = segment_document(extract_document(path))
    return tuple(p.text for p in find_decision_points(doc))


def decision_kind(file: LabelledFile) -> str | None:
    """The kind of decision block a labelled file has: afdoening and tussenbericht letters
    filed as "motie" are letters, not motions (their label has no agenda code)."""
    if file.doc_type == "motie" and not re.match(r"[A-Z]{1,2}\.\d", file.label):
        return None
    return file.doc_type if file.doc_type in ("raadsvoorstel", "amendement", "motie") else None


def decision_score(files: list[LabelledFile]) -> DecisionScore:
    """How well our decision points cover the reference decision blocks of ``files``."""
    covs, spaceless, failures, no_block = [], [], [], []
    found = 0
    for file in files:
        kind = decision_kind(file)
        block = decision_block(pdftotext(file.path), kind) if kind else None
        if block is None:
            no_block.append(file.name)
            continue
        points = list(our_decision_points(file.path))
        found += bool(points)
        cov = coverage(block, points)
        covs.append(cov)
        spaceless.append(max(cov, spaceless_coverage(block, points)))
        if cov < COVERED:
            failures.append((file.name, round(cov, 3), " ".join(block.split()[:12])))
    n = len(covs)
    return DecisionScore(
        files=n,
        found=found,
        passed=sum(c >= COVERED for c in covs),
        passed_spaceless=sum(c >= COVERED for c in spaceless),
        mean_coverage=sum(covs) / n if n else 0.0,
        mean_spaceless=sum(spaceless) / n if n else 0.0,
        no_block=tuple(no_block),
        failures=tuple(failures),
    )


# --- outcomes, references, motions -------------------------------------------------------------
