"""The notes list: time, kind, text; new notes appear at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from sessionkit.domain.models import Note
from sessionkit.ui.context import SessionContext
from sessionkit.ui.models import NotesModel
from sessionkit.ui.panels.base import Panel, plain_label


class NotesView(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notesList")
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setHighlightSections(False)


class NotesPanel(Panel):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("NotesPanel", "Notes"), parent)
        self.ctx = ctx
        self.count_label = plain_label(wrap=False)
        self.count_label.setObjectName("panelNote")
        self.add_head_widget(self.count_label)
        self.model = NotesModel(parent=self)
        self.view = NotesView()
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NotesModel.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NotesModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NotesModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.view, 1)
        ctx.note_added.connect(self._on_note_added)
        ctx.notes_changed.connect(self.reload)
        self.model.rowsInserted.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.reload()

    def load_notes(self) -> list[Note]:
        return self.ctx.store.notes.for_session(self.ctx.session_id)

    def reload(self) -> None:
        self.model.set_notes(self.load_notes())
        self.view.scrollToBottom()

    def _on_note_added(self, note: Note) -> None:
        if note.session_id != self.ctx.session_id:
            return
        self.model.append(note)
        self.view.scrollToBottom()

    def _update_count(self, *args) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%n note(s)", "", n))
