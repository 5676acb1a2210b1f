"""The fast engine (pypdfium2) against the pdfplumber reference."""

from __future__ import annotations

import pytest

from raadsassistent.extract import extract_document


def test_engines_give_the_same_passages(sample_pdfs, shared):
    from raadsassistent.segment import segment_document

    pdfs = [*sample_pdfs, *sorted((shared / "corpus/misc").glob("*.pdf"))]
    for pdf in pdfs:
        fast = segment_document(extract_document(pdf, engine="pdfium"))
        reference = segment_document(extract_document(pdf, engine="pdfplumber"))
        assert [s.heading for s in fast.sections] == [s.heading for s in reference.sections]
        assert [p.text for p in fast.passages] == [p.text for p in reference.passages], pdf.name
        assert [t.rows for t in fast.tables] == [t.rows for t in reference.tables], pdf.name


# --- ruled tables without a pdfminer parse ---------------------------------------------------

TABLE_ROWS = [
    ("Jaar", "Bedrag", "Toelichting"),
    ("2026", "€ 1.250.000", "Eerste fase\nbouwrijp maken"),
    ("2027", "€ 2.400.000", "Bouw kindcentrum"),
    ("Totaal", "€ 3.650.000", ""),
]


def _both_ways(pdf_path, number: int = 1):
    """(pdfium tables or None, pdfplumber tables) of one page."""
    import pdfplumber
    import pypdfium2

    from raadsassistent.pdfium import read_ruled_tables
    from raadsassistent.plumber import read_tables

    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        page = pdf[number - 1]
        textpage = page.get_textpage()
        text = textpage.get_text_range(0, textpage.count_chars())
        fast = read_ruled_tables(page, textpage, text, number)
        textpage.close()
        page.close()
    finally:
        pdf.close()
    with pdfplumber.open(pdf_path) as reference:
        plumber_page = reference.pages[number - 1]
        slow = read_tables(plumber_page, number)
        plumber_page.close()
    return fast, slow


def _same_tables(fast, slow) -> bool:
    """Equal rows, and boxes equal up to pdfium's single-precision coordinates."""
    return [t.rows for t in fast] == [t.rows for t in slow] and all(
        max(abs(a - b) for a, b in zip(f.bbox, s.bbox, strict=True)) < 0.001
        for f, s in zip(fast, slow, strict=True)
    )


@pytest.mark.parametrize("borders", ["lines", "rects", "boxes", "curves"])
def test_ruled_tables_from_pdfium_equal_pdfplumbers(tmp_path, borders):
    from pdfs import ruled_table_pdf

    pdf = ruled_table_pdf(tmp_path / f"{borders}.pdf", TABLE_ROWS, borders=borders)
    fast, slow = _both_ways(pdf)
    assert [t.rows for t in slow] == [
        (
            ("Jaar", "Bedrag", "Toelichting"),
            ("2026", "€ 1.250.000", "Eerste fase bouwrijp maken"),
            ("2027", "€ 2.400.000", "Bouw kindcentrum"),
            ("Totaal", "€ 3.650.000", ""),
        )
    ]
    assert fast is not None
    assert _same_tables(fast, slow)


def test_a_table_drawn_in_a_form_is_left_to_pdfplumber(tmp_path):
    from pdfs import ruled_table_pdf

    pdf = ruled_table_pdf(tmp_path / "form.pdf", TABLE_ROWS, borders="form")
    fast, slow = _both_ways(pdf)
    assert fast is None  # the form's matrix is not mirrored: pdfplumber reads this page
    assert len(slow) == 1
    fast_rows = [t.rows for page in extract_document(pdf).pages for t in page.tables]
    reference = extract_document(pdf, engine="pdfplumber")
    assert fast_rows == [t.rows for page in reference.pages for t in page.tables] != []


def test_a_framed_paragraph_is_no_table_either_way(tmp_path):
    from pdfs import ruled_table_pdf

    pdf = ruled_table_pdf(tmp_path / "frame.pdf", [("Alleen een kader om deze tekst",)] * 2)
    fast, slow = _both_ways(pdf)
    assert fast == slow == []


@pytest.mark.slow
def test_real_tables_equal_pdfplumbers(denhaag):
    """Every page of two real meetings that may hold a ruled table (the besluitenlijsten are
    all tables; raadsvoorstellen carry budget tables): where the pdfium path answers, its
    tables equal pdfplumber's exactly; it answers on at least 90% of those pages."""
    import pypdfium2
    import pypdfium2.raw as raw

    from raadsassistent.pdfium import MIN_TABLE_PATHS

    answered = left = tables = 0
    differing = []
    for pdf_path in sorted([*denhaag.glob("1259560/*.pdf"), *denhaag.glob("1259650/*.pdf")]):
        pdf = pypdfium2.PdfDocument(str(pdf_path))
        candidates = []
        for index in range(len(pdf)):
            page = pdf[index]
            paths = sum(o.type == raw.FPDF_PAGEOBJ_PATH for o in page.get_objects(max_depth=1))
            page.close()
            if paths >= MIN_TABLE_PATHS:
                candidates.append(index + 1)
        pdf.close()
        for number in candidates:
            fast, slow = _both_ways(pdf_path, number)
            tables += len(slow)
            if fast is None:
                left += 1
            elif _same_tables(fast, slow):
                answered += 1
            else:
                differing.append((pdf_path.name, number))
    assert tables >= 50
    assert differing == []
    assert answered >= 0.9 * (answered + left), (answered, left)


def test_untyped_calls_answer_as_pypdfium2(sample_pdfs):
    """The character loop's untyped pdfium calls give what pypdfium2's typed ones give."""
    import ctypes

    import pypdfium2
    import pypdfium2.raw as raw

    from raadsassistent.pdfium import _RECT, _fast_calls

    calls = _fast_calls()
    pdf = pypdfium2.PdfDocument(str(sample_pdfs[0]))
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        handle = textpage.raw
        untyped = ctypes.cast(handle, ctypes.c_void_p)
        rect = raw.FS_RECTF()
        at = ctypes.c_void_p(ctypes.addressof(rect))
        count = textpage.count_chars()
        assert count > 100
        for i in range(count):
            assert calls.box(untyped, i, at) == 1
            left, top, right, bottom = _RECT.unpack_from(rect)
            assert (left, bottom, right, top) == textpage.get_charbox(i, loose=True)
            assert calls.is_generated(untyped, i) == raw.FPDFText_IsGenerated(handle, i)
            assert calls.map_error(untyped, i) == raw.FPDFText_HasUnicodeMapError(handle, i)
            assert calls.angle(untyped, i) == raw.FPDFText_GetCharAngle(handle, i)
            typed = raw.FPDFText_GetTextObject(handle, i)
            expected = ctypes.cast(typed, ctypes.c_void_p).value if typed else None
            assert calls.text_object(untyped, i) == expected
            assert calls.font_size(untyped, i) == raw.FPDFText_GetFontSize(handle, i)
            ours, theirs = raw.FS_MATRIX(), raw.FS_MATRIX()
            assert calls.matrix(untyped, i, ctypes.c_void_p(ctypes.addressof(ours))) == (
                raw.FPDFText_GetMatrix(handle, i, theirs)
            )
            assert bytes(ours) == bytes(theirs)
            name, flags = ctypes.create_string_buffer(256), ctypes.c_int()
            length = calls.font_info(
                untyped, i, ctypes.c_void_p(ctypes.addressof(name)), ctypes.c_ulong(256),
                ctypes.c_void_p(ctypes.addressof(flags)),
            )  # fmt: skip
            typed_name, typed_flags = ctypes.create_string_buffer(256), ctypes.c_int()
            assert length == raw.FPDFText_GetFontInfo(
                handle, i, typed_name, 256, ctypes.byref(typed_flags)
            )
            assert (name.raw, flags.value) == (typed_name.raw, typed_flags.value)
        textpage.close()
        page.close()
    finally:
        pdf.close()


@pytest.mark.slow
def test_a_hyphen_written_as_code_2_keeps_the_page_off_pdfminer(denhaag):
    """Word fonts that write a line-break hyphen as code 2 (pdfium's "\\ufffe", pdfminer's
    "-") sent these two table pages to a full pdfminer parse (1.3 s of the meeting's 10 s);
    pdfium now reads their tables, equal to pdfplumber's."""
    folder = denhaag / "1259560"
    pages = [
        ("notulen-15241392-ris321576-notulen-van-de-raad-van-23-januari-2025.pdf", 8, 3),
        (
            "raadsvoorstel-15119282-20250123-ris320293-voorstel-van-het-college-inzake-"
            "voorontwerp-herinrichting-pletterijkade-incl-2.pdf",
            16,
            1,
        ),
    ]
    for name, number, count in pages:
        fast, slow = _both_ways(folder / name, number)
        assert fast is not None, name
        assert len(slow) == count
        assert _same_tables(fast, slow), name
