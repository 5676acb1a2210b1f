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
