"""File → Export report…: the export dialog, as a user uses it."""

from __future__ import annotations

import os
import threading

import pytest
from PySide6.QtCore import QThreadPool, QUrl
from PySide6.QtWidgets import QMessageBox

from sessionkit.services.notes import add_note
from sessionkit.ui.dialogs import export_dialog as mod
from sessionkit.ui.app import ui_settings
from sessionkit.ui.dialogs.export_dialog import ExportReportDialog


@pytest.fixture
def dialog(qtbot, store, d3, data_dir):
    add_note(store, d3.id, "We agreed to publish the slides", kind="decision")
    add_note(store, d3.id, "Keep the discussion open next year", kind="recommendation")
    dlg = ExportReportDialog(data_dir, d3.id, d3.code, settings=ui_settings(data_dir))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(mod.QMessageBox, "critical",
                        lambda parent, title, text, *a, **k: shown.append(text)
                        or QMessageBox.StandardButton.Ok)
    return shown


def choose(combo, data):
    i = combo.findData(data)
    assert i >= 0
    combo.setCurrentIndex(i)


def test_defaults_everything_ticked_and_a_named_file(dialog):
    assert all(cb.isChecked() for cb in dialog.section_boxes.values())
    assert dialog.annex.isChecked()
    assert dialog.destination().name == "D3-report.pdf"
    assert dialog.destination().parent.is_dir()
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == \
        ["pdf", "docx", "md"]


def test_markdown_without_decisions_on_letter(qtbot, dialog, tmp_path, errors):
    choose(dialog.format, "md")
    assert dialog.destination().suffix == ".md"  # the extension follows the format
    dialog.path_edit.setText(str(tmp_path / "D3-report.md"))
    dialog.section_boxes["decisions"].setChecked(False)
    choose(dialog.paper, "Letter")
    dialog.export_button.click()
    assert dialog.is_running() and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    assert errors == []
    text = (tmp_path / "D3-report.md").read_text(encoding="utf-8")
    assert "## Decisions" not in text and "We agreed to publish the slides" not in text.split(
        "## Annex")[0]
    assert "## Recommendations" in text and "## Annex: all notes in time order" in text
    assert str(tmp_path / "D3-report.md") in dialog.status.text()
    assert dialog.open_button.isVisible() and dialog.folder_button.isVisible()
    # the folder is remembered for next time
    again = ExportReportDialog(dialog.data_dir, dialog.session_id, "D3",
                               settings=ui_settings(dialog.data_dir))
    qtbot.addWidget(again)
    assert again.destination() == tmp_path / "D3-report.md"


def test_letter_pdf_from_the_dialog(qtbot, dialog, tmp_path, errors):
    from pypdf import PdfReader

    dialog.path_edit.setText(str(tmp_path / "r.pdf"))
    choose(dialog.paper, "Letter")
    dialog.annex.setChecked(False)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    assert errors == []
    box = PdfReader(str(tmp_path / "r.pdf")).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_cancel_leaves_the_previous_file_untouched(qtbot, dialog, tmp_path, errors):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "D3-report.md"
    target.write_text("previous report\n", encoding="utf-8")
    choose(dialog.format, "md")
    dialog.path_edit.setText(str(target))
    # A pool whose one thread is busy: the export waits, so Cancel comes first for sure.
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    gate = threading.Event()
    pool.start(lambda: gate.wait(30))
    dialog.pool = pool
    dialog.export_button.click()
    assert dialog.is_running()
    dialog.cancel_button.click()  # Cancel while exporting cancels, it does not close
    assert dialog.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    pool.waitForDone()
    assert target.read_text(encoding="utf-8") == "previous report\n"
    assert [p.name for p in out.iterdir()] == ["D3-report.md"]  # no .part left
    assert "cancelled" in dialog.status.text().lower()
    assert errors == []
    assert not dialog.open_button.isVisible()
    assert dialog.export_button.isEnabled()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_destination_is_one_message(qtbot, dialog, tmp_path, errors):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        dialog.path_edit.setText(str(locked / "r.pdf"))
        dialog.export_button.click()
        qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    finally:
        locked.chmod(0o755)
    assert len(errors) == 1 and str(locked) in errors[0]
    assert list(locked.iterdir()) == []


def test_a_file_where_the_folder_should_be_is_one_message(qtbot, dialog, tmp_path, errors):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x", encoding="utf-8")
    dialog.path_edit.setText(str(blocker / "r.pdf"))  # unwritable, even for root
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    assert len(errors) == 1 and "is not a folder" in errors[0]
    assert blocker.read_text(encoding="utf-8") == "x"


def test_missing_folder_is_one_message(qtbot, dialog, tmp_path, errors):
    dialog.path_edit.setText(str(tmp_path / "no such folder" / "r.pdf"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    assert len(errors) == 1
    assert "does not exist" in errors[0] and "no such folder" in errors[0]
    assert not dialog.open_button.isVisible()
    assert dialog.export_button.isEnabled()  # the user can fix the path and try again


def test_open_and_show_folder_use_the_system_viewer(qtbot, dialog, tmp_path, errors,
                                                     monkeypatch):
    opened = []
    monkeypatch.setattr(mod.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.path_edit.setText(str(tmp_path / "r.pdf"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    assert errors == []
    dialog.open_button.click()
    dialog.folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "r.pdf")),
                      QUrl.fromLocalFile(str(tmp_path))]


def test_nothing_ticked_cannot_export(dialog):
    for cb in dialog.section_boxes.values():
        cb.setChecked(False)
    dialog.annex.setChecked(False)
    assert not dialog.export_button.isEnabled()
    dialog.annex.setChecked(True)
    assert dialog.export_button.isEnabled()


def test_language_defaults_to_the_settings_report_language(qtbot, store, d3, data_dir):
    settings = ui_settings(data_dir)
    settings.setValue("report/language", "ja")
    dlg = ExportReportDialog(data_dir, d3.id, d3.code, settings=settings)
    qtbot.addWidget(dlg)
    assert dlg.language.currentData() == "ja"
    assert dlg.options()["language"] == "ja"


def test_file_menu_opens_the_dialog(qtbot, data_dir):
    from sessionkit.services.sessions import open_store
    from sessionkit.ui.app import open_main_window

    store, _ = open_store(data_dir)
    window = open_main_window(store, data_dir, store.sessions.find("D3").id,
                              ui_settings(data_dir))
    try:
        window.show()
        assert window.export_action.shortcut().toString() == "Ctrl+E"
        window.export_action.trigger()
        dlg = window.export_dialog
        assert isinstance(dlg, ExportReportDialog) and dlg.isVisible()
        assert not dlg.isModal()
        assert dlg.destination().name == "D3-report.pdf"
        window.export_action.trigger()
        assert window.export_dialog is dlg  # one dialog, brought to the front
    finally:
        window.close()
        window.deleteLater()
        store.close()


def test_ctrl_e_after_an_export_starts_again_at_the_format(qtbot, open_window, tmp_path,
                                                            errors):
    """The dialog is kept after an export, which left the focus on Open; reopened, the
    keys (Home/End, typing a format) go to the format list as they did the first time."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = open_window()
    qtbot.keyClick(window.capture_panel.edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dlg = window.export_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    assert QApplication.focusWidget() is dlg.format
    choose(dlg.format, "md")
    dlg.path_edit.setText(str(tmp_path / "D3-report.md"))
    dlg.export_button.click()
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=30000)
    assert QApplication.focusWidget() is dlg.open_button  # what a finished export offers
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.export_dialog is dlg
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    assert QApplication.focusWidget() is dlg.format
    qtbot.keyClick(dlg.format, Qt.Key.Key_Home)
    assert dlg.current_format().name == "pdf"
    assert dlg.export_button.isDefault()  # Enter exports again, it does not open the file
