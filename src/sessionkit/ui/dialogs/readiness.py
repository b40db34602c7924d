"""Ready to sign off?: the export dialog's list of what the report usually needs and is
missing (services/readiness.py), each line opening the place to fix it.

Enter or a double-click on a line opens: Report details (Ctrl+R) for the summary, the
outcome's row in the outcomes panel, the note selected in the notes list (actions and
unplaced notes), the session editor's Speaker cards tab with the person's card open for editing at
the native-script name. The list is
read again whenever the dialog becomes the active window, so a fix made meanwhile
turns its line into ✓.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from sessionkit.services.readiness import Finding, check_session

FINDING_ROLE = Qt.ItemDataRole.UserRole


class _Lines(QListWidget):
    """Enter opens the line's fix and stops there: QListWidget lets Enter go on to the
    dialog, whose default button would start the export."""

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None:
                self.itemActivated.emit(item)
            event.accept()
            return
        super().keyPressEvent(event)


class ReadinessList(QWidget):
    """The "Ready to sign off?" heading and one line per finding (or one ✓ line)."""

    fix_requested = Signal(object)  # the Finding whose line was activated

    def __init__(self, store, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.findings: list[Finding] = []
        self.setObjectName("exportReadiness")
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Ready to sign off?"))
        self.heading.setObjectName("readinessHeading")
        v.addWidget(self.heading)
        self.list = _Lines()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setObjectName("readinessList")
        self.list.setAccessibleName(self.tr("Ready to sign off?"))
        self.list.setAccessibleDescription(
            self.tr("What the report is missing; Enter opens the place to fix it"))
        self.list.setMaximumHeight(120)
        self.list.itemActivated.connect(self._activated)
        self.heading.setBuddy(self.list)
        v.addWidget(self.list)
        self.refresh()

    def _templates(self) -> dict[str, str]:
        return {
            "summary": self.tr("The summary is not written"),
            "outcome_status": self.tr("Outcome {number} has no status: {text}"),
            "action_owner": self.tr("Action has no owner: {text}"),
            "action_due": self.tr("Action has no due date: {text}"),
            "note_place": self.tr("Note has no agenda item or speaker: {text}"),
            "native_name": self.tr("Speaker has no native-script name: {name}"),
        }

    def text_of(self, f: Finding) -> str:
        template = self._templates().get(f.key)
        return template.format(**f.fields) if template else f.message

    def refresh(self) -> None:
        try:
            self.findings = check_session(self.store, self.session_id)
        except Exception as exc:  # a list that cannot be read never stops an export
            import logging

            logging.getLogger(__name__).warning("readiness check failed: %s", exc)
            self.findings = []
            self.setVisible(False)
            return
        self.setVisible(True)  # back, when a later read works
        self.list.clear()
        if not self.findings:
            item = QListWidgetItem("✓ " + self.tr("Nothing is missing"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
            return
        for f in self.findings:
            item = QListWidgetItem("⚠ " + self.text_of(f))
            item.setData(FINDING_ROLE, f)
            item.setToolTip(self.tr("Enter or double-click: open the place to fix it"))
            self.list.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        f = item.data(FINDING_ROLE)
        if f is not None:
            self.fix_requested.emit(f)


class _RefreshOnActivate(QObject):
    """Reads the list again when its dialog becomes active (back from fixing)."""

    def __init__(self, readiness: ReadinessList, dialog: QWidget):
        super().__init__(dialog)
        self.readiness = readiness

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.WindowActivate:
            self.readiness.refresh()
        return False


def install(dialog: QWidget, layout, index: int, store, session_id: str,
            window) -> ReadinessList:
    """Put the list into the export dialog's layout at ``index``; lines open the fix in
    ``window`` (the main window)."""
    readiness = ReadinessList(store, session_id, dialog)
    layout.insertWidget(index, readiness)
    readiness.fix_requested.connect(lambda f: open_fix(window, f))
    dialog.installEventFilter(_RefreshOnActivate(readiness, dialog))
    return readiness


def open_fix(window, f: Finding):
    """Open the place in the main window where ``f`` is fixed; returns what was opened."""
    if f.where == "report_details":
        return window.capture_tools.edit_report_meta()
    if f.where == "note":
        window.ctx.show_note_requested.emit(f.target)
        window.activateWindow()
        window.capture_tools.focus_list()
        return window.notes_panel
    if f.where == "outcome":
        return _focus_outcome(window, f.target)
    if f.where == "person":
        return _open_people(window, f.target)
    return None


def _focus_outcome(window, outcome_id: str):
    panel = window.outcomes_panel
    for row in panel.rows:
        if row.outcome.id == outcome_id:
            window.activateWindow()
            panel.scroll.ensureWidgetVisible(row)
            row.checkbox.setFocus(Qt.FocusReason.OtherFocusReason)
            return row
    return None


def _open_people(window, person_id: str):
    """The session editor on the person's speaker card, in edit mode, at the native-script
    name (the People and roles tab has names and roles only)."""
    from sessionkit.ui.editors.session_editor import SessionEditorDialog

    dialog = SessionEditorDialog(window.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.tabs.setCurrentWidget(dialog.cards)
    dialog.open()
    dialog.activateWindow()
    for card in dialog.cards.cards:
        if card.person is not None and card.person.id == person_id:
            card.begin_edit()
            dialog.cards.ensureWidgetVisible(card)
            card.fields["native_name"].setFocus(Qt.FocusReason.OtherFocusReason)
            break
    return dialog
