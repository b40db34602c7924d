"""The run in pictures: the report model's :class:`~sessionkit.report.model.Picture`
blocks drawn with ReportLab's graphics (Qt-free), for the three formats.

- :func:`drawing` gives a ``reportlab.graphics.shapes.Drawing`` (a flowable: the PDF
  prints it as vector graphics);
- :func:`to_svg` gives the same drawing as SVG (the Markdown links it), written
  directly (see there);
- :func:`to_png` rasterises it with Pillow, which ReportLab already depends on (the
  DOCX embeds it). ReportLab's own bitmap renderer (renderPM) needs rlPyCairo or the
  old _renderPM extension, which are not installed with it, so it is not used.

Drawings are greys and patterns only, never colour alone: planned is a light grey
bar, actual a mid grey one, an overrun is hatched; outcome statuses differ by fill
and pattern and are also written beside the bar. They print legibly in black and
white. Text is split into font runs like the rest of the PDF (report.fonts), so CJK
names print in the bundled faces; scripts that need shaping print unshaped here
(their text equivalent below the picture is shaped as usual).
"""

from __future__ import annotations

import io
from functools import lru_cache

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from sessionkit.report import model as m
from sessionkit.report.fonts import BASE, FACES, fonts, runs

INK = colors.HexColor("#222222")
GRID = colors.HexColor("#b8b8b8")
PLANNED = colors.HexColor("#e4e4e4")  # light grey
ACTUAL = colors.HexColor("#8e8e8e")  # mid grey: a clear step from planned in grey print
DARK = colors.HexColor("#5a5a5a")
WHITE = colors.white

LABEL_SIZE = 7.5
SMALL = 6.5


# -- text --------------------------------------------------------------------------

def _text_width(text: str, size: float, bold: bool = False) -> float:
    return sum(stringWidth(chunk, font, size) for font, chunk in runs(text, bold))


def _fit(text: str, size: float, width: float) -> str:
    """``text`` cut with "…" to fit ``width`` points."""
    text = " ".join(text.split())
    if _text_width(text, size) <= width:
        return text
    limit, used, kept = width - _text_width("…", size), 0.0, []
    for font, chunk in runs(text):
        for ch in chunk:  # one pass: a long outcome is cut in linear time
            used += stringWidth(ch, font, size)
            if used > limit:
                return "".join(kept).rstrip() + "…"
            kept.append(ch)
    return text


def _label(g: Group, x: float, y: float, text: str, size: float = LABEL_SIZE,
           anchor: str = "start", width: float | None = None, bold: bool = False) -> float:
    """Draw one line of user text in the right fonts (one String per font run)."""
    if width is not None:
        text = _fit(text, size, width)
    w = _text_width(text, size, bold)
    x -= w if anchor == "end" else w / 2 if anchor == "middle" else 0
    for font, chunk in runs(text, bold):
        g.add(String(x, y, chunk, fontName=font, fontSize=size, fillColor=INK))
        x += stringWidth(chunk, font, size)
    return w


# -- patterns ----------------------------------------------------------------------

def _hatch(g: Group, x: float, y: float, w: float, h: float, step: float = 2.6,
           cross: bool = False) -> None:
    """Diagonal lines clipped to the rectangle (and the other diagonal when ``cross``)."""
    for direction in ((1, -1) if cross else (1,)):
        c = x - h
        while c < x + w:
            if direction == 1:  # up and to the right: y - y0 = x' - c
                xs, xe = max(c, x), min(c + h, x + w)
                if xs < xe:
                    g.add(Line(xs, y + xs - c, xe, y + xe - c, strokeColor=INK,
                               strokeWidth=0.45))
            else:  # down and to the right from the top edge
                xs, xe = max(c, x), min(c + h, x + w)
                if xs < xe:
                    g.add(Line(xs, y + h - (xs - c), xe, y + h - (xe - c), strokeColor=INK,
                               strokeWidth=0.45))
            c += step


def _bar(g: Group, x: float, y: float, w: float, h: float, fill, hatch: bool = False,
         cross: bool = False) -> None:
    g.add(Rect(x, y, max(w, 0.6), h, fillColor=fill, strokeColor=INK, strokeWidth=0.5))
    if hatch or cross:
        _hatch(g, x, y, w, h, cross=cross)


def _legend(g: Group, x: float, y: float, entries: list[tuple[str, object, bool]]) -> None:
    for text, fill, hatch in entries:
        _bar(g, x, y, 10, 6, fill, hatch=hatch)
        x += 13 + _label(g, x + 13, y + 0.5, text, SMALL) + 10


def _axis(g: Group, x0: float, x1: float, y: float, length: float, top: float,
          unit_label: str = "") -> None:
    """Ticks every 5, 10, 15, 30 or 60 minutes along the bottom, with light grid lines."""
    step = next((s for s in (5, 10, 15, 30, 60, 120, 240, 480, 1440) if length / s <= 8),
                None)
    if step is None:  # notes over many days: whole days, at most about eight ticks
        step = 1440 * -(-int(length) // (1440 * 8))
    scale = (x1 - x0) / length
    g.add(Line(x0, y, x1, y, strokeColor=INK, strokeWidth=0.5))
    t = 0
    while t <= length + 0.01:
        x = x0 + t * scale
        g.add(Line(x, y, x, top, strokeColor=GRID, strokeWidth=0.3, strokeDashArray=[1, 2]))
        g.add(Line(x, y - 2, x, y, strokeColor=INK, strokeWidth=0.5))
        _label(g, x, y - 8, str(t), SMALL, anchor="middle")
        t += step
    if unit_label:
        _label(g, x1, y - 16, unit_label, SMALL, anchor="end")


# -- the four pictures ---------------------------------------------------------------

def _agenda(p: m.Picture, width: float) -> Drawing:
    d = p.data
    rows = d["rows"]
    row_h, top_pad, bottom = 17.0, 24.0, 30.0
    height = top_pad + row_h * len(rows) + bottom
    dr = Drawing(width, height)
    g = Group()
    label_w = min(150.0, width * 0.32)
    x0, x1 = label_w + 6, width - 44
    scale = (x1 - x0) / d["length"]
    axis_y = bottom
    plot_top = height - top_pad + 4
    _legend(g, 0, height - 9, [(d["legend"][0], PLANNED, False), (d["legend"][1], ACTUAL, False),
                               (d["legend"][2], WHITE, True)])
    _axis(g, x0, x1, axis_y, d["length"], plot_top, d["axis"])
    for i, r in enumerate(rows):
        y = height - top_pad - row_h * (i + 1) + 3
        _label(g, 0, y + 4, r["label"], LABEL_SIZE, width=label_w)
        _bar(g, x0 + r["planned_at"] * scale, y + 7.5, r["planned"] * scale, 4.5, PLANNED)
        if r["actual_at"] is not None:
            ax, aw = x0 + r["actual_at"] * scale, r["span"] * scale
            over = r["over"] * scale
            _bar(g, ax, y, aw - over, 6.5, ACTUAL)
            if over > 0:
                _bar(g, ax + aw - over, y, over, 6.5, WHITE, hatch=True)
        if r["actual"] is not None:
            diff = r["actual"] - int(r["planned"])
            if r.get("running") and diff < 0:
                diff = 0  # still running at the export: short of the plan so far only
            mark = f"{r['actual']}/{int(r['planned'])}" + (f" {diff:+d}" if diff else "")
            _label(g, width, y + 1, mark, SMALL, anchor="end")
    if d.get("run_end") is not None:
        xs, xe = x0, x0 + d["run_end"] * scale
        for x in (xs, xe):
            g.add(Line(x, axis_y, x, plot_top, strokeColor=INK, strokeWidth=0.9,
                       strokeDashArray=[3, 1.5]))
        for x, text, anchor in _run_labels(xs, xe, d["start"], d["end"], width):
            _label(g, x, plot_top - 1 - 7, text, SMALL, anchor=anchor)
    dr.add(g)
    return dr


def _run_labels(xs: float, xe: float, start: str, end: str, width: float
                ) -> list[tuple[float, str, str]]:
    """Where the run's start and end labels go: (x, text, anchor) each, read left to right.

    The start label sits right of the start line and the end label left of the end line
    when both fit between them; a run too short for that has its end label right of the
    end line, and when even that would cross the start label (or leave the drawing) the
    two are printed as one label, start first, so they never overlap nor read backwards.
    """
    gap = 6.0
    ws, we = _text_width(start, SMALL), _text_width(end, SMALL)
    if xs + 3 + ws + gap <= xe - 3 - we:
        return [(xs + 3, start, "start"), (xe - 3, end, "end")]
    if xe + 3 >= xs + 3 + ws + gap and xe + 3 + we <= width:
        return [(xs + 3, start, "start"), (xe + 3, end, "start")]
    return [(xs + 3, f"{start} · {end}", "start")]


def _speaking(p: m.Picture, width: float) -> Drawing:
    rows = p.data["rows"]
    row_h, top_pad, bottom = 18.0, 16.0, 4.0
    height = top_pad + row_h * len(rows) + bottom
    dr = Drawing(width, height)
    g = Group()
    label_w = min(150.0, width * 0.32)
    x0, x1 = label_w + 6, width - 60
    most = max([r["planned"] or 0 for r in rows] + [r["actual"] or 0 for r in rows] + [1])
    scale = (x1 - x0) / most
    unit = p.data["unit"]
    _legend(g, 0, height - 9, [(p.data["legend"][0], PLANNED, False),
                               (p.data["legend"][1], ACTUAL, False)])
    for i, r in enumerate(rows):
        y = height - top_pad - row_h * (i + 1) + 3
        _label(g, 0, y + 4, r["label"], LABEL_SIZE, width=label_w)
        for value, fill, dy, h in ((r["planned"], PLANNED, 7.5, 5.5),
                                   (r["actual"], ACTUAL, 0, 6.5)):
            if value is None:
                continue
            _bar(g, x0, y + dy, value * scale, h, fill)
            _label(g, x0 + value * scale + 3, y + dy + 0.5, unit.format(n=value), SMALL)
    dr.add(g)
    return dr


# status -> fill and pattern: told apart without colour, and named beside the bar
STATUS_LOOK = {
    "open": (WHITE, False, False),
    "partly": (PLANNED, True, False),
    "achieved": (ACTUAL, False, False),
    "not_achieved": (WHITE, False, True),
}


def _outcomes(p: m.Picture, width: float) -> Drawing:
    rows = p.data["rows"]
    row_h, bottom = 16.0, 4.0
    height = row_h * len(rows) + bottom
    dr = Drawing(width, height)
    g = Group()
    label_w = min(190.0, width * 0.4)
    status_w = 70.0
    x0, x1 = label_w + 6 + status_w, width - 20
    most = max([r["count"] for r in rows] + [1])
    scale = min((x1 - x0) / most, 24.0)
    for i, r in enumerate(rows):
        y = height - row_h * (i + 1) + 2
        _label(g, 0, y + 3, r["label"], LABEL_SIZE, width=label_w)
        fill, hatch, cross = STATUS_LOOK.get(r["status"], (WHITE, False, False))
        _bar(g, label_w + 6, y + 1, 8, 8, fill, hatch=hatch, cross=cross)
        _label(g, label_w + 17, y + 3, r["status_label"], SMALL, width=status_w - 14)
        if r["count"]:
            _bar(g, x0, y + 1, r["count"] * scale, 8, fill, hatch=hatch, cross=cross)
        _label(g, x0 + r["count"] * scale + 3, y + 3, str(r["count"]), LABEL_SIZE)
    dr.add(g)
    return dr


def _timeline(p: m.Picture, width: float) -> Drawing:
    d = p.data
    rows = d["rows"]
    row_h, top_pad, bottom = 13.0, 4.0, 24.0
    height = top_pad + row_h * len(rows) + bottom
    dr = Drawing(width, height)
    g = Group()
    label_w = min(110.0, width * 0.25)
    x0, x1 = label_w + 6, width - 24
    scale = (x1 - x0) / d["length"]
    plot_top = height - top_pad
    _axis(g, x0, x1, bottom, d["length"], plot_top)
    _label(g, x0, bottom - 17, d["start"], SMALL)
    _label(g, x1, bottom - 17, d["end"], SMALL, anchor="end")
    for i, r in enumerate(rows):
        y = height - top_pad - row_h * (i + 1) + 3
        mid = y + 3.5
        _label(g, 0, y + 1, r["label"], LABEL_SIZE, width=label_w, bold=r["strong"])
        g.add(Line(x0, mid, x1, mid, strokeColor=GRID, strokeWidth=0.3))
        # one mark per half point: 500 notes in 90 minutes overlap anyway, and fewer
        # shapes keep the drawing cheap in every format
        for x in sorted({round((x0 + at * scale) * 2) / 2 for at in r["at"]}):
            if r["strong"]:  # key messages and decisions: black diamonds, easy to spot
                g.add(Polygon([x, mid - 4.5, x + 3.2, mid, x, mid + 4.5, x - 3.2, mid],
                              fillColor=INK, strokeColor=INK, strokeWidth=0.3))
            else:
                g.add(Line(x, mid - 3.5, x, mid + 3.5, strokeColor=DARK, strokeWidth=0.8))
        _label(g, width, y + 1, str(len(r["at"])), LABEL_SIZE, anchor="end")
    dr.add(g)
    return dr


DRAWERS = {"agenda": _agenda, "speaking": _speaking, "outcomes": _outcomes,
           "timeline": _timeline}


def drawing(p: m.Picture, width: float) -> Drawing:
    """The picture as a drawing ``width`` points wide."""
    fonts()  # registered before any text is measured
    from reportlab import rl_config

    # ReportLab validates every attribute of every shape as it is set; the shapes here
    # are made by this module alone, so the check is skipped (it cost a third of the time)
    checking, rl_config.shapeChecking = rl_config.shapeChecking, 0
    try:
        d = DRAWERS[p.key](p, width)
    finally:
        rl_config.shapeChecking = checking
    d.initialFontName = BASE  # never the base-14 Helvetica: every font is embedded
    return d


# what a browser is asked for instead of our registered face names (the SVG embeds no
# font): the same family where the reader has it, a sans-serif otherwise
SVG_FAMILIES = {"SKSans": "'DejaVu Sans'", "SKHan": "'Droid Sans Fallback', 'Noto Sans CJK JP'",
                "SKHangul": "'NanumGothic', 'Noto Sans CJK KR'", "SKThai": "'Noto Sans Thai'"}


def _hex(c) -> str:
    return "none" if c is None else f"#{c.hexval()[2:]}"


def to_svg(p: m.Picture, width: float = 480.0) -> bytes:
    """The drawing as SVG, titled, with its text equivalent as the description.

    Written here, shape by shape, rather than by reportlab.graphics.renderSVG: that
    builds a DOM and took longer than the whole Markdown export of a 500-note report;
    the shapes are the four kinds the drawings use (rectangles, lines, polygons, text).
    """
    from xml.sax.saxutils import escape, quoteattr

    d = drawing(p, width)
    h = d.height

    def num(v: float) -> str:
        return f"{v:.2f}".rstrip("0").rstrip(".")

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{num(d.width)}" '
           f'height="{num(h)}" viewBox="0 0 {num(d.width)} {num(h)}" role="img" '
           f'aria-labelledby="title desc">',
           f'<title id="title">{escape(p.title)}</title>',
           f'<desc id="desc">{escape(chr(10).join(p.text))}</desc>',
           f'<rect width="{num(d.width)}" height="{num(h)}" fill="#ffffff"/>']

    def walk(node) -> None:
        for shape in getattr(node, "contents", []):
            if isinstance(shape, Group):
                walk(shape)
            elif isinstance(shape, Rect):
                out.append(f'<rect x="{num(shape.x)}" y="{num(h - shape.y - shape.height)}" '
                           f'width="{num(shape.width)}" height="{num(shape.height)}" '
                           f'fill="{_hex(shape.fillColor)}" stroke="{_hex(shape.strokeColor)}" '
                           f'stroke-width="{num(shape.strokeWidth)}"/>')
            elif isinstance(shape, Line):
                dash = shape.strokeDashArray
                dash = f' stroke-dasharray="{" ".join(num(x) for x in dash)}"' if dash else ""
                out.append(f'<line x1="{num(shape.x1)}" y1="{num(h - shape.y1)}" '
                           f'x2="{num(shape.x2)}" y2="{num(h - shape.y2)}" '
                           f'stroke="{_hex(shape.strokeColor)}" '
                           f'stroke-width="{num(shape.strokeWidth)}"{dash}/>')
            elif isinstance(shape, Polygon):
                pts = shape.points
                points = " ".join(f"{num(pts[i])},{num(h - pts[i + 1])}"
                                  for i in range(0, len(pts), 2))
                out.append(f'<polygon points="{points}" fill="{_hex(shape.fillColor)}" '
                           f'stroke="{_hex(shape.strokeColor)}"/>')
            elif isinstance(shape, String):
                base = shape.fontName.removesuffix("-Bold")
                known = SVG_FAMILIES.get(base)
                family = (known + ", " if known else "") + "sans-serif"
                weight = ' font-weight="bold"' if base != shape.fontName else ""
                out.append(f'<text x="{num(shape.x)}" y="{num(h - shape.y)}" '
                           f'font-family={quoteattr(family)} '
                           f'font-size="{num(shape.fontSize)}"{weight} '
                           f'fill="{_hex(shape.fillColor)}">{escape(shape.text)}</text>')

    walk(d)
    out.append("</svg>\n")
    return "\n".join(out).encode("utf-8")


# -- PNG, with Pillow ------------------------------------------------------------------

@lru_cache(maxsize=None)
def _pil_font(name: str, size: float):
    from PIL import ImageFont

    from sessionkit import config

    files = {face: reg for face, reg, _b in FACES}
    files.update({face + "-Bold": bold for face, _r, bold in FACES if bold})
    path = config.resources_dir() / "fonts" / files.get(name, files[BASE])
    return ImageFont.truetype(str(path), size=max(int(round(size)), 1))


def _rgb(c) -> int | None:
    """The grey level of a colour (the drawings use greys only: an 8-bit grey PNG is a
    third of the bytes to compress)."""
    if c is None:
        return None
    r, g, b = c.rgb()
    return int(round((0.299 * r + 0.587 * g + 0.114 * b) * 255))


def to_png(p: m.Picture, width: float = 480.0, scale: float = 2.0) -> bytes:
    """The drawing as PNG (``scale`` pixels per point), drawn with Pillow."""
    from PIL import Image, ImageDraw

    d = drawing(p, width)
    w, h = int(d.width * scale + 1), int(d.height * scale + 1)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)

    def pt(x, y):
        return (x * scale, (d.height - y) * scale)

    def walk(node):
        for shape in getattr(node, "contents", []):
            if isinstance(shape, Group):
                walk(shape)
            elif isinstance(shape, Rect):
                (ax, ay), (bx, by) = pt(shape.x, shape.y + shape.height), \
                    pt(shape.x + shape.width, shape.y)
                draw.rectangle([ax, ay, max(bx, ax + 1), max(by, ay + 1)],
                               fill=_rgb(shape.fillColor), outline=_rgb(shape.strokeColor),
                               width=max(int(round((shape.strokeWidth or 0) * scale)), 1))
            elif isinstance(shape, Line):
                draw.line([pt(shape.x1, shape.y1), pt(shape.x2, shape.y2)],
                          fill=_rgb(shape.strokeColor),
                          width=max(int(round(shape.strokeWidth * scale)), 1))
            elif isinstance(shape, Polygon):
                pts = shape.points
                draw.polygon([pt(pts[i], pts[i + 1]) for i in range(0, len(pts), 2)],
                             fill=_rgb(shape.fillColor), outline=_rgb(shape.strokeColor))
            elif isinstance(shape, String):
                draw.text(pt(shape.x, shape.y), shape.text, fill=_rgb(shape.fillColor),
                          font=_pil_font(shape.fontName, shape.fontSize * scale), anchor="ls")

    walk(d)
    out = io.BytesIO()
    img.save(out, "PNG", compress_level=1)  # greys and white: small even at the fastest level
    return out.getvalue()
