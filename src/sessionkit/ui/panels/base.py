"""A titled panel frame shared by the main window's panels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    """A QLabel that never interprets user text as rich text."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Panel(QFrame):
    """A frame with a small caps title line and a body layout."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("panel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.title_label = plain_label(title, wrap=False)
        self.title_label.setObjectName("panelTitle")
        head.addWidget(self.title_label)
        head.addStretch(1)
        self.head_layout = head
        outer.addLayout(head)
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        outer.addLayout(self.body, 1)

    def add_head_widget(self, widget: QWidget) -> None:
        self.head_layout.addWidget(widget)

    def chrome_height(self) -> int:
        """The height around the body: margins, the title row and the spacing."""
        m = self.layout().contentsMargins()
        return (m.top() + m.bottom() + self.head_layout.sizeHint().height()
                + self.layout().spacing())

    def body_width(self, width: int) -> int:
        m = self.layout().contentsMargins()
        return max(1, width - m.left() - m.right())

    def preferred_height(self, width: int | None = None) -> int:
        """The height that shows the whole content at ``width`` (default: the
        current width) without scrolling; the main window sizes its panes by it."""
        return self.sizeHint().height()
