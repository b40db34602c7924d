"""Report details: the rapporteur's summary, attendance and the moderator's sign-off."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sessionkit.services.capture import save_report_meta
from sessionkit.services.notes import NoteError
from sessionkit.ui.panels.base import plain_label


class ReportMetaDialog(QDialog):
    def __init__(self, store, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.setObjectName("reportMetaDialog")
        self._placed = False
        self.setWindowTitle(self.tr("Report details"))
        meta = store.report_meta.get(session_id)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.summary = QPlainTextEdit(meta.summary)
        self.summary.setObjectName("reportSummary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("The rapporteur's summary of the session"))
        form.addRow(self.tr("&Summary"), self.summary)
        self.attendance = QLineEdit(meta.attendance)
        self.attendance.setObjectName("reportAttendance")
        self.attendance.setPlaceholderText(self.tr("e.g. about 40 participants"))
        form.addRow(self.tr("&Attendance"), self.attendance)
        self.signer = QLineEdit(meta.signed_off_by)
        self.signer.setObjectName("reportSigner")
        self.signer.setPlaceholderText(self.tr("the moderator's name"))
        form.addRow(self.tr("Signed off &by"), self.signer)
        self.signed = QCheckBox(self.tr("The moderator signs off the report now"))
        self.signed.setObjectName("reportSigned")
        self.signed.setChecked(meta.signed_off_at is not None)
        form.addRow("", self.signed)
        self.when = plain_label(
            self.tr("Signed off {when}").format(
                when=meta.signed_off_at.astimezone().strftime("%Y-%m-%d %H:%M"))
            if meta.signed_off_at else "")
        form.addRow("", self.when)
        layout.addLayout(form)
        self.error = plain_label()
        self.error.setObjectName("captureStatus")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def showEvent(self, event) -> None:  # noqa: N802
        if not self._placed:  # not over the live countdown (a tool window, not modal)
            self._placed = True
            from sessionkit.ui.placement import place_dialog

            place_dialog(self, self.parentWidget().window() if self.parentWidget() else None)
        super().showEvent(event)

    def save(self) -> None:
        try:
            save_report_meta(self.store, self.session_id, summary=self.summary.toPlainText(),
                             attendance=self.attendance.text(),
                             signed_off_by=self.signer.text(),
                             sign_off=self.signed.isChecked())
        except NoteError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
