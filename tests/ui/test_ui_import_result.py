"""File → Import schedule… after an import: the imported rows no longer say "new", and
the next file loaded does not carry the last import's result or its "Open …" offer."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from interchange_helpers import fixture  # noqa: E402
from sessionkit.ui.dialogs.import_dialog import ImportScheduleDialog  # noqa: E402

SMALL_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:a1
SUMMARY:Opening plenary
DTSTART:20261118T090000Z
DTEND:20261118T100000Z
END:VEVENT
BEGIN:VEVENT
UID:a2
SUMMARY:Closing plenary
DTSTART:20261118T170000Z
DTEND:20261118T180000Z
END:VEVENT
END:VCALENDAR
"""


def statuses(dialog) -> dict[str, str]:
    return {dialog.proxy.index(r, 3).data(): dialog.proxy.index(r, 7).data()
            for r in range(dialog.proxy.rowCount())}


def test_imported_rows_say_so_and_the_rest_stay_new(qtbot, store):
    dialog = ImportScheduleDialog(store, path=fixture("pretalx-democon.json"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 36, timeout=10000)
    dialog.filter_edit.setText("Brian Robinson")
    dialog.all_button.click()
    title = dialog.proxy.index(0, 3).data()
    assert statuses(dialog)[title] == "new"
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    # the imported row says what a preview of the file would say now: it is in the store
    assert statuses(dialog)[title] == "unchanged"
    assert dialog.proxy.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked
    assert not dialog.import_button.isEnabled()  # nothing ticked is left to import
    dialog.filter_edit.setText("")
    shown = statuses(dialog)
    assert list(shown.values()).count("new") == 35  # the events not imported
    assert shown[title] == "unchanged"
    # loading the same file again agrees with what the dialog showed
    again = ImportScheduleDialog(store, path=fixture("pretalx-democon.json"))
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.model.rowCount() == 36, timeout=10000)
    assert statuses(again) == shown


def test_loading_another_file_clears_the_last_result(qtbot, store, tmp_path):
    small = tmp_path / "two events.ics"
    small.write_text(SMALL_ICS.replace("\n", "\r\n"), encoding="utf-8")
    dialog = ImportScheduleDialog(store, path=small)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    assert statuses(dialog) == {"Opening plenary": "unchanged", "Closing plenary": "unchanged"}
    assert dialog.open_button.isVisible()
    assert dialog.open_button.text() == "Open one of them…"
    assert dialog.info.text().startswith("Imported: 2 new")

    dialog.load(fixture("pretalx-democon.json"))
    assert not dialog.open_button.isVisible()  # at once, while the next file is read
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 36, timeout=10000)
    assert not dialog.open_button.isVisible()
    assert "Imported:" not in dialog.info.text()
    assert dialog.info.text().startswith("DemoCon — 36 events")
    assert set(statuses(dialog).values()) == {"new"}
    assert dialog.imported_ids == []


def test_a_missing_typed_path_also_clears_the_last_result(qtbot, store, tmp_path):
    small = tmp_path / "two events.ics"
    small.write_text(SMALL_ICS, encoding="utf-8")
    dialog = ImportScheduleDialog(store, path=small)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    assert dialog.open_button.isVisible()
    dialog.file_edit.setText(str(tmp_path / "missing.ics"))
    dialog.load_typed_path()
    assert dialog.info.text() == f"There is no file at {tmp_path / 'missing.ics'}."
    assert not dialog.open_button.isVisible()
    assert len(store.sessions.list()) == 3  # D3 and the two imported: nothing else changed
