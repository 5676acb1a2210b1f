"""The batch on a Dask distributed cluster (a LocalCluster here), results written by one process."""

from __future__ import annotations

import shutil
import time

import distributed
import pytest
from click.testing import CliRunner

from raadsassistent import batch
from raadsassistent.cli import main
from raadsassistent.errors import InputError
from raadsassistent.store import Store


@pytest.fixture(scope="module")
def cluster():
    # One single-threaded worker process: pdfium is not thread-safe.
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


@pytest.mark.timeout(300)
def test_batch_on_dask_cluster_matches_local_run(tmp_path, sample_pdfs, cluster):
    folder = tmp_path / "stukken"
    folder.mkdir()
    chosen = [p for p in sample_pdfs if p.name.startswith(("A9.1", "M9.2", "agenda", "2026-047"))]
    for pdf in chosen:
        shutil.copy(pdf, folder / pdf.name)
    (folder / "kapot.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00" * 64)
    runner = CliRunner()
    remote = runner.invoke(
        main,
        [
            "batch",
            str(folder),
            "--db",
            str(tmp_path / "dask.db"),
            "-o",
            str(tmp_path / "uit-dask"),
            "--dask-scheduler",
            cluster.scheduler_address,
        ],
    )
    assert remote.exit_code == 1, remote.output  # the broken file fails, the rest is done
    assert "kapot.pdf" in remote.output
    local = runner.invoke(
        main,
        [
            "batch",
            str(folder),
            "--db",
            str(tmp_path / "lokaal.db"),
            "-o",
            str(tmp_path / "uit-lokaal"),
            "--workers",
            "1",
        ],
    )
    assert local.exit_code == 1, local.output

    with Store(tmp_path / "dask.db") as a, Store(tmp_path / "lokaal.db") as b:
        assert len(a.documents()) == len(chosen)
        assert sorted(d["sha256"] for d in a.documents()) == sorted(
            d["sha256"] for d in b.documents()
        )
        assert a.counts()["passages"] == b.counts()["passages"]
        for doc in a.documents():
            assert a.briefing(doc["sha256"]) is not None
    assert (tmp_path / "uit-dask" / "index.html").exists()


def test_unreachable_scheduler_gives_dutch_error(tmp_path, sample_pdfs, monkeypatch):
    monkeypatch.setattr(batch, "DASK_CONNECT_TIMEOUT", 1.0)  # the default waits 30 s
    folder = tmp_path / "stukken"
    folder.mkdir()
    shutil.copy(sample_pdfs[0], folder / sample_pdfs[0].name)
    started = time.monotonic()
    result = CliRunner().invoke(
        main,
        [
            "batch",
            str(folder),
            "--db",
            str(tmp_path / "x.db"),
            "-o",
            str(tmp_path / "uit"),
            "--dask-scheduler",
            "tcp://127.0.0.1:9",
        ],
    )
    assert result.exit_code != 0
    assert "Dask-scheduler op tcp://127.0.0.1:9 is niet bereikbaar" in result.output
    assert time.monotonic() - started < 20


def test_dask_timeout_is_a_parameter(tmp_path, sample_pdfs):
    folder = tmp_path / "stukken"
    folder.mkdir()
    shutil.copy(sample_pdfs[0], folder / sample_pdfs[0].name)
    started = time.monotonic()
    with Store(tmp_path / "x.db") as store, pytest.raises(InputError) as caught:
        list(
            batch.run_batch(
                folder, store, tmp_path / "uit", dask_scheduler="tcp://127.0.0.1:9", dask_timeout=1
            )
        )
    assert str(caught.value).startswith(
        "De Dask-scheduler op tcp://127.0.0.1:9 is niet bereikbaar ("
    )
    assert time.monotonic() - started < 20
