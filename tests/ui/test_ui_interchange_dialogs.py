"""The import and package dialogs, alone, with pytest-qt (offscreen)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from interchange_helpers import fixture  # noqa: E402
from sessionkit.domain.models import Note  # noqa: E402
from sessionkit.services.sessions import open_store  # noqa: E402
from sessionkit.ui.dialogs.import_dialog import ImportScheduleDialog  # noqa: E402
from sessionkit.ui.dialogs.package_dialogs import (  # noqa: E402
    ExportPackageDialog,
    MergePackagesDialog,
)


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
    # a whole conference: nothing ticked at first, the user picks
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.import_button.text() == "Import"
    assert not dialog.import_button.isEnabled()
    assert dialog.info.text().endswith("Tick the events to import: Space ticks the selected "
                                       "rows, Select all ticks every event shown.")
    # by keyboard: select a row, Space ticks it, Space again unticks it
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.proxy.index(2, 3))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.import_button.text() == "Import 1 sessions"
    assert dialog.proxy.index(2, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert not dialog.import_button.isEnabled()
    dialog.all_button.click()
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
    # the dialog offers to open what was imported
    assert dialog.open_button.isVisible() or not dialog.isVisible()
    assert dialog.open_button.text() == "Open “G9JGWY”"
    with qtbot.waitSignal(dialog.open_requested) as opened:
        dialog.open_button.click()
    assert opened.args[0] == store.sessions.find("G9JGWY").id


SMALL_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:a1
SUMMARY:Opening plenary
DTSTART:20261118T090000
DTEND:20261118T100000
END:VEVENT
BEGIN:VEVENT
UID:a2
SUMMARY:Closing plenary
DTSTART:20261118T170000
DTEND:20261118T160000
END:VEVENT
END:VCALENDAR
"""


def test_a_small_file_is_all_ticked_and_the_path_can_be_typed(qtbot, store, tmp_path):
    small = tmp_path / "two events.ics"
    small.write_text(SMALL_ICS.replace("\n", "\r\n"), encoding="utf-8")
    dialog = ImportScheduleDialog(store)
    qtbot.addWidget(dialog)
    assert not dialog.file_edit.isReadOnly()  # looks typeable and is
    # a path that is not there: one sentence, nothing to import
    dialog.file_edit.setFocus()
    qtbot.keyClicks(dialog.file_edit, str(tmp_path / "missing.ics"))
    qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
    assert dialog.info.text() == f"There is no file at {tmp_path / 'missing.ics'}."
    assert not dialog.import_button.isEnabled()
    dialog.file_edit.selectAll()
    qtbot.keyClicks(dialog.file_edit, str(small))
    qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    assert dialog.model.chosen() == dialog.model.items  # two events: both ticked
    assert dialog.import_button.text() == "Import 2 sessions"
    assert store.sessions.find("D3")  # Enter in the field imported nothing
    assert len(store.sessions.list()) == 1
    # the readers' warnings are shown as sentences of the UI (translatable)
    shown = dialog.warnings.toPlainText().splitlines()
    assert shown == [
        "Event a2: it ends before it starts; the end time was left empty.",
        "The calendar gives no time zone for some events; they were read as UTC."]


def test_every_reader_warning_goes_through_translation(qtbot):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from sessionkit.ui.dialogs.import_dialog import translate_warning

    class Marker(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return f"<{source}>" if context == "ImportDialog" else ""

        def isEmpty(self):  # noqa: N802
            return False

    readers = [
        "the schedule gives no time zone; its times were read as UTC (choose the "
        "conference's time zone to correct them)",
        "the schedule gives no time zone; times without one were read as UTC",
        "the calendar gives no time zone for some events; they were read as UTC",
        "the schedule's time zone 'Mars/Base' is unknown; the events' own UTC offsets were used",
        "the schedule's time zone 'Mars/Base' is unknown",
        "3 events give a UTC offset that differs from the schedule's time zone Asia/Tokyo; "
        "their exact instants were kept and shown in Asia/Tokyo",
        "event 12: it ends before it starts; the end time was left empty",
        "event 12: the duration '1:xx' was not understood; the end time was left empty",
        "event 12: the duration was not understood; the end time was left empty",
        "event 12: skipped: it has no title",
        "event 4: skipped: it has no SUMMARY (title)",
        "event 4: skipped: it has no usable date and start time",
        "event 4: skipped: it has no usable DTSTART",
        "event 4: skipped: its DTSTART is not a date or time",
        "an event: skipped: it is not an object",
        "event 'A1' ('Talk') appears more than once in the file; the copy was ignored",
        "event 'A1' ('Talk') appears more than once in the file; the later, different one "
        "was ignored",
        # Indico timetables and schedule JSON version 2
        "entry c4: skipped: it has no usable startDate",
        "event E5: skipped: it has no usable start",
        "entry c4: skipped: its date (year 9999) is outside the years 1900-2200",
        "event E2: skipped: its date (year 1) is outside the years 1900-2200",
        "entry c3: skipped: its date or time cannot be read",
        "event E2: skipped: it is marked canceled",
        "entry c8: skipped: its entryType 'Poster' is not Session, Contribution or Break",
        "entry c9: skipped: it is not an object",
        "entry c2: skipped: it has no title",
        "event E7: its end (year 9999) is outside the years 1900-2200; the end time was "
        "left empty",
        "entry c1: the duration is too long; the end time was left empty",
        "entry s1, part c3: left out of the agenda: it has no title",
        "entry s1, part c5: left out of the agenda: it is not an object",
        "entry s1, part c3: left out of the agenda: its date (year 9999) is outside the "
        "years 1900-2200",
        "the timetable gives no time zone; times without one were read as UTC",
        "the schedule's time zone '../etc/passwd' is unknown; its times were read as UTC",
        "Indico event 7: skipped: its timetable is not an object",
        "day '20250512': skipped: its entries are not an object",
    ]
    marker = Marker()
    QCoreApplication.installTranslator(marker)
    try:
        for message in readers:
            out = translate_warning(message)
            assert out.startswith("<") and out.endswith(">"), message
    finally:
        QCoreApplication.removeTranslator(marker)
    assert translate_warning("something new") == "something new"
    assert translate_warning(readers[6]) == (
        "Event 12: it ends before it starts; the end time was left empty.")
    assert translate_warning("entry c4: skipped: its date (year 9999) is outside the years "
                             "1900-2200") == (
        "Entry c4: skipped, its date (year 9999) is outside the years 1900–2200.")
    assert translate_warning("entry s1, part c3: left out of the agenda: it has no title") == (
        "Entry s1, part c3: left out of the agenda, it has no title.")


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
    from sessionkit.ui.dialogs.interchange_menu import install

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


def test_an_indico_timetable_is_previewed_and_imported_with_its_agenda(qtbot, store):
    """No format to choose: the dialog reads Indico's export as it reads the others."""
    dialog = ImportScheduleDialog(store, path=fixture("indico-timetable.json"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=10000)
    assert "Indico event 1234 on indico.example.org — 3 events, time zone Asia/Bangkok" \
        in dialog.info.text()
    rows = {dialog.proxy.index(r, 6).data(): (dialog.proxy.index(r, 3).data(),
                                              dialog.proxy.index(r, 5).data())
            for r in range(3)}
    assert rows == {"KEY": ("Opening keynote: cities and climate", ""),
                    "W1-1": ("Water and cities: Urban water security", "Water and cities"),
                    "W1-2": ("Water and cities: Finance", "Water and cities")}
    dialog.filter_edit.setText("Nguyễn")  # a presenter in the first block's agenda
    assert dialog.proxy.rowCount() == 1
    dialog.filter_edit.setText("")
    dialog.all_button.click()
    with qtbot.waitSignal(dialog.imported, timeout=10000) as sig:
        dialog.import_button.click()
    assert sorted(sig.args[0].added) == ["KEY", "W1-1", "W1-2"]
    s = store.sessions.find("W1-1")
    assert [a.title for a in store.agenda.for_session(s.id)][2] == "Coffee break"
    # then the next file: its preview does not show the last import's full bar
    assert dialog.progress.isVisibleTo(dialog)
    dialog.load(fixture("hub-schedule2.json"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    assert not dialog.progress.isVisibleTo(dialog)
    assert dialog.import_button.text() == "Import 2 sessions"
