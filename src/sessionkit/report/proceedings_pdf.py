"""The proceedings as PDF: every session's report as ``report/pdf.py`` lays it out (the
same builder, fonts, shaping and right-to-left), after a title page, a table of
contents and the sections across sessions.

One layout pass: the contents lines are drawn while laying out, and their page numbers
are filled in when the canvas writes its pages out (as "page X of Y" is), from the page
each bookmark landed on. Each session is a closed bookmark with its sections under it.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Frame, NextPageTemplate, PageBreak, Spacer

from sessionkit import __version__
from sessionkit.report.fonts import BASE, fonts
from sessionkit.report.pdf import (
    INK,
    _Builder,
    _Doc,
    _draw_runs,
    _numbered_canvas,
    build_in_steps,
    _page_templates,
    _warnings,
    pdf_language,
)
from sessionkit.report.proceedings import Proceedings, session_key

TOC_SIZE = 10.5


class _ProceedingsDoc(_Doc):
    """Remembers the page of every bookmark; sessions' bookmarks start closed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sk_pages: dict[str, int] = {}

    def afterFlowable(self, flowable):
        outline = getattr(flowable, "_sk_outline", None)
        if outline:
            title, key, level = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level == 0
                                      and key.startswith("p"))
            self.sk_pages.setdefault(key, self.canv.getPageNumber())


class _ContentsLine(Flowable):
    """One line of the contents, a link to its bookmark; the page number is drawn
    later, at ``slots``'s position, once known."""

    def __init__(self, text: str, key: str, slots: list):
        super().__init__()
        self.text, self.key, self.slots = text, key, slots
        self.height = TOC_SIZE * 1.75

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return self.width, self.height

    def draw(self):
        canv = self.canv
        number_w = 14 * mm
        canv.setFillColor(INK)
        _draw_runs(canv, 0, 5, self.text, TOC_SIZE, self.width - number_w)
        canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1)
        x, y = canv.absolutePosition(self.width, 5)
        self.slots.append((canv.getPageNumber(), x, y, self.key))


def _pages_filler(slots: list, pages: dict[str, int]):
    def decorate(canv) -> None:
        here = canv.getPageNumber()
        for page, x, y, key in slots:
            if page == here and key in pages:
                canv.setFont(BASE, TOC_SIZE)
                canv.setFillColor(INK)
                canv.drawRightString(x, y, str(pages[key]))
    return decorate


def _flowables(p: Proceedings, width: float, slots: list, cover: bool) -> tuple[list, _Builder]:
    page = p.page_report()
    front = _Builder(page, width)
    front.st["cover"] = ParagraphStyle("cover", parent=front.st["title"], fontSize=26,
                                       leading=32, spaceAfter=8)
    out: list = [] if cover else [Spacer(1, 60 * mm)]
    out += [front.p(p.title, "cover"), front.p(p.subtitle, "subtitle")]
    if cover:  # the template's cover page holds the title; the rest on running pages
        out += [NextPageTemplate("page")]
    out.append(PageBreak())
    out.append(front.p(p.contents_title, "h1"))
    out += [_ContentsLine(title, key, slots) for title, key in p.contents()]
    for section in p.front:
        out.append(PageBreak())
        h = front.p(section.title, "h1")
        h._sk_outline = (section.title, section.key, 0)
        out.append(h)
        for block in section.blocks:
            out.extend(front.block(block))
    for i, report in enumerate(p.sessions):
        builder = _Builder(report, width)
        builder.missing = front.missing  # one count of missing characters for the file

        key = session_key(i)
        flow = builder.flowables()
        flow[0]._sk_outline = (report.heading, key, 0)  # the session's title
        for f in flow[1:]:
            outline = getattr(f, "_sk_outline", None)
            if outline:  # a section: under its session, with a name of its own
                f._sk_outline = (outline[0], f"{key}-{outline[1]}", 1)
        out.append(PageBreak())
        out.extend(flow)
    return out, front


def render_pdf(p: Proceedings, target) -> Iterator[tuple[int, int]]:
    """Write the proceedings as PDF to ``target`` (a path or binary file), step by step,
    like ``report.pdf.render_pdf``; returns the warnings."""
    fonts()
    from reportlab.lib.pagesizes import A4, LETTER

    page = p.page_report()
    pagesize = A4 if p.options.paper == "A4" else LETTER
    margin_x, margin_top, margin_bottom = 20 * mm, 22 * mm, 20 * mm
    doc = _ProceedingsDoc(
        target if hasattr(target, "write") else str(target), pagesize=pagesize,
        leftMargin=margin_x, rightMargin=margin_x, topMargin=margin_top,
        bottomMargin=margin_bottom, title=p.title, author="SessionKit", subject=p.subtitle,
        keywords=[], creator=f"SessionKit {__version__}",
        producer=f"SessionKit {__version__} (ReportLab)", initialFontName=BASE,
        lang=pdf_language(p.options.language))
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    templates = _page_templates(page, doc, frame, pagesize, margin_x)
    doc.addPageTemplates(templates)
    slots: list = []
    flowables, front = _flowables(p, doc.width, slots, cover=len(templates) > 1)
    total = len(flowables) + 1
    yield 0, total

    canvasmaker = _numbered_canvas(language=p.options.language,
                                   decorate=_pages_filler(slots, doc.sk_pages))
    yield from build_in_steps(doc, flowables, canvasmaker, total)
    return _warnings(front)
