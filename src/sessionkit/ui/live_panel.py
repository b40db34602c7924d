"""The moderator's live-run panel: the current item, its time, the session's time.

Displays what the LiveController publishes; every button calls a controller
command, the same ones the live keys (F5-F9…) trigger. Warnings are shown with
colour, a symbol and words ("⚠ 1:45 left", "▲ Over time +0:30").
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sessionkit.services.clock import (
    ClockError,
    ClockSnapshot,
    ClockState,
    ItemStatus,
    WarningLevel,
    format_clock,
    format_elapsed,
)
from sessionkit.ui.live_controller import LiveController, offset_text, state_text, warning_text
from sessionkit.ui.live_shortcuts import LIVE_KEYS
from sessionkit.ui.speaker_card import SpeakerCard

LEVEL_STYLE = {
    WarningLevel.NONE: ("#F2F2F2", "#222222"),
    WarningLevel.NORMAL: ("#E3F4E6", "#0B5D1E"),
    WarningLevel.AMBER: ("#FFE8B0", "#6B4500"),
    WarningLevel.RED: ("#C62828", "#FFFFFF"),
    WarningLevel.OVER: ("#C62828", "#FFFFFF"),
}
_KEYS = {k.action_id: k.key for k in LIVE_KEYS}


def _key(action_id: str) -> str:
    return QKeySequence(_KEYS[action_id]).toString(QKeySequence.SequenceFormat.NativeText)


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


MESSAGE_PRESETS = (
    QT_TRANSLATE_NOOP("StageMessage", "Please wrap up"),
    QT_TRANSLATE_NOOP("StageMessage", "5 minutes left"),
    QT_TRANSLATE_NOOP("StageMessage", "Time is up"),
    QT_TRANSLATE_NOOP("StageMessage", "Please use the microphone"),
    QT_TRANSLATE_NOOP("StageMessage", "Questions from the floor next"),
)


class StageMessageDialog(QDialog):
    """A short message for the stage display: a preset or free text."""

    def __init__(self, parent: QWidget | None = None, current: str = ""):
        super().__init__(parent)
        self.setObjectName("stageMessageDialog")
        self.setWindowTitle(self.tr("Message to the stage"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Shown on the stage display until you clear it ({key}).")
                      .format(key=_key("clear_message")))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.combo = QComboBox()
        self.combo.setObjectName("stageMessageText")
        self.combo.setEditable(True)
        self.combo.addItems([QCoreApplication.translate("StageMessage", p)
                             for p in MESSAGE_PRESETS])
        self.combo.setCurrentText(current or self.combo.itemText(0))
        self.combo.lineEdit().setMaxLength(200)
        self.combo.lineEdit().selectAll()
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.combo.currentText().strip()


def ask_stage_message(parent: QWidget | None, current: str = "") -> str | None:
    dialog = StageMessageDialog(parent, current)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.text():
        return None
    return dialog.text()


class LivePanel(QWidget):
    """Live mode: big timers on top, the agenda with planned vs actual, the speaker card."""

    def __init__(self, controller: LiveController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("livePanel")
        self.controller = controller
        self.ctx = controller.ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)

        # -- the timer band --------------------------------------------------------
        self.band = QFrame()
        self.band.setObjectName("liveBand")
        band = QGridLayout(self.band)
        band.setContentsMargins(14, 10, 14, 10)
        self.item_remaining = _label("liveItemRemaining", 5.0, bold=True)
        self.item_remaining.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.item_title = _label("liveItemTitle", 1.6, bold=True)
        self.item_title.setWordWrap(True)
        self.item_speaker = _label("liveItemSpeaker", 1.25)
        self.item_times = _label("liveItemTimes", 1.1)
        self.warning_label = _label("liveWarning", 1.6, bold=True)
        self.state_label = _label("liveState", 1.1, bold=True)
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
        self.session_label = _label("liveSession", 1.15)
        self.session_label.setWordWrap(True)
        self.session_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                         QSizePolicy.Policy.Preferred)
        self.offset_label = _label("liveOffset", 1.3, bold=True)
        session_row.addWidget(self.state_label)
        session_row.addSpacing(16)
        session_row.addWidget(self.session_label, 1)
        session_row.addWidget(self.offset_label)
        outer.addLayout(session_row)

        # -- controls -----------------------------------------------------------------
        buttons = QHBoxLayout()
        self.start_button = self._button("liveStart", "toggle_run", controller.toggle_run)
        self.previous_button = self._button("livePrevious", "previous_item",
                                            controller.previous_item, self.tr("◀ Previous"))
        self.next_button = self._button("liveNext", "next_item", controller.next_item,
                                        self.tr("Next ▶"))
        self.extend_button = self._button("liveExtend", "extend_minute", controller.extend_minute,
                                          self.tr("+1 min"))
        self.stage_button = self._button("liveStage", "toggle_stage", controller.toggle_stage,
                                         self.tr("Stage display"))
        self.stage_button.setCheckable(True)
        self.message_button = self._button("liveMessage", "send_message",
                                           lambda: controller.send_message(),
                                           self.tr("Message…"))
        self.clear_button = self._button("liveClearMessage", "clear_message",
                                         controller.clear_message, self.tr("Clear message"))
        self.readout_button = self._button("liveReadout", "toggle_readout",
                                           controller.toggle_readout, self.tr("Read-out"))
        self.readout_button.setCheckable(True)
        for b in (self.start_button, self.previous_button, self.next_button, self.extend_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        stage_row = QHBoxLayout()
        for b in (self.stage_button, self.message_button, self.clear_button,
                  self.readout_button):
            stage_row.addWidget(b)
        stage_row.addStretch(1)
        outer.addLayout(stage_row)
        self.message_label = _label("liveStageMessage", 1.1, bold=True)
        self.message_label.setStyleSheet("background: #FFE600; color: #000; padding: 4px;")
        self.message_label.hide()
        outer.addWidget(self.message_label)

        # -- agenda + speaker card -------------------------------------------------------
        split = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setObjectName("liveAgenda")
        self.tree.setAccessibleName(self.tr("Live agenda"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        tf = self.tree.font()
        if tf.pointSizeF() > 0:
            tf.setPointSizeF(tf.pointSizeF() * 1.2)
        self.tree.setFont(tf)
        self.tree.setHeaderLabels([self.tr("#"), self.tr("Status"), self.tr("Item"),
                                   self.tr("Planned"), self.tr("Actual"), self.tr("±")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        for col in (0, 1, 3, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        split.addWidget(self.tree)
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.setObjectName("liveSide")
        self.side.setChildrenCollapsible(False)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.card_title = _label("liveCardTitle", 1.0, bold=True)
        self.card_title.setText(self.tr("Current speaker"))
        rl.addWidget(self.card_title)
        self.card = SpeakerCard(self.ctx, None, compact=True)
        self.card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        rl.addWidget(self.card)
        self.cue_label = _label("liveCue", 1.05)
        self.cue_label.setWordWrap(True)
        rl.addWidget(self.cue_label)
        rl.addStretch(1)
        card_scroll = QScrollArea()
        card_scroll.setObjectName("liveCardScroll")
        card_scroll.setWidgetResizable(True)
        card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        card_scroll.setWidget(right)
        self._card_area = right
        self.side.addWidget(card_scroll)
        split.addWidget(self.side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)

        # -- settings row: thresholds, stage screen, reset ----------------------------------
        settings = QHBoxLayout()
        settings2 = settings  # one row: thresholds, then the stage screen and reset
        settings.addWidget(QLabel(self.tr("Amber at")))
        self.amber_spin = QSpinBox()
        self.amber_spin.setObjectName("liveAmberSeconds")
        self.amber_spin.setAccessibleName(self.tr("Amber warning, seconds left"))
        self.amber_spin.setRange(0, 3600)
        self.amber_spin.setSingleStep(15)
        self.amber_spin.setSuffix(self.tr(" s left"))
        settings.addWidget(self.amber_spin)
        settings.addWidget(QLabel(self.tr("Red at")))
        self.red_spin = QSpinBox()
        self.red_spin.setObjectName("liveRedSeconds")
        self.red_spin.setAccessibleName(self.tr("Red warning, seconds left"))
        self.red_spin.setRange(0, 3600)
        self.red_spin.setSingleStep(15)
        self.red_spin.setSuffix(self.tr(" s left"))
        settings.addWidget(self.red_spin)
        self.threshold_error = _label("liveThresholdError")
        self.threshold_error.setProperty("tone", "error")  # colour per theme: style.py
        settings.addWidget(self.threshold_error)
        settings.addStretch(1)
        settings2.addWidget(QLabel(self.tr("Stage screen")))
        self.screen_combo = QComboBox()
        self.screen_combo.setObjectName("liveStageScreen")
        self.refresh_screens()
        self.screen_combo.currentIndexChanged.connect(controller.set_stage_screen)
        gui = QGuiApplication.instance()
        if gui is not None:  # a projector plugged in during the session shows up here
            gui.screenAdded.connect(lambda *_: self.refresh_screens())
            gui.screenRemoved.connect(lambda *_: self.refresh_screens())
        settings2.addWidget(self.screen_combo)
        self.reset_button = QPushButton(self.tr("Reset live run…"))
        self.reset_button.setObjectName("liveReset")
        self.reset_button.clicked.connect(self.confirm_reset)
        settings2.addWidget(self.reset_button)
        outer.addLayout(settings)
        snap = controller.snapshot
        self.amber_spin.setValue(snap.amber_seconds)
        self.red_spin.setValue(snap.red_seconds)
        self.amber_spin.editingFinished.connect(self._apply_thresholds)
        self.red_spin.editingFinished.connect(self._apply_thresholds)

        self._rows_key = None
        self._card_person = object()
        controller.updated.connect(self.show_snapshot)
        controller.stage_visibility_changed.connect(self.stage_button.setChecked)
        controller.readout_changed.connect(self.readout_button.setChecked)
        controller.problem.connect(self._problem)
        self.show_snapshot(controller.snapshot)

    def refresh_screens(self) -> None:
        current = self.controller.stage_screen_index
        self.screen_combo.blockSignals(True)
        self.screen_combo.clear()
        self.screen_combo.addItems(self.controller.screens())
        self.screen_combo.setCurrentIndex(min(current, self.screen_combo.count() - 1))
        self.screen_combo.blockSignals(False)

    def add_side_widget(self, widget: QWidget) -> None:
        """Host another panel (e.g. the outcomes checklist) under the speaker card."""
        self.side.addWidget(widget)
        self.side.setStretchFactor(0, 0)
        self.side.setStretchFactor(self.side.indexOf(widget), 1)
        widget.show()
        self._fit_card()

    def _fit_card(self) -> None:
        """Give the speaker card the height it needs (up to half the column); hosted
        panels take the rest. The card scrolls when the window is small."""
        if self.side.count() < 2:
            return
        area = self._card_area
        width = max(self.side.width() - 20, 200)
        layout = area.layout()
        need = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
        need = max(need, area.sizeHint().height()) + 8
        total = sum(self.side.sizes()) or self.side.height()
        top = min(need, int(total * 0.5))
        self.side.setSizes([top] + [max(total - top, 0)] + [0] * (self.side.count() - 2))

    def _button(self, name: str, action_id: str, slot, text: str = "") -> QPushButton:
        b = QPushButton()
        b.setObjectName(name)
        b.setProperty("keyText", _key(action_id))
        if text:
            b.setText(self._with_key(text, action_id))
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        b.setToolTip(self.tr("Key: {key}").format(key=_key(action_id)))
        b.clicked.connect(lambda _=False: slot())
        return b

    @staticmethod
    def _with_key(text: str, action_id: str) -> str:
        return f"{text}  [{_key(action_id)}]"

    def _problem(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Live run"), text)

    def _apply_thresholds(self) -> None:
        try:
            self.controller.set_thresholds(self.amber_spin.value(), self.red_spin.value())
        except ClockError:
            self.threshold_error.setText(self.tr("Red must come at or after amber."))
            snap = self.controller.snapshot
            self.amber_spin.setValue(snap.amber_seconds)
            self.red_spin.setValue(snap.red_seconds)
            return
        self.threshold_error.setText("")

    def confirm_reset(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Reset live run"),
            self.tr("Forget the recorded start and end times of every item and go back to "
                    "“not started”? Notes are not affected."))
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.reset()

    # -- display ----------------------------------------------------------------------------
    def show_snapshot(self, snap: ClockSnapshot) -> None:
        cur = snap.current
        level = snap.warning
        bg, fg = LEVEL_STYLE[level]
        flash_on = level != WarningLevel.OVER or int(snap.now.timestamp() * 2) % 2 == 0
        if not flash_on:
            bg, fg = "#FFFFFF", "#C62828"
        self.band.setStyleSheet(f"QFrame#liveBand {{ background: {bg}; border-radius: 8px; }}"
                                f"QFrame#liveBand QLabel {{ color: {fg}; }}")
        if snap.state == ClockState.IDLE:
            self.start_button.setText(self._with_key(self.tr("▶ Start session"), "toggle_run"))
        elif snap.state == ClockState.RUNNING:
            self.start_button.setText(self._with_key(self.tr("❚❚ Pause"), "toggle_run"))
        elif snap.state == ClockState.PAUSED:
            self.start_button.setText(self._with_key(self.tr("▶ Resume"), "toggle_run"))
        else:
            self.start_button.setText(self.tr("Session ended"))
        live = snap.state in (ClockState.RUNNING, ClockState.PAUSED)
        self.start_button.setEnabled(snap.state != ClockState.FINISHED)
        self.next_button.setEnabled(live)
        self.previous_button.setEnabled(
            (live and snap.current_index not in (None, 0)) or snap.state == ClockState.FINISHED)
        self.extend_button.setEnabled(live)
        self.state_label.setText(state_text(snap.state))

        if cur is not None:
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
            self.warning_label.setText(warning_text(level, cur.remaining)
                                       if snap.state != ClockState.PAUSED
                                       else state_text(snap.state))
            self.cue_label.setText(self.tr("Cue: {cue}").format(cue=cur.item.cue)
                                   if cur.item.cue else "")
        else:
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
                key=_key("toggle_run")) if snap.state == ClockState.IDLE else "")
            self.warning_label.setText("")
            self.cue_label.setText("")

        planned_end = snap.planned_end
        projected = snap.projected_end
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
        self.message_label.setVisible(bool(self.controller.message))
        self.message_label.setText(self.tr("On stage: “{message}”").format(
            message=self.controller.message))
        self._fill_tree(snap)
        self._update_card(cur)

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
                row.setData(0, Qt.ItemDataRole.UserRole, t.item.id)
                for col in (3, 4, 5):
                    row.setTextAlignment(col, Qt.AlignmentFlag.AlignRight
                                         | Qt.AlignmentFlag.AlignVCenter)
                self.tree.addTopLevelItem(row)
            self._rows_key = key
        bold = QFont(self.tree.font())
        bold.setBold(True)
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
                delta = t.elapsed - t.item.planned_minutes * 60
                diff = ("+" if delta >= 0 else "−") + format_elapsed(abs(delta))
            planned = format_elapsed(t.planned_seconds)
            values = {1: status, 3: planned, 4: actual, 5: diff}
            for col, value in values.items():
                if row.text(col) != value:
                    row.setText(col, value)
            current = t.status == ItemStatus.CURRENT
            for col in range(6):
                row.setFont(col, bold if current else self.tree.font())
                row.setBackground(col, QBrush(QColor("#FFF3C4")) if current else QBrush())
                # issue 10: dark text on the pale row in the dark theme too
                row.setForeground(col, QBrush(QColor("#1d2330")) if current else QBrush())
            if current and self.tree.currentItem() is not row:
                self.tree.setCurrentItem(row)
                self.tree.scrollToItem(row)

    def _update_card(self, cur) -> None:
        pid = cur.item.person_ids[0] if cur is not None and cur.item.person_ids else None
        if pid == self._card_person or self.card.stack.currentIndex() == 1:
            return
        self._card_person = pid
        person = None
        if pid:
            person = next((p for p in self.ctx.bundle.people if p.id == pid), None)
        self.card.set_person(person)
        self._fit_card()
