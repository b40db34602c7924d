"""Small dialogs: About and Keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTableWidget, \
    QTableWidgetItem, QVBoxLayout, QHeaderView, QWidget

from sessionkit import __version__


def t(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


# (keys, what) — extended by capture features through register_shortcut_help().
SHORTCUTS: list[tuple[str, str]] = []


def register_shortcut_help(keys: str, what: str) -> None:
    """``what`` is already translated: the latest window's words replace those of one
    built in another language (a language switch, or tests), so one key has one line."""
    for i, (k, _) in enumerate(SHORTCUTS):
        if k == keys:
            SHORTCUTS[i] = (keys, what)
            return
    SHORTCUTS.append((keys, what))


def base_shortcuts() -> list[tuple[str, str]]:
    return [
        ("Ctrl+Enter", t("Add the note in the box (stamped with the time)")),
        ("Tab / Shift+Tab", t("Move between the note box and other controls")),
        ("Ctrl+Q", t("Quit (the draft is saved first)")),
        ("F1", t("This list of keyboard shortcuts")),
    ]


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, t("About SessionKit"), t(
        "SessionKit {version}\n\nAn offline kit for a conference session's moderator "
        "and rapporteur: agenda, clock, notes and the post-session report.\n\n"
        "Everything stays on this computer; SessionKit never uses the internet. It uses "
        "the local network only while you share the live run or follow a moderator.")
        .format(version=__version__))


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(t("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        rows = base_shortcuts() + SHORTCUTS
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName(t("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([t("Keys"), t("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # read-only: Tab goes on to Close, not cell by cell
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r, (keys, what) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(keys))
            table.setItem(r, 1, QTableWidgetItem(what))
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.table = table
