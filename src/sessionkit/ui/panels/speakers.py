"""The session's people who speak, with their role, position, organisation and country.

A panel has panellists and a moderator, a plenary a chair and speakers: everyone who
takes the floor is listed, in the order a printed programme names them. The rapporteur
does not speak and is left out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from sessionkit.domain.models import Person, RoleKind
from sessionkit.ui.context import SessionContext
from sessionkit.ui.labels import enum_label
from sessionkit.ui.panels.base import Panel, plain_label


# Who takes the floor, in the order a programme lists them (the rapporteur does not)
PROGRAMME_ORDER = (RoleKind.CHAIR, RoleKind.MODERATOR, RoleKind.SPEAKER, RoleKind.PANELLIST,
                   RoleKind.DISCUSSANT)


class SpeakersPanel(Panel):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("SpeakersPanel", "Speakers"), parent)
        self.ctx = ctx
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.inner = QWidget()
        self.inner.setObjectName("panelBody")
        self.list_layout = QVBoxLayout(self.inner)
        self.list_layout.setContentsMargins(0, 0, 4, 0)
        self.list_layout.setSpacing(2)
        scroll.setWidget(self.inner)
        self.body.addWidget(scroll)
        ctx.bundle_changed.connect(self.refresh)
        self.refresh()

    def preferred_height(self, width: int | None = None) -> int:
        width = self.body_width(self.width() if width is None else width)
        inner = self.inner.layout()
        inner_w = max(1, width - self.scroll.verticalScrollBar().sizeHint().width())
        content = (inner.totalHeightForWidth(inner_w) if inner.hasHeightForWidth()
                   else inner.totalSizeHint().height())
        return self.chrome_height() + content + 2

    def speakers(self) -> list[tuple[Person, list[RoleKind]]]:
        """Everyone with a speaking role, once each, with all their speaking roles."""
        bundle = self.ctx.bundle
        roles: dict[str, list[RoleKind]] = {}
        people: dict[str, Person] = {}
        for role in PROGRAMME_ORDER:
            for p in bundle.people_with_role(role):
                people.setdefault(p.id, p)
                if role not in roles.setdefault(p.id, []):
                    roles[p.id].append(role)
        return [(people[pid], roles[pid]) for pid in people]

    def speaker_names(self) -> list[str]:
        return [p.display_name for p, _ in self.speakers()]

    def refresh(self) -> None:
        while self.list_layout.count():
            child = self.list_layout.takeAt(0)
            if child.widget():
                child.widget().deleteLater()
        people = self.speakers()
        if not people:
            self.list_layout.addWidget(plain_label(self.tr("No speakers yet.")))
        for p, roles in people:
            name = plain_label(p.display_name + (f"  ({p.native_name})" if p.native_name else ""),
                               selectable=True)
            name.setObjectName("personName")
            if self.list_layout.count():
                self.list_layout.addSpacing(6)
            self.list_layout.addWidget(name)
            org = ", ".join(x for x in (p.organisation, p.country) if x)
            role = " · ".join(enum_label(r) for r in roles)
            lines = [x for x in (role, p.position, p.department, org) if x]
            detail = plain_label("\n".join(lines), selectable=True)
            detail.setObjectName("personDetail")
            self.list_layout.addWidget(detail)
        self.list_layout.addStretch(1)
