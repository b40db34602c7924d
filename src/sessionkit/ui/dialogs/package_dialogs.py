"""File → Export package… / Merge package…: session packages from the app.

Both dialogs take the Store, run the work on a QThreadPool worker with a store
connection of its own, and end with a plain-language summary of what changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sessionkit.store import Store
from sessionkit.ui.dialogs.import_dialog import StoreJob, data_dir_of


class _JobDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None, pool: QThreadPool | None):
        super().__init__(parent)
        self.store = store
        self.pool = pool or QThreadPool.globalInstance()
        self._jobs: list[StoreJob] = []

    def _run(self, fn, done, failed) -> StoreJob:
        job = StoreJob(data_dir_of(self.store), self.store, fn)
        self._jobs.append(job)
        job.signals.finished.connect(lambda r, j=job: (self._jobs.remove(j), done(r)))
        job.signals.failed.connect(lambda m, j=job: (self._jobs.remove(j), failed(m)))
        self.pool.start(job)
        return job

    def busy(self) -> bool:
        return bool(self._jobs)


class ExportPackageDialog(_JobDialog):
    """Choose a session and a file; writes the package atomically."""

    exported = Signal(object)  # Path

    def __init__(self, store: Store, parent: QWidget | None = None,
                 session_id: str | None = None, pool: QThreadPool | None = None):
        super().__init__(store, parent, pool)
        self.setWindowTitle(self.tr("Export session package"))
        self.sessions = QComboBox()
        for s in store.sessions.list():
            self.sessions.addItem(f"{s.code} — {s.title}", s.id)
        if session_id is not None:
            i = self.sessions.findData(session_id)
            if i >= 0:
                self.sessions.setCurrentIndex(i)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Package file"))
        self.path_edit.setPlaceholderText(self.tr("Where to save the package"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Session:"), self.sessions)
        form.addRow(self.tr("File:"), row)
        self.explain = QLabel(self.tr(
            "One file with the session, its people, agenda, outcomes and every note. "
            "Send it by USB, e-mail or a synced folder; the organisers merge it with "
            "File → Merge package…"))
        self.explain.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self._suggest()
        self.sessions.currentIndexChanged.connect(self._suggest)

    def _suggest(self) -> None:
        code = self.sessions.currentText().split(" — ", 1)[0] or "session"
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in code)
        self.path_edit.setText(str(Path.home() / f"SessionKit-{safe}.sessionkit.json"))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export session package"), self.path_edit.text(),
            self.tr("SessionKit packages (*.sessionkit.json);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    def start_export(self) -> StoreJob | None:
        from sessionkit.services.packages import export_package

        session_id = self.sessions.currentData()
        text = self.path_edit.text().strip()
        if not session_id or not text:
            self.result.setText(self.tr("Choose a session and a file first."))
            return None
        path = Path(text)
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + ".sessionkit.json")
        from sessionkit.interchange.files import DestinationRefused, check_destination

        try:  # the same guard as the CLI: never over SessionKit's own files or a device
            check_destination(path, data_dir_of(self.store), "package")
        except DestinationRefused as exc:
            self._failed(str(exc))
            return None
        self.export_button.setEnabled(False)
        self.result.setText(self.tr("Exporting…"))
        return self._run(lambda store, progress: export_package(store, session_id, path),
                         self._done, self._failed)

    def _done(self, path) -> None:
        self.export_button.setEnabled(True)
        self.result.setText(self.tr("Package saved: {path}").format(path=str(path)))
        self.exported.emit(Path(path))

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.result.setText(self.tr("The package was not exported: {reason}").format(
            reason=message))


class MergePackagesDialog(_JobDialog):
    """Pick one or more package files; merges them all in one transaction."""

    merged = Signal(object)  # list[MergeReport]

    def __init__(self, store: Store, parent: QWidget | None = None,
                 paths: list[str | Path] | None = None, pool: QThreadPool | None = None):
        super().__init__(store, parent, pool)
        self.setWindowTitle(self.tr("Merge session packages"))
        self.resize(640, 420)
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Packages to merge"))
        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self.choose_files)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.files.clear)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(clear)
        row.addStretch(1)
        self.explain = QLabel(self.tr(
            "Merging adds notes you don't have, takes the newest edit of each note and "
            "respects deletions. Merging a package twice, or in any order, gives the "
            "same result."))
        self.explain.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(self.tr("Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.merge_button.clicked.connect(self.start_merge)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.files, 1)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        for p in paths or []:
            self.files.addItem(str(p))

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Merge session packages"), "",
            self.tr("SessionKit packages (*.sessionkit.json *.json);;All files (*)"))
        for p in paths:
            self.files.addItem(p)

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def start_merge(self) -> StoreJob | None:
        from sessionkit.interchange.package import read_package
        from sessionkit.services.packages import merge

        paths = self.paths()
        if not paths:
            self.summary.setText(self.tr("Add at least one package file."))
            return None

        def work(store, progress):
            packages = [(p.name, read_package(p)) for p in paths]  # all checked first
            with store.atomic():
                return [merge(store, pkg, file_name=name) for name, pkg in packages]

        self.merge_button.setEnabled(False)
        self.summary.setText(self.tr("Merging…"))
        return self._run(work, self._done, self._failed)

    def _done(self, reports) -> None:
        self.merge_button.setEnabled(True)
        lines = []
        for r in reports:
            lines.append(self.tr(
                "{file}: session {code}{new} — notes: {added} added, {updated} updated, "
                "{deleted} deleted, {unchanged} unchanged").format(
                file=r.file_name, code=r.session_code,
                new=self.tr(" (new here)") if r.session_added else "",
                added=r.notes_added, updated=r.notes_updated, deleted=r.notes_deleted,
                unchanged=r.notes_unchanged))
            if r.notes_in_conflict:
                lines.append(self.tr(
                    "⚠ {n} notes were edited on two laptops at once: both versions are kept "
                    "(the other one is in the note's history)").format(n=r.notes_in_conflict))
        if not any(r.changed_anything for r in reports):
            lines.append(self.tr("Nothing new: everything in these packages was already here."))
        self.summary.setText("\n".join(lines))
        self.merged.emit(reports)

    def _failed(self, message: str) -> None:
        self.merge_button.setEnabled(True)
        self.summary.setText(self.tr("Nothing was merged: {reason}").format(reason=message))
