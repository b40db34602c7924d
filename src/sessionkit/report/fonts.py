"""Bundled TrueType fonts for the PDF: registration and per-run font choice.

ReportLab has no font fallback, so the text is walked character by character and
split into runs, each printed in the first font of the chain that has the
character (Han and kana prefer Droid Sans Fallback, Hangul prefers NanumGothic, a
character of an Indic, Southeast Asian, Tibetan, Mongolian or right-to-left script
prefers its own Noto face, the rest prefers DejaVu Sans). A character no bundled
font has becomes a visible placeholder and is counted, so the export can warn about
it. Shaping and right-to-left order of those scripts: ``report.shaping``.

Importing this module imports ReportLab: only ``report.pdf`` imports it, lazily.
"""

from __future__ import annotations

import threading
import unicodedata

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from sessionkit import config
from sessionkit.report.scripts import SCRIPT_RANGES

PLACEHOLDER = "\ufffd"

# name, regular file, bold file (None: print bold in the regular face)
FACES: tuple[tuple[str, str, str | None], ...] = (
    ("SKSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("SKHangul", "NanumGothic.ttf", "NanumGothicBold.ttf"),
    ("SKHan", "DroidSansFallbackFull.ttf", None),
    ("SKThai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    # one face per script, regular only (bold prints in it), subset by
    # scripts/subset_fonts.py; the ranges each is preferred for: SCRIPT_FACE
    ("SKDeva", "NotoSansDevanagari-Regular.ttf", None),
    ("SKBeng", "NotoSansBengali-Regular.ttf", None),
    ("SKGuru", "NotoSansGurmukhi-Regular.ttf", None),
    ("SKGujr", "NotoSansGujarati-Regular.ttf", None),
    ("SKTaml", "NotoSansTamil-Regular.ttf", None),
    ("SKTelu", "NotoSansTelugu-Regular.ttf", None),
    ("SKKnda", "NotoSansKannada-Regular.ttf", None),
    ("SKMlym", "NotoSansMalayalam-Regular.ttf", None),
    ("SKSinh", "NotoSansSinhala-Regular.ttf", None),
    ("SKMymr", "NotoSansMyanmar-Regular.ttf", None),
    ("SKKhmr", "NotoSansKhmer-Regular.ttf", None),
    ("SKLaoo", "NotoSansLao-Regular.ttf", None),
    ("SKTibt", "NotoSerifTibetan-Regular.ttf", None),
    ("SKMong", "NotoSansMongolian-Regular.ttf", None),
    ("SKThaa", "NotoSansThaana-Regular.ttf", None),
    ("SKArab", "NotoNaskhArabic-Regular.ttf", None),
)
_INDEX = {name: i for i, (name, _r, _b) in enumerate(FACES)}
# script (report.scripts) -> the face preferred for it (then DejaVu Sans)
SCRIPT_FACE: dict[str, str] = {
    "Arab": "SKArab", "Thaa": "SKThaa", "Deva": "SKDeva", "Beng": "SKBeng", "Guru": "SKGuru",
    "Gujr": "SKGujr", "Taml": "SKTaml", "Telu": "SKTelu", "Knda": "SKKnda", "Mlym": "SKMlym",
    "Sinh": "SKSinh", "Thai": "SKThai", "Laoo": "SKLaoo", "Tibt": "SKTibt", "Mymr": "SKMymr",
    "Khmr": "SKKhmr", "Mong": "SKMong",
}

# characters shared by several scripts, printed in the face of the run they are in
# (joiners select half forms and joining; dandas end Indic sentences)
SHARED = frozenset("\u200c\u200d\u0964\u0965\u202f")
BASE = "SKSans"
BASE_BOLD = "SKSans-Bold"
# a template's Latin face (report.template.LATIN_FONTS) -> registered regular, bold
LATIN_FACES: dict[str, tuple[str, str]] = {"DejaVu Sans": (BASE, BASE_BOLD)}

_lock = threading.Lock()
_fonts: "FontSet | None" = None


def _is_han_or_kana(cp: int) -> bool:
    return (0x2E80 <= cp <= 0x2FDF or 0x3000 <= cp <= 0x30FF or 0x31C0 <= cp <= 0x31FF
            or 0x3200 <= cp <= 0x33FF or 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF
            or 0xF900 <= cp <= 0xFAFF or 0xFE30 <= cp <= 0xFE4F or 0xFF00 <= cp <= 0xFFEF
            or 0x20000 <= cp <= 0x3FFFF)


def _is_hangul(cp: int) -> bool:
    return (0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F or 0xA960 <= cp <= 0xA97F
            or 0xAC00 <= cp <= 0xD7FF)


def _ignorable(ch: str) -> bool:
    """Invisible format characters (zero-width joiners, variation selectors…).

    They have no glyph of their own and print nothing in any viewer, so leaving
    them out loses nothing visible; they are not counted as missing.
    """
    cp = ord(ch)
    return (unicodedata.category(ch) == "Cf" or 0xFE00 <= cp <= 0xFE0F
            or 0xE0100 <= cp <= 0xE01EF)


class FontSet:
    """The fallback chain. Faces are parsed and registered the first time a
    character needs them (DejaVu Sans at once; the big CJK faces only when the text
    has CJK), once per process."""

    def __init__(self, folder) -> None:
        self.folder = folder
        self.regular = [name for name, _r, _b in FACES]
        self.bold = [name + "-Bold" if b else name for name, _r, b in FACES]
        self._coverage: list[set[int] | None] = [None] * len(FACES)
        self._bold_loaded: set[int] = set()
        self._cache: dict[tuple[str, bool], str | None] = {}
        self._lock = threading.RLock()
        base = self.coverage(0)
        self._load_bold(0)
        self.ascii_in_base = all(cp in base for cp in range(0x20, 0x7F))

    def coverage(self, i: int) -> set[int]:
        cov = self._coverage[i]
        if cov is None:
            with self._lock:
                cov = self._coverage[i]
                if cov is None:
                    name, reg_file, _b = FACES[i]
                    face = TTFont(name, str(self.folder / reg_file))
                    pdfmetrics.registerFont(face)
                    cov = self._coverage[i] = set(face.face.charToGlyph)
        return cov

    def _load_bold(self, i: int) -> None:
        if i in self._bold_loaded:
            return
        with self._lock:
            name, _r, bold_file = FACES[i]
            if bold_file and i not in self._bold_loaded:
                pdfmetrics.registerFont(TTFont(name + "-Bold", str(self.folder / bold_file)))
            self._bold_loaded.add(i)

    def has(self, font: str, ch: str) -> bool:
        i = _INDEX.get(font.removesuffix("-Bold"))
        return i is not None and ord(ch) in self.coverage(i)

    def font_for(self, ch: str, bold: bool = False) -> str | None:
        key = (ch, bold)
        try:
            return self._cache[key]
        except KeyError:
            pass
        cp = ord(ch)
        # the four general faces, in the order of the script; a script face is tried
        # only for its own ranges (its file is parsed only when such text comes)
        order: list[int] = [0, 1, 2, 3]
        if _is_han_or_kana(cp):
            order = [2, 1, 0, 3]
        elif _is_hangul(cp):
            order = [1, 2, 0, 3]
        elif 0x0590 <= cp:
            for lo, hi, script in SCRIPT_RANGES:
                if lo <= cp <= hi:
                    order = [_INDEX[SCRIPT_FACE[script]], 0, 1, 2]
                    break
        found = None
        for i in order:
            if cp in self.coverage(i):
                if bold:
                    self._load_bold(i)
                found = (self.bold if bold else self.regular)[i]
                break
        self._cache[key] = found
        return found


def fonts() -> FontSet:
    """The font chain, with DejaVu Sans registered; made once per process."""
    global _fonts
    with _lock:
        if _fonts is None:
            from reportlab.lib.fonts import addMapping

            fs = FontSet(config.resources_dir() / "fonts")
            addMapping(BASE, 0, 0, BASE)
            addMapping(BASE, 1, 0, BASE_BOLD)
            addMapping(BASE, 0, 1, BASE)
            addMapping(BASE, 1, 1, BASE_BOLD)
            _fonts = fs
        return _fonts


MISSING_TEMPLATE = ("{count} character(s) that no bundled font has were printed as "
                    "{placeholder} ({total} in all): {chars}")
MISSING_MORE = " and {n} more"


class ExportWarning(str):
    """An export warning: its English text, plus the template and fields it was made
    from, so the window can show it in the UI language (ui/export_dialog.py)."""

    template: str
    fields: dict

    def __new__(cls, template: str, suffix: str = "", suffix_fields: dict | None = None,
                **fields):
        text = template.format(**fields) + (suffix.format(**suffix_fields or {}))
        self = super().__new__(cls, text)
        self.template, self.fields = template, fields
        self.suffix, self.suffix_fields = suffix, suffix_fields or {}
        return self


class MissingGlyphs:
    """Characters no bundled font has, collected over one export."""

    def __init__(self) -> None:
        self.chars: dict[str, int] = {}

    def add(self, ch: str) -> None:
        self.chars[ch] = self.chars.get(ch, 0) + 1

    def warning(self) -> ExportWarning | None:
        if not self.chars:
            return None
        total = sum(self.chars.values())
        shown = []
        for ch in list(self.chars)[:8]:
            cp = ord(ch)
            label = unicodedata.name(ch, "")
            shown.append(f"U+{cp:04X}" + (f" {label}" if label else ""))
        more = len(self.chars) - 8
        return ExportWarning(MISSING_TEMPLATE, MISSING_MORE if more > 0 else "", {"n": more},
                             count=len(self.chars), placeholder=PLACEHOLDER, total=total,
                             chars=", ".join(shown))


def runs(text: str, bold: bool = False, missing: MissingGlyphs | None = None
         ) -> list[tuple[str, str]]:
    """Split text into (font name, text) runs; newlines stay in the text."""
    fs = fonts()
    base = fs.bold[0] if bold else fs.regular[0]
    if text.isascii() and fs.ascii_in_base and text.replace("\n", " ").isprintable():
        # printable ASCII (and newlines) is all in the base face: one run, as the walk
        # below would give, without looking at each character
        return [(base, text)] if text else []
    out: list[tuple[str, str]] = []
    cur_font, cur = None, []
    for ch in text:
        if ch == "\n" or ch == " ":
            font = cur_font or base
        else:
            font = fs.font_for(ch, bold)
            # a mark or joiner stays with the letter it belongs to (looked at only
            # where the font would change: no cost inside a run)
            if font != cur_font and cur_font is not None and cur_font != base and (
                    ch in SHARED or unicodedata.category(ch) in ("Mn", "Mc")) \
                    and fs.has(cur_font, ch):
                font = cur_font
            if font is None:
                if _ignorable(ch):
                    continue
                if missing is not None:
                    missing.add(ch)
                ch, font = PLACEHOLDER, base
        if font != cur_font and cur:
            out.append((cur_font, "".join(cur)))
            cur = []
        cur_font = font
        cur.append(ch)
    if cur:
        out.append((cur_font, "".join(cur)))
    return out
