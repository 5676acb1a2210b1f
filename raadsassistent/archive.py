"""File safety: unpack a meeting's ZIP without zip bombs, paths outside the target or links,
safe file names, inputs that are no regular file (never opened), and files written whole or
not at all.

A ZIP is checked on its directory before a single byte is written.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import shutil
import stat
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from raadsassistent.errors import InputError

# ZIP limits, checked on the archive's directory before anything is extracted.
MAX_ZIP_FILES = 5000
MAX_ZIP_BYTES = 2 * 1024**3  # total uncompressed size
MAX_ZIP_RATIO = 200  # uncompressed / compressed, for an archive that unpacks to more than:
RATIO_MIN_BYTES = 50 * 1024**2
ZIP_KEEP = (".pdf", ".json")
MAX_ZIP_DEPTH = 1  # a ZIP inside the ZIP is unpacked; one inside that is named, not unpacked
MAX_NAME_LENGTH = 120  # characters of one extracted file or folder name
MAX_NAME_BYTES = 200  # UTF-8 bytes of one name (file systems allow 255)
_OFFICE = {
    **dict.fromkeys((".docx", ".docm", ".doc", ".odt", ".rtf"), "Word"),
    **dict.fromkeys((".xlsx", ".xlsm", ".xls", ".ods"), "Excel"),
    **dict.fromkeys((".pptx", ".pptm", ".ppt", ".odp"), "PowerPoint"),
}


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
    """The file entries (no folders or macOS metadata); raise :class:`InputError` on any
    unsafe entry or a bomb.

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
        keep.append(info)
    return keep


@dataclass
class Extraction:
    """What unpacking a ZIP gave: every entry is extracted, failed or ignored, never lost."""

    folder: Path
    files: list[Path] = field(default_factory=list)  # extracted PDF and JSON files, in order
    originals: dict[Path, str] = field(default_factory=dict)  # renamed file -> its entry name
    failed: list[tuple[Path, str]] = field(default_factory=list)  # (would-be path, reason)
    ignored: list[str] = field(default_factory=list)  # entries neither PDF, JSON nor ZIP


@dataclass(frozen=True)
class _Entry:
    archive: zipfile.ZipFile
    info: zipfile.ZipInfo
    shown: str  # as the user knows it: "stukken.zip/bijlagen.zip/motie.pdf"
    parts: tuple[str, ...]  # its safe path under the target folder


def office_kind(path: Path, archive: zipfile.ZipFile | None = None) -> str | None:
    """``Word``, ``Excel`` or ``PowerPoint`` when ``path`` is an Office document (by its
    extension, or by the parts inside a ZIP container), else ``None``."""
    kind = _OFFICE.get(path.suffix.lower())
    if kind or archive is None:
        return kind
    names = set(archive.namelist())
    for part, name in (("word/", "Word"), ("xl/", "Excel"), ("ppt/", "PowerPoint")):
        if "[Content_Types].xml" in names and any(n.startswith(part) for n in names):
            return name
    if "mimetype" in names:
        try:
            mimetype = archive.read("mimetype")[:80].decode("ascii", "replace")
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError):
            return None
        for key, name in (
            ("text", "Word"),
            ("spreadsheet", "Excel"),
            ("presentation", "PowerPoint"),
        ):
            if mimetype.startswith("application/vnd.oasis.opendocument." + key):
                return name
    return None


def office_file(path: Path) -> str | None:
    """:func:`office_kind` of a file on disk: by its extension, else by the parts inside it
    when it is a ZIP container (a Word file renamed ``.zip``)."""
    kind = office_kind(path)
    if kind or not zipfile.is_zipfile(path):
        return kind
    try:
        with zipfile.ZipFile(path) as archive:
            return office_kind(path, archive)
    except (zipfile.BadZipFile, OSError):
        return None


def office_message(name: str, kind: str) -> str:
    return (
        f"{name}: dit is een {kind}-bestand (Office), geen PDF of ZIP-bestand met vergaderstukken. "
        f"Sla het in {kind} op als PDF (Bestand > Opslaan als > PDF) en geef die PDF of de map op."
    )


def extract_zip(path: Path, target: Path, **limits: Any) -> Extraction:
    """Check ``path`` (and the ZIP files inside it, one level deep) and extract its PDFs and JSON
    files under ``target``.

    Every entry ends up in the result: extracted (renamed ones keep their original name in
    ``originals``), failed with a Dutch reason, or ignored as neither PDF nor JSON. The limits
    count over the whole tree; nothing is written before every archive is checked.
    """
    archive = _open_zip(path, path.name)
    with archive, contextlib.ExitStack() as nested:
        kind = office_kind(path, archive)
        if kind:
            raise InputError(office_message(path.name, kind))
        result = Extraction(target)
        entries = _entries(archive, path.name, (), 0, result, nested, _Budget(**limits))
        target.mkdir(parents=True, exist_ok=True)
        root = target.resolve()
        for entry, parts in _unique(entries):
            destination = root.joinpath(*parts).resolve()
            if not destination.is_relative_to(root):  # belt and braces after check_zip
                raise InputError(f"{path.name}: onveilig pad in het ZIP-bestand ({entry.shown}).")
            try:
                destination.parent.mkdir(parents=True, exist_ok=True)
                with entry.archive.open(entry.info) as source, open(destination, "wb") as sink:
                    shutil.copyfileobj(source, sink, 1 << 20)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
                destination.unlink(missing_ok=True)  # a damaged entry is not extracted
                result.failed.append(
                    (destination, f"{entry.shown}: kon niet uit het ZIP-bestand worden gehaald "
                     f"({str(error)[:160]}). Vraag de afzender om dit stuk apart.")
                )  # fmt: skip
                continue
            result.files.append(destination)
            if destination.name != PurePosixPath(entry.info.filename).name:
                result.originals[destination] = entry.shown
    result.failed = [(target / where, reason) for where, reason in result.failed]
    return result


class _Budget:
    """The ZIP limits, spent over an archive and the archives inside it."""

    def __init__(
        self,
        *,
        max_files: int | None = None,
        max_bytes: int | None = None,
        max_ratio: float | None = None,
    ) -> None:
        self.files = MAX_ZIP_FILES if max_files is None else max_files
        self.bytes = MAX_ZIP_BYTES if max_bytes is None else max_bytes
        self.ratio = MAX_ZIP_RATIO if max_ratio is None else max_ratio

    def check(self, archive: zipfile.ZipFile, name: str) -> list[zipfile.ZipInfo]:
        entries = check_zip(
            archive, name, max_files=self.files, max_bytes=self.bytes, max_ratio=self.ratio
        )
        self.files -= len(archive.infolist())
        self.bytes -= sum(i.file_size for i in archive.infolist())
        return entries


def _open_zip(source: Any, name: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise InputError(
            f"{name}: dit is geen geldig ZIP-bestand ({error}). Controleer of de download "
            "volledig is."
        ) from error


def _entries(
    archive: zipfile.ZipFile,
    shown: str,
    folder: tuple[str, ...],
    depth: int,
    result: Extraction,
    nested: contextlib.ExitStack,
    budget: _Budget,
) -> list[_Entry]:
    """The PDF and JSON entries of ``archive`` and of the ZIP files in it (checked, not yet
    written); the rest goes to ``result.failed`` or ``result.ignored``."""
    found = []
    for info in budget.check(archive, shown):
        entry = f"{shown}/{_printable(info.filename)}"
        parts = folder + tuple(
            safe_name(p, max_length=MAX_NAME_LENGTH)
            for p in PurePosixPath(info.filename.replace("\\", "/")).parts
        )
        suffix = PurePosixPath(parts[-1]).suffix.lower()
        if suffix in ZIP_KEEP:
            found.append(_Entry(archive, info, entry, parts))
        elif suffix != ".zip":
            result.ignored.append(entry)
        elif depth >= MAX_ZIP_DEPTH:
            reason = (
                f"{entry}: een ZIP-bestand zo diep in een ZIP-bestand wordt niet uitgepakt. "
                "Pak het zelf uit en geef de map op."
            )
            result.failed.append((Path(*parts), reason))
        else:
            try:
                inner = nested.enter_context(_open_zip(_spool(archive, info, nested), entry))
                found += _entries(
                    inner, entry, parts[:-1] + (parts[-1][:-4] or "zip",), depth + 1,
                    result, nested, budget,
                )  # fmt: skip
            except InputError as error:
                result.failed.append((Path(*parts), error.message))
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
                reason = f"{entry}: kon niet uit het ZIP-bestand worden gehaald ({error})."
                result.failed.append((Path(*parts), reason))
    return found


def _printable(name: str) -> str:
    # An entry name is shown to the user: no terminal escapes or hidden direction marks.
    return "".join(c if c.isprintable() else "\N{REPLACEMENT CHARACTER}" for c in name)


def _spool(archive: zipfile.ZipFile, info: zipfile.ZipInfo, nested: contextlib.ExitStack) -> Any:
    """A ZIP inside the ZIP, copied to an anonymous temporary file (never into the target)."""
    spool = nested.enter_context(tempfile.TemporaryFile())
    with archive.open(info) as source:
        shutil.copyfileobj(source, spool, 1 << 20)
    spool.seek(0)
    return spool


def _unique(entries: list[_Entry]) -> Iterator[tuple[_Entry, tuple[str, ...]]]:
    """Each entry with a path no other entry or folder has (case-insensitively): a clash gets
    a tag from a hash of the entry's name and content, so a re-run gives the same names."""
    taken = {"/".join(e.parts[:n]).casefold() for e in entries for n in range(1, len(e.parts))}
    for entry in entries:
        parts = entry.parts
        seed = f"{entry.shown}\0{entry.info.CRC}\0{entry.info.file_size}"
        tag = hashlib.sha256(seed.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        attempt = 0
        while "/".join(parts).casefold() in taken:
            attempt += 1
            label = tag if attempt == 1 else f"{tag}-{attempt}"
            parts = entry.parts[:-1] + (
                safe_name(entry.parts[-1], max_length=MAX_NAME_LENGTH, tag=label),
            )
        taken.add("/".join(parts).casefold())
        yield entry, parts


_UNSAFE = re.compile(r"[\x00-\x1f\x7f!-,/:-@\[-^`{-~]+")  # ASCII other than letters, digits, ._ -
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}$")


def safe_name(name: str, *, max_length: int = 90, tag: str = "") -> str:
    """A file name of letters (of any script), digits and ``._ -`` that never names a folder
    above; its extension survives shortening (to ``max_length`` characters and
    :data:`MAX_NAME_BYTES` bytes), and ``tag`` is added to its stem."""
    name = name.rstrip(" .")  # "motie.pdf " is a PDF, as Windows would read it
    match = _SUFFIX.search(name)
    suffix = match.group() if match and match.start() > 0 else ""
    original = name[: len(name) - len(suffix)]
    kept = "".join(
        c
        for c in unicodedata.normalize("NFKD", original)
        if c.isascii() or unicodedata.category(c)[0] in "LN"
    )  # accents, dashes and other non-ASCII signs are dropped
    cleaned = _UNSAFE.sub("_", unicodedata.normalize("NFC", kept)).strip(" ._-")
    cleaned = re.sub(r"\s+", " ", cleaned)
    if not cleaned:  # a name of signs only ("★") gets a stem that tells it from others
        signs = original.strip(" ._-").encode("utf-8", "surrogatepass")
        cleaned = f"document-{hashlib.sha256(signs).hexdigest()[:8]}" if signs else "document"
    if tag:
        tag = "-" + tag
    room = max_length - len(suffix) - len(tag)
    stem = cleaned[:room].rstrip(" ._-")
    while len((stem + tag + suffix).encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        stem = stem[:-1].rstrip(" ._-")
    return (stem or "document") + tag + suffix


def resolved_path(path: str | Path) -> Path:
    """``path`` made absolute with its links resolved; a looping link stays where it stands."""
    path = Path(path)
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a link loop: where the link itself lives
        return path.absolute().parent.resolve() / path.name


def input_problem(path: Path) -> tuple[str, str] | None:
    """``(code, Dutch reason)`` when ``path`` is no regular file or folder: missing, a broken
    or looping link, a named pipe, socket or device, a name that is no text. Uses ``stat``
    only, never ``open``."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:  # bytes that are no UTF-8 (a name from another system)
        shown = path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        return "naam", (
            f"{shown}: de bestandsnaam bevat tekens die geen geldige tekst (UTF-8) zijn; het "
            "bestand is niet gelezen. Geef het een nieuwe naam en probeer het opnieuw."
        )
    try:
        mode = path.stat().st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "geen-bestand", (
                f"{path.name}: deze snelkoppeling (symlink) verwijst in een kring naar zichzelf; "
                "er is niets gelezen. Laat de snelkoppeling naar het echte bestand wijzen."
            )
        if path.is_symlink():
            return "geen-bestand", (
                f"{path.name}: deze snelkoppeling (symlink) wijst naar iets dat niet bestaat; er "
                "is niets gelezen. Herstel de snelkoppeling of geef het echte bestand op."
            )
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            return "ontbreekt", f"{path.name}: bestand niet gevonden ({path})."
        return "onleesbaar", (
            f"{path.name}: het bestand kan niet worden gelezen ({error.strerror}). Controleer "
            "of u het mag lezen."
        )
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    kind = (
        "een named pipe (FIFO)"
        if stat.S_ISFIFO(mode)
        else "een socket"
        if stat.S_ISSOCK(mode)
        else "een apparaat"
    )
    return "geen-bestand", (
        f"{path.name}: dit is geen gewoon bestand maar {kind}; het is niet gelezen. Sla het stuk "
        "op als gewoon bestand en geef dat op."
    )


def write_text(path: Path, text: str) -> None:
    """Write via a temporary file so a reader never sees half a file.

    The temporary name is unique, so two runs writing one folder never share it; a failed
    write (a full disk) leaves no temporary file behind.
    """
    # A fresh name opened exclusively (not mkstemp, whose 0600 mode would stick to the file).
    temporary = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(6)}.tmp")
    sink = open(temporary, "x", encoding="utf-8")  # noqa: SIM115 (closed below)
    try:
        with sink:
            sink.write(text)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
