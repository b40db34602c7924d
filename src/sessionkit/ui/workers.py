"""Work that must not run on the UI thread (exports), as QRunnables on QThreadPool.

This module is imported when the export dialog first opens, not at start-up; the
renderers (ReportLab, python-docx) load later still, when an export runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from sessionkit.services.reports import ReportCancelled, ReportError, export_report
from sessionkit.store import Store, StoreError


class WorkerSignals(QObject):
    finished = Signal(object)  # the service's result
    failed = Signal(str)  # one line for the user
    progress = Signal(int, int)  # done, total
    cancelled = Signal()  # cancel() was honoured: nothing was written


class StoreJob(QRunnable):
    """``fn(store, progress)`` on a store connection of its own (WAL lets it read beside
    the UI); ``progress`` returns False once cancel() is called, which the export
    services honour between steps. Its signals say how it ended, in one sentence."""

    def __init__(self, data_dir: Path, fn=None):
        super().__init__()
        self.data_dir = Path(data_dir)
        self.fn = fn
        self._cancel = False
        self.signals = WorkerSignals()

    def cancel(self) -> None:
        """Stop at the next step (any thread): the file at the destination stays as it was."""
        self._cancel = True

    def work(self, store, progress):
        return self.fn(store, progress)

    def _progress(self, done: int, total: int) -> bool:
        try:
            self.signals.progress.emit(done, total)
        except RuntimeError:  # the dialog went away; the work itself goes on
            pass
        return not self._cancel

    def run(self) -> None:
        try:
            self._run()
        except RuntimeError:
            pass  # the dialog (and its signals) went away while this ran

    def _run(self) -> None:
        if self._cancel:
            self.signals.cancelled.emit()
            return
        store = None
        try:
            store = Store.open(self.data_dir)
            result = self.work(store, self._progress)
        except ReportCancelled:
            self.signals.cancelled.emit()
            return
        except (ReportError, StoreError, OSError, ValueError) as exc:
            self.signals.failed.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a bug: still tell the user, never crash
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        finally:
            if store is not None:
                store.close()
        self.signals.finished.emit(result)


class ExportReportWorker(StoreJob):
    """Export a report."""

    def __init__(self, data_dir: Path, session_id: str, path: Path, fmt: str,
                 options=None):
        """``fmt`` is a name from sessionkit.report.formats; without ``options``, the
        report is in the report language chosen in File → Settings…"""
        super().__init__(data_dir)
        self.session_id = session_id
        self.path = Path(path)
        self.fmt = fmt
        if options is None:
            from sessionkit.ui.preferences import report_options
            options = report_options(self.data_dir)
        self.options = options

    def work(self, store, progress):
        return export_report(store, self.session_id, self.path, fmt=self.fmt,
                             options=self.options, progress=progress)
