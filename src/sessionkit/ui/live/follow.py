"""Live → Follow a moderator…: this laptop follows another's live run (a rapporteur).

A thin Qt adapter over ``sessionkit.link.follow`` (which does the network, the checks
and the mapping to this store's ids): the dialog, the Follower's reports brought to the
GUI thread by queued signals, the live band showing the moderator's clock, the stamp
for new notes, and the live keys disabled while following.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from sessionkit.link.follow import (
    Follower,
    LinkError,
    Stamp,
    Ticket,
    ensure_session,
    fetch_state,
    map_state,
    pair,
    time_left,
)
from sessionkit.services.clock import ClockState, WarningLevel, format_clock, format_elapsed
from sessionkit.ui.i18n import current_language
from sessionkit.ui.live.live_controller import state_text, warning_text

SETTINGS_KEY = "follow/last_address"
# the live keys that drive the clock or the stage: the moderator's, not ours, meanwhile
DRIVING = ("toggle_run", "previous_item", "next_item", "extend_minute", "send_message",
           "clear_message", "show_time_card")
_LEVELS = {"none": WarningLevel.NONE, "normal": WarningLevel.NORMAL,
           "amber": WarningLevel.AMBER, "red": WarningLevel.RED,
           "over": WarningLevel.OVER, "overrun": WarningLevel.OVER}


def t(text: str) -> str:
    return QCoreApplication.translate("Follow", text)


class FollowDialog(QDialog):
    """The moderator's address and the pairing code their sharing window shows."""

    def __init__(self, parent: QWidget | None = None, address: str = ""):
        super().__init__(parent)
        self.setObjectName("followDialog")
        self.setWindowTitle(t("Follow a moderator"))
        layout = QVBoxLayout(self)
        hint = QLabel(t("Notes typed here get the item and speaker the moderator is running. "
                        "Their screen (Live → Share on the local network…) shows the address "
                        "and the code."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.address = QLineEdit(address)
        self.address.setObjectName("followAddress")
        self.address.setPlaceholderText("192.168.1.5:8765")
        self.address.setMaxLength(300)
        self.code = QLineEdit()
        self.code.setObjectName("followCode")
        self.code.setPlaceholderText("ABCD-EFGH")
        self.code.setMaxLength(20)
        form.addRow(t("&Address:"), self.address)
        form.addRow(t("Pairing &code:"), self.code)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(t("Follow"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.code if address else self.address).setFocus()


class FollowLink(QObject):
    """One followed moderator: the Follower thread, the stamp, the band."""

    state_arrived = Signal(object)  # emitted on the Follower's thread
    status_arrived = Signal(str)
    changed = Signal()  # the stamp or the link's status changed (GUI thread)

    def __init__(self, tools, ticket: Ticket, doc: dict | None = None,
                 follower_options: dict | None = None):
        super().__init__(tools)
        self.tools = tools
        self.ctx = tools.ctx
        self.ticket = ticket
        self.doc = doc
        self.status = "connecting"
        self.stamp: Stamp | None = None
        self.active = False
        self._note: QLabel | None = None
        # the Follower calls back on its own thread; the queued connections bring each
        # report to this (the GUI) thread, where the store may be read
        self.state_arrived.connect(self._on_state, Qt.ConnectionType.QueuedConnection)
        self.status_arrived.connect(self._on_status, Qt.ConnectionType.QueuedConnection)
        self.follower = Follower(ticket, self.state_arrived.emit, self.status_arrived.emit,
                                 **(follower_options or {}))
        self.ctx.add_context_provider(self.capture_context, first=True)
        if doc is not None:
            self._map(doc)

    # -- life ---------------------------------------------------------------------------
    def start(self) -> None:
        self.active = True
        self.follower.start()
        self.tick()

    def stop(self) -> None:
        self.active = False
        self.follower.stop()
        if self._note is not None:
            self._note.hide()

    @property
    def stale(self) -> bool:
        return self.status != "connected"

    # -- the stamp for new notes ---------------------------------------------------------
    def capture_context(self) -> dict | None:
        stamp = self.stamp
        if not self.active or stamp is None or stamp.session_id != self.ctx.session_id:
            return None
        if stamp.item_id is None and stamp.speaker_id is None:
            return None  # the moderator runs nothing now: the item picked here applies
        return stamp.as_context()

    def _map(self, doc: dict) -> None:
        try:
            self.stamp = map_state(self.ctx.store, doc, stale=self.stale)
        except Exception:  # noqa: BLE001 - the store is closing: keep the last stamp
            pass

    def _on_state(self, doc: dict) -> None:
        if not self.active:
            return
        self.doc = doc
        self.status = "connected"
        self._map(doc)
        self.changed.emit()
        self.tick()

    def _on_status(self, status: str) -> None:
        if not self.active:
            return
        self.status = status
        if self.stamp is not None:
            self.stamp = replace(self.stamp, stale=self.stale)
        self.changed.emit()
        self.tick()

    def speaker(self):
        """The moderator's current speaker as a person of this store, or None."""
        stamp = self.stamp
        if stamp is None or stamp.speaker_id is None or stamp.session_id != self.ctx.session_id:
            return None
        return next((p for p in self.ctx.bundle.people if p.id == stamp.speaker_id), None)

    # -- the live band ----------------------------------------------------------------------
    def status_text(self) -> str:
        where = self.ticket.address
        if self.status == "connected":
            return t("Following {address}").format(address=where)
        if self.status == "lost":
            return t("Following {address} — link lost — stamping with the last known item; "
                     "reconnecting by itself").format(address=where)
        if self.status == "connecting":
            return t("Connecting to {address}…").format(address=where)
        return t("Following {address} — reconnecting…").format(address=where)

    def tick(self) -> None:
        """Show the moderator's clock in the live band (counting down here between the
        moderator's pushes, on the moderator's clock through the measured offset)."""
        panel = getattr(self.tools, "_panel", None)
        if panel is None or not self.active:
            return
        self._disable(panel)
        note = self._note_label(panel)
        note.setText(self.status_text() + "\n" + t(
            "The moderator's run drives this clock; Live → Stop following to drive it "
            "yourself."))
        tone = "error" if self.status == "lost" else ""
        if note.property("tone") != tone:  # the theme's error colour (style.py)
            note.setProperty("tone", tone)
            note.style().polish(note)
        note.show()
        update_card = getattr(panel, "_update_card", None)
        if update_card is not None:  # the speaker card shows the moderator's speaker too
            update_card()
        doc = self.doc
        if doc is None:
            return
        state = ClockState(doc["state"])
        cur = doc.get("current")
        level = WarningLevel.NONE
        if cur:
            left = time_left(doc, self.follower.offset)
            if left is None:
                left = 0.0
            index = cur.get("index")
            title = cur.get("title") or ""
            panel.item_title.setText(t("{n}. {title}").format(n=index + 1, title=title)
                                     if index is not None else title)
            panel.item_speaker.setText((doc.get("speaker") or {}).get("name", ""))
            panel.item_remaining.setText(format_clock(left, signed=True))
            level = _LEVELS.get(doc.get("warning"), WarningLevel.NONE)
            if left < 0:
                level = WarningLevel.OVER
            panel.warning_label.setText(state_text(state) if state == ClockState.PAUSED
                                        else warning_text(level, left))
        else:
            panel.item_title.setText(t("Session ended") if state == ClockState.FINISHED
                                     else t("Waiting for the moderator to start"))
            panel.item_speaker.setText("")
            panel.item_remaining.setText("0:00" if state == ClockState.FINISHED else "–")
            panel.warning_label.setText("")
        panel.item_times.setText("")
        panel.state_label.setText(state_text(state))
        session = doc["session"]
        panel.session_label.setText(t("The moderator's run: {code} — {title}").format(
            code=session.get("code", ""), title=session.get("title", "")))
        panel.offset_label.setText("")
        message = doc.get("message") or ""
        panel.message_label.setVisible(bool(message))
        panel.message_label.setText(t("On stage: “{message}”").format(message=message))
        from sessionkit.ui.live.live_panel import LEVEL_STYLE, LEVEL_STYLE_DARK
        from sessionkit.ui.theme import current_scheme

        bg, fg = (LEVEL_STYLE_DARK if current_scheme() == "dark" else LEVEL_STYLE)[level]
        panel.band.setStyleSheet(f"QFrame#liveBand {{ background: {bg}; border-radius: 8px; }}"
                                 f"QFrame#liveBand QLabel {{ color: {fg}; }}")
        self._show_agenda(panel, doc)

    def _show_agenda(self, panel, doc: dict) -> None:
        """The live agenda's Status and Actual columns from the moderator's run (they
        showed this laptop's own run, with no item "Now"). Rows are matched by place and
        title: an agenda that differs here is left as it is."""
        tree = getattr(panel, "tree", None)
        agenda = doc.get("agenda") or []
        if tree is None or tree.topLevelItemCount() != len(agenda):
            return
        rows = [tree.topLevelItem(i) for i in range(len(agenda))]
        if any(row.text(2) != (entry.get("title") or "") for row, entry in zip(rows, agenda)):
            return
        words = {"current": QCoreApplication.translate("LivePanel", "▶ Now"),
                 "done": QCoreApplication.translate("LivePanel", "✓ Done")}
        current = None
        for row, entry in zip(rows, agenda):
            status = entry.get("status")
            shown = words.get(status, "")
            actual = format_elapsed(float(entry.get("elapsed") or 0)) if shown else ""
            delta = float(entry.get("elapsed") or 0) - float(entry.get("planned_seconds") or 0)
            diff = (("+" if delta >= 0 else "−") + format_elapsed(abs(delta))
                    if status == "done" else "")
            for col, value in ((1, shown), (4, actual), (5, diff)):
                if row.text(col) != value:
                    row.setText(col, value)
            if status == "current":
                current = row
        if current is not None and tree.currentItem() is not current:
            tree.setCurrentItem(current)
            tree.scrollToItem(current)

    def _note_label(self, panel) -> QLabel:
        if self._note is None:
            self._note = QLabel()
            self._note.setObjectName("followStatus")
            self._note.setWordWrap(True)
            panel.layout().insertWidget(1, self._note)  # right under the clock band
        return self._note

    def _disable(self, panel) -> None:
        for b in (panel.start_button, panel.previous_button, panel.next_button,
                  panel.extend_button, panel.message_button, panel.clear_button):
            b.setEnabled(False)


# -- the menu commands -------------------------------------------------------------------------

def _set_driving_enabled(tools, on: bool) -> None:
    from sessionkit.ui.live.live_shortcuts import LIVE_KEYS

    for k in LIVE_KEYS:
        if k.action_id in DRIVING:
            tools.actions[k.name].setEnabled(on)


def connect(tools, address: str, code: str) -> tuple[Ticket, dict, str]:
    """Pair, read the state, fetch the session when this laptop lacks it: (ticket,
    document, this store's session id). LinkError, one sentence."""
    ticket = pair(address, code)
    doc = fetch_state(ticket)
    sid = ensure_session(tools.ctx.store, ticket, doc)
    return ticket, doc, sid


def start_following(tools, address: str, code: str,
                    follower_options: dict | None = None) -> FollowLink | None:
    """Follow the moderator at ``address``; a refusal is shown as one sentence."""
    window = tools.window
    sharing = getattr(tools, "sharing", None)
    if sharing is not None and sharing.sharing:
        # phones already show this laptop's own run: following would swap the band to
        # another clock while the room goes on seeing this one
        QMessageBox.warning(window, t("Follow a moderator"), t(
            "This laptop shares its own run on the network. Stop sharing first "
            "(Live → Sharing on…), then follow the moderator."))
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        ticket, doc, sid = connect(tools, address, code)
    except LinkError as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(window, t("Follow a moderator"), exc.text(current_language()))
        return None
    QGuiApplication.restoreOverrideCursor()
    settings = getattr(tools.ctx, "settings", None)
    if settings is not None:
        settings.setValue(SETTINGS_KEY, ticket.address)
    if sid != tools.ctx.session_id:
        session = tools.ctx.store.sessions.get(sid)
        QMessageBox.information(window, t("Follow a moderator"), t(
            "The moderator runs {code} — {title}. Open that session (Session → Open…) and "
            "follow from there.").format(code=session.code, title=session.title))
        return None
    stop_following(tools)
    link = FollowLink(tools, ticket, doc, follower_options)
    tools.follow_link = link
    tools.controller.follow = link
    capture = getattr(tools.window, "capture_panel", None)
    if capture is not None and hasattr(capture, "refresh_stamp"):
        link.changed.connect(capture.refresh_stamp)  # the "Live:" line at once
    _set_driving_enabled(tools, False)
    tools.set_live(True)
    link.start()
    link.changed.emit()
    _menu_state(tools, following=True)
    # paired and the state read: following already (the link's own status says
    # "connecting" until its stream answers, which read as a failure in the status bar)
    tools._notice(t("Following {address}").format(address=ticket.address))
    # Live mode swapped the left column for the live panel: whatever had the keyboard
    # before the dialog is hidden now, and the rapporteur's next keys must reach the note
    # box, not the menu bar.
    focus = getattr(tools.ctx, "focus_capture_requested", None)
    if focus is not None:
        focus.emit()
    return link


def stop_following(tools) -> None:
    link = getattr(tools, "follow_link", None)
    if link is None:
        return
    link.stop()
    tools.follow_link = None
    tools.controller.follow = None
    _set_driving_enabled(tools, True)
    _menu_state(tools, following=False)
    tools.controller.refresh()  # our own run again in the band
    link.changed.emit()


def _menu_state(tools, following: bool) -> None:
    stop = getattr(tools, "stop_follow_action", None)
    if stop is not None:
        stop.setEnabled(following)


def ask_and_follow(tools) -> FollowLink | None:
    """Live → Follow a moderator…"""
    settings = getattr(tools.ctx, "settings", None)
    last = settings.value(SETTINGS_KEY, "") if settings is not None else ""
    dialog = FollowDialog(tools.window, last if isinstance(last, str) else "")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return start_following(tools, dialog.address.text(), dialog.code.text())
