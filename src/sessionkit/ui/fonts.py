"""Bundled UI fonts: names and notes in every script of the region display on any machine.

A laptop without CJK, Indic or Arabic fonts would show empty boxes for 광주, 横浜,
दिल्ली or كراتشي. At start, :func:`register_ui_fonts` registers the bundled faces
(resources/fonts/, the same files the PDF report embeds) with Qt's font database and
appends them as fallback families, so every widget that finds no glyph in its own
font tries them; Qt shapes Indic, Southeast Asian and right-to-left text itself
(HarfBuzz) once a face has the glyphs.

Han characters are drawn differently in Japan, Korea and China (the same code point,
different glyph shapes), so the fallback for Han follows the UI language: a
Japanese UI puts an installed Japanese face first, a Korean UI a Korean one (then
NanumGothic, which has Hanja), before the bundled Droid Sans Fallback.

Cheap on purpose (see docs/i18n.md for the figures): only the regular faces are
registered (Qt emboldens them for bold text), a face whose family the system already
has is not registered again, and the files are memory-mapped by the font engine,
not read in full.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from sessionkit.config import resources_dir
from sessionkit.report.scripts import FAMILIES

# family name -> file in resources/fonts (regular faces only)
CJK_FACES: dict[str, str] = {
    "Droid Sans Fallback": "DroidSansFallbackFull.ttf",  # Han (zh/ja), kana, some Hangul
    "NanumGothic": "NanumGothic.ttf",  # Hangul
}
LATIN_FACE = ("DejaVu Sans", "DejaVuSans.ttf")  # the stage display's font
# Indic, Southeast Asian, Tibetan, Mongolian, Thaana, Arabic: family -> file
SCRIPT_FACES: dict[str, str] = {
    family: {
        "Noto Naskh Arabic": "NotoNaskhArabic-Regular.ttf",
        "Noto Serif Tibetan": "NotoSerifTibetan-Regular.ttf",
    }.get(family, family.replace(" ", "") + "-Regular.ttf")
    for family in FAMILIES.values()
}

# installed faces drawing Han the way each language writes it, best first
HAN_FACES: dict[str, tuple[str, ...]] = {
    "ja": ("Noto Sans CJK JP", "Source Han Sans JP", "Noto Sans JP", "Yu Gothic UI",
           "Yu Gothic", "Meiryo", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "IPAexGothic",
           "IPAGothic", "TakaoGothic", "VL Gothic", "MS Gothic"),
    "ko": ("Noto Sans CJK KR", "Source Han Sans KR", "Noto Sans KR", "Malgun Gothic",
           "Apple SD Gothic Neo", "NanumGothic", "NanumBarunGothic", "UnDotum"),
    "zh_CN": ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "Microsoft YaHei",
              "PingFang SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"),
}

_registered: dict[str, int] = {}


def fallback_families(language: str = "") -> list[str]:
    """The CJK fallback order for a UI language: Korean UIs prefer the Hangul face."""
    fams = list(CJK_FACES)
    if language.startswith("ko"):
        fams.reverse()
    return fams


def han_families(language: str = "", installed: set[str] | None = None) -> list[str]:
    """Installed faces that draw Han as the UI language writes it (may be empty)."""
    key = "zh_CN" if language.startswith("zh") else language[:2]
    installed = set(QFontDatabase.families()) if installed is None else installed
    return [f for f in HAN_FACES.get(key, ()) if f in installed]


def ui_families(language: str = "", installed: set[str] | None = None) -> list[str]:
    """Every fallback family, in order: the language's own Han faces, the bundled CJK
    faces, then one face per complex script."""
    han = [f for f in han_families(language, installed) if f not in CJK_FACES]
    return han + fallback_families(language) + list(SCRIPT_FACES)


def register_ui_fonts(app: QApplication | None = None, language: str = "",
                      fonts_dir: Path | None = None) -> list[str]:
    """Register the bundled faces the system lacks; set them as fallbacks. Returns the
    families that were registered now (empty when the system has them all)."""
    app = app or QApplication.instance()
    if os.environ.get("SESSIONKIT_UI_FONTS", "1") == "0":  # benchmarks/bench_ui_fonts.py
        return []
    fonts_dir = Path(fonts_dir) if fonts_dir else resources_dir() / "fonts"
    # Qt warns on stderr each time it tries a fallback face that lacks the script of the
    # text ("OpenType support missing for …"), which with one face per script is the
    # normal case; QT_LOGGING_RULES still overrides this
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    system = set(QFontDatabase.families())
    added: list[str] = []
    for family, filename in (*CJK_FACES.items(), LATIN_FACE, *SCRIPT_FACES.items()):
        if family in system or family in _registered:
            continue
        path = fonts_dir / filename
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            _registered[family] = font_id
            added.append(family)
    apply_fallbacks(app, language)
    return added


def apply_fallbacks(app: QApplication | None, language: str = "") -> None:
    """Make the bundled faces the fallback of the app font and of the stage font."""
    fallbacks = ui_families(language)
    for family in {LATIN_FACE[0], QFont().family(), "Sans Serif", "sans-serif"}:
        if family:
            QFont.removeSubstitutions(family)
            QFont.insertSubstitutions(family, fallbacks)
    if app is not None:
        font = app.font()
        base = [f for f in font.families() if f not in fallbacks] or [font.family()]
        font.setFamilies(base + fallbacks)
        app.setFont(font)
