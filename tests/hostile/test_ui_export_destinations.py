"""The app's export dialogs refuse the same destinations as the CLI, before any work
starts: the report, package and calendar never land in the data folder or on a
device, and the store is left as it was."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from interchange_helpers import dump  # noqa: E402


def _files(folder):
    return sorted((str(p.relative_to(folder)), p.stat().st_ino) for p in folder.rglob("*")
                  if p.is_file())


def test_report_dialog_refuses_the_data_file(qtbot, store, d3, data_dir, monkeypatch):
    from sessionkit.ui.dialogs import export_dialog as mod
    from sessionkit.ui.app import ui_settings

    shown = []
    monkeypatch.setattr(mod.QMessageBox, "critical",
                        lambda parent, title, text, *a, **k: shown.append(text)
                        or QMessageBox.StandardButton.Ok)
    dlg = mod.ExportReportDialog(data_dir, d3.id, d3.code, settings=ui_settings(data_dir))
    qtbot.addWidget(dlg)
    dlg.show()
    choose = dlg.format.findData("md")
    dlg.format.setCurrentIndex(choose)
    before, files = dump(data_dir / "sessionkit.db"), _files(data_dir)
    dlg.path_edit.setText(str(data_dir / "backups" / ".." / "sessionkit.db"))
    dlg.export_button.click()
    assert not dlg.is_running()
    assert len(shown) == 1 and "Refused" in shown[0] and "data folder" in shown[0], shown
    assert dlg.export_button.isEnabled()  # the user can pick another place at once
    qtbot.wait(200)
    assert dump(data_dir / "sessionkit.db") == before and _files(data_dir) == files


def test_package_dialog_refuses_a_file_in_the_data_folder(qtbot, store, d3, data_dir,
                                                          tmp_path):
    from sessionkit.ui.dialogs.package_dialogs import ExportPackageDialog

    dlg = ExportPackageDialog(store, session_id=d3.id)
    qtbot.addWidget(dlg)
    before, files = dump(data_dir / "sessionkit.db"), _files(data_dir)
    link = tmp_path / "looks-innocent"
    link.symlink_to(data_dir, target_is_directory=True)
    dlg.path_edit.setText(str(link / "sessionkit.db"))
    assert dlg.start_export() is None
    assert not dlg.busy()
    assert "Refused" in dlg.result.text() and "data folder" in dlg.result.text()
    assert dlg.export_button.isEnabled()
    qtbot.wait(200)
    assert dump(data_dir / "sessionkit.db") == before and _files(data_dir) == files


def test_package_dialog_refuses_a_fifo(qtbot, store, d3, tmp_path):
    from sessionkit.ui.dialogs.package_dialogs import ExportPackageDialog

    fifo = tmp_path / "pipe.sessionkit.json"
    os.mkfifo(fifo)
    dlg = ExportPackageDialog(store, session_id=d3.id)
    qtbot.addWidget(dlg)
    dlg.path_edit.setText(str(fifo))
    assert dlg.start_export() is None
    assert "Refused" in dlg.result.text() and "pipe" in dlg.result.text()
    assert os.path.exists(fifo) and not fifo.is_file()


def test_calendar_export_from_the_menu_refuses_the_lock_file(qtbot, data_dir, monkeypatch):
    from sessionkit.services.sessions import open_store
    from sessionkit.ui.dialogs import interchange_menu
    from sessionkit.ui.app import choose_session, open_main_window, ui_settings

    store, _ = open_store(data_dir)
    settings = ui_settings(data_dir)
    window = open_main_window(store, data_dir, choose_session(store, settings, None), settings)
    qtbot.addWidget(window)
    if not hasattr(window, "interchange_actions"):
        interchange_menu.install(window)
    lock = data_dir / "sessionkit.lock"
    lock.write_text("12345\n", encoding="ascii")
    monkeypatch.setattr(interchange_menu.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(lock), ""))
    warned = []
    monkeypatch.setattr(interchange_menu.QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: warned.append(text)
                        or QMessageBox.StandardButton.Ok)
    before, files = dump(data_dir / "sessionkit.db"), _files(data_dir)
    window.interchange_actions.export_calendar()
    assert len(warned) == 1 and "Refused" in warned[0] and str(lock) in warned[0], warned
    assert not window.interchange_actions._jobs
    qtbot.wait(300)
    assert lock.read_text(encoding="ascii") == "12345\n"
    assert dump(data_dir / "sessionkit.db") == before and _files(data_dir) == files
    window.close()
    store.close()


def test_saving_the_note_box_text_refuses_the_data_file(qtbot, store, data_dir, monkeypatch):
    """The rescue "Save as…" of an unsaved note box must not destroy the store either."""
    from sessionkit.ui.safety import banners as mod

    target = data_dir / "sessionkit.db"
    monkeypatch.setattr(mod.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warned = []
    monkeypatch.setattr(mod.QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: warned.append(text)
                        or QMessageBox.StandardButton.Ok)
    banner = mod.SaveProblemBanner(lambda: "the text the user typed")
    qtbot.addWidget(banner)
    before, files = dump(target), _files(data_dir)
    banner.save_as()
    assert len(warned) == 1 and "Refused" in warned[0] and "data folder" in warned[0], warned
    assert dump(target) == before and _files(data_dir) == files
