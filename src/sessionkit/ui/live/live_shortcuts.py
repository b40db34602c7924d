"""The live-run keys: one table, used for the actions, the Help dialog and docs/keyboard.md.

These bindings are a contract (later checks drive the app by them): change them
here and in docs/keyboard.md together; tests/ui/test_ui_live_shortcuts.py compares
the two. Function keys are used because the rapporteur types notes in the same
window: no text field does anything with F4-F9, so the keys work everywhere in
the app (Qt.ApplicationShortcut), in the stage display window too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class LiveKey:
    action_id: str  # the LiveController method / QAction objectName suffix
    key: str  # QKeySequence portable text
    label: str  # source text for translation (context "LiveShortcuts")
    arg: int | None = None  # passed to the command (time card number)

    @property
    def name(self) -> str:
        """Unique per row: the QAction's objectName is "live_" + name."""
        return self.action_id if self.arg is None else f"{self.action_id}_{self.arg}"


LIVE_KEYS: tuple[LiveKey, ...] = (
    LiveKey("toggle_run", "F5",
            QT_TRANSLATE_NOOP("LiveShortcuts", "Start the session / pause / resume")),
    LiveKey("previous_item", "F6",
            QT_TRANSLATE_NOOP("LiveShortcuts", "Previous agenda item")),
    LiveKey("next_item", "F7",
            QT_TRANSLATE_NOOP("LiveShortcuts", "Next agenda item (ends the session after the last)")),
    LiveKey("extend_minute", "F8",
            QT_TRANSLATE_NOOP("LiveShortcuts", "Give the current item one more minute")),
    LiveKey("toggle_stage", "F9",
            QT_TRANSLATE_NOOP("LiveShortcuts", "Show / hide the stage display")),
    LiveKey("send_message", "Ctrl+Shift+M",
            QT_TRANSLATE_NOOP("LiveShortcuts", "Send a message to the stage display")),
    LiveKey("clear_message", "F4",
            QT_TRANSLATE_NOOP("LiveShortcuts", "Clear the stage message")),
    LiveKey("toggle_readout", "Ctrl+Shift+K",
            QT_TRANSLATE_NOOP("LiveShortcuts", "Read-out mode: key messages on the stage display")),
    LiveKey("readout_next", "Alt+PgDown",
            QT_TRANSLATE_NOOP("LiveShortcuts", "Read-out mode: next key message")),
    LiveKey("readout_previous", "Alt+PgUp",
            QT_TRANSLATE_NOOP("LiveShortcuts", "Read-out mode: previous key message")),
    # Stage time cards: one key, the card is on stage at once (texts per session,
    # Live → Stage time cards…). Ctrl+Shift+digit: Ctrl+digit is the note kind and
    # Alt(+Shift)+digit the outcome / speaker, so the three never meet.
    LiveKey("show_time_card", "Ctrl+Shift+1",
            QT_TRANSLATE_NOOP("LiveShortcuts", "Stage time card 1 (“5 minutes”)"), 1),
    LiveKey("show_time_card", "Ctrl+Shift+2",
            QT_TRANSLATE_NOOP("LiveShortcuts", "Stage time card 2 (“2 minutes”)"), 2),
    LiveKey("show_time_card", "Ctrl+Shift+3",
            QT_TRANSLATE_NOOP("LiveShortcuts", "Stage time card 3 (“1 minute”)"), 3),
    LiveKey("show_time_card", "Ctrl+Shift+4",
            QT_TRANSLATE_NOOP("LiveShortcuts", "Stage time card 4 (“Please wrap up”)"), 4),
    LiveKey("show_time_card", "Ctrl+Shift+5",
            QT_TRANSLATE_NOOP("LiveShortcuts", "Stage time card 5 (“Questions now”)"), 5),
    LiveKey("toggle_cue_card", "Ctrl+Shift+C",
            QT_TRANSLATE_NOOP("LiveShortcuts",
                              "Cue card: the current speaker large, for the lectern")),
)


def key_text(action_id: str) -> str:
    """The key of live action ``action_id`` as the platform writes it (e.g. "F7")."""
    key = next(k.key for k in LIVE_KEYS if k.name == action_id)
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def key_label(key: LiveKey) -> str:
    return QCoreApplication.translate("LiveShortcuts", key.label)


def make_live_actions(controller, parent: QWidget) -> dict[str, QAction]:
    """One QAction per live key, application-wide, wired to the controller.

    The actions are added to ``parent`` (so they work in every window of the
    app, ApplicationShortcut) and returned so a menu can show them too.
    """
    actions: dict[str, QAction] = {}
    for k in LIVE_KEYS:
        action = QAction(key_label(k), parent)
        action.setObjectName(f"live_{k.name}")
        action.setShortcut(QKeySequence(k.key))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        # triggered(bool checked) must not reach the command as an argument:
        # send_message(True) once tried to strip a bool.
        slot = getattr(controller, k.action_id)
        args = () if k.arg is None else (k.arg,)
        action.triggered.connect(lambda _checked=False, slot=slot, args=args: slot(*args))
        parent.addAction(action)
        actions[k.name] = action
    return actions


class KeyboardShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: the live-run keys (and any extra rows given)."""

    def __init__(self, parent: QWidget | None = None,
                 extra: list[tuple[str, str]] | None = None):
        super().__init__(parent)
        self.setObjectName("keyboardShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("These keys work anywhere in SessionKit, also while you type "
                               "a note and in the stage display window."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = [(QKeySequence(k.key).toString(QKeySequence.SequenceFormat.NativeText),
                 key_label(k)) for k in LIVE_KEYS]
        rows += list(extra or [])
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (key, label) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(key))
            self.table.setItem(r, 1, QTableWidgetItem(label))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]
