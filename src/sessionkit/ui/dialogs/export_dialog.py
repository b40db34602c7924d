"""File → Export report…: format, destination, sections, paper, language; then the export
runs on a worker thread (QThreadPool) with a progress bar and a Cancel button.

The dialog is not modal: the rapporteur can keep typing in the main window while the
report is written. A cancelled or failed export leaves the file at the destination as
it was (the service writes a temporary file and renames it into place). When the
report is written the dialog lists the warnings (e.g. characters no bundled font has)
and offers Open (the system viewer) and Show folder.

Remembered in the UI settings INI inside the data dir: ``report/last_folder``,
``report/format``. The paper size (``report_paper``) and the report language (chosen in
Settings) are preferences (services/preferences.py), which ``sessionkit report`` reads
too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QSettings,
    QStandardPaths,
    QThreadPool,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sessionkit.report import formats
from sessionkit.report.i18n import REPORT_LANGUAGES
from sessionkit.report.model import PAPER_SIZES, SECTION_KEYS
from sessionkit.ui.placement import keep_on_screen
from sessionkit.ui.workers import ExportReportWorker

FOLDER_KEY = "report/last_folder"
FORMAT_KEY = "report/format"
TEMPLATE_KEY = "report/template"  # the file name of the last template used, in templates/
# the Template choice standing for the template remembered for the session (in its data)
SESSION_TEMPLATE = ":session:"


def format_label(fmt: formats.ReportFormat) -> str:
    """The format's name as the user reads it (report/formats.py marks it for lupdate)."""
    return QCoreApplication.translate(formats.LABEL_CONTEXT, fmt.label)


def warning_text(w: str) -> str:
    """An export warning in the UI language: the renderer's English text comes with
    the template and fields it was made from (report.fonts.ExportWarning)."""
    t = QCoreApplication.translate
    template = getattr(w, "template", None)
    if template == "{count} character(s) that no bundled font has were printed as " \
            "{placeholder} ({total} in all): {chars}":
        text = t("ExportReportDialog",
                 "{count} character(s) that no bundled font has were printed as "
                 "{placeholder} ({total} in all): {chars}").format(**w.fields)
        if w.suffix:
            text += t("ExportReportDialog", " and {n} more").format(**w.suffix_fields)
        return text
    return str(w)


def file_filter(fmt: formats.ReportFormat) -> str:
    """The Save-as dialog's filter, e.g. ``PDF (*.pdf)``."""
    return f"{format_label(fmt)} (*.{fmt.extension})"


class ExportReportDialog(QDialog):
    def __init__(self, data_dir: Path, session_id: str, session_code: str,
                 settings: QSettings | None = None, parent: QWidget | None = None,
                 pool: QThreadPool | None = None, store=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.session_id = session_id
        self.session_code = session_code
        self.store = store  # the UI's store: the session's remembered template, if any
        if settings is None:
            from sessionkit.ui.preferences import ui_settings

            settings = ui_settings(self.data_dir)
        self.settings = settings
        self.pool = pool or QThreadPool.globalInstance()
        self.worker: ExportReportWorker | None = None
        self._exported_template = None  # the template the running export uses
        self.result = None  # the ExportResult of the last finished export
        self._cancelling = False
        self.setObjectName("exportReportDialog")
        self.setWindowTitle(self.tr("Export report"))
        self.setMinimumWidth(460)  # room for a path and a warning line

        # the options on the left, the preview of the pages beside them (report_preview.py)
        row_with_preview = QHBoxLayout(self)
        layout = QVBoxLayout()
        row_with_preview.addLayout(layout)
        form = QFormLayout()
        layout.addLayout(form)

        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for fmt in formats.FORMATS:
            self.format.addItem(format_label(fmt), fmt.name)
        self.format.setAccessibleName(self.tr("Report format"))
        form.addRow(self.tr("&Format:"), self.format)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setAccessibleName(self.tr("Destination file"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setObjectName("exportBrowse")
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        save_label = QLabel(self.tr("&Save as:"))
        save_label.setBuddy(self.path_edit)
        form.addRow(save_label, row)

        self.paper = QComboBox()
        self.paper.setObjectName("exportPaper")
        for size, label in zip(PAPER_SIZES, (self.tr("A4"), self.tr("Letter"))):
            self.paper.addItem(label, size)
        self.paper.setAccessibleName(self.tr("Paper size"))
        form.addRow(self.tr("&Paper size:"), self.paper)

        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        for code, name in REPORT_LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Report language"))
        self.language.setAccessibleDescription(
            self.tr("Language of the report's headings and labels; notes stay as typed"))
        form.addRow(self.tr("&Language:"), self.language)

        # the organisation's look (report/template.py): None, or a template kept in
        # <data folder>/templates/; Browse… checks a file and keeps a copy there
        self.template = QComboBox()
        self.template.setObjectName("exportTemplate")
        self.template.setAccessibleName(self.tr("Report template"))
        self.template.setAccessibleDescription(
            self.tr("The organisation's logo, colours, header and footer"))
        self.template_browse = QPushButton(self.tr("B&rowse…"))
        self.template_browse.setObjectName("exportTemplateBrowse")
        self.template_browse.setAccessibleName(self.tr("Add a report template"))
        self.template_browse.clicked.connect(self.browse_template)
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(self.template_browse)
        template_label = QLabel(self.tr("&Template:"))
        template_label.setBuddy(self.template)
        form.addRow(template_label, row)
        self._fill_templates()
        self.template.activated.connect(self._template_chosen)

        box = QGroupBox(self.tr("Sections"))
        box.setObjectName("exportSections")
        grid = QGridLayout(box)
        labels = self._section_labels()
        self.section_boxes: dict[str, QCheckBox] = {}
        keys = [k for k in SECTION_KEYS if k != "annex"]
        half = (len(keys) + 1) // 2
        for i, key in enumerate(keys):
            cb = QCheckBox(labels[key])
            cb.setObjectName(f"exportSection_{key}")
            cb.setChecked(True)
            cb.toggled.connect(self._update_buttons)
            self.section_boxes[key] = cb
            grid.addWidget(cb, i % half, i // half)
        layout.addWidget(box)
        self.annex = QCheckBox(self.tr("Include the &annex (all notes in time order)"))
        self.annex.setObjectName("exportAnnex")
        self.annex.setChecked(True)
        self.annex.toggled.connect(self._update_buttons)
        layout.addWidget(self.annex)

        # "Ready to sign off?" (ui/dialogs/readiness.py): what the report still misses,
        # above the buttons; each line opens the place to fix it in the main window
        self.readiness = None
        if store is not None:
            from sessionkit.ui.dialogs import readiness

            self.readiness = readiness.install(self, layout, layout.count(), store,
                                               session_id, parent)

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        layout.addWidget(self.status)
        self.warnings = QPlainTextEdit()
        self.warnings.setObjectName("exportWarnings")
        self.warnings.setReadOnly(True)
        self.warnings.setAccessibleName(self.tr("Export warnings"))
        self.warnings.setMaximumHeight(110)
        self.warnings.setVisible(False)
        layout.addWidget(self.warnings)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("exportOpen")
        self.open_button.clicked.connect(self.open_result)
        self.folder_button = QPushButton(self.tr("Show &folder"))
        self.folder_button.setObjectName("exportShowFolder")
        self.folder_button.clicked.connect(self.show_folder)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setObjectName("exportStart")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("exportCancel")
        self.cancel_button.clicked.connect(self.reject)
        for b in (self.open_button, self.folder_button):
            b.setVisible(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

        self._load_defaults()
        self.format.currentIndexChanged.connect(self._format_changed)
        from sessionkit.ui.dialogs import report_preview

        self.preview = report_preview.install(self, row_with_preview)
        self.format.setFocus()
        self._update_buttons()

    # -- labels and defaults -------------------------------------------------------------
    def _section_labels(self) -> dict[str, str]:
        return {
            "metadata": self.tr("Session details"),
            "roles": self.tr("Roles"),
            "speakers": self.tr("Speakers"),
            "summary": self.tr("Summary"),
            "outcomes": self.tr("Envisaged outcomes"),
            "agenda": self.tr("Agenda: planned and actual"),
            "pictures": self.tr("The run in pictures"),
            "key_messages": self.tr("Key messages"),
            "presentations": self.tr("Presentation notes"),
            "discussion": self.tr("Discussion and Q&&A"),
            "decisions": self.tr("Decisions"),
            "recommendations": self.tr("Recommendations"),
            "actions": self.tr("Action items"),
        }

    def _value(self, key: str, default: str) -> str:
        value = self.settings.value(key, default) if self.settings is not None else default
        return str(value or default)

    def _load_defaults(self) -> None:
        from sessionkit.ui.preferences import preferences

        fmt = self._value(FORMAT_KEY, formats.default().name)
        self.format.setCurrentIndex(max(0, self.format.findData(fmt)))
        us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        prefs = preferences(self.data_dir)  # read once: a damaged file warns once
        paper = prefs.report_paper or ("Letter" if us else "A4")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.language.setCurrentIndex(
            max(0, self.language.findData(prefs.report_language)))
        kept = self._value(TEMPLATE_KEY, "")
        session_index = self.template.findData(SESSION_TEMPLATE)
        if session_index >= 0:  # the session's own template comes first
            self.template.setCurrentIndex(session_index)
        elif kept:  # gone or renamed since: None
            from sessionkit.report.template import templates_folder

            index = self.template.findData(str(templates_folder(self.data_dir) / kept))
            self.template.setCurrentIndex(max(0, index))
        folder = Path(self._value(FOLDER_KEY, "") or self._documents())
        if not folder.is_dir():
            folder = Path(self._documents())
        self.path_edit.setText(str(folder / self._file_name(self.current_format())))

    @staticmethod
    def _documents() -> str:
        docs = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return docs if docs and Path(docs).is_dir() else str(Path.home())

    def _file_name(self, fmt: formats.ReportFormat) -> str:
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in self.session_code)
        return f"{safe or 'session'}-report.{fmt.extension}"

    def current_format(self) -> formats.ReportFormat:
        return formats.find(self.format.currentData()) or formats.default()

    def _format_changed(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            return
        path = Path(text)
        # Swap the extension only when it is one of ours (or missing): a name the user
        # typed with another ending is theirs to keep.
        ours = {fmt.extension for fmt in formats.FORMATS}
        if path.suffix.lower().lstrip(".") in ours or not path.suffix:
            self.path_edit.setText(
                str(path.with_suffix("." + self.current_format().extension)))

    def browse(self) -> None:
        fmt = self.current_format()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"),
                                              self.path_edit.text(), file_filter(fmt))
        if path:
            if not Path(path).suffix:
                path += "." + fmt.extension
            self.path_edit.setText(path)

    # -- template -----------------------------------------------------------------------
    def _fill_templates(self, select: Path | None = None) -> None:
        from sessionkit.report.template import list_templates

        self.template.clear()
        self.template.addItem(self.tr("None"), "")
        # listed when the session has one kept; it is checked when chosen or exported
        if self.store is not None and self.store.session_templates.get(self.session_id):
            self.template.addItem(self.tr("This session's template"), SESSION_TEMPLATE)
        for path in list_templates(self.data_dir):
            self.template.addItem(path.stem, str(path))
        if select is not None:
            self.template.setCurrentIndex(max(0, self.template.findData(str(select))))

    def _load_template(self):
        """The chosen template, checked now; None for none. TemplateError if refused."""
        from sessionkit.report.template import load_template

        path = self.template.currentData()
        if path == SESSION_TEMPLATE:
            return self._session_template()
        return load_template(path) if path else None

    def _session_template(self):
        """The template remembered for the session (checked), or None; TemplateError if
        the kept one no longer passes the checks."""
        if self.store is None:
            return None
        from sessionkit.report.template import TemplateError
        from sessionkit.services.reports import ReportError, session_template

        try:
            return session_template(self.store, self.session_id)
        except ReportError as exc:
            raise TemplateError(str(exc)) from None

    def _remember_template(self) -> None:
        """The template this export used becomes the session's (None forgets it)."""
        if self.store is None or self.template.currentData() == SESSION_TEMPLATE:
            return
        from sessionkit.services.reports import remember_template

        try:
            remember_template(self.store, self.session_id, self._exported_template)
        except Exception as exc:  # noqa: BLE001 - the report is saved; say what was not kept
            QMessageBox.warning(
                self, self.tr("Template not remembered"),
                self.tr("The report was saved, but its template could not be remembered "
                        "for this session: {reason}").format(reason=str(exc)))
            return
        self._fill_templates(select=None)
        index = self.template.findData(SESSION_TEMPLATE)
        self.template.setCurrentIndex(max(0, index))

    def _template_chosen(self) -> None:
        from sessionkit.report.template import TemplateError

        try:
            template = self._load_template()
        except TemplateError as exc:
            self.template.setCurrentIndex(0)
            self._template_refused(str(exc))
            return
        if template is not None and template.paper:  # the template's paper, still changeable
            self.paper.setCurrentIndex(max(0, self.paper.findData(template.paper)))

    def _template_refused(self, reason: str) -> None:
        QMessageBox.warning(self, self.tr("Template refused"),
                            self.tr("This report template cannot be used: {reason}")
                            .format(reason=reason))

    def browse_template(self) -> None:
        from sessionkit.report.template import TemplateError, install_template

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a report template"), self._documents(),
            self.tr("Report templates (*.toml)"))
        if not path:
            return
        try:
            kept = install_template(path, self.data_dir)
        except TemplateError as exc:
            self._template_refused(str(exc))
            return
        self._fill_templates(select=kept)
        self._template_chosen()

    # -- options ------------------------------------------------------------------------
    def options(self) -> dict:
        sections = [k for k, cb in self.section_boxes.items() if cb.isChecked()]
        if self.annex.isChecked():
            sections.append("annex")
        return {"sections": frozenset(sections), "paper": self.paper.currentData(),
                "include_annex": self.annex.isChecked(),
                "language": self.language.currentData()}

    def destination(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        if not path.suffix:
            path = path.with_suffix("." + self.current_format().extension)
        return path

    def _update_buttons(self) -> None:
        running = self.worker is not None
        anything = self.annex.isChecked() or any(
            cb.isChecked() for cb in self.section_boxes.values())
        self.export_button.setEnabled(not running and anything)
        for w in (self.format, self.path_edit, self.browse_button, self.paper, self.language,
                  self.template, self.template_browse, self.annex, *self.section_boxes.values()):
            w.setEnabled(not running)

    # -- running ------------------------------------------------------------------------
    def start_export(self) -> ExportReportWorker | None:
        if self.worker is not None:
            return None
        if not self.path_edit.text().strip():
            self._error(self.tr("Choose a file to save the report to."))
            return None
        path = self.destination()
        from sessionkit.interchange.files import DestinationRefused, check_destination

        try:  # the same guard as the CLI: never over SessionKit's own files or a device
            check_destination(path, self.data_dir, "report")
        except DestinationRefused as exc:
            self._set_status(self.tr("The report was not exported."))
            self._error(self.tr("The report could not be exported: {reason}")
                        .format(reason=str(exc)))
            return None
        from sessionkit.report.template import TemplateError

        try:  # checked again now: the file may have changed since it was chosen
            template = self._load_template()
        except TemplateError as exc:
            self._set_status(self.tr("The report was not exported."))
            self._error(self.tr("The report could not be exported: {reason}")
                        .format(reason=str(exc)))
            return None
        self.result = None
        self._cancelling = False
        self._exported_template = template
        worker = ExportReportWorker(self.data_dir, self.session_id, path,
                                    self.current_format().name,
                                    options={**self.options(), "template": template})
        worker.setAutoDelete(False)
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        worker.signals.cancelled.connect(self._cancelled)
        self.worker = worker
        self.progress.setRange(0, 0)  # busy until the first step reports
        self.progress.setVisible(True)
        for w in (self.open_button, self.folder_button, self.warnings):
            w.setVisible(False)
        self._set_status(self.tr("Exporting the report to {path}…").format(path=str(path)))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update_buttons()
        self.pool.start(worker)
        return worker

    def is_running(self) -> bool:
        return self.worker is not None

    def cancel_export(self) -> None:
        if self.worker is not None:
            self._cancelling = True
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self._set_status(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(min(done, max(1, total)))

    def _done(self) -> None:
        self.worker = None
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(True)
        self._update_buttons()

    def _finished(self, result) -> None:
        self._done()
        self.result = result
        path = Path(getattr(result, "path", self.destination()))
        if self.settings is not None:
            self.settings.setValue(FOLDER_KEY, str(path.parent))
            self.settings.setValue(FORMAT_KEY, self.current_format().name)
            if self.template.currentData() != SESSION_TEMPLATE:
                self.settings.setValue(TEMPLATE_KEY, Path(self.template.currentData()).name
                                       if self.template.currentData() else "")
            self.settings.sync()
        self._remember_paper()
        self._remember_template()
        self._set_status(self.tr("Report saved: {path}").format(path=str(path)))
        warnings = list(getattr(result, "warnings", []) or [])
        if warnings:
            self.warnings.setPlainText(
                self.tr("⚠ Warnings ({n}):").format(n=len(warnings)) + "\n"
                + "\n".join(warning_text(w) for w in warnings))
            self.warnings.setVisible(True)
            self._keep_on_screen_soon()
        self.open_button.setVisible(True)
        self.folder_button.setVisible(True)
        self.cancel_button.setText(self.tr("Close"))
        self.open_button.setFocus()

    def _cancelled(self) -> None:
        self._done()
        self._set_status(self.tr("Export cancelled; the file at the destination was not "
                                 "changed."))

    def _remember_paper(self) -> None:
        from sessionkit.services import preferences as prefs_file

        try:  # the report is written; a preference that cannot be kept is no error for it
            prefs_file.update(self.data_dir, report_paper=self.paper.currentData())
        except (prefs_file.PreferencesError, ValueError) as exc:
            import logging

            logging.getLogger(__name__).warning("%s", exc)

    def _failed(self, message: str) -> None:
        self._done()
        self._set_status(self.tr("The report was not exported."))
        self._error(self.tr("The report could not be exported: {reason}")
                    .format(reason=message))

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(True)
        self._keep_on_screen_soon()

    def _keep_on_screen_soon(self) -> None:
        # a status line or the warnings make the dialog taller: once the layout has
        # grown it, bring it back inside the screen
        QTimer.singleShot(0, lambda: keep_on_screen(self) if self.isVisible() else None)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._keep_on_screen_soon()

    def _error(self, text: str) -> None:
        QMessageBox.critical(self, self.tr("Report not exported"), text)

    # -- after ----------------------------------------------------------------------------
    def open_result(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path)))

    def show_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result.path).parent)))

    def reject(self) -> None:
        # Cancel (or Escape) while exporting cancels the export; otherwise it closes.
        if self.worker is not None:
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.worker is not None:
            self.cancel_export()
            event.ignore()
            return
        super().closeEvent(event)


def open_export_dialog(window) -> ExportReportDialog:
    """File → Export report… on the main window: one dialog, not modal."""
    dialog = getattr(window, "export_dialog", None)
    if dialog is None or dialog.session_id != window.ctx.session_id:
        dialog = ExportReportDialog(window.ctx.data_dir, window.ctx.session_id,
                                    window.ctx.session.code, settings=window.settings,
                                    parent=window, store=window.ctx.store)
        window.export_dialog = dialog
    elif not dialog.isVisible():
        # kept from an earlier export, whose end left the focus on Open: start again at
        # the format, as the first time, so Home/End and typing choose a format
        dialog.format.setFocus()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
