"""Session metadata, envisaged outcomes, people and roles; New session; the bin.

All writes go through ``services.session_admin`` (validated there: a refused
edit shows its reason and changes nothing).
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QDate, QDateTime, QRegularExpression, QTime, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sessionkit.domain.models import Document, Outcome, Person, Role, RoleKind
from sessionkit.services import session_admin as admin
from sessionkit.ui.labels import enum_label
from sessionkit.ui.panels.speaker_card import SpeakerCards

ROLE_ORDER = [RoleKind.MODERATOR, RoleKind.CHAIR, RoleKind.SPEAKER, RoleKind.PANELLIST,
              RoleKind.DISCUSSANT, RoleKind.RAPPORTEUR]


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("sessionEditError")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setProperty("tone", "error")  # colour per theme: style.py
    return label


START_FORMAT = "%Y-%m-%d %H:%M"
_START_RE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T]+(\d{1,2}):(\d{2})\s*")


class DateTimeField(QLineEdit):
    """The start as text in one explicit format, "2026-11-18 14:30".

    Typing what the field shows gives exactly that value. (A QDateTimeEdit moves to
    the next section by itself once a section is full, so the "-" typed after the
    year skipped the month: "2026-11-18 14:30" became 2026-12-11 18:14.) Tab into the
    field selects it all, so typing replaces the whole value.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM"))
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9: T-]{0,20}"),
                                                      self))
        self.setMaxLength(20)

    def value(self) -> datetime:
        """The typed date and time (naive); ValueError with a sentence when impossible."""
        text = self.text()
        m = _START_RE.fullmatch(text)
        try:
            if m is None:
                raise ValueError
            return datetime(*(int(g) for g in m.groups()))
        except ValueError:
            raise ValueError(self.tr(
                "“{text}” is not a date and time that exists; write it as "
                "2026-11-18 14:30 (year-month-day hours:minutes).").format(
                text=text.strip())) from None

    def setDateTime(self, qdt: QDateTime) -> None:  # noqa: N802 - QDateTimeEdit's name
        d, t = qdt.date(), qdt.time()
        self.setText(datetime(d.year(), d.month(), d.day(), t.hour(),
                              t.minute()).strftime(START_FORMAT))

    def dateTime(self) -> QDateTime:  # noqa: N802
        v = self.value()
        return QDateTime(QDate(v.year, v.month, v.day), QTime(v.hour, v.minute))


class SessionEditorDialog(QDialog):
    """Session → Edit session…: details, envisaged outcomes, people and roles, cards."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("sessionEditor")
        self.setWindowTitle(self.tr("Edit session — {code}").format(code=ctx.session.code))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_details()
        self._build_outcomes()
        self._build_people()
        self.cards = SpeakerCards(ctx)
        self.tabs.addTab(self.cards, self.tr("Speaker &cards"))
        self.error = _error_label()
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("sessionEditSaved")
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        bottom.addWidget(self.saved_label, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        # Enter saves. Otherwise QDialog makes the first push button in the focus chain
        # the default, "Add document" on the Details tab: Enter on the other tabs did
        # nothing (that button is hidden there). Set once the box is in the dialog.
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        # fits a 1024×768 screen with its title bar and the taskbar
        self.resize(860, 620)

    # -- details ---------------------------------------------------------------------------
    def _build_details(self) -> None:
        s = self.ctx.store.sessions.get(self.ctx.session_id)
        self.session = s
        page = QWidget()
        form = QFormLayout(page)
        self.code = QLineEdit(s.code)
        self.code.setObjectName("sessionCodeField")
        self.title_edit = QLineEdit(s.title)
        self.title_edit.setObjectName("sessionTitleField")
        self.room = QLineEdit(s.room)
        self.track = QLineEdit(s.track)
        self.tags = QLineEdit(", ".join(s.tags))
        self.tags.setPlaceholderText(self.tr("Comma-separated"))
        self.has_start = QCheckBox(self.tr("Date and start time known"))
        self.start = DateTimeField()
        self.start.setObjectName("sessionStart")
        self.start.setAccessibleName(self.tr("Start date and time"))
        self.start_error = _error_label()
        self.start_error.setObjectName("sessionStartError")
        self.start_error.hide()
        self.start.editingFinished.connect(self._check_start)
        self.start.textEdited.connect(lambda _t: self._check_start(quiet=True))
        self.timezone = QComboBox()
        self.timezone.setObjectName("sessionTimezone")
        self.timezone.setEditable(True)
        self.timezone.addItems([""] + sorted(available_timezones()))
        self.timezone.setCurrentText(s.timezone)
        if s.start is not None:
            local = s.start.astimezone(ZoneInfo(s.timezone)) if s.timezone else s.start
            self.start.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                             QTime(local.hour, local.minute)))
            self.has_start.setChecked(True)
        else:
            self.start.setDateTime(QDateTime(QDate.currentDate(), QTime(9, 0)))
        self.start.setEnabled(self.has_start.isChecked())
        self.has_start.toggled.connect(self.start.setEnabled)
        self.has_start.toggled.connect(lambda _on: self._check_start())
        self.language = QLineEdit(s.language)
        self.description = QPlainTextEdit("\n\n".join(s.description))
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("Paragraphs separated by a blank line"))
        self.docs = QTableWidget(0, 3)
        # Tab leaves the table (it trapped the keyboard); arrows move between cells
        self.docs.setTabKeyNavigation(False)
        self.docs.setObjectName("sessionDocuments")
        self.docs.setHorizontalHeaderLabels([self.tr("Title"), self.tr("As of"),
                                             self.tr("URL or local file")])
        self.docs.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for d in self.ctx.store.documents.for_session(s.id):
            self._add_doc_row(d.title, d.as_of, d.url or d.local_path, d.id)
        doc_buttons = QHBoxLayout()
        add_doc = QPushButton(self.tr("Add document"))
        add_doc.clicked.connect(lambda: self._add_doc_row("", "", ""))
        del_doc = QPushButton(self.tr("Remove document"))
        del_doc.clicked.connect(lambda: self.docs.removeRow(self.docs.currentRow()))
        doc_buttons.addWidget(add_doc)
        doc_buttons.addWidget(del_doc)
        doc_buttons.addStretch(1)
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Room"), self.room)
        form.addRow(self.tr("Trac&k"), self.track)
        form.addRow(self.tr("Ta&gs"), self.tags)
        form.addRow("", self.has_start)
        form.addRow(self.tr("&Start"), self.start)
        form.addRow("", self.start_error)
        form.addRow(self.tr("Time &zone"), self.timezone)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("Documents"), self.docs)
        form.addRow("", doc_buttons)
        self.tabs.addTab(page, self.tr("&Details"))

    def _check_start(self, quiet: bool = False) -> bool:
        """Say by the field when the start cannot be a date; ``quiet`` (while typing)
        only clears a message once the text is right, it never adds one."""
        if not self.has_start.isChecked():
            self.start_error.hide()
            return True
        try:
            self.start.value()
        except ValueError as exc:
            if not quiet:
                self.start_error.setText(str(exc))
                self.start_error.show()
            return False
        self.start_error.hide()
        return True

    def _add_doc_row(self, title: str, as_of: str, where: str, doc_id: str = "") -> None:
        r = self.docs.rowCount()
        self.docs.insertRow(r)
        for c, value in enumerate((title, as_of, where)):
            item = QTableWidgetItem(value)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, doc_id)
            self.docs.setItem(r, c, item)

    # -- outcomes ------------------------------------------------------------------------------
    def _build_outcomes(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        lead = QFormLayout()
        self.outcomes_intro = QLineEdit(self.session.outcomes_intro)
        self.outcomes_intro.setObjectName("sessionOutcomesIntro")
        self.outcomes_intro.setPlaceholderText(
            self.tr("e.g. Participants will develop their understanding of:"))
        lead.addRow(self.tr("Lead-&in"), self.outcomes_intro)
        v.addLayout(lead)
        v.addWidget(QLabel(self.tr("Envisaged outcomes, in order (double-click to edit):")))
        self.outcomes = QListWidget()
        self.outcomes.setObjectName("sessionOutcomes")
        self.outcomes.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        for o in self.ctx.store.outcomes.for_session(self.ctx.session_id):
            self._add_outcome(o)
        v.addWidget(self.outcomes, 1)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add outcome"), self._new_outcome),
                           (self.tr("Remove"), self._remove_outcome),
                           (self.tr("Move up"), lambda: self._move_outcome(-1)),
                           (self.tr("Move down"), lambda: self._move_outcome(+1))):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        v.addLayout(row)
        self.tabs.addTab(page, self.tr("&Outcomes"))

    def _add_outcome(self, o: Outcome) -> None:
        item = QListWidgetItem(o.text)
        item.setData(Qt.ItemDataRole.UserRole, o)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.outcomes.addItem(item)

    def _new_outcome(self) -> None:
        self._add_outcome(Outcome(text=self.tr("New outcome")))
        item = self.outcomes.item(self.outcomes.count() - 1)
        self.outcomes.setCurrentItem(item)
        self.outcomes.editItem(item)

    def _remove_outcome(self) -> None:
        row = self.outcomes.currentRow()
        if row >= 0:
            self.outcomes.takeItem(row)

    def _move_outcome(self, delta: int) -> None:
        row = self.outcomes.currentRow()
        new = row + delta
        if row < 0 or not 0 <= new < self.outcomes.count():
            return
        item = self.outcomes.takeItem(row)
        self.outcomes.insertItem(new, item)
        self.outcomes.setCurrentRow(new)

    # -- people and roles --------------------------------------------------------------------------
    def _build_people(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.people_table = QTableWidget(0, 1 + len(ROLE_ORDER))
        # Tab leaves the table (it trapped the keyboard); arrows move between cells
        self.people_table.setTabKeyNavigation(False)
        self.people_table.setObjectName("sessionPeople")
        self.people_table.setHorizontalHeaderLabels(
            [self.tr("Name")] + [enum_label(r) for r in ROLE_ORDER])
        self.people_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        roles = self.ctx.store.roles.for_session(self.ctx.session_id)
        for p in self.ctx.store.people.for_session(self.ctx.session_id):
            self._add_person_row(p, {r.role for r in roles if r.person_id == p.id})
        v.addWidget(self.people_table, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add person…"))
        add.clicked.connect(self._new_person)
        remove = QPushButton(self.tr("Remove from session"))
        remove.clicked.connect(lambda: self.people_table.removeRow(
            self.people_table.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        v.addLayout(row)
        v.addWidget(QLabel(self.tr("Positions, bios, photos and intro cues: "
                                   "see the Speaker cards tab.")))
        self.tabs.addTab(page, self.tr("&People and roles"))

    def _add_person_row(self, person: Person, roles: set) -> None:
        r = self.people_table.rowCount()
        self.people_table.insertRow(r)
        name = QTableWidgetItem(person.display_name)
        name.setData(Qt.ItemDataRole.UserRole, person)
        name.setData(Qt.ItemDataRole.UserRole + 1, person.display_name)
        self.people_table.setItem(r, 0, name)
        for c, role in enumerate(ROLE_ORDER, start=1):
            cell = QTableWidgetItem()
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            cell.setCheckState(Qt.CheckState.Checked if role in roles else Qt.CheckState.Unchecked)
            self.people_table.setItem(r, c, cell)

    def _new_person(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add person"), self.tr("Display name:"))
        if ok and name.strip():
            self._add_person_row(Person(display_name=name.strip()), {RoleKind.SPEAKER})

    # -- save -------------------------------------------------------------------------------------
    def collect(self):
        s = self.session
        s.code = self.code.text()
        s.title = self.title_edit.text()
        s.room = self.room.text().strip()
        s.track = self.track.text().strip()
        s.tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        s.timezone = self.timezone.currentText().strip()
        s.language = self.language.text().strip()
        s.description = [p.strip() for p in self.description.toPlainText().split("\n\n")
                         if p.strip()]
        s.outcomes_intro = self.outcomes_intro.text().strip()
        s.start = None
        if self.has_start.isChecked():
            try:
                naive = self.start.value()
            except ValueError as exc:
                self._check_start()
                raise admin.SessionEditError(
                    self.tr("Not saved: the start is not a real date and time.") + " "
                    + str(exc)) from None
            try:
                tz = ZoneInfo(s.timezone) if s.timezone else None
            except (ValueError, KeyError, OSError):
                tz = None
            s.start = naive.replace(tzinfo=tz) if tz else naive.astimezone()
        docs = []
        for r in range(self.docs.rowCount()):
            title = (self.docs.item(r, 0).text() if self.docs.item(r, 0) else "").strip()
            as_of = (self.docs.item(r, 1).text() if self.docs.item(r, 1) else "").strip()
            where = (self.docs.item(r, 2).text() if self.docs.item(r, 2) else "").strip()
            if not (title or as_of or where):
                continue
            if not title:
                raise admin.SessionEditError(self.tr("Every document needs a title."))
            is_url = "://" in where
            docs.append(Document(title=title, as_of=as_of, url=where if is_url else "",
                                 local_path="" if is_url else where))
        outcomes = []
        for i in range(self.outcomes.count()):
            item = self.outcomes.item(i)
            o = item.data(Qt.ItemDataRole.UserRole)
            o.text = item.text()
            outcomes.append(o)
        people, roles = [], []
        for r in range(self.people_table.rowCount()):
            cell = self.people_table.item(r, 0)
            p = cell.data(Qt.ItemDataRole.UserRole)
            try:  # a speaker card may have changed this person meanwhile: start from the store
                p = self.ctx.store.people.get(p.id)
            except LookupError:
                pass  # added in this dialog
            if cell.text().strip() != cell.data(Qt.ItemDataRole.UserRole + 1):
                p.display_name = cell.text().strip()
            people.append(p)
            for c, role in enumerate(ROLE_ORDER, start=1):
                if self.people_table.item(r, c).checkState() == Qt.CheckState.Checked:
                    roles.append(Role(person_id=p.id, role=role, position=r))
        return s, docs, outcomes, people, roles

    def save(self) -> bool:
        try:
            s, docs, outcomes, people, roles = self.collect()
            admin.validate_session(s)
            for o in outcomes:
                if not o.text.strip():
                    raise admin.SessionEditError(self.tr("An envisaged outcome cannot be empty."))
            store = self.ctx.store
            with store.atomic():
                admin.save_session(store, s)
                store.documents.replace_for_session(s.id, docs)
                admin.replace_outcomes(store, s.id, outcomes)
                admin.set_people_roles(store, s.id, people, roles)
        except admin.SessionEditError as exc:
            self.error.setText(str(exc))
            self.saved_label.setText("")
            self.session = self.ctx.store.sessions.get(self.ctx.session_id)
            return False
        self.error.setText("")
        self.saved_label.setText(self.tr("Saved at {time}.").format(
            time=datetime.now().strftime("%H:%M:%S")))
        self.ctx.reload_bundle()
        self.ctx.outcomes_changed.emit()
        self.setWindowTitle(self.tr("Edit session — {code}").format(code=s.code))
        return True


class NewSessionDialog(QDialog):
    """File → New session…: blank or from a template."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.session_id: str | None = None
        self.setObjectName("newSessionDialog")
        self.setWindowTitle(self.tr("New session"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start from:")))
        self.choices = QListWidget()
        self.choices.setObjectName("newSessionTemplates")
        self.choices.setAccessibleName(self.tr("Start from"))
        blank = QListWidgetItem(self.tr("Blank session (no agenda)"))
        blank.setData(Qt.ItemDataRole.UserRole, None)
        self.choices.addItem(blank)
        for t in admin.list_templates():
            item = QListWidgetItem(self.tr("{title} — {items} items, {minutes} min").format(
                title=t.title, items=t.items, minutes=t.planned_minutes))
            item.setData(Qt.ItemDataRole.UserRole, t)
            self.choices.addItem(item)
        self.choices.setCurrentRow(1 if self.choices.count() > 1 else 0)
        layout.addWidget(self.choices, 1)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("newSessionCode")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("newSessionTitle")
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Title"), self.title_edit)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def create(self) -> None:
        item = self.choices.currentItem()
        template = item.data(Qt.ItemDataRole.UserRole) if item else None
        try:
            self.session_id = admin.new_session(
                self.store, self.code.text(), self.title_edit.text(),
                template.path if template is not None else None)
        except admin.SessionEditError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class BinDialog(QDialog):
    """File → Bin…: deleted sessions (with their notes), restorable."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.restored: list[str] = []
        self.setObjectName("binDialog")
        self.setWindowTitle(self.tr("Bin — deleted sessions"))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("binList")
        self.list.setAccessibleName(self.tr("Deleted sessions"))
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.reload()
        self.resize(560, 360)

    def reload(self) -> None:
        self.list.clear()
        for s, when, notes in admin.binned_sessions(self.store):
            item = QListWidgetItem(self.tr("{code} — {title} (deleted {when}, {n} notes)").format(
                code=s.code, title=s.title, when=when.astimezone().strftime("%Y-%m-%d %H:%M"),
                n=notes))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.list.addItem(item)
        if self.list.count() == 0:
            self.list.addItem(self.tr("The bin is empty."))
            self.restore_button.setEnabled(False)
        else:
            self.list.setCurrentRow(0)
            self.restore_button.setEnabled(True)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        sid = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not sid:
            return
        try:
            admin.restore_session(self.store, sid)
        except admin.SessionEditError as exc:
            QMessageBox.information(self, self.windowTitle(), str(exc))
        self.restored.append(sid)
        self.reload()
