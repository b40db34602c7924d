"""The envisaged outcomes as a checklist whose state is saved.

A tri-state checkbox per outcome: unchecked = open, partly checked = partly,
checked = achieved. "Not achieved" (set elsewhere) shows unchecked with a word.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sessionkit.domain.models import Outcome, OutcomeStatus
from sessionkit.ui.context import SessionContext
from sessionkit.ui.labels import enum_label
from sessionkit.ui.panels.base import Panel, plain_label

_STATE_FOR = {
    OutcomeStatus.OPEN: Qt.CheckState.Unchecked,
    OutcomeStatus.PARTLY: Qt.CheckState.PartiallyChecked,
    OutcomeStatus.ACHIEVED: Qt.CheckState.Checked,
    OutcomeStatus.NOT_ACHIEVED: Qt.CheckState.Unchecked,
}
_STATUS_FOR = {
    Qt.CheckState.Unchecked: OutcomeStatus.OPEN,
    Qt.CheckState.PartiallyChecked: OutcomeStatus.PARTLY,
    Qt.CheckState.Checked: OutcomeStatus.ACHIEVED,
}


class _ClickLabel(QWidget):
    clicked = Signal()

    def mousePressEvent(self, event):  # noqa: N802 (Qt naming)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class OutcomeRow(QWidget):
    """One outcome: checkbox, wrapped text, status word."""

    status_chosen = Signal(str, object)  # outcome id, OutcomeStatus
    notes_dropped = Signal(str, list)  # outcome id, note ids dragged from the notes list
    comment_requested = Signal(str)  # outcome id
    evidence_requested = Signal(str)  # outcome id: show its notes

    def __init__(self, outcome: Outcome, parent: QWidget | None = None):
        super().__init__(parent)
        self.outcome = outcome
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(8)
        self.checkbox = QCheckBox()
        self.checkbox.setTristate(True)
        self.checkbox.setAccessibleName(outcome.text)
        self.checkbox.setToolTip(self.tr("Click to cycle: open → partly achieved → achieved"))
        row.addWidget(self.checkbox, 0, Qt.AlignmentFlag.AlignTop)
        text_box = _ClickLabel()
        col = QVBoxLayout(text_box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(1)
        self.text_label = plain_label(outcome.text)
        self.text_label.setObjectName("outcomeText")
        col.addWidget(self.text_label)
        # Status and evidence words wrap: unwrappable, they made the row wider than a
        # narrow column after a status change ("not achieved · 12 supporting notes") and
        # pushed the ⋯ button out of sight (it showed as a dot at the edge).
        self.status_label = plain_label()
        self.status_label.setObjectName("outcomeStatus")
        col.addWidget(self.status_label)
        self.extra = QHBoxLayout()
        self.extra.setSpacing(8)
        self.status_label.setParent(None)
        self.extra.addWidget(self.status_label)
        self.evidence_label = plain_label()
        self.evidence_label.setObjectName("outcomeEvidence")
        self.extra.addWidget(self.evidence_label)
        self.extra.addStretch(1)
        col.addLayout(self.extra)
        self.comment_label = plain_label()
        self.comment_label.setObjectName("outcomeComment")
        col.addWidget(self.comment_label)
        self.comment_label.hide()
        row.addWidget(text_box, 1)
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("outcomeMenu")
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setToolTip(self.tr("Status, comment, evidence"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.menu = QMenu(self.menu_button)
        for status in OutcomeStatus:
            action = self.menu.addAction(enum_label(status))
            action.setCheckable(True)
            action.setData(status)
            action.triggered.connect(lambda _=False, st=status: self.choose(st))
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Comment…"), lambda: self.comment_requested.emit(
            self.outcome.id))
        self.menu.addAction(self.tr("Show supporting notes"), lambda: self.evidence_requested.emit(
            self.outcome.id))
        self.menu.aboutToShow.connect(self._check_current)
        self.menu_button.setMenu(self.menu)
        row.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setAcceptDrops(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda pos: self.menu.exec(self.mapToGlobal(pos)))
        text_box.clicked.connect(self.checkbox.click)
        self.checkbox.clicked.connect(self._on_clicked)
        self.show_status(outcome.status)

    def show_status(self, status: OutcomeStatus) -> None:
        self.outcome.status = status
        self.checkbox.setCheckState(_STATE_FOR[status])
        self.status_label.setText(enum_label(status))
        self.status_label.setProperty("status", status.value)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)

    @staticmethod
    def _dropped_ids(event) -> list[str]:
        from sessionkit.ui.models.notes import NOTE_IDS_MIME

        mime = event.mimeData()
        if mime is None or not mime.hasFormat(NOTE_IDS_MIME):
            return []
        return [x for x in bytes(mime.data(NOTE_IDS_MIME)).decode("utf-8").split("\n") if x]

    def dragEnterEvent(self, event):  # noqa: N802
        if self._dropped_ids(event):
            event.acceptProposedAction()
            self.setProperty("dropTarget", True)
            self.style().unpolish(self)
            self.style().polish(self)

    def dragLeaveEvent(self, event):  # noqa: N802
        self.setProperty("dropTarget", False)
        self.style().unpolish(self)
        self.style().polish(self)

    def dropEvent(self, event):  # noqa: N802
        ids = self._dropped_ids(event)
        self.dragLeaveEvent(event)
        if ids:
            event.acceptProposedAction()
            self.notes_dropped.emit(self.outcome.id, ids)

    def _check_current(self) -> None:
        for action in self.menu.actions():
            if isinstance(action.data(), OutcomeStatus):
                action.setChecked(action.data() == self.outcome.status)

    def choose(self, status: OutcomeStatus) -> None:
        self.show_status(status)
        self.status_chosen.emit(self.outcome.id, status)

    def show_evidence(self, count: int) -> None:
        self.evidence_label.setText(
            "" if not count else self.tr("1 supporting note") if count == 1
            else self.tr("{n} supporting notes").format(n=count))
        self.evidence_label.setVisible(bool(count))

    def show_comment(self, comment: str) -> None:
        self.outcome.comment = comment
        self.comment_label.setText(comment)
        self.comment_label.setVisible(bool(comment))

    def _on_clicked(self) -> None:
        status = _STATUS_FOR[self.checkbox.checkState()]
        self.show_status(status)
        self.status_chosen.emit(self.outcome.id, status)


class OutcomesPanel(Panel):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("OutcomesPanel", "Envisaged outcomes"), parent)
        self.ctx = ctx
        self.rows: list[OutcomeRow] = []
        self.intro_label = plain_label()
        self.intro_label.setObjectName("panelNote")
        self.body.addWidget(self.intro_label)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.inner = inner = QWidget()
        inner.setObjectName("panelBody")
        self.list_layout = QVBoxLayout(inner)
        self.list_layout.setContentsMargins(0, 0, 4, 0)
        self.list_layout.setSpacing(6)
        scroll.setWidget(inner)
        self.body.addWidget(scroll, 1)
        ctx.outcomes_changed.connect(self.refresh)
        ctx.bundle_changed.connect(self.refresh)
        ctx.note_added.connect(self.refresh_counts)
        ctx.notes_changed.connect(self.refresh_counts)
        self.refresh()

    def preferred_height(self, width: int | None = None) -> int:
        width = self.body_width(self.width() if width is None else width)
        height = self.chrome_height()
        if not self.intro_label.isHidden():
            height += self.intro_label.heightForWidth(width) + self.body.spacing()
        inner = self.inner.layout()
        inner_w = max(1, width - self.scroll.verticalScrollBar().sizeHint().width())
        height += (inner.totalHeightForWidth(inner_w) if inner.hasHeightForWidth()
                   else inner.totalSizeHint().height())
        return height + 2

    def refresh(self) -> None:
        for r in self.rows:
            r.deleteLater()
        self.rows = []
        while self.list_layout.count():
            self.list_layout.takeAt(0)
        intro = self.ctx.session.outcomes_intro
        self.intro_label.setText(intro)
        self.intro_label.setVisible(bool(intro))
        for o in self.ctx.store.outcomes.for_session(self.ctx.session_id):
            row = OutcomeRow(o)
            row.status_chosen.connect(self._save_status)
            row.comment_requested.connect(self.edit_comment)
            row.evidence_requested.connect(self.show_evidence)
            row.notes_dropped.connect(self.link_notes)
            row.show_comment(o.comment)
            self.rows.append(row)
            self.list_layout.addWidget(row)
        self.list_layout.addStretch(1)
        self.refresh_counts()

    def refresh_counts(self, *args) -> None:
        from sessionkit.services.capture import evidence_counts

        counts = evidence_counts(self.ctx.store, self.ctx.session_id)
        for row in self.rows:
            row.show_evidence(counts.get(row.outcome.id, 0))

    def _save_status(self, outcome_id: str, status: OutcomeStatus) -> None:
        self.ctx.store.outcomes.set_status(outcome_id, status)

    def link_notes(self, outcome_id: str, note_ids: list[str]) -> None:
        """Notes dropped on an outcome become its evidence."""
        from sessionkit.services.capture import link_evidence

        try:
            link_evidence(self.ctx.store, note_ids, outcome_id, linked=True)
        except LookupError:
            return
        self.refresh_counts()
        self.ctx.notes_changed.emit()

    def set_comment(self, outcome_id: str, comment: str) -> None:
        from sessionkit.services.capture import set_outcome

        o = set_outcome(self.ctx.store, self.ctx.session_id, outcome_id, comment=comment)
        for row in self.rows:
            if row.outcome.id == outcome_id:
                row.show_comment(o.comment)

    def edit_comment(self, outcome_id: str) -> None:
        row = next(r for r in self.rows if r.outcome.id == outcome_id)
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Outcome comment"), row.outcome.text, row.outcome.comment)
        if ok:
            self.set_comment(outcome_id, text)

    def show_evidence(self, outcome_id: str) -> None:
        """Ask the notes stream to show the notes supporting this outcome."""
        self.evidence_filter_requested = outcome_id
        self.ctx.outcome_evidence_requested.emit(outcome_id)
