"""The agenda editor's rows (editors/agenda_editor.py): number, title, kind, minutes,
planned start, people, cue; edits and drops go back to the editor, which makes each
one an undoable command."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)

from sessionkit.domain.models import AgendaItem
from sessionkit.services import agenda_edit as svc
from sessionkit.ui.labels import enum_label


MIME = "application/x-sessionkit-agenda-row"


COLUMNS = ("number", "title", "kind", "planned_minutes", "start", "people", "cue")


COL = {name: i for i, name in enumerate(COLUMNS)}


class AgendaModel(QAbstractTableModel):
    """The agenda rows; edits go through the editor's undo stack."""

    problem = Signal(str)

    def __init__(self, editor):  # the AgendaEditor (ui/editors/agenda_editor.py)
        super().__init__(editor)
        self.editor = editor
        self.items: list[AgendaItem] = []
        self.starts: list = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        ctx = self.editor.ctx
        self.items = ctx.store.agenda.for_session(ctx.session_id)
        self.people = {p.id: p for p in ctx.store.people.for_session(ctx.session_id)}
        self.times = svc.planned_times(ctx.store.sessions.get(ctx.session_id), self.items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        t = QCoreApplication.translate
        return [t("AgendaEditor", "#"), t("AgendaEditor", "Title"), t("AgendaEditor", "Kind"),
                t("AgendaEditor", "Minutes"), t("AgendaEditor", "Starts"),
                t("AgendaEditor", "People"), t("AgendaEditor", "Moderator's cue")][section]

    def people_text(self, item: AgendaItem) -> str:
        return ", ".join(self.people[p].display_name for p in item.person_ids
                         if p in self.people)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "number":
                return str(index.row() + 1)
            if col == "title":
                return item.title
            if col == "kind":
                return enum_label(item.kind)
            if col == "planned_minutes":
                return str(item.planned_minutes)
            if col == "start":
                start = self.times.starts[index.row()]
                return start.strftime("%H:%M") if start else ""
            if col == "people":
                return self.people_text(item)
            if col == "cue":
                return item.cue.replace("\n", " ")
        if role == Qt.ItemDataRole.EditRole:
            if col == "kind":
                return item.kind.value
            if col == "planned_minutes":
                return item.planned_minutes
            if col == "title":
                return item.title
            if col == "cue":
                return item.cue
        if role == Qt.ItemDataRole.ToolTipRole and col in ("title", "cue", "people"):
            return {"title": item.title, "cue": item.cue,
                    "people": self.people_text(item)}[col] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("number", "planned_minutes",
                                                                 "start"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops between rows
        base = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        if COLUMNS[index.column()] in ("title", "kind", "planned_minutes", "cue"):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        col = COLUMNS[index.column()]
        if col not in ("title", "kind", "planned_minutes", "cue"):
            return False
        return self.editor.edit_field(self.items[index.row()].id, col, value)

    # -- drag and drop: rows move, through the undo stack ----------------------------------
    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self):  # noqa: N802
        return [MIME]

    def mimeData(self, indexes):  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        if rows:
            data.setData(MIME, QByteArray(self.items[rows[0]].id.encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return data.hasFormat(MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if not data.hasFormat(MIME):
            return False
        item_id = bytes(data.data(MIME)).decode()
        ids = [i.id for i in self.items]
        if item_id not in ids:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(ids)
        old = ids.index(item_id)
        new = row - 1 if row > old else row  # "drop before row" → final index
        self.editor.move_to(item_id, new)
        return False  # the move is done; the view must not remove anything
