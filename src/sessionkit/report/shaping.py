"""Complex scripts in the PDF: shaping, right-to-left order, searchable text.

ReportLab's own paragraphs shape only with ``rlbidi`` for the order of right-to-left
text, and write the shaped glyphs without the text they stand for, so a reader's
search finds "ेक्ष" where क्षे was typed. Text in a script that needs shaping
(Indic, Southeast Asian, Tibetan, Mongolian) or runs right to left (Arabic, Persian,
Urdu, Dhivehi) is therefore laid out here instead, by :class:`ShapedPara`:

* each run of one font and one direction is shaped by HarfBuzz (``uharfbuzz``) with
  its direction set explicitly;
* the order of runs on a line follows the Unicode bidi algorithm (UAX #9, rules
  P2–P3, W1–W7, N1–N2, I1–I2, L1–L2; explicit embeddings and isolates are treated as
  neutral, which typed notes do not use);
* each run is wrapped in a marked-content span whose ``/ActualText`` is the run's
  text as typed (PDF 1.5, 14.9.4), so search, copy and screen readers get the
  logical text, not the glyphs.

Latin, CJK and the rest stay in ReportLab's ``Paragraph`` (:func:`needs_shaping` is
false for them), so their export time does not change.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.platypus import Flowable

from sessionkit.report.scripts import base_level, levels, needs_shaping, reorder

__all__ = ["ShapedPara", "draw_run", "layout", "needs_shaping", "shape"]

try:
    import uharfbuzz
except ImportError:  # pragma: no cover - a dependency; without it text prints unshaped
    uharfbuzz = None

# -- shaping ------------------------------------------------------------------------

@lru_cache(maxsize=8192)
def shape(text: str, font_name: str, rtl: bool) -> tuple[str, float]:
    """HarfBuzz-shaped glyphs of a run (as ReportLab's ShapedStr) and its width at
    size 1, in visual order. Text ReportLab can print as is comes back unchanged."""
    ttf = pdfmetrics.getFont(font_name)
    if uharfbuzz is None or not getattr(ttf, "shapable", False):
        return text, pdfmetrics.stringWidth(text, font_name, 1)
    hbf = ttf.hbFont(1000)
    buf = uharfbuzz.Buffer()
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hbf, buf, {"kern": True, "liga": True})
    chars, data, width = [], [], 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions):
        gid = info.codepoint
        try:
            uchar = ttf.face.glyphToChar[gid][0]
        except (KeyError, IndexError):
            uchar = ttf.hbAddPrivate(hbf.glyph_to_string(gid), gid, pos.x_advance)
        x_adv = ttf.pdfScale(pos.x_advance)
        chars.append(chr(uchar))
        data.append(ShapeData(info.cluster, x_adv, ttf.pdfScale(pos.y_advance),
                              ttf.pdfScale(pos.x_offset), ttf.pdfScale(pos.y_offset),
                              ttf.face.charWidths[uchar]))
        width += x_adv / 1000
    return ShapedStr("".join(chars), shapeData=data), width


def _actual_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _private(glyphs: str) -> list[bool]:
    """Which glyphs have no character of their own (a joining form or conjunct the
    font reaches only through its layout tables): ReportLab gives them a private-use
    code (none of the bundled faces has private-use characters of its own), which a
    reader cannot turn back into text."""
    return [0xE000 <= ord(ch) <= 0xF8FF or 0xF0000 <= ord(ch) for ch in glyphs]


def draw_run(canv, x: float, y: float, text: str, font: str, size: float, rtl: bool) -> float:
    """Draw one run (shaped, with its typed text as /ActualText); returns its width."""
    glyphs, width = shape(text, font, rtl)
    canv.setFont(font, size)
    if not text.strip():
        return width * size
    if not rtl:
        canv._code.append(f"/Span <</ActualText {_actual_text(text)}>> BDC")
        canv.drawString(x, y, glyphs)
        canv._code.append("EMC")
        return width * size
    # Right to left: the glyphs map to letters and presentation forms that readers
    # put back in logical order themselves, and poppler would reverse an
    # /ActualText of several characters on a right-to-left line (it takes it for
    # visual order). Only a glyph without a character of its own (a joining form
    # such as Pashto's ښ has none in the font's cmap) gets the one character it
    # stands for as /ActualText, which no reader can get wrong.
    data = getattr(glyphs, "__shapeData__", None)
    private = _private(glyphs) if data else []
    if not any(private):
        canv.drawString(x, y, glyphs)
        return width * size
    clusters = sorted({d.cluster for d in data}) + [len(text)]
    start, gx = 0, x
    for i in range(len(glyphs) + 1):
        if i < len(glyphs) and not private[i]:
            continue
        if i > start:  # the plain glyphs before this one
            canv.drawString(gx, y, glyphs[start:i])
            gx += sum(d.x_advance for d in data[start:i]) * size / 1000
        if i == len(glyphs):
            break
        c = data[i].cluster
        source = text[c:clusters[clusters.index(c) + 1]]
        canv._code.append(f"/Span <</ActualText {_actual_text(source[:1])}>> BDC")
        canv.drawString(gx, y, glyphs[i:i + 1])
        canv._code.append("EMC")
        gx += data[i].x_advance * size / 1000
        start = i + 1
    return width * size


# -- layout -------------------------------------------------------------------------

class Line:
    __slots__ = ("runs", "width", "rtl")

    def __init__(self, runs, width, rtl):
        self.runs, self.width, self.rtl = runs, width, rtl


def _cut_word(word_runs, size, avail):
    """Split one too-long word's runs at a character boundary (not inside a
    cluster: a mark stays with its base) so that the first part fits."""
    head, width = [], 0.0
    for k, (font, text, level) in enumerate(word_runs):
        w = shape(text, font, level % 2 == 1)[1] * size
        if width + w <= avail:
            head.append((font, text, level))
            width += w
            continue
        cut = 0
        for i in range(1, len(text) + 1):
            if i < len(text) and unicodedata.category(text[i]).startswith("M"):
                continue
            if width + shape(text[:i], font, level % 2 == 1)[1] * size > avail:
                break
            cut = i
        if cut == 0 and not head:  # not even one cluster fits: take it anyway
            cut = next((i for i in range(1, len(text) + 1) if i == len(text)
                        or not unicodedata.category(text[i]).startswith("M")), len(text))
        if cut:
            head.append((font, text[:cut], level))
        tail = ([(font, text[cut:], level)] if text[cut:] else []) + list(word_runs[k + 1:])
        return head, tail
    return head, []


def layout(text: str, runs_of, size: float, width: float, first_indent: float = 0.0
           ) -> list[Line]:
    """Break text into lines of at most ``width`` points; ``runs_of(text)`` gives the
    (font, text) runs. Lines come back with their runs in visual order."""
    lines: list[Line] = []
    for para_text in text.split("\n"):
        # the levels of what is printed: the font runs may have left out an invisible
        # character or put the placeholder for one no face has
        para_runs = runs_of(para_text)
        printed = "".join(chunk for _f, chunk in para_runs)
        para = base_level(printed)
        lv = levels(printed, para)
        # logical pieces: (font, text, level), split at spaces so lines break there
        pieces: list[tuple[str, str, int]] = []
        pos = 0
        for font, chunk in para_runs:
            start = 0
            for i in range(1, len(chunk) + 1):
                if i == len(chunk) or lv[pos + i] != lv[pos + start] \
                        or chunk[i] == " " or chunk[i - 1] == " ":
                    pieces.append((font, chunk[start:i], lv[pos + start]))
                    start = i
            pos += len(chunk)
        # words: lists of pieces between spaces (a space is its own word)
        words: list[list[tuple[str, str, int]]] = []
        for pc in pieces:
            if pc[1] == " " or not words or words[-1][-1][1] == " ":
                words.append([pc])
            else:
                words[-1].append(pc)
        cur: list[tuple[str, str, int]] = []
        cur_w = 0.0
        avail = width - (first_indent if not lines else 0.0)

        def flush():
            nonlocal cur, cur_w, avail
            while cur and cur[-1][1] == " ":  # L1: trailing spaces do not print
                cur.pop()
            visual = reorder(cur, [p[2] for p in cur], para)
            lines.append(Line(visual, sum(shape(t, f, lvl % 2 == 1)[1] * size
                                          for f, t, lvl in visual), para == 1))
            cur, cur_w, avail = [], 0.0, width

        queue = list(words)
        while queue:
            word = queue.pop(0)
            ww = sum(shape(t, f, lvl % 2 == 1)[1] * size for f, t, lvl in word)
            if cur_w + ww <= avail or (not cur and ww <= avail):
                cur.extend(word)
                cur_w += ww
                continue
            if word[0][1] == " ":
                flush()
                continue
            if cur:
                flush()
                queue.insert(0, word)
                continue
            head, tail = _cut_word(word, size, avail)
            cur.extend(head)
            flush()
            if tail:
                queue.insert(0, tail)
        flush()
    # merge neighbouring pieces of one font and level: fewer, longer shaped runs
    for line in lines:
        merged: list[tuple[str, str, int]] = []
        for f, t, lvl in line.runs:
            if merged and merged[-1][0] == f and merged[-1][2] == lvl:
                # in visual order, an RTL run's logical text comes first on the right
                pf, pt, _ = merged[-1]
                merged[-1] = (f, t + pt if lvl % 2 else pt + t, lvl)
            else:
                merged.append((f, t, lvl))
        line.runs = merged
    return lines


class ShapedPara(Flowable):
    """A paragraph of plain user text in complex scripts, laid out and drawn here.

    ``blocks`` is a list of (text, size, leading, colour) printed one under the
    other (a note's header line, then its text); ``style`` gives the indents and
    spacing of the ReportLab style it stands in for. Right-to-left text is aligned
    right, the rest left."""

    def __init__(self, blocks, style, runs_of):
        super().__init__()
        self.blocks = blocks
        self.style = style
        self.runs_of = runs_of
        self._laid: list[tuple[Line, float, float, object]] = []
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)

    def wrap(self, avail_width, avail_height):
        if self.blocks is None:  # a piece of a split paragraph: lines already laid out
            self.width, self.height = avail_width, sum(ln[2] for ln in self._laid)
            return self.width, self.height
        st = self.style
        width = avail_width - st.leftIndent - st.rightIndent
        self._laid = []
        height = 0.0
        first = True
        for text, size, leading, colour in self.blocks:
            indent = st.firstLineIndent if first else 0.0
            for k, line in enumerate(layout(text, self.runs_of, size, width,
                                            first_indent=indent)):
                self._laid.append((line, size, leading, colour,
                                   indent if first and k == 0 else 0.0))
                height += leading
            first = False
        self.width, self.height = avail_width, height
        return avail_width, height

    def draw(self):
        canv = self.canv
        st = self.style
        y = self.height
        for line, size, leading, colour, indent in self._laid:
            y -= leading
            base = y + (leading - size) * 0.5 + size * 0.22
            if line.rtl:
                x = self.width - st.rightIndent - line.width
            else:
                x = st.leftIndent + indent
            canv.setFillColor(colour)
            for font, text, lvl in line.runs:
                x += draw_run(canv, x, base, text, font, size, lvl % 2 == 1)

    def split(self, avail_width, avail_height):
        """The lines that fit here, and the rest (for the next frame)."""
        self.wrap(avail_width, avail_height)
        used, k = 0.0, 0
        while k < len(self._laid) and used + self._laid[k][2] <= avail_height:
            used += self._laid[k][2]
            k += 1
        if k == 0 or k == len(self._laid):
            return []
        head, tail = self._piece(self._laid[:k]), self._piece(self._laid[k:])
        head.spaceAfter = 0
        tail.spaceBefore = 0
        return [head, tail]

    def _piece(self, laid):
        piece = ShapedPara(None, self.style, self.runs_of)
        piece._laid = laid
        piece.keepWithNext = 0
        return piece
