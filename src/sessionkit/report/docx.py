"""The DOCX renderer (python-docx): an editable report with the same sections.

Headings use Word's built-in Heading 1/2 styles (so the navigation pane and a
table of contents work); the header carries the session code and title, the
footer "page X of Y" as PAGE/NUMPAGES fields. User text only ever goes into runs
as text (python-docx escapes it), never into XML.

Paragraphs and tables are appended through :class:`_Body`, in constant time each:
python-docx's own ``add_paragraph`` looks for the body's closing ``sectPr`` from
the top on every call and ``add_row`` re-reads the table grid, which made a big
report quadratic (8,000 notes took 4× the time of 4,000).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Emu, Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from sessionkit.report import model as m
from sessionkit.report.i18n import translator
from sessionkit.report.scripts import FAMILIES, is_rtl, needs_shaping, script_of

PAPER = {"A4": (Mm(210), Mm(297)), "Letter": (Mm(215.9), Mm(279.4))}
MUTED = RGBColor(0x5B, 0x67, 0x73)
# No Latin or East Asian font names are forced: Word and LibreOffice pick their own
# default for those, which exists on the reader's machine. Text in a complex script
# (Indic, Southeast Asian, right-to-left) names its Noto face as the complex-script
# font (w:cs), which Word and LibreOffice replace with one they have when it is missing;
# a right-to-left paragraph is marked w:bidi (laid out and aligned right to left) and
# its right-to-left runs w:rtl.


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


def _segments(line: str) -> list[tuple[str, str | None, bool]]:
    """(text, complex-script family or None, right-to-left) pieces of one line."""
    out: list[tuple[str, str | None, bool]] = []
    for ch in line:
        script = script_of(ch)
        fam = FAMILIES.get(script) if script else None
        rtl = unicodedata.bidirectional(ch) in ("R", "AL")
        if out and (fam is None or fam == out[-1][1]) and (not rtl or out[-1][2]) \
                and (fam is not None or not out[-1][2] or not ch.isalpha()):
            out[-1] = (out[-1][0] + ch, out[-1][1], out[-1][2])
        else:
            out.append((ch, fam, rtl))
    return out


_RPR_ORDER = ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:color", "w:sz",
              "w:szCs", "w:highlight", "w:u", "w:vertAlign", "w:rtl", "w:cs", "w:lang")
_PPR_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                   "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                   "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                   "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _put(parent, tag: str, order: tuple[str, ...], **attrs) -> None:
    """Add a property element where the schema wants it (Word refuses a file whose
    properties are out of order)."""
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(k), v)
    parent.insert_element_before(el, *order[order.index(tag) + 1:])


def _complex_run(run, family: str | None, rtl: bool, bold: bool, size: float | None) -> None:
    """Complex-script properties: Word takes the font, bold and size of such text
    from w:cs, w:bCs and w:szCs, not from the Latin ones."""
    rpr = run._r.get_or_add_rPr()
    if family:
        _put(rpr, "w:rFonts", _RPR_ORDER, **{"w:cs": family})
    if bold:
        _put(rpr, "w:bCs", _RPR_ORDER)
    if size:
        _put(rpr, "w:szCs", _RPR_ORDER, **{"w:val": str(int(size * 2))})
    if rtl:
        _put(rpr, "w:rtl", _RPR_ORDER)


def _text(paragraph, text: str, bold: bool = False, italic: bool = False, muted: bool = False,
          size: float | None = None) -> None:
    """Add user text, keeping its line breaks as real line breaks."""
    if needs_shaping(text):
        if is_rtl(text) and not paragraph.runs:
            ppr = paragraph._p.get_or_add_pPr()
            el = OxmlElement("w:bidi")
            ppr.insert_element_before(el, *_PPR_AFTER_BIDI)
        for i, line in enumerate(text.split("\n")):
            if i:
                paragraph.add_run()._r.append(OxmlElement("w:br"))
            for piece, family, rtl in _segments(line):
                run = paragraph.add_run()
                run._r.add_t(piece)
                _format(run, bold, italic, muted, size)
                _complex_run(run, family, rtl, bold, size)
        return
    for i, line in enumerate(text.split("\n")):
        run = paragraph.add_run()
        if i:
            run._r.append(OxmlElement("w:br"))
        if line:  # one w:t for the line (Run.text would parse it character by character)
            run._r.add_t(line)
        _format(run, bold, italic, muted, size)


def _format(run, bold: bool, italic: bool, muted: bool, size: float | None) -> None:
    if bold:  # only when set: setting None still adds an empty w:rPr to every run
        run.bold = True
    if italic:
        run.italic = True
    if muted:
        run.font.color.rgb = MUTED
    if size:
        run.font.size = Pt(size)


class _Body:
    """The document body, appended to in constant time per paragraph or table."""

    def __init__(self, doc, usable_width: int):
        self.doc = doc
        self.container = doc._body  # the BlockItemContainer python-docx's objects expect
        self.element = doc.element.body
        self.usable = usable_width
        self._style_ids: dict[str, str] = {}

    def style_id(self, name: str) -> str:
        """Styles are looked up by name once per document, not once per paragraph."""
        if name not in self._style_ids:
            self._style_ids[name] = self.doc.styles[name].style_id
        return self._style_ids[name]

    def _append(self, el) -> None:
        # Before the body's closing section properties, which stay last; the
        # element is held here instead of being searched for on every append.
        sect = getattr(self, "_sect", None)
        if sect is None:
            sect = self._sect = self.element.sectPr
        if sect is not None:
            sect.addprevious(el)
        else:
            self.element.append(el)

    def paragraph(self, style: str | None = None) -> Paragraph:
        p = OxmlElement("w:p")
        self._append(p)
        if style:
            p.style = self.style_id(style)
        return Paragraph(p, self.container)

    def heading(self, level: int) -> Paragraph:
        return self.paragraph("Title" if level == 0 else f"Heading {level}")

    def table(self, rows: int, cols: int) -> Table:
        tbl = CT_Tbl.new_tbl(rows, cols, Emu(self.usable))
        self._append(tbl)
        return Table(tbl, self.container)


# -- column widths ----------------------------------------------------------------------

CELL_PT = 9  # the table text size
CELL_PADDING_PT = 2 * 5.4 + 3  # Table Grid's left and right cell margins, and a little air
NAME_SHARE = 0.45  # a names column may take up to this share of the width to keep names whole


def _char_em(ch: str) -> float:
    if unicodedata.east_asian_width(ch) in "WF":
        return 1.0  # Hangul, kana, ideographs: a full em
    if ch == " ":
        return 0.32
    # wide enough for DejaVu, the widest of the usual defaults (LibreOffice on Linux)
    return 0.72 if ch.isupper() else 0.62


def _text_pt(text: str, size: float = CELL_PT) -> float:
    """A generous estimate of a line's printed width in the reader's own font (we do
    not pick one): too narrow a column breaks a name, a little too wide costs little."""
    return sum(_char_em(ch) for ch in text) * size


def _widest_word(text: str) -> float:
    """The widest piece a line can never be broken inside (Latin breaks at spaces and
    hyphens only; a Korean name between spaces is kept whole as well)."""
    words = re.split(r"\s+|(?<=-)", text)
    return max((_text_pt(w) for w in words if w), default=0.0)


def column_widths(b: m.Table, usable: int) -> list[int]:
    """Widths in EMU: the model's relative widths, widened where a word or (in the
    name columns) a whole name would not fit, taken from the columns with room."""
    total = sum(b.widths)
    base = [usable * w / total for w in b.widths]
    pt = 12700  # EMU per point
    cols = range(len(b.columns))
    lines = [[line for row in [b.columns, *b.rows] for line in row[c].split("\n")]
             for c in cols]
    floor = [min(CELL_PADDING_PT * pt + max(map(_widest_word, lines[c]), default=0) * pt,
                 usable / 2) for c in cols]
    want = list(floor)
    for c in b.keep_whole:
        whole = CELL_PADDING_PT * pt + max(map(_text_pt, lines[c]), default=0) * pt
        want[c] = max(floor[c], min(whole, usable * NAME_SHARE))
    widths = [max(base[c], want[c]) for c in cols]
    excess = sum(widths) - usable
    if excess > 0:  # give it back from the columns wider than they need
        room = [max(widths[c] - want[c], 0.0) for c in cols]
        if sum(room) > 0:
            take = min(excess, sum(room))
            widths = [widths[c] - take * room[c] / sum(room) for c in cols]
        excess = sum(widths) - usable
        if excess > 0:  # still too wide: everything shrinks in proportion
            widths = [w * usable / sum(widths) for w in widths]
    return [int(w) for w in widths]


def _table(body: _Body, b: m.Table) -> None:
    table = body.table(len(b.rows) + 1, len(b.columns))
    table.style = body.doc.styles["Table Grid"]
    table.autofit = False  # fixed layout: Word and LibreOffice keep the widths set here
    widths = column_widths(b, body.usable)
    tbl = table._tbl
    for col, w in zip(tbl.tblGrid.gridCol_lst, widths):
        col.w = Emu(w)
    for r, (tr, values) in enumerate(zip(tbl.tr_lst, [b.columns, *b.rows])):
        if r == 0:  # repeat the header row on each page
            header = OxmlElement("w:tblHeader")
            header.set(qn("w:val"), "true")
            tr.get_or_add_trPr().append(header)
        for tc, value, w in zip(tr.tc_lst, values, widths):
            tc.width = Emu(w)
            _text(_Cell(tc, table).paragraphs[0], value, bold=r == 0, size=CELL_PT)
    body.paragraph()


def _picture(body: _Body, b: m.Picture) -> None:
    """The drawing as a PNG (Pillow; see report.pictures), its text equivalent below;
    the picture's alternative text (Word's "Alt Text") is the text equivalent too."""
    import io

    from sessionkit.report.pictures import to_png

    _text(body.heading(2), b.title)
    width_pt = body.usable / 12700
    png = to_png(b, width_pt)
    run = body.paragraph().add_run()
    # full width; a drawing taller than most of a page (sixty agenda items) by height
    high = int.from_bytes(png[20:24], "big") / int.from_bytes(png[16:20], "big") \
        * body.usable > Mm(200)
    size = {"height": Mm(200)} if high else {"width": Emu(body.usable)}
    shape = run.add_picture(io.BytesIO(png), **size)
    doc_pr = shape._inline.docPr
    doc_pr.set("title", b.title)
    doc_pr.set("descr", "\n".join(b.text))
    for line in b.text:
        _text(body.paragraph(), line, italic=True, muted=True)


def _block(body: _Body, b: m.Block) -> None:
    if isinstance(b, m.Subheading):
        _text(body.heading(2), b.text)
    elif isinstance(b, m.Para):
        _text(body.paragraph(), b.text, italic=b.style == "intro", muted=b.style == "intro")
    elif isinstance(b, m.Facts):
        for label, value in b.items:
            p = body.paragraph()
            p.paragraph_format.space_after = Pt(2)
            _text(p, f"{label}: ", bold=True)
            _text(p, value)
    elif isinstance(b, m.Bullets):
        for item in b.items:
            _text(body.paragraph("List Bullet"), item)
    elif isinstance(b, m.Table):
        _table(body, b)
    elif isinstance(b, m.Notes):
        for n in b.notes:
            head = body.paragraph()
            head.paragraph_format.space_after = Pt(0)
            head.paragraph_format.keep_with_next = True
            _text(head, n.header(), muted=True, size=8)
            para = body.paragraph()
            para.paragraph_format.left_indent = Mm(3)
            _text(para, n.text)
    elif isinstance(b, m.Picture):
        _picture(body, b)
    else:
        raise TypeError(f"unknown report block {type(b).__name__}")


def _svg_png(logo) -> bytes | None:
    """An SVG logo as a PNG for Word: drawn by svglib as a one-page PDF, then rasterised
    by PDFium (already bundled for the preview; ReportLab's renderPM needs Cairo)."""
    try:
        import pypdfium2 as pdfium
        from reportlab.graphics import renderPDF

        from sessionkit.report.template import svg_drawing

        pdf = renderPDF.drawToString(svg_drawing(logo.data, logo.name))
        scale = min(240 / logo.height, 1600 / logo.width, 20.0)  # ~8 mm high at 760 dpi
        document = pdfium.PdfDocument(pdf)
        try:
            image = document[0].render(scale=scale).to_pil()
        finally:
            document.close()
        out = io.BytesIO()
        image.save(out, format="PNG")
        return out.getvalue()
    except Exception:  # a drawing or rasterising failure must not stop the report
        return None


def _template_header(doc, sec, paragraph, template) -> None:
    """The organisation's look in the header: the logo (one image part, shown on every
    page since the header is), the organisation and header text in the accent colour;
    headings in the accent colour."""
    accent = RGBColor.from_string(template.accent[1:].upper())
    for name in ("Heading 1", "Title"):
        doc.styles[name].font.color.rgb = accent
    if template.logo is not None:
        height = Mm(8)
        width = min(int(height * template.logo.aspect()), Mm(40))
        data = _svg_png(template.logo) if template.logo.kind == "svg" else template.logo.data
        if data is not None:  # an SVG that could not be rasterised: the name alone
            paragraph.add_run().add_picture(io.BytesIO(data), width=Emu(width))
            paragraph.add_run("  ")
    line = " · ".join(t for t in (template.organisation, template.header) if t)
    if line:
        start = len(paragraph.runs)
        _text(paragraph, line, size=8)
        for run in paragraph.runs[start:]:
            run.font.color.rgb = accent


def render_docx(report: m.Report, target: Path) -> Iterator[tuple[int, int]]:
    total = len(report.sections) + 2
    yield 0, total
    doc, body = _document(report)
    _text(body.heading(0), report.heading)
    _text(body.paragraph(), report.subtitle, muted=True)
    yield 1, total
    for i, section in enumerate(report.sections, 2):
        _text(body.heading(1), section.title)
        for b in section.blocks:
            _block(body, b)
        yield i, total
    doc.save(str(target))
    yield total, total
    return []


def _prop(text: str) -> str:
    """A document property, cut to the 255 characters Word's core properties hold."""
    text = text or ""
    return text if len(text) <= 255 else text[:254] + "…"


def _document(report: m.Report) -> tuple:
    """A new document with the report's page, header, footer and properties, and its
    body to append to (the proceedings start from the same page)."""
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)

    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = PAPER[report.options.paper]
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(20)
    template = report.options.template
    head = sec.header.paragraphs[0]
    if template is not None:
        _template_header(doc, sec, head, template)
        head = sec.header.add_paragraph()
    _text(head, f"{report.code} · {report.title}" if report.code else report.title,
          muted=True, size=8)
    if template is not None and template.footer:
        _text(sec.footer.paragraphs[0], template.footer, muted=True, size=7.5)
        sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        sec.footer.add_paragraph()
    foot = sec.footer.paragraphs[-1]
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

    # (the file's properties hold at most 255 characters each: python-docx refuses
    # more, and a session title or a --title can be longer; the page shows it whole)
    props = doc.core_properties
    props.title = _prop(report.heading)
    props.author = _prop(report.author)
    props.subject = _prop(report.subject)
    props.keywords = _prop(", ".join(report.keywords))
    props.comments = "Made by SessionKit"

    return doc, _Body(doc, sec.page_width - sec.left_margin - sec.right_margin)
