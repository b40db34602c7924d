"""Live → Share on the local network…: the moderator's side of the live link.

``LiveSharing`` owns the link server while sharing is on: it starts it (the dialog in
ui/live/share_dialog.py asks where), tells it whenever the live run changes, runs the
remote control's actions on the UI thread with the same controller commands the
buttons run, and stops it (every connection closed) on Stop sharing, when the window
closes and when the app quits. Nothing listens until the moderator starts it.

The server (sessionkit.link.server, Qt-free) runs on its own thread. It is imported
only when sharing starts, so the window opens without aiohttp loaded.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QToolButton

from sessionkit.link import DEFAULT_PORT  # tried first; a free one if it is taken
from sessionkit.services.clock import ClockState
from sessionkit.ui.i18n import current_language

log = logging.getLogger(__name__)

CLIENT_POLL_MS = 1000
# How long a phone's request waits for the window to carry its action out. The UI
# thread answers in milliseconds; the bound only matters if it is stuck.
CONTROL_WAIT_S = 3.0
CONTROL_ACTIONS = ("start", "next", "prev", "plus", "pause", "message")

# Every server started from any window, so quitting stops them all even after the
# window that started one is gone.
_RUNNING: list = []


def t(text: str) -> str:
    return QCoreApplication.translate("Sharing", text)


def _stop_quietly(server) -> None:
    try:
        server.stop()
    except Exception:  # noqa: BLE001 - stopping must not stop the quit
        log.exception("stopping the link server")
    if server in _RUNNING:
        _RUNNING.remove(server)


def stop_all_servers() -> None:
    """Quitting: every link server stops and closes its connections."""
    for server in list(_RUNNING):
        _stop_quietly(server)


def error_sentence(exc: BaseException) -> str:
    """One sentence for the dialog, never a traceback. The server's own errors
    (LinkError) already are one sentence, which they give in the UI's language."""
    if type(exc).__name__ == "LinkError" and str(exc).strip():
        text = getattr(exc, "text", None)
        return (text(current_language()) if callable(text) else str(exc)).strip()
    if isinstance(exc, ImportError):
        return t("This copy of SessionKit cannot share the run: its network server is "
                 "missing ({name}).").format(name=getattr(exc, "name", None) or "aiohttp")
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc) or type(exc).__name__
        return t("The network refused to share the run: {reason}.").format(reason=reason)
    log.error("the link server failed to start", exc_info=exc)
    return t("Sharing could not start ({kind}). Nothing is shared.").format(
        kind=type(exc).__name__)


def _real_server_class():
    from sessionkit.link.server import LinkServer

    return LinkServer


def _signature(snap) -> tuple:
    """What a listener must be told about: a new item, a state change, a minute added,
    a warning colour. The clock ticking on is not news (clients count down themselves
    from the server's clock)."""
    cur = snap.current
    return (snap.state, snap.current_index, cur.item.id if cur else None,
            cur.planned_seconds if cur else None, snap.warning, len(snap.items),
            snap.amber_seconds, snap.red_seconds)


class _ControlBridge(QObject):
    """Lives on the UI thread; the server's thread emits, the UI thread runs."""

    requested = Signal(str, object, object, int)  # action, text, (Event, outcome), generation


class LiveSharing(QObject):
    sharing_changed = Signal(bool)
    clients_changed = Signal(int)

    def __init__(self, tools):
        super().__init__(tools)
        self.tools = tools
        self.window = tools.window
        self.ctx = tools.ctx
        self.controller = tools.controller
        # Tests inject a fake; None: sessionkit.link.server.LinkServer, imported on start.
        self.server_factory = None
        self.server = None
        self.where = ""  # "eth0 — 192.0.2.2"
        self.clients = 0
        self.dialog = None
        self.indicator: QToolButton | None = None
        self._lock = threading.Lock()
        self._waiting: set[threading.Event] = set()
        self._generation = 0
        self._last_signature = None
        self._bridge = _ControlBridge(self)
        self._bridge.requested.connect(self._run_control, Qt.ConnectionType.QueuedConnection)
        self.timer = QTimer(self)
        self.timer.setInterval(CLIENT_POLL_MS)
        self.timer.timeout.connect(self._poll_clients)

        self.action = QAction(t("Share on the local &network…"), self.window)
        self.action.setObjectName("live_share_network")
        self.action.setCheckable(True)
        self.action.setStatusTip(t("Show the clock on phones and laptops in the room, with "
                                   "no internet"))
        self.action.triggered.connect(lambda _=False: self.open_dialog())
        self._install_action()

        c = self.controller
        c.updated.connect(self._run_updated)
        c.message_changed.connect(self._message_changed)
        c.speaker_changed.connect(self.notify)
        self.ctx.bundle_changed.connect(self.notify)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop_all_servers)
        self.window.installEventFilter(self)

    def _install_action(self) -> None:
        """In its own group after the stage display entries (before Finish / Reset)."""
        menu = getattr(self.window, "menus", {}).get("live")
        if menu is None:
            return
        separators = [a for a in menu.actions() if a.isSeparator()]
        if separators:
            before = separators[-1]
            menu.insertSeparator(before)
            menu.insertAction(before, self.action)
        else:
            menu.addAction(self.action)

    # -- state ------------------------------------------------------------------------
    @property
    def sharing(self) -> bool:
        return self.server is not None

    def urls(self) -> dict[str, str]:
        return dict(self.server.urls) if self.server is not None else {}

    # -- the dialog -------------------------------------------------------------------
    def open_dialog(self):
        self.action.setChecked(self.sharing)  # a checkable action flips itself: undo
        if self.dialog is None:
            from sessionkit.ui.live.share_dialog import ShareDialog

            self.dialog = ShareDialog(self, self.window)
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    # -- start / stop -----------------------------------------------------------------
    def start(self, host: str, port: int | None = None, control: bool = False,
              where: str = "") -> str | None:
        """Start sharing on ``host``; ``port`` None tries DEFAULT_PORT, then a free port.
        Returns None, or the sentence saying why nothing is shared."""
        if getattr(self.controller, "follow", None) is not None:
            # the band shows the moderator's clock, but this laptop's own run (not the
            # one followed) is what would be shared: phones would show another clock
            return t("This laptop follows a moderator; their laptop shares the clock. "
                     "Live → Stop following to share this laptop's own run.")
        self.stop()
        try:
            factory = self.server_factory or _real_server_class()
        except ImportError as exc:
            return error_sentence(exc)
        # the server answers a refused action with its own error class
        refused = getattr(sys.modules.get(getattr(factory, "__module__", "")), "LinkError",
                          RuntimeError)
        with self._lock:
            self._generation += 1
            generation = self._generation
        error = None
        for p in ([port] if port else [DEFAULT_PORT, 0]):
            server = None
            try:
                server = factory(Path(self.ctx.data_dir), self.ctx.session_id, host=host,
                                 port=p, control=control, language=current_language(),
                                 control_handler=self._handler(generation, refused))
                server.start()
            except Exception as exc:  # noqa: BLE001 - told as one sentence
                error = error_sentence(exc)
                if server is not None:
                    _stop_quietly(server)
                continue
            break
        else:
            with self._lock:
                self._generation += 1
            return error
        self.server = server
        _RUNNING.append(server)
        self.where = where or host
        self.clients = 0
        self._last_signature = _signature(self.controller.snapshot)
        self.timer.start()
        self._show_state()
        self.sharing_changed.emit(True)
        return None

    def stop(self) -> None:
        """Stop sharing: the server closes every connection. Idempotent."""
        with self._lock:
            server, self.server = self.server, None
            self._generation += 1
            waiting = list(self._waiting)
            self._waiting.clear()
        for event in waiting:  # a phone's request in flight must not hold the server up
            event.set()
        if server is None:
            return
        _stop_quietly(server)
        self.clients = 0
        try:
            self.timer.stop()
            self._show_state()
            self.sharing_changed.emit(False)
        except RuntimeError:  # the window is being deleted: the server is stopped anyway
            pass

    def _show_state(self) -> None:
        on = self.sharing
        self.action.setChecked(on)
        # the same Alt letter (N) whether sharing or not; a "&" in an interface's name is
        # shown, not taken for one
        self.action.setText(t("Shari&ng on {where}…").format(
            where=self.where.replace("&", "&&")) if on
            else t("Share on the local &network…"))
        if on and self.indicator is None:
            self.indicator = QToolButton()
            self.indicator.setObjectName("sharingIndicator")
            self.indicator.setAutoRaise(True)
            self.indicator.setToolTip(t("Show the addresses, the pairing code and the QR code"))
            self.indicator.clicked.connect(lambda: self.open_dialog())
            self.window.statusBar().addPermanentWidget(self.indicator)
        if self.indicator is not None:
            self.indicator.setText(t("Sharing on the network · {n} connected")
                                   .format(n=self.clients))
            self.indicator.setVisible(on)

    def _poll_clients(self) -> None:
        server = self.server
        if server is None:
            return
        try:
            n = int(server.client_count)
        except Exception:  # noqa: BLE001 - a count is not worth an error
            return
        if n != self.clients:
            self.clients = n
            self._show_state()
            self.clients_changed.emit(n)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self.window and event.type() == QEvent.Type.Close and self.sharing:
            if self.window.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
                self.stop()  # the window goes for good (another session opens)
            else:  # once the close went through (it can be cancelled to save a draft)
                QTimer.singleShot(0, self._stop_if_closed)
        return False

    def _stop_if_closed(self) -> None:
        try:
            visible = self.window.isVisible()
        except RuntimeError:
            visible = False
        if not visible:
            self.stop()

    # -- the live run changed: tell the server ----------------------------------------
    def notify(self, *_args) -> None:
        server = self.server
        if server is None:
            return
        try:
            server.notify()
        except Exception:  # noqa: BLE001 - the window goes on; the 5 s push catches up
            log.exception("notifying the link server")

    def _run_updated(self, snap) -> None:
        if self.server is None:
            return
        signature = _signature(snap)
        if signature != self._last_signature:
            self._last_signature = signature
            self.notify()

    def _message_changed(self, text: str) -> None:
        # the live controller has stored it already (the server reads it from there)
        if self.server is None:
            return
        self.notify()

    # -- remote control: from the server's thread to the UI thread --------------------
    def _handler(self, generation: int, refused: type[Exception]):
        """The server calls this on its own thread; it waits (a bounded time) for the
        window to carry the action out, so the phone's answer shows the new state.
        An action that cannot be done raises the server's error with the sentence."""
        def control(action: str, text: str | None = None) -> None:
            event = threading.Event()
            outcome: list[str] = []
            with self._lock:
                if generation != self._generation:
                    return  # sharing stopped (or restarted) meanwhile
                self._waiting.add(event)
            self._bridge.requested.emit(str(action), text, (event, outcome), generation)
            event.wait(CONTROL_WAIT_S)
            if outcome:
                raise refused(outcome[0])
        return control

    def _run_control(self, action: str, text, waiter, generation: int) -> None:
        event, outcome = waiter
        try:
            if generation == self._generation and self.server is not None:
                why = self.run_action(action, text)
                if why:
                    outcome.append(why)
        except Exception:  # noqa: BLE001 - a phone's tap never breaks the window
            log.exception("remote control action %r", action)
        finally:
            with self._lock:
                self._waiting.discard(event)
            event.set()

    def run_action(self, action: str, text: str | None = None) -> str | None:
        """What the remote control asks, done as the moderator's buttons do it; returns
        None, or the sentence saying why it was not done. ``start`` starts or resumes
        (nothing when running); ``pause`` pauses or resumes (one button on a phone)."""
        c = self.controller
        state = c.clock.state
        moving = state in (ClockState.RUNNING, ClockState.PAUSED)
        if action == "start":
            if state == ClockState.FINISHED:
                return t("The session has finished. Reset the live run to start again.")
            if state == ClockState.IDLE and not self.ctx.store.agenda.for_session(
                    self.ctx.session_id):
                return t("The agenda is empty: add an item before starting the session.")
            if state == ClockState.RUNNING:
                return None
            c.toggle_run()
        elif action in ("pause", "next", "plus"):
            if not moving:
                return t("The session is not running.")
            {"pause": c.toggle_run, "next": c.next_item, "plus": c.extend_minute}[action]()
        elif action == "prev":
            if state == ClockState.IDLE:
                return t("The session is not running.")
            if moving and c.snapshot.current is not None and c.snapshot.current.index == 0:
                return t("This is the first item.")
            c.previous_item()
        elif action == "message":
            c.send_message(text if isinstance(text, str) else "")
        else:
            return t("Unknown action.")
        self.tools._notice(t("Remote control: {action}").format(action=self._label(action)))
        return None

    @staticmethod
    def _label(action: str) -> str:
        return {
            "start": t("start"),
            "next": t("next item"),
            "prev": t("previous item"),
            "plus": t("+1 minute"),
            "pause": t("pause / resume"),
            "message": t("stage message"),
        }[action]
