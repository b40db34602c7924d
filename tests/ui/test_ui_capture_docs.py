"""docs/capture.md lists exactly the chords the code uses, and Help shows them."""

from __future__ import annotations

from pathlib import Path

from sessionkit.ui.capture.capture_keys import chord_rows

DOC = Path(__file__).resolve().parents[2] / "docs" / "capture.md"


def _doc_rows() -> list[tuple[str, str]]:
    rows = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("| ") and not line.startswith("| Key |"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            rows.append((cells[0], cells[1]))
    return rows


def test_doc_table_matches_the_code(qapp):
    assert _doc_rows() == chord_rows()


def test_help_dialog_lists_the_capture_chords(qtbot, data_dir):
    from sessionkit.services.sessions import open_store
    from sessionkit.ui.app import open_main_window
    from sessionkit.ui.dialogs.about import ShortcutsDialog

    store, _ = open_store(data_dir)
    w = open_main_window(store, data_dir, store.sessions.find("D3").id)
    qtbot.addWidget(w)
    dialog = ShortcutsDialog(w)
    qtbot.addWidget(dialog)
    table = dialog.table
    shown = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    assert set(chord_rows()) <= shown
    w.close()
    store.close()
