"""The agenda: items with kind and planned minutes, and the planned total."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from sessionkit.ui.context import SessionContext
from sessionkit.ui.labels import enum_label
from sessionkit.ui.panels.base import Panel, plain_label


class AgendaPanel(Panel):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("AgendaPanel", "Agenda"), parent)
        self.ctx = ctx
        self.total_label = plain_label(wrap=False)
        self.total_label.setObjectName("panelNote")
        self.add_head_widget(self.total_label)
        self.tree = QTreeWidget()
        self.tree.setObjectName("agendaList")
        self.tree.setAccessibleName(self.tr("Agenda"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("#"), self.tr("Item"), self.tr("Kind"),
                                   self.tr("Min")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.body.addWidget(self.tree)
        ctx.bundle_changed.connect(self.refresh)
        self.refresh()

    def preferred_height(self, width: int | None = None) -> int:
        """Enough for every item without scrolling (used for default splitter sizes)."""
        rows = max(1, self.tree.topLevelItemCount())
        row_h = self.tree.sizeHintForRow(0) if self.tree.topLevelItemCount() else 18
        frame = 2 * self.tree.frameWidth()
        return (self.chrome_height() + rows * max(row_h, 16)
                + self.tree.header().sizeHint().height() + frame + 4)

    def refresh(self) -> None:
        self.tree.clear()
        for n, item in enumerate(self.ctx.bundle.agenda, start=1):
            row = QTreeWidgetItem([str(n), item.title, enum_label(item.kind),
                                   str(item.planned_minutes)])
            row.setData(0, Qt.ItemDataRole.UserRole, item.id)
            row.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.setToolTip(1, item.title)
            self.tree.addTopLevelItem(row)
        total = self.ctx.bundle.planned_minutes()
        self.total_label.setText(self.tr("Planned total: {minutes} min").format(minutes=total))
