"""The team folder in the app: chosen in Settings, passes on a worker, the notes list
follows a merge, the status dialog names the devices."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from sessionkit.interchange.package import SUFFIX
from sessionkit.services import preferences as prefs_file
from sessionkit.services.capture import capture_note
from sessionkit.services.sessions import open_store
from sessionkit.services.team import sync_folder
from sessionkit.ui.capture.writer import wait_all_idle

from ui_keys import ctrl_enter, type_text


@pytest.fixture
def folder(tmp_path):
    f = tmp_path / "team"
    f.mkdir()
    return f


@pytest.fixture
def other_laptop(tmp_path):
    store, _ = open_store(tmp_path / "other")
    yield store
    store.close()


def test_settings_choose_and_refuse_a_team_folder(open_window, data_dir, folder, monkeypatch,
                                                  qtbot):
    from sessionkit.ui.dialogs.settings_dialog import SettingsDialog

    window = open_window(live=False)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: warnings.append((title, text)))
    dialog = SettingsDialog(data_dir, window)
    qtbot.addWidget(dialog)
    chooser = dialog.team_folder
    assert chooser.folder == "" and not chooser.off.isEnabled()
    assert not chooser.set_folder(str(data_dir))
    assert warnings and "inside SessionKit's data folder" in warnings[0][1]
    assert not chooser.set_folder(str(folder / "missing"))
    assert "does not exist" in warnings[1][1] and chooser.folder == ""
    assert chooser.set_folder(str(folder))
    dialog.accept()
    assert prefs_file.load(data_dir).team_folder == str(folder)
    assert window.team_sync.enabled and window.team_sync.folder == str(folder)
    # the first pass writes this laptop's packages without being asked
    qtbot.waitUntil(lambda: any(p.name.endswith(SUFFIX) for p in folder.iterdir()),
                    timeout=10_000)
    dialog = SettingsDialog(data_dir, window)
    qtbot.addWidget(dialog)
    assert dialog.team_folder.shown.text() == str(folder)
    dialog.team_folder.off.click()
    dialog.accept()
    assert prefs_file.load(data_dir).team_folder == "" and not window.team_sync.enabled


def test_notes_flow_both_ways_and_status_names_the_devices(open_window, data_dir, folder,
                                                           other_laptop, qtbot):
    data_dir.mkdir(parents=True)
    prefs_file.update(data_dir, team_folder=str(folder))
    window = open_window(live=False)
    sync = window.team_sync
    qtbot.waitUntil(lambda: sync.last_report is not None, timeout=10_000)

    # another laptop's note arrives: the open window shows it after the merge
    d3 = other_laptop.sessions.find("D3")
    capture_note(other_laptop, d3.id, "Ben: 도시 간 협력은 오래 간다")
    sync_folder(other_laptop, folder)
    with qtbot.waitSignal(sync.merged, timeout=10_000):
        sync.run_now()
    qtbot.waitUntil(lambda: "Ben: 도시 간 협력은 오래 간다" in [
        n.text for n in window.ctx.store.notes.for_session(window.ctx.session_id)])
    model = window.notes_panel.model
    qtbot.waitUntil(lambda: any(
        "Ben: 도시 간 협력은 오래 간다" in str(model.index(r, c).data())
        for r in range(model.rowCount()) for c in range(model.columnCount())), timeout=5000)

    # a note typed here is written to the folder a few seconds later, unasked
    sync._write.setInterval(200)
    box = window.capture_panel.edit
    type_text(qtbot, box, "Ann: the MoU is signed in June")
    ctrl_enter(qtbot, box)
    wait_all_idle()
    with qtbot.waitSignal(sync.passed, timeout=10_000):
        pass
    got = sync_folder(other_laptop, folder)
    assert any(m.notes_added == 1 for m in got.merged), got.lines()
    assert "Ann: the MoU is signed in June" in [
        n.text for n in other_laptop.notes.for_session(d3.id)]

    # File → Team folder status…: this laptop and the other, under D3
    window.team_status_action.trigger()
    dialog = window.team_status_dialog
    qtbot.addWidget(dialog)
    tree = dialog.tree
    rows = {tree.topLevelItem(i).text(0): [tree.topLevelItem(i).child(j).text(0)
                                           for j in range(tree.topLevelItem(i).childCount())]
            for i in range(tree.topLevelItemCount())}
    d3_row = next(k for k in rows if k.startswith("D3 — "))
    assert len(rows[d3_row]) == 2
    assert sum("(this device)" in name for name in rows[d3_row]) == 1
    assert str(folder) in dialog.summary.text()


def test_status_dialog_without_a_folder_says_how_to_choose_one(open_window, qtbot):
    window = open_window(live=False)
    window.team_status_action.trigger()
    dialog = window.team_status_dialog
    qtbot.addWidget(dialog)
    assert "File → Settings…" in dialog.summary.text()
    assert not dialog.sync_now.isEnabled()


def test_agenda_item_change_and_quit_write_the_package(open_window, data_dir, folder,
                                                       other_laptop, qtbot, fake):
    data_dir.mkdir(parents=True)
    prefs_file.update(data_dir, team_folder=str(folder))
    window = open_window(live=True)
    sync = window.team_sync
    qtbot.waitUntil(lambda: sync.last_report is not None and not sync.running,
                    timeout=10_000)
    sync._write.setInterval(60_000)  # only the item change may start the pass now
    controller = window.moderator.controller
    with qtbot.waitSignal(sync.passed, timeout=10_000) as passed:
        controller.toggle_run()  # starts the first item
    assert passed.args[0].written, "the item change wrote the session's package"
    qtbot.waitUntil(lambda: not sync.running, timeout=10_000)
    d3 = window.ctx.session_id
    # a note saved without any signal (as a crash-safe writer would) goes out at quit
    capture_note(window.ctx.store, d3, "the last words before closing")
    sync.run_blocking()
    got = sync_folder(other_laptop, folder)
    assert got.refused == []
    assert "the last words before closing" in [
        n.text for n in other_laptop.notes.for_session(other_laptop.sessions.find("D3").id)]


def test_settings_team_folder_is_reached_by_keyboard(open_window, data_dir, qtbot,
                                                       monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from sessionkit.ui.dialogs.settings_dialog import SettingsDialog

    window = open_window(live=False)
    dialog = SettingsDialog(data_dir, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_T,
                   Qt.KeyboardModifier.AltModifier)
    # "&Team folder:" puts the keyboard on Choose… (Space then opens the folder chooser)
    assert QApplication.focusWidget() is dialog.team_folder.choose
    # Enter there accepts the dialog (OK), it does not open the chooser a second time
    from PySide6.QtWidgets import QFileDialog

    calls = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *a, **k: calls.append("chooser") or "")
    dialog.accepted.connect(lambda: calls.append("ok"))
    qtbot.keyClick(dialog.team_folder.choose, Qt.Key.Key_Return)
    assert calls == ["ok"]
