"""Speaker cards: a person's name (also in native script), position, organisation,
country, bio, photo and the moderator's intro cue; editable in place.

``SpeakerCard`` shows one person; its Edit button turns the card into a form and
Save writes through the store at once. ``SpeakerCards`` lists every person of
the session with one card each. The live panel shows the current speaker's
card in compact form.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sessionkit.domain.models import Person
from sessionkit.services.people import intro_cue, set_intro_cue


def _plain(name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SpeakerCard(QFrame):
    saved = Signal(object)  # Person

    def __init__(self, ctx, person: Person | None = None, compact: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.compact = compact
        self.setObjectName("speakerCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.stack = QStackedWidget()
        self.stack.currentChanged.connect(self._fit_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        if compact:  # inside the live panel's framed speaker box: no second frame
            self.setFrameShape(QFrame.Shape.NoFrame)
            outer.setContentsMargins(2, 2, 2, 2)
        outer.addWidget(self.stack)

        # -- view page
        view = QWidget()
        v = QHBoxLayout(view)
        v.setContentsMargins(0, 0, 0, 0)
        self.photo = QLabel()
        self.photo.setObjectName("speakerPhoto")
        self.photo.setFixedSize(72, 90)
        self.photo.setScaledContents(True)
        v.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        self.name_label = _plain("speakerName")
        f = self.name_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        self.name_label.setFont(f)
        self.native_label = _plain("speakerNative")
        self.affiliation_label = _plain("speakerAffiliation")
        self.cue_label = _plain("speakerCue")
        self.bio_label = _plain("speakerBio")
        for w in (self.name_label, self.native_label, self.affiliation_label, self.cue_label,
                  self.bio_label):
            text.addWidget(w)
        row = QHBoxLayout()
        row.addStretch(1)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setObjectName("speakerEdit")
        self.edit_button.clicked.connect(self.begin_edit)
        row.addWidget(self.edit_button)
        text.addLayout(row)
        text.addStretch(1)
        v.addLayout(text, 1)
        self.stack.addWidget(view)

        # -- edit page
        edit = QWidget()
        form = QFormLayout(edit)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (("display_name", self.tr("Display name")),
                           ("native_name", self.tr("Name in native script")),
                           ("position", self.tr("Position")),
                           ("organisation", self.tr("Organisation")),
                           ("department", self.tr("Department")),
                           ("country", self.tr("Country"))):
            field = QLineEdit()
            field.setObjectName(f"speaker_{key}")
            self.fields[key] = field
            form.addRow(label, field)
        self.family_first = QCheckBox(self.tr("Family name first"))
        form.addRow("", self.family_first)
        photo_row = QHBoxLayout()
        self.photo_edit = QLineEdit()
        self.photo_edit.setObjectName("speaker_photo_path")
        self.photo_edit.setPlaceholderText(self.tr("Optional local image file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_photo)
        photo_row.addWidget(self.photo_edit, 1)
        photo_row.addWidget(browse)
        form.addRow(self.tr("Photo"), photo_row)
        self.bio_edit = QPlainTextEdit()
        self.bio_edit.setObjectName("speaker_bio")
        self.bio_edit.setTabChangesFocus(True)
        form.addRow(self.tr("Bio"), self.bio_edit)
        self.cue_edit = QPlainTextEdit()
        self.cue_edit.setObjectName("speaker_cue")
        self.cue_edit.setTabChangesFocus(True)
        self.cue_edit.setPlaceholderText(self.tr("What the moderator says to introduce them"))
        form.addRow(self.tr("Intro cue"), self.cue_edit)
        self.error_label = _plain("speakerError")
        self.error_label.setProperty("tone", "error")  # colour per theme: style.py
        form.addRow(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("speakerSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.stack.addWidget(edit)
        self._fit_page(0)
        self.set_person(person)

    def _fit_page(self, index: int) -> None:
        """Size the card to the page shown, not to the tallest page."""
        for i in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            self.stack.widget(i).setSizePolicy(policy, policy)
        self.stack.adjustSize()
        self.adjustSize()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._keep_text_whole()

    def _keep_text_whole(self) -> None:
        """Compact (in the live column, whose layout cannot ask a stacked card for its
        height at a width): never lower than the wrapped name, affiliation and cue need
        at the card's width, so a long affiliation is read whole, not cut mid-line."""
        if not self.compact or self.stack.currentIndex() != 0:
            return
        page = self.stack.widget(0).layout()
        m = self.contentsMargins()
        lm = self.layout().contentsMargins()
        inner = self.width() - m.left() - m.right() - lm.left() - lm.right()
        if inner <= 0 or not page.hasHeightForWidth():
            return
        need = (page.totalHeightForWidth(inner) + m.top() + m.bottom()
                + lm.top() + lm.bottom())
        if need != self.minimumHeight():
            self.setMinimumHeight(need)

    # -- view -----------------------------------------------------------------------------
    def set_person(self, person: Person | None) -> None:
        self.person = person
        self.stack.setCurrentIndex(0)
        if person is None:
            self.name_label.setText(self.tr("No speaker on this item"))
            for w in (self.native_label, self.affiliation_label, self.cue_label, self.bio_label):
                w.setText("")
                w.hide()
            self.photo.hide()
            self.edit_button.hide()
            self._keep_text_whole()
            return
        # compact (the live panel): its header has the Edit button, the card keeps its height
        self.edit_button.setVisible(not self.compact)
        self.name_label.setText(person.display_name)
        self.native_label.setText(person.native_name)
        self.native_label.setVisible(bool(person.native_name))
        self.affiliation_label.setText(person.affiliation())
        self.affiliation_label.setVisible(bool(person.affiliation()))
        cue = intro_cue(self.ctx.store, self.ctx.session_id, person.id)
        self.cue_label.setText(self.tr("Intro: {cue}").format(cue=cue) if cue else "")
        self.cue_label.setVisible(bool(cue))
        self.bio_label.setText(person.bio)
        self.bio_label.setVisible(bool(person.bio) and not self.compact)
        pix = QPixmap(person.photo_path) if person.photo_path and Path(
            person.photo_path).is_file() else QPixmap()
        self.photo.setVisible(not pix.isNull())
        if not pix.isNull():
            self.photo.setPixmap(pix)
        self._keep_text_whole()

    # -- edit -------------------------------------------------------------------------------
    def begin_edit(self) -> None:
        p = self.person
        if p is None:
            return
        for key, field in self.fields.items():
            field.setText(getattr(p, key))
        self.family_first.setChecked(p.family_name_first)
        self.photo_edit.setText(p.photo_path)
        self.bio_edit.setPlainText(p.bio)
        self.cue_edit.setPlainText(intro_cue(self.ctx.store, self.ctx.session_id, p.id))
        self.error_label.setText("")
        self.stack.setCurrentIndex(1)
        self.fields["display_name"].setFocus()

    def cancel_edit(self) -> None:
        self.set_person(self.person)

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.photo_edit.setText(path)

    def save(self) -> bool:
        p = self.person
        if p is None:
            return False
        name = self.fields["display_name"].text().strip()
        if not name:
            self.error_label.setText(self.tr("The display name cannot be empty."))
            return False
        photo = self.photo_edit.text().strip()
        if photo and not Path(photo).is_file():
            self.error_label.setText(self.tr("The photo file does not exist: {path}")
                                     .format(path=photo))
            return False
        for key, field in self.fields.items():
            setattr(p, key, field.text().strip())
        p.display_name = name
        p.family_name_first = self.family_first.isChecked()
        p.photo_path = photo
        p.bio = self.bio_edit.toPlainText().strip()
        with self.ctx.store.atomic():
            self.ctx.store.people.save(p)
            set_intro_cue(self.ctx.store, self.ctx.session_id, p.id,
                          self.cue_edit.toPlainText().strip())
        self.set_person(p)
        self.saved.emit(p)
        self.ctx.reload_bundle()
        return True


class SpeakerCards(QScrollArea):
    """Every person of the session, one card each (the Speakers tab)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("speakerCards")
        self.setWidgetResizable(True)
        self.cards: list[SpeakerCard] = []
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self.setWidget(self._inner)
        ctx.bundle_changed.connect(self.reload)
        people_changed = getattr(ctx, "people_changed", None)  # where the context has one
        if people_changed is not None:
            people_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        editing = {c.person.id for c in self.cards if c.stack.currentIndex() == 1 and c.person}
        if editing:
            # Never throw away a card being edited, but do show the others' new names
            # (a rename in People and roles used to leave every card stale), and
            # rebuild fully once the edit ends.
            fresh = {p.id: p for p in self.ctx.bundle.people}
            for c in self.cards:
                if c.person is not None and c.person.id not in editing and c.person.id in fresh:
                    c.set_person(fresh[c.person.id])
            self._stale = True
            return
        self._stale = False
        for c in self.cards:
            c.setParent(None)
            c.deleteLater()
        self.cards = []
        while self._layout.count():
            self._layout.takeAt(0)
        for p in self.ctx.bundle.people:
            card = SpeakerCard(self.ctx, p)
            card.stack.currentChanged.connect(self._after_edit)
            self.cards.append(card)
            self._layout.addWidget(card)
        self._layout.addStretch(1)

    def _after_edit(self, page: int) -> None:
        if page == 0 and getattr(self, "_stale", False):
            QTimer.singleShot(0, self.reload)
