"""Helpers shared by tests: paths and what belongs to the repo."""

from __future__ import annotations

import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"

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
