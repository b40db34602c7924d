"""The Store: the data file and every repository over it, the one way in for
everything above store/. It lives apart from the repositories so that they (and
history, live, imports, search) never import the module that attaches them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sessionkit.domain.models import SessionBundle, to_iso, utc_now
from sessionkit.store.backup import create_backup
from sessionkit.store.connection import Database
from sessionkit.store.db import DB_FILENAME, SCHEMA_VERSION, StoreError, connect
from sessionkit.store.health import checkpoint_all, open_read_only, reconnect
from sessionkit.store.history import EvidenceRepo, NoteHistoryRepo
from sessionkit.store.imports import ImportRepo
from sessionkit.store.live import LiveRepo
from sessionkit.store.repos import (
    AgendaRepo,
    DocumentRepo,
    DraftRepo,
    NoteRepo,
    OutcomeRepo,
    PeopleRepo,
    PersonCueRepo,
    ReportMetaRepo,
    RoleRepo,
    SessionRepo,
    SessionTemplateRepo,
)
from sessionkit.store.search import SearchRepo
from sessionkit.store.team import TeamRepo


class Store:
    """The data file and its repositories: the one way in for everything above store/.

    Every table is reached through a repository hanging off the Store (``store.notes``,
    ``store.history``, ``store.live``…); nothing outside store/ holds SQL or the
    connection (tests/architecture/test_layering.py checks).
    """

    def __init__(self, db: Database, path: Path | None = None):
        self._db = db  # private: everything above store/ goes through a repository
        self.path = path
        self.sessions = SessionRepo(db)
        self.people = PeopleRepo(db)
        self.roles = RoleRepo(db)
        self.agenda = AgendaRepo(db)
        self.outcomes = OutcomeRepo(db)
        self.documents = DocumentRepo(db)
        self.notes = NoteRepo(db)
        self.drafts = DraftRepo(db)
        self.report_meta = ReportMetaRepo(db)
        self.person_cues = PersonCueRepo(db)
        self.history = NoteHistoryRepo(db)
        self.evidence = EvidenceRepo(db)
        self.live = LiveRepo(db)
        self.search = SearchRepo(db)
        self.imports = ImportRepo(db)
        self.session_templates = SessionTemplateRepo(db)
        self.team = TeamRepo(db)

    @classmethod
    def open(cls, data_dir: Path) -> "Store":
        data_dir = Path(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / DB_FILENAME
        return cls(connect(path), path)

    def atomic(self):
        return self._db.atomic()

    def close(self) -> None:
        self._db.close()

    # -- the connection's state, for the safety net (ui/safety/, ui/capture/writer.py) ----
    def data_version(self) -> int:
        """SQLite's ``PRAGMA data_version``: it changes when *another* connection (the
        writer thread, another process) commits to the file; see ``total_changes``
        for this connection's own writes."""
        return self._db.execute("PRAGMA data_version").fetchone()[0]

    def total_changes(self) -> int:
        """Rows changed through this connection since it was opened."""
        return self._db.conn.total_changes

    def in_transaction(self) -> bool:
        return self._db.conn.in_transaction

    def rollback(self) -> None:
        """Undo an open transaction (a failed job on the writer thread)."""
        self._db.conn.rollback()

    def backup_to(self, data_dir: Path, reason: str = "manual", **options):
        """Back up this store, through its own connection (so a transaction this
        connection has not committed is not in it), into ``data_dir``'s backup
        folder; returns the BackupInfo. ``options`` go to
        :func:`sessionkit.store.backup.create_backup` (``now``, ``prune_after``)."""
        return create_backup(Path(data_dir), source=self._db.conn, reason=reason, **options)

    def checkpoint_wal(self) -> bool:
        """Copy every committed -wal frame into the data file and empty the -wal
        (after the -wal was deleted under the app); False when another connection
        kept it from finishing. See :func:`sessionkit.store.health.checkpoint_all`."""
        return checkpoint_all(self._db.conn)

    def reconnect(self) -> None:
        """Replace this store's connection by a fresh one to the same file, which
        starts a new -wal; only after ``checkpoint_wal``, with every other connection
        of this process to the file closed."""
        reconnect(self._db, Path(self.path))

    # -- whole bundles ---------------------------------------------------------
    def save_bundle(self, bundle: SessionBundle) -> None:
        """Write a session and everything that hangs off it, in one transaction."""
        sid = bundle.session.id
        with self._db.atomic():
            self.sessions.save(bundle.session)
            for p in bundle.people:
                self.people.save(p)
            self.roles.replace_for_session(sid, bundle.roles)
            self.documents.replace_for_session(sid, bundle.documents)
            self.agenda.replace_for_session(sid, bundle.agenda)
            for pos, o in enumerate(bundle.outcomes):
                o.position = pos
                self.outcomes.save(sid, o)

    def load_bundle(self, session_id: str) -> SessionBundle:
        return SessionBundle(
            session=self.sessions.get(session_id),
            people=self.people.for_session(session_id),
            roles=self.roles.for_session(session_id),
            agenda=self.agenda.for_session(session_id),
            outcomes=self.outcomes.for_session(session_id),
            documents=self.documents.for_session(session_id),
        )

    def replica_id(self) -> str:
        """This data file's name in version vectors (made by migration 6)."""
        row = self._db.execute("SELECT id FROM replica ORDER BY rowid LIMIT 1").fetchone()
        if row is None:
            import uuid

            rid = uuid.uuid4().hex[:16]
            self._db.execute("INSERT INTO replica (id) VALUES (?)", [rid])
            return rid
        return row[0]

    # -- bundled-session bookkeeping --------------------------------------------
    def bundle_loaded(self, name: str) -> bool:
        return self._db.execute("SELECT 1 FROM bundle_loads WHERE name = ?",
                               [name]).fetchone() is not None

    def mark_bundle_loaded(self, name: str, session_id: str) -> None:
        self._db["bundle_loads"].insert(
            {"name": name, "session_id": session_id, "loaded_at": to_iso(utc_now())})


def read_only_store(path: Path):
    """A Store over a read-only connection to the data file at *path*: for reading
    (a list, a report, a search) while another SessionKit holds the lock, or when the
    disk cannot be written. Refuses, with a StoreError, a file of another schema."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"there is no data file in {path.parent} yet")
    try:
        conn = open_read_only(path, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot be read ({exc})") from exc
    if version != SCHEMA_VERSION:
        conn.close()
        raise StoreError(f"{path} has schema {version}, this SessionKit uses "
                         f"{SCHEMA_VERSION}; close the other SessionKit and try again")
    return Store(Database(conn, execute_plugins=True), path)
