"""The notes stream: filter by kind / agenda item / speaker / starred, the bin,
edit in place, star, delete to the bin, history, outcome evidence, re-stamp
several notes at once. Keys in the list: F2 edit, S star, Delete bin/restore,
H history, Ctrl+1…7 kind, Alt+1…9 evidence, Esc back to the note box."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QWidget,
)

from sessionkit.domain.models import Note, NoteKind, RoleKind
from sessionkit.services import capture as cap
from sessionkit.ui.capture.capture_keys import KEY_FOR_KIND, KIND_KEYS
from sessionkit.ui.context import SessionContext
from sessionkit.ui.lazy_rows import LazyRowHeights
from sessionkit.ui.labels import enum_label
from sessionkit.ui.models.notes import NoteRole, NotesFilterProxy, NotesModel
from sessionkit.ui.panels.base import Panel, plain_label


class _EditorKeys(QObject):
    """Enter or Ctrl+Enter in the in-place editor saves (Shift+Enter starts a new line);
    Esc cancels."""

    def __init__(self, delegate, editor):
        super().__init__(editor)
        self.delegate, self.editor = delegate, editor

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
                self.delegate.commitData.emit(self.editor)
                self.delegate.closeEditor.emit(self.editor,
                                               QStyledItemDelegate.EndEditHint.NoHint)
                return True
        return False


class _BinMove(QUndoCommand):
    """Notes moved to the bin (or back): Ctrl+Z / the Undo button reverses it."""

    def __init__(self, panel: NotesPanel, ids: list[str], to_bin: bool):
        super().__init__(panel.bin_message(len(ids), to_bin))
        self.panel, self.ids, self.to_bin = panel, list(ids), to_bin
        self._done = True  # the first move is made before the command is pushed

    def _move(self, to_bin: bool) -> None:
        func = cap.delete_notes if to_bin else cap.restore_notes
        try:
            func(self.panel.ctx.store, self.ids)
        except (ValueError, LookupError) as exc:
            self.panel._report(str(exc))
            return
        self.panel.reload()
        self.panel.ctx.outcomes_changed.emit()  # evidence counts

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._move(self.to_bin)

    def undo(self) -> None:
        self._move(not self.to_bin)
        self.panel.undo_bar.hide()


class NoteTextDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QPlainTextEdit(parent)
        editor.setObjectName("noteEditor")
        editor.setTabChangesFocus(True)
        editor.installEventFilter(_EditorKeys(self, editor))
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):  # noqa: N802
        rect = option.rect
        rect.setHeight(max(rect.height(), 96))
        editor.setGeometry(rect)


class NotesView(QTableView):
    escape_pressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notesList")
        self.setAccessibleName(self.tr("Notes"))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.row_heights = LazyRowHeights(self)  # rows on screen fit their text (was: all rows)
        self.horizontalHeader().setHighlightSections(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setDragEnabled(True)  # drag notes onto an outcome to link them as evidence
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)

    def edit(self, index, trigger=None, event=None):  # noqa: D102
        # Only the text is editable, but the current cell may be in any column (the
        # keyboard lands on the time column when the list gets focus): F2 or a
        # double-click anywhere on a row edits that row's text.
        if trigger is None:
            return super().edit(index)
        if index.isValid() and index.column() != NotesModel.TEXT:
            index = index.siblingAtColumn(NotesModel.TEXT)
        return super().edit(index, trigger, event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        # Reached by keyboard (Ctrl+L, Tab) with nothing selected: select the current
        # note, else the newest, so Delete, S, H and F2 act at once (Qt only moves the
        # cursor to the first cell, unselected, and those keys did nothing).
        model, sel = self.model(), self.selectionModel()
        if (model is not None and sel is not None and model.rowCount()
                and not sel.hasSelection()
                and event.reason() != Qt.FocusReason.MouseFocusReason):
            current = self.currentIndex()
            row = current.row() if current.isValid() else model.rowCount() - 1
            index = model.index(row, NotesModel.TEXT)
            sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                | QItemSelectionModel.SelectionFlag.Rows)
            self.scrollTo(index)
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.state() != QAbstractItemView.State.EditingState:
            self.escape_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class NotesPanel(Panel):
    note_edited = Signal(object)

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("NotesPanel", "Notes"), parent)
        self.ctx = ctx
        self.count_label = plain_label(wrap=False)
        self.count_label.setObjectName("panelNote")
        self.add_head_widget(self.count_label)
        self.show_bin = False

        # -- filter bar ------------------------------------------------------------------
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.kind_filter = self._combo("kindFilter", self.tr("Filter by kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for _key, kind in KIND_KEYS:
            self.kind_filter.addItem(enum_label(kind), kind)
        self.item_filter = self._combo("itemFilter", self.tr("Filter by agenda item"))
        self.speaker_filter = self._combo("speakerFilter", self.tr("Filter by speaker"))
        for combo in (self.kind_filter, self.item_filter, self.speaker_filter):
            bar.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.apply_filter)
        self.starred_button = self._toggle("starredFilter", self.tr("★ Starred"),
                                           self.tr("Only starred notes"))
        self.bin_button = self._toggle("binToggle", self.tr("Bin"),
                                       self.tr("Show deleted notes (select and press Delete "
                                               "to restore)"))
        self.starred_button.toggled.connect(self.apply_filter)
        self.bin_button.toggled.connect(self.set_bin_mode)
        self.outcome_chip = QToolButton()
        self.outcome_chip.setObjectName("outcomeFilterChip")
        self.outcome_chip.setToolTip(self.tr("Only notes supporting this outcome; click to "
                                             "show all"))
        self.outcome_chip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.outcome_chip.clicked.connect(lambda: self.filter_outcome(None))
        self.outcome_chip.hide()
        bar.addWidget(self.outcome_chip)
        bar.addWidget(self.starred_button)
        bar.addWidget(self.bin_button)
        self.body.addLayout(bar)

        # -- the list ---------------------------------------------------------------------------
        self.model = NotesModel(parent=self)
        self.model.on_edit = self._edit_text
        self.model.edit_failed.connect(self._report)
        self.proxy = NotesFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = NotesView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegateForColumn(NotesModel.TEXT, NoteTextDelegate(self.view))
        header = self.view.horizontalHeader()
        for col in (NotesModel.TIME, NotesModel.KIND, NotesModel.CONTEXT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NotesModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.view, 1)
        self.message_label = plain_label()
        self.message_label.setObjectName("captureStatus")
        self.message_label.hide()
        self.body.addWidget(self.message_label)
        # "Moved to the bin — Undo": a deleted note is one key away from coming back.
        self.undo_stack = QUndoStack(self)
        self.undo_bar = QWidget()
        self.undo_bar.setObjectName("binUndoBar")
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        self.undo_label = plain_label(wrap=False)
        self.undo_label.setObjectName("binUndoMessage")
        self.undo_button = QToolButton()
        self.undo_button.setObjectName("binUndoButton")
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        undo_row.addWidget(self.undo_label)
        undo_row.addWidget(self.undo_button)
        undo_row.addStretch(1)
        self.undo_bar.hide()
        self.body.addWidget(self.undo_bar)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(20000)
        self._undo_timer.timeout.connect(self.undo_bar.hide)

        self._build_actions()
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.escape_pressed.connect(ctx.focus_capture_requested)
        ctx.show_note_requested.connect(self.select_note)
        ctx.outcome_evidence_requested.connect(self.filter_outcome)
        ctx.note_added.connect(self._on_note_added)
        ctx.notes_changed.connect(self.reload)
        ctx.bundle_changed.connect(self._refresh_labels)
        ctx.outcomes_changed.connect(self._refresh_labels)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        # Qt sizes the "resize to contents" columns when the list is laid out, not when a
        # note comes in: a first "Key message" showed as "Key mes…" and a longer speaker
        # name wrapped until something else re-laid the list. Fit them again, once per
        # burst of changes.
        # Rows added (a note saved) can only widen a column: only the new rows' cells are
        # measured then. A full fit looks at up to 100 rows through the Python model,
        # three columns: ~2,700 data() calls, most of the UI thread's time per note saved.
        self._fit_pending = False
        self._fit_all = False
        self._fit_rows: list[tuple[int, int]] = []
        self.proxy.rowsInserted.connect(self._fit_new_rows_soon)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.dataChanged):
            signal.connect(self._fit_columns_soon)
        self._refresh_labels()
        self.reload()

    def _fit_columns_soon(self, *_args) -> None:
        self._fit_all = True
        self._fit_rows.clear()
        self._schedule_fit()

    def _fit_new_rows_soon(self, _parent, first: int, last: int) -> None:
        if not self._fit_all:
            self._fit_rows.append((first, last))
        self._schedule_fit()

    def _schedule_fit(self) -> None:
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self._fit_columns)

    def _fit_columns(self) -> None:
        self._fit_pending = False
        fit_all, self._fit_all = self._fit_all, False
        ranges, self._fit_rows = self._fit_rows, []
        cols = (NotesModel.TIME, NotesModel.KIND, NotesModel.CONTEXT)
        count = self.proxy.rowCount()
        if fit_all or sum(last - first + 1 for first, last in ranges) > 20:
            for col in cols:
                self.view.resizeColumnToContents(col)
            return
        header = self.view.horizontalHeader()
        for col in cols:
            # what resizeColumnToContents would give, knowing the other rows fit already
            width = max((self.view.sizeHintForIndex(self.proxy.index(row, col)).width()
                         for first, last in ranges for row in range(first, min(last + 1, count))),
                        default=0)
            if width > header.sectionSize(col):
                self.view.resizeColumnToContents(col)

    # -- widgets -------------------------------------------------------------------------------
    @staticmethod
    def _combo(name: str, tip: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setToolTip(tip)
        combo.setAccessibleName(tip)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab, like every control
        combo.setMinimumContentsLength(6)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    @staticmethod
    def _toggle(name: str, text: str, tip: str) -> QToolButton:
        b = QToolButton()
        b.setObjectName(name)
        b.setText(text)
        b.setToolTip(tip)
        b.setCheckable(True)
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab, like every control
        return b

    def _refresh_labels(self) -> None:
        bundle = self.ctx.bundle
        items = {a.id: (n, a.title) for n, a in enumerate(bundle.agenda, start=1)}
        people = {p.id: p.display_name for p in bundle.people}
        outcomes = {o.id: n for n, o in enumerate(bundle.outcomes, start=1)}
        self.model.set_labels(items, people, outcomes)
        self.model.set_zone(self.ctx.session.timezone)  # as the live line shows the time
        for combo, everything, entries in (
                (self.item_filter, self.tr("All items"),
                 [(f"{n}. {title}", iid) for iid, (n, title) in items.items()]),
                (self.speaker_filter, self.tr("All speakers"),
                 [(p.display_name, p.id) for p in self._speakers()])):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for label, value in entries:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _speakers(self):
        seen, out = set(), []
        for role in (RoleKind.SPEAKER, RoleKind.PANELLIST, RoleKind.DISCUSSANT,
                     RoleKind.MODERATOR, RoleKind.CHAIR):
            for p in self.ctx.bundle.people_with_role(role):
                if p.id not in seen:
                    seen.add(p.id)
                    out.append(p)
        return out

    # -- data ----------------------------------------------------------------------------------
    def load_notes(self) -> list[Note]:
        if self.show_bin:
            return sorted(cap.bin_notes(self.ctx.store, self.ctx.session_id),
                          key=lambda n: n.created)
        return self.ctx.store.notes.for_session(self.ctx.session_id)

    def reload(self) -> None:
        selected = set(self.selected_ids())
        self.model.set_notes(self.load_notes())
        self._reselect(selected)
        if not selected:
            self.view.scrollToBottom()
            self.view.row_heights.keep_bottom()  # the newest notes, once rows are fitted

    def set_bin_mode(self, on: bool) -> None:
        self.show_bin = bool(on)
        self.title_label.setText(self.tr("Bin") if on else self.tr("Notes"))
        self.reload()

    def apply_filter(self, *args) -> None:
        kind = self.kind_filter.currentData()
        self.proxy.set_filter(cap.NoteFilter(
            kinds={kind} if kind else set(), agenda_item_id=self.item_filter.currentData(),
            speaker_id=self.speaker_filter.currentData(),
            starred_only=self.starred_button.isChecked(),
            outcome_id=self.proxy.note_filter.outcome_id))
        self._update_count()

    def filter_outcome(self, outcome_id: str | None) -> None:
        """Show only the notes supporting one outcome (None: all again)."""
        self.bin_button.setChecked(False)
        f = self.proxy.note_filter
        self.proxy.set_filter(cap.NoteFilter(kinds=f.kinds, agenda_item_id=f.agenda_item_id,
                                             speaker_id=f.speaker_id,
                                             starred_only=f.starred_only, outcome_id=outcome_id))
        numbers = {o.id: n for n, o in enumerate(self.ctx.bundle.outcomes, start=1)}
        self.outcome_chip.setText(self.tr("Outcome {n} ✕").format(n=numbers.get(outcome_id, "?")))
        self.outcome_chip.setVisible(outcome_id is not None)
        self._update_count()

    def clear_filters(self) -> None:
        for combo in (self.kind_filter, self.item_filter, self.speaker_filter):
            combo.setCurrentIndex(0)
        self.starred_button.setChecked(False)
        self.bin_button.setChecked(False)
        self.filter_outcome(None)

    def _on_note_added(self, note: Note) -> None:
        if note.session_id != self.ctx.session_id or self.show_bin:
            return
        self.model.append(note)
        self.view.scrollToBottom()
        self.view.row_heights.keep_bottom()  # whole, once its height is known

    def _update_count(self, *args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("1 note") if total == 1 else self.tr("{n} notes").format(n=total)
        else:
            text = self.tr("{shown} of {total} shown").format(shown=shown, total=total)
        self.count_label.setText(text)

    def _report(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))

    # -- selection -------------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(NoteRole).id for r in rows]

    def _reselect(self, ids: set[str]) -> None:
        if not ids:
            return
        sel = self.view.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(NoteRole).id in ids:
                sel.select(index, QItemSelectionModel.SelectionFlag.Select
                           | QItemSelectionModel.SelectionFlag.Rows)

    def select_note(self, note_id: str) -> bool:
        """Show and select one note (clears filters that hide it)."""
        row = self.model.row_of(note_id)
        if row < 0 or not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.clear_filters()
            row = self.model.row_of(note_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, NotesModel.TEXT))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    # -- edits -------------------------------------------------------------------------------------
    def _edit_text(self, note_id: str, text: str) -> Note:
        note = cap.edit_note(self.ctx.store, note_id, text=text)
        self._report("")
        self.note_edited.emit(note)
        return note

    def _apply(self, func, *args, **kwargs) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        try:
            func(self.ctx.store, ids, *args, **kwargs)
        except (ValueError, LookupError) as exc:
            self._report(str(exc))
            return False
        self._report("")
        self.reload()
        self.ctx.outcomes_changed.emit()  # evidence counts
        return True

    def toggle_star(self) -> None:
        ids = self.selected_ids()
        if ids:
            starred = not all(self.ctx.store.notes.get(i).starred for i in ids)
            self._apply(cap.set_starred, starred)

    def bin_message(self, count: int, to_bin: bool) -> str:
        if to_bin:
            return (self.tr("Note moved to the bin") if count == 1
                    else self.tr("{n} notes moved to the bin").format(n=count))
        return (self.tr("Note restored from the bin") if count == 1
                else self.tr("{n} notes restored from the bin").format(n=count))

    def delete_or_restore(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        to_bin = not self.show_bin
        if not self._apply(cap.delete_notes if to_bin else cap.restore_notes):
            return  # refused: nothing moved, nothing to undo
        self.undo_stack.push(_BinMove(self, ids, to_bin))
        self.undo_label.setText(self.bin_message(len(ids), to_bin) + " —")
        self.undo_bar.show()
        self._undo_timer.start()

    def set_kind(self, kind: NoteKind) -> None:
        self._apply(cap.edit_notes, kind=kind)

    def set_item(self, item_id: str | None) -> None:
        self._apply(cap.edit_notes, agenda_item_id=item_id)

    def set_speaker(self, person_id: str | None) -> None:
        self._apply(cap.edit_notes, speaker_id=person_id)

    def toggle_evidence(self, number: int) -> None:
        outcomes = self.ctx.bundle.outcomes
        if 1 <= number <= len(outcomes) and self.selected_ids():
            self._apply(lambda store, ids: cap.toggle_evidence(store, ids,
                                                               outcomes[number - 1].id))

    def set_action_fields(self, owner: str, due_text: str) -> bool:
        """Owner and due date of the selected notes (they become actions)."""
        from sessionkit.services.notes import NoteError

        try:
            due = cap.parse_due(due_text)
        except NoteError as exc:
            self._report(str(exc))
            return False
        self._apply(cap.edit_notes, kind=NoteKind.ACTION, action_owner=owner, action_due=due)
        return True

    def edit_action_fields(self) -> None:
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit

        ids = self.selected_ids()
        if not ids:
            return
        first = self.ctx.store.notes.get(ids[0])
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Action owner and due date"))
        form = QFormLayout(dialog)
        owner = QLineEdit(first.action_owner)
        due = QLineEdit(first.action_due.isoformat() if first.action_due else "")
        due.setPlaceholderText(self.tr("YYYY-MM-DD or +7"))
        form.addRow(self.tr("&Owner"), owner)
        form.addRow(self.tr("&Due"), due)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        self.action_dialog = dialog
        if dialog.exec():
            self.set_action_fields(owner.text(), due.text())

    def show_history(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            self._report(self.tr("Select one note to see its history."))
            return
        from sessionkit.ui.capture.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.ctx.store, ids[0], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog = dialog  # tests reach it while it is open
        # Not modal: the live clock and the note box stay usable while it is open.
        dialog.accepted.connect(lambda: self.reload() if dialog.restored is not None else None)
        dialog.show()

    def edit_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(self.proxy.index(index.row(), NotesModel.TEXT))

    # -- actions, keys and the context menu ---------------------------------------------------------
    def _action(self, text: str, keys: str | None, slot) -> QAction:
        action = QAction(text, self.view)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(action)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.edit_action = self._action(self.tr("&Edit text"), None, self.edit_current)
        self.edit_action.setShortcut(QKeySequence("F2"))  # handled by the view's edit trigger
        self.star_action = self._action(self.tr("&Star / unstar"), "S", self.toggle_star)
        self.delete_action = self._action(self.tr("Move to &bin"), "Del", self.delete_or_restore)
        self.history_action = self._action(self.tr("&History…"), "H", self.show_history)
        self.kind_actions = []
        for _key, kind in KIND_KEYS:
            self.kind_actions.append(self._action(
                enum_label(kind), KEY_FOR_KIND[kind], lambda _=False, k=kind: self.set_kind(k)))
        self.evidence_actions = [
            self._action(self.tr("Outcome {n}").format(n=n), f"Alt+{n}",
                         lambda _=False, n=n: self.toggle_evidence(n)) for n in range(1, 10)]

    def _context_menu(self, pos) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        if not self.show_bin:
            menu.addAction(self.edit_action)
            menu.addAction(self.star_action)
            kinds = menu.addMenu(self.tr("&Kind"))
            for a in self.kind_actions:
                kinds.addAction(a)
            items = menu.addMenu(self.tr("Agenda &item"))
            items.addAction(self.tr("No agenda item"), lambda: self.set_item(None))
            for n, a in enumerate(self.ctx.bundle.agenda, start=1):
                items.addAction(f"{n}. {a.title}", lambda _=False, i=a.id: self.set_item(i))
            speakers = menu.addMenu(self.tr("S&peaker"))
            speakers.addAction(self.tr("No speaker"), lambda: self.set_speaker(None))
            for p in self._speakers():
                speakers.addAction(p.display_name, lambda _=False, i=p.id: self.set_speaker(i))
            evidence = menu.addMenu(self.tr("S&upports outcome"))
            notes = [self.ctx.store.notes.get(i) for i in self.selected_ids()]
            for n, o in enumerate(self.ctx.bundle.outcomes, start=1):
                text = o.text if len(o.text) <= 60 else o.text[:60] + "…"
                act = evidence.addAction(f"{n}. {text}", lambda _=False, n=n:
                                         self.toggle_evidence(n))
                act.setCheckable(True)
                act.setChecked(all(o.id in x.outcome_ids for x in notes))
            menu.addAction(self.tr("Action &owner and due date…"), self.edit_action_fields)
            menu.addAction(self.history_action)
            menu.addSeparator()
            self.delete_action.setText(self.tr("Move to &bin"))
        else:
            self.delete_action.setText(self.tr("&Restore from the bin"))
        menu.addAction(self.delete_action)
        menu.exec(self.view.viewport().mapToGlobal(pos))
