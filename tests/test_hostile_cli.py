"""Hostile input at the command line: `classify --jsonl`, `--dask-scheduler` and meeting JSON (issue 14)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from raadsassistent import cli
from raadsassistent.cli import main

TEXT = "De raad stelt het budget vast."
GOOD = json.dumps({"id": 2, "text": TEXT}).encode() + b"\n"


def _classify(stdin: bytes):
    return CliRunner().invoke(main, ["classify", "--jsonl", "-"], input=stdin)


def _refused(result, *lines: str) -> None:
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert result.output == (
        f"Fout: De invoer bevat {len(lines)} ongeldige regel(s); er is niets gelabeld.\n"
        + "".join(f"{line}\n" for line in lines)
    )


# --- classify --jsonl ------------------------------------------------------------------------

BAD_ID = (
    'de "id" kan niet als geldige JSON worden teruggegeven (NaN, Infinity, 1e999 of een los '
    "surrogaatteken zoals \\ud800); gebruik een tekst of een geheel getal."
)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"id": 1, "text": "caf\xe9"}', "geen geldige UTF-8 (byte 0xe9 op positie 23)"),
        (b'{"id": 1, "text": "a\xed\xa0\x80"}', "geen geldige UTF-8 (byte 0xed op positie 21)"),
        (b'{"id": 1, "text": "\xff"}', "geen geldige UTF-8 (byte 0xff op positie 20)"),
    ],
)
def test_jsonl_non_utf8_bytes_name_the_line(line, reason):
    result = _classify(GOOD + line + b"\n" + GOOD)
    _refused(result, f"regel 2: {reason}; sla het bestand op als UTF-8.")


def test_jsonl_lone_surrogate_in_text_names_the_line():
    result = _classify(GOOD + b'{"id": 1, "text": "a\\ud800b"}\n')
    _refused(
        result,
        "regel 2: de tekst bevat een los surrogaatteken op positie 2; dat is geen geldige "
        "Unicode. Sla de tekst op als UTF-8.",
    )


@pytest.mark.parametrize(
    "identifier", [b"NaN", b"Infinity", b"-Infinity", b"1e999", b'"\\udc00"', b'["\\ud800"]']
)
def test_jsonl_ids_that_are_not_strict_json_are_refused(identifier):
    result = _classify(b'{"id": ' + identifier + b', "text": "' + TEXT.encode() + b'"}\n')
    _refused(result, f"regel 1: {BAD_ID}")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"id": ' + b"9" * 5000 + b', "text": "x"}', "geen geldige JSON (een getal is te lang)."),
        (b"[" * 100_000 + b"]" * 100_000, "geen geldige JSON (te diep genest)."),
    ],
)
def test_jsonl_numbers_and_nesting_beyond_pythons_limits(line, reason):
    _refused(_classify(line + b"\n"), f"regel 1: {reason}")


def test_jsonl_accepts_a_utf8_bom():
    result = _classify(b"\xef\xbb\xbf" + json.dumps({"id": "é", "text": TEXT}).encode() + b"\r\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "é"


def test_jsonl_output_is_strict_json():
    result = _classify(b'{"id": 1.5, "text": "x"}\n{"id": {"a": [1, null]}, "text": ""}\n')
    assert result.exit_code == 0, result.output

    def strict(constant: str) -> None:
        raise AssertionError(constant)

    rows = [json.loads(line, parse_constant=strict) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == [1.5, {"a": [1, None]}]


def test_jsonl_overlong_line_is_named_and_never_held_whole(monkeypatch):
    monkeypatch.setattr(cli, "JSONL_MAX_LINE", 1000)
    sizes: list[int] = []
    original = cli._jsonl_lines

    def spy(handle):
        read = handle.readline

        def bounded(size=-1):
            assert 0 < size <= 1001  # never an unbounded read
            chunk = read(size)
            sizes.append(len(chunk))
            return chunk

        handle.readline = bounded
        return original(handle)

    monkeypatch.setattr(cli, "_jsonl_lines", spy)
    long_line = json.dumps({"id": 1, "text": "De raad " * 2000}).encode() + b"\n"
    result = _classify(GOOD + long_line + b'{"id": 3}\n' + GOOD)
    _refused(
        result,
        "regel 2: langer dan de grens van 1000 bytes per regel; deel de tekst op in kleinere "
        "stukken.",
        'regel 3: verwacht een object met "id" en "text" (tekst).',
    )
    assert max(sizes) <= 1001


def test_jsonl_line_at_the_limit_is_read(monkeypatch):
    line = json.dumps({"id": 1, "text": TEXT}).encode()
    monkeypatch.setattr(cli, "JSONL_MAX_LINE", len(line))
    result = _classify(line + b"\n" + line)  # the last line without a newline
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 2


# --- --dask-scheduler ------------------------------------------------------------------------

ADDRESS_ADVICE = (
    "Gebruik tcp://HOST:POORT, tls://HOST:POORT of HOST:POORT (bijvoorbeeld tcp://10.0.0.5:8786)."
)


@pytest.mark.parametrize(
    "address",
    [
        "garbage",
        "",
        "tcp://",
        "tcp://127.0.0.1:notaport",
        "tcp://127.0.0.1:99999",
        "tcp://127.0.0.1:0",
        "tcp://[::1",
        "foo://x:1",
        "inproc://x",
        "http://127.0.0.1:8786",
        "tcp://a b:8786",
    ],
)
def test_malformed_dask_address_says_the_expected_form(tmp_path, address):
    result = CliRunner().invoke(
        main, ["batch", str(tmp_path), "-o", str(tmp_path / "uit"), "--dask-scheduler", address]
    )
    assert result.exit_code == 2, result.output
    assert result.output.rstrip().endswith(
        f"Fout: Ongeldige waarde voor --dask-scheduler: '{address}' is geen geldig adres van een "
        f"Dask-scheduler. {ADDRESS_ADVICE}"
    )
    assert not (tmp_path / "uit").exists()  # refused before anything is written


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("127.0.0.1:8786", "tcp://127.0.0.1:8786"),
        ("TCP://Scheduler.Raad.local:8786", "tcp://Scheduler.Raad.local:8786"),
        ("tls://10.0.0.5:8786", "tls://10.0.0.5:8786"),
        ("[::1]:8786", "tcp://[::1]:8786"),
        (" tcp://localhost:08786 ", "tcp://localhost:8786"),
    ],
)
def test_valid_dask_addresses_are_completed(text, address):
    from raadsassistent.batch import dask_address

    assert dask_address(text) == address


class _Service:
    """A TCP service on 127.0.0.1 that is not a Dask scheduler; ``answer`` gets each connection."""

    def __init__(self, answer):
        import socket
        import threading

        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.address = f"tcp://127.0.0.1:{self.sock.getsockname()[1]}"
        self.answer = answer
        self.stop = threading.Event()
        self.held: list = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.held.append(conn)  # kept open until the test ends
            try:
                self.answer(conn)
            except OSError:
                pass

    def close(self):
        self.stop.set()
        self.thread.join(5)
        for conn in self.held:
            conn.close()
        self.sock.close()


def _http(conn):
    conn.settimeout(2)
    conn.recv(4096)
    conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")


SERVICES = {
    "junk": lambda conn: conn.sendall(b"\xff" * 64),
    "ssh": lambda conn: conn.sendall(b"SSH-2.0-OpenSSH_9.6\r\n"),
    "http": _http,
    "closes": lambda conn: conn.close(),
    "silent": lambda conn: None,
    "half-header": lambda conn: conn.sendall(b"\x10\x00\x00"),
    "big-claim": lambda conn: conn.sendall((1 << 30).to_bytes(8, "little")),
}
NOT_DASK = "is geen Dask-scheduler (het antwoord past niet bij Dask)."
NO_ANSWER = "antwoordt niet binnen 2 s zoals een Dask-scheduler."


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("junk", NOT_DASK),
        ("ssh", NOT_DASK),
        ("http", NOT_DASK),
        ("closes", NOT_DASK),
        ("silent", NO_ANSWER),
        ("half-header", NO_ANSWER),
        ("big-claim", NO_ANSWER),
    ],
)
def test_a_service_that_is_not_a_scheduler_gives_a_dutch_error_in_time(
    tmp_path, sample_pdfs, kind, expected
):
    import shutil
    import time

    from raadsassistent import batch
    from raadsassistent.errors import InputError
    from raadsassistent.store import Store

    folder = tmp_path / "stukken"
    folder.mkdir()
    shutil.copy(sample_pdfs[0], folder / sample_pdfs[0].name)
    service = _Service(SERVICES[kind])
    started = time.monotonic()
    try:
        with Store(tmp_path / "x.db") as store, pytest.raises(InputError) as caught:
            list(
                batch.run_batch(
                    folder, store, tmp_path / "uit", dask_scheduler=service.address, dask_timeout=2
                )
            )
    finally:
        service.close()
    assert str(caught.value) == (
        f"De dienst op {service.address} {expected} Controleer het adres en de poort "
        "(een Dask-scheduler luistert meestal op 8786)."
    )
    assert time.monotonic() - started < 15


def test_a_silent_scheduler_through_the_cli_exits_with_the_message(
    tmp_path, sample_pdfs, monkeypatch
):
    import shutil

    from raadsassistent import batch

    monkeypatch.setattr(batch, "DASK_CONNECT_TIMEOUT", 1.0)
    folder = tmp_path / "stukken"
    folder.mkdir()
    shutil.copy(sample_pdfs[0], folder / sample_pdfs[0].name)
    service = _Service(SERVICES["silent"])
    address = service.address.removeprefix("tcp://")  # HOST:POORT is completed to tcp://
    try:
        result = CliRunner().invoke(
            main,
            ["batch", str(folder), "--db", str(tmp_path / "x.db"), "-o", str(tmp_path / "uit")]
            + ["--dask-scheduler", address],
        )
    finally:
        service.close()
    assert result.exit_code == 2, result.output
    assert (
        f"Fout: De dienst op tcp://{address} antwoordt niet binnen 1 s zoals een Dask-scheduler."
        in result.output
    )


# --- JSON files in the meeting folder ----------------------------------------------------------

JSON_ADVICE = (
    "Is het de Notubiz-export van de vergadering, vraag dan een nieuwe op; anders kan het buiten "
    "de vergadermap."
)
TOO_DEEP = "dit JSON-bestand is dieper genest dan 64 niveaus en is niet gelezen."


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[" * 100_000 + "]" * 100_000, TOO_DEEP),
        ('{"agenda_items": ' + "[" * 100_000 + "]" * 100_000 + "}", TOO_DEEP),
        ('{"a": "' + "[" * 5000 + '", "b": ' + "{" * 65 + "}" * 65 + "}", TOO_DEEP),
        ("[" * 900 + "]" * 900, TOO_DEEP),  # within json's own limit, beyond ours
    ],
)
def test_deeply_nested_json_is_refused_by_name(tmp_path, text, reason):
    from raadsassistent.agenda import parse_notubiz
    from raadsassistent.errors import InputError

    path = tmp_path / "diep.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        parse_notubiz(path)
    assert str(caught.value) == f"diep.json: {reason} {JSON_ADVICE}"


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path):
    from raadsassistent.agenda import parse_notubiz

    path = tmp_path / "notubiz.json"
    title = 'Agendapunt [[[{{{ "met" \\" haakjes'
    path.write_text(
        json.dumps({"agenda_items": [{"type_data": {"attributes": {"title": title}}}]}),
        encoding="utf-8",
    )
    assert parse_notubiz(path).items[0].title == " ".join(title.split())


def test_deep_agenda_items_from_python_are_refused(tmp_path):
    from raadsassistent.agenda import parse_notubiz
    from raadsassistent.errors import InputError

    data: dict = {"agenda_items": []}
    for _ in range(5000):
        data = {"agenda_items": [data]}
    with pytest.raises(InputError, match="agendapunten dieper genest dan 32 niveaus"):
        parse_notubiz(data)


def test_huge_and_special_json_files_are_refused_by_name(tmp_path, monkeypatch):
    import os

    from raadsassistent import agenda
    from raadsassistent.errors import InputError

    monkeypatch.setattr(agenda, "NOTUBIZ_MAX_BYTES", 3 * 2**20)
    huge = tmp_path / "groot.json"
    huge.write_bytes(b'{"agenda_items": []' + b" " * (3 * 2**20) + b"}")
    with pytest.raises(InputError) as caught:
        agenda.parse_notubiz(huge)
    assert str(caught.value) == (
        f"groot.json: dit JSON-bestand is groter dan 3 MB en is niet gelezen. {JSON_ADVICE}"
    )
    fifo = tmp_path / "pijp.json"
    os.mkfifo(fifo)  # reading it would block for ever
    with pytest.raises(InputError) as caught:
        agenda.parse_notubiz(fifo)
    assert str(caught.value) == (
        "pijp.json: dit is geen gewoon bestand (maar bijvoorbeeld een map of pipe) en is niet "
        f"gelezen. {JSON_ADVICE}"
    )
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"agenda_items": [], "x": "caf\xe9"}')
    with pytest.raises(InputError, match=r"^latin\.json: dit bestand is geen leesbare JSON \("):
        agenda.parse_notubiz(latin)


def test_notubiz_export_with_a_bom_is_read(tmp_path):
    from raadsassistent.agenda import parse_notubiz

    path = tmp_path / "notubiz.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"agenda_items": []}).encode())
    assert parse_notubiz(path).items == ()


@pytest.mark.timeout(120)
def test_batch_lists_unreadable_json_and_goes_on(tmp_path, sample_pdfs):
    good = min(sample_pdfs, key=lambda p: p.stat().st_size)
    folder = tmp_path / "vergadering"
    folder.mkdir()
    (folder / good.name).write_bytes(good.read_bytes())
    (folder / "diep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (folder / "gold.json").write_text('{"documents": []}', encoding="utf-8")  # not an agenda
    out = tmp_path / "uit"
    result = CliRunner().invoke(
        main, ["batch", str(folder), "--db", str(tmp_path / "s.db"), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    note = f"diep.json: {TOO_DEEP} {JSON_ADVICE}"
    assert f"  Let op            {note}" in result.output
    assert "gold.json" not in result.output
    meeting = json.loads((out / "meeting.json").read_text(encoding="utf-8"))
    assert meeting["notes"][0] == note
    assert [d["status"] for d in meeting["documents"]] == ["verwerkt"]
    assert "diep.json: dit JSON-bestand is dieper genest" in (out / "index.html").read_text(
        encoding="utf-8"
    )


# --- other user input at the command line ------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["brief", "x.pdf", "--tijdslimiet", "nan"], "--tijdslimiet: nan is geen getal."),
        (
            ["brief", "x.pdf", "--tijdslimiet", "inf"],
            "--tijdslimiet: inf valt buiten het bereik 1<=x<=86400.0.",
        ),
        (
            ["ingest", "x.pdf", "--tijdslimiet", "1e308"],
            "--tijdslimiet: 1e+308 valt buiten het bereik 1<=x<=86400.0.",
        ),
        (
            ["batch", "x", "--tijdslimiet", "1,5"],
            "--tijdslimiet: '1,5' is geen getal (met een punt als decimaalteken, bijvoorbeeld 1.5).",
        ),
        (["batch", "x", "--workers", "0"], "--workers: 0 valt buiten het bereik 1<=x<=256."),
        (["train", "--corpus", ".", "--seed", "x"], "--seed: 'x' is geen geheel getal."),
        (
            ["brief", "x.pdf", "--format", "pdf"],
            "--format: 'pdf' is niet een van 'md', 'html', 'json'.",
        ),
        (["classify", "--jsonl", "weg.jsonl"], "--jsonl: 'weg.jsonl' bestaat niet."),
        (["train", "--corpus", "weg"], "--corpus: 'weg' bestaat niet."),
        (["batch", ""], "PATH: een leeg pad; geef een bestand of map op."),
        (["ingest", "x.pdf", ""], "PATHS...: een leeg pad; geef een bestand of map op."),
        (["brief", "x.pdf", "-o", ""], "-o / --output: een leeg pad; geef een bestand of map op."),
        (["search", "x", "--db", " "], "--db: een leeg pad; geef een bestand of map op."),
    ],
)
def test_bad_option_values_are_told_in_dutch(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert result.output.rstrip().endswith(f"Fout: Ongeldige waarde voor {message}")
    assert list(tmp_path.iterdir()) == []  # nothing read or written in the current folder


def test_brief_to_an_unwritable_place_is_told_before_reading(tmp_path, monkeypatch):
    from raadsassistent import pipeline

    monkeypatch.setattr(pipeline, "process_document", lambda *a, **k: pytest.fail("read"))
    blocker = tmp_path / "bestand"
    blocker.write_text("x", encoding="utf-8")
    out = blocker / "sub" / "b.md"
    result = CliRunner().invoke(main, ["brief", "stuk.pdf", "-o", str(out)])
    assert result.exit_code == 1
    assert result.output == (
        f"Fout: Kan niet schrijven naar {out.parent} (een deel van het pad is een bestand, geen "
        "map). Kies met -o een plek waar u mag schrijven en waar ruimte is.\n"
    )


def test_brief_on_a_full_disk_says_so(tmp_path, sample_pdfs, monkeypatch):
    import errno
    from pathlib import Path

    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    small = min(sample_pdfs, key=lambda p: p.stat().st_size)
    out = tmp_path / "b.md"
    result = CliRunner().invoke(main, ["brief", str(small), "-o", str(out)])
    assert result.exit_code == 1
    assert result.output == (
        f"Fout: Kan niet schrijven naar {out} (de schijf is vol). Kies met -o een plek waar u "
        "mag schrijven en waar ruimte is.\n"
    )
