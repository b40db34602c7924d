"""The PDF renderer (ReportLab), over the report model.

User text is escaped exactly once, here, where it becomes ReportLab markup
(:func:`markup`): ``xml.sax.saxutils.escape`` on each run, then the run is wrapped
in a ``<font name=…>`` tag naming one of our registered fonts. Markup itself only
ever comes from this module, so a note reading ``<img src="/etc/passwd"/>`` prints
those characters and reads no file.

Rendering is a generator (:func:`render_pdf`) that yields (done, total) after each
flowable, so an export can report progress and be cancelled between steps.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from sessionkit import __version__
from sessionkit.report import model as m
from sessionkit.report.fonts import BASE, BASE_BOLD, LATIN_FACES, MissingGlyphs, fonts, runs
from sessionkit.report.i18n import translator
from sessionkit.report.shaping import ShapedPara, draw_run, layout, needs_shaping


def _cached_widths():
    """ReportLab measures every word of every paragraph with ``stringWidth``, again for
    each time the same text is laid out (a note printed in its session, then in the
    digest or the actions table; a paragraph re-wrapped at a page break), and the
    bundled faces' widths never change once registered: remember them. Only plain
    ``str`` is remembered: a shaped string (a ``str`` subclass carrying its glyph
    advances) equals its plain text but does not measure the same."""
    from functools import lru_cache

    from reportlab.platypus import paragraph

    measure = pdfmetrics.stringWidth
    if getattr(measure, "sk_cached", False):
        return measure

    @lru_cache(maxsize=1 << 17)
    def known(text, font_name, font_size, encoding):
        return measure(text, font_name, font_size, encoding)

    def string_width(text, fontName, fontSize, encoding="utf8"):
        if type(text) is str:
            return known(text, fontName, fontSize, encoding)
        return measure(text, fontName, fontSize, encoding)

    string_width.sk_cached = True
    # the paragraph module took its own reference when imported; the canvas and the
    # rest look it up on pdfmetrics
    pdfmetrics.stringWidth = paragraph.stringWidth = string_width
    return string_width


stringWidth = _cached_widths()

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6773")
ACCENT = colors.HexColor("#1f5f8b")
RULE = colors.HexColor("#c9d3dc")
SHADE = colors.HexColor("#eef3f7")



NOTE_HEAD_SIZE = 8
PICTURE_MAX_HEIGHT = 560  # points: a drawing and its title always fit one page's frame


def _styles(accent=ACCENT, face: tuple[str, str] = (BASE, BASE_BOLD)
            ) -> dict[str, ParagraphStyle]:
    regular, bold = face  # the Latin text's face: the template's choice
    base = ParagraphStyle("body", fontName=regular, fontSize=10, leading=14, textColor=INK,
                          spaceAfter=5, alignment=TA_LEFT, splitLongWords=1, allowWidows=0)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=18,
                                leading=23, textColor=INK, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=15,
                                   textColor=MUTED, spaceAfter=12),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=14, leading=18,
                             textColor=accent, spaceBefore=12, spaceAfter=6, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=11, leading=15,
                             spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "body": base,
        "intro": ParagraphStyle("intro", parent=base, textColor=MUTED, spaceAfter=4,
                                keepWithNext=1),
        "label": ParagraphStyle("label", parent=base, fontName=bold, fontSize=9,
                                leading=12.5, textColor=MUTED, spaceAfter=0),
        "value": ParagraphStyle("value", parent=base, fontSize=10, leading=13.5, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
        "cellhead": ParagraphStyle("cellhead", parent=base, fontName=bold, fontSize=8.5,
                                   leading=11, spaceAfter=0),
        "notehead": ParagraphStyle("notehead", parent=base, fontSize=8, leading=10.5,
                                   textColor=MUTED, spaceBefore=4, spaceAfter=1,
                                   keepWithNext=1),
        "note": ParagraphStyle("note", parent=base, leftIndent=8, firstLineIndent=-8,
                               spaceBefore=2, spaceAfter=4),
        # a very long note is laid out in pieces (see _chunks), printed as one block
        "notemid": ParagraphStyle("notemid", parent=base, leftIndent=8, firstLineIndent=-8,
                                  spaceBefore=2, spaceAfter=0),
        "notecontmid": ParagraphStyle("notecontmid", parent=base, leftIndent=8, spaceAfter=0),
        "notecont": ParagraphStyle("notecont", parent=base, leftIndent=8, spaceAfter=4),
    }


class _Para(Paragraph):
    """A paragraph that, asked again for the width it was last laid out at, answers from
    that layout. A table lays each cell out to measure its row, again to draw it, and
    again for the rest of the table after a page break; a frame asks again after a
    split. A paragraph's lines depend only on its width, so the answer is the same."""

    _sk_wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth, availHeight):
        last = self._sk_wrapped
        # (a refused split forgets the lines: lay out again then)
        if last is not None and last[0] == availWidth and "blPara" in self.__dict__:
            return last[1]
        size = super().wrap(availWidth, availHeight)
        self._sk_wrapped = (availWidth, size)
        return size


CELL_LIMIT, CELL_PREVIEW = 1500, 300  # characters in a table cell
CHUNK = 2000  # characters: ReportLab re-wraps the rest of a paragraph at each page break


def _chunks(text: str, size: int = CHUNK) -> list[str]:
    """Cut a very long text into pieces of about ``size`` characters, at a line break
    or a space when there is one, so that laying it out stays linear in its length."""
    if len(text) <= 2 * size:
        return [text]
    out = []
    while len(text) > 2 * size:
        cut = text.rfind("\n", size // 2, size)
        if cut < 0:
            cut = text.rfind(" ", size // 2, size)
        if cut < 0:
            cut = size
            out.append(text[:cut])
            text = text[cut:]
        else:
            out.append(text[:cut])
            text = text[cut + 1:]
    out.append(text)
    return out


def markup(text: str, bold: bool = False, missing: MissingGlyphs | None = None) -> str:
    """Plain user text to ReportLab paragraph markup: the one place it is escaped."""
    base = BASE_BOLD if bold else BASE
    parts = []
    for font, chunk in runs(text, bold, missing):
        lines = chunk.split("\n")
        esc = "<br/>".join(escape(line) for line in lines)
        parts.append(esc if font == base else f'<font name="{font}">{esc}</font>')
    return "".join(parts)


class _Builder:
    def __init__(self, report: m.Report, width: float):
        self.report = report
        self.width = width
        self.tr = translator(report.options.language)
        template = report.options.template
        self.accent = colors.HexColor(template.accent) if template else ACCENT
        self.face = LATIN_FACES[template.font] if template else (BASE, BASE_BOLD)
        self.st = _styles(self.accent, self.face)
        self.missing = MissingGlyphs()

    def p(self, text: str, style: str, bold: bool | None = None) -> Paragraph:
        st = self.st[style]
        if bold is None:
            bold = st.fontName == self.face[1]
        if needs_shaping(text):  # Indic, Southeast Asian, right-to-left: see shaping.py
            return ShapedPara([(text, st.fontSize, st.leading, st.textColor)], st,
                              self._runs_of(bold))
        return _Para(markup(text, bold, self.missing), st)

    def _runs_of(self, bold: bool):
        return lambda text: runs(text, bold, self.missing)

    def facts_table(self, items: list[tuple[str, str]]) -> Table:
        rows = [[self.p(label, "label"), self.p(value, "value")] for label, value in items]
        t = Table(rows, colWidths=[32 * mm, self.width - 32 * mm], hAlign="LEFT",
                  splitInRow=1)
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), BASE),  # tables set it even for Paragraphs
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
        return t

    def flowables(self) -> list:
        r = self.report
        out: list = [self.p(r.heading, "title"), self.p(r.subtitle, "subtitle")]
        for section in r.sections:
            out.append(CondPageBreak(40 * mm))
            h = self.p(section.title, "h1")
            h._sk_outline = (section.title, f"s-{section.key}", 0)
            out.append(h)
            for block in section.blocks:
                out.extend(self.block(block))
        return out

    def block(self, b: m.Block) -> list:
        if isinstance(b, m.Subheading):
            return [self.p(b.text, "h2")]
        if isinstance(b, m.Para):
            return [self.p(chunk, "intro" if b.style == "intro" else "body")
                    for chunk in _chunks(b.text)]
        if isinstance(b, m.Facts):
            out: list = []
            short: list[tuple[str, str]] = []
            for label, value in b.items + [("", None)]:
                if value is not None and len(value) <= CELL_LIMIT:
                    short.append((label, value))
                    continue
                if short:
                    out.append(self.facts_table(short))
                    short = []
                if value is not None:  # too long for a table row: label, then the text
                    out.append(self.p(label, "label"))
                    out.extend(self.p(chunk, "value") for chunk in _chunks(value))
            return out + [Spacer(1, 4)]
        if isinstance(b, m.Bullets):
            return [self.p("• " + item, "body") for item in b.items]
        if isinstance(b, m.Table):
            total = sum(b.widths)
            widths = [self.width * w / total for w in b.widths]
            data = [[self.p(c, "cellhead") for c in b.columns]]
            # A very long cell would make the table split row by row, page by page, in
            # quadratic time: print its start in the table and the whole text below it.
            overflow = []
            rows = []
            for row in b.rows:
                cells = []
                for col, c in zip(b.columns, row):
                    if len(c) > CELL_LIMIT:
                        label = f"{col} {row[0]}" if b.columns[0] == "#" else f"{row[0]}: {col}"
                        overflow.append((self.tr("{label} (in full)", label=label), c))
                        cut = c.rfind(" ", CELL_PREVIEW // 2, CELL_PREVIEW)
                        c = c[:cut if cut > 0 else CELL_PREVIEW].rstrip() \
                            + self.tr(" … (in full below the table)")
                    cells.append(self.p(c, "cell"))
                rows.append(cells)
            data += rows
            t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
            t.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), BASE),  # tables set it even for Paragraphs
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, self.accent),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]))
            out = [t, Spacer(1, 6)]
            for head, text in overflow:
                out.extend(self.block(m.Notes([m.NoteEntry(time="", kind=head, text=text)])))
            return out
        if isinstance(b, m.Notes):
            return self.notes(b)
        if isinstance(b, m.Picture):
            return self.picture(b)
        raise TypeError(f"unknown report block {type(b).__name__}")


    def picture(self, b: m.Picture) -> list:
        """The drawing (vector graphics) under its title, then its text equivalent."""
        from reportlab.platypus import KeepTogether

        from sessionkit.report.pictures import drawing

        # the text lines in their own style: "intro" keeps each with the next, which
        # chained them all to the following section and cost ReportLab much re-splitting
        st = self.st.get("picturetext") or self.st.setdefault("picturetext", ParagraphStyle(
            "picturetext", parent=self.st["intro"], fontSize=9, leading=12, spaceAfter=1.5,
            keepWithNext=0))
        d = drawing(b, self.width)
        if d.height > PICTURE_MAX_HEIGHT:  # sixty agenda items: shrunk to fit a page
            k = PICTURE_MAX_HEIGHT / d.height
            d.scale(k, k)
            d.width, d.height = d.width * k, d.height * k
        return [KeepTogether([self.p(b.title, "h2"), d, Spacer(1, 4)]),
                *(self.p(line, st.name) for line in b.text), Spacer(1, 8)]

    def notes(self, b: m.Notes) -> list:
        # one paragraph per note (header line + text): half the flowables to lay out
        st, mid, cont = self.st["note"], self.st["notemid"], self.st["notecont"]
        head_open = f'<font size="{NOTE_HEAD_SIZE}" color="#{MUTED.hexval()[2:]}">'
        out = []
        for n in b.notes:
            chunks = _chunks(n.text)
            header = n.header()
            if needs_shaping(header) or needs_shaping(n.text):
                for i, chunk in enumerate(chunks):
                    style = (st if len(chunks) == 1 else mid) if i == 0 else \
                        (cont if i == len(chunks) - 1 else self.st["notecontmid"])
                    blocks = [(header, NOTE_HEAD_SIZE, 10.5, MUTED)] if i == 0 else []
                    out.append(ShapedPara(blocks + [(chunk, style.fontSize, style.leading,
                                                     style.textColor)],
                                          style, self._runs_of(False)))
                continue
            head = f"{head_open}{markup(header, False, self.missing)}</font><br/>"
            for i, chunk in enumerate(chunks):
                style = (st if len(chunks) == 1 else mid) if i == 0 else \
                    (cont if i == len(chunks) - 1 else self.st["notecontmid"])
                out.append(_Para((head if i == 0 else "")
                                     + markup(chunk, False, self.missing), style))
        return out


def _draw_runs(canv: Canvas, x: float, y: float, text: str, size: float, max_width: float,
               align: str = "left") -> None:
    """Draw one line of user text at (x, y) in the right fonts, cut to max_width."""
    if needs_shaping(text):
        lines = layout(text.replace("\n", " "), runs, size,
                       max_width - stringWidth("…", BASE, size))
        line = lines[0]
        ellipsis = len(lines) > 1
        width = line.width + (stringWidth("…", BASE, size) if ellipsis else 0)
        x -= width if align == "right" else width / 2 if align == "center" else 0
        if ellipsis and line.rtl:  # the cut end of a right-to-left line is on the left
            canv.setFont(BASE, size)
            canv.drawString(x, y, "…")
            x += stringWidth("…", BASE, size)
        for font, chunk, level in line.runs:
            x += draw_run(canv, x, y, chunk, font, size, level % 2 == 1)
        if ellipsis and not line.rtl:
            canv.setFont(BASE, size)
            canv.drawString(x, y, "…")
        return
    pieces = []
    width = 0.0
    ellipsis = "…"
    for font, chunk in runs(text.replace("\n", " ")):
        for ch in chunk:
            w = stringWidth(ch, font, size)
            if width + w > max_width - stringWidth(ellipsis, BASE, size):
                pieces.append((BASE, ellipsis))
                width += stringWidth(ellipsis, BASE, size)
                break
            if pieces and pieces[-1][0] == font:
                pieces[-1] = (font, pieces[-1][1] + ch)
            else:
                pieces.append((font, ch))
            width += w
        else:
            continue
        break
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for font, chunk in pieces:
        canv.setFont(font, size)
        canv.drawString(x, y, chunk)
        x += stringWidth(chunk, font, size)


def _numbered_canvas(footer_size: float = 8, language: str = "en", decorate=None):
    """``decorate(canvas)``, when given, draws more on each page once every page is laid
    out (the proceedings' contents fill in their page numbers there)."""
    tr = translator(language)

    class NumberedCanvas(Canvas):
        """Draws "page X of Y" once the page count is known."""

        def __init__(self, *args, **kwargs):
            # never the base-14 Helvetica: every font in the file is embedded
            kwargs["initialFontName"] = kwargs.get("initialFontName") or BASE
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []
            self._marks: dict[int, list] = {}  # page number: bookmarks made on it

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def bookmarkPage(self, key, *args, **kwargs):
            # The PDF's pages are only made in save(), so a bookmark made now would
            # point at the first page: it is made when its page is.
            self._marks.setdefault(self._pageNumber, []).append((key, args, kwargs))

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                for key, args, kwargs in self._marks.get(self._pageNumber, ()):
                    Canvas.bookmarkPage(self, key, *args, **kwargs)
                if decorate is not None:
                    decorate(self)
                w, _h = self._pagesize
                self.setFillColor(MUTED)
                _draw_runs(self, w / 2, 10 * mm,
                           tr("page {page} of {total}", page=self._pageNumber, total=total),
                           footer_size, w, align="center")
                super().showPage()
            super().save()

    return NumberedCanvas


def pdf_language(language: str) -> str:
    """The report language as the PDF's /Lang wants it (BCP 47): ``zh_CN`` → ``zh-CN``."""
    return language.replace("_", "-")


class _Doc(BaseDocTemplate):
    def beforeDocument(self):
        # Document-level details a reader's viewer shows: the title in the title bar
        # rather than the file name, and page labels in the page box that match the
        # numbers printed in the footer ("page 3 of 7" is page label 3). /Lang comes in
        # through the canvas (lang=), so screen readers pick the right voice.
        self.canv.setViewerPreference("DisplayDocTitle", "true")
        self.canv.addPageLabel(0, style="ARABIC", start=1)

    def afterFlowable(self, flowable):
        outline = getattr(flowable, "_sk_outline", None)
        if outline:
            title, key, level = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=False)


def _logo_painter(logo):
    """A function drawing the template's logo with its bottom-left at (x, y), scaled into
    height × max_width, returning the width used (0 with no logo).

    A PNG or JPEG: one ImageReader for every page; ReportLab names an image by its
    content, so the logo is embedded once and each page refers to the same image object.
    An SVG stays vectors: drawn once into a Form XObject that every page reuses."""
    if logo is None:
        return lambda canv, x, y, height, max_width: 0.0
    if logo.kind == "svg":
        from reportlab.graphics import renderPDF

        from sessionkit.report.template import svg_drawing

        drawing = svg_drawing(logo.data, logo.name)
    else:
        image = ImageReader(io.BytesIO(logo.data))

    def draw(canv: Canvas, x: float, y: float, height: float, max_width: float) -> float:
        width = min(height * logo.aspect(), max_width)
        height = width / logo.aspect()
        if logo.kind != "svg":
            canv.drawImage(image, x, y, width, height, mask="auto")
            return width
        if not canv.hasForm("sessionkit-logo"):
            canv.beginForm("sessionkit-logo", 0, 0, logo.width, logo.height)
            renderPDF.draw(drawing, canv, 0, 0)
            canv.endForm()
        canv.saveState()
        canv.translate(x, y)
        canv.scale(width / logo.width, height / logo.height)
        canv.doForm("sessionkit-logo")
        canv.restoreState()
        return width

    return draw


def _page_templates(report: m.Report, doc: BaseDocTemplate, frame: Frame, pagesize,
                    margin_x: float) -> list[PageTemplate]:
    """The running page (header, rule, footer) and, when the template asks, the cover
    page first: the page decoration, in the template's look when there is one."""
    template = report.options.template
    header = f"{report.code} · {report.title}" if report.code else report.title
    accent = colors.HexColor(template.accent) if template else ACCENT
    draw_logo = _logo_painter(template.logo if template else None)
    logo = template.logo if template else None
    org_line = " · ".join(t for t in (template.organisation, template.header) if t) \
        if template else ""

    def on_page(canv: Canvas, d) -> None:
        w, h = d.pagesize
        canv.saveState()
        text_x = margin_x
        if logo is not None:
            text_x += draw_logo(canv, margin_x, h - 13 * mm, 8 * mm, 40 * mm) + 3 * mm
        text_w = w - margin_x - text_x - 40 * mm
        if org_line:
            canv.setFillColor(accent)
            _draw_runs(canv, text_x, h - 8.5 * mm, org_line, 8, text_w)
        canv.setFillColor(MUTED)
        _draw_runs(canv, text_x, h - 12 * mm, header, 8, text_w)
        _draw_runs(canv, w - margin_x, h - 12 * mm, report.subtitle, 8, 40 * mm, align="right")
        canv.setStrokeColor(accent if template else RULE)
        canv.setLineWidth(0.8 if template else 0.5)
        canv.line(margin_x, h - 14 * mm, w - margin_x, h - 14 * mm)
        if template and template.footer:
            canv.setFillColor(MUTED)
            _draw_runs(canv, w / 2, 14 * mm, template.footer, 7.5, w - 2 * margin_x,
                       align="center")
        canv.restoreState()

    def on_cover(canv: Canvas, d) -> None:
        w, h = d.pagesize
        canv.saveState()
        canv.setFillColor(accent)
        canv.rect(0, h - 12 * mm, w, 12 * mm, stroke=0, fill=1)
        y = h - 70 * mm
        if logo is not None:
            used = draw_logo(canv, margin_x, y, 30 * mm, w - 2 * margin_x)
            y -= 10 * mm if used else 0
        if template.organisation:
            canv.setFillColor(accent)
            _draw_runs(canv, margin_x, y, template.organisation, 14, w - 2 * margin_x)
        if template.footer:
            canv.setFillColor(MUTED)
            _draw_runs(canv, w / 2, 14 * mm, template.footer, 7.5, w - 2 * margin_x,
                       align="center")
        canv.setFillColor(accent)
        canv.rect(0, 0, w, 6 * mm, stroke=0, fill=1)
        canv.restoreState()

    cover = bool(template and template.cover)
    pages = [PageTemplate(id="page", frames=[frame], onPage=on_page, pagesize=pagesize)]
    if cover:  # the first template is the first page's: title and subtitle, mid-page
        cover_frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width,
                            pagesize[1] * 0.55 - doc.bottomMargin, id="cover",
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        pages.insert(0, PageTemplate(id="cover", frames=[cover_frame], onPage=on_cover,
                                     pagesize=pagesize))
    return pages


def render_pdf(report: m.Report, target) -> Iterator[tuple[int, int]]:
    """Write the report as PDF to ``target`` (a path or binary file), step by step.

    Yields (done, total) after each top-level flowable is laid out; the file is
    complete when the generator is exhausted. Returns the warnings (list of str).
    """
    fonts()  # register once, lazily
    pagesize = A4 if report.options.paper == "A4" else LETTER
    margin_x, margin_top, margin_bottom = 20 * mm, 22 * mm, 20 * mm
    doc = _Doc(target, pagesize=pagesize, leftMargin=margin_x, rightMargin=margin_x,
               topMargin=margin_top, bottomMargin=margin_bottom,
               title=report.heading, author=report.author, subject=report.subject,
               keywords=report.keywords, creator=f"SessionKit {__version__}",
               producer=f"SessionKit {__version__} (ReportLab)", initialFontName=BASE,
               lang=pdf_language(report.options.language))
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    pages = _page_templates(report, doc, frame, pagesize, margin_x)
    cover = len(pages) > 1
    doc.addPageTemplates(pages)
    builder = _Builder(report, doc.width)
    flowables = builder.flowables()
    if cover:
        flowables[2:2] = [NextPageTemplate("page"), PageBreak()]
    total = len(flowables) + 1
    yield 0, total

    canvasmaker = _numbered_canvas(language=report.options.language)
    yield from build_in_steps(doc, flowables, canvasmaker, total)
    return _warnings(builder)


def build_in_steps(doc, flowables: list, canvasmaker, total: int) -> Iterator[tuple[int, int]]:
    """``BaseDocTemplate.build``, one top-level flowable at a time (see
    reportlab.platypus.doctemplate), yielding (done, total) at most ~200 times; the
    file is complete when it is exhausted. Shared by the report and the proceedings."""
    steps = getattr(doc, "_startBuild", None) and getattr(doc, "handle_flowable", None)
    if not steps:  # a ReportLab without the step-by-step hooks: build in one go
        doc.build(flowables, canvasmaker=canvasmaker)
        yield total, total
        return
    doc._startBuild(None, canvasmaker)
    canv = doc.canv
    saved_info = canv._doc.info
    canv._doctemplate = doc
    canv.showOutline()
    shown = 0
    try:
        while flowables:
            doc.clean_hanging()
            doc.handle_flowable(flowables)
            done = total - 1 - len(flowables)
            if done * 200 // total > shown * 200 // total:
                shown = done
                yield done, total
    finally:
        del canv._doctemplate
    canv._doc.info = saved_info
    doc._endBuild()
    yield total, total


def _warnings(builder: _Builder) -> list[str]:
    w = builder.missing.warning()
    return [w] if w else []
