"""The session header: code, title, room, tag."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from sessionkit.ui.context import SessionContext
from sessionkit.ui.panels.base import plain_label


class HeaderPanel(QFrame):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("header")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(14)
        self.code_label = plain_label(wrap=False)
        self.code_label.setObjectName("sessionCode")
        row.addWidget(self.code_label, 0)
        col = QVBoxLayout()
        col.setSpacing(2)
        self.title_label = plain_label(selectable=True)
        self.title_label.setObjectName("sessionTitle")
        col.addWidget(self.title_label)
        self.meta_label = plain_label(selectable=True)
        self.meta_label.setObjectName("sessionMeta")
        col.addWidget(self.meta_label)
        row.addLayout(col, 1)
        ctx.bundle_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        s = self.ctx.session
        self.code_label.setText(s.code)
        self.title_label.setText(s.title)
        parts = []
        if s.room:
            parts.append(self.tr("Room: {room}").format(room=s.room))
        if s.track:
            parts.append(self.tr("Track: {track}").format(track=s.track))
        tags = [tag for tag in s.tags if tag != s.track]  # the track is not said twice
        if tags:
            parts.append(self.tr("Tags: {tags}").format(tags=", ".join(tags)))
        self.meta_label.setText("   ·   ".join(parts))
