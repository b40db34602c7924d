"""File → Secretariat view…: every session in one table, with how far each has come.

A window of its own (not a dialog of the main window): the main window is replaced
when another session opens, and the table stays while the secretariat opens one
session after another from it. It does not keep the app running once the last main
window is closed. Opening a session goes the way Session → Open… goes
(``session_switcher.open_session``: the draft saved, a live run asked about first).
The figures are read again when the data file changes (another connection's commit,
this one's writes, a report exported): checked every 3 s while the view is the active
window, every 15 s while it is shown behind another, and at once when it comes forward.
"""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sessionkit.services import report_exports, secretariat
from sessionkit.ui.secretariat.model import KEYS, SecretariatFilter, SecretariatModel

POLL_MS = 3000  # while the secretariat looks at the view
# while another window is in front (a rapporteur typing on the same laptop: the drafts
# change the data file all the time, and 200 sessions × 200 notes take ~0.1 s to count)
POLL_IDLE_MS = 15000


def t(text: str) -> str:
    return QCoreApplication.translate("SecretariatView", text)


def _status_labels() -> list[tuple[str | None, str]]:
    return [(None, t("Any status")),
            ("report_not_exported", t("Report not exported (or out of date)")),
            ("actions_incomplete", t("Actions without owner or due date")),
            ("outcomes_open", t("Outcomes with no status yet"))]


def proceedings_available() -> bool:
    """Whether this SessionKit can export proceedings (the feature may be absent)."""
    try:
        return importlib.util.find_spec("sessionkit.services.proceedings") is not None
    except (ImportError, ValueError):
        return False


class SecretariatWindow(QWidget):
    def __init__(self, store, data_dir, origin=None):
        super().__init__(None)
        self.setObjectName("secretariatWindow")
        self.setWindowTitle(t("SessionKit — Secretariat view"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        # closing it never keeps the app alive once the main window is gone
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.store = store
        self.data_dir = data_dir
        self.origin = origin  # the main window it was opened from (replaced on a switch)
        self._seen = None
        self.error: str | None = None

        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.day_combo = self._combo("secretariatDay", t("Day"))
        self.track_combo = self._combo("secretariatTrack", t("Track"))
        self.status_combo = self._combo("secretariatStatus", t("Status"))
        for key, label in _status_labels():
            self.status_combo.addItem(label, key)
        self.find_box = QLineEdit()
        self.find_box.setObjectName("secretariatFind")
        self.find_box.setAccessibleName(t("Find sessions"))
        self.find_box.setPlaceholderText(t("Code, title, room or track"))
        self.find_box.setClearButtonEnabled(True)
        for text, widget, stretch in ((t("&Day:"), self.day_combo, 0),
                                      (t("&Track:"), self.track_combo, 0),
                                      (t("&Show:"), self.status_combo, 0),
                                      (t("&Find:"), self.find_box, 1)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, stretch)
        layout.addLayout(filters)

        self.model = SecretariatModel(parent=self)
        self.proxy = SecretariatFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("secretariatTable")
        self.table.setAccessibleName(t("Sessions"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(KEYS.index("when"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, to the buttons
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(KEYS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.activated.connect(self.open_index)  # Enter, and a double click
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("secretariatCount")
        bottom.addWidget(self.count_label, 1)
        self.proceedings_button = QPushButton(t("Export &proceedings…"))
        self.proceedings_button.setObjectName("secretariatProceedings")
        self.proceedings_button.clicked.connect(self.export_proceedings)
        bottom.addWidget(self.proceedings_button)
        self.open_button = QPushButton(t("&Open session"))
        self.open_button.setObjectName("secretariatOpen")
        self.open_button.clicked.connect(self.open_current)
        bottom.addWidget(self.open_button)
        self.close_button = QPushButton(t("Close"))
        self.close_button.clicked.connect(self.close)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self.find_box.textChanged.connect(lambda text: self._refilter(words=text))
        self.find_box.returnPressed.connect(self._find_return)
        self.day_combo.currentIndexChanged.connect(
            lambda _i: self._refilter(day=self.day_combo.currentData()))
        self.track_combo.currentIndexChanged.connect(
            lambda _i: self._refilter(track=self.track_combo.currentData()))
        self.status_combo.currentIndexChanged.connect(
            lambda _i: self._refilter(status=self.status_combo.currentData()))
        self.setTabOrder(self.day_combo, self.track_combo)
        self.setTabOrder(self.track_combo, self.status_combo)
        self.setTabOrder(self.status_combo, self.find_box)
        self.setTabOrder(self.find_box, self.table)
        self.setTabOrder(self.table, self.proceedings_button)
        self.setTabOrder(self.proceedings_button, self.open_button)
        self.setTabOrder(self.open_button, self.close_button)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_IDLE_MS)  # POLL_MS once the window is active
        self.timer.timeout.connect(self.refresh_if_changed)
        self.refresh()
        self._size_columns()
        self._update_proceedings()
        self.resize(1000, 600)  # fits 1024×768 with a title bar and a panel

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        header_metrics = header.fontMetrics()
        # the figures' samples in the UI's language (the model's own sentences), so a
        # translated "(3 open)" or "Not scheduled" is not cut off; the title gets the rest
        when = "11-18 14:30"
        for key, samples in (
                ("when", ("12-18 14:30", t("Not scheduled"))), ("room", ("Room 301 A",)),
                ("track", ("Low Carbon C",)), ("code", ("G9JGWY",)), ("notes", ("200",)),
                ("key_messages", ("200",)),
                ("outcomes", (t("{text} ({open} open)").format(text="3/5", open=2),)),
                ("actions", (t("⚠ {n}/{total}").format(n=12, total=20),)),
                ("report", (t("✓ {when}").format(when=when),)),
                # (the device's name varies anyway: elided, in full in the tooltip)
                ("last", (t("{when} · {device}").format(when=when, device="laptop-B"),))):
            title = self.model.headerData(KEYS.index(key), Qt.Orientation.Horizontal)
            widest = max(header_metrics.horizontalAdvance(line) for line in title.split("\n"))
            sample = max(metrics.horizontalAdvance(text) for text in samples)
            header.resizeSection(KEYS.index(key), max(sample, widest + 14) + 14)

    # -- data ------------------------------------------------------------------------
    def _stamp(self):
        return (self.store.data_version(), self.store.total_changes(),
                report_exports.stamp(self.data_dir))

    def refresh(self) -> None:
        """Read the figures again, keeping the filters, the sort and the selection."""
        keep = self.current_session_id()
        try:
            self._seen = self._stamp()
            rows = secretariat.overview(self.store)
        except Exception as exc:  # noqa: BLE001 - the table stays as it was, the reason shown
            self.error = str(exc)
            self._update_count()
            return
        self.error = None
        self.model.set_rows(rows)
        self._fill_choices(self.day_combo, t("All days"), secretariat.days(rows))
        self._fill_choices(self.track_combo, t("All tracks"), secretariat.tracks(rows))
        self._update_count()
        self.select_session(keep)

    def refresh_if_changed(self) -> None:
        try:
            changed = self._stamp() != self._seen
        except Exception:  # noqa: BLE001 - refresh() shows the reason
            changed = True
        if changed:
            self.refresh()

    def _fill_choices(self, combo: QComboBox, everything: str, values: list[str]) -> None:
        current = combo.currentData()
        wanted = [None, *values]
        if [combo.itemData(i) for i in range(combo.count())] == wanted:
            return
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for v in values:
            combo.addItem(v, v)
        i = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(i, 0))
        combo.blockSignals(False)
        if i < 0:  # the chosen day or track is gone: show everything again
            self._refilter(**{"day" if combo is self.day_combo else "track": None})

    def _refilter(self, **values) -> None:
        keep = self.current_session_id()
        self.proxy.set_filter(**values)
        self._update_count()
        self.select_session(keep)

    def _update_count(self) -> None:
        if self.error is not None:
            self.count_label.setText(t("The sessions could not be read: {reason}")
                                     .format(reason=self.error))
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(t("{n} of {total} sessions").format(n=shown, total=total)
                                 if shown or not total else t("No session matches."))
        self.open_button.setEnabled(shown > 0)

    # -- selection and opening ------------------------------------------------------------
    def current_session_id(self) -> str | None:
        return self.proxy.session_id(self.table.currentIndex())

    def select_session(self, session_id: str | None) -> None:
        row = self.model.row_of(session_id) if session_id else -1
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            if self.proxy.rowCount() == 0 or self.table.currentIndex().isValid():
                return
            index = self.proxy.index(0, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def visible_codes(self) -> list[str]:
        code = KEYS.index("code")
        return [self.proxy.index(r, code).data() for r in range(self.proxy.rowCount())]

    def main_window(self):
        """The main window showing now (the one this view came from, or the one that
        replaced it when another session was opened)."""
        import shiboken6

        origin = self.origin
        if origin is not None and shiboken6.isValid(origin) and origin.isVisible():
            return origin
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "mainWindow" and shiboken6.isValid(w) and w.isVisible():
                return w
        return None

    def open_index(self, index) -> None:
        sid = self.proxy.session_id(index)
        if sid:
            self.open_session(sid)

    def open_current(self) -> None:
        sid = self.current_session_id()
        if sid:
            self.open_session(sid)

    def _find_return(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.open_current()

    def open_session(self, session_id: str):
        """Open the session in the main window, as Session → Open… does; returns the
        window now showing it (None when no main window is open)."""
        from sessionkit.ui.editors.session_switcher import open_session

        window = self.main_window()
        if window is None:
            return None
        new = open_session(window, session_id)
        if new is not None:
            self.origin = new
            new.raise_()
            new.activateWindow()
        return new

    # -- proceedings (when this SessionKit has them) -----------------------------------------
    def _proceedings(self):
        """The main window's proceedings export (File → Export proceedings…), if any."""
        window = self.main_window()
        if window is None or not proceedings_available():
            return None
        return getattr(window, "proceedings_actions", None)

    def _update_proceedings(self) -> None:
        self.proceedings_button.setVisible(self._proceedings() is not None)

    def shown_session_ids(self) -> list[str]:
        """The sessions the filters show, in the table's order."""
        ids = (self.proxy.session_id(self.proxy.index(r, 0))
               for r in range(self.proxy.rowCount()))
        return [sid for sid in ids if sid]

    def export_proceedings(self):
        """The proceedings of the sessions shown (the filters pick them)."""
        actions = self._proceedings()
        if actions is not None:
            return actions.export_proceedings(self.shown_session_ids())
        return None

    # -- window ---------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh_if_changed()
        self._update_proceedings()
        self.timer.start()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange:
            active = self.isActiveWindow()
            self.timer.setInterval(POLL_MS if active else POLL_IDLE_MS)
            if active and self.isVisible():
                self.refresh_if_changed()  # fresh the moment the secretariat looks

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Esc closes, as in a dialog (a field or list that uses Esc itself, such as an
        # open combo list, gets it first)
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.close()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.timer.stop()
        super().hideEvent(event)
