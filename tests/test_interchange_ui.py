"""The import and package dialogs, alone, with pytest-qt (offscreen)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from interchange_helpers import fixture  # noqa: E402
from sessionkit.domain.models import Note  # noqa: E402
from sessionkit.services.sessions import open_store  # noqa: E402
from sessionkit.ui.import_dialog import ImportScheduleDialog  # noqa: E402
from sessionkit.ui.package_dialogs import ExportPackageDialog, MergePackagesDialog  # noqa: E402


def test_preview_choose_and_import_on_a_worker(qtbot, qtmodeltester, store):
    dialog = ImportScheduleDialog(store, path=fixture("pretalx-democon.json"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 36, timeout=10000)
    qtmodeltester.check(dialog.model, force_py=False)
    assert "DemoCon — 36 events, time zone UTC. New: 36" in dialog.info.text()
    first = dialog.proxy.index(0, 0)
    assert dialog.model.headerData(4, Qt.Orientation.Horizontal) == "Room"
    assert dialog.proxy.index(0, 4).data() in ("Gray Room", "Tan Room")
    assert dialog.proxy.index(0, 7).data() == "new"
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert dialog.import_button.text() == "Import 36 sessions"

    dialog.none_button.click()
    assert not dialog.import_button.isEnabled()
    dialog.filter_edit.setText("Brian Robinson")  # a speaker's name
    assert dialog.proxy.rowCount() == 1
    dialog.all_button.click()
    assert dialog.import_button.text() == "Import 1 sessions"
    with qtbot.waitSignal(dialog.imported, timeout=10000) as sig:
        dialog.import_button.click()
    report = sig.args[0]
    assert report.added == ["G9JGWY"]
    assert "Imported: 1 new" in dialog.info.text()
    assert store.sessions.find("G9JGWY").title == "Focused 5thgeneration hardware"
    assert len(store.sessions.list()) == 2


def test_a_bad_file_is_explained_and_cannot_be_imported(qtbot, store, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[" * 100_000)
    dialog = ImportScheduleDialog(store, path=bad)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.info.text(), timeout=10000)
    assert "nested" in dialog.info.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 0


def test_reimport_preview_shows_status(qtbot, store):
    from sessionkit.services.importing import import_schedule

    import_schedule(store, fixture("pretalx-democon.json"))
    s = store.sessions.find("3NEFSQ")
    s.title = "Mine"
    store.sessions.save(s)
    dialog = ImportScheduleDialog(store, path=fixture("pretalx-democon.json"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 36, timeout=10000)
    statuses = {dialog.model.index(r, 6).data(): dialog.model.index(r, 7).data()
                for r in range(36)}
    assert statuses["3NEFSQ"] == "edited here: kept"
    assert list(statuses.values()).count("unchanged") == 35


def test_export_then_merge_packages_from_the_dialogs(qtbot, store, d3, tmp_path):
    store.notes.save(Note(session_id=d3.id, text="dialog note"))
    out = tmp_path / "d3.sessionkit.json"
    exp = ExportPackageDialog(store, session_id=d3.id)
    qtbot.addWidget(exp)
    assert exp.sessions.currentData() == d3.id
    exp.path_edit.setText(str(out))
    with qtbot.waitSignal(exp.exported, timeout=10000):
        exp.export_button.click()
    assert out.exists() and "Package saved" in exp.result.text()

    other, _ = open_store(tmp_path / "secretariat")
    dlg = MergePackagesDialog(other, paths=[out])
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.merged, timeout=10000):
        dlg.merge_button.click()
    assert "notes: 1 added" in dlg.summary.text()
    with qtbot.waitSignal(dlg.merged, timeout=10000):
        dlg.merge_button.click()
    assert "Nothing new" in dlg.summary.text()
    assert [n.text for n in other.notes.for_session(other.sessions.find("D3").id)] == \
        ["dialog note"]

    out.write_bytes(out.read_bytes()[:50])
    dlg.merge_button.click()
    qtbot.waitUntil(lambda: "Nothing was merged" in dlg.summary.text(), timeout=10000)
    other.close()


def test_file_menu_actions_in_the_main_window(qtbot, data_dir, tmp_path):
    from sessionkit.ui.app import choose_session, open_main_window, ui_settings
    from sessionkit.ui.interchange_menu import install

    store, _ = open_store(data_dir)
    settings = ui_settings(data_dir)
    window = open_main_window(store, data_dir, choose_session(store, settings, None), settings)
    qtbot.addWidget(window)
    if not hasattr(window, "interchange_actions"):
        install(window)
    texts = [a.text() for a in window.menu("file").actions()]
    for wanted in ("&Import schedule…", "Export &package…", "&Merge package…"):
        assert wanted in texts
    assert texts.index("&Import schedule…") < texts.index("&Quit")

    # a package from another laptop, merged from the menu, shows up in this window
    other, _ = open_store(tmp_path / "other")
    d3 = other.sessions.find("D3")
    other.notes.save(Note(session_id=d3.id, text="from the other laptop"))
    from sessionkit.services.packages import export_package
    pkg = export_package(other, d3.id, tmp_path / "p.sessionkit.json")
    other.close()
    reloaded = []
    window.ctx.notes_changed.connect(lambda: reloaded.append(True))
    dialog = window.interchange_actions.merge_packages()
    dialog.files.addItem(str(pkg))
    with qtbot.waitSignal(dialog.merged, timeout=10000):
        dialog.merge_button.click()
    assert reloaded
    assert "from the other laptop" in [n.text for n in store.notes.for_session(
        window.ctx.session_id)]
    dialog.close()
    window.close()
    store.close()
