"""Accessibility: names for screen readers, keyboard reach, visible focus,
text that scales with the system font, warnings not by colour alone."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QTableView
from ui_walk import (
    accessible_name,
    interactive_widgets,
    keyboard_unreachable,
    nameless,
    open_dialogs,
)

from sessionkit.ui import theme

# Controls that keep Tab for the note box, each operated by a key chord from it
# (docs/capture.md): checked below by pressing the chord.
CHORD_OPERATED = {"kindCombo", "itemPicker", "speakerPicker"}


def test_every_interactive_widget_of_the_main_window_has_a_name(window, qtbot):
    assert len(interactive_widgets(window)) > 10
    assert nameless(window) == []
    window.moderator.set_live(True)
    qtbot.wait(10)
    assert window.moderator.panel.isVisible()
    assert nameless(window) == []


def test_every_dialog_names_its_controls(window, qtbot):
    seen = []
    for name, dlg in open_dialogs(window):
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        assert interactive_widgets(dlg), name
        assert nameless(dlg) == [], name
        assert keyboard_unreachable(dlg) == [], name
        seen.append(name)
        dlg.close()
    assert {"settings", "session editor", "agenda editor", "search"} <= set(seen)


def test_every_control_is_reachable_or_operable_by_keyboard(window, qtbot):
    for live in (False, True):
        window.moderator.set_live(live)
        qtbot.wait(10)
        left = {d.split(" <")[0].split("#")[1] for d in keyboard_unreachable(window)}
        assert left <= CHORD_OPERATED, left
    window.moderator.set_live(False)
    cap = window.capture_panel
    edit = cap.edit
    edit.setFocus()
    before = cap.kind_combo.currentIndex()
    qtbot.keyClick(edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert cap.kind_combo.currentIndex() != before
    for combo, mods in ((cap.item_combo, Qt.KeyboardModifier.ControlModifier),
                        (cap.speaker_combo, Qt.KeyboardModifier.ControlModifier
                         | Qt.KeyboardModifier.ShiftModifier)):
        if combo.count() < 2:
            continue
        combo.setCurrentIndex(0)
        qtbot.keyClick(edit, Qt.Key.Key_Down, mods)
        assert combo.currentIndex() == 1, combo.objectName()


def _tab(qtbot, focus) -> None:
    """Tab to the next control: Ctrl+Tab out of a text box that takes Tab itself, and
    out of a table whose Tab moves between cells (Qt's standard way out)."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    ctrl = Qt.KeyboardModifier.ControlModifier
    if isinstance(focus, (QPlainTextEdit, QTextEdit)) and not focus.tabChangesFocus():
        qtbot.keyClick(focus, Qt.Key.Key_Tab, ctrl)
        return
    qtbot.keyClick(focus, Qt.Key.Key_Tab)
    QApplication.processEvents()
    if QApplication.focusWidget() is focus:
        qtbot.keyClick(focus, Qt.Key.Key_Tab, ctrl)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_tab_reaches_every_control_with_a_visible_focus(window, qtbot, qapp, scheme):
    """Press Tab round the window: every control gets focus, and looks focused."""
    theme.apply_theme(scheme, qapp)
    try:
        window.activateWindow()
        qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
        targets = [w for w in interactive_widgets(window)
                   if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()]
        assert len(targets) >= 8
        first = QApplication.focusWidget()
        plain = {id(w): w.grab().toImage() for w in targets if w is not first}
        visited, invisible = [], []
        focus = first
        for _ in range(3 * len(targets)):
            _tab(qtbot, focus)
            QApplication.processEvents()
            focus = QApplication.focusWidget()
            if focus in targets and focus not in visited:
                visited.append(focus)
                if id(focus) in plain and focus.grab().toImage() == plain[id(focus)]:
                    invisible.append(f"{type(focus).__name__}#{focus.objectName()}")
        missed = [f"{type(w).__name__}#{w.objectName()}" for w in targets if w not in visited]
        assert missed == []
        assert invisible == []
    finally:
        theme.apply_theme("light", qapp)


def test_tab_reaches_every_dialog_control_with_a_visible_focus(window, qtbot, qapp):
    theme.apply_theme("light", qapp)
    problems = {}
    for name, dlg in open_dialogs(window):
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.activateWindow()
        qtbot.waitUntil(lambda d=dlg: d.isActiveWindow(), timeout=2000)
        targets = [w for w in interactive_widgets(dlg)
                   if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()]
        if QApplication.focusWidget() is None or QApplication.focusWidget().window() is not dlg:
            dlg.focusNextChild()
        qtbot.waitUntil(lambda d=dlg: QApplication.focusWidget() is not None
                        and QApplication.focusWidget().window() is d, timeout=2000)
        first = QApplication.focusWidget()
        plain = {id(w): w.grab().toImage() for w in targets if w is not first}
        visited, invisible = [], []
        focus = first
        # in an editable table Tab walks the cells first (Qt's standard), then leaves
        cells = sum(v.model().rowCount() * v.model().columnCount() for v in targets
                    if isinstance(v, QTableView) and v.tabKeyNavigation())
        for _ in range(3 * len(targets) + 2 + cells):
            _tab(qtbot, focus)
            QApplication.processEvents()
            focus = QApplication.focusWidget()
            if focus in targets and focus not in visited:
                visited.append(focus)
                if id(focus) in plain and focus.grab().toImage() == plain[id(focus)]:
                    invisible.append(f"{type(focus).__name__}#{focus.objectName()}")
        missed = [f"{type(w).__name__}#{w.objectName()}" for w in targets if w not in visited]
        if missed or invisible:
            problems[name] = {"missed": missed, "invisible": invisible}
        dlg.close()
    import json
    assert problems == {}, json.dumps(problems, indent=1)


def test_text_scales_with_the_system_font(qapp):
    small = theme.style_sheet("light", 9.0)
    large = theme.style_sheet("light", 13.5)
    assert "#sessionTitle { font-size: 15pt" in small
    assert "#sessionTitle { font-size: 22.5pt" in large
    assert "font-size: 13.5pt" in theme.style_sheet("dark", 13.5)  # 9pt labels too
    assert not re.search(r"font(-size)?\s*:[^;]*\d+px", large)


def test_live_panel_sizes_follow_the_application_font(window, qtbot, qapp):
    """Labels sized relative to the font (×1.2 etc.) grow when the system font does."""
    window.moderator.set_live(True)
    panel = window.moderator.panel
    big = [lbl for lbl in panel.findChildren(QLabel) if lbl.font().pointSizeF() > 0]
    sizes = {lbl.objectName(): lbl.font().pointSizeF() for lbl in big}
    assert sizes and max(sizes.values()) > qapp.font().pointSizeF()


def test_live_warnings_use_words_and_symbols(window, qtbot):
    from sessionkit.services.clock import WarningLevel
    from sessionkit.ui.live.live_controller import warning_text

    for level, symbol in ((WarningLevel.AMBER, "⚠"), (WarningLevel.RED, "■"),
                          (WarningLevel.OVER, "▲")):
        text = warning_text(level, 30 if level == WarningLevel.AMBER else -30)
        assert text.startswith(symbol) and len(text) > 3


def test_settings_combos_have_buddy_labels(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from sessionkit.ui.dialogs.settings_dialog import SettingsDialog

    dlg = SettingsDialog(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dlg)
    buddies = {lbl.buddy() for lbl in dlg.findChildren(QLabel) if lbl.buddy()}
    for combo in dlg.findChildren(QComboBox):
        assert combo in buddies  # Alt+L / Alt+A / Alt+R reach it
        assert accessible_name(combo)
