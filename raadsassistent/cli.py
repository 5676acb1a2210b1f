"""The command line: a thin click layer over the library, and the only module that talks to people.

Library errors (``RaadsassistentError``) are turned into Dutch messages here and nowhere else.
Heavy libraries are imported inside the commands so that ``raadsassistent --help`` is instant.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from raadsassistent import __version__
from raadsassistent.errors import RaadsassistentError

EXIT_FAILED = 1


class UserError(click.ClickException):
    """A Dutch message for the user, shown without a traceback."""

    def show(self, file: Any = None) -> None:
        click.echo(f"Fout: {self.format_message()}", err=True)


def friendly(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into Dutch messages with a non-zero exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except RaadsassistentError as error:
            raise UserError(str(error)) from error

    return wrapper


db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="RAADSASSISTENT_DB",
    help="Het databasebestand (standaard: $RAADSASSISTENT_DB, anders raadsassistent.db "
    "in de gebruikersmap van raadsassistent).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, message="raadsassistent %(version)s")
def main() -> None:
    """raadsassistent: leest raadsstukken (PDF) en schrijft korte briefings met paginanummers.

    Voorbeeld: raadsassistent ingest samples/
    """


@main.command()
@click.argument("pdf", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Schrijf het gestructureerde document als JSON.")
@click.option("--ocr", is_flag=True, help="Herken tekst op gescande pagina's (vereist tesseract).")
@click.option("--wachtwoord", "password", help="Wachtwoord van een beveiligde PDF.")
@friendly
def extract(pdf: Path, as_json: bool, ocr: bool, password: str | None) -> None:
    """Lees één PDF en toon de structuur: titel, soort, koppen en passages met pagina.

    Voorbeeld: raadsassistent extract raadsvoorstel.pdf --json > structuur.json
    """
    from raadsassistent.pipeline import read_document

    doc = read_document(pdf, ocr=ocr, password=password)
    if as_json:
        click.echo(json.dumps(document_json(doc), ensure_ascii=False, indent=2))
        return
    click.echo(f"{doc.title}")
    click.echo(
        f"Soort: {doc.doc_type} · datum: {doc.date or 'onbekend'} · "
        f"gemeente: {doc.municipality or 'onbekend'} · {doc.page_count} pagina's · "
        f"{len(doc.passages)} passages · {len(doc.tables)} tabellen"
    )
    for warning in doc.warnings:
        click.echo(f"Let op: {warning}", err=True)
    for section in doc.sections:
        indent = "  " * max(section.level - 1, 0)
        if section.heading:
            click.echo(f"{indent}{section.heading}  (p. {section.page})")
        for passage in section.passages:
            words = len(passage.text.split())
            click.echo(f"{indent}  - p. {passage.page}: {_shorten(passage.text, 90)} [{words} woorden]")


def document_json(doc: Any) -> dict[str, Any]:
    """The public JSON shape of a structured document."""
    data = doc.to_dict()
    data["pages"] = doc.page_count
    return data


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option("--ocr", is_flag=True, help="Herken tekst op gescande pagina's (vereist tesseract).")
@friendly
def ingest(paths: tuple[Path, ...], db_path: Path | None, ocr: bool) -> None:
    """Sla PDF's (bestanden of mappen) op in de database, met zoekindex.

    Ongewijzigde bestanden worden overgeslagen; een gewijzigd bestand vervangt de oude versie.

    Voorbeeld: raadsassistent ingest samples/ --db raad.db
    """
    from raadsassistent.pipeline import ingest as ingest_files
    from raadsassistent.store import open_store

    failed = done = skipped = 0
    with open_store(db_path) as store:
        for result in ingest_files(paths, store, ocr=ocr):
            name = Path(result.path).name
            if result.status == "done":
                done += 1
                click.echo(f"opgeslagen  {name} ({result.doc_type}, {result.pages} p.)")
            elif result.status == "skipped":
                skipped += 1
                click.echo(f"ongewijzigd {name}")
            else:
                failed += 1
                click.echo(f"mislukt     {result.message}", err=True)
        click.echo(
            f"Klaar: {done} opgeslagen, {skipped} ongewijzigd, {failed} mislukt. "
            f"Database: {store.path}"
        )
    if failed:
        sys.exit(EXIT_FAILED)
