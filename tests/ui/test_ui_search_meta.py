"""Search dialog (Ctrl+F) and report details (Ctrl+R) in the app."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sessionkit.services import capture as cap
from sessionkit.store.search import SearchHit
from sessionkit.ui.capture.search_dialog import hit_html

from ui_keys import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _three_notes(store):
    sid = store.sessions.find("D3").id
    cap.capture_note(store, sid, "광주광역시 shares its accords")
    cap.capture_note(store, sid, "都市間連携による低炭素化 <b>&amp;</b>")
    cap.capture_note(store, sid, "unrelated words")


@pytest.fixture
def window(open_window):
    # not tracked by pytest-qt: it may be deleted by the end; closed below with its dialogs
    yield open_window(track=False, live=False, settings=False, prepare=_three_notes)
    for d in QApplication.topLevelWidgets():
        if d.isVisible():
            d.close()


def test_ctrl_f_finds_cjk_substrings_and_opens_the_note(window, qtbot):
    qtbot.keyClick(window.capture_panel.edit, Qt.Key.Key_F, CTRL)
    dialog = window.capture_tools.search_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.box, "都市間")
    dialog.run_search()
    assert [h.text for h in dialog.model.hits] == ["都市間連携による低炭素化 <b>&amp;</b>"]
    assert dialog.status.text().startswith("1 found")
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    panel = window.notes_panel
    selected = panel.selected_ids()
    assert len(selected) == 1
    assert window.ctx.store.notes.get(selected[0]).text.startswith("都市間")
    assert panel.view.hasFocus()


def test_search_short_query_and_nothing_found(window, qtbot):
    dialog = window.capture_tools.open_search()
    type_text(qtbot, dialog.box, "광주")  # 2 characters: the LIKE fallback
    dialog.run_search()
    assert [h.text for h in dialog.model.hits] == ["광주광역시 shares its accords"]
    dialog.box.clear()
    type_text(qtbot, dialog.box, "zebrafish")
    dialog.run_search()
    assert dialog.model.rowCount() == 0
    assert dialog.status.text() == "Nothing found for “zebrafish”."


def test_snippet_html_escapes_user_text_and_highlights():
    hit = SearchHit(kind="note", session_id="s", session_code="D3", session_title="t",
                    text="a <b>bold</b> & 광주광역시", note_id="n", note_kind="quote",
                    created=datetime(2026, 5, 4, 9, 0).astimezone().isoformat())
    out = hit_html(hit, "광주")
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; " in out
    assert "<b style='background:#ffe58a;color:#1d2330'>광주</b>광역시" in out
    assert "D3 t · 2026-05-04 09:00 · Quote" in out


def test_report_details_are_edited_and_stored(window, qtbot):
    qtbot.keyClick(window.capture_panel.edit, Qt.Key.Key_R, CTRL)
    dialog = window.capture_tools.report_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.summary, "Cities want brokers.")
    type_text(qtbot, dialog.attendance, "about 40")
    dialog.signed.setChecked(True)
    dialog.save()
    assert dialog.isVisible()  # no name: refused, explained
    assert "name" in dialog.error.text()
    type_text(qtbot, dialog.signer, "Session moderator")
    dialog.save()
    assert not dialog.isVisible()
    meta = window.ctx.store.report_meta.get(window.ctx.session_id)
    assert (meta.summary, meta.attendance, meta.signed_off_by) == (
        "Cities want brokers.", "about 40", "Session moderator")
    assert meta.signed_off_at is not None


def test_opening_a_hit_from_another_session_switches_to_it(window, qtbot):
    from sessionkit.domain.models import Session

    other = Session(code="E1", title="Another session")
    window.ctx.store.sessions.save(other)
    note = cap.capture_note(window.ctx.store, other.id, "Kitakyushu shares its experience")
    dialog = window.capture_tools.open_search()
    type_text(qtbot, dialog.box, "Kitakyushu")
    dialog.run_search()
    assert [(h.session_code, h.note_id) for h in dialog.model.hits] == [("E1", note.id)]
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    opened = [w for w in QApplication.topLevelWidgets()
              if w.objectName() == "mainWindow" and w.isVisible()]
    assert [w.ctx.session.code for w in opened] == ["E1"]
    new = opened[0]
    assert new.windowTitle() == "SessionKit — E1 — Another session"
    assert new.notes_panel.selected_ids() == [note.id]
    new.close()
