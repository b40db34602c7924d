"""The notes stream: filters, edit in place, star, bin, history, evidence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from sessionkit.domain.models import NoteKind
from sessionkit.services import capture as cap
from sessionkit.ui.capture.history_dialog import HistoryDialog
from sessionkit.ui.models.notes import NotesModel

from ui_keys import ctrl_enter, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _four_notes(store):
    sid = store.sessions.find("D3").id
    agenda = store.agenda.for_session(sid)
    mori, kim = agenda[1].person_ids[0], agenda[2].person_ids[0]
    cap.capture_note(store, sid, "Mori opens with JICA numbers", "note",
                     agenda_item_id=agenda[1].id, speaker_id=mori)
    cap.capture_note(store, sid, "Pair cities by need, not by size", "key_message",
                     agenda_item_id=agenda[1].id, speaker_id=mori)
    cap.capture_note(store, sid, "Gwangju will host the next meeting", "decision",
                     agenda_item_id=agenda[2].id, speaker_id=kim)
    cap.capture_note(store, sid, "How are brokers paid?", "question", starred=True)


@pytest.fixture
def window(open_window):
    return open_window(live=False, settings=False, prepare=_four_notes)


def shown_texts(w):
    p = w.notes_panel.proxy
    return [p.index(r, NotesModel.TEXT).data(Qt.ItemDataRole.EditRole)
            for r in range(p.rowCount())]


def select_rows(w, *rows):
    view = w.notes_panel.view
    view.setFocus()
    sel = view.selectionModel()
    sel.clearSelection()
    sel.setCurrentIndex(w.notes_panel.proxy.index(rows[0], NotesModel.TEXT),
                        QItemSelectionModel.SelectionFlag.NoUpdate)
    for r in rows:
        sel.select(w.notes_panel.proxy.index(r, 0),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert len(w.notes_panel.selected_ids()) == len(rows)


def test_proxy_passes_the_model_tester(window, qtmodeltester):
    qtmodeltester.check(window.notes_panel.proxy, force_py=False)


def test_filters_by_kind_item_speaker_starred(window):
    panel = window.notes_panel
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData(NoteKind.DECISION))
    assert shown_texts(window) == ["Gwangju will host the next meeting"]
    assert panel.count_label.text() == "1 of 4 shown"
    panel.kind_filter.setCurrentIndex(0)
    agenda = window.ctx.bundle.agenda
    panel.item_filter.setCurrentIndex(panel.item_filter.findData(agenda[1].id))
    assert shown_texts(window) == ["Mori opens with JICA numbers",
                                   "Pair cities by need, not by size"]
    panel.item_filter.setCurrentIndex(0)
    panel.speaker_filter.setCurrentIndex(panel.speaker_filter.findData(agenda[2].person_ids[0]))
    assert shown_texts(window) == ["Gwangju will host the next meeting"]
    panel.speaker_filter.setCurrentIndex(0)
    panel.starred_button.setChecked(True)
    assert shown_texts(window) == ["How are brokers paid?"]
    panel.starred_button.setChecked(False)
    assert len(shown_texts(window)) == 4 and panel.count_label.text() == "4 notes"


def test_new_notes_respect_the_filter(window, qtbot):
    panel = window.notes_panel
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData(NoteKind.QUESTION))
    box = window.capture_panel.edit
    box.setFocus()
    type_text(qtbot, box, "plain note")
    ctrl_enter(qtbot, box)
    qtbot.keyClick(box, Qt.Key.Key_5, CTRL)
    type_text(qtbot, box, "who decides?")
    ctrl_enter(qtbot, box)
    assert shown_texts(window) == ["How are brokers paid?", "who decides?"]


def test_edit_in_place_keeps_history_three_times(window, qtbot):
    view = window.notes_panel.view
    for n in range(3):
        select_rows(window, 0)
        qtbot.keyClick(view, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert editor.objectName() == "noteEditor"
        qtbot.keyClick(editor, Qt.Key.Key_End, CTRL)
        type_text(qtbot, editor, f" (edit {n + 1})")
        ctrl_enter(qtbot, editor)
    note = window.notes_panel.model.note_at(0)
    assert note.text == "Mori opens with JICA numbers (edit 1) (edit 2) (edit 3)"
    assert window.ctx.store.notes.get(note.id).text == note.text
    versions = cap.note_history(window.ctx.store, note.id)
    assert [v.text for v in versions] == [
        "Mori opens with JICA numbers (edit 1) (edit 2)",
        "Mori opens with JICA numbers (edit 1)",
        "Mori opens with JICA numbers"]
    # the history dialog shows them and restores one
    dialog = HistoryDialog(window.ctx.store, note.id, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 3
    dialog.list.setCurrentRow(2)
    assert dialog.preview.toPlainText() == "Mori opens with JICA numbers"
    dialog.restore_selected()
    assert window.ctx.store.notes.get(note.id).text == "Mori opens with JICA numbers"


def test_h_opens_the_history_of_the_selected_note(window, qtbot):
    note_id = window.notes_panel.model.note_at(1).id
    cap.edit_note(window.ctx.store, note_id, text="Pair cities by need")
    window.notes_panel.reload()
    select_rows(window, 1)
    qtbot.keyClick(window.notes_panel.view, Qt.Key.Key_H)
    d = window.notes_panel.history_dialog  # not modal: open beside the window
    assert d.isVisible() and not d.isModal()
    assert [d.list.item(i).text().split(" · ", 2)[2] for i in range(d.list.count())] == [
        "Pair cities by need, not by size"]
    d.reject()


def test_star_delete_to_bin_and_restore_by_keyboard(window, qtbot):
    view = window.notes_panel.view
    select_rows(window, 0)
    qtbot.keyClick(view, Qt.Key.Key_S)
    store = window.ctx.store
    first_id = window.notes_panel.model.note_at(0).id
    assert store.notes.get(first_id).starred
    assert window.notes_panel.proxy.index(0, NotesModel.KIND).data().startswith("★")
    select_rows(window, 0, 2)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert shown_texts(window) == ["Pair cities by need, not by size", "How are brokers paid?"]
    assert len(store.notes.for_session(window.ctx.session_id, include_deleted=True)) == 4
    window.notes_panel.bin_button.setChecked(True)
    assert sorted(shown_texts(window)) == ["Gwangju will host the next meeting",
                                          "Mori opens with JICA numbers"]
    select_rows(window, 0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # in the bin: restores
    window.notes_panel.bin_button.setChecked(False)
    assert "Mori opens with JICA numbers" in shown_texts(window)
    assert len(shown_texts(window)) == 3


def test_kind_and_evidence_chords_on_selected_notes(window, qtbot):
    view = window.notes_panel.view
    select_rows(window, 0, 1)
    qtbot.keyClick(view, Qt.Key.Key_6, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_2, ALT)
    store = window.ctx.store
    o2 = window.ctx.bundle.outcomes[1].id
    notes = store.notes.for_session(window.ctx.session_id)[:2]
    assert [n.kind for n in notes] == [NoteKind.RECOMMENDATION] * 2
    assert all(n.outcome_ids == [o2] for n in notes)
    assert cap.evidence_counts(store, window.ctx.session_id) == {o2: 2}
    assert "supports O2" in window.notes_panel.proxy.index(0, NotesModel.TEXT).data()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.capture_panel.edit.hasFocus()


def test_restamp_several_notes_at_once(window):
    agenda = window.ctx.bundle.agenda
    select_rows(window, 2, 3)
    window.notes_panel.set_item(agenda[3].id)
    notes = window.ctx.store.notes.for_session(window.ctx.session_id)
    assert [n.agenda_item_id for n in notes[2:]] == [agenda[3].id] * 2
    assert window.notes_panel.proxy.index(2, NotesModel.CONTEXT).data().startswith("#4")


def test_outcome_panel_counts_evidence_and_keeps_status_and_comment(window, qtbot):
    rows = window.outcomes_panel.rows
    assert [r.evidence_label.isVisible() for r in rows] == [False, False, False]
    box = window.capture_panel.edit
    box.setFocus()
    for text in ("brokers connect cities", "facilitation needs money"):
        type_text(qtbot, box, text)
        qtbot.keyClick(box, Qt.Key.Key_2, ALT)
        ctrl_enter(qtbot, box)
    assert rows[1].evidence_label.text() == "2 supporting notes"
    # "Show supporting notes" filters the stream to them
    window.ctx.outcome_evidence_requested.emit(rows[1].outcome.id)
    assert shown_texts(window) == ["brokers connect cities", "facilitation needs money"]
    chip = window.notes_panel.outcome_chip
    assert chip.isVisible() and chip.text() == "Outcome 2 ✕"
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert len(shown_texts(window)) == 6 and not chip.isVisible()
    rows[2].choose(rows[2].outcome.status.__class__("not_achieved"))
    window.outcomes_panel.set_comment(rows[2].outcome.id, "  no time for this  ")
    assert rows[2].status_label.text() == "Not achieved"
    assert rows[2].comment_label.text() == "no time for this"
    o = window.ctx.store.outcomes.for_session(window.ctx.session_id)[2]
    assert (o.status.value, o.comment) == ("not_achieved", "no time for this")


def test_action_owner_and_due_edited_afterwards(window):
    from datetime import date

    select_rows(window, 2)
    assert not window.notes_panel.set_action_fields("Gwangju", "whenever")
    assert "not a date" in window.notes_panel.message_label.text()
    assert window.notes_panel.set_action_fields("Gwangju city", "2027-01-15")
    note = window.ctx.store.notes.for_session(window.ctx.session_id)[2]
    assert (note.kind, note.action_owner, note.action_due) == (
        NoteKind.ACTION, "Gwangju city", date(2027, 1, 15))
    assert len(cap.note_history(window.ctx.store, note.id)) == 1


def test_dragging_notes_onto_an_outcome_links_them(window):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    proxy = window.notes_panel.proxy
    model = window.notes_panel.model
    mime = model.mimeData([model.index(0, 0), model.index(0, 3), model.index(2, 0)])
    row = window.outcomes_panel.rows[0]
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.LinkAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    row.dropEvent(event)
    o1 = window.ctx.bundle.outcomes[0].id
    assert cap.evidence_counts(window.ctx.store, window.ctx.session_id) == {o1: 2}
    assert window.outcomes_panel.rows[0].evidence_label.text() == "2 supporting notes"
    assert "supports O1" in proxy.index(0, NotesModel.TEXT).data()
