"""A note's history: earlier versions, each viewable and restorable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sessionkit.services.capture import note_history, restore_version
from sessionkit.ui.labels import enum_label
from sessionkit.ui.models.notes import session_zone
from sessionkit.ui.panels.base import plain_label


class HistoryDialog(QDialog):
    def __init__(self, store, note_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self._placed = False
        self.store = store
        self.note_id = note_id
        self.restored = None
        self.setWindowTitle(self.tr("Note history"))
        layout = QVBoxLayout(self)
        current = store.notes.get(note_id)
        try:  # the session's clock, as in the notes list
            zone = session_zone(store.sessions.get(current.session_id).timezone)
        except LookupError:
            zone = None
        self.versions = note_history(store, note_id)
        layout.addWidget(plain_label(self.tr("Now: {kind} — last changed {when}").format(
            kind=enum_label(current.kind),
            when=current.updated.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"))))
        split = QSplitter(Qt.Orientation.Vertical)
        self.list = QListWidget()
        self.list.setObjectName("historyList")
        for v in self.versions:
            first = " ".join(v.text.split())
            first = first if len(first) <= 80 else first[:80] + "…"
            label = self.tr("{when} · {kind} · {text}").format(
                when=(v.was_updated or v.saved_at).astimezone(zone).strftime("%H:%M:%S"),
                kind=enum_label(v.kind), text=first)
            item = QListWidgetItem(label)  # list items are plain text
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            self.list.addItem(item)
        split.addWidget(self.list)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        split.addWidget(self.preview)
        layout.addWidget(split, 1)
        if not self.versions:
            layout.addWidget(plain_label(self.tr("This note has not been edited.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore this version"))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        if self.versions:
            self.list.setCurrentRow(0)
        self.resize(560, 420)

    def showEvent(self, event) -> None:  # noqa: N802
        if not self._placed:  # not over the live countdown (a tool window, not modal)
            self._placed = True
            from sessionkit.ui.placement import place_dialog

            place_dialog(self, self.parentWidget().window() if self.parentWidget() else None)
        super().showEvent(event)

    def _show(self, row: int) -> None:
        ok = 0 <= row < len(self.versions)
        self.preview.setPlainText(self.versions[row].text if ok else "")
        self.restore_button.setEnabled(ok)

    def restore_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.versions):
            self.restored = restore_version(self.store, self.note_id, self.versions[row].id)
            self.accept()
