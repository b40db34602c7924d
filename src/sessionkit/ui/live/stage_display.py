"""The stage display: a second window for the speakers, readable from 10 metres.

It only displays a StageView (see live_controller.py). Sizes follow the window
height, so the countdown's digits are about a third of the screen high at any resolution.
Warnings are colour *and* words/symbols: amber "⚠ 1:45 left", red "■ Time is
up", over time "▲ Over time +0:30" on a flashing red background.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from sessionkit.services.clock import WarningLevel

# background, foreground, accent (status line) per warning level
PALETTE = {
    WarningLevel.NONE: ("#000000", "#FFFFFF", "#BBBBBB"),
    WarningLevel.NORMAL: ("#000000", "#FFFFFF", "#7CFC9A"),
    WarningLevel.AMBER: ("#000000", "#FFB000", "#FFB000"),
    WarningLevel.RED: ("#B00000", "#FFFFFF", "#FFFFFF"),
    WarningLevel.OVER: ("#B00000", "#FFFFFF", "#FFFFFF"),
}
FLASH_OFF = ("#000000", "#FF3030", "#FF3030")  # the "off" phase of the over-time flash
MESSAGE_COLOURS = ("#FFE600", "#000000")
FONT_FAMILY = "DejaVu Sans"


def pixel_font(font: QFont, size: float, smallest: int = 10) -> QFont:
    """``font`` at ``size`` pixels: screens read from a distance (the stage display,
    the cue card) are sized from their window's height, not from the system font."""
    f = QFont(font)
    f.setPixelSize(max(int(size), smallest))
    return f


def display_label(name: str, bold: bool = False, wrap: bool = True,
                  centred: bool = True) -> QLabel:
    """A plain-text label in the stage display's face; its size is set by whoever
    scales the display to its window (the stage display, the cue card)."""
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if centred:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(wrap)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    label.setFont(font)
    return label


class StageDisplay(QWidget):
    hidden = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("stageDisplay")
        self.setWindowTitle(self.tr("SessionKit — stage display"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        # never keeps the app running on its own once the main window is closed
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        # shown for the room, never typed in: the keyboard stays with the rapporteur's
        # note box (the live keys are application-wide, so they work from anywhere)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.view = None
        layout = QVBoxLayout(self)
        # The window's size decides the fonts (_apply_sizes), never the other way round:
        # a line shown (a message) would otherwise make Qt grow the window at once, with
        # the fonts of the moment, past its 16:9 corner or the projector's screen.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(4)
        self.title_label = display_label("stageTitle")
        self.speaker_label = display_label("stageSpeaker", bold=True)
        self.countdown_label = display_label("stageCountdown", bold=True)
        self.countdown_label.setWordWrap(False)
        self.status_label = display_label("stageStatus", bold=True)
        self.readout_label = display_label("stageReadout", bold=True)
        self.readout_count = display_label("stageReadoutCount")
        self.message_label = display_label("stageMessage", bold=True)
        self.message_label.setAutoFillBackground(True)
        for w in (self.title_label, self.speaker_label):
            layout.addWidget(w)
        layout.addWidget(self.countdown_label, 1)
        layout.addWidget(self.readout_label, 1)
        layout.addWidget(self.readout_count)
        layout.addWidget(self.status_label)
        layout.addWidget(self.message_label)
        self.readout_label.hide()
        self.readout_count.hide()
        self.message_label.hide()
        # Esc leaves full screen and hides the window; the live keys still work here
        # because they are application-wide.
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        esc.activated.connect(self.hide)
        full = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        full.activated.connect(self.toggle_full_screen)
        self.resize(1280, 720)
        self._apply_sizes()

    # -- placement ------------------------------------------------------------------
    def place_on(self, screen, full_screen: bool = True) -> None:
        if self.windowHandle() is None:
            self.create()
        self.windowHandle().setScreen(screen)
        if full_screen:
            self.setGeometry(screen.geometry())
            self.setCursor(Qt.CursorShape.BlankCursor)
            self.showFullScreen()
        else:
            # a preview window in the top right corner (16:9, 40 % of the screen's
            # width), over the header and notes list, never over the live controls on
            # the left or the note box at the bottom: drag it to the projector
            area = screen.availableGeometry()
            width = max(area.width() * 2 // 5, 320)
            height = width * 9 // 16
            if self.isFullScreen():
                self.showNormal()
            self.unsetCursor()  # a pointer to drag it by
            self.resize(width, height)
            self._apply_sizes()  # fonts for the small window first
            self.setGeometry(area.right() - width - 16, area.top() + 40, width, height)
            self.show()
        self.raise_()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.unsetCursor()
            self.showNormal()
        else:
            self.setCursor(Qt.CursorShape.BlankCursor)
            self.showFullScreen()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.hidden.emit()

    # -- display -------------------------------------------------------------------------
    def show_view(self, view) -> None:
        self.view = view
        bg, fg, accent = PALETTE[view.level]
        if view.level == WarningLevel.OVER and not view.flash_on:
            bg, fg, accent = FLASH_OFF
        if view.readout is not None:
            bg, fg, accent = PALETTE[WarningLevel.NONE]
        self.setStyleSheet(f"QWidget#stageDisplay {{ background: {bg}; }}"
                           f"QLabel {{ color: {fg}; background: transparent; }}"
                           f"QLabel#stageStatus {{ color: {accent}; }}"
                           f"QLabel#stageTitle {{ color: {accent if view.level == WarningLevel.NONE else fg}; }}"
                           f"QLabel#stageMessage {{ background: {MESSAGE_COLOURS[0]}; "
                           f"color: {MESSAGE_COLOURS[1]}; border-radius: 12px; padding: 8px; }}")
        if view.readout is not None:
            text, number, total = view.readout
            self.title_label.setText(view.session_title)
            self.speaker_label.setText(self.tr("Key messages"))
            self.countdown_label.hide()
            self.readout_label.show()
            self.readout_label.setText(text)
            self.readout_count.setVisible(total > 0)
            self.readout_count.setText(self.tr("{n} of {total}").format(n=number, total=total))
            # the item's clock stays in sight, small, while the messages are read out
            running = not (view.idle or view.finished)
            # amber and over-time words carry the time already ("⚠ 1:45 left")
            says_time = view.level in (WarningLevel.AMBER, WarningLevel.OVER)
            small = view.status if says_time else f"{view.countdown} · {view.status}"
            self.status_label.setText(small if running else "")
            if running and view.level in (WarningLevel.RED, WarningLevel.OVER):
                self.status_label.setStyleSheet(f"color: {PALETTE[view.level][0]}; "
                                                "background: #FFFFFF; border-radius: 8px;")
            else:
                self.status_label.setStyleSheet("")
        else:
            self.readout_label.hide()
            self.readout_count.hide()
            self.countdown_label.show()
            if view.idle:
                self.title_label.setText(view.session_title)
                self.speaker_label.setText(self.tr("Starting soon"))
            elif view.finished:
                self.title_label.setText(view.session_title)
                self.speaker_label.setText(self.tr("Thank you"))
            else:
                self.title_label.setText(view.item_title)
                self.speaker_label.setText(view.speaker)
            self.countdown_label.setText(view.countdown)
            self.status_label.setText(view.status)
            self.status_label.setStyleSheet("")
        self.message_label.setVisible(bool(view.message))
        self.message_label.setText(view.message)
        self._apply_sizes()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        """Fonts from the window's size, so that everything fits at any size: full
        screen on a projector, or the small 16:9 preview in a corner of a laptop.

        The names and the title get a size from the height, made smaller (down to a
        floor) so that they keep to one line where they can; the countdown then takes
        the height the other lines leave, never more than its share of the window and
        never wider than it."""
        h = max(self.height(), 200)
        w = max(self.width(), 300)
        layout = self.layout()
        margins = layout.contentsMargins()
        inner = max(w - margins.left() - margins.right(), 100)

        def size_to(label: QLabel, size: float) -> None:
            f = label.font()
            f.setPixelSize(max(int(size), 10))
            label.setFont(f)

        def one_line(label: QLabel, size: float, floor: float) -> None:
            """``size``, smaller down to ``floor`` if that keeps the text on one line."""
            f = label.font()
            f.setPixelSize(max(int(size), 10))
            width = QFontMetrics(f).horizontalAdvance(label.text()) + 4
            if width > inner:
                size = max(size * inner / width, floor)
            size_to(label, size)

        one_line(self.title_label, h * 0.055, h * 0.04)
        one_line(self.speaker_label, h * 0.085, h * 0.06)
        one_line(self.status_label, h * 0.075, h * 0.05)
        size_to(self.message_label, h * 0.08)
        size_to(self.readout_count, h * 0.045)
        size_to(self.readout_label, h * 0.075)
        if not self.countdown_label.isVisibleTo(self):
            return
        # The countdown: the height the other lines leave (they wrap as they must)...
        others = 0
        shown = 0
        for i in range(layout.count()):
            item = layout.itemAt(i)
            widget = item.widget()
            if widget is None or not widget.isVisibleTo(self):
                continue
            shown += 1
            if widget is self.countdown_label:
                continue
            others += (widget.heightForWidth(inner) if widget.hasHeightForWidth()
                       else widget.sizeHint().height())
        room = (h - margins.top() - margins.bottom() - layout.spacing() * max(shown - 1, 0)
                - others - 2)  # (2: the rounding of the sizes below)
        text = self.countdown_label.text() or "00:00"
        size = h * (0.40 if self.message_label.isVisibleTo(self) else 0.47)
        f = self.countdown_label.font()
        f.setPixelSize(max(int(size), 10))
        metrics = QFontMetrics(f)
        # ...as a label measures its line (font height plus the label's frame)
        line = metrics.height() + 2 * self.countdown_label.frameWidth()
        if line > room > 0:
            size = size * room / line
        # ...and never wider than the window
        f.setPixelSize(max(int(size), 10))
        width = QFontMetrics(f).horizontalAdvance(text)
        if width > inner * 0.98:
            size = size * (inner * 0.98) / width
        size_to(self.countdown_label, size)
