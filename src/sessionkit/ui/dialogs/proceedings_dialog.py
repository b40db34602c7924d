"""File → Export proceedings… and File → Export actions…: two small dialogs over
services/proceedings.py; the writing runs on a worker thread (QThreadPool) with its own
store connection, like File → Export report….

Export proceedings: which sessions (all, one day, one track; or the sessions a caller
chose, such as the secretariat's selection), the format, the title, the file. Not
modal; a progress bar and Cancel (the file at the destination stays as it was).
Export actions: this session or all sessions, CSV or iCalendar, the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sessionkit.ui.workers import StoreJob


def t(text: str) -> str:
    return QCoreApplication.translate("ProceedingsDialog", text)


class _ExportDialog(QDialog):
    """What both dialogs share: a form, a file row, a status line, a progress bar,
    Export and Close buttons, and the job."""

    def __init__(self, store, parent: QWidget | None, pool: QThreadPool | None):
        super().__init__(parent)
        self.store = store
        self.data_dir = Path(store.path).parent
        self.pool = pool or QThreadPool.globalInstance()
        self.job: StoreJob | None = None
        self.result = None
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(t("Destination file"))
        self.browse_button = QPushButton(t("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        self._file_row = QHBoxLayout()
        self._file_row.addWidget(self.path_edit, 1)
        self._file_row.addWidget(self.browse_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(t("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.cancel_or_close)
        self._tail = [self.status, self.progress, self.buttons]
        layout.addStretch(1)
        for w in self._tail:
            layout.addWidget(w)

    def add_file_row(self) -> None:
        label = QLabel(t("&Save as:"))
        label.setBuddy(self.path_edit)
        self.form.addRow(label, self._file_row)

    # -- what each dialog says ----------------------------------------------------------
    def extension(self) -> str:
        raise NotImplementedError

    def file_filter(self) -> str:
        raise NotImplementedError

    def work(self, path: Path):
        """The function the job runs: (store, progress) -> result."""
        raise NotImplementedError

    def done_text(self, result) -> str:
        raise NotImplementedError

    # -- running ------------------------------------------------------------------------
    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix else path.with_suffix("." + self.extension())

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(),
                                              self.path_edit.text(), self.file_filter())
        if path:
            if not Path(path).suffix:
                path += "." + self.extension()
            self.path_edit.setText(path)

    def start(self) -> StoreJob | None:
        if self.job is not None:
            return None
        path = self.target()
        if path is None:
            self.status.setText(t("Choose a file to save to."))
            return None
        try:
            fn = self.work(path)
        except ValueError as exc:  # nothing chosen: said in one sentence, nothing runs
            self.status.setText(str(exc))
            return None
        job = StoreJob(self.data_dir, fn)
        job.setAutoDelete(False)
        job.signals.progress.connect(self._progressed)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        self.job = job
        self.export_button.setEnabled(False)
        self.close_button.setText(t("Cancel"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(t("Exporting…"))
        self.pool.start(job)
        return job

    def running(self) -> bool:
        return self.job is not None

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _end(self, text: str) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        self.close_button.setText(t("Close"))
        self.status.setText(text)

    def _finished(self, result) -> None:
        self.result = result
        self._end(self.done_text(result))

    def _failed(self, message: str) -> None:
        self._end(t("Not exported: {reason}").format(reason=message))

    def _cancelled(self) -> None:
        self._end(t("Cancelled; nothing was written."))

    def cancel_or_close(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(t("Cancelling…"))
            return
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.job is not None:
            self.job.cancel()
            self.pool.waitForDone(15000)  # the temp file goes before the window does
        super().closeEvent(event)


class ProceedingsDialog(_ExportDialog):
    """``session_ids``: the sessions a caller chose (the secretariat's selection);
    without it, the user picks all sessions, a day or a track."""

    FORMATS = (("pdf", "PDF"), ("docx", "Word (DOCX)"), ("md", "Markdown"))

    def __init__(self, store, parent: QWidget | None = None,
                 session_ids: list[str] | None = None, pool: QThreadPool | None = None):
        super().__init__(store, parent, pool)
        from sessionkit.services.proceedings import days, tracks

        self.setObjectName("proceedingsDialog")
        self.setWindowTitle(t("Export proceedings"))
        self.setMinimumWidth(460)
        self.session_ids = list(session_ids) if session_ids is not None else None
        self.choice = QComboBox()
        self.choice.setAccessibleName(t("Sessions"))
        if self.session_ids is not None:
            n = len(self.session_ids)
            label = (t("The chosen session") if n == 1
                     else t("The {n} chosen sessions").format(n=n))
            self.choice.addItem(label, ("chosen", None))
        else:
            self.choice.addItem(t("All sessions"), ("all", None))
            for d in days(store):
                self.choice.addItem(t("Day: {day}").format(day=d.isoformat()), ("day", d))
            for track in tracks(store):
                self.choice.addItem(t("Track: {track}").format(track=track), ("track", track))
        self.form.addRow(t("Sess&ions:"), self.choice)
        self.format = QComboBox()
        self.format.setAccessibleName(t("Format"))
        for name, label in self.FORMATS:
            self.format.addItem(QCoreApplication.translate("ReportFormat", label), name)
        self.form.addRow(t("&Format:"), self.format)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(t("Title"))
        # the default title is the report's word, in the report language (Settings), not
        # the UI's: a Japanese UI writing English proceedings says "Proceedings" here
        from sessionkit.report.i18n import translator
        from sessionkit.ui.preferences import report_options

        language = report_options(self.data_dir).get("language")
        self.title_edit.setPlaceholderText(translator(language)("Proceedings"))
        self.form.addRow(t("&Title:"), self.title_edit)
        self.add_file_row()
        self.path_edit.setText(str(Path.home() / "SessionKit-proceedings.pdf"))
        self.format.currentIndexChanged.connect(self._format_changed)

    def _format_changed(self) -> None:
        path = self.path_edit.text().strip()
        if path:
            self.path_edit.setText(str(Path(path).with_suffix("." + self.extension())))

    def extension(self) -> str:
        return self.format.currentData()

    def file_filter(self) -> str:
        return f"{self.format.currentText()} (*.{self.extension()})"

    def chosen_ids(self) -> list[str]:
        from sessionkit.services.proceedings import select_sessions

        kind, value = self.choice.currentData()
        if kind == "chosen":
            return list(self.session_ids or [])
        found = select_sessions(self.store, day=value if kind == "day" else None,
                                track=value if kind == "track" else None)
        return [s.id for s in found]

    def work(self, path: Path):
        from sessionkit.services.proceedings import ProceedingsError, export_proceedings
        from sessionkit.ui.preferences import report_options

        try:
            ids = self.chosen_ids()
        except ProceedingsError as exc:
            raise ValueError(str(exc)) from None
        if not ids:
            raise ValueError(t("No session is chosen; nothing was written."))
        fmt, title = self.extension(), self.title_edit.text()
        options = dict(report_options(self.data_dir), include_annex=False)

        def fn(store, progress):
            return export_proceedings(store, ids, path, fmt, options=options, title=title,
                                      progress=progress)
        return fn

    def done_text(self, result) -> str:
        return t("Proceedings saved: {path}").format(path=str(result.path))


class ActionsDialog(_ExportDialog):
    def __init__(self, store, session_id: str, parent: QWidget | None = None,
                 pool: QThreadPool | None = None):
        super().__init__(store, parent, pool)
        self.setObjectName("actionsDialog")
        self.setWindowTitle(t("Export action items"))
        self.setMinimumWidth(420)
        self.session_id = session_id
        code = store.sessions.get(session_id).code
        self.this_session = QRadioButton(t("&This session ({code})").format(code=code))
        self.all_sessions = QRadioButton(t("&All sessions"))
        self.this_session.setChecked(True)
        which = QVBoxLayout()
        which.addWidget(self.this_session)
        which.addWidget(self.all_sessions)
        self.form.addRow(t("Sessions:"), which)
        self.format = QComboBox()
        self.format.setAccessibleName(t("Format"))
        self.format.addItem(t("Spreadsheet (CSV)"), "csv")
        self.format.addItem(t("Calendar to-dos (iCalendar)"), "ics")
        self.form.addRow(t("&Format:"), self.format)
        self.add_file_row()
        self.path_edit.setText(str(Path.home() / f"SessionKit-actions-{code}.csv"))
        self.format.currentIndexChanged.connect(
            lambda: self.path_edit.text().strip() and self.path_edit.setText(
                str(Path(self.path_edit.text().strip()).with_suffix("." + self.extension()))))

    def extension(self) -> str:
        return self.format.currentData()

    def file_filter(self) -> str:
        return f"{self.format.currentText()} (*.{self.extension()})"

    def work(self, path: Path):
        from sessionkit.services.proceedings import collect_actions, export_actions

        this = self.this_session.isChecked()
        ids = [self.session_id] if this else [s.id for s in self.store.sessions.list()]
        fmt = self.extension()
        # the commonest refusal, said here in the UI's language (the service's own
        # sentence is English, for the CLI)
        if not collect_actions(self.store, ids):
            raise ValueError(
                t("Session {code} has no action items; nothing was written.").format(
                    code=self.store.sessions.get(self.session_id).code) if this
                else t("No session has action items; nothing was written."))

        def fn(store, progress):
            return export_actions(store, ids, path, fmt)
        return fn

    def done_text(self, result) -> str:
        path, count = result
        return t("{n} action items saved: {path}").format(n=count, path=str(path))


class ProceedingsActions:
    """The two File-menu entries, after File → Export report…."""

    def __init__(self, window):
        self.window = window
        self.dialogs: list[QDialog] = []
        menu = window.menu("file")
        self.proceedings_action = QAction(t("Export p&roceedings…"), window)
        self.proceedings_action.triggered.connect(lambda: self.export_proceedings())
        self.actions_action = QAction(t("Export &action items…"), window)
        self.actions_action.triggered.connect(lambda: self.export_actions())
        items = menu.actions()
        anchor = getattr(window, "export_action", None)
        after = items.index(anchor) + 1 if anchor in items else len(items)
        before = items[after] if after < len(items) else None
        for action in (self.proceedings_action, self.actions_action):
            if before is not None:
                menu.insertAction(before, action)
            else:
                menu.addAction(action)

    def _flush(self) -> None:
        flush = getattr(self.window, "flush", None)
        if callable(flush):
            flush()  # the note being typed is in the store before the export reads it

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.show()  # not modal: notes can still be typed while it writes
        return dialog

    def export_proceedings(self, session_ids: list[str] | None = None) -> ProceedingsDialog:
        self._flush()
        return self._show(ProceedingsDialog(self.window.ctx.store, self.window, session_ids,
                                            pool=getattr(self.window, "pool", None)))

    def export_actions(self) -> ActionsDialog:
        self._flush()
        return self._show(ActionsDialog(self.window.ctx.store, self.window.ctx.session_id,
                                        self.window, pool=getattr(self.window, "pool", None)))


def install(window) -> ProceedingsActions:
    actions = ProceedingsActions(window)
    window.proceedings_actions = actions
    return actions
