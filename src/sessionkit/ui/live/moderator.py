"""The moderator's tools plugged into the main window, with one call.

``install_moderator_tools(window)`` adds:

* live mode: the LivePanel replaces the left column (agenda, speakers) and the
  outcomes checklist moves under the current speaker's card; it turns on by
  itself when the session is started (F5) or was running when the app closed;
* the application-wide live keys (ui/live/live_shortcuts.py), a Live menu, and their
  rows in Help → Keyboard shortcuts;
* a Session menu: New session…, Edit session…, Edit agenda…, Duplicate,
  Delete (to the bin), Bin….

The main window keeps its own layout; this module only adds and toggles widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox

from sessionkit.services.clock import ClockState
from sessionkit.ui.live.live_controller import LiveController
from sessionkit.ui.live.live_shortcuts import LIVE_KEYS, key_label, make_live_actions

LIVE_MODE_KEY = "Ctrl+Shift+L"
_OPEN_WINDOWS: list = []  # windows opened by "switch session" (kept alive here)


def t(text: str) -> str:
    return QCoreApplication.translate("Moderator", text)


class ModeratorTools(QObject):
    def __init__(self, window, now=None):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        kwargs = {"now": now} if now is not None else {}
        self.controller = LiveController(self.ctx, parent=window, **kwargs)
        self._panel = None  # the LivePanel, built on first use (start-up: benchmarks/)
        self.controller.problem.connect(self._problem_before_panel)
        self.controller.notice.connect(self._notice)
        self.controller.cue_card_requested.connect(self.toggle_cue_card)
        self.controller.time_cards_changed.connect(self._label_time_cards)
        self.cue_card = None  # CueCard, made on first use
        capture = getattr(window, "capture_panel", None)
        if capture is not None and hasattr(capture, "set_speaker_chooser"):
            capture.set_speaker_chooser(self.controller)
        self.live = False
        self.follow_link = None  # ui/live/follow.py's FollowLink while following a moderator
        self.actions = make_live_actions(self.controller, window)
        self._build_menus()
        from sessionkit.ui.live.sharing import LiveSharing

        self.sharing = LiveSharing(self)  # Live → Share on the local network…
        self._register_help()
        agenda_panel = getattr(window, "agenda_panel", None)
        tree = getattr(agenda_panel, "tree", None)
        if tree is not None:  # double-click / Enter on the read-only agenda opens the editor
            tree.itemActivated.connect(lambda *_: self.edit_agenda())
            tree.setToolTip(t("Double-click or press Enter to edit the agenda (Ctrl+Shift+A)"))
        self.controller.updated.connect(self._follow_state)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.controller.shutdown)
        window.installEventFilter(self)
        if app is not None:  # dialogs opened during the live run step aside
            app.focusWindowChanged.connect(self._window_focused)
        self._last_state = self.controller.snapshot.state
        if self._last_state in (ClockState.RUNNING, ClockState.PAUSED):
            self.set_live(True)  # resume after a restart mid-session

    @property
    def panel(self):
        """The live panel; made, hidden, at the front of the main splitter when first
        needed (live mode, Reset, a problem to show), not at start-up."""
        if self._panel is None:
            from sessionkit.ui.live.live_panel import LivePanel

            panel = LivePanel(self.controller)
            panel.setObjectName("livePanel")
            panel.hide()
            self.window.main_split.insertWidget(0, panel)
            self._panel = panel
        return self._panel

    def _problem_before_panel(self, text: str) -> None:
        # Once built, the panel shows the controller's problems itself.
        if self._panel is None:
            self.panel._problem(text)

    def _notice(self, text: str) -> None:
        bar = self.window.statusBar() if hasattr(self.window, "statusBar") else None
        if bar is not None:
            bar.showMessage(text, 12000)

    def _place_aside(self, dialog) -> None:
        """During the live run a dialog of this window (history, search, report
        details…) opens below the clock band, so the countdown stays in sight."""
        if not self.live or self._panel is None:
            return
        band = self._panel.band
        top = band.mapToGlobal(band.rect().bottomLeft()).y() + 8
        area = self.window.geometry()
        screen = self.window.screen().availableGeometry() if self.window.screen() else area
        height = min(dialog.height(), max(screen.bottom() - top - 8, 200))
        width = min(dialog.width(), area.width())
        x = area.right() - width - 8
        if dialog.height() > height:
            dialog.resize(width, height)
        dialog.move(max(x, screen.left()), top)

    def _window_focused(self, _window) -> None:
        if not self.live:
            return
        try:
            dialog = QApplication.activeWindow()
            if (isinstance(dialog, QDialog) and not dialog.property("placedAside")
                    and dialog.parentWidget() is not None
                    and dialog.parentWidget().window() is self.window):
                dialog.setProperty("placedAside", True)  # once: the user may move it
                self._place_aside(dialog)
        except RuntimeError:  # the window is being deleted
            pass

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        """Before the window saves its layout on close, take the live panel out of
        the splitter (and leave live mode), so the saved layout is the window's own."""
        if obj is self.window and event.type() == QEvent.Type.Close:
            if self.follow_link is not None:
                self.stop_following()
            if self.cue_card is not None:
                self.cue_card.close()
            was_live = self.live
            self.controller.hide_stage()
            self.set_live(False)
            if self._panel is not None:
                self._panel.setParent(None)
            QTimer.singleShot(0, lambda: self._reattach(was_live))
        return False

    def _reattach(self, was_live: bool) -> None:
        try:
            visible = self.window.isVisible()
        except RuntimeError:  # the window is gone
            return
        if self._panel is not None and visible and self._panel.parent() is None:
            # the close was cancelled
            self.panel.hide()
            self.window.main_split.insertWidget(0, self.panel)
            if was_live:
                self.set_live(True)

    # -- live mode ------------------------------------------------------------------------
    def _follow_state(self, snap) -> None:
        if snap.state != self._last_state:
            started = (self._last_state == ClockState.IDLE
                       and snap.state in (ClockState.RUNNING, ClockState.PAUSED))
            self._last_state = snap.state
            if started and not self.live:
                self.set_live(True)

    def set_live(self, on: bool) -> None:
        w = self.window
        if on == self.live:
            return
        self.live = on
        outcomes = getattr(w, "outcomes_panel", None)
        if on:
            w.left.hide()
            self.panel.show()
            if outcomes is not None:
                self.panel.add_side_widget(outcomes, t("&Outcomes"))
            self.live_split()
        else:
            if outcomes is not None:
                w.left.insertWidget(min(2, w.left.count()), outcomes)
                outcomes.show()  # a tab that was not chosen had hidden it
            self.panel.hide()
            w.left.show()
            total = max(w.main_split.width(), w.width())
            left = max(340, min(440, int(total * 0.34)))
            w.main_split.setSizes([0, left, total - left])
        self.live_mode_action.setChecked(on)

    def live_split(self) -> None:
        """The live view's share of the window's width (the notes get the rest)."""
        w = self.window
        total = max(w.main_split.width(), w.width())
        w.main_split.setSizes([int(total * 0.58), 0, total - int(total * 0.58)])

    def toggle_live(self) -> None:
        self.set_live(not self.live)

    # -- menus ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        help_action = w.menus["help"].menuAction()

        session_menu = QMenu(t("&Session"), w)
        session_menu.setObjectName("sessionMenu")
        self.new_action = self._action(session_menu, t("&New session…"), self.new_session,
                                       QKeySequence.StandardKey.New)
        self._action(session_menu, t("&Edit session…"), self.edit_session)
        self.agenda_action = self._action(session_menu, t("Edit &agenda…"), self.edit_agenda,
                                          "Ctrl+Shift+A")
        session_menu.addSeparator()
        self._action(session_menu, t("&Duplicate session"), self.duplicate_session)
        self._action(session_menu, t("De&lete session…"), self.delete_session)
        self._action(session_menu, t("&Bin…"), self.show_bin)
        bar.insertMenu(help_action, session_menu)

        live_menu = QMenu(t("&Live"), w)
        live_menu.setObjectName("liveMenu")
        self.live_mode_action = self._action(live_menu, t("Live &mode"), self.toggle_live,
                                             LIVE_MODE_KEY)
        self.live_mode_action.setCheckable(True)
        live_menu.addSeparator()
        for k in LIVE_KEYS:
            if k.action_id == "show_time_card" and k.arg == 1:
                live_menu.addSeparator()
            live_menu.addAction(self.actions[k.name])
        self._action(live_menu, t("Stage time &cards…"), self.edit_time_cards)
        self._action(live_menu, t("Stage display full &screen"),
                     self.controller.show_stage_full_screen)
        live_menu.addSeparator()
        self._action(live_menu, t("&Finish the session now"), self.controller.finish)
        # far from the everyday entries, and its question defaults to No
        self._action(live_menu, t("&Reset live run…"), lambda: self.panel.confirm_reset())
        live_menu.addSeparator()
        self.follow_action = self._action(live_menu, t("F&ollow a moderator…"),
                                          self.follow_moderator)
        self.stop_follow_action = self._action(live_menu, t("Stop follo&wing"),
                                               self.stop_following)
        self.stop_follow_action.setEnabled(False)
        bar.insertMenu(help_action, live_menu)
        self._label_time_cards()
        w.menus["session"] = session_menu
        w.menus["live"] = live_menu

    def _label_time_cards(self) -> None:
        """The time card entries of the Live menu say this session's texts."""
        try:
            cards = self.controller.time_cards()
        except Exception:  # noqa: BLE001 - the store is closing: keep the labels
            return
        for k in LIVE_KEYS:
            if k.action_id == "show_time_card" and k.arg and k.arg <= len(cards):
                self.actions[k.name].setText(t("Stage time card {n}: “{text}”").format(
                    n=k.arg, text=cards[k.arg - 1]))

    def follow_moderator(self) -> None:
        from sessionkit.ui.live.follow import ask_and_follow

        ask_and_follow(self)

    def stop_following(self) -> None:
        from sessionkit.ui.live.follow import stop_following

        stop_following(self)

    def edit_time_cards(self) -> None:
        from sessionkit.ui.live.live_panel import TimeCardsDialog

        TimeCardsDialog(self.controller, self.window).exec()

    def toggle_cue_card(self) -> None:
        """Ctrl+Shift+C: the cue card for the lectern, on the moderator's own screen."""
        from sessionkit.ui.live.cue_card import CueCard

        if self.cue_card is None:
            self.cue_card = CueCard(self.controller)
        card = self.cue_card
        if card.isVisible():
            card.hide()
            return
        screen = self.window.screen()
        if screen is not None:
            card.setGeometry(screen.availableGeometry())
        card.refresh()
        card.showMaximized()
        card.raise_()
        card.activateWindow()

    def _action(self, menu, text, slot, key=None) -> QAction:
        action = QAction(text, self.window)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def _register_help(self) -> None:
        try:
            from sessionkit.ui.dialogs.about import register_shortcut_help
        except ImportError:
            return
        for k in LIVE_KEYS:
            register_shortcut_help(
                QKeySequence(k.key).toString(QKeySequence.SequenceFormat.NativeText),
                key_label(k))
        register_shortcut_help(
            QKeySequence(LIVE_MODE_KEY).toString(QKeySequence.SequenceFormat.NativeText),
            t("Live mode on/off"))
        register_shortcut_help(
            QKeySequence("Ctrl+Shift+A").toString(QKeySequence.SequenceFormat.NativeText),
            t("Edit the agenda (Ctrl+Z there undoes the last agenda edit)"))
        register_shortcut_help(
            QKeySequence("F11").toString(QKeySequence.SequenceFormat.NativeText),
            t("In the stage display window: full screen on / off"))

    # -- session commands ----------------------------------------------------------------------
    def edit_session(self) -> None:
        from sessionkit.ui.editors.session_editor import SessionEditorDialog

        SessionEditorDialog(self.ctx, self.window).exec()

    def edit_agenda(self) -> None:
        from sessionkit.ui.editors.agenda_editor import AgendaEditorDialog

        dialog = AgendaEditorDialog(self.ctx, self.window)
        dialog.finished.connect(lambda *_: self.controller.refresh())
        dialog.exec()

    def new_session(self) -> None:
        from sessionkit.ui.editors.session_editor import NewSessionDialog

        dialog = NewSessionDialog(self.ctx.store, self.window)
        if dialog.exec() and dialog.session_id:
            from sessionkit.ui.editors.session_switcher import open_session

            open_session(self.window, dialog.session_id,
                         t("Created; now open: {code} — {title}"),
                         t("Created {code} — {title}; open it with Session → Open… (Ctrl+O)."))

    def duplicate_session(self) -> None:
        from sessionkit.services.session_admin import duplicate_session

        from sessionkit.ui.editors.session_switcher import open_session

        self.window.flush()
        open_session(self.window, duplicate_session(self.ctx.store, self.ctx.session_id),
                     t("Copy made; now open: {code} — {title}"),
                     t("Copy made: {code} — {title}; open it with Session → Open… (Ctrl+O)."))

    def delete_session(self) -> None:
        from sessionkit.services.session_admin import delete_session

        others = [s for s in self.ctx.store.sessions.list() if s.id != self.ctx.session_id]
        if not others:
            QMessageBox.information(self.window, t("Delete session"),
                                    t("This is the only session; make another one first."))
            return
        answer = QMessageBox.question(
            self.window, t("Delete session"),
            t("Move “{code} — {title}” and its notes to the bin? You can restore it from "
              "Session → Bin.").format(code=self.ctx.session.code, title=self.ctx.session.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.window.flush()
        delete_session(self.ctx.store, self.ctx.session_id)
        self.switch_to(others[0].id)

    def show_bin(self) -> None:
        from sessionkit.ui.editors.session_editor import BinDialog

        dialog = BinDialog(self.ctx.store, self.window)
        dialog.exec()
        if dialog.restored:
            from sessionkit.ui.editors.session_switcher import open_session

            open_session(self.window, dialog.restored[-1],
                         t("Restored from the bin; now open: {code} — {title}"),
                         t("Restored {code} — {title}; open it with Session → Open… (Ctrl+O)."))

    def switch_to(self, session_id: str):
        """Open another session in a fresh main window and close this one; returns the
        new window."""
        w = self.window
        new = w.open_session_window(session_id)
        _OPEN_WINDOWS.append(new)
        # Same place and size as the window it replaces, so the switch does not jump.
        new.setGeometry(w.geometry())
        new.setWindowState(w.windowState())
        if new.moderator.live:  # opened mid-run: its split for this width, not the first one
            new.moderator.live_split()
        new.show()
        self.controller.shutdown()
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        if w in _OPEN_WINDOWS:
            w.destroyed.connect(lambda *_: _OPEN_WINDOWS.remove(w) if w in _OPEN_WINDOWS
                                else None)
        w.close()
        # The keyboard goes on in the new window (Ctrl+O, the live keys): without this
        # some desktops left no window active after the switch, and window shortcuts
        # then did nothing.
        new.raise_()
        new.activateWindow()
        return new


def install_moderator_tools(window, now=None) -> ModeratorTools:
    tools = ModeratorTools(window, now=now)
    window.moderator = tools
    return tools
