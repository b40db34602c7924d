"""Row heights fitted to their text for the rows on screen only.

``QHeaderView.ResizeToContents`` on a table's vertical header measures every row
(every cell, through the Python model) on each reset, insert and relayout: with
1,000 notes that blocked the UI thread for most of a second when a session opened
and for tens of milliseconds on every note saved (benchmarks/README.md). Here the
header is left at its default row height and, a moment after anything changes
(scrolling, resizing, rows added, data changed), only the rows in the viewport are
fitted with ``resizeRowToContents``; a view that was scrolled to the bottom stays
at the bottom. Column widths in ResizeToContents mode look at ``precision`` rows
(the visible ones first) instead of all of them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


class LazyRowHeights(QObject):
    def __init__(self, view: QTableView, precision: int = 100):
        super().__init__(view)
        self.view = view
        self._model = None
        self._fitted: set[int] = set()  # rows fitted since the last change that moves them
        self._width = -1
        self._stick_bottom = False  # scroll to the very end after the next fit
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setResizeContentsPrecision(precision)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        bar = view.verticalScrollBar()
        bar.valueChanged.connect(self.schedule)
        bar.rangeChanged.connect(self.schedule)
        view.horizontalHeader().sectionResized.connect(self.invalidate)
        view.viewport().installEventFilter(self)

    def schedule(self, *args) -> None:
        model = self.view.model()
        if model is not self._model and model is not None:
            self._model = model
            self._fitted.clear()
            for signal in (model.layoutChanged, model.modelReset, model.rowsRemoved,
                           model.rowsMoved):
                signal.connect(self.invalidate)
            model.rowsInserted.connect(self._rows_inserted)
            model.dataChanged.connect(self._data_changed)
        if not self._timer.isActive():
            self._timer.start()

    def keep_bottom(self) -> None:
        """Show the last row whole once it has its height (a note just added): the
        view's own scrollToBottom runs before the new row is fitted, and the row then
        grew below the edge, half hidden."""
        self._stick_bottom = True
        self.schedule()

    def invalidate(self, *args) -> None:
        self._fitted.clear()
        self.schedule()

    def _rows_inserted(self, parent, first: int, last: int) -> None:
        if self._fitted and first <= max(self._fitted):
            self._fitted.clear()  # rows below moved down
        self.schedule()

    def _data_changed(self, top_left, bottom_right, roles=()) -> None:
        first, last = top_left.row(), bottom_right.row()
        self._fitted = {r for r in self._fitted if not first <= r <= last}
        self.schedule()

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            width = self.view.viewport().width()
            if width != self._width:
                self._width = width
                self._fitted.clear()
            self.schedule()
        return False

    def fit(self) -> None:
        """Fit the rows now in the viewport (again, if fitting scrolled new rows in)."""
        view = self.view
        model = view.model()
        if model is None:
            return
        self.schedule()  # hooks a model set since; the timer it starts is stopped below
        self._timer.stop()
        count = model.rowCount(view.rootIndex())
        bar = view.verticalScrollBar()
        stick, self._stick_bottom = self._stick_bottom, False
        if stick:
            view.updateGeometries()  # the scroll range must include rows just inserted
            view.scrollToBottom()
        for _ in range(4):
            if count == 0:
                return
            at_bottom = stick or bar.value() >= bar.maximum()
            height = view.viewport().height()
            row = max(0, view.rowAt(0))
            changed = False
            while row < count:
                if not view.isRowHidden(row):
                    if row not in self._fitted:
                        before = view.rowHeight(row)
                        view.resizeRowToContents(row)
                        self._fitted.add(row)
                        changed = changed or view.rowHeight(row) != before
                    if view.rowViewportPosition(row) + view.rowHeight(row) >= height:
                        break
                row += 1
            if not (at_bottom and (changed or stick)):
                return
            stick = False
            view.updateGeometries()
            view.scrollToBottom()  # the rows grew: keep showing the newest note
