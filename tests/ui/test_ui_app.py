"""run_gui: starts, shows the window until closed, reports store errors in a box."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from sessionkit.ui import app as ui_app
from sessionkit.ui.main_window import MainWindow


def test_run_gui_shows_d3_until_the_window_is_closed(qapp, data_dir):
    seen = []

    def close_windows():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                seen.append(w.windowTitle())
                w.close()

    QTimer.singleShot(300, close_windows)
    assert ui_app.run_gui(data_dir) == 0
    assert seen == ["SessionKit — D3 — Low carbon cities in Asia through city-to-city "
                    "cooperation"]
    assert (data_dir / "sessionkit-ui.ini").is_file()
    assert QApplication.applicationName() == "SessionKit"


def test_run_gui_store_error_shows_a_message_and_exits_2(qapp, tmp_path, monkeypatch):
    data_dir = tmp_path / "broken"
    data_dir.mkdir()
    (data_dir / "sessionkit.db").write_bytes(b"this is not an SQLite database, not at all" * 50)
    from sessionkit.ui.dialogs import message

    shown = []
    monkeypatch.setattr(message, "ask", lambda icon, title, text, buttons, *a, **k:
                        shown.append(text) or len(buttons) - 1)  # "Quit"
    assert ui_app.run_gui(data_dir) == 2
    # a damaged file is moved aside (kept), never replaced, and the user is told
    assert len(shown) == 1 and "sessionkit.db" in shown[0] and "damaged" in shown[0]
    kept = list(data_dir.glob("sessionkit.db.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not")
    assert not (data_dir / "sessionkit.db").exists()


def test_unknown_session_shows_a_message_and_exits_2(qapp, data_dir, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    assert ui_app.run_gui(data_dir, session="ZZ9") == 2
    assert "ZZ9" in shown[0]


def test_file_export_report_writes_the_report_on_a_worker(qtbot, data_dir, tmp_path,
                                                          monkeypatch):
    from sessionkit.services.sessions import open_store
    from sessionkit.ui.dialogs import export_dialog

    errors = []
    monkeypatch.setattr(export_dialog.QMessageBox, "critical",
                        lambda parent, title, text, *a, **k: errors.append(text))
    store, _ = open_store(data_dir)
    window = ui_app.open_main_window(store, data_dir, store.sessions.find("D3").id)
    qtbot.addWidget(window)
    window.show()
    window.export_action.trigger()  # File → Export report… (Ctrl+E)
    dialog = window.export_dialog
    assert dialog.isVisible() and not dialog.isModal()  # the notes stay usable meanwhile
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    target = tmp_path / "out" / "d3.md"
    target.parent.mkdir()
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    assert not dialog.export_button.isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    assert errors == []
    assert f"Report saved: {target}" in dialog.status.text()
    assert "Low carbon cities in Asia" in target.read_text(encoding="utf-8")
    assert dialog.export_button.isEnabled()
    window.export_action.trigger()  # the same dialog again, not a second one
    assert window.export_dialog is dialog
    window.close()
    store.close()
