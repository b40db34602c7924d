"""Session → Open… (Ctrl+O): pick another session by typing, open it in place.

The list comes from the store's session repository (no SQL here). Opening goes
through the moderator tools' ``switch_to`` (a fresh main window at the same place,
the old one closed: its close flushes the note box draft).
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

OPEN_KEY = "Ctrl+O"


def t(text: str) -> str:
    return QCoreApplication.translate("SessionSwitcher", text)


def _when(s) -> str:
    if s.start is None:
        return ""
    local = s.start
    if s.timezone:
        try:
            from zoneinfo import ZoneInfo

            local = s.start.astimezone(ZoneInfo(s.timezone))
        except (ValueError, KeyError, OSError):
            pass
    return local.strftime("%Y-%m-%d %H:%M")


def _sort_key(s):
    # Sessions without a start time come last; then by code, so the order is stable.
    start = s.start
    if start is not None and start.tzinfo is None:
        start = start.replace(tzinfo=timezone.utc)
    return (start is None, start or datetime.min.replace(tzinfo=timezone.utc),
            s.code.casefold())


def session_line(s) -> str:
    """Two lines: "D3 — title", then when and where (long titles wrap, never cut)."""
    second = " · ".join(p for p in (_when(s), s.room) if p) or t("(no date or room yet)")
    return f"{s.code} — {s.title}\n{second}"


def matches(s, text: str) -> bool:
    """Substring, case-insensitive, in any script ("광주" finds "광주광역시", "d3" finds D3)."""
    needle = text.strip().casefold()
    if not needle:
        return True
    hay = " ".join((s.code, s.title, _when(s), s.room, s.track)).casefold()
    return all(word in hay for word in needle.split())


class SessionSwitcherDialog(QDialog):
    """Every session, sorted by start time then code; typing filters; Enter opens."""

    def __init__(self, store, current_id: str | None = None, parent: QWidget | None = None,
                 only_ids: set[str] | None = None):
        super().__init__(parent)
        self.setObjectName("sessionSwitcher")
        self.setWindowTitle(t("Open session"))
        self.session_id: str | None = None
        self.sessions = sorted((s for s in store.sessions.list()
                                if only_ids is None or s.id in only_ids), key=_sort_key)
        layout = QVBoxLayout(self)
        label = QLabel(t("&Type part of a code, title, date or room:"))
        self.box = QLineEdit()
        self.box.setObjectName("sessionSwitcherFilter")
        self.box.setAccessibleName(t("Filter sessions"))
        self.box.setClearButtonEnabled(True)
        label.setBuddy(self.box)
        layout.addWidget(label)
        layout.addWidget(self.box)
        self.list = QListWidget()
        self.list.setObjectName("sessionSwitcherList")
        self.list.setAccessibleName(t("Sessions"))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        layout.addWidget(self.list, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("sessionSwitcherCount")
        layout.addWidget(self.count_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept_current)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.box.textChanged.connect(self.refilter)
        self.list.itemActivated.connect(lambda *_: self.accept_current())
        # Up/Down/PgUp/PgDown in the box move in the list, so the hands stay on the keys.
        self.box.installEventFilter(self)
        self._current_id = current_id
        self.refilter("")
        self.resize(720, 520)  # fits 1024×768 with room to spare
        self.box.setFocus()

    def refilter(self, text: str) -> None:
        keep = self.selected_id() or self._current_id
        self.list.clear()
        for s in self.sessions:
            if matches(s, text):
                item = QListWidgetItem(session_line(s))
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                item.setToolTip(session_line(s))
                if s.id == self._current_id:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.list.addItem(item)
        n = self.list.count()
        row = 0
        for i in range(n):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == keep:
                row = i
                break
        if n:
            self.list.setCurrentRow(row)
        self.count_label.setText(t("{n} of {total} sessions").format(n=n, total=len(self.sessions))
                                 if n else t("No session matches “{text}”.").format(text=text))
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(n > 0)

    def selected_id(self) -> str | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def visible_lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def accept_current(self) -> None:
        sid = self.selected_id()
        if sid is None:
            return
        self.session_id = sid
        self.accept()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self.box and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            QCoreApplication.sendEvent(self.list, event)
            return True
        return False


def live_run_text(tools) -> str | None:
    """A sentence when this window's session is running live (or paused), else None."""
    from sessionkit.services.clock import ClockState

    controller = getattr(tools, "controller", None)
    snap = getattr(controller, "snapshot", None)
    state = getattr(snap, "state", None)
    if state not in (ClockState.RUNNING, ClockState.PAUSED):
        return None
    s = tools.ctx.session
    if state == ClockState.RUNNING:
        first = t("“{code} — {title}” is running live.")
    else:
        first = t("“{code} — {title}” is paused in the middle of its live run.")
    return first.format(code=s.code, title=s.title) + " " + t(
        "If you open another session now, the stage display closes and this session's "
        "clock keeps counting; open it again (Session → Open…) to carry on where you are.")


def confirm_leave_live(window, target) -> bool:
    """Ask before leaving a live session; True to go on (also when nothing is live)."""
    tools = getattr(window, "moderator", None)
    text = live_run_text(tools) if tools is not None else None
    if text is None:
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, t("A session is running"), text,
                      QMessageBox.StandardButton.NoButton, window)
    go = box.addButton(t("Open “{code}”").format(code=target.code),
                       QMessageBox.ButtonRole.AcceptRole)
    stay = box.addButton(t("Stay here"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)  # Enter must not leave a live session by accident
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is go


def announce_opened(window, why: str) -> None:
    """Tell the user which session is open now (status bar, 10 s)."""
    s = window.ctx.session
    window.statusBar().showMessage(why.format(code=s.code, title=s.title), 10000)


def open_session(window, session_id: str, why: str | None = None,
                 stayed: str | None = None):
    """Switch ``window`` to another session; returns the window now showing it.

    ``why`` is the status message in the new window, ``stayed`` the one shown here when
    the user chose to stay with a live session (both take {code} and {title}).
    """
    ctx = window.ctx
    if session_id == ctx.session_id:
        return window
    try:
        target = ctx.store.sessions.get(session_id)
    except LookupError:
        QMessageBox.information(window, t("Open session"),
                                t("That session no longer exists (it may be in the bin)."))
        return window
    if not confirm_leave_live(window, target):
        if stayed:
            window.statusBar().showMessage(stayed.format(code=target.code, title=target.title),
                                           10000)
        return window
    tools = getattr(window, "moderator", None)
    if tools is None:
        return window
    new = tools.switch_to(session_id)
    if new is not None:
        announce_opened(new, why or t("Opened {code} — {title}"))
    return new


class SessionSwitcher(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action = QAction(t("&Open…"), window)
        self.action.setObjectName("openSessionAction")
        self.action.setShortcut(QKeySequence(OPEN_KEY))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(lambda _=False: self.open_dialog())
        menu = window.menus.get("session")
        if menu is not None:
            first = menu.actions()[0] if menu.actions() else None
            menu.insertAction(first, self.action)
        else:
            window.addAction(self.action)
        from sessionkit.ui.dialogs.about import register_shortcut_help

        register_shortcut_help(
            QKeySequence(OPEN_KEY).toString(QKeySequence.SequenceFormat.NativeText),
            t("Open another session (type to find it)"))

    def open_dialog(self, exec_: bool = True) -> SessionSwitcherDialog:
        dialog = SessionSwitcherDialog(self.window.ctx.store, self.window.ctx.session_id,
                                       self.window)
        self.dialog = dialog
        if not exec_:
            return dialog
        chosen = dialog.session_id if dialog.exec() else None
        # Give the keyboard back to the window: with no window manager to do it (a kiosk,
        # a scripted X session) no window was active after the dialog, and Ctrl+O, the
        # live keys and Ctrl+Q stopped working until a click.
        self.window.activateWindow()
        if chosen:
            open_session(self.window, chosen)
        return dialog


def install(window) -> SessionSwitcher:
    switcher = SessionSwitcher(window)
    window.session_switcher = switcher
    return switcher
