"""Light and dark looks: palettes and the style sheet, following the system or Settings.

Mode ``system`` follows ``QStyleHints.colorScheme()`` (Qt 6.5+) and changes with it;
``light`` and ``dark`` are fixed. The style sheet is ui/style.py's, written in light
colours; for dark, each colour is swapped by where it is used: a text colour
(``color:``) and a surface colour (``background``/``border``) map differently,
since an accent that is dark text on white must become light text on a dark panel.
Every pair of text and surface colours passes WCAG AA (4.5:1); tests/ui/test_ui_theme.py
computes the ratios. The stage display keeps its own black high-contrast look in both.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

from sessionkit.ui.style import STYLE_SHEET

MODES = ("system", "light", "dark")
SETTING_KEY = "ui/theme"  # in the Qt INI of earlier versions (now preferences.json)

# palette roles -> colour, per theme
LIGHT = {
    "Window": "#f4f5f7", "WindowText": "#1d2330", "Base": "#ffffff",
    "AlternateBase": "#f0f2f5", "Text": "#1d2330", "Button": "#e9ecf0",
    "ButtonText": "#1d2330", "BrightText": "#ffffff", "Highlight": "#1f5f8b",
    "HighlightedText": "#ffffff", "PlaceholderText": "#646c7c", "Link": "#1f5f8b",
    "LinkVisited": "#6b3fa0", "ToolTipBase": "#1d2330", "ToolTipText": "#ffffff",
    "Light": "#ffffff", "Midlight": "#e3e6ea", "Mid": "#b9c0cc", "Dark": "#8a92a0",
    "Shadow": "#5a6272", "Accent": "#1f5f8b",
    "DisabledText": "#8a92a0",
}
DARK = {
    "Window": "#1b1e24", "WindowText": "#e8eaee", "Base": "#252932",
    "AlternateBase": "#2c313b", "Text": "#e8eaee", "Button": "#323844",
    "ButtonText": "#e8eaee", "BrightText": "#ffffff", "Highlight": "#2f6ea3",
    "HighlightedText": "#ffffff", "PlaceholderText": "#a3aab7", "Link": "#8cc4f0",
    "LinkVisited": "#c6a4f0", "ToolTipBase": "#e8eaee", "ToolTipText": "#1d2330",
    "Light": "#4a5262", "Midlight": "#3a404c", "Mid": "#2a2f38", "Dark": "#14161b",
    "Shadow": "#000000", "Accent": "#8cc4f0",
    "DisabledText": "#7c8494",
}
PALETTES = {"light": LIGHT, "dark": DARK}

# light colour -> dark colour, for text (color:) and for surfaces (background, border)
DARK_TEXT = {
    "#1d2330": "#e8eaee", "#5a6272": "#b4bac6", "#5d6576": "#a9b0bd",
    "#4a5262": "#c0c6d0", "#1f5f8b": "#8cc4f0", "#855600": "#f0b85a",
    "#1e7038": "#6fd08c", "#a12b2b": "#ff8a80", "#6b3fa0": "#c6a4f0",
    "white": "white", "#ffffff": "#e8eaee", "#b00000": "#ff8a80", "#0b5d1e": "#6fd08c",
}
DARK_SURFACE = {
    "#f4f5f7": "#1b1e24", "#ffffff": "#252932", "#d9dce1": "#3a404c",
    "#b9c0cc": "#5a6272", "#1f5f8b": "#1f5f8b", "#e3eef7": "#1f3a52",
    "white": "#252932", "transparent": "transparent",
}

# focus rings and outlines: at least 3:1 against the dark panels (WCAG 1.4.11)
DARK_BORDER = {"#1f5f8b": "#8cc4f0"}

_COLOR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\bwhite\b|\btransparent\b")
_DECL = re.compile(r"(?P<prop>[a-z-]+)\s*:\s*(?P<value>[^;{}]+)")


def dark_style_sheet(sheet: str = STYLE_SHEET) -> str:
    """The light style sheet with every colour swapped for its dark counterpart.
    Raises KeyError for a colour with no dark counterpart (a test catches it)."""
    def decl(m: re.Match) -> str:
        prop, value = m.group("prop"), m.group("value")
        table = DARK_TEXT if prop == "color" else DARK_SURFACE
        if prop.startswith("border"):
            table = {**DARK_SURFACE, **DARK_BORDER}
        if prop not in ("color", "background", "background-color", "border", "border-top",
                        "border-bottom", "border-left", "border-right", "border-color"):
            return m.group(0)
        return f"{prop}: " + _COLOR.sub(lambda c: table[c.group(0).lower()], value)
    return _DECL.sub(decl, sheet)


DESIGN_POINT_SIZE = 9.0  # the system font size style.py's pt sizes were chosen for (Qt default)
_PT = re.compile(r"(font-size\s*:\s*)(\d+(?:\.\d+)?)pt")


def scale_font_sizes(sheet: str, system_pt: float) -> str:
    """Style sheets only know absolute sizes: scale their pt sizes with the system font
    (a user with 12 pt system text gets a 20 pt session title instead of 15 pt)."""
    if system_pt <= 0 or abs(system_pt - DESIGN_POINT_SIZE) < 0.05:
        return sheet
    factor = system_pt / DESIGN_POINT_SIZE

    def sub(m: re.Match) -> str:
        return f"{m.group(1)}{round(float(m.group(2)) * factor, 1):g}pt"
    return _PT.sub(sub, sheet)


def style_sheet(scheme: str, system_pt: float = DESIGN_POINT_SIZE) -> str:
    sheet = dark_style_sheet() if scheme == "dark" else STYLE_SHEET
    return scale_font_sizes(sheet, system_pt)


def system_scheme() -> str:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None and hints.colorScheme() == Qt.ColorScheme.Dark:
        return "dark"
    return "light"


def effective_scheme(mode: str) -> str:
    return mode if mode in ("light", "dark") else system_scheme()


def make_palette(scheme: str) -> QPalette:
    colours = PALETTES[scheme]
    pal = QPalette()
    for role, value in colours.items():
        if role == "DisabledText":
            continue
        pal.setColor(getattr(QPalette.ColorRole, role), QColor(value))
    disabled = QColor(colours["DisabledText"])
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


class FocusRingStyle(QProxyStyle):
    """Fusion, plus a focus ring on push buttons reached by keyboard: Fusion marks the
    focused button and the default button alike, so OK looked the same with or without
    focus (WCAG 2.4.7)."""

    def drawControl(self, element, option, painter, widget=None):
        super().drawControl(element, option, painter, widget)
        flags = QStyle.StateFlag
        if (element == QStyle.ControlElement.CE_PushButton
                and option.state & flags.State_HasFocus
                and option.state & flags.State_KeyboardFocusChange):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            colour = QColor(PALETTES[current_scheme()]["Accent"])
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(3, 3, -3, -3), 3, 3)
            painter.restore()


_state = {"mode": "system", "scheme": None, "connected": False}


def apply_theme(mode: str = "system", app: QApplication | None = None) -> str:
    """Apply palette + style sheet for ``mode``; returns the scheme in effect."""
    app = app or QApplication.instance()
    mode = mode if mode in MODES else "system"
    _state["mode"] = mode
    scheme = effective_scheme(mode)
    if _state.get("styled_app") is not app:
        # Fusion draws with the palette everywhere; the proxy adds button focus rings
        app.setStyle(FocusRingStyle(QStyleFactory.create("Fusion")))
        _state["styled_app"] = app
    app.setPalette(make_palette(scheme))
    if "system_pt" not in _state:  # the platform's font size, before anything changes it
        _state["system_pt"] = QGuiApplication.font().pointSizeF()
    app.setStyleSheet(style_sheet(scheme, _state["system_pt"]))
    app.setProperty("colorScheme", scheme)
    _state["scheme"] = scheme
    if not _state["connected"]:
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(_system_changed)
            _state["connected"] = True
    return scheme


def _system_changed(*_args) -> None:
    if _state["mode"] == "system" and effective_scheme("system") != _state["scheme"]:
        apply_theme("system")


def current_scheme() -> str:
    return _state["scheme"] or "light"


# -- contrast (WCAG 2.x) ------------------------------------------------------------------

def relative_luminance(colour: str) -> float:
    c = QColor(colour)
    def linear(channel: float) -> float:  # an sRGB channel (0..1) as linear light
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4
    return (0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF())
            + 0.0722 * linear(c.blueF()))


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
