"""Helpers shared by tests: paths, what belongs to the repo, the gold facts of the samples, what
a clear Dutch error is."""

from __future__ import annotations

import json
import random
import re
import subprocess
from pathlib import Path
from typing import Any

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


# --- a tiny training corpus -------------------------------------------------------------

FRAMEWORK = [
    "De gemeente wil met dit plan {n} betaalbare woningen voor starters mogelijk maken.",
    "Het doel is de leefbaarheid van de kern {k} te versterken volgens de woonvisie.",
    "Het plan past binnen het provinciaal beleid en de gemeentelijke structuurvisie.",
    "De ambitie van de raad is een duurzaam en levendig centrum voor {k}.",
    "Als uitgangspunt geldt dat de nieuwe wijk aansluit op de bestaande dorpsstructuur.",
]
DETAIL = [
    "Uit het bodemonderzoek blijkt dat de grond licht verontreinigd is met {n} mg zink.",
    "De geluidbelasting op de gevel bedraagt {n} dB door het wegverkeerslawaai.",
    "Het groepsrisico van de gasleiding ligt ruim onder de oriëntatiewaarde.",
    "Bij het archeologisch booronderzoek zijn op {n} centimeter diepte geen sporen gevonden.",
    "In artikel {n} zijn de bouwregels voor de bestemming Wonen opgenomen.",
]
KERNEN = ["Oosterhout", "Waalwijk", "Dinteloord", "Eefde", "Lochem", "Heiloo"]


def _paragraph(templates: list[str], rng: random.Random) -> str:
    sentences = [
        rng.choice(templates).format(n=rng.randint(2, 90), k=rng.choice(KERNEN)) for _ in range(3)
    ]
    return " ".join(sentences)


def write_zoning_corpus(
    folder: Path,
    rng: random.Random,
    codes: tuple[str, ...] = ("0101", "0202", "0303", "0404", "0505", "0606"),
    paragraphs: int = 6,
) -> None:
    """Zoning-plan-like Markdown ``t_NL.IMRO.<code>.BPtest-VG01.md``, one per municipality code:
    framework chapters (aanleiding, beleid) and a detail chapter (bodem)."""
    for code in codes:
        parts = ["# Toelichting", "### Hoofdstuk 1 Inleiding", "#### 1\\.1 Aanleiding en doel"]
        parts += [_paragraph(FRAMEWORK, rng) for _ in range(paragraphs)]
        parts += ["### Hoofdstuk 2 Omgevingsaspecten", "#### 2\\.1 Bodem"]
        parts += [_paragraph(DETAIL, rng) for _ in range(paragraphs)]
        parts += ["### Hoofdstuk 3 Beleid", "#### 3\\.1 Rijksbeleid"]
        parts += [_paragraph(FRAMEWORK, rng) for _ in range(paragraphs // 2)]
        (folder / f"t_NL.IMRO.{code}.BPtest-VG01.md").write_text("\n\n".join(parts) + "\n")


def write_team_passages(folder: Path, rng: random.Random, repeat: int = 4) -> None:
    """``raadsstukken_test.jsonl``: labelled team passages from three municipalities."""
    lines = []
    for i, municipality in enumerate(["Lindewaarde", "Zeevang", "Aaberg"] * repeat):
        for label, templates in (("framework", FRAMEWORK), ("detail", DETAIL)):
            lines.append(
                {
                    "id": f"t-{i}-{label}",
                    "text": _paragraph(templates, rng),
                    "label": label,
                    "municipality": municipality,
                    "doc_type": "raadsvoorstel",
                    "section": "x",
                }
            )
    (folder / "raadsstukken_test.jsonl").write_text(
        "\n".join(json.dumps(line) for line in lines) + "\n"
    )


def write_training_folders(root: Path, rng: random.Random, **corpus: Any) -> tuple[Path, Path]:
    """``root/corpus`` (zoning plans) and ``root/training`` (team passages), written."""
    folders = root / "corpus", root / "training"
    for folder in folders:
        folder.mkdir()
    write_zoning_corpus(folders[0], rng, **corpus)
    write_team_passages(folders[1], rng)
    return folders
