"""Helpers shared by tests: paths, what belongs to the repo, the gold facts of the samples, what
a clear Dutch error is."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from raadsassistent.errors import PdfError

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"
TORTURE_DIR = SHARED / "pdf-torture"

# Folders that are not ours even when they sit inside the checkout.
NOT_OURS = {".git", ".venv", "venv", "build", "dist", "node_modules", ".ruff_cache", ".mypy_cache",
            ".pytest_cache", ".hypothesis", "__pycache__"}  # fmt: skip


def repo_files(root: Path = REPO) -> list[Path]:
    """The files of the repo: what git tracks or would track, else a walk that skips
    virtual environments, build output and caches."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=root,
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
        return sorted(root / name for name in listed.split("\0") if name)
    except (OSError, subprocess.CalledProcessError):
        return sorted(
            p
            for p in root.rglob("*")
            if p.is_file()
            and not NOT_OURS.intersection(p.relative_to(root).parts)
            and not any(part.endswith(".egg-info") for part in p.relative_to(root).parts)
        )


def gold_documents() -> list[dict]:
    """The documents of samples/gold.json, the static facts of the bundled samples."""
    return json.loads((SAMPLES / "gold.json").read_text(encoding="utf-8"))["documents"]


_DUTCH = re.compile(r"\b(de|het|een|niet|geen|is|bestand|pagina'?s?|kan|bevat|van)\b", re.I)
_ENGLISH = re.compile(
    r"\b(the|is not|cannot|could not|invalid|error|object|unexpected|failed|file)\b", re.I
)


def assert_clear_dutch_error(error: Exception, path: Path) -> None:
    """A PdfError naming the file, with a Dutch message; English only in parenthesised detail."""
    assert isinstance(error, PdfError), f"{type(error).__name__}: {error}"
    message = str(error)
    assert message.startswith(path.name + ":"), message
    assert error.code and error.code != "onverwacht", message
    outside = re.sub(r"\([^()]*(\([^()]*\)[^()]*)*\)", "", message)
    assert _DUTCH.search(outside), message
    assert not _ENGLISH.search(outside), message
