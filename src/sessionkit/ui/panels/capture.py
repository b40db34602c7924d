"""The note box: keyboard focus lives here; the draft is saved as you type.

Ctrl+Enter (or Ctrl+Return) turns the box into a note stamped with the time and
the capture context (agenda item / speaker: from the live run when one is
running, else the item/speaker picked here) and clears the box. Ctrl+1…7 choose
the note's kind before or after typing; an action asks for its owner and due
date in two fields under the box, without leaving the keyboard. Alt+1…9 mark the
note as evidence for an envisaged outcome. See capture_keys.py for every chord.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from sessionkit.domain.models import Note, NoteKind, RoleKind
from sessionkit.services.capture import capture_note, parse_due
from sessionkit.services.notes import MAX_NOTE_CHARS, NoteError
from sessionkit.ui.capture.autosave import DraftAutosaver
from sessionkit.ui.capture.capture_keys import KEY_FOR_KIND, KIND_FOR_KEY, KIND_KEYS, OUTCOME_KEYS
from sessionkit.ui.context import SessionContext
from sessionkit.ui.labels import enum_label
from sessionkit.ui.panels.base import Panel, plain_label
from sessionkit.ui.capture.writer import StoreWriter, write_settings, writer_for

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier


def _mods(event: QKeyEvent):
    return event.modifiers() & ~KEYPAD


def is_ctrl_enter(event: QKeyEvent) -> bool:
    return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and bool(event.modifiers() & CTRL))


class NoteEdit(QPlainTextEdit):
    """A plain-text box that reports Ctrl+Enter and losing focus."""

    submitted = Signal()
    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noteBox")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # key handlers that capture features register: (QKeyEvent) -> bool handled
        self.key_handlers = []

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        for handler in self.key_handlers:
            if handler(event):
                event.accept()
                return
        if is_ctrl_enter(event):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focus_lost.emit()


class _FieldEdit(QLineEdit):
    """Owner / due fields: Enter or Ctrl+Enter adds the note, Esc goes back."""

    submitted = Signal()
    escaped = Signal()

    def __init__(self, key_handler, parent: QWidget | None = None):
        super().__init__(parent)
        self._key_handler = key_handler

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self._key_handler(event):
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class CapturePanel(Panel):
    """Note box + kind + context + action fields + evidence; draft autosave; commit."""

    note_committed = Signal(object)  # Note
    kind_changed = Signal(object)  # NoteKind

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("CapturePanel", "Capture"), parent)
        self.ctx = ctx
        self.kind: NoteKind = NoteKind.NOTE
        self.evidence: list[str] = []  # outcome ids the next note supports
        self.picked_item_id: str | None = None
        self.picked_speaker_id: str | None = None
        self._owner_asked = False

        # -- the context bar: kind, item, speaker ------------------------------------------
        self.context_bar = QHBoxLayout()
        self.context_bar.setSpacing(6)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        for _key, kind in KIND_KEYS:
            self.kind_combo.addItem(f"{enum_label(kind)}   {KEY_FOR_KIND[kind]}", kind)
        self.kind_combo.setToolTip(self.tr("The kind of the next note (Ctrl+1 … Ctrl+7)"))
        self.kind_combo.currentIndexChanged.connect(self._kind_from_combo)
        self.context_bar.addWidget(self.kind_combo)
        self.item_combo = QComboBox()
        self.item_combo.setObjectName("itemPicker")
        self.item_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.item_combo.setToolTip(self.tr("Agenda item stamped on new notes when no live run "
                                           "is going (Ctrl+Up / Ctrl+Down)"))
        self.item_combo.setMinimumContentsLength(12)
        self.item_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item_combo.currentIndexChanged.connect(self._item_from_combo)
        self.context_bar.addWidget(self.item_combo, 1)
        self.speaker_combo = QComboBox()
        self.speaker_combo.setObjectName("speakerPicker")
        self.speaker_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.speaker_combo.setToolTip(self.tr("Speaker stamped on new notes when no live run "
                                              "is going (Ctrl+Shift+Up / Ctrl+Shift+Down)"))
        self.speaker_combo.setMinimumContentsLength(8)
        self.speaker_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.speaker_combo.currentIndexChanged.connect(self._speaker_from_combo)
        self.context_bar.addWidget(self.speaker_combo, 1)
        self.live_label = plain_label(wrap=False)
        self.live_label.setObjectName("liveStamp")
        self.live_label.setToolTip(self.tr("New notes are stamped with the item and speaker "
                                           "of the live run"))
        self.context_bar.addWidget(self.live_label, 2)
        self.live_label.hide()
        self.body.addLayout(self.context_bar)
        # Who the next note is credited to, in big letters beside the box while a live
        # run decides it: a panel has several people and the rapporteur switches between
        # them (Ctrl+Shift+Up/Down, Alt+Shift+1…9) without looking away from the text.
        self.speaker_badge = plain_label(wrap=True)
        self.speaker_badge.setObjectName("captureSpeaker")
        self.speaker_badge.setSizePolicy(QSizePolicy.Policy.Ignored,
                                         QSizePolicy.Policy.Preferred)
        f = self.speaker_badge.font()
        if f.pointSizeF() > 0:
            f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        self.speaker_badge.setFont(f)
        self.speaker_badge.setToolTip(self.tr(
            "Notes are credited to this person. Ctrl+Shift+Up / Ctrl+Shift+Down: previous / "
            "next person of the item; Alt+Shift+1…9: the nth person"))
        self.speaker_badge.hide()
        self.body.addWidget(self.speaker_badge)
        # set by the live run (ui/live/moderator.py): who the item's people are and whom
        # notes go to; None when the app runs without the moderator's tools
        self.speaker_chooser = None
        for n in range(1, 10):
            action = QAction(self)
            action.setObjectName(f"pickSpeaker{n}")
            action.setShortcut(QKeySequence(f"Alt+Shift+{n}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, n=n: self.pick_speaker_number(n))
            self.addAction(action)

        # -- the box ---------------------------------------------------------------------------
        self.edit = NoteEdit()
        self.edit.setPlaceholderText(self.tr("Type a note… Ctrl+Enter adds it · Ctrl+1…7 "
                                             "sets its kind"))
        self.edit.setAccessibleName(self.tr("Note box"))
        self.edit.key_handlers.append(self.handle_chord)
        self.body.addWidget(self.edit, 1)

        # -- action owner / due ---------------------------------------------------------------
        self.action_row = QWidget()
        row = QHBoxLayout(self.action_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(plain_label(self.tr("Owner"), wrap=False))
        self.owner_edit = _FieldEdit(self.handle_chord)
        self.owner_edit.setObjectName("actionOwner")
        self.owner_edit.setPlaceholderText(self.tr("who will do it"))
        row.addWidget(self.owner_edit, 2)
        row.addWidget(plain_label(self.tr("Due"), wrap=False))
        self.due_edit = _FieldEdit(self.handle_chord)
        self.due_edit.setObjectName("actionDue")
        self.due_edit.setPlaceholderText(self.tr("YYYY-MM-DD or +7"))
        row.addWidget(self.due_edit, 1)
        for field in (self.owner_edit, self.due_edit):
            field.submitted.connect(lambda: self.commit(from_action_fields=True))
            field.escaped.connect(self.focus_box)
        self.body.addWidget(self.action_row)
        self.action_row.hide()
        self.setTabOrder(self.edit, self.owner_edit)
        self.setTabOrder(self.owner_edit, self.due_edit)

        self.evidence_label = plain_label(wrap=True)
        self.evidence_label.setObjectName("evidenceChips")
        self.body.addWidget(self.evidence_label)
        self.evidence_label.hide()
        self.status_label = plain_label(wrap=True)
        self.status_label.setObjectName("captureStatus")
        self.body.addWidget(self.status_label)
        self.status_label.hide()
        self.hint_label = plain_label(self.tr("Ctrl+Enter adds · F1 lists the keys"), wrap=False)
        self.hint_label.setObjectName("panelNote")
        self.add_head_widget(self.hint_label)

        # hooks: callables(dict fields) -> dict | None (None cancels the commit)
        self.before_commit = []

        # draft saves and note commits go through the data file's writer thread, in order
        self.writer = writer_for(ctx.store)
        writer, sid = self.writer, ctx.session_id
        # runs on the writer thread: plain values only, no widget
        self._save_draft = lambda text: writer.store.drafts.save(sid, text)
        self.autosaver = DraftAutosaver(self.edit.toPlainText, self._save_draft, parent=self,
                                        writer=self.writer)
        draft = ctx.store.drafts.get(ctx.session_id)
        if draft:
            self.edit.setPlainText(draft)
            self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
        self.autosaver.queued.connect(self._draft_queued)
        self.edit.textChanged.connect(self.autosaver.touch)
        self._restore_box_state()
        self.kind_changed.connect(lambda _k: self.autosaver.touch())
        self.owner_edit.textEdited.connect(lambda _t: self.autosaver.touch())
        self.due_edit.textEdited.connect(lambda _t: self.autosaver.touch())
        self.edit.focus_lost.connect(self.autosaver.flush)
        self.edit.submitted.connect(self.commit)

        ctx.add_context_provider(self.picked_context)
        ctx.focus_capture_requested.connect(self.focus_box)
        ctx.bundle_changed.connect(self._fill_pickers)
        self._fill_pickers()
        self.stamp_timer = QTimer(self)
        self.stamp_timer.setInterval(1000)
        self.stamp_timer.timeout.connect(self.refresh_stamp)
        self.stamp_timer.start()
        self.refresh_stamp()

    # -- draft ---------------------------------------------------------------------------------
    def _draft_queued(self) -> None:
        # the box state (QSettings) stays on the UI thread, beside each queued draft
        try:
            self._save_box_state()
        except Exception:  # noqa: BLE001 - a convenience; the draft text is what matters
            pass

    # The box's kind, action owner/due and evidence live beside the draft text, in
    # the UI settings file inside the data dir, so a crash keeps them too.
    def _state_key(self) -> str:
        return f"capture/{self.ctx.session_id}"

    def _save_box_state(self) -> None:
        settings = getattr(self.ctx, "settings", None)
        if settings is None:
            return
        key = self._state_key()
        values = None
        if self.edit.toPlainText().strip() or self.kind != NoteKind.NOTE:
            values = {"kind": self.kind.value, "owner": self.owner_edit.text(),
                      "due": self.due_edit.text(), "evidence": ",".join(self.evidence)}
        if isinstance(self.writer, StoreWriter) and settings.format() == settings.Format.IniFormat:
            # its sync waits for the disk: on the writer thread, with the writer's own
            # QSettings object on the same file (plain values only)
            path = settings.fileName()
            self.writer.submit(lambda: write_settings(path, key, values),
                               coalesce=("box", key))
            return
        if values is None:
            settings.remove(key)
        else:
            for name, value in values.items():
                settings.setValue(f"{key}/{name}", value)
        settings.sync()

    def _restore_box_state(self) -> None:
        settings = getattr(self.ctx, "settings", None)
        if settings is None:
            return
        key = self._state_key()
        settings.sync()  # the writer thread may have written it through its own object
        try:
            kind = NoteKind(str(settings.value(f"{key}/kind", "note")))
        except ValueError:
            kind = NoteKind.NOTE
        self.owner_edit.setText(str(settings.value(f"{key}/owner", "") or ""))
        self.due_edit.setText(str(settings.value(f"{key}/due", "") or ""))
        known = {o.id for o in self.ctx.bundle.outcomes}
        self.evidence = [o for o in str(settings.value(f"{key}/evidence", "") or "").split(",")
                         if o in known]
        self._show_evidence()
        self.set_kind(kind)

    def flush(self) -> None:
        self.autosaver.flush()

    def focus_box(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_message(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    # -- kind -----------------------------------------------------------------------------------
    def set_kind(self, kind: NoteKind) -> None:
        self.kind = kind
        index = self.kind_combo.findData(kind)
        if index != self.kind_combo.currentIndex():
            self.kind_combo.blockSignals(True)
            self.kind_combo.setCurrentIndex(index)
            self.kind_combo.blockSignals(False)
        self.kind_combo.setProperty("kind", kind.value)
        self.kind_combo.style().unpolish(self.kind_combo)
        self.kind_combo.style().polish(self.kind_combo)
        self.action_row.setVisible(kind == NoteKind.ACTION)
        if kind != NoteKind.ACTION:
            self._owner_asked = False
        self.kind_changed.emit(kind)

    def _kind_from_combo(self, index: int) -> None:
        self.set_kind(self.kind_combo.itemData(index))

    # -- item / speaker pickers (used when no live run gives the context) ------------------------
    def _fill_pickers(self) -> None:
        bundle = self.ctx.bundle
        for combo in (self.item_combo, self.speaker_combo):
            combo.blockSignals(True)
            combo.clear()
        self.item_combo.addItem(self.tr("No agenda item"), None)
        for n, item in enumerate(bundle.agenda, start=1):
            self.item_combo.addItem(f"{n}. {item.title}", item.id)
        self.speaker_combo.addItem(self.tr("No speaker"), None)
        seen = set()
        for role in (RoleKind.SPEAKER, RoleKind.PANELLIST, RoleKind.DISCUSSANT,
                     RoleKind.MODERATOR, RoleKind.CHAIR):
            for p in bundle.people_with_role(role):
                if p.id not in seen:
                    seen.add(p.id)
                    self.speaker_combo.addItem(p.display_name, p.id)
        for combo, value in ((self.item_combo, self.picked_item_id),
                             (self.speaker_combo, self.picked_speaker_id)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.picked_item_id = self.item_combo.currentData()
        self.picked_speaker_id = self.speaker_combo.currentData()

    def _item_from_combo(self, index: int) -> None:
        self.picked_item_id = self.item_combo.itemData(index)
        item = next((a for a in self.ctx.bundle.agenda if a.id == self.picked_item_id), None)
        if item is not None and item.person_ids:
            self.speaker_combo.setCurrentIndex(max(0, self.speaker_combo.findData(
                item.person_ids[0])))
        self.refresh_stamp()

    def _speaker_from_combo(self, index: int) -> None:
        self.picked_speaker_id = self.speaker_combo.itemData(index)
        self.refresh_stamp()

    def pick_item(self, item_id: str | None) -> None:
        self.item_combo.setCurrentIndex(max(0, self.item_combo.findData(item_id)))

    def pick_speaker(self, person_id: str | None) -> None:
        self.speaker_combo.setCurrentIndex(max(0, self.speaker_combo.findData(person_id)))

    def _step(self, combo: QComboBox, delta: int) -> None:
        if combo.count():
            combo.setCurrentIndex(max(0, min(combo.count() - 1, combo.currentIndex() + delta)))

    def set_speaker_chooser(self, chooser) -> None:
        """The live run's speaker choice (LiveController): cycles and picks go to it."""
        self.speaker_chooser = chooser
        chooser.speaker_changed.connect(self.refresh_stamp)
        self.refresh_stamp()

    def _live_chooser(self):
        chooser = self.speaker_chooser
        if chooser is None or chooser.snapshot.current is None:
            return None
        return chooser

    def step_speaker(self, delta: int) -> None:
        chooser = self._live_chooser()
        if chooser is not None:
            chooser.cycle_speaker(delta)
        else:
            self._step(self.speaker_combo, delta)

    def pick_speaker_number(self, number: int) -> None:
        """Alt+Shift+n: credit notes to the nth person (of the live item, or of the
        speaker list when no live run is going)."""
        chooser = self._live_chooser()
        if chooser is not None:
            if not chooser.pick_speaker(number):
                self.show_message(self.tr("There is no speaker {n} on this item.")
                                  .format(n=number))
            else:
                self.show_message("")
            return
        if number < self.speaker_combo.count():  # entry 0 is "No speaker"
            self.speaker_combo.setCurrentIndex(number)
            self.show_message("")
        else:
            self.show_message(self.tr("There is no speaker {n}.").format(n=number))

    def picked_context(self) -> dict | None:
        if self.picked_item_id is None and self.picked_speaker_id is None:
            return None
        return {"agenda_item_id": self.picked_item_id, "speaker_id": self.picked_speaker_id}

    def refresh_stamp(self) -> None:
        """Show what the next note will be stamped with when a live run decides it."""
        stamp = self.ctx.capture_context()
        picked = self.picked_context() or {}
        live = bool(stamp) and stamp != picked
        # While a live run decides the stamp, the pickers make way for the "Live:" line.
        self.item_combo.setVisible(not live)
        self.speaker_combo.setVisible(not live)
        names = {a.id: a.title for a in self.ctx.bundle.agenda}
        names.update({p.id: p.display_name for p in self.ctx.bundle.people})
        if live:
            parts = [names.get(stamp.get("agenda_item_id") or "", ""),
                     names.get(stamp.get("speaker_id") or "", "")]
            self.live_label.setText(self.tr("Live: {context}").format(
                context=" · ".join(p for p in parts if p) or self.tr("no item")))
            self.live_label.setToolTip(self.live_label.text())
        self.live_label.setVisible(live)
        chooser = self._live_chooser() if stamp else None
        if chooser is not None:
            people = chooser.speaker_candidates()
            ids = [p.id for p in people]
            sid = stamp.get("speaker_id")
            name = next((p.display_name for p in people if p.id == sid), "")
            if sid and not name:
                name = names.get(sid, "")
            if name and sid in ids and len(ids) > 1:
                text = self.tr("Speaker: {name} ({n} of {total})").format(
                    name=name, n=ids.index(sid) + 1, total=len(ids))
            elif name:
                text = self.tr("Speaker: {name}").format(name=name)
            else:
                text = self.tr("Speaker: nobody yet (Ctrl+Shift+Down picks one)")
            self.speaker_badge.setText(text)
        self.speaker_badge.setVisible(chooser is not None)

    # -- evidence ------------------------------------------------------------------------------
    def toggle_evidence(self, number: int) -> None:
        outcomes = self.ctx.bundle.outcomes
        if not 1 <= number <= len(outcomes):
            self.show_message(self.tr("There is no outcome {n}.").format(n=number))
            return
        oid = outcomes[number - 1].id
        if oid in self.evidence:
            self.evidence.remove(oid)
        else:
            self.evidence.append(oid)
        self._show_evidence()
        self.autosaver.touch()

    def _show_evidence(self) -> None:
        order = {o.id: i for i, o in enumerate(self.ctx.bundle.outcomes, start=1)}
        nums = sorted(order[o] for o in self.evidence if o in order)
        self.evidence_label.setText(self.tr("Supports outcome {list}").format(
            list=", ".join(str(n) for n in nums)) if nums else "")
        self.evidence_label.setVisible(bool(nums))

    # -- keys ----------------------------------------------------------------------------------
    def handle_chord(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), _mods(event)
        if mods == CTRL and key in KIND_FOR_KEY:
            self.set_kind(KIND_FOR_KEY[key])
            return True
        if mods == ALT and key in OUTCOME_KEYS:
            self.toggle_evidence(OUTCOME_KEYS.index(key) + 1)
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods in (CTRL, CTRL | SHIFT):
            delta = -1 if key == Qt.Key.Key_Up else 1
            if mods & SHIFT:
                self.step_speaker(delta)
            else:
                self._step(self.item_combo, delta)
            return True
        return False

    # -- commit ----------------------------------------------------------------------------------
    def commit(self, from_action_fields: bool = False) -> Note | None:
        text = self.edit.toPlainText()
        if not text.strip():
            if from_action_fields:
                self.focus_box()
            return None
        if (self.kind == NoteKind.ACTION and not self._owner_asked
                and not self.owner_edit.text().strip() and not from_action_fields):
            # An action asks for its owner and due date, without leaving the keyboard.
            self._owner_asked = True
            self.show_message(self.tr("Action: type the owner, Tab to the due date, "
                                      "Enter to add (Esc: back to the note)"))
            self.owner_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        try:
            due = parse_due(self.due_edit.text()) if self.kind == NoteKind.ACTION else None
        except NoteError as exc:
            self.show_message(self.tr("Due date: {reason}").format(reason=str(exc)))
            self.due_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.due_edit.selectAll()
            return None
        fields = {"kind": self.kind, **self.ctx.capture_context()}
        if self.kind == NoteKind.ACTION:
            fields.update(action_owner=self.owner_edit.text(), action_due=due)
        if self.evidence:
            fields["outcome_ids"] = list(self.evidence)
        for hook in self.before_commit:
            fields = hook(fields)
            if fields is None:
                return None
        # The writer thread commits the note and clears the draft in one transaction
        # (until then the stored draft still holds the text). The box is cleared once
        # the note is queued; the note shows in the list when the writer has written it.
        writer, sid = self.writer, self.ctx.session_id
        job = writer.submit(lambda: capture_note(writer.store, sid, text, **fields))
        if not job.finished and (self.autosaver.last_error is not None or "\x00" in text
                                 or len(text) > MAX_NOTE_CHARS):
            # saving is failing, or the note will be refused: wait for the answer (it
            # comes at once) so the box is not cleared for nothing
            writer.wait_idle()
        if job.finished:
            if job.error is not None:
                self._note_failed(job.error, None)
                return None
            self._clear_box()
            self._note_written(job.result)
            return job.result
        kept = {"text": text, "kind": self.kind, "owner": self.owner_edit.text(),
                "due": self.due_edit.text(), "evidence": list(self.evidence)}
        self._clear_box()
        job.on_done = self._note_written
        job.on_failed = lambda exc: self._note_failed(exc, kept)
        return None

    def _clear_box(self) -> None:
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)
        self.autosaver.mark_clean()
        self.owner_edit.clear()
        self.due_edit.clear()
        self.evidence = []
        self._show_evidence()
        self.show_message("")
        self.set_kind(NoteKind.NOTE)
        self.autosaver.mark_clean()
        try:
            self._save_box_state()
        except Exception:  # noqa: BLE001 - the note is queued; the box state is a convenience
            pass
        self.focus_box()

    def _note_written(self, note: Note) -> None:
        self.ctx.announce_note(note)
        self.note_committed.emit(note)

    def _note_failed(self, exc: BaseException, kept: dict | None) -> None:
        """A note could not be written: its text goes back into the box (kept: the box
        was already cleared), the reason is shown, and the draft save (with its banner
        and retries) takes over."""
        if kept is not None:
            now = self.edit.toPlainText()
            self.edit.setPlainText(kept["text"] + ("\n\n" + now if now.strip() else ""))
            self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
            if not now.strip() and self.kind == NoteKind.NOTE:
                self.owner_edit.setText(kept["owner"])
                self.due_edit.setText(kept["due"])
                self.evidence = kept["evidence"]
                self._show_evidence()
                self.set_kind(kept["kind"])
            self.autosaver.report_failure(exc)  # a flush waiting for it must fail
        if isinstance(exc, (NoteError, ValueError)):
            reason = str(exc)
        else:  # disk full, read-only…: the text stays in the box
            from sessionkit.services.safety import describe_write_error

            reason = describe_write_error(exc).removeprefix("could not save: ")
        self.show_message(self.tr("Not added: {reason}").format(reason=reason))
        self.autosaver.touch()
