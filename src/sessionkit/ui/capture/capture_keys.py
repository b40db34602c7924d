"""The rapporteur's key chords: one table, used by the code, the help
dialog and docs/capture.md (a test checks they agree)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from sessionkit.domain.models import NoteKind

# Ctrl+digit picks the kind of the note in the box — before or after typing.
KIND_KEYS: list[tuple[Qt.Key, NoteKind]] = [
    (Qt.Key.Key_1, NoteKind.NOTE),
    (Qt.Key.Key_2, NoteKind.KEY_MESSAGE),
    (Qt.Key.Key_3, NoteKind.DECISION),
    (Qt.Key.Key_4, NoteKind.ACTION),
    (Qt.Key.Key_5, NoteKind.QUESTION),
    (Qt.Key.Key_6, NoteKind.RECOMMENDATION),
    (Qt.Key.Key_7, NoteKind.QUOTE),
]
KIND_FOR_KEY = dict(KIND_KEYS)
KEY_FOR_KIND = {kind: f"Ctrl+{i}" for i, (_k, kind) in enumerate(KIND_KEYS, start=1)}

OUTCOME_KEYS = [getattr(Qt.Key, f"Key_{i}") for i in range(1, 10)]  # Alt+1 … Alt+9


def t(text: str) -> str:
    return QCoreApplication.translate("CaptureKeys", text)


def chord_rows() -> list[tuple[str, str]]:
    """(keys, what) for Help → Keyboard shortcuts and docs/capture.md."""
    from sessionkit.ui.labels import enum_label

    rows = [(KEY_FOR_KIND[k], t("Next note is a: {kind}").format(kind=enum_label(k)))
            for _key, k in KIND_KEYS]
    rows += [
        ("Ctrl+Enter", t("Add the note (an action first asks for owner and due date)")),
        ("Tab / Enter", t("In the owner field: Tab to the due date; Enter adds the action")),
        ("Esc", t("From the owner/due fields or the notes list: back to the note box")),
        ("Ctrl+Up / Ctrl+Down", t("Stamp notes with the previous / next agenda item")),
        ("Ctrl+Shift+Up / Ctrl+Shift+Down", t("Stamp notes with the previous / next speaker")),
        ("Alt+Shift+1 … Alt+Shift+9",
         t("Credit notes to the item's 1st…9th person (during the live run)")),
        ("Alt+1 … Alt+9", t("The note supports envisaged outcome 1…9 (toggle)")),
        ("Ctrl+L", t("Go to the notes list")),
        ("Ctrl+F", t("Search all sessions' notes")),
        ("Ctrl+R", t("Report details: summary, attendance, sign-off")),
        (t("In the notes list:") + " F2",
         t("Edit the note's text in place (Enter saves, Shift+Enter starts a new line, "
           "Esc cancels)")),
        (t("In the notes list:") + " S", t("Star / unstar the selected notes")),
        (t("In the notes list:") + " Delete", t("Move the selected notes to the bin "
                                                "(in the bin: restore them); a \"Moved to "
                                                "the bin — Undo\" line appears")),
        (t("In the notes list:") + " Ctrl+Z", t("Undo the last move to the bin (or back); "
                                                "Ctrl+Shift+Z or Ctrl+Y redoes it")),
        (t("In the notes list:") + " H", t("History of the note (restore an earlier version)")),
        (t("In the notes list:") + " Ctrl+1 … Ctrl+7",
         t("Change the kind of the selected notes")),
        (t("In the notes list:") + " Alt+1 … Alt+9",
         t("Link / unlink the selected notes as evidence for outcome 1…9")),
    ]
    return rows
