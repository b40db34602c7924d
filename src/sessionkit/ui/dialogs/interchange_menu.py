"""File-menu actions for schedules, packages and calendars, added to a main window.

``install(window)`` needs only ``window.menu("file")``, ``window.quit_action`` (optional)
and ``window.ctx`` (the SessionContext); the dialogs do the work.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

# The dialogs are imported when first opened, not at start-up (benchmarks/README.md).
if TYPE_CHECKING:
    from sessionkit.ui.dialogs.import_dialog import ImportScheduleDialog, StoreJob
    from sessionkit.ui.dialogs.package_dialogs import ExportPackageDialog, MergePackagesDialog


def t(text: str) -> str:  # one context lupdate can see (window.tr hid it)
    return QCoreApplication.translate("InterchangeActions", text)


class InterchangeActions:
    def __init__(self, window):
        self.window = window
        self.ctx = window.ctx
        menu = window.menu("file")
        before = getattr(window, "quit_action", None)
        self.import_action = QAction(t("&Import schedule…"), window)
        self.import_action.triggered.connect(self.import_schedule)
        self.export_package_action = QAction(t("Export &package…"), window)
        self.export_package_action.triggered.connect(self.export_package)
        self.merge_action = QAction(t("&Merge package…"), window)
        self.merge_action.triggered.connect(self.merge_packages)
        self.calendar_action = QAction(t("Export agenda as &calendar (.ics)…"), window)
        self.calendar_action.triggered.connect(self.export_calendar)
        actions = [self.import_action, self.export_package_action, self.merge_action,
                   self.calendar_action]
        if before is not None:
            for a in actions:
                menu.insertAction(before, a)
            menu.insertSeparator(before)
        else:
            menu.addSeparator()
            for a in actions:
                menu.addAction(a)
        self._jobs: list[StoreJob] = []

    def _flush(self) -> None:
        flush = getattr(self.window, "flush", None)
        if callable(flush):
            flush()

    def import_schedule(self) -> ImportScheduleDialog:
        from sessionkit.ui.dialogs.import_dialog import ImportScheduleDialog

        dialog = ImportScheduleDialog(self.ctx.store, self.window)
        dialog.imported.connect(lambda report: self.window.statusBar().showMessage(
            t("Schedule imported: {n} new, {c} updated sessions").format(
                n=len(report.added), c=len(report.changed)), 10000))
        dialog.open()
        if hasattr(self.ctx, "reload_bundle"):
            dialog.imported.connect(lambda report: self.ctx.reload_bundle())
        dialog.open_requested.connect(self._open_imported)
        return dialog

    def _open_imported(self, session_id: str) -> None:
        from sessionkit.ui.editors.session_switcher import open_session

        open_session(self.window, session_id)

    def export_package(self) -> ExportPackageDialog:
        from sessionkit.ui.dialogs.package_dialogs import ExportPackageDialog

        self._flush()
        dialog = ExportPackageDialog(self.ctx.store, self.window, session_id=self.ctx.session_id)
        dialog.open()
        return dialog

    def merge_packages(self) -> MergePackagesDialog:
        from sessionkit.ui.dialogs.package_dialogs import MergePackagesDialog

        self._flush()
        dialog = MergePackagesDialog(self.ctx.store, self.window)
        dialog.merged.connect(self._after_merge)
        dialog.open()
        return dialog

    def _after_merge(self, reports) -> None:
        if any(r.session_id == self.ctx.session_id for r in reports):
            self.ctx.reload_bundle()
            self.ctx.notes_changed.emit()
            self.ctx.outcomes_changed.emit()

    def export_calendar(self) -> None:
        from sessionkit.interchange.files import (
            DestinationRefused,
            check_destination,
            write_atomic,
        )
        from sessionkit.interchange.ics_export import CalendarExportError, build_calendar
        from sessionkit.ui.dialogs.import_dialog import StoreJob, data_dir_of

        self._flush()
        s = self.ctx.session
        suggested = str(Path.home() / f"SessionKit-{s.code}.ics")
        path, _ = QFileDialog.getSaveFileName(self.window, t("Export calendar"),
                                              suggested,
                                              t("iCalendar (*.ics)"))
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".ics")
        sid = s.id
        data_dir = data_dir_of(self.ctx.store)
        try:  # the same guard as the CLI: never over SessionKit's own files or a device
            check_destination(target, data_dir, "calendar")
        except DestinationRefused as exc:
            QMessageBox.warning(self.window, t("Calendar not exported"), str(exc))
            return

        def work(store, progress):
            try:
                return write_atomic(target, build_calendar(store.load_bundle(sid)),
                                    data_dir, "calendar")
            except CalendarExportError as exc:
                raise OSError(str(exc)) from None

        job = StoreJob(data_dir_of(self.ctx.store), self.ctx.store, work)
        self._jobs.append(job)
        job.signals.finished.connect(lambda p, j=job: (
            self._jobs.remove(j), self.window.statusBar().showMessage(
                t("Calendar saved: {path}").format(path=str(p)), 10000)))
        job.signals.failed.connect(lambda m, j=job: (
            self._jobs.remove(j), QMessageBox.warning(
                self.window, t("Calendar not exported"), m)))
        (getattr(self.window, "pool", None) or QThreadPool.globalInstance()).start(job)


def install(window) -> InterchangeActions:
    actions = InterchangeActions(window)
    window.interchange_actions = actions
    return actions
