"""The command line: a thin click layer over the library, and the only module that talks to people.

Library errors (``RaadsassistentError``) are turned into Dutch messages here and nowhere else.
Heavy libraries are imported inside the commands so that ``raadsassistent --help`` is instant.
"""

from __future__ import annotations

import codecs
import errno
import functools
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import click

from raadsassistent import __version__
from raadsassistent.archive import resolved_path
from raadsassistent.errors import EXIT_FAILED, EXIT_NOTHING, RaadsassistentError
from raadsassistent.types import (
    DOC_TYPES,
    DOCUMENT_TIMEOUT,
    FAILED,
    OUTCOMES,
    PROCESSED,
    UNCHANGED,
    UNKNOWN_OUTCOME,
)


class UserError(click.ClickException):
    """A Dutch message for the user, shown without a traceback."""

    def show(self, file: Any = None) -> None:
        click.echo(f"Fout: {self.format_message()}", err=True)


class NothingUsable(UserError):
    """A batch with nothing usable in it (no readable document, or a refused ZIP)."""

    exit_code = EXIT_NOTHING


class PathType(click.Path):
    """``click.Path`` that refuses an empty argument, which would otherwise mean the current
    folder (``batch "$MAP"`` with an unset variable would read everything under it)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(path_type=Path, **kwargs)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and not value.strip():
            self.fail("een leeg pad; geef een bestand of map op.", param, ctx)
        return super().convert(value, param, ctx)


def friendly(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into Dutch messages with a non-zero exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except RaadsassistentError as error:
            raise UserError(str(error)) from error

    return wrapper


TIMEOUT_MAX = 86_400.0  # a day per document; beyond it the system timer overflows


def _a_number(_ctx: click.Context, _param: click.Parameter, value: float) -> float:
    if value != value:  # NaN passes every range check
        raise click.BadParameter("nan is geen getal.")
    return value


def reading_options(*, many: bool, timeout: bool = True) -> Callable[..., Any]:
    """--ocr, --wachtwoord and (with ``timeout``) --tijdslimiet: how documents are read."""
    options = [
        click.option(
            "--ocr", is_flag=True, help="Herken tekst op gescande pagina's (vereist tesseract)."
        ),
        click.option(
            "--wachtwoord",
            "password",
            help="Wachtwoord van beveiligde PDF's."
            if many
            else "Wachtwoord van een beveiligde PDF.",
        ),
    ]
    if timeout:
        options.append(
            click.option(
                "--tijdslimiet",
                "timeout",
                type=click.FloatRange(min=1, max=TIMEOUT_MAX),
                callback=_a_number,
                default=DOCUMENT_TIMEOUT,
                show_default=True,
                help="Maximale verwerkingstijd per document, in seconden.",
            )
        )

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


def output_option(help_text: str, *, folder: bool = False, dest: str = "output") -> Any:
    """-o/--output: a file, or with ``folder`` a folder."""
    return click.option(
        "-o",
        "--output",
        dest,
        type=PathType(dir_okay=folder, file_okay=not folder),
        help=help_text,
    )


db_option = click.option(
    "--db",
    "db_path",
    type=PathType(dir_okay=False),
    envvar="RAADSASSISTENT_DB",
    help="Het databasebestand (standaard: $RAADSASSISTENT_DB, anders raadsassistent.db "
    "in de gebruikersmap van raadsassistent).",
)


_USAGE_NL = {
    r"^Missing argument '(.+)'\.?$": "Ontbrekend argument {0}.",
    r"^Missing option '(.+)'\.?$": "Ontbrekende optie {0}.",
    r"^No such option:? '?([^'\s]+)'?\.?(?: Did you mean .+)?$": "Onbekende optie: {0}.",
    r"^No such command '(.+)'\.?$": "Onbekende opdracht '{0}'.",
    r"^Got unexpected extra arguments? \((.+)\)$": "Onverwacht extra argument: {0}.",
    r"^Invalid value for '?(.+?)'?: (.+)$": "Ongeldige waarde voor {0}: {1}",
    r"^Option '(.+)' requires an argument\.?$": "Optie {0} heeft een waarde nodig.",
}
# Why a value is invalid: click's reasons for ranges, numbers, choices and paths.
_DETAIL_NL = {
    r"^(.+) is not in the range (.+?)\.?$": "{0} valt buiten het bereik {1}.",
    r"^(.+) is not a valid integer(?: range)?\.?$": "{0} is geen geheel getal.",
    r"^(.+) is not a valid float(?: range)?\.?$": (
        "{0} is geen getal (met een punt als decimaalteken, bijvoorbeeld 1.5)."
    ),
    r"^(.+) is not one of (.+?)\.?$": "{0} is niet een van {1}.",
    r"^(?:File|Directory|Path) (.+) does not exist\.?$": "{0} bestaat niet.",
    r"^(?:File|Directory|Path) (.+) is a directory\.?$": "{0} is een map.",
    r"^(?:File|Directory|Path) (.+) is a file\.?$": "{0} is een bestand, geen map.",
    r"^(.+): No such file or directory$": "{0} bestaat niet.",
    r"^(.+): Is a directory$": "{0} is een map.",
}


def dutch_usage_message(message: str) -> str:
    """Click's usage errors in Dutch (the common ones; others are shown as they are)."""
    for pattern, template in _USAGE_NL.items():
        match = re.match(pattern, message.strip())
        if match:
            return template.format(*(_dutch_detail(g or "") for g in match.groups()))
    return message


def _dutch_detail(text: str) -> str:
    for pattern, template in _DETAIL_NL.items():
        match = re.match(pattern, text)
        if match:
            return template.format(*match.groups())
    return text.replace("' / '", " / ")  # click quotes '-o' / '--output'


class DutchHelpFormatter(click.HelpFormatter):
    """Help pages with Dutch headings."""

    HEADINGS = {"Options": "Opties", "Commands": "Opdrachten", "Arguments": "Argumenten"}

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix="Gebruik: " if prefix is None else prefix)

    def section(self, name: str) -> Any:
        return super().section(self.HEADINGS.get(name, name))

    def write_dl(self, rows: Any, *args: Any, **kwargs: Any) -> None:
        super().write_dl([(term, _dutch_extra(text)) for term, text in rows], *args, **kwargs)


def _dutch_extra(text: str) -> str:
    """Click's option annotations ("[default: 13; required]") in Dutch."""
    return re.sub(
        r"\[([^\[\]]*)\]$",
        lambda m: (
            "["
            + m.group(1)
            .replace("default:", "standaard:")
            .replace("required", "verplicht")
            .replace("env var:", "omgevingsvariabele:")
            + "]"
        ),
        text,
    )


class DutchContext(click.Context):
    formatter_class = DutchHelpFormatter


class DutchHelpOption:
    """Mixin: the built-in help option speaks Dutch."""

    context_class: type[click.Context] = DutchContext

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = "Toon deze hulp en stop."
        return option


class DutchCommand(DutchHelpOption, click.Command):
    """A command with Dutch help."""


class DutchGroup(DutchHelpOption, click.Group):
    """The raadsassistent group: Dutch help and Dutch usage errors."""

    command_class = DutchCommand

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        standalone_mode: bool = True,
        **kwargs: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, standalone_mode=False, **kwargs)
        try:
            code = super().main(args, prog_name, standalone_mode=False, **kwargs)
        except click.UsageError as error:
            if error.ctx is not None:
                click.echo(error.ctx.get_usage(), err=True)
                hint = f"{error.ctx.command_path} {error.ctx.help_option_names[0]}"
                click.echo(f"Probeer '{hint}' voor hulp.\n", err=True)
            click.echo(f"Fout: {dutch_usage_message(error.format_message())}", err=True)
            sys.exit(error.exit_code)
        except click.ClickException as error:
            error.show()
            sys.exit(error.exit_code)
        except click.Abort:
            click.echo("Afgebroken.", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(
    "raadsassistent", cls=DutchGroup, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(
    __version__, message="raadsassistent %(version)s", help="Toon de versie en stop."
)
def main() -> None:
    """raadsassistent: leest raadsstukken (PDF) en schrijft korte briefings met paginanummers.

    Voorbeeld: raadsassistent ingest samples/
    """


@main.command()
@click.argument("pdf", type=PathType())
@click.option(
    "--json", "as_json", is_flag=True, help="Schrijf het gestructureerde document als JSON."
)
@reading_options(many=False, timeout=False)
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
            click.echo(
                f"{indent}  - p. {passage.page}: {_shorten(passage.text, 90)} [{words} woorden]"
            )


def document_json(doc: Any) -> dict[str, Any]:
    """The public JSON shape of a structured document."""
    data = doc.to_dict()
    data["pages"] = doc.page_count
    return data


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@main.command()
@click.argument("paths", nargs=-1, required=True, type=PathType())
@db_option
@reading_options(many=True)
@friendly
def ingest(
    paths: tuple[Path, ...], db_path: Path | None, ocr: bool, password: str | None, timeout: float
) -> None:
    """Sla PDF's (bestanden of mappen) op in de database, met zoekindex.

    Ongewijzigde bestanden worden overgeslagen; een gewijzigd bestand vervangt de oude versie.

    Voorbeeld: raadsassistent ingest samples/ --db raad.db
    """
    from raadsassistent.pipeline import ingest as ingest_files
    from raadsassistent.store import open_store

    failed = done = skipped = 0
    with open_store(db_path) as store:
        for result in ingest_files(paths, store, ocr=ocr, password=password, timeout=timeout):
            name = result.file_name
            if result.status == PROCESSED:
                done += 1
                click.echo(f"opgeslagen  {name} ({result.doc_type}, {result.pages} p.)")
            elif result.status == UNCHANGED:
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


@main.command()
@click.argument("pdf", type=PathType())
@output_option("Schrijf de briefing naar dit bestand (anders naar het scherm).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "html", "json"]),
    default=None,
    help="Formaat: md, html of json (standaard: af te leiden uit -o, anders json).",
)
@db_option
@reading_options(many=False)
@friendly
def brief(
    pdf: Path,
    output: Path | None,
    fmt: str | None,
    db_path: Path | None,
    ocr: bool,
    password: str | None,
    timeout: float,
) -> None:
    """Schrijf een briefing van één document: wat wordt er gevraagd, kern, geld en termijnen.

    Elke zin en elk bedrag verwijst naar de pagina in het document; in HTML is elk
    paginanummer een link naar die pagina van de PDF (vanaf de map van -o, zonder -o vanaf de
    huidige map). De briefing wordt ook in de database bewaard, naast het document.

    Voorbeeld: raadsassistent brief raadsvoorstel.pdf -o briefing.html
    """
    from raadsassistent.pipeline import process_document, save_result
    from raadsassistent.render import briefing_from_dict, file_href, json_text, render_briefing
    from raadsassistent.store import open_store

    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = {"md": "md", "markdown": "md", "html": "html", "htm": "html"}.get(suffix, "json")
    if output:
        try:  # before the document is read: a wrong -o is told at once
            output.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _unwritable(output.parent, error) from error
    result = process_document(pdf, ocr=ocr, password=password, timeout=timeout)
    if result.status == FAILED or result.briefing is None:
        raise UserError(result.message)
    data = result.briefing
    if fmt == "html":
        # The page links find the PDF from where the HTML is written; on the screen, from
        # the folder the command runs in (the path as given).
        href = file_href(pdf, output.parent if output else None)
        text = render_briefing(briefing_from_dict(data), "html", pdf_href=href)
    else:
        text = result.markdown if fmt == "md" else json_text(data)
    with open_store(db_path) as store:
        save_result(store, result)
    if output:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as error:
            raise _unwritable(output, error) from error
        click.echo(
            f"Briefing geschreven naar {output} ({data['reading_minutes_source']} min lezen -> "
            f"{data['reading_minutes_briefing']} min).",
            err=True,
        )
    else:
        click.echo(text, nl=False)


_OS_REASONS_NL = {
    errno.ENOTDIR: "een deel van het pad is een bestand, geen map",
    errno.EISDIR: "dat is een map",
    errno.EACCES: "geen schrijfrechten",
    errno.EPERM: "geen schrijfrechten",
    errno.EROFS: "alleen-lezen schijf",
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijfruimte (quota) is op",
    errno.ENAMETOOLONG: "de naam is te lang",
}


def _unwritable(path: Path, error: OSError) -> UserError:
    reason = _OS_REASONS_NL.get(error.errno or 0, error.strerror or str(error))
    return UserError(
        f"Kan niet schrijven naar {path} ({reason}). "
        "Kies met -o een plek waar u mag schrijven en waar ruimte is."
    )


@main.command()
@click.argument("pdf", type=PathType(), required=False)
@click.option(
    "--jsonl",
    "jsonl",
    type=click.File("rb"),
    help='Lees regels {"id": ..., "text": ...} (UTF-8) uit dit bestand (- = standaardinvoer); '
    'een regel mag de kop waaronder de tekst staat meegeven als "section".',
)
@click.option(
    "--uitleg", "explain", is_flag=True, help="Toon per passage de woorden die de doorslag gaven."
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Schrijf alle passages van de PDF in leesvolgorde als JSON-lijst met pagina, sectie, "
    "tekst, label en kans op kader.",
)
@click.option(
    "--soort",
    "kind",
    type=click.Choice(["raadsstuk", "bestemmingsplan", *DOC_TYPES]),
    default=None,
    help="Bij --jsonl: uit wat voor document de regels komen. 'bestemmingsplan' gebruikt het "
    "model voor bestemmingsplannen; standaard 'raadsstuk' (een raadsdocument van onbekende "
    "soort); een documentsoort als 'raadsvoorstel' of 'notulen' weegt die soort mee. Bij een "
    "PDF kiest het programma zelf, naar het herkende documenttype.",
)
@friendly
def classify(pdf: Path | None, jsonl: Any, explain: bool, as_json: bool, kind: str | None) -> None:
    """Label passages als kader (framework) of detail, met kans en pagina.

    Voorbeelden:

      raadsassistent classify raadsvoorstel.pdf

      raadsassistent classify raadsvoorstel.pdf --json

      echo '{"id": 1, "text": "De raad stelt het budget vast."}' | raadsassistent classify --jsonl -

      raadsassistent classify --jsonl passages.jsonl --soort bestemmingsplan
    """
    from raadsassistent.classify import ZONING, load_model

    if (pdf is None) == (jsonl is None):
        raise UserError(
            "Geef een PDF-bestand óf --jsonl BESTAND op (niet allebei, niet geen van beide)."
        )
    if as_json and (jsonl is not None or explain):
        raise UserError("--json hoort bij een PDF-bestand en gaat niet samen met --uitleg.")
    if kind is not None and jsonl is None:
        raise UserError(
            "--soort hoort bij --jsonl; bij een PDF kiest het programma zelf naar het "
            "herkende documenttype."
        )
    model = load_model()
    if jsonl is not None:
        _classify_jsonl(jsonl, model, kind or "raadsstuk")
        return
    from raadsassistent.classify import framework_share
    from raadsassistent.pipeline import read_document

    assert pdf is not None  # checked above: a PDF or --jsonl
    doc = read_document(pdf)
    if as_json:
        rows = [
            {
                "page": passage.page,
                "section": section.heading,
                "text": passage.text,
                "label": passage.label,
                "framework_probability": passage.framework_probability,
            }
            for section in doc.sections
            for passage in section.passages
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    share = framework_share(doc)["document"]
    click.echo(f"{doc.name}: {doc.doc_type}, {doc.page_count} pagina's, {share:.0%} kadertekst")
    for section in doc.sections:
        for passage in section.passages:
            label = "KADER " if passage.label == "framework" else "detail"
            click.echo(
                f"p. {passage.page:<4} {label} {passage.framework_probability:.2f}  "
                f"{_shorten(passage.text, 100)}"
            )
            if explain:
                features = model.explain(
                    passage.text, k=5, zoning=doc.doc_type == ZONING, kind=doc.doc_type
                )
                click.echo("           " + ", ".join(f"{f} ({w:+.2f})" for f, w in features))


JSONL_BATCH = 2000
JSONL_MAX_LINE = 1_000_000  # bytes per input line; a longer line is skipped, never held whole


def _jsonl_lines(handle: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines of ``handle``, without the BOM Windows editors write; ``None`` for a line
    over :data:`JSONL_MAX_LINE` bytes."""
    limit, number = JSONL_MAX_LINE, 0
    while raw := handle.readline(limit + 1):
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (rest := handle.readline(limit + 1)) and not rest.endswith(b"\n"):
                pass  # read past the rest of the line in bounded pieces
            yield number, None
        else:
            yield number, raw.removeprefix(codecs.BOM_UTF8) if number == 1 else raw


def _jsonl_record(raw: bytes | None) -> tuple[Any, str, str] | str:
    """``(id, text, section)`` of one input line (section "" when absent), or the Dutch
    reason it cannot be used."""
    if raw is None:
        limit = (
            f"{JSONL_MAX_LINE // 1_000_000} MB"
            if JSONL_MAX_LINE % 1_000_000 == 0
            else f"{JSONL_MAX_LINE} bytes"
        )
        return f"langer dan de grens van {limit} per regel; deel de tekst op in kleinere stukken."
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return (
            f"geen geldige UTF-8 (byte 0x{raw[error.start]:02x} op positie {error.start + 1}); "
            "sla het bestand op als UTF-8."
        )
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return f"geen geldige JSON ({error.msg})."
    except RecursionError:
        return "geen geldige JSON (te diep genest)."
    except ValueError:  # an integer beyond Python's digit limit
        return "geen geldige JSON (een getal is te lang)."
    if (
        not isinstance(record, dict)
        or "id" not in record
        or not isinstance(record.get("text"), str)
    ):
        return 'verwacht een object met "id" en "text" (tekst).'
    try:
        json.dumps(record["id"], allow_nan=False, ensure_ascii=False).encode("utf-8")
    except (ValueError, RecursionError):  # NaN, Infinity (1e999) or a lone surrogate
        return (
            'de "id" kan niet als geldige JSON worden teruggegeven (NaN, Infinity, 1e999 of een '
            "los surrogaatteken zoals \\ud800); gebruik een tekst of een geheel getal."
        )
    try:
        record["text"].encode("utf-8")
    except UnicodeEncodeError as error:
        return (
            f"de tekst bevat een los surrogaatteken op positie {error.start + 1}; "
            "dat is geen geldige Unicode. Sla de tekst op als UTF-8."
        )
    section = record.get("section", "")
    if not isinstance(section, str):
        return 'de "section" (de kop waaronder de tekst staat) moet tekst zijn.'
    return record["id"], record["text"], section


def _classify_jsonl(handle: BinaryIO, model: Any, kind: str = "raadsstuk") -> None:
    """Classify JSON lines in order, as text of a document of ``kind`` ("raadsstuk": a council
    document of unknown type; "bestemmingsplan": the zoning route); malformed lines are named
    by number and nothing is guessed."""
    from raadsassistent.classify import ZONING

    records, errors = [], []
    for number, raw in _jsonl_lines(handle):
        if raw is not None and not raw.strip():
            continue
        parsed = _jsonl_record(raw)
        if isinstance(parsed, str):
            errors.append(f"regel {number}: {parsed}")
        else:
            records.append(parsed)
    if errors:
        shown = "\n".join(errors[:20]) + (
            f"\n... en nog {len(errors) - 20}" if len(errors) > 20 else ""
        )
        raise UserError(
            f"De invoer bevat {len(errors)} ongeldige regel(s); er is niets gelabeld.\n{shown}"
        )
    for start in range(0, len(records), JSONL_BATCH):
        chunk = records[start : start + JSONL_BATCH]
        probabilities = model.predict_proba(
            [text for _, text, _ in chunk],
            zoning=kind == ZONING,
            kind="" if kind in ("raadsstuk", ZONING) else kind,
            headings=[section for _, _, section in chunk],
        )
        for (identifier, _, _), probability in zip(chunk, probabilities, strict=True):
            label = "framework" if probability >= 0.5 else "detail"
            click.echo(
                json.dumps(
                    {
                        "id": identifier,
                        "label": label,
                        "framework_probability": round(float(probability), 4),
                    },
                    ensure_ascii=False,
                    allow_nan=False,
                )
            )


def corpus_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--corpus and --team, shared by train and evaluate."""
    command = click.option(
        "--team",
        "team_dir",
        type=PathType(exists=True, file_okay=False),
        default=Path("training"),
        show_default=True,
        help="Map met de eigen gelabelde raadsstukken (*.jsonl).",
    )(command)
    return click.option(
        "--corpus",
        type=PathType(exists=True, file_okay=False),
        required=True,
        help="Map met de bestemmingsplanteksten (t_NL.IMRO.*.md).",
    )(command)


seed_option = click.option(
    "--seed", type=int, default=13, show_default=True, help="Startwaarde voor het toeval."
)


@main.command()
@corpus_options
@click.option(
    "--out",
    "out_dir",
    type=PathType(file_okay=False),
    default=Path("models/framework-v4"),
    show_default=True,
    help="Waar het model komt.",
)
@seed_option
@click.option(
    "--zonder-evaluatie", "no_eval", is_flag=True, help="Sla de kruisvalidatie over (sneller)."
)
@friendly
def train(corpus: Path, team_dir: Path, out_dir: Path, seed: int, no_eval: bool) -> None:
    """Train het kader/detail-model en schrijf het met modelkaart naar --out.

    Voorbeeld: raadsassistent train --corpus ../shared/corpus/bestemmingsplannen
    """
    from raadsassistent.train import format_report, train_model

    card = train_model(corpus, team_dir=team_dir, out_dir=out_dir, seed=seed, evaluate=not no_eval)
    if card.get("metrics"):
        click.echo(format_report(card["metrics"]))
    click.echo(f"Model opgeslagen in {out_dir}")


@main.command()
@corpus_options
@seed_option
@friendly
def evaluate(corpus: Path, team_dir: Path, seed: int) -> None:
    """Evalueer het model eerlijk: kruisvalidatie per gemeente en een achtergehouden deel.

    Voorbeeld: raadsassistent evaluate --corpus ../shared/corpus/bestemmingsplannen
    """
    from raadsassistent.train import evaluate_model, format_report

    click.echo(format_report(evaluate_model(corpus, team_dir=team_dir, seed=seed)))


# --- batch and search (the griffie's batch, issue 5) ---------------------------------------


def _dask_address(value: str) -> str:
    from raadsassistent.batch import dask_address

    try:
        return dask_address(value)
    except RaadsassistentError as error:
        raise click.BadParameter(str(error)) from error


@main.command()
@click.argument("path", type=PathType())
@db_option
@output_option(
    "Map voor de briefings en index.html (standaard: <naam>-briefing in de huidige map).",
    folder=True,
    dest="outdir",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 256),
    default=None,
    help="Aantal processen tegelijk (standaard: het aantal processorkernen).",
)
@reading_options(many=True)
@click.option(
    "--dask-scheduler",
    "dask_scheduler",
    metavar="ADRES",
    callback=lambda _ctx, _param, value: None if value is None else _dask_address(value),
    help="Verwerk de documenten op een Dask-cluster (bijv. tcp://10.0.0.5:8786); "
    "dit proces schrijft de database.",
)
@friendly
def batch(
    path: Path,
    db_path: Path | None,
    outdir: Path | None,
    workers: int | None,
    ocr: bool,
    password: str | None,
    timeout: float,
    dask_scheduler: str | None,
) -> None:
    """Verwerk de stukken van een hele vergadering (map of ZIP) tot briefings en een vergaderbriefing.

    Schrijft per stuk een briefing (HTML, JSON, Markdown) en een index.html met de agendapunten,
    wat er per punt gevraagd wordt en de bespaarde leestijd. Ongewijzigde stukken worden
    overgeslagen, dus opnieuw draaien na een onderbreking of met nieuwe stukken kan altijd.
    Afsluitcode: 0 alles gelukt, 1 sommige bestanden mislukt, 2 niets bruikbaars.

    Voorbeeld: raadsassistent batch stukken-16-april.zip -o vergadering-16-april
    """
    from raadsassistent.batch import run_batch
    from raadsassistent.errors import InputError
    from raadsassistent.store import open_store

    if outdir is None:
        outdir = (
            Path.cwd()
            / f"{resolved_path(path).name.removesuffix('.zip').removesuffix('.ZIP')}-briefing"
        )
    interactive = sys.stderr.isatty()
    bar: Any = None
    pages = 0
    summary = None
    with open_store(db_path) as store:
        try:
            events = run_batch(
                path,
                store,
                outdir,
                workers=workers,
                ocr=ocr,
                password=password,
                timeout=timeout,
                dask_scheduler=dask_scheduler,
            )
            for event in events:
                if event.kind == "start":
                    click.echo(
                        f"{event.total} document(en) te verwerken uit {event.message}", err=True
                    )
                    if interactive and event.total:
                        bar = click.progressbar(
                            length=event.total,
                            label="Verwerken",
                            file=sys.stderr,
                            show_pos=True,
                            item_show_func=lambda s: s,
                        )
                        bar.__enter__()
                elif event.kind == "document" and event.outcome:
                    o = event.outcome
                    pages += o.pages
                    if o.status != PROCESSED or bar is None:
                        _log_outcome(o, bar)
                    if bar is not None and o.status != UNCHANGED:
                        bar.update(1, f"{pages} pagina's")
                elif event.kind == "end":
                    summary = event.summary
        except InputError as error:
            raise NothingUsable(str(error)) from error
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)
        assert summary is not None
        click.echo(format_summary(summary, database=str(store.path)))
    sys.exit(summary.exit_code)


def _log_outcome(o: Any, bar: Any) -> None:
    if o.status == PROCESSED:
        line = f"verwerkt    {o.file_name} ({o.pages} p., {_seconds_nl(o.seconds)})"
    elif o.status == UNCHANGED:
        line = f"ongewijzigd {o.file_name}" + (f" ({o.message})" if o.message else "")
    else:
        line = f"mislukt     {o.message}"
    if bar is not None:
        click.echo("\r\033[K" + line, err=True)  # above the bar, which redraws itself
    else:
        click.echo(line, err=True)


def _seconds_nl(seconds: float) -> str:
    return f"{seconds:.1f}".replace(".", ",") + " s"


def format_summary(summary: Any, *, database: str = "") -> str:
    """The Dutch summary table printed at the end of a batch."""
    from raadsassistent.render import totals_line

    processed, skipped, failed = summary.processed, summary.skipped, summary.failed
    new_pages = sum(o.pages for o in processed)
    rate = (
        f", {new_pages / summary.seconds:.1f} pagina's/s".replace(".", ",")
        if summary.seconds and new_pages
        else ""
    )
    rows = [
        (
            "Verwerkt",
            f"{len(processed)} document(en), {new_pages} pagina's"
            f" ({_seconds_nl(summary.seconds)}{rate})",
        ),
        ("Ongewijzigd", f"{len(skipped)} (overgeslagen)"),
        ("Mislukt", str(len(failed))),
    ]
    lines = ["", "Samenvatting"]
    lines += [f"  {label:<17} {value}" for label, value in rows]
    for outcome in failed:
        lines.append(f"    - {outcome.message}")
    if summary.meeting:
        totals = summary.meeting["totals"]
        lines.append(
            f"  {'Leestijd':<17} "
            f"{totals_line(totals['pages'], totals['minutes_source'], totals['minutes_briefing'])}"
        )
    for note in (summary.meeting or {}).get("notes", []):
        lines.append(f"  {'Let op':<17} {note}")
    if summary.ignored:
        lines.append(
            f"  {'Niet gelezen':<17} {len(summary.ignored)} bestand(en) die geen PDF zijn:"
        )
        lines += [
            f"    - {Path(name).name if Path(name).is_absolute() else name}"
            for name in summary.ignored
        ]
    if summary.index_path:
        lines.append(f"  {'Vergaderbriefing':<17} {summary.index_path}")
    if database:
        lines.append(f"  {'Database':<17} {database}")
    if summary.exit_code == EXIT_NOTHING:
        lines.append("Er was niets bruikbaars: geen enkel document kon worden gelezen.")
    return "\n".join(lines)


@main.command()
@click.argument("query")
@db_option
@click.option(
    "--type",
    "label",
    type=click.Choice(["framework", "detail"]),
    help="Alleen kadertekst (framework) of alleen detail.",
)
@click.option("--json", "as_json", is_flag=True, help="Schrijf de resultaten als JSON.")
@click.option(
    "--limit",
    type=click.IntRange(1, 1000),
    default=20,
    show_default=True,
    help="Hoeveel resultaten ten hoogste.",
)
@friendly
def search(query: str, db_path: Path | None, label: str | None, as_json: bool, limit: int) -> None:
    """Zoek in alle opgeslagen stukken; toont document, pagina en de gevonden tekst.

    Zoekt op woordbegin en negeert accenten: "reële" vindt ook "reeel", "woning" ook "woningbouw".

    Voorbeeld: raadsassistent search "stationsgebied krediet" --type framework
    """
    from raadsassistent.store import open_store

    with open_store(db_path, create=False) as store:
        if not store.document_count():
            raise UserError(
                f"De database {store.path} bevat nog geen documenten. "
                "Verwerk eerst stukken met: raadsassistent batch MAP"
            )
        results = store.search(query, label=label, limit=limit)
    if as_json:
        keys = (
            "file_name",
            "title",
            "page",
            "heading",
            "label",
            "framework_probability",
            "snippet",
        )
        click.echo(
            json.dumps([{k: r[k] for k in keys} for r in results], ensure_ascii=False, indent=2)
        )
        return
    if not results:
        click.echo(f"Geen resultaten voor {query!r}.")
        return
    for r in results:
        kind = "kader" if r["label"] == "framework" else "detail" if r["label"] == "detail" else "-"
        click.echo(f"{r['file_name']}, p. {r['page']} ({kind})")
        click.echo(f"    {' '.join(r['snippet'].split())}")
    click.echo(f"{len(results)} resultaat/resultaten.", err=True)


# --- the register across meetings (issue 11) ---------------------------------------------------


def _since_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """--sinds as "YYYY-MM-DD": a date written as 2025-01-23, 23-01-2025 or 23 januari 2025."""
    if value is None:
        return None
    from raadsassistent.dates import find_dates

    mentions = find_dates(value.strip(), bare_years=False)
    if len(mentions) == 1 and mentions[0].date and mentions[0].text == value.strip():
        return mentions[0].date
    raise click.BadParameter(
        f"{value!r} is geen datum. Schrijf bijvoorbeeld 2025-01-23, 23-01-2025 of "
        "'23 januari 2025'."
    )


since_option = click.option(
    "--sinds",
    "since",
    metavar="DATUM",
    callback=_since_date,
    help="Alleen vergaderingen op of na deze datum (bijv. 2025-01-23 of '23 januari 2025').",
)
OPEN, ALL = "open", "alle"
_EMPTY_REGISTER = (
    "{what} in {db} is nog leeg. Het wordt gevuld wanneer een vergadering wordt verwerkt: "
    "raadsassistent batch MAP --db {db}"
)


def _register_said_all(
    found: list[dict[str, Any]], as_json: bool, empty: str | None, what: str, store: Any
) -> bool:
    """Print ``found`` as JSON, or that the register (``empty``: its name) is still empty, or
    that nothing matched; False when the table is still to be printed."""
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
    elif empty:
        click.echo(_EMPTY_REGISTER.format(what=empty, db=store.path))
    elif not found:
        click.echo(f"Geen {what} in het register voor deze keuze.")
    return as_json or not found


@main.command()
@db_option
@click.option(
    "--status",
    type=click.Choice([OPEN, *OUTCOMES, UNKNOWN_OUTCOME, ALL]),
    default=None,
    help="open (aangenomen moties zonder afdoeningsbrief), een uitslag, onbekend of alle. "
    "Standaard: open in de tabel, alle met --json.",
)
@click.option(
    "--partij", "party", metavar="PARTIJ", help="Alleen stukken met een indiener van deze partij."
)
@since_option
@click.option("--json", "as_json", is_flag=True, help="Schrijf alle gevonden stukken als JSON.")
@friendly
def moties(
    db_path: Path | None, status: str | None, party: str | None, since: str | None, as_json: bool
) -> None:
    """Het motieregister: alle opgeslagen moties en amendementen over alle vergaderingen.

    De tabel toont standaard de open moties: aangenomen, en nog zonder afdoeningsbrief. Met
    --status kiest u andere (bijv. --status alle); --json schrijft standaard alles wat aan
    --partij en --sinds voldoet, met alle velden.

    Voorbeeld: raadsassistent moties --partij VVD --sinds 2025-01-01
    """
    from raadsassistent.store import open_store

    status = status or (ALL if as_json else OPEN)
    with open_store(db_path, create=False) as store:
        found = store.motions(
            open_only=status == OPEN,
            outcome=None if status in (OPEN, ALL) else status,
            party=party,
            since=since,
        )
        empty = not found and not store.motions()
    what = "open moties (aangenomen, zonder afdoeningsbrief)" if status == OPEN else "stukken"
    if _register_said_all(found, as_json, "Het motieregister" if empty else None, what, store):
        return
    for m in found:
        parties = ", ".join(dict.fromkeys(s["party"] for s in m["submitters"] if s["party"]))
        click.echo(
            f"{m['meeting_date'] or 'datum onbekend'}  {m['code'] or '-':<7} {m['kind']:<10} "
            f"{(m['outcome'] or 'onbekend'):<12} {parties or '-'}"
        )
        click.echo(f"    {_shorten(m['title'] or m['file'], 100)}")
        click.echo(
            f"    {m['file']}" + (f" · afdoening: {m['afdoening']}" if m["afdoening"] else "")
        )
    click.echo(f"{len(found)} stuk(ken) ({'open' if status == OPEN else status}).", err=True)


@main.command()
@db_option
@since_option
@click.option("--json", "as_json", is_flag=True, help="Schrijf de toezeggingen als JSON.")
@friendly
def toezeggingen(db_path: Path | None, since: str | None, as_json: bool) -> None:
    """Toezeggingen uit besluitenlijsten en notulen: wie, wat, wanneer, bron en pagina.

    'Wat' is de letterlijke tekst uit het stuk.

    Voorbeeld: raadsassistent toezeggingen --sinds 2025-01-01
    """
    from raadsassistent.store import open_store

    with open_store(db_path, create=False) as store:
        found = store.commitments(since=since)
        empty = not found and not store.commitments()
    register = "Het register van toezeggingen" if empty else None
    if _register_said_all(found, as_json, register, "toezeggingen", store):
        return
    for c in found:
        click.echo(
            f"{c['meeting_date'] or 'datum onbekend'}  {c['who'] or 'onbekend'} · "
            f"{c['file']}, p. {c['page']}"
        )
        click.echo(f"    {_shorten(c['what'], 300)}")
        if c["due"]:
            click.echo(f"    termijn: {c['due']}")
    click.echo(f"{len(found)} toezegging(en).", err=True)
