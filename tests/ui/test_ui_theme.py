"""Light/dark look, contrast (WCAG AA), font sizes, Settings, and the bundled UI fonts."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette

from sessionkit.services.clock import WarningLevel
from sessionkit.ui import theme
from sessionkit.ui.live import live_panel
from sessionkit.ui.live import stage_display
from sessionkit.ui.style import STYLE_SHEET

AA = 4.5
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def rules(sheet: str):
    for sel, body in RULE.findall(sheet):
        decl = {k.strip(): v.strip() for k, _, v in
                (d.partition(":") for d in body.split(";") if ":" in d)}
        yield sel.strip(), decl


def colour_of(value: str) -> str | None:
    m = re.search(r"#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}\b|\bwhite\b|\bblack\b", value)
    return m.group(0) if m else None


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_text_colour_in_the_style_sheet_passes_aa(scheme):
    sheet = theme.style_sheet(scheme)
    pal = theme.PALETTES[scheme]
    # surfaces text can sit on: the window, panels/bases, the drop-target highlight
    surfaces = [pal["Window"], pal["Base"], pal["AlternateBase"],
                theme.DARK_SURFACE["#e3eef7"] if scheme == "dark" else "#e3eef7"]
    checked = 0
    for sel, decl in rules(sheet):
        fg = colour_of(decl.get("color", ""))
        if fg is None:
            continue
        own_bg = colour_of(decl.get("background", "") or decl.get("background-color", ""))
        for bg in ([own_bg] if own_bg else surfaces):
            ratio = theme.contrast_ratio(fg, bg)
            assert ratio >= AA, f"{scheme}: {sel} {fg} on {bg} is {ratio:.2f}:1"
            checked += 1
    assert checked > 20


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_palette_pairs_pass_aa(scheme):
    p = theme.PALETTES[scheme]
    for fg, bg in (("Text", "Base"), ("Text", "AlternateBase"), ("WindowText", "Window"),
                   ("ButtonText", "Button"), ("HighlightedText", "Highlight"),
                   ("PlaceholderText", "Base"), ("Link", "Base"), ("Link", "Window"),
                   ("ToolTipText", "ToolTipBase"), ("WindowText", "Base")):
        ratio = theme.contrast_ratio(p[fg], p[bg])
        assert ratio >= AA, f"{scheme}: {fg} {p[fg]} on {bg} {p[bg]}: {ratio:.2f}:1"


def test_contrast_ratio_matches_the_wcag_reference_values():
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_every_style_sheet_colour_has_a_dark_counterpart():
    # a colour someone adds to style.py without a dark mapping fails here, not at run time
    dark = theme.dark_style_sheet(STYLE_SHEET)
    assert "#f4f5f7" not in dark.lower() and "#1d2330" not in dark.lower()


def test_stage_display_and_live_band_colours_pass_aa():
    for level, (bg, fg, accent) in stage_display.PALETTE.items():
        assert theme.contrast_ratio(fg, bg) >= 7, level  # AAA: read from 10 metres
        assert theme.contrast_ratio(accent, bg) >= AA, level
    bg, fg, accent = stage_display.FLASH_OFF
    assert theme.contrast_ratio(fg, bg) >= AA
    assert theme.contrast_ratio(*stage_display.MESSAGE_COLOURS) >= 7
    for level, (bg, fg) in live_panel.LEVEL_STYLE.items():
        assert theme.contrast_ratio(fg, bg) >= AA, level


def test_font_sizes_scale_with_the_system_font():
    """No pixel font sizes in style sheets: pt or relative sizes only."""
    src = Path(theme.__file__).parent
    offenders = []
    for path in src.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"font(-size)?\s*:[^;\"]*\d+px", text):
            offenders.append(f"{path.name}: {m.group(0)}")
        for m in re.finditer(r"setPixelSize\(", text):
            if path.name != "stage_display.py":  # sized from the window height on purpose
                offenders.append(f"{path.name}: setPixelSize")
    assert offenders == []
    assert re.findall(r"font-size:\s*\d+pt", STYLE_SHEET)


@pytest.mark.slow
def test_apply_theme_sets_palette_and_dark_sheet(qapp):
    try:
        assert theme.apply_theme("dark", qapp) == "dark"
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == theme.DARK["Window"]
        assert "#1b1e24" in qapp.styleSheet()
        assert theme.apply_theme("light", qapp) == "light"
        assert qapp.palette().color(QPalette.ColorRole.Base).name() == theme.LIGHT["Base"]
        assert qapp.styleSheet() == STYLE_SHEET
        assert qapp.property("colorScheme") == "light"
    finally:
        theme.apply_theme("light", qapp)


@pytest.mark.slow
def test_system_mode_follows_the_style_hints(qapp, monkeypatch):
    monkeypatch.setattr(theme, "system_scheme", lambda: "dark")
    try:
        assert theme.apply_theme("system", qapp) == "dark"
        monkeypatch.setattr(theme, "system_scheme", lambda: "light")
        theme._system_changed()  # what QStyleHints.colorSchemeChanged calls
        assert theme.current_scheme() == "light"
        assert qapp.styleSheet() == STYLE_SHEET
        theme.apply_theme("dark", qapp)
        monkeypatch.setattr(theme, "system_scheme", lambda: "dark")
        theme._system_changed()  # a fixed choice ignores the system
        assert theme.current_scheme() == "dark"
    finally:
        theme.apply_theme("light", qapp)


@pytest.mark.slow
def test_settings_dialog_saves_choices_and_applies_the_look(qapp, qtbot, tmp_path):
    import json

    from sessionkit.services import preferences
    from sessionkit.ui.preferences import report_language, report_options
    from sessionkit.ui.dialogs.settings_dialog import SettingsDialog

    dlg = SettingsDialog(tmp_path)
    qtbot.addWidget(dlg)
    assert dlg.language.currentData() == ""  # follows the system by default
    assert dlg.theme.currentData() == "system"
    assert report_language(tmp_path) == "en"
    dlg.language.setCurrentIndex(dlg.language.findData("ko"))
    dlg.theme.setCurrentIndex(dlg.theme.findData("dark"))
    dlg.report_language.setCurrentIndex(dlg.report_language.findData("ja"))
    try:
        dlg.accept()
        assert theme.current_scheme() == "dark"
    finally:
        theme.apply_theme("light", qapp)
    # in preferences.json (Qt-free, read by the CLI too), not in the Qt INI
    saved = json.loads((tmp_path / "preferences.json").read_text(encoding="utf-8"))
    assert saved["ui_language"] == "ko" and saved["appearance"] == "dark"
    assert preferences.load(tmp_path).report_language == "ja"
    assert not QSettings(str(tmp_path / "sessionkit-ui.ini"),
                         QSettings.Format.IniFormat).contains("ui/language")
    assert report_options(tmp_path) == {"language": "ja"}
    dlg2 = SettingsDialog(tmp_path)
    qtbot.addWidget(dlg2)
    assert dlg2.language.currentData() == "ko" and dlg2.report_language.currentData() == "ja"


def test_language_choice_order(monkeypatch, tmp_path):
    from sessionkit.services.preferences import Preferences
    from sessionkit.ui import i18n

    monkeypatch.delenv("SESSIONKIT_LANG", raising=False)
    monkeypatch.setattr(i18n, "system_language", lambda: "zh_CN")
    assert i18n.chosen_language(Preferences()) == "zh_CN"
    assert i18n.chosen_language(None) == "zh_CN"
    assert i18n.chosen_language(Preferences(ui_language="ja")) == "ja"
    assert i18n.chosen_language(Preferences(ui_language="fr")) == "zh_CN"  # no catalogue
    monkeypatch.setenv("SESSIONKIT_LANG", "ko_KR")
    assert i18n.chosen_language(Preferences(ui_language="ja")) == "ko"
    assert i18n.match_language(["zh-Hant-TW", "ja-JP"]) == "ja"
    assert i18n.match_language(["fr_FR"]) == "en"
    assert i18n.match_language(["zh-Hant-TW", "zh-TW", "zh"]) == "en"
    assert i18n.match_language(["zh-Hans-CN", "zh-CN", "zh"]) == "zh_CN"


NO_CJK_SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtGui import QFontDatabase, QTextLayout, QFont
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    text = "김상갑 광주광역시 森直樹 横浜市 城市间合作"
    before = set(QFontDatabase.families())
    assert not any(f in before for f in ("Droid Sans Fallback", "NanumGothic")), before
    from sessionkit.ui.fonts import register_ui_fonts
    added = register_ui_fonts(app, sys.argv[1])
    def fonts_used(font):
        layout = QTextLayout(text, font)
        layout.beginLayout(); layout.createLine(); layout.endLayout()
        used = set()
        for run in layout.glyphRuns():
            raw = run.rawFont()
            if 0 in run.glyphIndexes():
                used.add("MISSING")
            used.add(raw.familyName())
        return used
    print("ADDED", sorted(added))
    print("APP", sorted(fonts_used(app.font())))
    print("STAGE", sorted(fonts_used(QFont("DejaVu Sans"))))
""")


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_cjk_names_display_without_system_cjk_fonts(tmp_path, lang):
    """A machine whose only fonts are DejaVu: the bundled faces draw Hangul and Han."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        pytest.skip("DejaVu system fonts not installed")
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{dejavu}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>""",
                    encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", NO_CJK_SCRIPT, lang], capture_output=True,
                          text=True, env=env, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = dict(line.split(" ", 1) for line in proc.stdout.splitlines() if " " in line)
    assert "Droid Sans Fallback" in out["ADDED"] and "NanumGothic" in out["ADDED"]
    for key in ("APP", "STAGE"):
        assert "MISSING" not in out[key], out
        assert "NanumGothic" in out[key] or lang == "en", out
        assert "Droid Sans Fallback" in out[key], out


def test_fonts_are_not_registered_twice_when_the_system_has_them(qapp):
    from PySide6.QtGui import QFontDatabase

    from sessionkit.ui import fonts

    fonts.register_ui_fonts(qapp)
    count = len(QFontDatabase.families())
    assert fonts.register_ui_fonts(qapp) == []
    assert len(QFontDatabase.families()) == count
    fams = qapp.font().families()
    tail = fams[-len(fonts.ui_families("")):]
    assert tail == fonts.ui_families("") and len(set(fams)) == len(fams)


def test_stage_warning_levels_carry_words_not_only_colour():
    from sessionkit.ui.live.live_controller import warning_text

    texts = {lvl: warning_text(lvl, -30 if lvl == WarningLevel.OVER else 45)
             for lvl in (WarningLevel.AMBER, WarningLevel.RED, WarningLevel.OVER)}
    assert all(t.strip() for t in texts.values())
    assert len(set(texts.values())) == 3  # each level reads differently without colour
    for level, symbol in ((WarningLevel.AMBER, "⚠"), (WarningLevel.RED, "■"),
                          (WarningLevel.OVER, "▲")):
        assert texts[level].startswith(symbol)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_focus_rings_stand_out_from_the_panels(scheme):
    """WCAG 1.4.11: a focus indicator has 3:1 against what surrounds it."""
    sheet = theme.style_sheet(scheme)
    pal = theme.PALETTES[scheme]
    rings = [colour_of(decl.get("border", "")) for sel, decl in rules(sheet) if ":focus" in sel]
    rings = [r for r in rings if r]
    assert len(rings) >= 2
    for ring in rings:
        for bg in (pal["Base"], pal["Window"]):
            assert theme.contrast_ratio(ring, bg) >= 3, (scheme, ring, bg)
