"""The note box: keyboard focus lives here; the draft is saved as you type.

Ctrl+Enter (or Ctrl+Return) turns the box into a note stamped with the time and
the capture context (agenda item / speaker) and clears the box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QWidget

from sessionkit.domain.models import Note, NoteKind
from sessionkit.services.notes import NoteError, commit_draft
from sessionkit.ui.autosave import DraftAutosaver
from sessionkit.ui.context import SessionContext
from sessionkit.ui.panels.base import Panel, plain_label


class NoteEdit(QPlainTextEdit):
    """A plain-text box that reports Ctrl+Enter and losing focus."""

    submitted = Signal()
    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noteBox")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # key handlers that other capture features register: (QKeyEvent) -> bool handled
        self.key_handlers = []

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        for handler in self.key_handlers:
            if handler(event):
                event.accept()
                return
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focus_lost.emit()


class CapturePanel(Panel):
    """Note box + draft autosave + commit. Extend via ``before_commit`` hooks."""

    note_committed = Signal(object)  # Note

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("CapturePanel", "Capture"), parent)
        self.ctx = ctx
        self.kind: NoteKind = NoteKind.NOTE
        self.context_bar = QHBoxLayout()  # extensions put kind / item / speaker pickers here
        self.context_bar.setSpacing(8)
        self.body.addLayout(self.context_bar)
        self.edit = NoteEdit()
        self.edit.setPlaceholderText(self.tr("Type a note… Ctrl+Enter adds it"))
        self.edit.setAccessibleName(self.tr("Note box"))
        self.body.addWidget(self.edit, 1)
        self.status_label = plain_label(wrap=True)
        self.status_label.setObjectName("captureStatus")
        self.hint_label = plain_label(self.tr("Ctrl+Enter adds the note · drafts save "
                                              "as you type"), wrap=False)
        self.hint_label.setObjectName("panelNote")
        self.add_head_widget(self.hint_label)
        self.body.addWidget(self.status_label)
        self.status_label.hide()
        # hooks: callables(dict fields) -> dict | None (None cancels the commit)
        self.before_commit = []

        self.autosaver = DraftAutosaver(self.edit.toPlainText, self._save_draft, parent=self)
        draft = ctx.store.drafts.get(ctx.session_id)
        if draft:
            self.edit.setPlainText(draft)
            self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
        self.edit.textChanged.connect(self.autosaver.touch)
        self.edit.focus_lost.connect(self.autosaver.flush)
        self.edit.submitted.connect(self.commit)

    def _save_draft(self, text: str) -> None:
        self.ctx.store.drafts.save(self.ctx.session_id, text)

    def flush(self) -> None:
        self.autosaver.flush()

    def focus_box(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_message(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def commit(self) -> Note | None:
        text = self.edit.toPlainText()
        if not text.strip():
            return None
        fields = {"kind": self.kind, **self.ctx.capture_context()}
        for hook in self.before_commit:
            fields = hook(fields)
            if fields is None:
                return None
        try:
            note = self._commit(text, fields)
        except (NoteError, ValueError) as exc:
            self.show_message(self.tr("Not added: {reason}").format(reason=str(exc)))
            self.autosaver.touch()
            return None
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)
        self.autosaver.mark_clean()
        self.show_message("")
        self.kind = NoteKind.NOTE
        self.ctx.announce_note(note)
        self.note_committed.emit(note)
        return note

    def _commit(self, text: str, fields: dict) -> Note:
        return commit_draft(self.ctx.store, self.ctx.session_id, text, **fields)
