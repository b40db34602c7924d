"""What every panel of one open session shares: the store, the session, change signals.

Panels talk to each other only through this object (signals), never through the
main window, so a new panel (live run, capture extensions) plugs in without
rewriting the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from sessionkit.domain.models import Note, SessionBundle
from sessionkit.store import Store

# A context provider returns the stamp for a note being captured now, e.g.
# {"agenda_item_id": "...", "speaker_id": "..."}, or None when it has no opinion.
ContextProvider = Callable[[], "dict | None"]


class SessionContext(QObject):
    note_added = Signal(object)  # Note, just captured
    notes_changed = Signal()  # anything else about notes changed: reload
    outcomes_changed = Signal()
    bundle_changed = Signal()  # agenda, people, session fields edited
    focus_capture_requested = Signal()  # "back to the note box" (Esc in lists, etc.)
    show_note_requested = Signal(str)  # a note id to select in the notes stream
    outcome_evidence_requested = Signal(str)  # an outcome id: show the notes supporting it

    def __init__(self, store: Store, data_dir: Path, session_id: str,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.data_dir = Path(data_dir)
        self.bundle: SessionBundle = store.load_bundle(session_id)
        self._providers: list[ContextProvider] = []
        self.settings = None  # QSettings (INI inside the data dir) when the app made it

    @property
    def session(self):
        return self.bundle.session

    @property
    def session_id(self) -> str:
        return self.bundle.session.id

    def reload_bundle(self) -> None:
        self.bundle = self.store.load_bundle(self.session_id)
        self.bundle_changed.emit()

    # -- automatic context for captured notes -----------------------------------
    def add_context_provider(self, provider: ContextProvider, first: bool = False) -> None:
        """Register a source of the item/speaker stamp; earlier providers win."""
        if first:
            self._providers.insert(0, provider)
        else:
            self._providers.append(provider)

    def capture_context(self) -> dict:
        for provider in self._providers:
            value = provider()
            if value:
                return {k: v for k, v in value.items()
                        if k in ("agenda_item_id", "speaker_id")}
        return {}

    def announce_note(self, note: Note) -> None:
        self.note_added.emit(note)
