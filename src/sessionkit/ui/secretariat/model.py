"""The secretariat view's table: one row per session (services/secretariat.py), sorted
and filtered by a proxy that compares the rows' own values, never display text."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from sessionkit.services import secretariat


def t(text: str) -> str:
    return QCoreApplication.translate("SecretariatView", text)


ID_ROLE = Qt.ItemDataRole.UserRole  # the session id of a row

# column key, header (English; translated when shown)
COLUMNS = [
    ("when", "When"),
    ("room", "Room"),
    ("track", "Track"),
    ("code", "Code"),
    ("title", "Title"),
    ("notes", "Notes"),
    ("key_messages", "Key messages"),
    ("outcomes", "Outcomes"),
    ("actions", "Actions to complete"),
    ("report", "Report"),
    ("last", "Last update"),
]
KEYS = [k for k, _ in COLUMNS]
NUMBERS = {"notes", "key_messages", "outcomes", "actions"}


def _headers() -> dict[str, str]:
    # two-line headers keep the figures' columns narrow enough for a 1024-pixel screen
    return {"when": t("When"), "room": t("Room"), "track": t("Track"), "code": t("Code"),
            "title": t("Title"), "notes": t("Notes"), "key_messages": t("Key\nmessages"),
            "outcomes": t("Outcomes\nachieved"), "actions": t("Actions\nincomplete"),
            "report": t("Report"), "last": t("Last update")}


def _local(value: datetime) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone()


def local_time(value: datetime) -> str:
    """A time in this computer's zone, in full."""
    return _local(value).strftime("%Y-%m-%d %H:%M")


def short_time(value: datetime, now: datetime | None = None) -> str:
    """A time in this computer's zone, as short as it can be: "14:02" today, "11-18
    14:02" this year, the full date otherwise."""
    value = _local(value)
    today = _local(now or datetime.now(timezone.utc)).date()
    if value.date() == today:
        return value.strftime("%H:%M")
    if value.year == today.year:
        return value.strftime("%m-%d %H:%M")
    return value.strftime("%Y-%m-%d %H:%M")


def _device(row: secretariat.SessionRow) -> str:
    if row.last_device_is_here:
        return t("this computer")
    return row.last_device or t("another device")


def outcomes_text(row: secretariat.SessionRow) -> str:
    if not row.outcomes_total:
        return "—"
    text = f"{row.outcomes_achieved}/{row.outcomes_total}"
    if row.outcomes_open:
        text = t("{text} ({open} open)").format(text=text, open=row.outcomes_open)
    return text


def actions_text(row: secretariat.SessionRow) -> str:
    if not row.actions:
        return "—"
    if row.actions_incomplete:
        return t("⚠ {n}/{total}").format(n=row.actions_incomplete, total=row.actions)
    return f"0/{row.actions}"


def report_text(row: secretariat.SessionRow, now: datetime | None = None) -> str:
    if row.report_exported_at is None:
        return t("Not exported")
    if row.report_outdated:
        return t("⚠ Out of date")
    return t("✓ {when}").format(when=short_time(row.report_exported_at, now))


def report_tooltip(row: secretariat.SessionRow) -> str:
    if row.report_exported_at is None:
        return t("The report has not been exported from this computer yet.")
    text = t("Exported {when} as {format}.").format(when=local_time(row.report_exported_at),
                                                   format=row.report_format.upper())
    if row.report_outdated:
        text += " " + t("Notes changed after the export: export it again.")
    return text


def last_text(row: secretariat.SessionRow, now: datetime | None = None) -> str:
    if row.last_update is None:
        return t("No notes yet")
    return t("{when} · {device}").format(when=short_time(row.last_update, now),
                                        device=_device(row))


def _utc_stamp(value: datetime | None) -> float:
    if value is None:
        return float("-inf")
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.timestamp()


def sort_value(row: secretariat.SessionRow, key: str):
    """What a column sorts by: the value itself, then the schedule order."""
    then = secretariat.sort_key(row)
    value = {
        "when": (),
        "room": (row.room.casefold(),),
        "track": (row.track.casefold(),),
        "code": (row.code.casefold(),),
        "title": (row.title.casefold(),),
        "notes": (row.notes,),
        "key_messages": (row.key_messages,),
        "outcomes": ((row.outcomes_achieved / row.outcomes_total) if row.outcomes_total
                     else -1.0, -row.outcomes_open),
        "actions": (row.actions_incomplete,),
        # not exported first among the exported ones' times, then out of date
        "report": (row.report_exported_at is not None, not row.report_outdated,
                   _utc_stamp(row.report_exported_at)),
        "last": (_utc_stamp(row.last_update),),
    }[key]
    return (value, then)


class SecretariatModel(QAbstractTableModel):
    def __init__(self, rows: list[secretariat.SessionRow] | None = None, parent=None):
        super().__init__(parent)
        self.rows: list[secretariat.SessionRow] = list(rows or [])
        self._headers = _headers()

    # -- the rows --------------------------------------------------------------------
    def set_rows(self, rows: list[secretariat.SessionRow]) -> None:
        """New figures: in place when the same sessions are listed (the selection and
        the scroll position stay), else the whole table again."""
        rows = list(rows)
        if [r.session_id for r in rows] == [r.session_id for r in self.rows]:
            changed = [i for i, (a, b) in enumerate(zip(self.rows, rows, strict=True))
                       if a != b]
            self.rows = rows
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0),
                                      self.index(max(changed), len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, session_id: str) -> int:
        for i, r in enumerate(self.rows):
            if r.session_id == session_id:
                return i
        return -1

    # -- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[KEYS[section]]
        if role == Qt.ItemDataRole.ToolTipRole and KEYS[section] == "actions":
            return t("Actions without an owner or a due date, of all actions")
        if role == Qt.ItemDataRole.ToolTipRole and KEYS[section] == "outcomes":
            return t("Outcomes achieved, of all outcomes (and how many have no status yet)")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows) \
                or not 0 <= index.column() < len(COLUMNS):
            return None
        row = self.rows[index.row()]
        key = KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "report":
                return report_tooltip(row)
            if key == "outcomes" and row.outcomes_total:
                return t("{achieved} achieved, {partly} partly, {not_achieved} not "
                         "achieved, {open} with no status yet").format(
                    achieved=row.outcomes_achieved, partly=row.outcomes_partly,
                    not_achieved=row.outcomes_not_achieved, open=row.outcomes_open)
            if key == "actions":
                return t("{n} of {total} actions lack an owner or a due date").format(
                    n=row.actions_incomplete, total=row.actions)
            if key == "last" and row.last_update is not None:
                return t("Latest note written, edited or binned: {when}, from {device}").format(
                    when=local_time(row.last_update), device=_device(row))
            if key == "when" and row.day:
                return f"{row.day} {row.time}"
            return self.text(row, key) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.session_id
        return None

    @staticmethod
    def text(row: secretariat.SessionRow, key: str) -> str:
        if key == "when":  # the day filter and the tooltip give the year
            return f"{row.day[5:]} {row.time}".strip() or t("Not scheduled")
        if key in ("room", "track", "code", "title"):
            return " ".join(getattr(row, key).split())  # one line, whatever was imported
        if key in ("notes", "key_messages"):
            return str(getattr(row, key))
        if key == "actions":
            return actions_text(row)
        if key == "outcomes":
            return outcomes_text(row)
        if key == "report":
            return report_text(row)
        return last_text(row)


class SecretariatFilter(QSortFilterProxyModel):
    """Day, track, status and words, as services/secretariat.select reads them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.day: str | None = None
        self.track: str | None = None
        self.status: str | None = None
        self.words = ""

    def set_filter(self, **values) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            for name, value in values.items():
                setattr(self, name, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            for name, value in values.items():
                setattr(self, name, value)
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        rows = self.sourceModel().rows
        if not 0 <= source_row < len(rows):
            return False
        return bool(secretariat.select([rows[source_row]], day=self.day, track=self.track,
                                       status=self.status, text=self.words))

    def lessThan(self, left, right) -> bool:  # noqa: N802
        rows = self.sourceModel().rows
        key = KEYS[left.column()]
        (a, a_then), (b, b_then) = (sort_value(rows[left.row()], key),
                                    sort_value(rows[right.row()], key))
        if a != b:
            return a < b
        # equal values keep the programme's order both ways (Qt reverses descending)
        if self.sortOrder() == Qt.SortOrder.DescendingOrder:
            return a_then > b_then
        return a_then < b_then

    def session_id(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        if not index.isValid():
            return None
        return self.data(index, ID_ROLE)
