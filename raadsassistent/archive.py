"""File safety: unpack a meeting's ZIP without zip bombs, paths outside the target or links,
safe file names, and files written whole or not at all.

A ZIP is checked on its directory before a single byte is written.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import unicodedata
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from raadsassistent.errors import InputError

# ZIP limits, checked on the archive's directory before anything is extracted.
MAX_ZIP_FILES = 5000
MAX_ZIP_BYTES = 2 * 1024**3  # total uncompressed size
MAX_ZIP_RATIO = 200  # uncompressed / compressed, for an archive that unpacks to more than:
RATIO_MIN_BYTES = 50 * 1024**2
ZIP_KEEP = (".pdf", ".json")


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
