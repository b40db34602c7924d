"""The agenda editor: edits persist at once, Ctrl+Z undoes, totals follow."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, Qt

from sessionkit.domain.models import ItemKind, Note
from sessionkit.services import agenda_edit as svc
from sessionkit.store import Store
from sessionkit.ui.editors.agenda_editor import AgendaEditor
from sessionkit.ui.models.agenda import COL, MIME


@pytest.fixture
def ctx(store, data_dir, d3):
    from sessionkit.ui.context import SessionContext

    return SessionContext(store, data_dir, d3.id)


@pytest.fixture
def editor(qtbot, ctx):
    e = AgendaEditor(ctx)
    qtbot.addWidget(e)
    e.resize(1000, 500)
    e.show()
    return e


def titles(store, sid):
    return [a.title for a in store.agenda.for_session(sid)]


def cell(editor, row, col):
    return editor.model.index(row, COL[col]).data()


def test_shows_the_agenda_and_total(editor):
    assert editor.model.rowCount() == 6
    assert cell(editor, 0, "title") == "Opening"
    assert cell(editor, 3, "kind") == "Discussion"
    assert cell(editor, 1, "people") == "Naoki Mori"
    assert editor.total_label.text().startswith("Planned total: 90 min")


def test_edit_minutes_persists_updates_total_and_undoes(qtbot, editor, store, d3, data_dir):
    index = editor.model.index(0, COL["planned_minutes"])
    assert editor.model.setData(index, 8)
    assert editor.total_label.text().startswith("Planned total: 93 min")
    # persisted now: a second connection sees it
    other = Store.open(data_dir)
    assert other.agenda.for_session(d3.id)[0].planned_minutes == 8
    other.close()
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.agenda.for_session(d3.id)[0].planned_minutes == 5
    assert editor.total_label.text().startswith("Planned total: 90 min")


def test_bad_minutes_are_refused_with_a_message(editor, store, d3):
    index = editor.model.index(0, COL["planned_minutes"])
    assert not editor.model.setData(index, "ten")
    assert "whole number" in editor.error_label.text()
    assert not editor.model.setData(index, 5000)
    assert store.agenda.for_session(d3.id)[0].planned_minutes == 5
    assert not editor.model.setData(editor.model.index(0, COL["title"]), "   ")
    assert editor.error_label.text() == "An agenda item needs a title."
    assert titles(store, d3.id)[0] == "Opening"
    assert not editor.undo_stack.canUndo()


def test_edit_title_kind_and_cue(editor, store, d3):
    m = editor.model
    assert m.setData(m.index(3, COL["title"]), "Panel discussion")
    assert m.setData(m.index(3, COL["kind"]), "panel")
    assert m.setData(m.index(3, COL["cue"]), "Invite both speakers to the stage.")
    item = store.agenda.for_session(d3.id)[3]
    assert (item.title, item.kind, item.cue) == ("Panel discussion", ItemKind.PANEL,
                                                 "Invite both speakers to the stage.")
    assert cell(editor, 3, "kind") == "Panel"
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    item = store.agenda.for_session(d3.id)[3]
    assert (item.title, item.kind, item.cue) == ("Panel discussion", ItemKind.DISCUSSION, "")


def test_keyboard_add_move_remove_and_undo(qtbot, editor, store, d3):
    view = editor.view
    view.setFocus()
    view.selectRow(2)  # Kim
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(store, d3.id)[1:3] == ["Presentation: Kim Sang-Kap", "Presentation: Naoki Mori"]
    assert editor.selected_row() == 1
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert titles(store, d3.id)[2] == "New item"
    assert editor.total_label.text().startswith("Planned total: 100 min")
    # Insert opens the new title for typing; Esc keeps "New item"
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "New item" not in titles(store, d3.id)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # un-delete
    assert titles(store, d3.id)[2] == "New item"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # un-add
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # un-move
    assert titles(store, d3.id) == ["Opening", "Presentation: Naoki Mori",
                                    "Presentation: Kim Sang-Kap", "Discussion", "Q&A", "Wrap-up"]
    assert [a.position for a in store.agenda.for_session(d3.id)] == list(range(6))


def test_drag_and_drop_moves_a_row(editor, store, d3):
    m = editor.model
    data = m.mimeData([m.index(5, 1)])  # Wrap-up
    assert data.hasFormat(MIME)
    m.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert titles(store, d3.id)[0] == "Wrap-up"
    data = m.mimeData([m.index(0, 1)])
    m.dropMimeData(data, Qt.DropAction.MoveAction, 6, 0, QModelIndex())  # to the end
    assert titles(store, d3.id)[-1] == "Wrap-up"
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert titles(store, d3.id)[-1] == "Wrap-up" and titles(store, d3.id)[0] == "Opening"


def test_remove_then_undo_keeps_actual_times_people_and_notes(editor, store, d3):
    item = store.agenda.for_session(d3.id)[1]
    started = datetime(2026, 6, 3, 5, 5, tzinfo=timezone.utc)
    item.actual_start = started
    store.agenda.save(d3.id, item)
    note = Note(session_id=d3.id, text="said during Mori", agenda_item_id=item.id)
    store.notes.save(note)
    editor.view.selectRow(1)
    editor.remove_selected()
    assert store.notes.get(note.id).agenda_item_id is None
    editor.undo_stack.undo()
    back = store.agenda.for_session(d3.id)[1]
    assert back.id == item.id and back.actual_start == started
    assert back.person_ids == item.person_ids
    assert store.notes.get(note.id).agenda_item_id == item.id


def test_people_on_an_item(editor, store, d3):
    kim = [p for p in store.people.for_session(d3.id) if p.display_name == "Kim Sang-Kap"][0]
    mori = [p for p in store.people.for_session(d3.id) if p.display_name == "Naoki Mori"][0]
    item = store.agenda.for_session(d3.id)[3]
    assert editor.edit_field(item.id, "person_ids", [mori.id, kim.id])
    assert cell(editor, 3, "people") == "Naoki Mori, Kim Sang-Kap"
    editor.undo_stack.undo()
    assert store.agenda.for_session(d3.id)[3].person_ids == []


def test_end_time_follows_the_session_start(qtbot, store, d3, data_dir):
    from sessionkit.ui.context import SessionContext

    s = store.sessions.get(d3.id)
    s.timezone = "Asia/Tokyo"
    s.start = datetime(2015, 6, 3, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    store.sessions.save(s)
    e = AgendaEditor(SessionContext(store, data_dir, d3.id))
    qtbot.addWidget(e)
    assert e.total_label.text() == "Planned total: 90 min · 14:00–15:30"
    assert cell(e, 1, "start") == "14:05"
    e.model.setData(e.model.index(0, COL["planned_minutes"]), 10)
    assert e.total_label.text() == "Planned total: 95 min · 14:00–15:35"
    assert cell(e, 1, "start") == "14:10"


def test_service_refuses_unknown_items(store, d3):
    with pytest.raises(svc.AgendaEditError):
        svc.update_item(store, d3.id, "nope", "title", "x")
    with pytest.raises(svc.AgendaEditError):
        svc.move_item(store, d3.id, "nope", 0)
    with pytest.raises(svc.AgendaEditError):
        svc.update_item(store, d3.id, store.agenda.for_session(d3.id)[0].id, "kind", "lunch")


def test_model_passes_qt_model_tester(editor):
    from PySide6.QtTest import QAbstractItemModelTester

    tester = QAbstractItemModelTester(
        editor.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    editor.add_item("Break", ItemKind.BREAK, 15)
    editor.move_selected(-1)
    editor.remove_selected()
    editor.undo_stack.undo()
    assert tester is not None and editor.model.rowCount() == 7


@pytest.fixture
def dialog(qtbot, ctx):
    from sessionkit.ui.editors.agenda_editor import AgendaEditorDialog

    dlg = AgendaEditorDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: dlg.isActiveWindow(), timeout=3000)
    return dlg


def _focus(dlg):
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def test_enter_saves_a_cell_and_keeps_the_keyboard_in_the_table(qtbot, dialog, store, d3):
    e = dialog.editor
    view = e.view
    view.setFocus()
    view.setCurrentIndex(e.model.index(1, COL["title"]))
    qtbot.keyClick(view, "K")  # typing starts editing the title
    editor_widget = _focus(dialog)
    assert editor_widget is not view and view.isAncestorOf(editor_widget)
    qtbot.keyClicks(editor_widget, "eynote")
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)
    qtbot.wait(20)  # the delegate commits on the next turn of the event loop
    assert titles(store, d3.id)[1] == "Keynote"
    assert _focus(dialog) is view  # not the "Add item" button
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == COL["title"]
    # the next Enter does not add a blank item; Alt+Down still moves the row
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(_focus(dialog), Qt.Key.Key_Escape)
    assert len(titles(store, d3.id)) == 6
    assert _focus(dialog) is view
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(store, d3.id)[2] == "Keynote"
    assert _focus(dialog) is view
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "Keynote" not in titles(store, d3.id)
    assert _focus(dialog) is view


def test_insert_adds_a_row_and_edits_its_title(qtbot, dialog, store, d3):
    e = dialog.editor
    view = e.view
    view.setFocus()
    e.view.selectRow(2)
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert len(titles(store, d3.id)) == 7
    editor_widget = _focus(dialog)
    assert view.isAncestorOf(editor_widget)  # the new title is being edited
    qtbot.keyClicks(editor_widget, "Coffee break")
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert titles(store, d3.id)[3] == "Coffee break"
    assert _focus(dialog) is view
    # and once more, straight away
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    qtbot.keyClicks(_focus(dialog), "Q&A")
    qtbot.keyClick(_focus(dialog), Qt.Key.Key_Return)
    qtbot.wait(20)
    assert titles(store, d3.id)[3:5] == ["Coffee break", "Q&A"]
    assert _focus(dialog) is view
    # Esc on a fresh row keeps it with its default title (Ctrl+Z removes it)
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    qtbot.keyClick(_focus(dialog), Qt.Key.Key_Escape)
    assert titles(store, d3.id)[5] == "New item"
    assert _focus(dialog) is view


def test_agenda_dialog_screenshot_at_1024x768(dialog, tmp_path):
    assert dialog.frameGeometry().width() <= 1024 and dialog.height() <= 768 - 80
    assert dialog.grab().save(str(tmp_path / "agenda.png"))
