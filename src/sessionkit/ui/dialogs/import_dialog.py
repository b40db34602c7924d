"""File → Import schedule…: preview a programme, pick events, import on a worker.

The dialog takes the Store. Reading the file and planning (what is new, changed,
unchanged, edited here) run on a QThreadPool worker with their own store
connection, and so does the import itself, with progress. Nothing is written
until the user presses Import; a failed import changes nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sessionkit.store import Store
from sessionkit.ui.models.schedule_events import TICK_ALL_UP_TO, EventsFilter, EventsModel


# The readers (Qt-free, interchange/) write their warnings in English; these are the
# same sentences for translation. The pattern must match the reader's whole message;
# one that matches none is shown as the reader wrote it.
_WHERE = r"(?P<event>an event|event .+?|entry .+?)"  # "entry": an Indico timetable entry
_WARNINGS = [
    (r"the schedule gives no time zone; its times were read as UTC \(choose the "
     r"conference's time zone to correct them\)",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "The schedule gives no time zone; its times were read as UTC (enter the conference's time "
         "zone above to correct them).")),
    (r"the schedule gives no time zone; times without one were read as UTC",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "The schedule gives no time zone; times without one were read as UTC.")),
    (r"the calendar gives no time zone for some events; they were read as UTC",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "The calendar gives no time zone for some events; they were read as UTC.")),
    (r"the schedule's time zone (?P<tz>.+) is unknown; the events' own UTC offsets were used",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "The schedule's time zone {tz} is unknown; the events' own UTC offsets were used.")),
    (r"the schedule's time zone (?P<tz>.+) is unknown; its times were read as UTC",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "The schedule's time zone {tz} is unknown; its times were read as UTC (enter the "
         "conference's time zone above to correct them).")),
    (r"the schedule's time zone (?P<tz>.+) is unknown",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "The schedule's time zone {tz} is unknown.")),
    (r"(?P<n>\d+) events give a UTC offset that differs from the schedule's time zone "
     r"(?P<tz>\S+); their exact instants were kept and shown in (?P=tz)",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{n} events give a UTC offset that differs from the schedule's time zone {tz}; their "
         "exact instants were kept and shown in {tz}.")),
    (_WHERE + r": it ends before it starts; the end time was left empty",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: it ends before it starts; the end time was left empty.")),
    (_WHERE + r": the duration (?P<value>.+) was not understood; the end time was left empty",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: the duration {value} was not understood; the end time was left empty.")),
    (_WHERE + r": the duration was not understood; the end time was left empty",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: the duration was not understood; the end time was left empty.")),
    (_WHERE + r": skipped: it has no title",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: skipped, it has no title.")),
    (_WHERE + r": skipped: it has no SUMMARY \(title\)",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: skipped, it has no SUMMARY (title).")),
    (_WHERE + r": skipped: it has no usable date and start time",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: skipped, it has no usable date and start time.")),
    (_WHERE + r": skipped: it has no usable DTSTART",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: skipped, it has no usable DTSTART.")),
    (_WHERE + r": skipped: its DTSTART is not a date or time",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: skipped, its DTSTART is not a date or time.")),
    (_WHERE + r": skipped: it is not an object",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: skipped, it is not an object.")),
    (_WHERE + r": skipped: it has no usable startDate",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: skipped, it has no usable start date.")),
    (_WHERE + r": skipped: it has no usable start",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: skipped, it has no usable start.")),
    (_WHERE + r": skipped: its date \(year (?P<year>[^)]+)\) is outside the years "
     r"(?P<first>\d+)-(?P<last>\d+)",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: skipped, its date (year {year}) is outside the years {first}–{last}.")),
    (_WHERE + r": skipped: its date or time cannot be read",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: skipped, its date or time cannot be read.")),
    (_WHERE + r": skipped: it is marked (?P<state>\w+)",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: skipped, the schedule marks it {state}.")),
    (_WHERE + r": skipped: its entryType (?P<value>.+) is not Session, Contribution or Break",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: skipped, its entryType {value} is not Session, Contribution or Break.")),
    (_WHERE + r": its end \(year (?P<year>[^)]+)\) is outside the years (?P<first>\d+)-"
     r"(?P<last>\d+); the end time was left empty",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: its end (year {year}) is outside the years {first}–{last}; the end time was "
         "left empty.")),
    (_WHERE + r": the duration is too long; the end time was left empty",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}: the duration is too long; the end time was left empty.")),
    (_WHERE + r", part (?P<part>.+?): left out of the agenda: it has no title",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}, part {part}: left out of the agenda, it has no title.")),
    (_WHERE + r", part (?P<part>.+?): left out of the agenda: it is not an object",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}, part {part}: left out of the agenda, it is not an object.")),
    (_WHERE + r", part (?P<part>.+?): left out of the agenda: its date \(year (?P<year>[^)]+)\) "
     r"is outside the years (?P<first>\d+)-(?P<last>\d+)",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "{event}, part {part}: left out of the agenda, its date (year {year}) is outside the "
         "years {first}–{last}.")),
    (r"the timetable gives no time zone; times without one were read as UTC",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "The timetable gives no time zone; times without one were read as UTC.")),
    (r"Indico event (?P<id>.+?): skipped: its timetable is not an object",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "Indico event {id}: skipped, its timetable is not an object.")),
    (r"day (?P<day>.+?): skipped: its entries are not an object",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "Day {day}: skipped, its entries are not an object.")),
    (r"event (?P<code>.+) \((?P<title>.+)\) appears more than once in the file; the copy was "
     r"ignored",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "Event {code} ({title}) appears more than once in the file; the copy was ignored.")),
    (r"event (?P<code>.+) \((?P<title>.+)\) appears more than once in the file; the later, "
     r"different one was ignored",
     QT_TRANSLATE_NOOP(
         "ImportDialog",
         "Event {code} ({title}) appears more than once in the file; the later, different one was "
         "ignored.")),
]


def translate_warning(message: str) -> str:
    """A reader's English warning in the UI language (as written when not recognised)."""
    t = QCoreApplication.translate
    for pattern, template in _WARNINGS:
        m = re.fullmatch(pattern, message, flags=re.DOTALL)
        if m is None:
            continue
        values = m.groupdict()
        event = values.get("event")
        if event is not None:  # "event 12" / "an event": the word itself is translated
            if event == "an event":
                values["event"] = t("ImportDialog", "An event")
            elif event.startswith("entry "):
                values["event"] = t("ImportDialog", "Entry {id}").format(
                    id=event[len("entry "):])
            else:
                values["event"] = t("ImportDialog", "Event {id}").format(
                    id=event[len("event "):])
        return t("ImportDialog", template).format(**values)
    return message


class WorkerSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)


class StoreJob(QRunnable):
    """Run ``fn(store, progress)`` with a store connection of its own."""

    def __init__(self, data_dir: Path | None, store: Store, fn):
        super().__init__()
        preload_modules()
        self.data_dir = data_dir
        self.shared_store = store
        self.fn = fn
        self.signals = WorkerSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            self._run()
        except RuntimeError:
            pass  # the dialog (and its signals) went away while this ran: nothing to tell

    def _progress(self, done: int, total: int) -> None:
        try:
            self.signals.progress.emit(done, total)
        except RuntimeError:
            pass  # nobody is watching any more; the work itself goes on

    def _run(self) -> None:
        from sessionkit.interchange.package import PackageError
        from sessionkit.interchange.schedule import ScheduleError
        from sessionkit.store import StoreError

        own = None
        try:
            if self.data_dir is not None:
                own = Store.open(self.data_dir)
            store = own or self.shared_store
            result = self.fn(store, self._progress)
        except (ScheduleError, PackageError, StoreError, OSError) as exc:
            self.signals.failed.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a bug: tell the user, never crash
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        finally:
            if own is not None:
                own.close()
        self.signals.finished.emit(result)


def preload_modules() -> None:
    """Import what the workers use on the UI thread, once, so that module imports
    (and shiboken's import hook) never run on a worker thread."""
    import sessionkit.interchange.frab_json  # noqa: F401
    import sessionkit.interchange.frab_xml  # noqa: F401
    import sessionkit.interchange.ical  # noqa: F401
    import sessionkit.interchange.indico  # noqa: F401
    import sessionkit.interchange.schedule_v2  # noqa: F401
    import sessionkit.interchange.package  # noqa: F401
    import sessionkit.services.importing  # noqa: F401
    import sessionkit.services.packages  # noqa: F401


def data_dir_of(store: Store) -> Path | None:
    return Path(store.path).parent if getattr(store, "path", None) else None


class ImportScheduleDialog(QDialog):
    """Preview → choose → import. ``imported`` carries the ImportReport."""

    imported = Signal(object)
    open_requested = Signal(str)  # a session id: "Open the imported session"

    def __init__(self, store: Store, parent: QWidget | None = None,
                 path: str | Path | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.store = store
        self.pool = pool or QThreadPool.globalInstance()
        self.plan = None
        self.report = None
        self.path: Path | None = None
        self._loading: Path | None = None
        self._jobs: list[StoreJob] = []
        self.setWindowTitle(self.tr("Import schedule"))
        self.resize(980, 620)

        self.file_edit = QLineEdit()
        self.file_edit.setAccessibleName(self.tr("Schedule file"))
        # typeable: paste or type a path and press Enter (or use Choose file…)
        self.file_edit.setPlaceholderText(self.tr("Type or paste the path of a frab/Pentabarf "
                                                  "XML, pretalx or CCC hub JSON, Indico "
                                                  "timetable (JSON or .ics) or .ics file, "
                                                  "then Enter"))
        self.file_edit.installEventFilter(self)
        self.browse_button = QPushButton(self.tr("Choose file…"))
        self.browse_button.clicked.connect(self.choose_file)
        self.tz_edit = QLineEdit()
        self.tz_edit.setAccessibleName(self.tr("Time zone"))
        self.tz_edit.setPlaceholderText(self.tr("e.g. Europe/Brussels"))
        self.tz_edit.setToolTip(self.tr("The conference's time zone, for files that give none"))
        self.tz_edit.editingFinished.connect(self._timezone_changed)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:")))
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.browse_button)
        top.addWidget(QLabel(self.tr("Time zone:")))
        top.addWidget(self.tz_edit)

        self.info = QLabel(self.tr("Choose a schedule file to see its events."))
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings = QPlainTextEdit()
        self.warnings.setReadOnly(True)
        self.warnings.setMaximumHeight(90)
        self.warnings.hide()

        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(self.tr("Filter events"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, room, track, speaker…"))
        self.all_button = QPushButton(self.tr("Select all"))
        self.none_button = QPushButton(self.tr("Select none"))
        self.all_button.clicked.connect(lambda: self._check_visible(True))
        self.none_button.clicked.connect(lambda: self._check_visible(False))
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.all_button)
        bar.addWidget(self.none_button)

        self.model = EventsModel(self)
        self.proxy = EventsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Events in the file"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.installEventFilter(self)  # Space ticks the selected rows, any column
        self.model.dataChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        self.progress = QProgressBar()
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.import_button.setEnabled(False)
        self.open_button = self.buttons.addButton(self.tr("Open the imported session"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.hide()
        self.open_button.clicked.connect(self._open_imported)
        self.imported_ids: list[str] = []

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.warnings)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        if path:
            self.load(Path(path))

    # -- reading ---------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        # Enter in the File field reads the typed path; it must not reach the dialog's
        # default button (that would import the file shown before).
        if obj is self.file_edit and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.load_typed_path()
            return True
        if obj is self.table and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.toggle_selected()
            return True
        return super().eventFilter(obj, event)

    def toggle_selected(self) -> None:
        """Space: tick the selected rows (untick them when all are ticked already)."""
        rows = sorted({self.proxy.mapToSource(i).row()
                       for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.proxy.mapToSource(self.table.currentIndex()).row()]
        if rows:
            self.model.set_all(not all(self.model.checked[r] for r in rows), rows)

    def load_typed_path(self) -> StoreJob | None:
        text = self.file_edit.text().strip().strip('"').strip("'")
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_file():
            self.plan = None
            self._clear_result()
            self.model.set_items([])
            self.info.setText(self.tr("There is no file at {path}.").format(path=str(path)))
            self.warnings.hide()
            return None
        return self.load(path)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import schedule"), "",
            self.tr("Schedules (*.xml *.json *.ics);;All files (*)"))
        if path:
            self.load(Path(path))

    def _timezone_changed(self) -> None:
        if self.path is not None:
            self.load(self.path)

    def load(self, path: Path) -> StoreJob:
        from sessionkit.interchange.schedule import read_schedule
        from sessionkit.services.importing import plan_import

        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.info.setText(self.tr("Reading {name}…").format(name=self.path.name))
        self._clear_result()
        self.model.set_items([])
        self.import_button.setEnabled(False)
        self.progress.hide()  # the last import's 100 % is not this file's
        tz = self.tz_edit.text().strip()

        path = self.path
        self._loading = path

        def work(store, progress):
            parsed = read_schedule(path, default_timezone=tz)
            return plan_import(store, parsed, None, file_name=path.name)

        def loaded(plan):
            if self._loading == path:  # a file chosen later wins
                self._loaded(plan)

        def failed(message):
            if self._loading == path:
                self._load_failed(message)

        return self._run(work, loaded, failed)

    def _clear_result(self) -> None:
        """Another file: the last import's result and its offer to open what it imported
        are not this file's."""
        self.report = None
        self.imported_ids = []
        self.open_button.setDefault(False)
        self.open_button.hide()

    def _loaded(self, plan) -> None:
        self.plan = plan
        parsed = plan.schedule
        self.model.set_items(sorted(plan.items, key=lambda i: (
            i.event.start is None, i.event.start.timestamp() if i.event.start else 0,
            i.event.room, i.event.title)))
        self.table.resizeColumnsToContents()
        for col in (4, 5):  # long room/track names must not squeeze the titles
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 180))
        counts = {a: plan.count(a) for a in ("add", "change", "unchanged", "kept_local_edits")}
        text = self.tr("{title} — {n} events, time zone {tz}. New: {add}, changed: {change}, "
                       "unchanged: {unchanged}, edited here (kept): {kept}.").format(
            title=parsed.title or self.path.name, n=len(parsed.events),
            tz=parsed.timezone or self.tr("not given"), add=counts["add"],
            change=counts["change"], unchanged=counts["unchanged"],
            kept=counts["kept_local_edits"])
        if plan.removed:
            text += " " + self.tr("{n} sessions imported before are no longer in the file "
                                  "(they stay, with their notes).").format(n=len(plan.removed))
        self.info.setText(text)
        if len(self.model.items) > TICK_ALL_UP_TO:
            text += " " + self.tr("Tick the events to import: Space ticks the selected rows, "
                                  "Select all ticks every event shown.")
        self.info.setText(text)
        if parsed.warnings:
            self.warnings.setPlainText("\n".join(translate_warning(w) for w in parsed.warnings))
            self.warnings.show()
        else:
            self.warnings.hide()

    def _load_failed(self, message: str) -> None:
        self.plan = None
        self.info.setText(self.tr("This file cannot be imported: {reason}").format(
            reason=message))
        self.warnings.hide()

    # -- choosing ------------------------------------------------------------------------
    def _check_visible(self, checked: bool) -> None:
        rows = [self.proxy.mapToSource(self.proxy.index(r, 0)).row()
                for r in range(self.proxy.rowCount())]
        self.model.set_all(checked, rows)

    def _update_buttons(self, *args) -> None:
        n = len(self.model.chosen())
        self.import_button.setEnabled(n > 0 and self.plan is not None)
        self.import_button.setText(self.tr("Import {n} sessions").format(n=n) if n
                                   else self.tr("Import"))

    # -- importing -------------------------------------------------------------------------
    def start_import(self) -> StoreJob | None:
        from sessionkit.services.importing import ImportPlan, apply_plan

        if self.plan is None:
            return None
        chosen = self.model.chosen()
        if not chosen:
            return None
        everything = len(chosen) == len(self.model.items)
        plan = ImportPlan(schedule=self.plan.schedule, items=chosen,
                          removed=self.plan.removed if everything else [],
                          file_name=self.plan.file_name)
        self.import_button.setEnabled(False)
        self.browse_button.setEnabled(False)
        self.progress.setRange(0, len(chosen))
        self.progress.setValue(0)
        self.progress.show()
        return self._run(lambda store, progress: apply_plan(store, plan, progress=progress),
                         self._import_done, self._import_failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _import_done(self, report) -> None:
        self.report = report
        self.progress.setValue(self.progress.maximum())
        self.info.setText(self.tr("Imported: {added} new, {changed} updated, {unchanged} "
                                  "unchanged, {kept} kept with your edits.").format(
            added=len(report.added), changed=len(report.changed),
            unchanged=len(report.unchanged), kept=len(report.kept_local_edits)))
        self.close_button.setText(self.tr("Close"))
        self.browse_button.setEnabled(True)
        self.model.mark_imported(report)
        self.imported_ids = self._imported_ids(report)
        if len(self.imported_ids) == 1:
            code = self.store.sessions.get(self.imported_ids[0]).code
            self.open_button.setText(self.tr("Open “{code}”").format(code=code))
        else:
            self.open_button.setText(self.tr("Open one of them…"))
        self.open_button.setVisible(bool(self.imported_ids))
        if self.imported_ids:
            self.open_button.setDefault(True)
            self.open_button.setFocus()
        self.imported.emit(report)

    def _imported_ids(self, report) -> list[str]:
        """The sessions this import wrote or found, by code, as the store has them now."""
        from sessionkit.store import NotFound

        ids = []
        for code in (*report.added, *report.changed, *report.unchanged,
                     *report.kept_local_edits):
            try:
                sid = self.store.sessions.find(code).id
            except NotFound:
                continue
            if sid not in ids:
                ids.append(sid)
        return ids

    def _open_imported(self) -> None:
        sid = self.imported_ids[0] if len(self.imported_ids) == 1 else None
        if sid is None:
            from sessionkit.ui.editors.session_switcher import SessionSwitcherDialog

            chooser = SessionSwitcherDialog(self.store, None, self,
                                            only_ids=set(self.imported_ids))
            if not chooser.exec() or not chooser.session_id:
                return
            sid = chooser.session_id
        self.accept()
        self.open_requested.emit(sid)

    def _import_failed(self, message: str) -> None:
        self.progress.hide()
        self.browse_button.setEnabled(True)
        self._update_buttons()
        self.info.setText(self.tr("Nothing was imported: {reason}").format(reason=message))

    # -- workers -----------------------------------------------------------------------------
    def _run(self, fn, done, failed, progress=None) -> StoreJob:
        job = StoreJob(data_dir_of(self.store), self.store, fn)
        self._jobs.append(job)

        def finish(result, j=job):
            if j in self._jobs:
                self._jobs.remove(j)
            done(result)

        def fail(message, j=job):
            if j in self._jobs:
                self._jobs.remove(j)
            failed(message)

        job.signals.finished.connect(finish)
        job.signals.failed.connect(fail)
        if progress is not None:
            job.signals.progress.connect(progress)
        self.pool.start(job)
        return job

    def busy(self) -> bool:
        return bool(self._jobs)
