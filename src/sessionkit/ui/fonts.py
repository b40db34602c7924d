"""Bundled UI fonts: Chinese, Japanese and Korean names display on any machine.

A laptop without CJK fonts would show empty boxes for 광주 or 横浜. At start,
:func:`register_ui_fonts` registers the bundled faces (resources/fonts/, the same
files the PDF report embeds) with Qt's font database and appends them as fallback
families, so every widget that finds no glyph in its own font tries them.

Cheap on purpose (see docs/i18n.md for the figures): only the regular faces are
registered (Qt emboldens them for bold text), a face whose family the system already
has is not registered again, and the files are memory-mapped by the font engine,
not read in full.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from sessionkit.config import resources_dir

# family name -> file in resources/fonts (regular faces only)
CJK_FACES: dict[str, str] = {
    "Droid Sans Fallback": "DroidSansFallbackFull.ttf",  # Han (zh/ja), kana, some Hangul
    "NanumGothic": "NanumGothic.ttf",  # Hangul
}
LATIN_FACE = ("DejaVu Sans", "DejaVuSans.ttf")  # the stage display's font

_registered: dict[str, int] = {}


def fallback_families(language: str = "") -> list[str]:
    """The CJK fallback order for a UI language: Korean UIs prefer the Hangul face."""
    fams = list(CJK_FACES)
    if language.startswith("ko"):
        fams.reverse()
    return fams


def register_ui_fonts(app: QApplication | None = None, language: str = "",
                      fonts_dir: Path | None = None) -> list[str]:
    """Register the bundled faces the system lacks; set them as fallbacks. Returns the
    families that were registered now (empty when the system has them all)."""
    app = app or QApplication.instance()
    if os.environ.get("SESSIONKIT_UI_FONTS", "1") == "0":  # benchmarks/bench_ui_fonts.py
        return []
    fonts_dir = Path(fonts_dir) if fonts_dir else resources_dir() / "fonts"
    system = set(QFontDatabase.families())
    added: list[str] = []
    for family, filename in (*CJK_FACES.items(), LATIN_FACE):
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
    """Make the bundled CJK faces the fallback of the app font and of the stage font."""
    fallbacks = fallback_families(language)
    for family in {LATIN_FACE[0], QFont().family(), "Sans Serif", "sans-serif"}:
        if family:
            QFont.removeSubstitutions(family)
            QFont.insertSubstitutions(family, fallbacks)
    if app is not None:
        font = app.font()
        base = [f for f in font.families() if f not in fallbacks] or [font.family()]
        font.setFamilies(base + fallbacks)
        app.setFont(font)
