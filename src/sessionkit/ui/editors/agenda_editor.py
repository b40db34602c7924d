"""The agenda editor: add, remove, reorder (drag and drop or Alt+Up/Down), edit in place.

Every edit is a QUndoCommand that calls ``services.agenda_edit`` at once (edits
persist immediately); Ctrl+Z undoes the last one. The planned total and the end
time update as you edit. SQL stays in the services/store; this file only shows.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sessionkit.domain.models import AgendaItem, ItemKind
from sessionkit.services import agenda_edit as svc
from sessionkit.ui.context import SessionContext
from sessionkit.ui.labels import enum_label
from sessionkit.ui.models.agenda import COL, COLUMNS, AgendaModel

# -- undo commands ---------------------------------------------------------------------

class _AgendaCommand(QUndoCommand):
    def __init__(self, editor: "AgendaEditor", text: str):
        super().__init__(text)
        self.editor = editor
        self.store = editor.ctx.store
        self.sid = editor.ctx.session_id

    def _done(self, select_id: str | None = None) -> None:
        self.editor.after_change(select_id)

    def _safely(self, action) -> None:
        """Run a store change; on a refused edit show why and drop this command."""
        try:
            action()
        except svc.AgendaEditError as exc:
            self.editor.refused = True
            self.setObsolete(True)
            self.editor.error_label.setText(str(exc))
            self.editor.model.reload()

    def redo(self) -> None:
        self._safely(self._redo)

    def undo(self) -> None:
        self._safely(self._undo)


class AddItemCommand(_AgendaCommand):
    def __init__(self, editor, item: AgendaItem, index: int):
        super().__init__(editor, QCoreApplication.translate("AgendaEditor", "Add item"))
        self.item, self.index = item, index

    def _redo(self) -> None:
        svc.add_item(self.store, self.sid, self.item, self.index)
        self._done(self.item.id)

    def _undo(self) -> None:
        svc.remove_item(self.store, self.sid, self.item.id)
        self._done()


class RemoveItemCommand(_AgendaCommand):
    def __init__(self, editor, item_id: str):
        super().__init__(editor, QCoreApplication.translate("AgendaEditor", "Remove item"))
        self.item_id = item_id
        self.removed: svc.RemovedItem | None = None

    def _redo(self) -> None:
        self.removed = svc.remove_item(self.store, self.sid, self.item_id)
        ids = [i.id for i in self.store.agenda.for_session(self.sid)]
        self._done(ids[min(self.removed.index, len(ids) - 1)] if ids else None)

    def _undo(self) -> None:
        svc.restore_item(self.store, self.sid, self.removed)
        self._done(self.item_id)


class MoveItemCommand(_AgendaCommand):
    def __init__(self, editor, item_id: str, old: int, new: int):
        super().__init__(editor, QCoreApplication.translate("AgendaEditor", "Move item"))
        self.item_id, self.old, self.new = item_id, old, new

    def _redo(self) -> None:
        svc.move_item(self.store, self.sid, self.item_id, self.new)
        self._done(self.item_id)

    def _undo(self) -> None:
        svc.move_item(self.store, self.sid, self.item_id, self.old)
        self._done(self.item_id)


class EditFieldCommand(_AgendaCommand):
    def __init__(self, editor, item_id: str, field_name: str, old, new):
        super().__init__(editor, QCoreApplication.translate("AgendaEditor", "Edit item"))
        self.item_id, self.field_name, self.old, self.new = item_id, field_name, old, new

    def _redo(self) -> None:
        svc.update_item(self.store, self.sid, self.item_id, self.field_name, self.new)
        self._done(self.item_id)

    def _undo(self) -> None:
        svc.update_item(self.store, self.sid, self.item_id, self.field_name, self.old)
        self._done(self.item_id)


# -- model --------------------------------------------------------------------------------

# -- delegates ------------------------------------------------------------------------------

class KindDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for kind in ItemKind:
            combo.addItem(enum_label(kind), kind.value)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MinutesDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802
        spin = QSpinBox(parent)
        spin.setRange(0, svc.MAX_MINUTES)
        spin.setSuffix(QCoreApplication.translate("AgendaEditor", " min"))
        return spin

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class PeopleDialog(QDialog):
    """Tick the people on one agenda item."""

    def __init__(self, people, selected: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("People on this item"))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("agendaPeopleList")
        for p in people:
            row = QListWidgetItem(p.display_name)
            row.setData(Qt.ItemDataRole.UserRole, p.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if p.id in selected
                              else Qt.CheckState.Unchecked)
            self.list.addItem(row)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def selected(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


# -- the editor --------------------------------------------------------------------------------

class AgendaView(QTableView):
    """Alt+Up / Alt+Down move the selected row; Insert adds; Delete removes."""

    def __init__(self, editor: "AgendaEditor"):
        super().__init__(editor)
        self.editor = editor

    def keyPressEvent(self, event) -> None:  # noqa: N802
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        editing = self.state() == self.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # Enter on a cell edits it (like F2), so Enter never reaches a dialog button
            self.editor.edit_current()
        elif alt and event.key() == Qt.Key.Key_Up:
            self.editor.move_selected(-1)
        elif alt and event.key() == Qt.Key.Key_Down:
            self.editor.move_selected(+1)
        elif event.key() == Qt.Key.Key_Insert and self.state() != self.State.EditingState:
            self.editor.add_item()
        elif event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.editor.remove_selected()
        else:
            super().keyPressEvent(event)


class AgendaEditor(QWidget):
    changed = Signal()

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("agendaEditor")
        self.undo_stack = QUndoStack(self)
        self.model = AgendaModel(self)
        layout = QVBoxLayout(self)

        self.view = AgendaView(self)
        # Tab leaves the table (it trapped the keyboard); arrows move between cells
        self.view.setTabKeyNavigation(False)
        self.view.setObjectName("agendaTable")
        self.view.setAccessibleName(self.tr("Agenda items"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setItemDelegateForColumn(COL["kind"], KindDelegate(self.view))
        self.view.setItemDelegateForColumn(COL["planned_minutes"], MinutesDelegate(self.view))
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for c in ("number", "kind", "planned_minutes", "start"):
            header.setSectionResizeMode(COL[c], QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL["title"], QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL["cue"], QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.view, 1)

        self.total_label = QLabel()
        self.total_label.setObjectName("agendaTotal")
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label = QLabel()
        self.error_label.setObjectName("agendaError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setProperty("tone", "error")  # colour per theme: style.py
        layout.addWidget(self.total_label)
        layout.addWidget(self.error_label)

        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add item"))
        self.add_button.setToolTip(self.tr("Key: Insert"))
        self.add_button.clicked.connect(lambda: self.add_item())
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Key: Delete"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Key: Alt+Up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.setToolTip(self.tr("Key: Alt+Down"))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.people_button = QPushButton(self.tr("&People…"))
        self.people_button.clicked.connect(self.edit_people)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Key: Ctrl+Z"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button,
                  self.people_button, self.undo_button):
            # In a dialog a focused push button becomes the default one; Enter, typed to
            # save a cell, must never press "Add item" (it used to add a blank item).
            b.setAutoDefault(False)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button,
                  self.people_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.undo_button)
        layout.addLayout(row)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo agenda edit"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo agenda edit"))
        from sessionkit.ui.keys import redo_keys  # each key once: no ambiguity

        self.redo_action.setShortcuts(redo_keys())
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        ctx.bundle_changed.connect(self._external_change)
        self._reloading = False
        self.refused = False
        self._update_total()
        if self.model.rowCount():
            self.view.selectRow(0)

    # -- helpers --------------------------------------------------------------------------
    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        cur = self.view.currentIndex()
        return cur.row() if cur.isValid() else None

    def selected_id(self) -> str | None:
        r = self.selected_row()
        return self.model.items[r].id if r is not None and r < len(self.model.items) else None

    def _external_change(self) -> None:
        if not self._reloading:
            keep = self.selected_id()
            self.model.reload()
            self._update_total()
            self._select(keep)

    def _select(self, item_id: str | None, column: int | None = None) -> None:
        for r, item in enumerate(self.model.items):
            if item.id == item_id:
                if column is None:
                    self.view.selectRow(r)
                else:  # keep the cell the user was on (rows are selected whole)
                    self.view.setCurrentIndex(self.model.index(r, column))
                return

    def _keyboard_in_table(self) -> bool:
        from PySide6.QtWidgets import QApplication

        fw = QApplication.focusWidget()
        return fw is not None and (fw is self.view or self.view.isAncestorOf(fw))

    def after_change(self, select_id: str | None) -> None:
        """Called by every undo command after it wrote to the store."""
        self.error_label.setText("")
        # The reload below throws away an open cell editor; Qt then hands the focus to
        # the next widget ("Add item"). Keep the keyboard in the table, on the same cell.
        in_table = self._keyboard_in_table()
        current = self.view.currentIndex()
        column = current.column() if current.isValid() else None
        self.model.reload()
        self._update_total()
        self._select(select_id, column)
        if in_table:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._reloading = True
        try:
            self.ctx.reload_bundle()
        finally:
            self._reloading = False
        self.changed.emit()

    def _update_total(self) -> None:
        times = self.model.times
        if times.end is not None:
            self.total_label.setText(self.tr(
                "Planned total: {minutes} min · {start}–{end}").format(
                minutes=times.total_minutes, start=times.starts[0].strftime("%H:%M")
                if times.starts else times.end.strftime("%H:%M"),
                end=times.end.strftime("%H:%M")))
        else:
            self.total_label.setText(self.tr(
                "Planned total: {minutes} min (set the session's start time to see the "
                "end time)").format(minutes=times.total_minutes))

    def _push(self, command: QUndoCommand) -> bool:
        self.refused = False
        self.undo_stack.push(command)  # runs redo(); a refused edit marks itself obsolete
        return not self.refused

    # -- operations (buttons and keys) ------------------------------------------------------
    def add_item(self, title: str | None = None, kind: ItemKind = ItemKind.PRESENTATION,
                 minutes: int = 10) -> str | None:
        r = self.selected_row()
        index = len(self.model.items) if r is None else r + 1
        item = AgendaItem(title=title or self.tr("New item"), kind=kind,
                          planned_minutes=minutes)
        if self._push(AddItemCommand(self, item, index)):
            # the new row's title is open for typing (Enter saves it, Esc keeps "New item")
            self.view.setFocus()
            cell = self.model.index(index, COL["title"])
            self.view.setCurrentIndex(cell)
            self.view.edit(cell)
            return item.id
        return None

    def edit_current(self) -> None:
        """Enter on a cell: edit it (the people cell opens the people dialog)."""
        index = self.view.currentIndex()
        if not index.isValid():
            return
        if COLUMNS[index.column()] == "people":
            self.edit_people()
        elif self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.view.edit(index)

    def remove_selected(self) -> None:
        item_id = self.selected_id()
        if item_id:
            self._push(RemoveItemCommand(self, item_id))

    def move_selected(self, delta: int) -> None:
        r = self.selected_row()
        if r is None:
            return
        new = r + delta
        if not 0 <= new < len(self.model.items):
            return
        self._push(MoveItemCommand(self, self.model.items[r].id, r, new))

    def move_to(self, item_id: str, new: int) -> None:
        ids = [i.id for i in self.model.items]
        old = ids.index(item_id)
        new = max(0, min(new, len(ids) - 1))
        if new != old:
            self._push(MoveItemCommand(self, item_id, old, new))

    def edit_field(self, item_id: str, field_name: str, value) -> bool:
        item = next((i for i in self.model.items if i.id == item_id), None)
        if item is None:
            return False
        try:
            value = svc.validate(field_name, value)
        except svc.AgendaEditError as exc:
            self.error_label.setText(str(exc))
            return False
        old = getattr(item, field_name)
        if old == value:
            return True
        return self._push(EditFieldCommand(self, item_id, field_name, old, value))

    def edit_people(self) -> None:
        r = self.selected_row()
        if r is None:
            return
        item = self.model.items[r]
        dialog = PeopleDialog(list(self.model.people.values()), item.person_ids, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.edit_field(item.id, "person_ids", dialog.selected())

    def _double_clicked(self, index: QModelIndex) -> None:
        if COLUMNS[index.column()] == "people":
            self.edit_people()


class AgendaEditorDialog(QDialog):
    """The editor in its own window (Session → Edit agenda…)."""

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agendaEditorDialog")
        self.setWindowTitle(self.tr("Agenda — {code}").format(code=ctx.session.code))
        layout = QVBoxLayout(self)
        self.editor = AgendaEditor(ctx, self)
        layout.addWidget(self.editor)
        hint = QLabel(self.tr("Edits are saved at once. Ctrl+Z undoes the last one."))
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(980, 560)
