"""Archive safety: unsafe ZIP files are refused before anything is extracted; safe names."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from raadsassistent.archive import MAX_ZIP_FILES, safe_name
from raadsassistent.batch import run_batch
from raadsassistent.cli import main
from raadsassistent.errors import InputError
from raadsassistent.store import Store


def _batch(runner: CliRunner, *args: str):
    return runner.invoke(main, ["batch", *args], catch_exceptions=False)


def _refused_by_cli(archive: Path, tmp_path: Path) -> str:
    """Run the batch over ``archive``: it must stop with exit code 2; return its message."""
    result = _batch(
        CliRunner(), str(archive), "--db", str(tmp_path / "r.db"), "-o", str(tmp_path / "uit")
    )
    assert result.exit_code == 2
    return result.output.strip()


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def test_zip_with_absolute_path_is_refused(tmp_path):
    archive = _zip(
        tmp_path / "stukken.zip", {"goed.pdf": b"%PDF-1.4", "/etc/cron.d/x.pdf": b"%PDF"}
    )
    assert _refused_by_cli(archive, tmp_path) == (
        "Fout: stukken.zip: het ZIP-bestand bevat een absoluut pad (/etc/cron.d/x.pdf); uit "
        "veiligheid is niets uitgepakt. Vraag de afzender om een nieuw ZIP-bestand."
    )
    assert not (tmp_path / "uit" / "_stukken" / "goed.pdf").exists()


def test_zip_with_dotdot_is_refused(tmp_path):
    archive = _zip(tmp_path / "stukken.zip", {"map/../../buiten.pdf": b"%PDF-1.4"})
    with Store(tmp_path / "r.db") as store, pytest.raises(InputError) as caught:
        list(run_batch(archive, store, tmp_path / "uit"))
    assert str(caught.value) == (
        "stukken.zip: het ZIP-bestand bevat een pad met '..' dat buiten de map wijst "
        "(map/../../buiten.pdf); uit veiligheid is niets uitgepakt. Vraag de afzender om een "
        "nieuw ZIP-bestand."
    )
    assert not (tmp_path / "buiten.pdf").exists()


def test_zip_with_symlink_is_refused(tmp_path):
    archive = tmp_path / "stukken.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        info = zipfile.ZipInfo("link.pdf")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    with Store(tmp_path / "r.db") as store, pytest.raises(InputError, match="snelkoppeling"):
        list(run_batch(archive, store, tmp_path / "uit"))


def test_zip_bomb_by_declared_size_is_refused_before_extracting(tmp_path):
    archive = _zip(tmp_path / "bom.zip", {"groot.pdf": b"%PDF-1.4 " + b"0" * 1000})
    data = bytearray(archive.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 24 : central + 28] = (0xF0000000).to_bytes(4, "little")  # claims 3.75 GiB
    archive.write_bytes(bytes(data))
    assert _refused_by_cli(archive, tmp_path) == (
        "Fout: bom.zip: het ZIP-bestand wordt uitgepakt 3,8 GB, meer dan de grens van 2,0 GB; uit "
        "veiligheid is niets uitgepakt. Dit lijkt een zipbom; vraag de afzender om de stukken apart."
    )
    assert not (tmp_path / "uit" / "_stukken").exists()


def test_zip_bomb_by_file_count_is_refused(tmp_path):
    archive = tmp_path / "veel.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for n in range(MAX_ZIP_FILES + 1):
            zf.writestr(f"d/{n}.json", b"")
    assert _refused_by_cli(archive, tmp_path) == (
        "Fout: veel.zip: het ZIP-bestand bevat 5001 bestanden, meer dan de grens van 5000; uit "
        "veiligheid is niets uitgepakt. Dit lijkt een zipbom; vraag de afzender om de stukken apart."
    )


def test_zip_bomb_by_ratio_is_refused(tmp_path):
    archive = tmp_path / "nul.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("nullen.pdf", b"\0" * (60 * 1024**2))
    with Store(tmp_path / "r.db") as store, pytest.raises(InputError, match="keer samengeperst"):
        list(run_batch(archive, store, tmp_path / "uit"))


def test_zip_extracts_only_pdf_and_json_and_runs(tmp_path, sample_pdfs):
    pdfs = sorted(sample_pdfs, key=lambda p: p.stat().st_size)[:2]
    entries = {f"Stukken raad/{p.name}": p.read_bytes() for p in pdfs}
    entries["Stukken raad/lees mij.txt"] = b"tekst"
    entries["__MACOSX/._x.pdf"] = b"rommel"
    archive = _zip(tmp_path / "stukken.zip", entries)
    out = tmp_path / "uit"
    result = _batch(
        CliRunner(), str(archive), "--db", str(tmp_path / "r.db"), "-o", str(out), "--workers", "1"
    )
    assert result.exit_code == 0, result.output
    extracted = sorted(p.name for p in (out / "_stukken").rglob("*") if p.is_file())
    assert extracted == sorted(p.name for p in pdfs)
    assert (out / "index.html").exists()


def test_safe_names_never_leave_the_folder():
    assert safe_name("../../etc/passwd") == "etc_passwd"
    assert (
        safe_name("Zienswijze Veiligheidsregio – begroting 2027")
        == "Zienswijze Veiligheidsregio begroting 2027"
    )
    assert safe_name("....") == "document"
    assert "/" not in safe_name("a/b\\c:d")
