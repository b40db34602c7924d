"""Qt item models over the store (read through repositories, never SQL)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from sessionkit.domain.models import Note, NoteKind
from sessionkit.report.scripts import is_rtl
from sessionkit.ui.labels import enum_label

DISPLAY_LIMIT = 600  # characters shown in a list cell; the full text is in the tooltip/editor
NoteRole = Qt.ItemDataRole.UserRole + 1  # the Note object
NoteIdRole = Qt.ItemDataRole.UserRole + 2
NOTE_IDS_MIME = "application/x-sessionkit-note-ids"  # drag notes onto an outcome

# Plain ints: the view asks data() for ~10 roles per cell on every repaint, and an enum
# attribute lookup and comparison per branch cost more than the answer.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_NOTE = int(NoteRole)
_NOTE_ID = int(NoteIdRole)
_ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                   | Qt.AlignmentFlag.AlignTop)


def session_zone(name: str) -> tzinfo | None:
    """The session's time zone (IANA name), or None (then the computer's) when the
    session has none or an unknown one."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


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
    """A session's notes in time order: columns time, kind, context (item / speaker), text.

    The text column is editable when ``on_edit(note_id, text) -> Note`` is set; a
    failed edit emits ``edit_failed`` with a sentence for the user.
    """

    TIME, KIND, CONTEXT, TEXT = range(4)
    edit_failed = Signal(str)

    def __init__(self, notes: list[Note] | None = None, parent=None):
        super().__init__(parent)
        self._notes: list[Note] = list(notes or [])
        # per row: the four cells' display strings and the text's alignment, made on the
        # first repaint that shows the row (None until then); dropped when the row, the
        # labels or the zone change
        self._shown: list[tuple | None] = [None] * len(self._notes)
        self.items: dict[str, tuple[int, str]] = {}  # agenda item id -> (number, title)
        self.people: dict[str, str] = {}  # person id -> display name
        self.outcome_numbers: dict[str, int] = {}
        self.on_edit: Callable[[str, str], Note] | None = None
        # The session's zone, as on the live line; None: the computer's own.
        self.zone: tzinfo | None = None
        self.zone_name = ""

    def set_zone(self, name: str) -> None:
        """Show times in the session's time zone (``name``: IANA, e.g. Asia/Seoul)."""
        zone = session_zone(name)
        self.zone, self.zone_name = zone, name if zone is not None else ""
        self._shown = [None] * len(self._notes)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.TIME, self.TIME)
        if self._notes:
            self.dataChanged.emit(self.index(0, self.TIME),
                                  self.index(len(self._notes) - 1, self.TIME))

    def time_text(self, note: Note) -> str:
        return note.created.astimezone(self.zone).strftime("%H:%M:%S")

    def set_labels(self, items: dict[str, tuple[int, str]], people: dict[str, str],
                   outcome_numbers: dict[str, int] | None = None) -> None:
        self.items, self.people = dict(items), dict(people)
        self.outcome_numbers = dict(outcome_numbers or {})
        self._shown = [None] * len(self._notes)
        if self._notes:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._notes) - 1, self.TEXT))

    def context_text(self, note: Note) -> str:
        parts = []
        if note.agenda_item_id in self.items:
            parts.append(f"#{self.items[note.agenda_item_id][0]}")
        if note.speaker_id in self.people:
            parts.append(self.people[note.speaker_id])
        return " ".join(parts)

    def cell_text(self, note: Note) -> str:
        extra = []
        if note.kind == NoteKind.ACTION and (note.action_owner or note.action_due):
            t = QCoreApplication.translate
            if note.action_owner:
                extra.append(t("NotesModel", "owner: {owner}").format(owner=note.action_owner))
            if note.action_due:
                extra.append(t("NotesModel", "due {date}").format(
                    date=note.action_due.isoformat()))
        nums = sorted(self.outcome_numbers[o] for o in note.outcome_ids
                      if o in self.outcome_numbers)
        if nums:
            extra.append(QCoreApplication.translate("NotesModel", "supports {list}").format(
                list=", ".join(f"O{n}" for n in nums)))
        text = display_text(note.text)
        return text + ("\n[" + " · ".join(extra) + "]" if extra else "")

    # -- data ---------------------------------------------------------------------
    def set_notes(self, notes: list[Note]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self._shown = [None] * len(self._notes)
        self.endResetModel()

    def append(self, note: Note) -> None:
        row = len(self._notes)
        self.beginInsertRows(QModelIndex(), row, row)
        self._notes.append(note)
        self._shown.append(None)
        self.endInsertRows()

    def replace(self, note: Note) -> None:
        for row, n in enumerate(self._notes):
            if n.id == note.id:
                self._notes[row] = note
                self._shown[row] = None
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.TEXT))
                return

    def remove(self, note_id: str) -> None:
        for row, n in enumerate(self._notes):
            if n.id == note_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._notes[row]
                del self._shown[row]
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

    @staticmethod
    def conflict_text() -> str:
        return QCoreApplication.translate(
            "NotesModel", "Conflict: edited on two laptops at once; the other version is in "
                          "the note's history (H).")

    # -- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        t = QCoreApplication.translate
        if (orientation == Qt.Orientation.Horizontal and section == self.TIME
                and role == Qt.ItemDataRole.ToolTipRole and self.zone_name):
            return t("NotesModel", "Times are in the session's time zone, {zone}").format(
                zone=self.zone_name)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # the city only ("Seoul"), so the column stays narrow; the tooltip has it all
            city = self.zone_name.rsplit("/", 1)[-1].replace("_", " ")
            time = (t("NotesModel", "Time ({zone})").format(zone=city)
                    if self.zone_name else t("NotesModel", "Time"))
            return {self.TIME: time, self.KIND: t("NotesModel", "Kind"),
                    self.CONTEXT: t("NotesModel", "Item / speaker"),
                    self.TEXT: t("NotesModel", "Note")}.get(section)
        return None

    def _shown_row(self, row: int) -> tuple:
        note = self._notes[row]
        star = "★ " if note.starred else ""
        # edited on two laptops at once; the other version is in its history
        warn = "⚠ " if note.conflict else ""
        shown = (self.time_text(note), warn + star + enum_label(note.kind),
                 self.context_text(note), self.cell_text(note),
                 _ALIGN_RIGHT if is_rtl(note.text) else _ALIGN_LEFT)  # Arabic, Persian…
        self._shown[row] = shown
        return shown

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = index.row()
        if not 0 <= row < len(self._notes) or not index.isValid():
            return None
        col = index.column()
        if role == _DISPLAY:
            return (self._shown[row] or self._shown_row(row))[col]
        if role == _ALIGN:
            return (self._shown[row] or self._shown_row(row))[4] if col == self.TEXT \
                else _ALIGN_LEFT
        if role == _FONT:
            if self._notes[row].deleted_at is None:
                return None
            from PySide6.QtGui import QFont

            font = QFont()
            font.setStrikeOut(True)
            return font
        note = self._notes[row]
        if role == _EDIT:
            return note.text if col == self.TEXT else None
        if role == _TOOLTIP:
            return self._tooltip(note, col)
        if role == _ACCESSIBLE:
            if col != self.TEXT:
                return None
            text = display_text(note.text)
            return f"{self.conflict_text()} {text}" if note.conflict else text
        if role == _NOTE:
            return note
        if role == _NOTE_ID:
            return note.id
        return None

    def _tooltip(self, note: Note, col: int):
        if col == self.KIND:
            return self.conflict_text() if note.conflict else None
        if col == self.TEXT:
            tip = plain_tooltip(note.text)
            if not note.conflict:
                return tip
            import html

            return f"<p>⚠ {html.escape(self.conflict_text())}</p>{tip}"
        if col == self.TIME:
            return note.created.astimezone(self.zone).strftime("%Y-%m-%d %H:%M:%S %Z")
        if col == self.CONTEXT:
            item = self.items.get(note.agenda_item_id or "")
            parts = [item[1] if item else "", self.people.get(note.speaker_id or "", "")]
            joined = " · ".join(p for p in parts if p)
            return plain_tooltip(joined) if joined else None
        return None

    def mimeTypes(self):  # noqa: N802
        return [NOTE_IDS_MIME]

    def mimeData(self, indexes):  # noqa: N802
        from PySide6.QtCore import QMimeData

        ids = []
        for index in indexes:
            if index.isValid():
                nid = self._notes[index.row()].id
                if nid not in ids:
                    ids.append(nid)
        mime = QMimeData()
        mime.setData(NOTE_IDS_MIME, "\n".join(ids).encode("utf-8"))
        return mime

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction

    def flags(self, index):
        base = super().flags(index)
        if index.isValid():
            base |= Qt.ItemFlag.ItemIsDragEnabled
        if (index.isValid() and index.column() == self.TEXT and self.on_edit is not None
                and self._notes[index.row()].deleted_at is None):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if (not index.isValid() or role != Qt.ItemDataRole.EditRole
                or index.column() != self.TEXT or self.on_edit is None):
            return False
        note = self._notes[index.row()]
        if str(value) == note.text:
            return False
        try:
            updated = self.on_edit(note.id, str(value))
        except (ValueError, LookupError) as exc:
            self.edit_failed.emit(str(exc))
            return False
        self._notes[index.row()] = updated
        self._shown[index.row()] = None
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.TEXT))
        return True


class NotesFilterProxy(QSortFilterProxyModel):
    """Shows the notes a NoteFilter (services.capture) accepts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        from sessionkit.services.capture import NoteFilter

        self.note_filter = NoteFilter()

    def set_filter(self, note_filter) -> None:
        self.beginFilterChange()
        self.note_filter = note_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802
        model = self.sourceModel()
        if model is None or source_parent.isValid():
            return False
        return self.note_filter.matches(model.note_at(source_row))
