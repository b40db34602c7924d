"""A whole session by keyboard, as a rapporteur runs it: edit a note reached with the
keys, undo/redo, the bin's Undo, the notes list's clock, dialogs beside the live band."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from sessionkit.services.sessions import open_store
from sessionkit.ui.app import choose_session, open_main_window, ui_settings
from sessionkit.ui.capture.writer import wait_all_idle

from ui_keys import ctrl_enter, type_text


@pytest.fixture
def window(open_window):
    return open_window(size=(1366, 740), live=False)


def add_notes(qtbot, w, *texts):
    box = w.capture_panel.edit
    for text in texts:
        box.setFocus()
        type_text(qtbot, box, text)
        ctrl_enter(qtbot, box)
    QApplication.processEvents()


def stored_texts(w):
    return [n.text for n in w.ctx.store.notes.for_session(w.ctx.session_id)]


def test_f2_edits_a_note_reached_with_ctrl_l_and_arrows(window, qtbot):
    add_notes(qtbot, window, "first note", "second note", "third note")
    window.notes_panel.reload()  # as after reopening: no current cell yet
    qtbot.keyClick(window.capture_panel.edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    view = window.notes_panel.view
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.objectName() == "noteEditor"
    type_text(qtbot, editor, " edited")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert wait_all_idle()
    texts = stored_texts(window)
    assert sum(t.endswith(" edited") for t in texts) == 1, texts
    assert view.hasFocus()  # back in the list, ready for the next key


def test_shift_enter_keeps_a_line_break_in_the_edited_note(window, qtbot):
    add_notes(qtbot, window, "line one")
    view = window.notes_panel.view
    qtbot.keyClick(window.capture_panel.edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, editor, "line two")
    assert editor.objectName() == "noteEditor" and editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert stored_texts(window)[-1] == "line one\nline two"


# -- the first window fits the screen -------------------------------------------------------
def test_first_window_fits_a_768_pixel_screen():
    from PySide6.QtCore import QRect

    from sessionkit.ui.placement import fit_geometry

    for avail in (QRect(0, 0, 1024, 728), QRect(0, 0, 1366, 740), QRect(0, 32, 1366, 736)):
        rect = fit_geometry(avail)
        assert avail.contains(rect), (avail, rect)
        assert rect.height() <= avail.height() - 40  # the title bar fits above it
    big = fit_geometry(QRect(0, 0, 1920, 1040))
    assert (big.width(), big.height()) == (1280, 800)
    assert QRect(0, 0, 1920, 1040).contains(big)


def test_saved_place_is_restored_only_where_it_fits():
    from PySide6.QtCore import QRect

    from sessionkit.ui.placement import fit_geometry

    saved = QRect(300, 100, 1500, 900)  # saved on a 1920×1080 monitor
    assert fit_geometry(QRect(0, 0, 1920, 1040), saved) == saved
    laptop = QRect(0, 0, 1366, 740)
    assert laptop.contains(fit_geometry(laptop, saved))


def test_opened_window_is_within_the_screen_and_remembers_its_place_per_screen(qtbot, data_dir):
    """The offscreen test screen is smaller than the window used to open (1280×800)."""
    from PySide6.QtCore import QRect

    from sessionkit.ui.placement import screen_key

    store, _ = open_store(data_dir)
    settings = ui_settings(data_dir)
    sid = choose_session(store, settings, None)
    w = open_main_window(store, data_dir, sid, settings)
    qtbot.addWidget(w)
    avail = w.screen().availableGeometry()
    assert avail.contains(w.frameGeometry()), (avail, w.frameGeometry())
    w.show()
    qtbot.waitExposed(w)
    assert avail.contains(w.geometry())
    # smaller than the screen, but not below what the window's layout needs
    smaller = QRect(avail.x() + 20, avail.y() + 60,
                    max(avail.width() - 100, w.minimumSizeHint().width()),
                    max(avail.height() - 120, w.minimumSizeHint().height()))
    w.setGeometry(smaller)
    w.close()
    key = screen_key(w.screen())
    assert settings.value(f"window/{key}/rect") == smaller
    # a size saved for this screen that does not fit any more is not restored
    settings.setValue(f"window/{key}/rect", QRect(0, 0, 1280, 2000))
    w2 = open_main_window(store, data_dir, sid, settings)
    qtbot.addWidget(w2)
    assert avail.contains(w2.geometry())
    settings.setValue(f"window/{key}/rect", smaller)
    w3 = open_main_window(store, data_dir, sid, settings)
    qtbot.addWidget(w3)
    assert w3.geometry() == smaller
    for x in (w2, w3):
        x.close()
    store.close()


# -- undo, redo and the bin -------------------------------------------------------------------
@pytest.fixture
def qt_messages():
    seen = []

    def handler(mode, context, message):
        seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


def test_redo_keys_are_each_bound_once_even_where_redo_is_ctrl_shift_z():
    from PySide6.QtGui import QKeySequence

    from sessionkit.ui.keys import redo_keys

    for platform in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"), QKeySequence()):
        keys = [k.toString() for k in redo_keys(platform)]
        assert len(keys) == len(set(keys)), keys
        assert "Ctrl+Shift+Z" in keys and "Ctrl+Y" in keys


def visible_texts(w):
    proxy = w.notes_panel.proxy
    return [proxy.index(r, 3).data(Qt.ItemDataRole.EditRole) for r in range(proxy.rowCount())]


def test_delete_says_moved_to_the_bin_and_undo_redo_by_keys(window, qtbot, qt_messages):
    add_notes(qtbot, window, "keep me", "delete me")
    panel = window.notes_panel
    view = panel.view
    qtbot.keyClick(window.capture_panel.edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    panel.select_note(window.ctx.store.notes.for_session(window.ctx.session_id)[-1].id)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "delete me" not in visible_texts(window)
    assert panel.undo_bar.isVisible()
    assert panel.undo_label.text().startswith("Note moved to the bin")
    assert panel.undo_button.isVisible() and panel.undo_button.text() == "Undo"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "delete me" in visible_texts(window)
    assert "delete me" in stored_texts(window)
    assert not panel.undo_bar.isVisible()
    for redo in ((Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                  | Qt.KeyboardModifier.ShiftModifier),
                 (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)):
        qtbot.keyClick(view, *redo)
        assert "delete me" not in stored_texts(window), redo
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert "delete me" in stored_texts(window)
    # the Undo button does the same as Ctrl+Z
    panel.select_note(window.ctx.store.notes.for_session(window.ctx.session_id)[-1].id)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert stored_texts(window) == ["keep me", "delete me"]
    assert not any("Ambiguous" in m for m in qt_messages), qt_messages


def test_ctrl_z_in_the_note_box_still_undoes_typing(window, qtbot, qt_messages):
    add_notes(qtbot, window, "a note")
    panel = window.notes_panel
    qtbot.keyClick(window.capture_panel.edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert stored_texts(window) == []
    box = window.capture_panel.edit
    box.setFocus()
    type_text(qtbot, box, "draft")
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.toPlainText() == ""
    assert stored_texts(window) == []  # the note stays in the bin
    assert not any("Ambiguous" in m for m in qt_messages), qt_messages


def test_agenda_editor_redo_keys_work_without_ambiguity(qtbot, window, qt_messages):
    from sessionkit.ui.editors.agenda_editor import AgendaEditorDialog

    dialog = AgendaEditorDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    view = dialog.editor.view
    titles = lambda: [a.title for a in window.ctx.store.agenda.for_session(  # noqa: E731
        window.ctx.session_id)]
    before = titles()
    view.setFocus()
    view.selectRow(1)
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    added = titles()
    assert len(added) == len(before) + 1
    for redo in ((Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                  | Qt.KeyboardModifier.ShiftModifier),
                 (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert titles() == before
        qtbot.keyClick(view, *redo)
        assert titles() == added, redo
    assert not any("Ambiguous" in m for m in qt_messages), qt_messages
    dialog.close()


# -- people renamed while a card is open for editing -----------------------------------------
def test_speaker_cards_show_a_rename_from_people_and_roles(window, qtbot):
    from sessionkit.ui.editors.session_editor import SessionEditorDialog

    dialog = SessionEditorDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [c.name_label.text() for c in dialog.cards.cards]
    assert len(names) >= 2
    dialog.cards.cards[1].begin_edit()  # the user had opened another card's editor
    row = next(r for r in range(dialog.people_table.rowCount())
               if dialog.people_table.item(r, 0).text() == names[0])
    dialog.people_table.item(row, 0).setText("Dr Renamed")
    assert dialog.save()
    dialog.tabs.setCurrentWidget(dialog.cards)
    shown = [c.name_label.text() for c in dialog.cards.cards]
    assert "Dr Renamed" in shown and names[0] not in shown, shown
    dialog.cards.cards[1].cancel_edit()  # the edit ends: the cards are rebuilt
    qtbot.waitUntil(lambda: not dialog.cards._stale)
    assert [c.name_label.text() for c in dialog.cards.cards][0] == "Dr Renamed"
    dialog.close()


# -- one clock: the session's ----------------------------------------------------------------
def test_notes_list_shows_times_in_the_session_time_zone_and_says_which(window, qtbot):
    from zoneinfo import ZoneInfo

    store = window.ctx.store
    s = store.sessions.get(window.ctx.session_id)
    s.timezone = "Pacific/Kiritimati"  # UTC+14: never the test machine's own zone
    store.sessions.save(s)
    window.ctx.reload_bundle()
    add_notes(qtbot, window, "what time is it?")
    note = store.notes.for_session(window.ctx.session_id)[-1]
    model = window.notes_panel.proxy
    row = model.rowCount() - 1
    expected = note.created.astimezone(ZoneInfo("Pacific/Kiritimati")).strftime("%H:%M:%S")
    assert model.index(row, 0).data() == expected
    header = model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Time (Kiritimati)"
    assert "Pacific/Kiritimati" in model.headerData(0, Qt.Orientation.Horizontal,
                                                     Qt.ItemDataRole.ToolTipRole)
    # no zone set: the computer's time, and the header does not claim a zone
    s.timezone = ""
    store.sessions.save(s)
    window.ctx.reload_bundle()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time"
    assert model.index(row, 0).data() == note.created.astimezone().strftime("%H:%M:%S")


# -- the outcomes' ⋯ buttons stay whole ------------------------------------------------------
@pytest.mark.parametrize("width", [340, 260, 220])
def test_outcome_menu_buttons_stay_whole_after_a_status_change(qtbot, window, width):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QScrollArea

    from sessionkit.domain.models import OutcomeStatus
    from sessionkit.ui.panels.outcomes import OutcomesPanel

    panel = OutcomesPanel(window.ctx)
    qtbot.addWidget(panel)
    panel.resize(width, 500)
    panel.show()
    viewport = panel.findChild(QScrollArea).viewport()
    for row in panel.rows:
        row.choose(OutcomeStatus.NOT_ACHIEVED)
        row.show_evidence(12)
    QApplication.processEvents()
    for row in panel.rows:
        b = row.menu_button
        assert b.isVisible() and b.size() == b.sizeHint()
        right = b.mapTo(viewport, QPoint(b.width(), 0)).x()
        assert right <= viewport.width(), (right, viewport.width())


# -- the newest note is in full view ---------------------------------------------------------
@pytest.fixture
def light_theme():
    from sessionkit.ui.theme import apply_theme

    apply_theme("light")
    yield
    QApplication.instance().setStyleSheet("")


@pytest.mark.slow
@pytest.mark.parametrize("size", [(1024, 700), (1366, 740)])
def test_newest_note_is_fully_visible_after_adding(window, qtbot, size, light_theme):
    window.resize(*size)
    view = window.notes_panel.view
    long = ("A long note that wraps over several lines in the notes list, as a rapporteur "
            "types a whole intervention in one go without pressing Enter even once. ") * 3
    add_notes(qtbot, window, *[f"note {n}" for n in range(12)])
    for n in range(3):
        add_notes(qtbot, window, f"{n}: {long}")
        qtbot.wait(50)  # rows on screen get their height a moment later
        last = view.model().rowCount() - 1
        rect = view.visualRect(view.model().index(last, 3))
        assert rect.height() > view.fontMetrics().height() * 2  # it did wrap
        assert rect.top() >= 0 and rect.bottom() <= view.viewport().height(), (
            rect, view.viewport().height())


# -- panes sized by their content -------------------------------------------------------------
@pytest.mark.parametrize("size", [(1008, 680), (1350, 690)])
def test_agenda_shows_every_item_while_speakers_have_room(qtbot, data_dir, size):
    from sessionkit.domain.models import AgendaItem, ItemKind
    from sessionkit.services.agenda_edit import add_item

    store, _ = open_store(data_dir)
    settings = ui_settings(data_dir)
    sid = choose_session(store, settings, None)
    for n in range(6):  # twelve items: a long afternoon
        add_item(store, sid, AgendaItem(title=f"Extra talk {n + 1}",
                                        kind=ItemKind.PRESENTATION, planned_minutes=10))
    w = open_main_window(store, data_dir, sid, settings)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    QApplication.processEvents()
    tree = w.agenda_panel.tree
    assert tree.topLevelItemCount() == 12
    last = tree.visualItemRect(tree.topLevelItem(11))
    assert not tree.verticalScrollBar().isVisible()
    assert last.bottom() <= tree.viewport().height()
    # the speakers pane is not left half empty meanwhile
    speakers = w.speakers_panel
    assert speakers.height() <= speakers.preferred_height() + 40
    w.close()
    store.close()


# -- tool dialogs beside the window, not over the live band -----------------------------------
def open_each_dialog(window, qtbot):
    """History (H), search (Ctrl+F) and report details (Ctrl+R), opened by keys."""
    add_notes(qtbot, window, "a note with a history")
    note = window.ctx.store.notes.for_session(window.ctx.session_id)[-1]
    from sessionkit.services import capture as cap

    cap.edit_note(window.ctx.store, note.id, text="a note with a history, edited")
    window.notes_panel.reload()
    qtbot.keyClick(window.capture_panel.edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.notes_panel.view, Qt.Key.Key_H)
    history = window.notes_panel.history_dialog
    qtbot.keyClick(window.notes_panel.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.capture_tools.search_dialog
    window.activateWindow()
    qtbot.keyClick(window.capture_panel.edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    report = window.capture_tools.report_dialog
    return [history, search, report]


@pytest.mark.parametrize("size", [(1008, 680), (1350, 690)])
def test_tool_dialogs_are_not_modal_and_leave_the_top_band_visible(window, qtbot, size):
    from sessionkit.ui.placement import top_band

    window.move(0, 0)
    window.resize(*size)
    QApplication.processEvents()
    dialogs = open_each_dialog(window, qtbot)
    band = top_band(window)
    assert band.height() >= window.header.height()
    screen = window.screen().availableGeometry()
    for d in dialogs:
        assert d is not None and d.isVisible(), d
        assert not d.isModal() and d.windowModality() == Qt.WindowModality.NonModal
        assert not d.frameGeometry().intersects(band), (d.objectName(), d.frameGeometry(), band)
        frame = d.frameGeometry()
        assert screen.top() <= frame.top() and frame.bottom() <= screen.bottom(), (
            d.objectName(), frame, screen)
    assert QApplication.activeModalWidget() is None
    # the note box takes typing while they are open
    box = window.capture_panel.edit
    box.setFocus()
    type_text(qtbot, box, "still typing")
    assert box.toPlainText() == "still typing"
    for d in dialogs:
        d.close()


def test_a_session_opens_on_its_newest_notes(qtbot, data_dir, light_theme):
    from sessionkit.report.sample import populate_demo

    store, _ = open_store(data_dir)
    settings = ui_settings(data_dir)
    sid = choose_session(store, settings, None)
    populate_demo(store, sid)
    w = open_main_window(store, data_dir, sid, settings)
    qtbot.addWidget(w)
    w.resize(1008, 680)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(100)
    view = w.notes_panel.view
    last = view.visualRect(view.model().index(view.model().rowCount() - 1, 3))
    assert last.top() >= 0 and last.bottom() <= view.viewport().height(), (
        last, view.viewport().height())
    w.close()
    store.close()
