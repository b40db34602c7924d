"""File → Export proceedings… and File → Export action items…, with pytest-qt (offscreen)."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

pytest.importorskip("pytestqt")

from pypdf import PdfReader  # noqa: E402

from sessionkit.domain.models import Note, NoteKind  # noqa: E402
from sessionkit.services.sessions import open_store  # noqa: E402
from tests.report.test_proceedings import SESSIONS, add_session  # noqa: E402


def _window(qtbot, data_dir):
    from sessionkit.ui.app import choose_session, open_main_window, ui_settings

    store, _ = open_store(data_dir)
    for i, row in enumerate(SESSIONS):
        add_session(store, *row, hour=1 + i % 2)
    settings = ui_settings(data_dir)
    window = open_main_window(store, data_dir, choose_session(store, settings, None), settings)
    qtbot.addWidget(window)
    return window, store


def test_proceedings_of_one_day_from_the_file_menu(qtbot, data_dir, tmp_path):
    window, store = _window(qtbot, data_dir)
    texts = [a.text() for a in window.menu("file").actions()]
    assert texts.index("&Export report…") + 1 == texts.index("Export p&roceedings…")
    assert texts.index("Export &action items…") < texts.index("&Quit")
    # each File entry has its own Alt letter (a shared one only cycles between entries)
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) == len(set(letters)), letters
    dialog = window.proceedings_actions.export_proceedings()
    choices = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    assert choices[0] == "All sessions"
    assert "Day: 2026-12-02" in choices and "Track: Resilience" in choices
    dialog.choice.setCurrentIndex(choices.index("Day: 2026-12-02"))
    dialog.format.setCurrentIndex(1)  # DOCX: the file name follows
    assert dialog.path_edit.text().endswith("SessionKit-proceedings.docx")
    dialog.format.setCurrentIndex(0)
    target = tmp_path / "day2.pdf"
    dialog.path_edit.setText(str(target))
    dialog.title_edit.setText("Forum, day 2")
    dialog.export_button.click()
    assert not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=60000)
    assert dialog.status.text() == f"Proceedings saved: {target}"
    top = [o.title for o in PdfReader(str(target)).outline if not isinstance(o, list)]
    assert [t.split(":")[0] for t in top[2:]] == ["Session TH1", "Session H1"]
    dialog.close()
    window.close()
    store.close()


def test_an_empty_choice_and_a_refused_file_are_said_in_the_dialog(qtbot, data_dir, tmp_path):
    window, store = _window(qtbot, data_dir)
    from sessionkit.ui.dialogs.proceedings_dialog import ProceedingsDialog

    dialog = ProceedingsDialog(store, window, session_ids=[])
    qtbot.addWidget(dialog)
    assert dialog.choice.currentText() == "The 0 chosen sessions"
    dialog.path_edit.setText(str(tmp_path / "x.pdf"))
    assert dialog.start() is None
    assert dialog.status.text() == "No session is chosen; nothing was written."
    dialog = window.proceedings_actions.export_proceedings()
    dialog.path_edit.setText(str(data_dir / "p.pdf"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=30000)
    assert dialog.status.text().startswith("Not exported: Refused: ")
    assert "inside SessionKit's data folder" in dialog.status.text()
    assert not (data_dir / "p.pdf").exists()
    dialog.close()
    window.close()
    store.close()


def test_action_items_of_this_session_and_of_all(qtbot, data_dir, tmp_path):
    window, store = _window(qtbot, data_dir)
    sid = window.ctx.session_id
    code = store.sessions.get(sid).code
    # none yet: said in the dialog (a sentence it translates), no file written
    dialog = window.proceedings_actions.export_actions()
    dialog.path_edit.setText(str(tmp_path / "none.csv"))
    assert dialog.start() is None
    assert dialog.status.text() == (f"Session {code} has no action items; "
                                    "nothing was written.")
    assert not (tmp_path / "none.csv").exists()
    dialog.close()
    store.notes.save(Note(sid, "=1+1 is a note, not a formula", NoteKind.ACTION,
                          action_owner="김민준", action_due=date(2027, 2, 1)))
    dialog = window.proceedings_actions.export_actions()
    target = tmp_path / "mine.csv"
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=30000)
    assert dialog.status.text() == f"1 action items saved: {target}"
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[1][2:5] == ["'=1+1 is a note, not a formula", "김민준", "2027-02-01"]
    dialog.all_sessions.setChecked(True)
    dialog.format.setCurrentIndex(1)
    assert dialog.path_edit.text() == str(tmp_path / "mine.ics")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=30000)
    assert dialog.status.text() == f"9 action items saved: {tmp_path / 'mine.ics'}"
    assert (tmp_path / "mine.ics").read_bytes().count(b"BEGIN:VTODO") == 9
    dialog.close()
    window.close()
    store.close()


def test_the_title_offered_is_in_the_report_language(qtbot, data_dir):
    # the PDF's default title is the report language's word: the box says the same one
    from sessionkit.services import preferences as prefs_file
    from sessionkit.ui.dialogs.proceedings_dialog import ProceedingsDialog

    window, store = _window(qtbot, data_dir)
    dialog = ProceedingsDialog(store, window)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.placeholderText() == "Proceedings"
    prefs_file.update(data_dir, report_language="ja")
    dialog = ProceedingsDialog(store, window)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.placeholderText() == "会議録"
    window.close()
    store.close()
