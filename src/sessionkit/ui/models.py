"""Qt item models over the store (read through repositories, never SQL)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from sessionkit.domain.models import Note, NoteKind

DISPLAY_LIMIT = 600  # characters shown in a list cell; the full text is in the tooltip/editor
NoteRole = Qt.ItemDataRole.UserRole + 1  # the Note object
NoteIdRole = Qt.ItemDataRole.UserRole + 2


def note_kind_label(kind: NoteKind) -> str:
    t = QCoreApplication.translate
    return {
        NoteKind.NOTE: t("NoteKind", "Note"),
        NoteKind.KEY_MESSAGE: t("NoteKind", "Key message"),
        NoteKind.DECISION: t("NoteKind", "Decision"),
        NoteKind.ACTION: t("NoteKind", "Action"),
        NoteKind.QUESTION: t("NoteKind", "Question"),
        NoteKind.RECOMMENDATION: t("NoteKind", "Recommendation"),
        NoteKind.QUOTE: t("NoteKind", "Quote"),
    }[kind]


def display_text(text: str, limit: int = DISPLAY_LIMIT) -> str:
    """What a list cell shows: the text, cut at ``limit`` characters."""
    return text if len(text) <= limit else text[:limit] + "…"


def plain_tooltip(text: str, limit: int = 4000) -> str:
    """A tooltip that shows user text literally (tooltips sniff for rich text)."""
    import html

    shown = text if len(text) <= limit else text[:limit] + "…"
    return ("<p style='white-space:pre-wrap'>" + html.escape(shown).replace("\n", "<br>")
            + "</p>")


class NotesModel(QAbstractTableModel):
    """A session's notes in time order: columns time, kind, text."""

    TIME, KIND, TEXT = range(3)

    def __init__(self, notes: list[Note] | None = None, parent=None):
        super().__init__(parent)
        self._notes: list[Note] = list(notes or [])

    # -- data ---------------------------------------------------------------------
    def set_notes(self, notes: list[Note]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self.endResetModel()

    def append(self, note: Note) -> None:
        row = len(self._notes)
        self.beginInsertRows(QModelIndex(), row, row)
        self._notes.append(note)
        self.endInsertRows()

    def replace(self, note: Note) -> None:
        for row, n in enumerate(self._notes):
            if n.id == note.id:
                self._notes[row] = note
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.TEXT))
                return

    def remove(self, note_id: str) -> None:
        for row, n in enumerate(self._notes):
            if n.id == note_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._notes[row]
                self.endRemoveRows()
                return

    def note_at(self, row: int) -> Note:
        return self._notes[row]

    def notes(self) -> list[Note]:
        return list(self._notes)

    def row_of(self, note_id: str) -> int:
        for row, n in enumerate(self._notes):
            if n.id == note_id:
                return row
        return -1

    # -- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            t = QCoreApplication.translate
            return {self.TIME: t("NotesModel", "Time"), self.KIND: t("NotesModel", "Kind"),
                    self.TEXT: t("NotesModel", "Note")}.get(section)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._notes)):
            return None
        note = self._notes[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TIME:
                return note.created.astimezone().strftime("%H:%M:%S")
            if col == self.KIND:
                star = "★ " if note.starred else ""
                return star + note_kind_label(note.kind)
            if col == self.TEXT:
                return display_text(note.text)
        elif role == Qt.ItemDataRole.ToolTipRole and col == self.TEXT:
            return plain_tooltip(note.text)
        elif role == Qt.ItemDataRole.AccessibleTextRole and col == self.TEXT:
            return display_text(note.text)
        elif role == NoteRole:
            return note
        elif role == NoteIdRole:
            return note.id
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None
