"""File → Secretariat view… (Ctrl+Shift+S): the table of every session, its filters, opening a
session from it by keyboard, refreshing when the data changes, and its size on a laptop."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from conftest import SCHEDULES
from sessionkit.domain.models import Note, NoteKind
from ui_keys import CTRL_SHIFT, type_text

T = datetime(2026, 11, 18, 5, 0, tzinfo=timezone.utc)


def _conference(store):
    from sessionkit.services.importing import import_schedule

    import_schedule(store, SCHEDULES / "pretalx-democon.json")
    a = store.sessions.find("G9JGWY").id
    for i, (kind, owner, due) in enumerate(((NoteKind.KEY_MESSAGE, "", None),
                                            (NoteKind.ACTION, "Mori", date(2026, 12, 1)),
                                            (NoteKind.ACTION, "", None))):
        store.notes.save(Note(session_id=a, text=f"note {i}", kind=kind,
                              created=T + timedelta(minutes=i), device="laptop-B",
                              action_owner=owner, action_due=due))


@pytest.fixture
def conference(store):
    _conference(store)
    return store


@pytest.fixture
def view(qtbot, conference, data_dir):
    from sessionkit.ui.secretariat.window import SecretariatWindow

    w = SecretariatWindow(conference, data_dir)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def window(open_window):
    """The main window (not tracked: opening another session deletes it) and the
    secretariat view it opened, both closed at the end."""
    from sessionkit.ui.live import moderator
    from sessionkit.ui.secretariat import _OPEN

    w = open_window(size=(1024, 700), track=False, prepare=_conference)
    yield w
    view = _OPEN.get("window")
    if view is not None:
        view.close()
    for win in list(moderator._OPEN_WINDOWS) + [w]:
        try:
            win.moderator.controller.shutdown()
            win.close()
        except RuntimeError:  # already closed and deleted
            pass
    moderator._OPEN_WINDOWS.clear()


def _cell(view, code, column):
    from sessionkit.ui.secretariat.model import KEYS

    row = view.visible_codes().index(code)
    return view.proxy.index(row, KEYS.index(column)).data()


def test_model_and_proxy_pass_the_model_tester(qtbot, view, conference):
    from PySide6.QtTest import QAbstractItemModelTester

    from sessionkit.services.notes import add_note
    from sessionkit.services.session_admin import new_session

    fatal = QAbstractItemModelTester.FailureReportingMode.Fatal
    testers = [QAbstractItemModelTester(view.model, fatal),
               QAbstractItemModelTester(view.proxy, fatal)]
    view.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # notes, most first
    assert view.visible_codes()[0] == "G9JGWY"
    add_note(conference, conference.sessions.find("VBTHYJ").id, "changed in place")
    view.refresh()  # same sessions: rows changed in place
    assert _cell(view, "VBTHYJ", "notes") == "1"
    new_session(conference, "Z1", "A session added meanwhile")
    view.refresh()  # another session: the table again
    assert "Z1" in view.visible_codes()
    type_text(qtbot, view.find_box, "gray")
    view.status_combo.setCurrentIndex(2)
    assert view.visible_codes() == ["G9JGWY"]
    assert len(testers) == 2


def test_what_a_row_shows(view):
    assert view.count_label.text() == "37 of 37 sessions"
    codes = view.visible_codes()
    assert codes[:2] == ["G9JGWY", "VBTHYJ"] and codes[-1] == "D3"  # by start, undated last
    assert _cell(view, "G9JGWY", "when") == "12-14 08:00"
    assert _cell(view, "G9JGWY", "room") == "Gray Room"
    assert _cell(view, "G9JGWY", "track") == "Phased"
    assert _cell(view, "G9JGWY", "notes") == "3"
    assert _cell(view, "G9JGWY", "key_messages") == "1"
    assert _cell(view, "G9JGWY", "actions") == "⚠ 1/2"
    assert _cell(view, "G9JGWY", "report") == "Not exported"
    assert _cell(view, "G9JGWY", "last").endswith(" · laptop-B")
    assert _cell(view, "D3", "when") == "Not scheduled"
    assert _cell(view, "D3", "outcomes") == "0/3 (3 open)"
    assert _cell(view, "D3", "last") == "No notes yet"
    assert _cell(view, "VBTHYJ", "actions") == "—"
    assert view.day_combo.currentText() == "All days"
    assert [view.day_combo.itemText(i) for i in range(view.day_combo.count())] == [
        "All days", "2020-12-14", "2020-12-15", "2020-12-16"]
    assert [view.track_combo.itemText(i) for i in range(view.track_combo.count())] == [
        "All tracks", "Horizontal", "Low Carbon City", "Phased"]


def test_filters_by_keyboard(qtbot, view):
    view.show()
    qtbot.waitExposed(view)
    view.day_combo.setFocus()
    # Day: the third entry (2020-12-15), by arrow keys
    qtbot.keyClick(view.day_combo, Qt.Key.Key_Down)
    qtbot.keyClick(view.day_combo, Qt.Key.Key_Down)
    assert len(view.visible_codes()) == 12
    assert view.count_label.text() == "12 of 37 sessions"
    qtbot.keyClick(view.day_combo, Qt.Key.Key_Tab)
    assert view.focusWidget() is view.track_combo
    qtbot.keyClick(view.track_combo, Qt.Key.Key_End)  # Phased
    assert view.visible_codes() == ["LFAMVU", "UDYMLF", "GJQXUU", "R8KFQC", "SQHELP"]
    qtbot.keyClick(view.track_combo, Qt.Key.Key_Tab)
    assert view.focusWidget() is view.status_combo
    qtbot.keyClick(view.status_combo, Qt.Key.Key_Down)  # report not exported: all of them
    assert len(view.visible_codes()) == 5
    qtbot.keyClick(view.status_combo, Qt.Key.Key_Down)  # actions incomplete: none that day
    assert view.visible_codes() == []
    assert view.count_label.text() == "No session matches."
    assert not view.open_button.isEnabled()
    qtbot.keyClick(view.status_combo, Qt.Key.Key_Home)
    qtbot.keyClick(view.status_combo, Qt.Key.Key_Tab)
    assert view.focusWidget() is view.find_box
    type_text(qtbot, view.find_box, "ALGORITHM")
    assert view.visible_codes() == ["UDYMLF"]
    qtbot.keyClick(view.find_box, Qt.Key.Key_Tab)
    assert view.focusWidget() is view.table
    # the status filters over all days
    view.day_combo.setCurrentIndex(0)
    view.track_combo.setCurrentIndex(0)
    view.find_box.clear()
    view.status_combo.setCurrentIndex(2)
    assert view.visible_codes() == ["G9JGWY"]
    view.status_combo.setCurrentIndex(3)
    assert view.visible_codes() == ["D3"]


def test_sorting_by_a_column_header(qtbot, view):
    from sessionkit.ui.secretariat.model import KEYS

    view.show()
    qtbot.waitExposed(view)
    header = view.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(KEYS.index("actions")) + 5, 5)
    orders = {}
    for _click in range(2):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
        assert header.sortIndicatorSection() == KEYS.index("actions")
        orders[header.sortIndicatorOrder()] = view.visible_codes()
    # most incomplete actions first, or last
    assert orders[Qt.SortOrder.DescendingOrder][0] == "G9JGWY"
    assert orders[Qt.SortOrder.AscendingOrder][-1] == "G9JGWY"
    assert orders[Qt.SortOrder.AscendingOrder][:2] == ["VBTHYJ", "3NEFSQ"]
    view.table.sortByColumn(KEYS.index("actions"), Qt.SortOrder.DescendingOrder)
    # ties keep the programme's order
    assert view.visible_codes()[1:3] == ["VBTHYJ", "3NEFSQ"]
    view.table.sortByColumn(KEYS.index("title"), Qt.SortOrder.AscendingOrder)
    titles = [view.proxy.index(r, KEYS.index("title")).data()
              for r in range(view.proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold)


def test_refreshes_when_another_connection_writes_or_a_report_is_exported(
        qtbot, view, conference, data_dir, tmp_path):
    from sessionkit.services.reports import export_report
    from sessionkit.store import Store

    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    assert view.timer.isActive() and view.timer.interval() == 3000
    other = Store.open(data_dir)  # the writer thread, a merge: another connection
    try:
        vb = other.sessions.find("VBTHYJ").id
        other.notes.save(Note(session_id=vb, text="from the writer", device="laptop-C"))
    finally:
        other.close()
    qtbot.waitUntil(lambda: _cell(view, "VBTHYJ", "notes") == "1", timeout=8000)
    assert _cell(view, "VBTHYJ", "last").endswith(" · laptop-C")
    export_report(conference, vb, tmp_path / "vb.md", fmt="md")
    view.refresh_if_changed()
    assert _cell(view, "VBTHYJ", "report").startswith("✓ ")
    # behind another window: checked less often, and at once when it comes forward
    other_window = QWidget()
    qtbot.addWidget(other_window)
    other_window.show()
    other_window.activateWindow()
    qtbot.waitUntil(lambda: not view.isActiveWindow(), timeout=3000)
    assert view.timer.interval() == 15000
    export_report(conference, conference.sessions.find("G9JGWY").id, tmp_path / "g.md",
                  fmt="md")
    assert _cell(view, "G9JGWY", "report") == "Not exported"
    view.activateWindow()
    qtbot.waitUntil(lambda: _cell(view, "G9JGWY", "report").startswith("✓ "), timeout=3000)
    assert view.timer.interval() == 3000
    view.hide()
    assert not view.timer.isActive()  # nothing polled while nobody looks


def test_a_failing_read_keeps_the_table_and_says_why(view, monkeypatch):
    from sessionkit.services import secretariat

    def broken(store):
        raise OSError("disk I/O error")

    monkeypatch.setattr(secretariat, "overview", broken)
    view.refresh()
    assert view.count_label.text() == "The sessions could not be read: disk I/O error"
    assert len(view.visible_codes()) == 37  # still the last figures


def test_ctrl_shift_s_then_enter_opens_the_session_in_the_main_window(qtbot, window):
    from sessionkit.ui.live import moderator
    from sessionkit.ui.secretariat import _OPEN

    w = window
    assert "Secretariat &view…" in [a.text() for a in w.menus["file"].actions()]
    w.capture_panel.edit.setFocus()
    type_text(qtbot, w.capture_panel.edit, "a draft in D3")
    qtbot.keyClick(w.capture_panel.edit, Qt.Key.Key_S, CTRL_SHIFT)
    view = _OPEN["window"]
    qtbot.waitExposed(view)
    assert not view.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)  # never keeps the app up
    frame = view.frameGeometry()
    assert frame.width() <= 1024 and frame.height() <= 768
    assert view.focusWidget() is view.table
    # type the code, Enter opens it
    view.find_box.setFocus()
    type_text(qtbot, view.find_box, "vbthyj")
    qtbot.keyClick(view.find_box, Qt.Key.Key_Return)
    new = moderator._OPEN_WINDOWS[-1]
    assert new is not w and new.ctx.session.code == "VBTHYJ"
    assert new.statusBar().currentMessage() == "Opened VBTHYJ — Managed stable function"
    assert new.ctx.store.drafts.get(new.ctx.store.sessions.find("D3").id) == "a draft in D3"
    assert view.isVisible()  # the list stays for the next one
    # in the table: Down to another row, Enter; it opens in the window now showing
    view.find_box.clear()
    view.table.setFocus()
    view.select_session(new.ctx.store.sessions.find("3NEFSQ").id)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.current_session_id() == new.ctx.store.sessions.find("SCYPFZ").id
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    newest = moderator._OPEN_WINDOWS[-1]
    assert newest is not new and newest.ctx.session.code == "SCYPFZ"
    assert not new.isVisible() and view.origin is newest
    # a double click opens too
    row = view.visible_codes().index("D3")
    index = view.proxy.index(row, 4)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    # a double click as a mouse sends it: press and release, then the second press
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert moderator._OPEN_WINDOWS[-1].ctx.session.code == "D3"
    # Esc closes the view
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: "window" not in _OPEN, timeout=3000)


def test_the_same_view_comes_back_with_the_key(qtbot, window):
    from sessionkit.ui.secretariat import open_secretariat

    first = open_secretariat(window)
    first.status_combo.setCurrentIndex(3)
    again = open_secretariat(window)
    assert again is first and again.visible_codes() == ["D3"]  # its filters kept


def test_proceedings_button_exports_the_sessions_the_filters_show(qtbot, window):
    from sessionkit.ui.secretariat import open_secretariat

    view = open_secretariat(window)
    assert not view.proceedings_button.isHidden()  # File → Export proceedings… exists
    view.status_combo.setCurrentIndex(3)  # outcomes with no status yet: D3 only
    assert view.visible_codes() == ["D3"]
    qtbot.keyClick(view.proceedings_button, Qt.Key.Key_Space)
    dialogs = window.proceedings_actions.dialogs
    assert dialogs and dialogs[-1].isVisible()
    dialog = dialogs[-1]
    codes = [window.ctx.store.sessions.get(sid).code for sid in dialog.session_ids]
    assert codes == ["D3"]
    assert dialog.choice.currentText() == "The chosen session"
    dialog.close()


def test_fits_a_laptop_screen_light_and_dark(qtbot, view, tmp_path):
    from sessionkit.ui.theme import apply_theme
    from ui_layout import layout_problems

    app = QApplication.instance()
    try:
        for scheme, (width, height) in (("light", (1024, 768)), ("dark", (1366, 768))):
            apply_theme(scheme, app)
            view.resize(min(view.width(), width), min(view.height(), height - 60))
            view.move(0, 0)
            view.show()
            qtbot.waitExposed(view)
            problems = layout_problems(view, QRect(0, 0, width, height))
            assert problems == [], problems
            # every column in view without scrolling sideways
            assert not view.table.horizontalScrollBar().isVisible()
            assert view.grab().save(str(tmp_path / f"secretariat-{scheme}-{width}.png"))
    finally:
        apply_theme("light", app)


def test_two_hundred_sessions_take_a_few_queries_and_none_to_paint(qtbot, store, data_dir):
    from sessionkit.domain.models import Session
    from sessionkit.ui.secretariat.window import SecretariatWindow

    with store.atomic():
        for i in range(200):
            s = Session(code=f"S{i:03}", title=f"Session {i}", track=f"T{i % 5}",
                        start=T + timedelta(minutes=30 * i))
            store.sessions.save(s)
            for k in range(5):
                store.notes.save(Note(session_id=s.id, text=f"n{k}", created=T))
    statements = []
    store._db.conn.set_trace_callback(statements.append)
    try:
        view = SecretariatWindow(store, data_dir)
        qtbot.addWidget(view)
        reading = len(statements)
        view.show()
        qtbot.waitExposed(view)
        view.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        view.grab()
        for r in range(view.proxy.rowCount()):  # every cell asked, as a scroll would
            for c in range(view.proxy.columnCount()):
                view.proxy.index(r, c).data()
                view.proxy.index(r, c).data(Qt.ItemDataRole.ToolTipRole)
    finally:
        store._db.conn.set_trace_callback(None)
    assert view.count_label.text() == "201 of 201 sessions"
    assert reading <= 8, statements
    # showing, sorting and painting read no more than the one change check
    assert all("data_version" in s for s in statements[reading:]), statements[reading:]


def test_ctrl_shift_s_is_free_listed_in_help_and_documented(qtbot, window):
    from pathlib import Path

    from PySide6.QtGui import QAction, QKeySequence

    from sessionkit.ui.dialogs.about import ShortcutsDialog

    key = QKeySequence("Ctrl+Shift+S")
    claims = [a.objectName() for a in window.findChildren(QAction) if key in a.shortcuts()]
    assert claims == ["secretariatAction"]
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = [(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
            for r in range(dialog.table.rowCount())]
    assert ("Ctrl+Shift+S", "Secretariat view: every session's notes, outcomes, actions "
            "and report") in rows
    root = Path(__file__).resolve().parents[2]
    assert "| Ctrl+Shift+S | Secretariat view" in (root / "docs" / "keyboard.md").read_text()
    assert "| Ctrl+Shift+S | Secretariat view" in (root / "README.md").read_text()


def test_every_control_is_named_and_reachable_by_keyboard(qtbot, view):
    from ui_walk import interactive_widgets, keyboard_unreachable, nameless

    view.show()
    qtbot.waitExposed(view)
    assert len(interactive_widgets(view)) >= 7
    assert nameless(view) == []
    assert keyboard_unreachable(view) == []
    # Tab from the table goes on to the buttons, not from cell to cell
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert view.focusWidget() in (view.proceedings_button, view.open_button)


def test_figures_are_not_cut_off_in_japanese_at_1024(qtbot, qapp, conference, data_dir):
    # the columns are sized from samples: in the UI's language, so "（未着手 2）" or
    # "日時未定" fit as well as "(2 open)" and "Not scheduled" do
    from sessionkit.ui import i18n
    from sessionkit.ui.secretariat.model import KEYS
    from sessionkit.ui.secretariat.window import SecretariatWindow

    assert i18n.install_translators("ja", qapp) == "ja"
    try:
        view = SecretariatWindow(conference, data_dir)
        qtbot.addWidget(view)
        view.resize(1000, 600)
        view.show()
        qtbot.waitExposed(view)
        metrics = view.table.fontMetrics()
        header = view.table.horizontalHeader()
        seen = set()
        for row in range(view.proxy.rowCount()):
            for key in ("when", "outcomes", "actions", "report"):
                text = view.proxy.index(row, KEYS.index(key)).data() or ""
                seen.add(text)
                assert metrics.horizontalAdvance(text) + 8 <= header.sectionSize(
                    KEYS.index(key)), (key, text)
        assert any("未着手" in s for s in seen)  # the translated outcomes were looked at
        assert not view.table.horizontalScrollBar().isVisible()
    finally:
        i18n.install_translators("en", qapp)
