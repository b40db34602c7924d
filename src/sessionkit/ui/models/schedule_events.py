"""The events of a schedule file being imported (dialogs/import_dialog.py): a check
box, day, time, title, room, track, code and status per event, and the filter on the
typed text."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)


def _status_names() -> dict[str, str]:
    t = QCoreApplication.translate
    return {"add": t("ImportDialog", "new"), "change": t("ImportDialog", "changed"),
            "unchanged": t("ImportDialog", "unchanged"),
            "kept_local_edits": t("ImportDialog", "edited here: kept")}


def _headers() -> list[str]:
    t = QCoreApplication.translate
    return ["", t("ImportDialog", "Day"), t("ImportDialog", "Time"), t("ImportDialog", "Title"),
            t("ImportDialog", "Room"), t("ImportDialog", "Track"), t("ImportDialog", "Code"),
            t("ImportDialog", "Status")]


TICK_ALL_UP_TO = 10  # more events than this in a file: none ticked at first


class EventsModel(QAbstractTableModel):
    """The planned events: a check box, day, time, title, room, track, code, status."""

    COLUMN_COUNT = 8

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.items: list = []  # PlannedEvent
        self.checked: list[bool] = []

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self.items = list(items)
        # A few events: all ticked. A whole conference: none, the user picks (importing
        # hundreds of sessions by one Enter was too easy).
        self.checked = [len(self.items) <= TICK_ALL_UP_TO] * len(self.items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.COLUMN_COUNT:
            return _headers()[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.items)):
            return None
        item = self.items[index.row()]
        ev = item.event
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if self.checked[index.row()] else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 1:
                return ev.start.strftime("%a %Y-%m-%d") if ev.start else ""
            if col == 2:
                if not ev.start:
                    return ""
                end = f"–{ev.end:%H:%M}" if ev.end else ""
                return f"{ev.start:%H:%M}{end}"
            if col == 3:
                return ev.title
            if col == 4:
                return ev.room
            if col == 5:
                return ev.track
            if col == 6:
                return ev.code
            if col == 7:
                return _status_names().get(item.action, item.action)
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            self.checked[index.row()] = checked
            self.dataChanged.emit(index, index, [role])
            return True
        return False

    def set_all(self, checked: bool, rows: list[int] | None = None) -> None:
        for r in (range(len(self.items)) if rows is None else rows):
            self.checked[r] = checked
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def mark_imported(self, report) -> None:
        """After an import: the imported rows say what a preview of the file now says of
        them (the store holds them as the file has them: "unchanged"; an event kept with
        local edits: "edited here: kept"), and are unticked, as nothing is left to import."""
        now = {code: "unchanged" for code in (*report.added, *report.changed,
                                              *report.unchanged)}
        now.update({code: "kept_local_edits" for code in report.kept_local_edits})
        for r, item in enumerate(self.items):
            action = now.get(item.event.code)
            if action is not None and self.checked[r]:
                self.items[r] = replace(item, action=action)
                self.checked[r] = False
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1,
                                                               self.COLUMN_COUNT - 1))

    def chosen(self) -> list:
        return [i for i, c in zip(self.items, self.checked) if c]


class EventsFilter(QSortFilterProxyModel):
    """Rows whose title, room, track, code or speakers contain the typed text."""

    text = ""

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self.text = text.strip().lower()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.text = text.strip().lower()
            self.invalidateFilter()

    def filterAcceptsRow(self, row, parent):  # noqa: N802
        text = self.text
        if not text:
            return True
        m = self.sourceModel()
        ev = m.items[row].event
        hay = " ".join((ev.title, ev.room, ev.track, ev.code, *(p.name for p in ev.people),
                        *(p.name for item in ev.agenda for p in item.people)))
        return text in hay.lower()
