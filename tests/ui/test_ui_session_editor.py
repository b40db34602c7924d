"""Session editor, New session, bin, speaker cards (pytest-qt)."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime, Qt

from sessionkit.domain.models import RoleKind
from sessionkit.services import session_admin as admin
from sessionkit.services.people import intro_cue
from sessionkit.store import Store


@pytest.fixture
def ctx(store, data_dir, d3):
    from sessionkit.ui.context import SessionContext

    return SessionContext(store, data_dir, d3.id)


def test_edit_details_outcomes_people(qtbot, ctx, store, d3, data_dir):
    from sessionkit.ui.editors.session_editor import SessionEditorDialog

    dlg = SessionEditorDialog(ctx)
    qtbot.addWidget(dlg)
    assert dlg.code.text() == "D3"
    dlg.room.setText("Hall B")
    dlg.has_start.setChecked(True)
    dlg.start.setDateTime(QDateTime(QDate(2015, 6, 3), QTime(14, 0)))
    dlg.timezone.setCurrentText("Asia/Tokyo")
    dlg.outcomes.item(0).setText("Mechanisms of cooperation (edited)")
    dlg.outcomes.setCurrentRow(2)
    dlg._move_outcome(-1)
    # Kim becomes moderator too
    kim_row = [r for r in range(dlg.people_table.rowCount())
               if dlg.people_table.item(r, 0).text() == "Kim Sang-Kap"][0]
    dlg.people_table.item(kim_row, 1).setCheckState(Qt.CheckState.Checked)
    assert dlg.save()
    store.close()
    again = Store.open(data_dir)
    s = again.sessions.get(d3.id)
    assert s.room == "Hall B"
    assert s.start == datetime(2015, 6, 3, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    outcomes = [o.text for o in again.outcomes.for_session(d3.id)]
    assert outcomes[0] == "Mechanisms of cooperation (edited)"
    assert outcomes[1].startswith("Effective collaboration")
    b = again.load_bundle(d3.id)
    assert [p.display_name for p in b.people_with_role(RoleKind.MODERATOR)] == ["Kim Sang-Kap"]
    assert len(b.documents) == 1 and b.documents[0].as_of == "7th April 2015"
    again.close()


def test_bad_time_zone_is_refused_and_nothing_changes(qtbot, ctx, store, d3):
    from sessionkit.ui.editors.session_editor import SessionEditorDialog

    dlg = SessionEditorDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.room.setText("Somewhere else")
    dlg.timezone.setCurrentText("Nowhere/Else")
    assert not dlg.save()
    assert "Unknown time zone" in dlg.error.text()
    assert store.sessions.get(d3.id).room == "Book Seminar Room, Design Lab"


def test_new_session_from_template(qtbot, store):
    from sessionkit.ui.editors.session_editor import NewSessionDialog

    dlg = NewSessionDialog(store)
    qtbot.addWidget(dlg)
    texts = [dlg.choices.item(i).text() for i in range(dlg.choices.count())]
    assert texts[0] == "Blank session (no agenda)"
    assert any(t.startswith("Workshop — 6 items, 120 min") for t in texts)
    dlg.choices.setCurrentRow(next(i for i, t in enumerate(texts) if t.startswith("Workshop")))
    dlg.code.setText("W7")
    dlg.title_edit.setText("Heat islands")
    dlg.create()
    assert dlg.session_id
    b = store.load_bundle(dlg.session_id)
    assert (b.session.code, b.session.title) == ("W7", "Heat islands")
    assert b.agenda[2].title == "Group work"


def test_new_blank_session_needs_code(qtbot, store):
    from sessionkit.ui.editors.session_editor import NewSessionDialog

    before = len(store.sessions.list())
    dlg = NewSessionDialog(store)
    qtbot.addWidget(dlg)
    dlg.choices.setCurrentRow(0)
    dlg.title_edit.setText("No code")
    dlg.create()
    assert dlg.session_id is None
    assert dlg.error.text() == "A session needs a code (e.g. D3)."
    assert len(store.sessions.list()) == before


def test_bin_restores(qtbot, store, d3):
    from sessionkit.ui.editors.session_editor import BinDialog

    admin.delete_session(store, d3.id)
    dlg = BinDialog(store)
    qtbot.addWidget(dlg)
    assert dlg.list.item(0).text().startswith("D3 — Low carbon cities")
    dlg.restore_selected()
    assert store.sessions.get(d3.id).code == "D3"
    assert dlg.list.item(0).text() == "The bin is empty."


def test_speaker_card_edit_in_place(qtbot, ctx, store, d3):
    from sessionkit.ui.panels.speaker_card import SpeakerCards

    cards = SpeakerCards(ctx)
    qtbot.addWidget(cards)
    kim = [c for c in cards.cards if c.person.display_name == "Kim Sang-Kap"][0]
    kim.begin_edit()
    kim.fields["native_name"].setText("김상갑")
    kim.cue_edit.setPlainText("Director of the Urban Environmental Accords secretariat")
    kim.fields["display_name"].setText("")
    assert not kim.save()
    assert kim.error_label.text() == "The display name cannot be empty."
    kim.fields["display_name"].setText("Kim Sang-Kap")
    assert kim.save()
    assert kim.native_label.text() == "김상갑"
    assert kim.cue_label.text().startswith("Intro: Director")
    person = store.people.get(kim.person.id)
    assert person.native_name == "김상갑"
    assert intro_cue(store, d3.id, person.id).startswith("Director")


def test_saving_the_dialog_keeps_speaker_card_edits(qtbot, ctx, store, d3):
    from sessionkit.ui.editors.session_editor import SessionEditorDialog

    dlg = SessionEditorDialog(ctx)
    qtbot.addWidget(dlg)
    card = [c for c in dlg.cards.cards if c.person.display_name == "Naoki Mori"][0]
    card.begin_edit()
    card.bio_edit.setPlainText("Works on climate change at JICA.")
    card.fields["display_name"].setText("Mori Naoki")
    assert card.save()
    dlg.room.setText("Hall C")
    assert dlg.save()
    person = store.people.get(card.person.id)
    assert (person.display_name, person.bio) == ("Mori Naoki", "Works on climate change at JICA.")
    assert store.sessions.get(d3.id).room == "Hall C"


def _shown(qtbot, dlg):
    dlg.show()
    dlg.activateWindow()
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: dlg.isActiveWindow(), timeout=3000)


def test_typing_the_start_as_shown_gives_that_start(qtbot, ctx, store, d3):
    from sessionkit.ui.editors.session_editor import SessionEditorDialog

    dlg = SessionEditorDialog(ctx)
    qtbot.addWidget(dlg)
    _shown(qtbot, dlg)
    dlg.has_start.setFocus()
    qtbot.keyClick(dlg.has_start, Qt.Key.Key_Space)  # tick "Date and start time known"
    assert dlg.has_start.isChecked()
    qtbot.keyClick(dlg.has_start, Qt.Key.Key_Tab)
    assert dlg.focusWidget() is dlg.start
    assert dlg.start.selectedText() == dlg.start.text()  # Tab in selects it: typing replaces
    qtbot.keyClicks(dlg.start, "2026-11-18 14:30")
    assert dlg.start.text() == "2026-11-18 14:30"
    qtbot.keyClick(dlg.start, Qt.Key.Key_Tab)
    assert not dlg.start_error.isVisible()
    dlg.timezone.setCurrentText("Asia/Seoul")
    assert dlg.save()
    assert dlg.saved_label.text().startswith("Saved at ")
    assert store.sessions.get(d3.id).start == datetime(2026, 11, 18, 14, 30,
                                                       tzinfo=ZoneInfo("Asia/Seoul"))
    # opened again, the field shows what was typed
    again = SessionEditorDialog(ctx)
    qtbot.addWidget(again)
    assert again.start.text() == "2026-11-18 14:30"


def test_an_impossible_start_is_refused_by_the_field(qtbot, ctx, store, d3):
    from sessionkit.ui.editors.session_editor import SessionEditorDialog

    dlg = SessionEditorDialog(ctx)
    qtbot.addWidget(dlg)
    _shown(qtbot, dlg)
    dlg.has_start.setChecked(True)
    dlg.start.setFocus()
    dlg.start.selectAll()
    qtbot.keyClicks(dlg.start, "2026-02-30 25:61")
    qtbot.keyClick(dlg.start, Qt.Key.Key_Tab)
    assert dlg.start_error.isVisible()
    assert dlg.start_error.text() == ("“2026-02-30 25:61” is not a date and time that exists; "
                                      "write it as 2026-11-18 14:30 (year-month-day "
                                      "hours:minutes).")
    dlg.room.setText("Hall Z")
    assert not dlg.save()
    assert dlg.error.text().startswith("Not saved: the start is not a real date and time.")
    assert dlg.saved_label.text() == ""
    assert store.sessions.get(d3.id).room == "Book Seminar Room, Design Lab"  # unchanged
    assert store.sessions.get(d3.id).start is None
    # letters never get in; fixing the text clears the message
    dlg.start.setFocus()
    dlg.start.selectAll()
    qtbot.keyClicks(dlg.start, "tomorrow 2026-02-28 09:00")
    assert dlg.start.text() == " 2026-02-28 09:00"  # the letters were refused
    assert not dlg.start_error.isVisible()
    assert dlg.save()


def test_outcome_lead_in_is_editable_and_saved(qtbot, ctx, store, d3):
    from sessionkit.ui.editors.session_editor import SessionEditorDialog

    dlg = SessionEditorDialog(ctx)
    qtbot.addWidget(dlg)
    assert dlg.outcomes_intro.text() == "Participants will develop their understanding of:"
    assert not dlg.outcomes_intro.isReadOnly()
    dlg.outcomes_intro.selectAll()
    qtbot.keyClicks(dlg.outcomes_intro, "By the end we want:")
    assert dlg.save()
    assert store.sessions.get(d3.id).outcomes_intro == "By the end we want:"
    assert ctx.session.outcomes_intro == "By the end we want:"  # the window follows


def test_editor_screenshot_at_1024x768(qtbot, ctx, tmp_path):
    from sessionkit.ui.editors.session_editor import SessionEditorDialog

    dlg = SessionEditorDialog(ctx)
    qtbot.addWidget(dlg)
    _shown(qtbot, dlg)
    # fits a 1024×768 screen (title bar and taskbar included) with nothing cut off
    assert dlg.frameGeometry().width() <= 1024 and dlg.height() <= 768 - 80
    assert dlg.height() >= dlg.minimumSizeHint().height()
    assert dlg.grab().save(str(tmp_path / "session-editor.png"))


def test_header_says_track_for_a_track(qtbot, ctx, store, d3):
    from sessionkit.ui.panels.header import HeaderPanel

    header = HeaderPanel(ctx)
    qtbot.addWidget(header)
    assert header.meta_label.text() == ("Room: Book Seminar Room, Design Lab   ·   "
                                        "Track: Low Carbon City")
    s = store.sessions.get(d3.id)
    s.tags = ["Low Carbon City", "Finance", "Asia"]
    store.sessions.save(s)
    ctx.reload_bundle()
    assert header.meta_label.text().endswith("Track: Low Carbon City   ·   Tags: Finance, Asia")
    assert "Tag:" not in header.meta_label.text()


def test_enter_in_the_people_table_saves_the_renamed_person(qtbot, ctx, store, d3):
    """Enter saves from any tab: it pressed the hidden "Add document" of the Details tab
    (QDialog's default was the first push button in the focus chain) and saved nothing."""
    from PySide6.QtWidgets import QApplication

    from sessionkit.ui.editors.session_editor import SessionEditorDialog

    dlg = SessionEditorDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    docs_before = dlg.docs.rowCount()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    table = QApplication.focusWidget()
    assert table is dlg.people_table
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "Mori Naoki")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()  # the item editor commits a moment after Enter
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert dlg.saved_label.text().startswith("Saved at")
    assert dlg.docs.rowCount() == docs_before
    names = [p.display_name for p in store.people.for_session(d3.id)]
    assert names[0] == "Mori Naoki"


def test_code_and_title_fields_look_like_the_other_fields(qtbot, ctx, qapp):
    """The header's big code badge and title style belong to the header, not to the
    editor's Code and Title fields, which are typed in like any other."""
    from sessionkit.ui import theme
    from sessionkit.ui.editors.session_editor import SessionEditorDialog

    theme.apply_theme("light", qapp)
    dlg = SessionEditorDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    for field in (dlg.code, dlg.title_edit):
        assert field.font().pointSizeF() == dlg.room.font().pointSizeF()
        assert field.height() == dlg.room.height()
