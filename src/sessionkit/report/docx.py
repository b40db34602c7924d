"""The DOCX renderer (python-docx): an editable report with the same sections.

Headings use Word's built-in Heading 1/2 styles (so the navigation pane and a
table of contents work); the header carries the session code and title, the
footer "page X of Y" as PAGE/NUMPAGES fields. User text only ever goes into runs
as text (python-docx escapes it), never into XML.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from sessionkit.report import model as m
from sessionkit.report.i18n import translator

PAPER = {"A4": (Mm(210), Mm(297)), "Letter": (Mm(215.9), Mm(279.4))}
MUTED = RGBColor(0x5B, 0x67, 0x73)
# No font names are forced: Word and LibreOffice pick their own default for each
# script (Latin, East Asian), which exists on the reader's machine.


def _field(paragraph, instr: str, size: float | None = None) -> None:
    run = paragraph.add_run()
    run.font.color.rgb = MUTED
    if size:
        run.font.size = Pt(size)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instr} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, text, sep, shown, end):
        run._r.append(el)


def _text(paragraph, text: str, bold: bool = False, italic: bool = False, muted: bool = False,
          size: float | None = None) -> None:
    """Add user text, keeping its line breaks as real line breaks."""
    for i, line in enumerate(text.split("\n")):
        run = paragraph.add_run(line)
        if i:
            run._r.insert(0, OxmlElement("w:br"))
        run.bold = bold or None
        run.italic = italic or None
        if muted:
            run.font.color.rgb = MUTED
        if size:
            run.font.size = Pt(size)


def _block(doc, b: m.Block) -> None:
    if isinstance(b, m.Subheading):
        _text(doc.add_heading(level=2), b.text)
    elif isinstance(b, m.Para):
        _text(doc.add_paragraph(), b.text, italic=b.style == "intro", muted=b.style == "intro")
    elif isinstance(b, m.Facts):
        for label, value in b.items:
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            _text(p, f"{label}: ", bold=True)
            _text(p, value)
    elif isinstance(b, m.Bullets):
        for item in b.items:
            _text(doc.add_paragraph(style="List Bullet"), item)
    elif isinstance(b, m.Table):
        table = doc.add_table(rows=1, cols=len(b.columns))
        table.style = "Table Grid"
        table.autofit = False
        total = sum(b.widths)
        usable = doc.sections[0].page_width - doc.sections[0].left_margin \
            - doc.sections[0].right_margin
        for col, w in zip(table.columns, b.widths):
            col.width = int(usable * w / total)
        for cell, title, w in zip(table.rows[0].cells, b.columns, b.widths):
            cell.width = int(usable * w / total)
            _text(cell.paragraphs[0], title, bold=True, size=9)
        # repeat the header row on each page
        trpr = table.rows[0]._tr.get_or_add_trPr()
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        trpr.append(header)
        for row in b.rows:
            cells = table.add_row().cells
            for cell, value, w in zip(cells, row, b.widths):
                cell.width = int(usable * w / total)
                _text(cell.paragraphs[0], value, size=9)
        doc.add_paragraph()
    elif isinstance(b, m.Notes):
        for n in b.notes:
            head = doc.add_paragraph()
            head.paragraph_format.space_after = Pt(0)
            head.paragraph_format.keep_with_next = True
            _text(head, n.header(), muted=True, size=8)
            body = doc.add_paragraph()
            body.paragraph_format.left_indent = Mm(3)
            _text(body, n.text)
    else:
        raise TypeError(f"unknown report block {type(b).__name__}")


def render_docx(report: m.Report, target: Path) -> Iterator[tuple[int, int]]:
    total = len(report.sections) + 2
    yield 0, total
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)

    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = PAPER[report.options.paper]
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(20)
    head = sec.header.paragraphs[0]
    _text(head, f"{report.code} · {report.title}" if report.code else report.title,
          muted=True, size=8)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # "page {page} of {total}" in the report language, with live PAGE/NUMPAGES fields
    pattern = translator(report.options.language)("page {page} of {total}")
    for piece in re.split(r"(\{page\}|\{total\})", pattern):
        if piece == "{page}":
            _field(foot, "PAGE", 8)
        elif piece == "{total}":
            _field(foot, "NUMPAGES", 8)
        elif piece:
            _text(foot, piece, muted=True, size=8)

    props = doc.core_properties
    props.title = report.heading
    props.author = report.author
    props.subject = report.subject
    props.keywords = ", ".join(report.keywords)
    props.comments = "Made by SessionKit"

    _text(doc.add_heading(level=0), report.heading)
    _text(doc.add_paragraph(), report.subtitle, muted=True)
    yield 1, total
    for i, section in enumerate(report.sections, 2):
        _text(doc.add_heading(level=1), section.title)
        for b in section.blocks:
            _block(doc, b)
        yield i, total
    doc.save(str(target))
    yield total, total
    return []
