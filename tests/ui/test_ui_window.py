"""The main window on D3: what a user sees, and that typing persists."""

from __future__ import annotations

import functools
import json
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from sessionkit.domain.models import NoteKind, OutcomeStatus
from sessionkit.services.sessions import open_store
from sessionkit.ui.app import ui_settings
from sessionkit.ui.models.notes import NotesModel
from sessionkit.ui.capture.writer import wait_all_idle

from conftest import run_cli
from ui_keys import type_text

TEXT = NotesModel.TEXT
TITLE = "SessionKit — D3 — Low carbon cities in Asia through city-to-city cooperation"


@pytest.fixture
def open_window(open_window):
    """The shared factory, on the real clock: a test can reopen the window."""
    return functools.partial(open_window, live=False)


def close(window):
    window.close()
    window.ctx.store.close()


def label_texts(widget) -> list[str]:
    return [lbl.text() for lbl in widget.findChildren(QLabel)]


def test_window_opens_on_d3_with_header_agenda_speakers_outcomes(open_window):
    w = open_window()
    assert w.windowTitle() == TITLE
    header = label_texts(w.header)
    assert "D3" in header
    assert "Low carbon cities in Asia through city-to-city cooperation" in header
    assert any("Book Seminar Room, Design Lab" in t and "Low Carbon City" in t for t in header)

    tree = w.agenda_panel.tree
    rows = [[tree.topLevelItem(i).text(c) for c in range(4)]
            for i in range(tree.topLevelItemCount())]
    assert [r[1] for r in rows] == ["Opening", "Presentation: Naoki Mori",
                                    "Presentation: Kim Sang-Kap", "Discussion", "Q&A",
                                    "Wrap-up"]
    assert rows[1][2] == "Presentation" and rows[4][2] == "Q&A"
    assert sum(int(r[3]) for r in rows) == 90
    assert "Planned total: 90 min" in label_texts(w.agenda_panel)

    speakers = "\n".join(label_texts(w.speakers_panel))
    for fact in ["Naoki Mori", "Executive Technical Advisor, Director, Office for Climate Change",
                 "Global Environment Department", "Japan International Cooperation Agency",
                 "Japan", "Kim Sang-Kap", "Director", "Secretariat of Urban Environmental Accords",
                 "Gwangju Metropolitan Government", "Korea"]:
        assert fact in speakers

    outcomes = [row.text_label.text() for row in w.outcomes_panel.rows]
    assert outcomes == [
        "Mechanism of city-to-city cooperation, supporting schemes, their achievements and "
        "lesson learned",
        "Role of brokerage and facilitation for city-to-city cooperation",
        "Effective collaboration among partners for creation of low carbon cities in Asia.",
    ]
    assert len(w.outcomes_panel.findChildren(QCheckBox)) == 3


def test_speakers_pane_lists_a_panels_moderator_and_panellists_with_their_role(
        open_window, data_dir):
    """A panel has no one with the Speaker role: its moderator and panellists speak."""
    from sessionkit.services.session_admin import list_templates, new_session

    panel = next(t for t in list_templates() if t.name == "panel")
    made = []

    def prepare(store):
        made.append(new_session(store, "P9", "Cities that learn", panel.path))
        ui_settings(data_dir).setValue("session/last", made[0])

    w = open_window(prepare=prepare, live=False)
    assert w.ctx.session_id == made[0]
    people = w.ctx.bundle.people
    roles = {r.person_id: r.role.value for r in w.ctx.bundle.roles}
    rapporteurs = [p.display_name for p in people if roles.get(p.id) == "rapporteur"]
    texts = label_texts(w.speakers_panel)
    assert "No speakers yet." not in texts
    names = w.speakers_panel.speaker_names()
    assert names[0] == "Moderator" and names[1:] == [
        "Panellist 1", "Panellist 2", "Panellist 3"], names
    assert not set(rapporteurs) & set(names)
    # each name, then its role on the line below
    assert texts[1:5:2] == ["Moderator", "Panellist 1"], texts
    assert texts[2].splitlines()[0] == "Moderator" and texts[4].splitlines()[0] == "Panellist"


def test_focus_starts_in_the_note_box(open_window, qtbot):
    w = open_window()
    qtbot.waitUntil(lambda: w.capture_panel.edit.hasFocus())


@pytest.mark.slow
def test_typing_persists_as_a_draft_without_pressing_anything(open_window, qtbot, data_dir):
    w = open_window()
    box = w.capture_panel.edit
    type_text(qtbot, box, "Mori: JICA supports 광주 pairing")
    # The draft reaches the store by itself after a short pause (no Enter, no close).
    reader, _ = open_store(data_dir)
    try:
        qtbot.waitUntil(lambda: reader.drafts.get(w.ctx.session_id)
                        == "Mori: JICA supports 광주 pairing", timeout=5000)
    finally:
        reader.close()
    out = run_cli("notes", "list", "--session", "D3", "--drafts", "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert rows == [{"id": None, "created": None, "kind": "draft",
                     "text": "Mori: JICA supports 광주 pairing", "agenda_item_id": None,
                     "speaker_id": None, "starred": False, "conflict": False,
                     "draft": True}]


def test_draft_is_flushed_on_close_and_restored_on_start(open_window, qtbot):
    w = open_window()
    w.capture_panel.autosaver._pause.setInterval(60_000)  # only the close may save it
    w.capture_panel.autosaver._max.setInterval(60_000)
    qtbot.keyClicks(w.capture_panel.edit, "half a sentence")
    close(w)
    w2 = open_window()
    assert w2.capture_panel.edit.toPlainText() == "half a sentence"


def test_draft_saves_at_most_the_max_interval_apart_while_typing_continues(open_window,
                                                                           qtbot):
    """The pause timer is set to a minute, so every save here is the max-interval
    timer's: one restarted by each keystroke (or never started) saves nothing while
    the typing goes on, and this fails."""
    w = open_window()
    saver = w.capture_panel.autosaver
    saver._pause.setInterval(60_000)
    saver._max.setInterval(300)
    queued = []
    saver.queued.connect(lambda: queued.append(time.monotonic()))
    start = time.monotonic()
    while time.monotonic() - start < 1.5:  # a keystroke every ~50 ms, never a pause
        qtbot.keyClick(w.capture_panel.edit, "a")
        qtbot.wait(50)
    assert len(queued) >= 2, queued
    assert queued[0] - start < 1.0  # the first within the interval (slack for a busy CI)
    assert wait_all_idle()
    assert w.ctx.store.drafts.get(w.ctx.session_id).startswith("a" * 3)


def test_ctrl_enter_makes_a_note_that_appears_at_once(open_window, qtbot):
    w = open_window()
    box = w.capture_panel.edit
    qtbot.keyClicks(box, "Cities need brokers")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert box.toPlainText() == ""
    assert wait_all_idle()  # the writer thread has written it (ui/capture/writer.py)
    notes = w.ctx.store.notes.for_session(w.ctx.session_id)
    assert [n.text for n in notes] == ["Cities need brokers"]
    assert notes[0].kind == NoteKind.NOTE
    assert w.ctx.store.drafts.get(w.ctx.session_id) == ""
    model = w.notes_panel.model
    assert model.rowCount() == 1
    assert model.index(0, TEXT).data() == "Cities need brokers"
    assert model.index(0, 1).data() == "Note"
    local = notes[0].created.astimezone().strftime("%H:%M:%S")
    assert model.index(0, 0).data() == local
    # keypad Enter works too, and the box keeps the focus for the next note
    qtbot.keyClicks(box, "second")
    qtbot.keyClick(box, Qt.Key.Key_Enter,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier)
    assert wait_all_idle()  # the writer thread has written it (ui/capture/writer.py)
    assert model.rowCount() == 2
    assert box.hasFocus() or not w.isActiveWindow()


def test_empty_box_ctrl_enter_does_nothing(open_window, qtbot):
    w = open_window()
    box = w.capture_panel.edit
    qtbot.keyClicks(box, "   ")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert w.ctx.store.notes.for_session(w.ctx.session_id) == []
    assert w.notes_panel.model.rowCount() == 0


def test_plain_enter_makes_a_new_line_not_a_note(open_window, qtbot):
    w = open_window()
    box = w.capture_panel.edit
    qtbot.keyClicks(box, "line one")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "line two")
    assert box.toPlainText() == "line one\nline two"
    assert w.notes_panel.model.rowCount() == 0


def test_hostile_notes_display_literally(open_window, qtbot):
    w = open_window()
    box = w.capture_panel.edit
    hostile = "0.1 < A <b>bold?</b> & </para> &amp; 🎉🇰🇷"
    long_word = "x" * 5000
    for text in (hostile, long_word):
        box.setPlainText(text)
        qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert wait_all_idle()  # the writer thread has written it (ui/capture/writer.py)
    model = w.notes_panel.model
    assert model.index(0, TEXT).data() == hostile
    shown = model.index(1, TEXT).data()
    assert shown.startswith("x" * 100) and len(shown) < 1000  # cut, not 5,000 chars wide
    assert w.ctx.store.notes.for_session(w.ctx.session_id)[1].text == long_word
    # the tooltip escapes the text so Qt cannot read it as markup
    assert "&lt;b&gt;" in model.index(0, TEXT).data(Qt.ItemDataRole.ToolTipRole)
    # the window did not grow to fit the long word
    assert w.width() <= 1280 + 1


def test_outcome_checkbox_cycles_and_survives_reopening(open_window, qtbot):
    w = open_window()
    first, second, _third = w.outcomes_panel.rows
    qtbot.mouseClick(first.checkbox, Qt.MouseButton.LeftButton)
    assert first.checkbox.checkState() == Qt.CheckState.PartiallyChecked
    assert first.status_label.text() == "Partly achieved"  # the report's word too
    qtbot.mouseClick(second.checkbox, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(second.checkbox, Qt.MouseButton.LeftButton)
    assert second.checkbox.checkState() == Qt.CheckState.Checked
    close(w)
    w2 = open_window()
    states = [r.checkbox.checkState() for r in w2.outcomes_panel.rows]
    assert states == [Qt.CheckState.PartiallyChecked, Qt.CheckState.Checked,
                      Qt.CheckState.Unchecked]
    statuses = [o.status for o in w2.ctx.store.outcomes.for_session(w2.ctx.session_id)]
    assert statuses == [OutcomeStatus.PARTLY, OutcomeStatus.ACHIEVED, OutcomeStatus.OPEN]
    # a third click on "achieved" goes back to open
    qtbot.mouseClick(w2.outcomes_panel.rows[1].checkbox, Qt.MouseButton.LeftButton)
    assert w2.ctx.store.outcomes.for_session(w2.ctx.session_id)[1].status == OutcomeStatus.OPEN


def test_last_opened_session_is_remembered_inside_the_data_dir(open_window, data_dir):
    w = open_window()
    close(w)
    settings = ui_settings(data_dir)
    assert settings.value("session/last") == w.ctx.session_id
    assert (data_dir / "sessionkit-ui.ini").is_file()


def test_window_fits_1024_by_640(open_window, qtbot):
    w = open_window(size=(1024, 640))
    assert w.width() <= 1024 and w.height() <= 640
    # every outcome text is fully visible (not clipped to zero height)
    for row in w.outcomes_panel.rows:
        assert row.text_label.height() >= row.text_label.fontMetrics().height()
