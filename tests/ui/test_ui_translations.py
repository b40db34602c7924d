"""UI translations: the .ts sources are complete and current, the .qm files
are their compiled form, and a Japanese UI shows no English left behind."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from defusedxml import ElementTree
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from ui_walk import open_dialogs

from sessionkit.services.sessions import open_store
from sessionkit.ui import i18n
from sessionkit.ui.app import choose_session, open_main_window, ui_settings

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("ja", "ko", "zh_CN")
spec = importlib.util.spec_from_file_location("update_translations",
                                              ROOT / "scripts" / "update_translations.py")
upd = importlib.util.module_from_spec(spec)
spec.loader.exec_module(upd)

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d|%n")
ACCEL = re.compile(r"(?<!&)&(?!&)(\w)")
NOT_ACCELERATORS = {"Q&A"}  # a label in a list, not a menu or button text


def messages(ts: Path):
    for ctx in ElementTree.parse(str(ts)).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            yield ctx.findtext("name"), msg.findtext("source") or "", tr


@pytest.mark.parametrize("lang", LANGS)
def test_ts_has_no_unfinished_or_empty_translation(lang):
    assert upd.problems(upd.ts_path(lang)) == []
    assert sum(1 for _ in messages(upd.ts_path(lang))) > 400


@pytest.mark.parametrize("lang", LANGS)
def test_ts_holds_every_string_in_the_code(lang, tmp_path):
    """lupdate into a copy: a string added to ui/ since the last update shows up as
    unfinished there (and one removed would be dropped)."""
    copy = tmp_path / upd.ts_path(lang).name
    shutil.copy(upd.ts_path(lang), copy)
    upd.run_lupdate([copy])
    assert upd.problems(copy) == []
    before = {(c, s) for c, s, _ in messages(upd.ts_path(lang))}
    after = {(c, s) for c, s, _ in messages(copy)}
    assert after == before, {"new": sorted(after - before)[:10],
                             "gone": sorted(before - after)[:10]}


def test_lupdate_sees_the_wrapped_helpers():
    calls = upd.wrapped_calls(upd.ui_sources())
    assert ("Safety", "Restore from backup…") in calls or any(c == "Safety" for c, _ in calls)
    assert ("AgendaEditor", "Kind") in calls  # t = QCoreApplication.translate aliases


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders_and_one_accelerator(lang):
    bad = []
    for ctx, src, tr in messages(upd.ts_path(lang)):
        text = tr.text or ""
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)):
            bad.append((ctx, src, text, "placeholders"))
        if ACCEL.search(src) and src not in NOT_ACCELERATORS and len(ACCEL.findall(text)) != 1:
            bad.append((ctx, src, text, "accelerator"))
        if src.count("\n") and src.count("\n\n") != text.count("\n\n"):
            bad.append((ctx, src, text, "paragraphs"))
        for symbol in "⚠■▲▶◀✓★❚":
            if symbol in src and symbol not in text:
                bad.append((ctx, src, text, f"symbol {symbol}"))  # warnings not by colour
    assert bad == []


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_qm_is_the_compiled_ts(lang, tmp_path):
    qm = upd.ts_path(lang).with_suffix(".qm")
    assert qm.exists(), "run: python scripts/update_translations.py"
    fresh = tmp_path / qm.name
    subprocess.run([upd.tool("pyside6-lrelease"), "-silent", str(upd.ts_path(lang)), "-qm",
                    str(fresh)], check=True)
    assert fresh.read_bytes() == qm.read_bytes(), \
        "the .qm is older than its .ts: run python scripts/update_translations.py"


# -- the translated UI, as a user sees it ----------------------------------------------

ALLOWED = {"#", "±", "Ctrl+E", "Ctrl+Q", "SessionKit", "OK", "iCalendar (*.ics)",
           # format and paper names read the same in every language
           "PDF", "A4", "Markdown", "Word (DOCX)", "PDF (*.pdf)", "Word (*.docx)",
           "Markdown (*.md)"}


def english_sources() -> set[str]:
    return {src for _, src, _ in messages(upd.ts_path("ja"))} - ALLOWED


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can see or hear in root's visible tree."""
    out = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        where = f"{type(w).__name__}#{w.objectName()}"
        if w.isWindow():
            out.append((where + " title", w.windowTitle()))
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((where, w.title()))
        elif isinstance(w, QComboBox):
            out += [(where + " item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            out.append((where + " placeholder", w.placeholderText()))
        elif isinstance(w, QTabWidget):
            out += [(where + " tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            if header.isVisible():
                out += [(where + " header", str(w.model().headerData(c, _H) or ""))
                        for c in range(header.count()) if not header.isSectionHidden(c)]
        if w.toolTip():
            out.append((where + " tooltip", w.toolTip()))
        if w.accessibleName():
            out.append((where + " accessible name", w.accessibleName()))
    for menu in root.findChildren(QMenu):
        out.append(("menu " + menu.objectName(), menu.title()))
        out += [("menu action", a.text()) for a in menu.actions() if not a.isSeparator()]
    return out


from PySide6.QtCore import Qt

_H = Qt.Orientation.Horizontal


def session_data(window) -> set[str]:
    """Texts that come from the session (titles, names): not the UI's to translate."""
    b = window.ctx.bundle
    texts = {b.session.code, b.session.title, b.session.room, b.session.track}
    texts |= {a.title for a in b.agenda} | {p.display_name for p in b.people}
    texts |= {o.text for o in b.outcomes}
    return {t for t in texts if t}


@pytest.fixture
def japanese(qapp):
    assert i18n.install_translators("ja", qapp) == "ja"
    yield
    i18n.install_translators("en", qapp)


def left_in_english(root, data: set[str]) -> list[tuple[str, str]]:
    sources = english_sources()
    return [(where, text) for where, text in visible_texts(root)
            if text and text in sources and text not in data]


def test_japanese_main_window_and_dialogs_show_no_english(japanese, qtbot, data_dir):
    store, _ = open_store(data_dir)
    settings = ui_settings(data_dir)
    w = open_main_window(store, data_dir, choose_session(store, settings, None), settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    data = session_data(w)
    try:
        texts = visible_texts(w)
        assert ("menu ", "ファイル(&F)") in texts or any(t == "ファイル(&F)" for _, t in texts)
        assert left_in_english(w, data) == []
        w.moderator.set_live(True)
        qtbot.wait(10)
        assert left_in_english(w, data) == []
        w.moderator.set_live(False)
        for name, dlg in open_dialogs(w):
            qtbot.addWidget(dlg)
            dlg.show()
            qtbot.waitExposed(dlg)
            assert left_in_english(dlg, data) == [], name
            dlg.close()
    finally:
        w.close()
        store.close()


def test_stage_display_in_korean(qapp, qtbot):
    from sessionkit.services.clock import WarningLevel
    from sessionkit.ui.live.live_controller import StageView, warning_text
    from sessionkit.ui.live.stage_display import StageDisplay

    assert i18n.install_translators("ko", qapp) == "ko"
    try:
        stage = StageDisplay()
        qtbot.addWidget(stage)
        stage.show_view(StageView(countdown="1:45", level=WarningLevel.AMBER, flash_on=True,
                                  status=warning_text(WarningLevel.AMBER, 105),
                                  item_title="Presentation: Kim Sang-Kap", speaker="김상갑",
                                  message="", session_title="D3"))
        assert stage.status_label.text() == "⚠ 1:45 남음"
        assert stage.windowTitle() == "SessionKit — 무대 화면"
    finally:
        i18n.install_translators("en", qapp)


def test_missing_catalogue_falls_back_to_english(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "i18n_dir", lambda: tmp_path)
    assert i18n.install_translators("ja", qapp) == "en"
    assert i18n.current_language() == "en"


@pytest.mark.slow
def test_language_chosen_in_settings_applies_at_start(qapp, tmp_path, monkeypatch):
    """What run_gui does at start: the Settings choice (the INI in the data dir) wins over
    the system locale; menus then read in that language."""
    from sessionkit.ui import theme
    from sessionkit.ui.preferences import apply_preferences

    monkeypatch.delenv("SESSIONKIT_LANG", raising=False)
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    settings = ui_settings(tmp_path)
    settings.setValue("ui/language", "zh_CN")
    settings.setValue("ui/theme", "dark")
    settings.sync()
    try:
        applied = apply_preferences(qapp, ui_settings(tmp_path))
        assert applied["language"] == "zh_CN" and applied["scheme"] == "dark"
        assert qapp.translate("MainWindow", "&File") == "文件(&F)"
        assert qapp.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own, qtbase_zh_CN
    finally:
        i18n.install_translators("en", qapp)
        theme.apply_theme("light", qapp)
