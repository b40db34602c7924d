"""Ready to sign off? in the export dialog: the lines a user sees, and Enter on a line
opening the place to fix it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from sessionkit.domain.models import RoleKind
from sessionkit.services.capture import capture_note, save_report_meta


def lines(dlg):
    view = dlg.readiness.list
    return [view.item(i).text() for i in range(view.count())]


def activate(qtbot, dlg, start):
    view = dlg.readiness.list
    row = next(i for i in range(view.count()) if view.item(i).text().startswith(start))
    view.setCurrentRow(row)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert dlg.worker is None and not dlg.progress.isVisible()  # Enter is no Export


def prepare(store):
    d3 = store.sessions.find("D3")
    capture_note(store, d3.id, "Send the slides to the secretariat", "action")
    bundle = store.load_bundle(d3.id)
    first = bundle.people_with_role(RoleKind.SPEAKER)[0]
    first.native_name = "森 直樹"
    store.people.save(first)


def open_dialog(open_window):
    window = open_window(live=False, prepare=prepare)
    window.export_action.trigger()
    return window, window.export_dialog


def test_the_list_shows_what_is_missing_above_export(open_window, qtbot):
    window, dlg = open_dialog(open_window)
    shown = lines(dlg)
    assert shown[0] == "⚠ The summary is not written"
    assert "⚠ Action has no owner: Send the slides to the secretariat" in shown
    assert "⚠ Action has no due date: Send the slides to the secretariat" in shown
    assert "⚠ Note has no agenda item or speaker: Send the slides to the secretariat" in shown
    assert any(s.startswith("⚠ Outcome 1 has no status: ") for s in shown)
    assert any(s.startswith("⚠ Speaker has no native-script name: ") for s in shown)
    assert dlg.readiness.heading.text() == "Ready to sign off?"
    assert dlg.readiness.isVisible()
    # above the Export button
    assert (dlg.readiness.mapTo(dlg, dlg.readiness.rect().bottomLeft()).y()
            < dlg.export_button.mapTo(dlg, dlg.export_button.rect().topLeft()).y())


def test_enter_on_a_note_line_selects_the_note_in_the_list(open_window, qtbot):
    window, dlg = open_dialog(open_window)
    activate(qtbot, dlg, "⚠ Action has no owner")
    view = window.notes_panel.view
    current = view.currentIndex()
    assert current.isValid()
    assert "Send the slides to the secretariat" in current.data()
    assert [i.row() for i in view.selectionModel().selectedRows()] == [current.row()]


def test_enter_on_the_summary_line_opens_report_details(open_window, qtbot):
    window, dlg = open_dialog(open_window)
    activate(qtbot, dlg, "⚠ The summary is not written")
    details = window.capture_tools.report_dialog
    assert details is not None and details.isVisible()
    details.close()


def test_enter_on_an_outcome_line_focuses_its_row(open_window, qtbot):
    window, dlg = open_dialog(open_window)
    activate(qtbot, dlg, "⚠ Outcome 2 has no status")
    row = window.outcomes_panel.rows[1]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row.checkbox, timeout=3000)


def test_enter_on_a_speaker_line_opens_their_card_at_the_native_name(open_window, qtbot):
    window, dlg = open_dialog(open_window)
    activate(qtbot, dlg, "⚠ Speaker has no native-script name")
    editor = window.findChild(QDialog, "sessionEditor")
    assert editor is not None and editor.isVisible()
    assert editor.tabs.currentWidget() is editor.cards
    editing = [c for c in editor.cards.cards if c.stack.currentIndex() == 1]
    assert len(editing) == 1 and not editing[0].person.native_name
    field = editing[0].fields["native_name"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=3000)
    editor.reject()


def test_a_fix_turns_the_line_off_when_the_dialog_is_active_again(open_window, qtbot):
    window, dlg = open_dialog(open_window)
    save_report_meta(window.ctx.store, window.ctx.session_id, summary="Cities pair up.")
    window.activateWindow()
    dlg.activateWindow()
    qtbot.waitUntil(lambda: "⚠ The summary is not written" not in lines(dlg), timeout=3000)


def test_a_ready_session_shows_one_check_line_and_no_jump(qtbot, store, data_dir):
    from conftest import make_session

    from sessionkit.services.capture import set_outcome
    from sessionkit.ui.app import ui_settings
    from sessionkit.ui.dialogs.export_dialog import ExportReportDialog

    s = make_session(store)
    save_report_meta(store, s.id, summary="Done.")
    for o in store.outcomes.for_session(s.id):
        set_outcome(store, s.id, o.id, status="achieved")
    dlg = ExportReportDialog(data_dir, s.id, s.code, settings=ui_settings(data_dir),
                             store=store)
    qtbot.addWidget(dlg)
    dlg.show()
    assert lines(dlg) == ["✓ Nothing is missing"]
    with qtbot.assertNotEmitted(dlg.readiness.fix_requested):
        activate(qtbot, dlg, "✓")
    dlg.grab().save("/tmp/P3-ready.png")


def test_a_check_that_cannot_read_the_store_hides_the_list_not_the_export(
        qtbot, store, data_dir, d3, monkeypatch):
    from sessionkit.ui.app import ui_settings
    from sessionkit.ui.dialogs import readiness
    from sessionkit.ui.dialogs.export_dialog import ExportReportDialog

    def broken(*_):
        raise OSError("disk I/O error")

    monkeypatch.setattr(readiness, "check_session", broken)
    dlg = ExportReportDialog(data_dir, d3.id, d3.code, settings=ui_settings(data_dir),
                             store=store)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.readiness.isVisible()
    assert dlg.export_button.isEnabled()
