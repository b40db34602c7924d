"""The moderator's live-run panel: the current item, its time, the session's time.

Displays what the LiveController publishes; every button calls a controller
command, the same ones the live keys (F5-F9…) trigger. Warnings are shown with
colour, a symbol and words ("⚠ 1:45 left", "▲ Over time +0:30").
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sessionkit.services.clock import (
    TIME_CARD_MAX_CHARS,
    ClockError,
    ClockSnapshot,
    ClockState,
    ItemStatus,
    WarningLevel,
    format_clock,
    format_elapsed,
)
from sessionkit.ui.live.live_controller import (
    DEFAULT_TIME_CARDS,
    LiveController,
    offset_text,
    state_text,
    warning_text,
)
from sessionkit.ui.live.live_shortcuts import LIVE_KEYS, key_label, key_text
from sessionkit.ui.panels.speaker_card import SpeakerCard
from sessionkit.ui.theme import current_scheme

LEVEL_STYLE = {
    WarningLevel.NONE: ("#F2F2F2", "#222222"),
    WarningLevel.NORMAL: ("#E3F4E6", "#0B5D1E"),
    WarningLevel.AMBER: ("#FFE8B0", "#6B4500"),
    WarningLevel.RED: ("#C62828", "#FFFFFF"),
    WarningLevel.OVER: ("#C62828", "#FFFFFF"),
}
_LIVE_KEY = {k.name: k for k in LIVE_KEYS}
# the clock card in the dark theme: a dark room needs a dark card (same meaning per level)
LEVEL_STYLE_DARK = {
    WarningLevel.NONE: ("#252932", "#E8EAEE"),
    WarningLevel.NORMAL: ("#16301F", "#8FE0A5"),
    WarningLevel.AMBER: ("#3A2C00", "#FFC857"),
    WarningLevel.RED: ("#8E1B1B", "#FFFFFF"),
    WarningLevel.OVER: ("#8E1B1B", "#FFFFFF"),
}


def _label(name: str, size: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    f = label.font()
    if f.pointSizeF() > 0:
        f.setPointSizeF(f.pointSizeF() * size)
    f.setBold(bold)
    label.setFont(f)
    return label


class TimeCardsDialog(QDialog):
    """Live → Stage time cards…: the five texts Ctrl+Shift+1…5 put on stage, per
    session; a blank card uses the built-in text shown greyed in it."""

    def __init__(self, controller: LiveController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("timeCardsDialog")
        self.setWindowTitle(self.tr("Stage time cards"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("One key puts a card on the stage display at once. The cards "
                              "are kept with this session."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        grid = QGridLayout()
        self.fields: list[QLineEdit] = []
        own = controller.custom_time_cards()
        for i, default in enumerate(DEFAULT_TIME_CARDS):
            key = QKeySequence(f"Ctrl+Shift+{i + 1}").toString(
                QKeySequence.SequenceFormat.NativeText)
            field = QLineEdit(own[i] if i < len(own) else "")
            field.setObjectName(f"timeCard{i + 1}")
            field.setMaxLength(TIME_CARD_MAX_CHARS)
            field.setPlaceholderText(QCoreApplication.translate("Live", default))
            field.setAccessibleName(self.tr("Time card {n}").format(n=i + 1))
            label = QLabel(key)
            label.setBuddy(field)
            grid.addWidget(label, i, 0)
            grid.addWidget(field, i, 1)
            self.fields.append(field)
        layout.addLayout(grid)
        self.error_label = QLabel()
        self.error_label.setObjectName("timeCardsError")
        self.error_label.setProperty("tone", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setText(
            self.tr("Built-in cards"))
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: [f.clear() for f in self.fields])
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def save(self) -> bool:
        # a pasted tab or line break becomes a space: one line on the stage
        cards = ["".join(ch if ord(ch) >= 32 else " " for ch in f.text()).strip()
                 for f in self.fields]
        try:
            self.controller.set_time_cards(cards if any(cards) else None)
        except ClockError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return False
        self.accept()
        return True


class LivePanel(QWidget):
    """Live mode: big timers on top, the agenda with planned vs actual, the speaker card."""

    def __init__(self, controller: LiveController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("livePanel")
        self.controller = controller
        self.ctx = controller.ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(4)
        # Laid out for 1024×768 first (the panel gets ~600 px of it): short button
        # labels with the key in the tooltip, the speaker's cue in full above the
        # agenda, timer settings folded away.

        # -- the timer band --------------------------------------------------------
        self.band = QFrame()
        self.band.setObjectName("liveBand")
        band = QGridLayout(self.band)
        band.setContentsMargins(12, 8, 12, 8)
        self.item_remaining = _label("liveItemRemaining", 4.2, bold=True)
        self.item_remaining.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.item_title = _label("liveItemTitle", 1.4, bold=True)
        self.item_title.setWordWrap(True)
        self.item_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.item_speaker = _label("liveItemSpeaker", 1.15)
        self.item_speaker.setWordWrap(True)
        self.item_speaker.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)
        self.item_times = _label("liveItemTimes", 1.0)
        self.item_times.setWordWrap(True)
        self.item_times.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.warning_label = _label("liveWarning", 1.3, bold=True)
        self.state_label = _label("liveState", 1.05, bold=True)
        left = QVBoxLayout()
        left.addWidget(self.item_title)
        left.addWidget(self.item_speaker)
        left.addWidget(self.item_times)
        left.addStretch(1)
        band.addLayout(left, 0, 0, 2, 1)
        band.addWidget(self.item_remaining, 0, 1)
        band.addWidget(self.warning_label, 1, 1, Qt.AlignmentFlag.AlignRight)
        band.setColumnStretch(0, 1)
        outer.addWidget(self.band)

        session_row = QHBoxLayout()
        self.session_label = _label("liveSession", 1.0)
        self.session_label.setWordWrap(True)
        self.session_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                         QSizePolicy.Policy.Preferred)
        self.offset_label = _label("liveOffset", 1.2, bold=True)
        session_row.addWidget(self.state_label)
        session_row.addSpacing(8)
        session_row.addWidget(self.session_label, 1)
        session_row.addWidget(self.offset_label)
        outer.addLayout(session_row)

        # -- controls: short labels, the key in each tooltip --------------------------------
        buttons = QGridLayout()
        buttons.setHorizontalSpacing(4)
        buttons.setVerticalSpacing(4)
        self.start_button = self._button("liveStart", "toggle_run", controller.toggle_run,
                                         self.tr("▶ Start"))
        self.previous_button = self._button("livePrevious", "previous_item",
                                            controller.previous_item, self.tr("◀ Previous"))
        self.next_button = self._button("liveNext", "next_item", controller.next_item,
                                        self.tr("Next ▶"))
        self.extend_button = self._button("liveExtend", "extend_minute", controller.extend_minute,
                                          self.tr("+1 min"))
        self.stage_button = self._button("liveStage", "toggle_stage", controller.toggle_stage,
                                         self.tr("Stage"))
        self.stage_button.setCheckable(True)
        self.message_button = self._button("liveMessage", "send_message",
                                           lambda: controller.send_message(),
                                           self.tr("Message…"))
        self.clear_button = self._button("liveClearMessage", "clear_message",
                                         controller.clear_message, self.tr("Clear"))
        self.readout_button = self._button("liveReadout", "toggle_readout",
                                           controller.toggle_readout, self.tr("Read-out"))
        self.readout_button.setCheckable(True)
        for col, b in enumerate((self.start_button, self.previous_button, self.next_button,
                                 self.extend_button)):
            buttons.addWidget(b, 0, col)
        for col, b in enumerate((self.stage_button, self.message_button, self.clear_button,
                                 self.readout_button)):
            buttons.addWidget(b, 1, col)
        outer.addLayout(buttons)
        self.message_label = _label("liveStageMessage", 1.05, bold=True)
        self.message_label.setStyleSheet("background: #FFE600; color: #000; padding: 3px;")
        self.message_label.setWordWrap(True)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                         QSizePolicy.Policy.Preferred)
        self.message_label.hide()
        outer.addWidget(self.message_label)

        # -- the speaker and their cue, in full (no scrolling: the moderator reads it) -------
        self.cue_box = QFrame()
        self.cue_box.setObjectName("liveCueBox")
        self.cue_box.setFrameShape(QFrame.Shape.StyledPanel)
        cb = QVBoxLayout(self.cue_box)
        cb.setContentsMargins(6, 4, 6, 4)
        cb.setSpacing(2)
        head = QHBoxLayout()
        self.card_toggle = QToolButton()
        self.card_toggle.setObjectName("liveCardToggle")
        self.card_toggle.setCheckable(True)
        self.card_toggle.setChecked(True)
        self.card_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.card_toggle.setAccessibleName(self.tr("Show or hide the current speaker"))
        self.card_toggle.setToolTip(self.tr("Show or hide the current speaker"))
        self.card_toggle.toggled.connect(self._show_card)
        head.addWidget(self.card_toggle)
        self.card_title = _label("liveCardTitle", 1.0, bold=True)
        self.card_title.setText(self.tr("Current speaker"))
        head.addWidget(self.card_title, 1)
        self.card_edit = QToolButton()
        self.card_edit.setObjectName("liveCardEdit")
        self.card_edit.setText(self.tr("Edit…"))
        self.card_edit.setToolTip(self.tr("Edit the current speaker's card"))
        self.card_edit.setAutoRaise(True)
        self.card_edit.clicked.connect(self.edit_speaker)
        head.addWidget(self.card_edit)
        cb.addLayout(head)
        self.card = SpeakerCard(self.ctx, None, compact=True)
        self.card.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        cb.addWidget(self.card)
        self.cue_label = _label("liveCue", 1.0)
        self.cue_label.setWordWrap(True)
        self.cue_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        cb.addWidget(self.cue_label)
        self.next_label = _label("liveNextSpeaker", 1.0)
        self.next_label.setWordWrap(True)
        self.next_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        cb.addWidget(self.next_label)
        outer.addWidget(self.cue_box)

        # -- the agenda and the hosted panels (outcomes) as tabs: each gets the whole
        # height left at 768 px instead of a sliver (Alt+A / Alt+O switch) ------------------
        self.side = QTabWidget()
        self.side.setObjectName("liveSide")
        self.side.setDocumentMode(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("liveAgenda")
        self.tree.setAccessibleName(self.tr("Live agenda"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tf = self.tree.font()
        if tf.pointSizeF() > 0:
            tf.setPointSizeF(tf.pointSizeF() * 1.1)
        self.tree.setFont(tf)
        self.tree.setHeaderLabels([self.tr("#"), self.tr("Status"), self.tr("Item"),
                                   self.tr("Planned"), self.tr("Actual"), self.tr("±")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        for col in (0, 1, 3, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.side.addTab(self.tree, self.tr("&Agenda"))
        # The tabs take whatever height is left under the speaker's card; on a short
        # screen (768 px less the taskbar) with the settings unfolded that can be less
        # than a tab page needs, so the tabs scroll as a whole rather than squeeze the
        # card above them or cut the outcomes list.
        self.side_scroll = QScrollArea()
        self.side_scroll.setObjectName("liveSideScroll")
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.side_scroll.setWidget(self.side)
        outer.addWidget(self.side_scroll, 1)

        # -- timer settings, folded away (Reset is in the Live menu only) --------------------
        self.settings_toggle = QToolButton()
        self.settings_toggle.setObjectName("liveSettingsToggle")
        self.settings_toggle.setText(self.tr("Warnings and stage screen"))
        self.settings_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.settings_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.settings_toggle.setCheckable(True)
        self.settings_toggle.setAutoRaise(True)
        self.settings_toggle.toggled.connect(self._show_settings)
        # on the tabs' row, where it costs the agenda no line of its own
        self.side.setCornerWidget(self.settings_toggle, Qt.Corner.TopRightCorner)
        self.settings_box = QWidget()
        self.settings_box.setObjectName("liveSettings")
        settings = QGridLayout(self.settings_box)
        settings.setContentsMargins(0, 0, 0, 0)
        settings.addWidget(QLabel(self.tr("Amber at")), 0, 0)
        self.amber_spin = QSpinBox()
        self.amber_spin.setObjectName("liveAmberSeconds")
        self.amber_spin.setAccessibleName(self.tr("Amber warning, seconds left"))
        self.amber_spin.setRange(0, 3600)
        self.amber_spin.setSingleStep(15)
        self.amber_spin.setSuffix(self.tr(" s left"))
        settings.addWidget(self.amber_spin, 0, 1)
        settings.addWidget(QLabel(self.tr("Red at")), 0, 2)
        self.red_spin = QSpinBox()
        self.red_spin.setObjectName("liveRedSeconds")
        self.red_spin.setAccessibleName(self.tr("Red warning, seconds left"))
        self.red_spin.setRange(0, 3600)
        self.red_spin.setSingleStep(15)
        self.red_spin.setSuffix(self.tr(" s left"))
        settings.addWidget(self.red_spin, 0, 3)
        settings.setColumnStretch(4, 1)
        self.threshold_error = _label("liveThresholdError")
        self.threshold_error.setProperty("tone", "error")  # colour per theme: style.py
        self.threshold_error.setWordWrap(True)
        self.threshold_error.setSizePolicy(QSizePolicy.Policy.Ignored,
                                           QSizePolicy.Policy.Preferred)
        self.threshold_error.hide()  # an empty row would cost the agenda a line
        settings.addWidget(self.threshold_error, 1, 0, 1, 5)
        settings.addWidget(QLabel(self.tr("Stage screen")), 2, 0)
        self.screen_combo = QComboBox()
        self.screen_combo.setObjectName("liveStageScreen")
        self.screen_combo.setAccessibleName(self.tr("Stage screen"))
        self.screen_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.screen_combo.setMinimumContentsLength(12)
        self.refresh_screens()
        self.screen_combo.currentIndexChanged.connect(controller.set_stage_screen)
        gui = QGuiApplication.instance()
        if gui is not None:  # a projector plugged in during the session shows up here
            gui.screenAdded.connect(lambda *_: self.refresh_screens())
            gui.screenRemoved.connect(lambda *_: self.refresh_screens())
        settings.addWidget(self.screen_combo, 2, 1, 1, 4)
        self.settings_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.settings_box.hide()
        outer.addWidget(self.settings_box)
        snap = controller.snapshot
        self.amber_spin.setValue(snap.amber_seconds)
        self.red_spin.setValue(snap.red_seconds)
        self.amber_spin.editingFinished.connect(self._apply_thresholds)
        self.red_spin.editingFinished.connect(self._apply_thresholds)

        self._rows_key = None
        self._card_person = object()
        controller.updated.connect(self.show_snapshot)
        controller.speaker_changed.connect(lambda: self._update_card(force=True))
        controller.stage_visibility_changed.connect(self.stage_button.setChecked)
        controller.readout_changed.connect(self.readout_button.setChecked)
        controller.problem.connect(self._problem)
        self.show_snapshot(controller.snapshot)

    def _show_card(self, on: bool) -> None:
        self.card_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        for w in (self.card, self.cue_label, self.next_label):
            w.setVisible(on)
        if on:
            self._update_card(force=True)

    def _show_settings(self, on: bool) -> None:
        self.settings_toggle.setArrowType(Qt.ArrowType.DownArrow if on
                                          else Qt.ArrowType.RightArrow)
        self.settings_box.setVisible(on)

    def refresh_screens(self) -> None:
        current = self.controller.stage_screen_index
        self.screen_combo.blockSignals(True)
        self.screen_combo.clear()
        self.screen_combo.addItems(self.controller.screens())
        self.screen_combo.setCurrentIndex(min(current, self.screen_combo.count() - 1))
        self.screen_combo.blockSignals(False)

    def add_side_widget(self, widget: QWidget, title: str = "") -> None:
        """Host another panel (e.g. the outcomes checklist) in a tab beside the agenda."""
        if not title:
            label = getattr(widget, "title_label", None)
            title = label.text() if label is not None else widget.objectName()
        self.side.addTab(widget, title)  # the tab shows it when chosen

    def show_side(self, widget: QWidget) -> None:
        index = self.side.indexOf(widget)
        if index >= 0:
            self.side.setCurrentIndex(index)

    def edit_speaker(self) -> None:
        """Edit the current speaker's card in a dialog (the live view keeps its size)."""
        person = self.controller.current_speaker()
        if person is None:
            return
        dialog = QDialog(self)
        dialog.setObjectName("liveSpeakerEdit")
        dialog.setWindowTitle(self.tr("Edit speaker"))
        layout = QVBoxLayout(dialog)
        card = SpeakerCard(self.ctx, person)
        layout.addWidget(card)
        card.begin_edit()
        card.saved.connect(lambda _p: dialog.accept())
        card.cancel_button.clicked.connect(dialog.reject)
        dialog.exec()
        self._update_card(force=True)

    def _button(self, name: str, action_id: str, slot, text: str = "") -> QPushButton:
        b = QPushButton()
        b.setObjectName(name)
        b.setProperty("keyText", key_text(action_id))
        if text:
            b.setText(text)
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        b.setToolTip(self.tr("{action} — key: {key}").format(
            action=key_label(_LIVE_KEY[action_id]), key=key_text(action_id)))
        b.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        b.clicked.connect(lambda _=False: slot())
        return b

    def _problem(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Live run"), text)

    def _apply_thresholds(self) -> None:
        try:
            self.controller.set_thresholds(self.amber_spin.value(), self.red_spin.value())
        except ClockError:
            self.threshold_error.setText(self.tr("Red must come at or after amber."))
            self.threshold_error.show()
            snap = self.controller.snapshot
            self.amber_spin.setValue(snap.amber_seconds)
            self.red_spin.setValue(snap.red_seconds)
            return
        self.threshold_error.setText("")
        self.threshold_error.hide()

    def confirm_reset(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Reset live run"),
            self.tr("Forget the recorded start and end times of every item and go back to "
                    "“not started”? Notes are not affected."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)  # a stray Enter must not wipe the run
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.reset()

    # -- display ----------------------------------------------------------------------------
    def show_snapshot(self, snap: ClockSnapshot) -> None:
        self._show_band(snap)
        self._show_buttons(snap)
        if snap.current is not None:
            self._show_item(snap)
        else:
            self._show_no_item(snap)
        self._show_session(snap)
        self.message_label.setVisible(bool(self.controller.message))
        self.message_label.setText(self.tr("On stage: “{message}”").format(
            message=self.controller.message))
        self._fill_tree(snap)
        self._update_card()

    def _show_band(self, snap: ClockSnapshot) -> None:
        """The clock band's colour: the warning level's, flashing once over time."""
        level = snap.warning
        dark = current_scheme() == "dark"
        bg, fg = (LEVEL_STYLE_DARK if dark else LEVEL_STYLE)[level]
        flash_on = level != WarningLevel.OVER or int(snap.now.timestamp() * 2) % 2 == 0
        if not flash_on:
            bg, fg = ("#1B1E24", "#FF8A80") if dark else ("#FFFFFF", "#C62828")
        self.band.setStyleSheet(f"QFrame#liveBand {{ background: {bg}; border-radius: 8px; }}"
                                f"QFrame#liveBand QLabel {{ color: {fg}; }}")

    def _show_buttons(self, snap: ClockSnapshot) -> None:
        if snap.state == ClockState.IDLE:
            self.start_button.setText(self.tr("▶ Start"))
        elif snap.state == ClockState.RUNNING:
            self.start_button.setText(self.tr("❚❚ Pause"))
        elif snap.state == ClockState.PAUSED:
            self.start_button.setText(self.tr("▶ Resume"))
        else:
            self.start_button.setText(self.tr("Ended"))
        live = snap.state in (ClockState.RUNNING, ClockState.PAUSED)
        self.start_button.setEnabled(snap.state != ClockState.FINISHED)
        self.next_button.setEnabled(live)
        self.previous_button.setEnabled(
            (live and snap.current_index not in (None, 0)) or snap.state == ClockState.FINISHED)
        self.extend_button.setEnabled(live)
        self.state_label.setText(state_text(snap.state))

    def _show_item(self, snap: ClockSnapshot) -> None:
        """The running (or paused) item: title, speakers, times, warning and cue."""
        cur = snap.current
        self.item_title.setText(self.tr("{n}. {title}").format(n=cur.index + 1,
                                                               title=cur.item.title))
        self.item_speaker.setText(self.controller.people_names(cur.item.person_ids))
        extra = ""
        if cur.extra_seconds:
            extra = self.tr(" (incl. {sign}{m} min added)").format(
                sign="+" if cur.extra_seconds > 0 else "−",
                m=abs(cur.extra_seconds) // 60)
        self.item_times.setText(self.tr("Elapsed {elapsed} of {planned}{extra}").format(
            elapsed=format_elapsed(cur.elapsed), planned=format_elapsed(cur.planned_seconds),
            extra=extra))
        self.item_remaining.setText(format_clock(cur.remaining, signed=True))
        self.warning_label.setText(warning_text(snap.warning, cur.remaining)
                                   if snap.state != ClockState.PAUSED
                                   else state_text(snap.state))
        self.cue_label.setText(self.tr("Cue: {cue}").format(cue=cur.item.cue)
                               if cur.item.cue else "")
        self.cue_label.setVisible(bool(cur.item.cue) and self.card_toggle.isChecked())

    def _show_no_item(self, snap: ClockSnapshot) -> None:
        """Before the run (the first item, ready) or after it (ended)."""
        if snap.state == ClockState.FINISHED:
            self.item_title.setText(self.tr("Session ended"))
            self.item_remaining.setText("0:00")
        else:
            first = snap.items[0].item.title if snap.items else self.tr("(empty agenda)")
            self.item_title.setText(self.tr("Ready: {title}").format(title=first))
            self.item_remaining.setText(
                format_clock(snap.items[0].planned_seconds) if snap.items else "0:00")
        self.item_speaker.setText("")
        self.item_times.setText(self.tr("Press {key} to start").format(
            key=key_text("toggle_run")) if snap.state == ClockState.IDLE else "")
        self.warning_label.setText("")
        self.cue_label.setText("")
        self.cue_label.hide()

    def _show_session(self, snap: ClockSnapshot) -> None:
        """The whole session's line and how far ahead or behind the plan it runs."""
        planned_end = snap.planned_end
        projected = snap.projected_end
        if snap.state == ClockState.FINISHED:
            # the run is over: when it ended and how long it took, nothing "left"
            end = snap.ended_at
            self.session_label.setText(self.tr(
                "Ended {end} · ran {elapsed} (planned {planned})").format(
                end=self._local(end) if end is not None else "?",
                elapsed=format_elapsed(snap.session_elapsed),
                planned=format_elapsed(snap.session_planned)))
        else:
            ends = ""
            if planned_end is not None and projected is not None:
                ends = self.tr(" · ends {projected} (planned {planned})").format(
                    projected=self._local(projected), planned=self._local(planned_end))
            self.session_label.setText(self.tr(
                "Session {elapsed} elapsed · {remaining} left of {planned}{ends}").format(
                elapsed=format_elapsed(snap.session_elapsed),
                remaining=format_clock(snap.session_remaining, signed=True),
                planned=format_elapsed(snap.session_planned), ends=ends))
        self.offset_label.setText(offset_text(snap))
        behind = snap.state != ClockState.IDLE and snap.offset_minutes > 0
        tone = "error" if behind else "good"  # colour per theme: style.py
        if self.offset_label.property("tone") != tone:
            self.offset_label.setProperty("tone", tone)
            self.offset_label.style().polish(self.offset_label)

    def _local(self, when) -> str:
        """A clock time in the session's own time zone (the machine's when it has none)."""
        tz = None
        if self.ctx.session.timezone:
            try:
                tz = ZoneInfo(self.ctx.session.timezone)
            except (ZoneInfoNotFoundError, ValueError):
                tz = None
        return when.astimezone(tz).strftime("%H:%M")

    def _fill_tree(self, snap: ClockSnapshot) -> None:
        key = [(t.item.id, t.item.title) for t in snap.items]
        if key != self._rows_key:
            self.tree.clear()
            for t in snap.items:
                row = QTreeWidgetItem([str(t.index + 1), "", t.item.title, "", "", ""])
                row.setToolTip(2, t.item.title)  # the whole title when the column elides it
                row.setData(0, Qt.ItemDataRole.UserRole, t.item.id)
                for col in (3, 4, 5):
                    row.setTextAlignment(col, Qt.AlignmentFlag.AlignRight
                                         | Qt.AlignmentFlag.AlignVCenter)
                self.tree.addTopLevelItem(row)
            self._rows_key = key
        bold = QFont(self.tree.font())
        bold.setBold(True)
        # the current row: pale yellow with dark text; in the dark theme a dark amber
        row_bg, row_fg = (("#4A3B0B", "#FFE9A8") if current_scheme() == "dark"
                          else ("#FFF3C4", "#1d2330"))
        for t in snap.items:
            row = self.tree.topLevelItem(t.index)
            if t.status == ItemStatus.CURRENT:
                status = self.tr("▶ Now")
                actual = format_elapsed(t.elapsed)
            elif t.status == ItemStatus.DONE:
                status = self.tr("✓ Done")
                actual = format_elapsed(t.elapsed)
            else:
                status = ""
                actual = ""
            diff = ""
            if t.status == ItemStatus.DONE or (t.status == ItemStatus.CURRENT and t.overrun):
                # against the Planned column beside it, minutes added with F8 included
                delta = t.elapsed - t.planned_seconds
                diff = ("+" if delta >= 0 else "−") + format_elapsed(abs(delta))
            planned = format_elapsed(t.planned_seconds)
            if t.extra_seconds:
                row.setToolTip(3, self.tr("{planned} planned {sign} {extra} added").format(
                    planned=format_elapsed(t.item.planned_minutes * 60),
                    sign="+" if t.extra_seconds > 0 else "−",
                    extra=format_elapsed(abs(t.extra_seconds))))
            else:
                row.setToolTip(3, "")
            values = {1: status, 3: planned, 4: actual, 5: diff}
            for col, value in values.items():
                if row.text(col) != value:
                    row.setText(col, value)
            current = t.status == ItemStatus.CURRENT
            for col in range(6):
                row.setFont(col, bold if current else self.tree.font())
                row.setBackground(col, QBrush(QColor(row_bg)) if current else QBrush())
                row.setForeground(col, QBrush(QColor(row_fg)) if current else QBrush())
            if current and self.tree.currentItem() is not row:
                self.tree.setCurrentItem(row)
                self.tree.scrollToItem(row)

    def _update_card(self, force: bool = False) -> None:
        """The speaker notes are credited to now (the item's first person, or whom the
        rapporteur picked), their intro cue, and who comes next."""
        if self.card.stack.currentIndex() == 1:
            return  # never throw away a card being edited
        follow = getattr(self.controller, "follow", None)
        # following a moderator: their speaker, not this laptop's own (unstarted) run
        person = follow.speaker() if follow is not None else self.controller.current_speaker()
        pid = person.id if person is not None else None
        if pid == self._card_person and not force:
            return
        self._card_person = pid
        self.card.set_person(person)
        if not self.card_toggle.isChecked():
            self.card.hide()
        nxt = None if follow is not None else self.controller.next_person()
        self.next_label.setText(self.tr("Next: {name}").format(name=nxt.display_name)
                                if nxt is not None else "")
        self.next_label.setVisible(nxt is not None and self.card_toggle.isChecked())
