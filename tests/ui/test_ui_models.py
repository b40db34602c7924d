"""The Qt models pass QAbstractItemModelTester and show user text literally."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt

from sessionkit.domain.models import Note, NoteKind
from sessionkit.ui.models.notes import NotesModel, display_text


def _note(text, kind=NoteKind.NOTE, minute=0):
    return Note(session_id="s", text=text, kind=kind,
                created=datetime(2026, 5, 1, 9, minute, tzinfo=timezone.utc))


def test_notes_model_passes_the_model_tester(qtmodeltester):
    model = NotesModel([_note("a"), _note("<b>&amp;", NoteKind.QUOTE, 1)])
    qtmodeltester.check(model, force_py=False)
    model.append(_note("c", NoteKind.ACTION, 2))
    model.replace(Note(**{**model.note_at(0).__dict__, "text": "changed"}))
    model.remove(model.note_at(1).id)
    model.set_notes([_note("x")])
    qtmodeltester.check(model, force_py=False)


def test_notes_model_columns(qapp):
    model = NotesModel([_note("0.1 < A <b> & </para>", NoteKind.KEY_MESSAGE)])
    assert model.columnCount() == 4
    assert model.headerData(NotesModel.TEXT, Qt.Orientation.Horizontal) == "Note"
    assert model.index(0, NotesModel.KIND).data() == "Key message"
    assert model.index(0, NotesModel.TEXT).data() == "0.1 < A <b> & </para>"


def test_display_text_cuts_long_text():
    assert display_text("abc", limit=5) == "abc"
    assert display_text("abcdefgh", limit=5) == "abcde…"
