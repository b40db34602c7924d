"""The moderator's cue card: what to say next, readable from the lectern (2 m).

A window of its own (Ctrl+Shift+C, Live → Cue card) on the moderator's screen: the
current speaker's name in large type (also in native script), their position, the
intro cue, who is next, and the item's time left. It only displays what the
LiveController publishes; the live keys (F5…F9) keep working while it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from sessionkit.services.clock import ClockState, WarningLevel
from sessionkit.services.people import intro_cue
from sessionkit.ui.live.live_controller import countdown_text, state_text, warning_text
from sessionkit.ui.live.stage_display import PALETTE, display_label, pixel_font


def _label(name: str, bold: bool = False, wrap: bool = True) -> QLabel:
    return display_label(name, bold=bold, wrap=wrap, centred=False)


class CueCard(QWidget):
    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.ctx = controller.ctx
        self.setObjectName("cueCard")
        self.setWindowTitle(self.tr("SessionKit — cue card"))
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.item_label = _label("cueItem")
        self.time_label = _label("cueTime", bold=True, wrap=False)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.time_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                      QSizePolicy.Policy.Preferred)
        top.addWidget(self.item_label, 1)
        top.addWidget(self.time_label)
        layout.addLayout(top)
        self.status_label = _label("cueStatus", bold=True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.status_label)
        self.name_label = _label("cueName", bold=True)
        self.native_label = _label("cueNative", bold=True)
        self.role_label = _label("cueRole")
        self.cue_label = _label("cueText")
        self.cue_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.next_label = _label("cueNext")
        for w in (self.name_label, self.native_label, self.role_label):
            layout.addWidget(w)
        layout.addSpacing(12)
        layout.addWidget(self.cue_label, 1)
        layout.addWidget(self.next_label)
        self.setStyleSheet("QWidget#cueCard { background: #000000; }"
                           "QLabel { color: #FFFFFF; background: transparent; }"
                           "QLabel#cueRole, QLabel#cueItem, QLabel#cueNext { color: #C8C8C8; }")
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        esc.activated.connect(self.hide)
        controller.updated.connect(self._on_update)
        controller.speaker_changed.connect(self.refresh)
        self.resize(1024, 640)
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        owner = self.controller.parent()
        if isinstance(owner, QWidget):  # back to the live controls, keys and all
            owner.window().activateWindow()

    def _on_update(self, _snap) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        c = self.controller
        snap = c.snapshot
        cur = snap.current
        level = snap.warning
        bg, fg, accent = PALETTE[level]
        self.time_label.setStyleSheet(f"color: {fg if level != WarningLevel.NONE else '#FFFFFF'};"
                                      f" background: {bg}; border-radius: 10px;"
                                      " padding: 0 12px;")
        self.time_label.setText(countdown_text(snap))
        if snap.state == ClockState.PAUSED:
            self.status_label.setText(state_text(snap.state))
        elif cur is not None:
            self.status_label.setText(warning_text(level, cur.remaining))
        else:
            self.status_label.setText(state_text(snap.state))
        if cur is None:
            first = snap.items[0].item.title if snap.items else ""
            self.item_label.setText(first if snap.state == ClockState.IDLE else "")
            person = None
        else:
            self.item_label.setText(self.tr("{n}. {title}").format(n=cur.index + 1,
                                                                   title=cur.item.title))
            person = c.current_speaker()
        if person is None:
            self.name_label.setText(self.tr("No speaker on this item") if cur is not None
                                    else state_text(snap.state))
            self.native_label.setText("")
            self.role_label.setText("")
            cue = cur.item.cue if cur is not None else ""
        else:
            self.name_label.setText(person.display_name)
            native = person.native_name if person.native_name != person.display_name else ""
            self.native_label.setText(native)
            self.role_label.setText(person.affiliation())
            cue = intro_cue(self.ctx.store, self.ctx.session_id, person.id) or (
                cur.item.cue if cur is not None else "")
        self.native_label.setVisible(bool(self.native_label.text()))
        self.role_label.setVisible(bool(self.role_label.text()))
        self.cue_label.setText(cue)
        nxt = c.next_person()
        if nxt is not None:
            self.next_label.setText(self.tr("Next: {name}").format(name=nxt.display_name))
        elif cur is not None and c.next_item_title():
            self.next_label.setText(self.tr("Next: {title}").format(title=c.next_item_title()))
        else:
            self.next_label.setText("")
        self._apply_sizes()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        h = max(self.height(), 300)
        w = max(self.width(), 400)

        def size_to(label: QLabel, size: float) -> None:
            label.setFont(pixel_font(label.font(), size, smallest=12))

        # at 768 px high: name ~75 px, cue ~38 px, time ~100 px (2 m from the lectern)
        size_to(self.item_label, h * 0.04)
        size_to(self.time_label, h * 0.13)
        size_to(self.status_label, h * 0.04)
        size_to(self.name_label, h * 0.095)
        size_to(self.native_label, h * 0.075)
        size_to(self.role_label, h * 0.04)
        size_to(self.next_label, h * 0.045)
        # the cue: as large as fits in the room left, never cut off
        text = self.cue_label.text()
        size = h * 0.05
        room_h = max(int(h * 0.35), 60)
        room_w = max(w - 60, 200)
        while size > 14 and text:
            f = pixel_font(self.cue_label.font(), size)
            need = QFontMetrics(f).boundingRect(0, 0, room_w, 100000,
                                                int(Qt.TextFlag.TextWordWrap), text).height()
            if need <= room_h:
                break
            size *= 0.92
        size_to(self.cue_label, size)
