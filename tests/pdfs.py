"""Small PDF builders for tests: hand-written objects for broken files, short reportlab
layouts for the rest. The bundled samples are static fixtures; their generator is not used here."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

A4 = (595.2756, 841.8898)
MARGIN = 60.0
GUTTER = 20.0

# --- hand-written PDFs ---------------------------------------------------------------------

HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
TEXT = (
    b"BT /F1 18 Tf 72 770 Td (Raadsvoorstel krediet kindcentrum) Tj ET\n"
    b"BT /F1 10 Tf 72 740 Td 14 TL (De raad besluit een krediet beschikbaar te stellen.) Tj T* "
    b"(Het college voert het besluit uit in 2027.) Tj ET"
)


def write_pdf_objects(path: str | Path, objects: list[bytes]) -> Path:
    """Write objects 1..n as a PDF with a correct xref table; object 1 is the catalog."""
    path = Path(path)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


def pdf_stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def one_page_pdf(
    path: Path,
    content: bytes = TEXT,
    *,
    pages_dict: bytes = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    page_extra: bytes = b"",
    font: bytes = HELVETICA,
    mediabox: bytes = b"[0 0 595 842]",
) -> Path:
    """A one-page PDF written by hand, with room to break its page tree on purpose."""
    return write_pdf_objects(
        path,
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            pages_dict,
            b"<< /Type /Page /Parent 2 0 R /MediaBox " + mediabox + b" "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R " + page_extra + b">>",
            pdf_stream(content),
            font,
        ],
    )


def zero_page_pdf(path: Path) -> Path:
    return write_pdf_objects(
        path,
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"],
    )


def page_count_claim_pdf(path: Path, count: int = 5000) -> Path:
    """One real page under a page tree whose /Count claims ``count`` pages."""
    return one_page_pdf(path, pages_dict=b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % count)


# --- reportlab: pages of plain lines -------------------------------------------------------


def _canvas(path: Path, pagesize: tuple[float, float] = A4, **kwargs: Any):
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    return canvas.Canvas(str(path), pagesize=pagesize, invariant=1, **kwargs)


def dense_pdf(path: Path, chars: int = 100_000, *, with_text_page: bool = True) -> Path:
    """A page of ``chars`` characters at 1 pt, after an ordinary first page."""
    c = _canvas(path, (595, 842))
    if with_text_page:
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, 780, "Raadsvoorstel met een dichte bijlage")
        c.setFont("Helvetica", 10)
        c.drawString(72, 750, "De raad besluit de bijlage vast te stellen.")
        c.showPage()
    per_line = 500
    line = ("abcdefghij" * (per_line // 10))[:per_line]
    for row in range(chars // per_line):
        text = c.beginText(5, 837 - row * 4.1)
        text.setFont("Helvetica", 1)
        text.textOut(line)
        c.drawText(text)
    c.showPage()
    c.save()
    return path


def many_pages_pdf(path: Path, pages: int = 5000) -> Path:
    """A real PDF of ``pages`` tiny pages, one short line each."""
    c = _canvas(path, (200, 200))
    for number in range(1, pages + 1):
        c.setFont("Helvetica", 8)
        c.drawString(10, 100, f"Regel op blad {number}.")
        c.showPage()
    c.save()
    return path


def sentences_pdf(path: Path, pages: int, per_page: int = 20, seed: int = 0) -> Path:
    """``pages`` pages of distinct framework-like sentences (LexRank's worst case)."""
    rng = random.Random(seed)
    words = (
        "gemeente raad begroting krediet woningbouw beleid kader doelen ambitie visie college "
        "wethouder inwoners ontwikkeling centrum station water groen verkeer veiligheid"
    ).split()
    c = _canvas(path, (595, 842))
    for _ in range(pages):
        c.setFont("Helvetica", 10)
        for row in range(per_page):
            sentence = " ".join(rng.choice(words) for _ in range(12)).capitalize() + "."
            c.drawString(60, 780 - 30 * row, sentence)
        c.showPage()
    c.save()
    return path


SCAN_TEXT = [
    "Gemeente Lindewaarde",
    "Raadsvoorstel 2026-012 (gescand): subsidieregeling dorpshuizen",
    "De raad besluit jaarlijks EUR 85.000 beschikbaar te stellen.",
]


def make_scan_pdf(path: str | Path, pages: int = 1, lines: Sequence[str] = SCAN_TEXT) -> Path:
    """An image-only PDF: text drawn into a raster image, no text layer."""
    import reportlab
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    path = Path(path)
    c = _canvas(path)
    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"  # ships with reportlab
    font = ImageFont.truetype(str(vera), 28)
    for page in range(1, pages + 1):
        img = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
        draw = ImageDraw.Draw(img)
        for row, line in enumerate([*lines, "", f"Pagina {page} van {pages}"]):
            draw.text((140, 150 + 48 * row), line, fill=20, font=font)
        c.drawImage(ImageReader(img), 0, 0, *A4)
        c.showPage()
    c.save()
    return path


ENCRYPTED_LINES = [
    ("Helvetica-Bold", 18, "Raadsvoorstel"),
    ("Helvetica-Bold", 10, "Vertrouwelijk: grondaankoop Molenhoek"),
    ("Helvetica", 10, "De raad wordt voorgesteld te besluiten:"),
    ("Helvetica", 10, "1. in te stemmen met de aankoop van het perceel Molenweg 12;"),
    ("Helvetica", 10, "2. geheimhouding op te leggen op de bijlagen."),
]


def make_encrypted_pdf(path: str | Path, password: str) -> Path:
    """A short raadsvoorstel encrypted with ``password`` (128-bit RC4)."""
    from reportlab.lib import pdfencrypt

    path = Path(path)
    encrypt = pdfencrypt.StandardEncryption(
        password, ownerPassword=password + "-eigenaar", strength=128
    )
    c = _canvas(path, encrypt=encrypt)
    y = A4[1] - MARGIN
    for font, size, text in ENCRYPTED_LINES:
        c.setFont(font, size)
        c.drawString(MARGIN, y, text)
        y -= size * 1.8
    c.showPage()
    c.save()
    return path


# --- reportlab: a small document layout ----------------------------------------------------
# Blocks: ("heading", text, level), ("paragraph", text), ("list", items[, "bullet"|"numbered"|
# "dash"]), ("fields", [(label, value), ...]), ("pagebreak",).

_HEADING_SIZE = {0: 18.0, 1: 14.0, 2: 12.0}
_BODY_SIZE = 10.0
_MARKERS = {"bullet": "•", "dash": "–"}


def _lines_of(block: Sequence[Any], width: float) -> list[tuple[str, float, str, float]]:
    """(font, size, text, indent) per printed line of one block; a blank line after it."""
    from reportlab.lib.utils import simpleSplit

    kind = block[0]
    out: list[tuple[str, float, str, float]] = []
    if kind == "heading":
        size = _HEADING_SIZE[min(block[2], 2)]
        out += [("Helvetica-Bold", size, t, 0.0) for t in simpleSplit(block[1], "Helvetica-Bold", size, width)]  # fmt: skip
    elif kind == "paragraph":
        out += [("Helvetica", _BODY_SIZE, t, 0.0) for t in simpleSplit(block[1], "Helvetica", _BODY_SIZE, width)]  # fmt: skip
    elif kind == "fields":
        out += [("Helvetica", _BODY_SIZE, f"{label}: {value}", 0.0) for label, value in block[1]]
    elif kind == "list":
        style = block[2] if len(block) > 2 else "bullet"
        for n, item in enumerate(block[1], start=1):
            marker = f"{n}." if style == "numbered" else _MARKERS[style]
            wrapped = simpleSplit(item, "Helvetica", _BODY_SIZE, width - 18)
            out.append(("Helvetica", _BODY_SIZE, f"{marker} {wrapped[0]}", 0.0))
            out += [("Helvetica", _BODY_SIZE, t, 18.0) for t in wrapped[1:]]
    return out


def build_pdf(
    path: str | Path,
    blocks: Sequence[Sequence[Any]],
    *,
    title: str | None = None,
    header: str | None = None,
    two_column_pages: Sequence[int] = (),
) -> list[str]:
    """Lay ``blocks`` out on A4 pages (two columns on ``two_column_pages``), with ``header``
    on every page; returns the body words in reading order."""
    path = Path(path)
    c = _canvas(path)
    if title:
        c.setTitle(title)
    words: list[str] = []
    page, column = 1, 0

    def columns() -> int:
        return 2 if page in two_column_pages else 1

    def width() -> float:
        return (A4[0] - 2 * MARGIN - GUTTER * (columns() - 1)) / columns()

    def start_page() -> float:
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(MARGIN, A4[1] - 30, header)
        return A4[1] - MARGIN

    def next_area() -> float:
        nonlocal page, column
        column += 1
        if column >= columns():
            c.showPage()
            page, column = page + 1, 0
        return start_page()

    y = start_page()
    for block in blocks:
        if block[0] == "pagebreak":
            column = columns() - 1
            y = next_area()
            continue
        for font, size, text, indent in _lines_of(block, width()):
            if y - size < MARGIN:
                y = next_area()
            c.setFont(font, size)
            c.drawString(MARGIN + column * (width() + GUTTER) + indent, y - size, text)
            y -= size * 1.4
        y -= _BODY_SIZE
        words += [w for t in _texts(block) for w in t.split()]
    c.showPage()
    c.save()
    return words


def _texts(block: Sequence[Any]) -> list[str]:
    if block[0] in ("heading", "paragraph"):
        return [block[1]]
    if block[0] == "list":
        return list(block[1])
    if block[0] == "fields":
        return [f"{label}: {value}" for label, value in block[1]]
    return []


# --- a small meeting: an agenda and its documents --------------------------------------------

_SUBJECTS = [
    "Herinrichting Marktplein",
    "Krediet nieuwbouw sporthal De Wissel",
    "Woonvisie 2026-2030",
    "Verordening afvalstoffenheffing 2027",
    "Subsidieregeling dorpshuizen",
    "Vaststelling bestemmingsplan Molenhoek",
]
_DOSSIERS = [
    ["raadsvoorstel", "bijlage", "motie"],
    ["raadsinformatiebrief"],
    ["raadsvoorstel", "amendement"],
    ["raadsvoorstel", "bijlage"],
]
_LABELS = {
    "raadsvoorstel": "Raadsvoorstel",
    "bijlage": "Bijlage 1",
    "motie": "Motie M{n}.1",
    "amendement": "Amendement A{n}.1",
    "raadsinformatiebrief": "Raadsinformatiebrief",
}
_FRAMEWORK = (
    "De raad stelt met dit besluit de kaders vast voor {s}. Het doel is een veilige, "
    "groene en betaalbare leefomgeving voor alle inwoners van Waardhoven."
)
_DETAIL = (
    "De aannemer voert de werkzaamheden in fasen uit; de rioolbuizen worden vervangen en de "
    "bestrating wordt opnieuw gelegd met gebakken klinkers in keperverband."
)

_CONSIDERING = (
    "overwegende dat de fietsroute langs de Spoorlaan door scholieren wordt gebruikt en dat "
    "de oversteek bij de Kerkstraat in 2025 zeven ongevallen kende; dat de provincie een "
    "bijdrage van 40 procent heeft toegezegd voor maatregelen die de verkeersveiligheid verbeteren."
)


def _document_blocks(kind: str, subject: str, number: str, pages: int) -> list[tuple]:
    blocks: list[tuple] = [
        ("heading", f"{_LABELS[kind].split()[0]} {subject}", 0),
        ("fields", [("Nummer", number), ("Datum", "16 april 2026")]),
    ]
    if kind == "raadsvoorstel":
        blocks += [
            ("heading", "1. Beslispunten", 1),
            ("paragraph", "De raad wordt voorgesteld te besluiten:"),
            (
                "list",
                [f"in te stemmen met {subject};", "het college opdracht te geven."],
                "numbered",
            ),  # fmt: skip
        ]
    if kind in ("motie", "amendement"):
        blocks += [
            ("paragraph", "De raad, in vergadering bijeen op 16 april 2026, constaterende dat:"),
            ("list", [_FRAMEWORK.format(s=subject), _DETAIL, _CONSIDERING], "dash"),
            ("paragraph", f"verzoekt het college bij de uitvoering van {subject} de inwoners "
                          "van Waardhoven actief te betrekken en de raad voor 1 oktober 2026 "
                          "te informeren, en gaat over tot de orde van de dag."),
        ]  # fmt: skip
    for page in range(1, pages + 1):
        if page > 1:
            blocks.append(("pagebreak",))
        blocks += [
            ("heading", f"{page + 1}. Toelichting deel {page}", 1),
            ("paragraph", _FRAMEWORK.format(s=subject)),
            ("paragraph", _DETAIL),
        ]
    return blocks


def generate_meeting(
    outdir: str | Path, n_documents: int = 7, pages_total: int = 30, seed: int = 0
) -> list[Path]:
    """An agenda plus ``n_documents`` documents of about ``pages_total`` pages in all, and
    ``meeting.json`` describing them; returns the paths, agenda first."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    subjects = rng.sample(_SUBJECTS, len(_SUBJECTS))
    docs: list[dict[str, Any]] = []
    for n, dossier in enumerate(_DOSSIERS * n_documents, start=1):
        subject, number = subjects[(n - 1) % len(subjects)], f"2026-{100 + n:03d}"
        for kind in dossier[: n_documents - len(docs)]:
            label = _LABELS[kind].format(n=n)
            docs.append({"kind": kind, "title": subject, "number": number,
                         "file": f"{number} {label} {subject}.pdf"})  # fmt: skip
        if len(docs) == n_documents:
            break
    items = _agenda_items(docs)
    agenda = out / "agenda.pdf"
    build_pdf(agenda, _agenda_blocks(items), title="Agenda gemeenteraad")
    long = [d for d in docs if d["kind"] not in ("motie", "amendement")]
    spare = max(pages_total - 1 - len(docs), 0)
    paths = [agenda]
    for doc in docs:
        extra = spare // len(long) + (doc is long[0]) * (spare % len(long)) if doc in long else 0
        path = out / doc["file"]
        build_pdf(path, _document_blocks(doc["kind"], doc["title"], doc["number"], 1 + extra))
        paths.append(path)
    manifest = {
        "agenda": {"file": agenda.name, "items": items},
        "documents": [
            {"file": d["file"], "doc_type": d["kind"], "title": d["title"]} for d in docs
        ],
    }
    (out / "meeting.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    return paths


def _agenda_items(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = [
        {"number": "1", "title": "Opening en mededelingen", "kind": "overig", "documents": []},
        {"number": "2", "title": "Lijst van ingekomen stukken", "kind": "overig",
         "documents": [d["file"] for d in docs if d["kind"] == "raadsinformatiebrief"]},
    ]  # fmt: skip
    for doc in docs:
        if doc["kind"] == "raadsvoorstel":
            kind = "hamerstuk" if len(items) % 2 else "bespreekstuk"
            items.append({"number": str(len(items) + 1), "title": doc["title"], "kind": kind,
                          "documents": [doc["file"]]})  # fmt: skip
        elif doc["kind"] != "raadsinformatiebrief":
            items[-1]["documents"].append(doc["file"])
    items.append({"number": str(len(items) + 1), "title": "Sluiting", "kind": "overig",
                  "documents": []})  # fmt: skip
    return items


def _agenda_blocks(items: list[dict[str, Any]]) -> list[tuple]:
    blocks: list[tuple] = [
        ("heading", "Agenda", 0),
        ("paragraph", "Openbare vergadering van de gemeenteraad van Waardhoven"),
        ("fields", [("Datum", "donderdag 16 april 2026"), ("Aanvang", "19.30 uur"),
                    ("Plaats", "Raadzaal, stadhuis")]),
    ]  # fmt: skip
    for item in items:
        label = f" ({item['kind']})" if item["kind"] != "overig" else ""
        blocks.append(("heading", f"{item['number']}. {item['title']}{label}", 2))
        if item["documents"]:
            blocks.append(("list", [Path(f).stem for f in item["documents"]], "dash"))
    return blocks


def make_garbage_text_pdf(path: str | Path, pages: int = 1) -> Path:
    """Write a PDF whose text layer cannot be decoded: pdfminer shows ``(cid:N)`` glyphs.

    The text uses an Identity-H CID font without a ToUnicode map, as badly exported PDFs do.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(pages)
    objects: list[bytes] = []
    page_ids = [6 + i * 2 for i in range(pages)]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    objects.append(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Garbled "
        b"/Encoding /Identity-H /DescendantFonts [4 0 R] >>"
    )
    objects.append(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Garbled "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor 5 0 R /DW 520 >>"
    )
    objects.append(
        b"<< /Type /FontDescriptor /FontName /ABCDEF+Garbled /Flags 4 "
        b"/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 "
        b"/CapHeight 700 /StemV 80 >>"
    )
    for _ in range(pages):
        lines = []
        for row in range(40):
            glyphs = "".join(f"{rng.randrange(3, 900):04x}" for _ in range(rng.randrange(40, 80)))
            lines.append(f"BT /F1 10 Tf 60 {780 - row * 17} Td <{glyphs}> Tj ET")
        stream = "\n".join(lines).encode()
        page_id = 6 + len(objects) - 5
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << "
            f"/Font << /F1 3 0 R >> >> /Contents {page_id + 1} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    return write_pdf_objects(path, objects)


# --- a Den Haag motion or amendment: stamp block, "Indiener:" line, signature block -----------


def council_motion_pdf(
    path: str | Path,
    *,
    kind: str = "Motie",
    code: str = "H.1 SP",
    title: str = "Bewaar een plekje voor een Haags icoon",
    indiener: str = "Lesley Arp, SP",
    subject: str = (
        "Voorstel van het college inzake voorontwerp herinrichting Pletterijkade incl. 2 "
        "richtingsfietsoversteek (RIS320293)."
    ),
    stamp: str | None = None,
    own_number: str | None = None,
    uitslag_label: bool = False,
    aldus: bool | None = None,
    status_heading: str | None = None,
    signatures: Sequence[tuple[str, str]] = (("Lesley Arp", "SP"), ("Hinke de Groot", "CDA")),
) -> Path:
    """A one-page motion as the Den Haag griffie publishes it: the code top right, the vote
    ``stamp`` under it ("aangenomen"; with ``uitslag_label`` after "Uitslag stemming:"),
    "RIS-nummer:" with ``own_number``, "Aldus <stamp> in de openbare raadsvergadering van ..."
    under the signatures (``aldus`` defaults to whether there is a stamp), and an optional
    heading such as "INGETROKKEN". ``subject`` follows "ter bespreking van"; None makes the
    motion "vreemd aan de orde van de dag"."""
    path = Path(path)
    c = _canvas(path)
    right = A4[0] - MARGIN
    top = A4[1] - MARGIN
    c.setFont("Helvetica-Bold", 11)
    c.drawRightString(right, top, code)
    if stamp and uitslag_label:
        c.setFont("Helvetica", 10)
        c.drawString(right - 200, top - 18, "Uitslag stemming:")
        c.drawRightString(right, top - 18, stamp)
    elif stamp:
        c.setFont("Helvetica", 10)
        c.drawRightString(right, top - 18, stamp)
    c.setFont("Helvetica", 10)
    c.drawString(MARGIN, top - 36, "RIS-nummer:")
    if own_number:
        c.drawString(MARGIN + 120, top - 36, own_number)
    y = top - 70
    if status_heading:
        c.setFont("Helvetica-Bold", 16)
        c.drawString(MARGIN, y, status_heading)
        y -= 30
    c.setFont("Helvetica-Bold", 12)
    c.drawString(MARGIN, y, f"{kind}: {title}")
    y -= 22
    c.setFont("Helvetica", 10)
    c.drawString(MARGIN, y, f"Indiener: {indiener}")
    y -= 28
    about = (
        f"ter bespreking van {subject}"
        if subject
        else "en gaat over tot de behandeling van een motie vreemd aan de orde van de dag."
    )
    if kind == "Motie":
        body = [
            f"De raad van de gemeente Den Haag, in vergadering bijeen op 23 januari 2025, {about}",
            "",
            "Constaterende, dat:",
            "- de kiosk op het Rijswijkseplein decennialang iconische waarde had;",
            "",
            "Verzoekt het college:",
            "- een verwijzing naar de kiosk in de buitenruimte te plaatsen;",
            "- de raad hierover voor de zomer te informeren.",
            "",
            "En gaat over tot de orde van de dag.",
        ]
    else:
        body = [
            f"De raad van de gemeente Den Haag, in vergadering bijeen op 23 januari 2025, {about}",
            "",
            "Besluit om toe te voegen:",
            "- VI. Een woonprogramma te realiseren met 25% middeldure huurwoningen;",
            "",
            "Toelichting",
            "Dit amendement zorgt voor meer middeldure huurwoningen in de wijk.",
        ]
    from reportlab.lib.utils import simpleSplit

    for line in body:
        for part in simpleSplit(line, "Helvetica", 10, A4[0] - 2 * MARGIN) or [""]:
            c.drawString(MARGIN, y, part)
            y -= 14
    y -= 20
    for n, (name, party) in enumerate(signatures):
        x = MARGIN + n * 170
        c.drawString(x, y, name)
        c.drawString(x, y - 28, party)
    y -= 70
    if aldus if aldus is not None else bool(stamp):
        c.drawString(
            MARGIN, y, f"Aldus {stamp} in de openbare raadsvergadering van 23 januari 2025"
        )
        c.drawString(MARGIN, y - 14, "ValidSigned door De Griffier L. Blankwaard Rombouts")
    c.showPage()
    c.save()
    return path


# --- real council templates: letterheads, kickers, fields and stamp blocks ----------------------
# Positioned lines as Den Haag's Word templates set them: (x, top, size, bold, text), top measured
# from the top of the page, each page a list of lines.

PlacedLine = tuple[float, float, float, bool, str]


def placed_pdf(path: str | Path, pages: Sequence[Sequence[PlacedLine]]) -> Path:
    """Draw each line at its place (Helvetica, Helvetica-Bold); a page may be empty."""
    path = Path(path)
    c = _canvas(path)
    for lines in pages:
        for x, top, size, bold, text in lines:
            c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
            c.drawString(x, A4[1] - top - size, text)
        c.showPage()
    c.save()
    return path


def placed_rows(
    x: float, top: float, size: float, texts: Sequence[str], *, bold: bool = False
) -> list[PlacedLine]:
    """``texts`` as consecutive lines of one paragraph from ``top`` down (1.3 line pitch)."""
    return [(x, top + i * 1.3 * size, size, bold, text) for i, text in enumerate(texts)]


def letter_field(x: float, top: float, label: str, value: str) -> list[PlacedLine]:
    """A field of a letterhead: its label small and bold, its value (if any) below it."""
    return [(x, top, 7, True, label)] + ([(x, top + 10, 8, False, value)] if value else [])


_MOTION_BODY = [
    *placed_rows(71, 230, 10, [
        "De raad van de gemeente Den Haag, in vergadering bijeen op 23 januari 2025,",
        "ter bespreking van het voorstel van het college inzake Nota Grondbeleid (RIS319970),",
    ]),
    *placed_rows(71, 270, 10, ["Constaterende dat:"]),
    *placed_rows(89, 283, 10, ["• de wachtlijst voor seniorenwoningen in Mariahoeve lang is;"]),
    *placed_rows(71, 310, 10, ["Verzoekt het college:"]),
    *placed_rows(89, 323, 10, ["• in Mariahoeve seniorenwoningen met voorrang toe te wijzen;"]),
    *placed_rows(71, 350, 10, ["En gaat over tot de orde van de dag."]),
    *placed_rows(71, 390, 10, ["Kavish Partiman", "CDA"]),
]  # fmt: skip


def templated_motion_pdf(
    path: str | Path,
    title: str,
    *,
    kind: str = "Motie",
    code: str = "K.1 CDA",
    outcome: str | None = None,
    outcome_beside_title: bool = False,
) -> Path:
    """A motion or amendment in Den Haag's template: the "GEMEENTERAAD" kicker, the agenda code
    and the stamp block ("Uitslag stemming", RIS number, outcome) above "Motie: X", and with an
    ``outcome`` the "Aldus ..." line below. ``outcome_beside_title`` sets the outcome word on the
    title's line, at the right, as the stamped Word exports do."""
    lines: list[PlacedLine] = [
        (431, 37, 10, True, "GEMEENTERAAD"),
        (312, 60, 10, False, f"Stuknummer: {code}"),
        (298, 84, 10, False, f"Uitslag stemming: {outcome or ''}".strip()),
        (71, 107, 10, False, "RIS-nummer:"),
        *placed_rows(71, 160, 10, [f"{kind}: {title}", "Indiener: Kavish Partiman, CDA"]),
    ]
    if outcome:
        lines.append((144, 104, 12, False, "321233"))
        aldus = f"Aldus {outcome} in de openbare raadsvergadering van 23 januari 2025"
        lines.append((71, 560, 12, False, aldus))
        lines.append((423, 160 if outcome_beside_title else 120, 12, False, outcome))
    return placed_pdf(path, [lines + _MOTION_BODY])


def college_letter_pdf(path: str | Path, subject: str, *, subject_lines: int = 1) -> Path:
    """A letter of the college to the council (afdoening, tussenbericht, preadvies): template
    junk ("Typ tekst"), "Retouradres", "Aan de gemeenteraad", a right-hand column of fields and
    a bold "Onderwerp" label with the subject on the line below (wrapped over ``subject_lines``
    lines), beside the column's e-mail address."""
    words = subject.split()
    cut = -(-len(words) // subject_lines)
    parts = [" ".join(words[i : i + cut]) for i in range(0, len(words), cut)]
    lines: list[PlacedLine] = [
        (346, 46, 7, True, "Typ tekst"),
        (91, 143, 7, False, "Retouradres: Postbus 12600, 2500 DJ Den Haag"),
        *letter_field(415, 143, "Ons kenmerk", "DSB/10857444"),
        (415, 162, 8, False, "RIS321256"),
        (91, 176, 8, False, "Aan de gemeenteraad"),
        *letter_field(415, 185, "Contactpersoon", "Max Schreuder"),
        *letter_field(91, 264, "Datum", "18 maart 2025"),
        *letter_field(91, 298, "Onderwerp", ""),
        (415, 298, 8, False, "max.schreuder@denhaag.nl"),
        *placed_rows(91, 308, 8, parts),
        *placed_rows(91, 350, 9.5, [
            "Uw raad heeft op 23 januari 2025 de motie 'Rattenvanger van Den Haag'",
            "(RIS321256) aangenomen. Hierbij informeert het college de raad over de afdoening",
            "van de motie. De motie verzoekt het college een rattenvanger aan te stellen.",
        ]),
        *placed_rows(91, 402, 9.5, [
            "Het college van burgemeester en wethouders,", "de secretaris, de burgemeester,"
        ]),
    ]  # fmt: skip
    return placed_pdf(path, [lines])


def college_proposal_pdf(
    path: str | Path, title: str, *, bold: bool = True, replaces: bool = False
) -> Path:
    """A proposal of the college in Den Haag's template: small bold field labels ("Datum Ons
    Kenmerk"), the RIS number, then the title ("Voorstel van het college inzake X") in body size,
    bold or not, wrapped over two lines; ``replaces`` adds the "Strekt ter vervanging" stamp
    in a larger size at the top."""
    words = title.split()
    half = (len(words) + 1) // 2
    lines: list[PlacedLine] = [
        *letter_field(91, 123, "Datum Ons Kenmerk", "7 januari 2025 DSO/10836652"),
        (415, 144, 8, False, "RIS321084"),
        *placed_rows(91, 220, 9.5, [" ".join(words[:half]), " ".join(words[half:])], bold=bold),
        *placed_rows(91, 259, 9.5, [
            "Op 8 april 2024 is een aanvraag omgevingsvergunning gedaan voor het vergroten",
            "van de woning door het maken van een dakopbouw. De voorgenomen activiteit is in",
            "strijd met het omgevingsplan. Daarom vraagt het college de raad om advies.",
        ]),
        *placed_rows(91, 311, 9.5, [
            "De raad van de gemeente Den Haag,",
            "gelezen het voorstel van het college van 7 januari 2025,",
        ]),
        *placed_rows(91, 350, 9.5, ["besluit:"], bold=True),
        *placed_rows(91, 363, 9.5, [
            "I. een positief bindend advies te geven over de omgevingsvergunning."
        ]),
    ]  # fmt: skip
    if replaces:
        lines.insert(0, (338, 78, 12, False, "Strekt ter vervanging"))
    return placed_pdf(path, [lines])


def council_minutes_pdf(path: str | Path) -> Path:
    """Minutes (notulen) of a council meeting: a bold title block of five lines ending in
    "(Geopend te 13.30 uur)", the chair and clerk, the agenda and the verbatim record."""
    lines = [
        *placed_rows(71, 73, 11, [
            "Vergadering", "gemeenteraad Den Haag", "gehouden op", "donderdag 23 januari 2025",
            "(Geopend te 13.30 uur)",
        ], bold=True),
        *placed_rows(71, 149, 11, [
            "Voorzitter: de burgemeester, mr. J.H.C. van Zanen",
            "Griffier: drs. C.G.C.M. Blankwaard-Rombouts",
        ]),
        *placed_rows(71, 202, 11, ["Agenda"]),
        *placed_rows(89, 227, 11, [
            "A. Vaststelling agenda", "B. Vaststelling van de besluitenlijst"
        ]),
        *placed_rows(107, 253, 11, [
            "B.1 Voorstel van het college inzake Nota Grondbeleid (RIS319970)"
        ]),
        *placed_rows(71, 290, 11, [
            "De voorzitter. Ingevolge het Reglement van orde open ik de vergadering."
        ]),
        *placed_rows(71, 315, 11, ["Aanwezig zijn 44 leden. De vergadering kan voortgang vinden."]),
    ]  # fmt: skip
    return placed_pdf(path, [lines])


def kicker_letterhead_pdf(path: str | Path, subject: str) -> Path:
    """A proposal under a municipal letterhead ("Gemeente Lindeveld", larger than anything
    else) with the kicker "RAADSVOORSTEL" and an "Onderwerp:" field on one line."""
    lines = [
        *placed_rows(60, 40, 20, ["Gemeente Lindeveld"], bold=True),
        *placed_rows(60, 80, 14, ["RAADSVOORSTEL"], bold=True),
        *placed_rows(60, 110, 10, [
            "Registratienummer: 2026-052", f"Onderwerp: {subject}",
            "Portefeuillehouder: wethouder R. Kampman",
        ]),
        *placed_rows(60, 170, 12, ["Samenvatting"], bold=True),
        *placed_rows(60, 190, 10, [
            "Het college stelt de raad voor een krediet beschikbaar te stellen."
        ]),
    ]  # fmt: skip
    return placed_pdf(path, [lines])


def initiative_cover_pdf(path: str | Path, subject: str) -> Path:
    """A council member's proposal whose cover says "Initiatiefvoorstel:" in large type, the
    RIS number beside it and the subject further down in the same type, then a subtitle."""
    lines = [
        *placed_rows(72, 77, 26, ["Initiatiefvoorstel:"]),
        *placed_rows(468, 89, 10, ["RIS321739"], bold=True),
        *placed_rows(72, 133, 26, [subject]),
        *placed_rows(72, 186, 15, ["Voorstel om het Haagse bomenbeleid te moderniseren"]),
        *placed_rows(72, 231, 12, ["Aanleiding"], bold=True),
        *placed_rows(72, 266, 10.6, ["Bomen zijn van levensbelang. Bomen zorgen voor schaduw."]),
    ]
    return placed_pdf(path, [lines])


# --- council templates: lines placed as written ------------------------------------------------


def lines_pdf(path: str | Path, pages: Sequence[Sequence[str]], *, size: float = 10.0) -> Path:
    """Each page's lines drawn top-down as written, one line per entry: a leading tab indents
    the line (a sub-item), "" leaves a blank line. For templates whose exact line breaks
    matter (a Roman-numeral decision block running over a page, a stamp block)."""
    path = Path(path)
    c = _canvas(path)
    for lines in pages:
        y = A4[1] - MARGIN
        for line in lines:
            if line:
                indent = 18.0 * (len(line) - len(line.lstrip("\t")))
                c.setFont("Helvetica", size)
                c.drawString(MARGIN + indent, y - size, line.lstrip("\t"))
            y -= size * 1.4
        c.showPage()
    c.save()
    return path


# A Den Haag raadsvoorstel ending in its raadsbesluit: Roman numerals, a) b) c) sub-items, the
# list running over the page break, the adoption formula and signatures after it.
ROMAN_BESLUIT_PAGES = (
    (
        "Voorstel van het college inzake Zienswijze begroting Veiligheidsregio 2026",
        "",
        "De Veiligheidsregio legt haar ontwerpbegroting aan de gemeenteraden voor.",
        "Gezien het vorenstaande stelt het college de raad voor het volgende besluit te nemen:",
        "De raad van de gemeente Den Haag,",
        "gezien het voorstel van het college van 3 juni 2025,",
        "besluit:",
        "I. de volgende zienswijze vast te stellen:",
        "\ta) de gemeenteraad herkent zich in de beleidsmatige ontwikkelingen;",
        "\tb) de gemeenteraad onderschrijft het voorstel om het positieve resultaat",
        "\taan de bestemmingsreserve toe te voegen;",
    ),
    (
        "\tc) de gemeenteraad constateert dat het weerstandsvermogen voldoende is;",
        "II. de zienswijze van de gemeenteraad aan de Veiligheidsregio kenbaar te maken.",
        "",
        "Aldus besloten in de openbare raadsvergadering van 9 juli 2025.",
        "De griffier,                                    De voorzitter,",
    ),
)

# A Den Haag amendment with its stamp block: "Besluit om ... toe te voegen:" and the change.
AMENDMENT_PAGES = (
    (
        "GEMEENTERAAD",
        "Stuknummer: K.A HvDH",
        "Uitslag stemming: Aangenomen",
        "Amendement: Een deel middenhuur in woonprogramma Kornalijn",
        "Indiener: Arjen Dubbelaar, Hart voor Den Haag",
        "De raad van de gemeente Den Haag, in vergadering bijeen op 23 januari 2025, ter",
        "bespreking van het voorstel van het college inzake Hofzichtlaan (RIS319905),",
        "Besluit om toe te voegen:",
        "\u2022 VI. Een woonprogramma te realiseren dat bestaat uit 75% sociale huurwoningen",
        "en 25% middeldure huurwoningen;",
        "Toelichting",
        "Bezoekers van de bijeenkomsten hebben een voorkeur voor middeldure huur.",
        "Arjen Dubbelaar",
        "Hart voor Den Haag",
        "Aldus aangenomen in de openbare raadsvergadering van 23 januari 2025",
    ),
)

# A Den Haag motion: considerations, "verzoekt het college:" with bullets, "draagt het college
# op", the closing formula, the signature and the stamp.
MOTION_PAGES = (
    (
        "GEMEENTERAAD",
        "Stuknummer: J.3 HvDH",
        "Uitslag stemming: Aangenomen",
        "Motie: Watertappunt in drukstbezochte speeltuinen",
        "Indiener: Carlos Martinez van Andel, Hart voor Den Haag",
        "De raad van de gemeente Den Haag, in vergadering bijeen op 18 december 2024,",
        "constaterende, dat:",
        "\u2022 een watertappunt in Haagse speeltuinen geen standaard beleid is;",
        "overwegende, dat:",
        "\u2022 kinderen in de zomer veel tijd in de speeltuinen doorbrengen;",
        "verzoekt het college:",
        "\u2022 bij de aanleg van nieuwe speeltuinen een watertappunt aan te leggen;",
        "\u2022 de raad voor 1 juli 2025 over de kosten te informeren;",
        "draagt het college op de watertappunten jaarlijks te laten keuren,",
        "en gaat over tot de orde van de dag.",
        "Carlos Martinez van Andel",
        "Hart voor Den Haag",
        "Aldus aangenomen in de openbare raadsvergadering van 23 januari 2025",
        "ValidSigned door De Griffier",
    ),
)


# --- a Word 365 export: words placed by position -------------------------------------------

# Lines of (word, font). Word 365 writes no space characters: each word is placed at its own
# position, justified lines stretch the gaps between words unevenly, and the font size sits in
# the text matrix (Tf 1).
WORD365_LINES: tuple[tuple[tuple[str, str], ...], ...] = tuple(
    tuple((word, font) for word in text.split())
    for font, text in (
        ("Helvetica-Bold", "Voorstel van het college inzake jeugdveiligheid"),
        ("Helvetica", "In onze gemeente wordt de aanpak jeugdhulpen en jeugdveiligheid in 2025"),
        ("Helvetica", "voortgezet. Het krediet van € 1.250.000,- is op 23 januari 2025 door de"),
        (
            "Helvetica",
            "raad beschikbaar gesteld; we zijn gestart met de uitvoering in de gemeente-",
        ),
        ("Helvetica", "raad en in het Noord-Hollandse overleg (artikel 5.1, tweede lid)."),
    )
) + (
    (
        ("Besluit:", "Helvetica-Bold"),
        *(
            (word, "Helvetica")
            for word in "de raad stemt in met het voorstel van het college".split()
        ),
    ),
)


def word365_pdf(
    path: str | Path,
    lines: Sequence[Sequence[tuple[str, str]]] = WORD365_LINES,
    *,
    size: float = 10.0,
    letter_spacing: float = 0.0,
    space_runs: bool = False,
) -> Path:
    """One page set the way Word 365 exports it: every word a run of its own at its own x
    with the font size in the text matrix, no space characters (or, with ``space_runs``, each
    space a run of its own, which pdfium reports as a generated space), and every line but the
    last justified to the widest line's width with uneven gaps (the slack shared 1:3:2 between
    them), so the widest line keeps plain space-wide gaps. ``letter_spacing`` (in ems) spreads
    the letters of every word, as some exports shift each letter a little."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    path = Path(path)
    c = _canvas(path)
    space = stringWidth(" ", "Helvetica", size)
    widths = [
        [stringWidth(w, f, size) + letter_spacing * size * len(w) for w, f in line]
        for line in lines
    ]
    width = max(sum(ws) + space * (len(ws) - 1) for ws in widths)

    def run(x: float, y: float, text_: str, font: str) -> None:
        text = c.beginText()
        text.setTextTransform(size, 0, 0, size, x, y)
        text.setFont(font, 1)
        text.setCharSpace(letter_spacing)
        text.textOut(text_)
        c.drawText(text)

    y = A4[1] - MARGIN
    for number, line in enumerate(lines):
        gaps = [space] * (len(line) - 1)
        if gaps and number < len(lines) - 1:
            weights = [(1, 3, 2)[i % 3] for i in range(len(gaps))]
            slack = width - sum(widths[number]) - sum(gaps)
            gaps = [g + slack * w / sum(weights) for g, w in zip(gaps, weights, strict=True)]
        x = MARGIN
        for i, (word, font) in enumerate(line):
            run(x, y, word, font)
            x += widths[number][i]
            if i < len(gaps):
                if space_runs:
                    run(x, y, " ", font)
                x += gaps[i]
        y -= size * 1.5
    c.showPage()
    c.save()
    return path


# --- commitments (toezeggingen) in a decision list and in minutes ------------------------------

COMMITMENT_LIST_PAGES = (
    (
        "Besluitenlijst raadsvergadering 29 juni 2025",
        "",
        "9. Voorstel met betrekking tot de evaluatie van de programmabegroting.",
        "Wethouder Wagner zegt toe dat de raad voor 1 oktober 2025 een voorstel ontvangt voor",
        "een nieuwe planning- en controlcyclus.",
        "Naar aanleiding van de toezegging van wethouder Wagner houdt D66 het amendement aan.",
        "",
        "10. Voorstel met betrekking tot de begroting van de Veiligheidsregio.",
        "Burgemeester Schuiling geeft een toelichting en zegt toe de raad voor de zomer met een",
        "raadsinformatiebrief te informeren.",
        "De raad besluit unaniem de zienswijze vast te stellen.",
    ),
)

COMMITMENT_MINUTES_PAGES = (
    (
        "Notulen van de raad van 13 februari 2025",
        "",
        "Anna de Vries (VVD). Voorzitter. Kan de wethouder toezeggen dat de brief in Q2 komt?",
        "Als de wethouder zegt dat hij het toezegt, trekken wij de motie in.",
        "",
        "Wethouder Bakker (D66). Voorzitter. Dank voor de vragen. Ik zeg u toe dat de raad",
        "in het tweede kwartaal een brief over de kademuren krijgt.",
        "Wat ik niet kan toezeggen, is dat alle kades dit jaar klaar zijn.",
    ),
    (
        "De voorzitter. Dan geef ik het woord aan mevrouw De Vries.",
        "",
        "Wethouder Jansen (CDA). Bewoners vragen om meer groen op het plein.",
        "Dat zeg ik graag toe.",
    ),
)


# --- a meeting without agenda: a Den Haag besluitenlijst with ruled tables ----------------------

# (first column, description, decision) rows as the Den Haag besluitenlijst prints them
BESLUITENLIJST_ROWS: tuple[tuple[str, str, str], ...] = (
    ("A", "Vaststelling agenda", "Conform"),
    ("K", "Voorstel van het college inzake Nota van Uitgangspunten Hofzichtlaan (RIS319905)", ""),
    ("321232", "Amendement K.A HvDH Een deel middenhuur in woonprogramma Kornalijn", "Aangenomen"),
    ("321233", "Motie K.1 CDA Seniorenwoningen voor doorstroming Mariahoeve", "Aangenomen"),
    ("321234", "Motie K.2 CDA Voorzieningen voor de buurt", "Verworpen"),
    ("K", "Geamendeerd voorstel van het college inzake Nota van Uitgangspunten Hofzichtlaan", "Aangenomen"),
    ("P", "Blokkades A12", ""),
    ("321245", "Motie P.1 GL Demonstraties niet criminaliseren", "Verworpen"),
    ("321246", "Ingetrokken Motie P.2 GL Luister naar de rechter", "-"),
)  # fmt: skip


def besluitenlijst_pdf(
    path: str | Path,
    rows: Sequence[tuple[str, str, str]] = BESLUITENLIJST_ROWS,
    *,
    when: str = "23 januari 2025, 13.30 uur",
    place: str = "Stadhuis - raadzaal",
    after: Sequence[str] = (),
) -> Path:
    """A besluitenlijst as Den Haag publishes it: a ruled table of meeting facts ("Datum en
    tijd", "Locatie") and a ruled table "Punt / Omschrijving / Besluit" with the items, the
    motions and amendments under them (their RIS number first) and each outcome; ``after``
    are lines printed below the table, outside it (an item "NIET AAN DE ORDE GEWEEST")."""
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as RLTable

    path = Path(path)
    styles = getSampleStyleSheet()
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    cell = styles["BodyText"]
    facts = RLTable(
        [["Raad", ""], ["Datum en tijd", when], ["Locatie", place]], colWidths=[120, 340]
    )
    facts.setStyle(grid)
    listed = RLTable(
        [["Punt", "Omschrijving", "Besluit"]]
        + [[first, Paragraph(text, cell), outcome] for first, text, outcome in rows],
        colWidths=[55, 330, 75],
    )
    listed.setStyle(grid)
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    below = [Paragraph(line, cell) for line in after]
    doc.build([Paragraph("Besluitenlijst", styles["Title"]), facts, Spacer(1, 20), listed, *below])
    return path


def afdoening_letter_pdf(path: str | Path, motion_title: str, motion_ris: str | None) -> Path:
    """A college letter "Afdoening motie <titel>" that cites the motion's RIS number (or,
    with ``motion_ris`` None, only its title)."""
    cited = f" (RIS{motion_ris})" if motion_ris else ""
    return lines_pdf(
        path,
        [[
            "Gemeente Den Haag",
            "",
            f"Afdoening motie {motion_title}",
            "",
            f"In de raadsvergadering van 23 januari 2025 heeft uw raad de motie {motion_title}{cited}",
            "aangenomen. Met deze brief informeren wij u over de uitvoering van de motie.",
            "Het college heeft de gevraagde verkenning uitgevoerd en deelt de uitkomsten.",
        ]],
    )  # fmt: skip


def ris_proposal_pdf(path: str | Path, title: str, ris: str, *, decided: str | None = None) -> Path:
    """A Den Haag raadsvoorstel carrying its own RIS number ("RIS-nummer: RIS319905"), with a
    decision block and, with ``decided``, the "Aldus <decided> in de openbare raadsvergadering"
    stamp."""
    lines = [
        "Gemeente Den Haag",
        f"RIS-nummer: {ris}",
        "",
        f"Voorstel van het college inzake {title}",
        "",
        "De raad van de gemeente Den Haag,",
        "gelezen het voorstel van het college van 7 januari 2025,",
        "besluit:",
        f"I. de {title} vast te stellen.",
        "II. het college te vragen de raad jaarlijks over de uitvoering te informeren.",
    ]
    if decided:
        lines += ["", f"Aldus {decided} in de openbare raadsvergadering van 23 januari 2025."]
    return lines_pdf(path, [lines])


# --- ruled tables, drawn the ways real exports draw them -----------------------------------------


def ruled_table_pdf(
    path: str | Path,
    rows: Sequence[Sequence[str]],
    *,
    borders: str = "lines",
    widths: Sequence[float] = (),
    top: float = 120.0,
    text_before: str = "Tabel 1 hieronder geeft de bedragen per jaar.",
) -> Path:
    """One A4 page with a paragraph and a ruled table of ``rows`` (a cell may hold "\\n" for
    a second line). ``borders``: ``"lines"`` (stroked lines), ``"rects"`` (thin filled
    rectangles per cell side, as Word draws them), ``"boxes"`` (one stroked rectangle per
    cell), ``"form"`` (the lines inside a form XObject) or ``"curves"`` (closed paths)."""
    path = Path(path)
    c = _canvas(path)
    page_height = A4[1]
    columns = max(len(r) for r in rows)
    widths = list(widths) or [(A4[0] - 2 * MARGIN) / columns] * columns
    xs = [MARGIN]
    for w in widths:
        xs.append(xs[-1] + w)
    heights = [12.0 + 12.0 * max(cell.count("\n") for cell in row) + 8.0 for row in rows]
    ys = [page_height - top]
    for h in heights:
        ys.append(ys[-1] - h)
    c.setFont("Helvetica", 10)
    c.drawString(MARGIN, page_height - top + 30, text_before)
    if borders == "form":
        c.beginForm("grid")
    if borders in ("lines", "form"):
        for x in xs:
            c.line(x, ys[0], x, ys[-1])
        for y in ys:
            c.line(xs[0], y, xs[-1], y)
    elif borders == "rects":
        for x in xs:
            c.rect(x - 0.25, ys[-1], 0.5, ys[0] - ys[-1], stroke=0, fill=1)
        for y in ys:
            c.rect(xs[0], y - 0.25, xs[-1] - xs[0], 0.5, stroke=0, fill=1)
    elif borders == "boxes":
        for r in range(len(rows)):
            for k in range(columns):
                c.rect(xs[k], ys[r + 1], xs[k + 1] - xs[k], ys[r] - ys[r + 1], stroke=1, fill=0)
    elif borders == "curves":
        for r in range(len(rows)):
            for k in range(columns):
                p = c.beginPath()
                p.moveTo(xs[k], ys[r])
                p.lineTo(xs[k + 1], ys[r])
                p.lineTo(xs[k + 1], ys[r + 1])
                p.lineTo(xs[k], ys[r + 1])
                p.close()
                c.drawPath(p, stroke=1, fill=0)
    if borders == "form":
        c.endForm()
        c.doForm("grid")
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            for n, line in enumerate(cell.split("\n")):
                c.drawString(xs[k] + 4, ys[r] - 14 - 12 * n, line)
    c.showPage()
    c.save()
    return path
