"""Opening the one SQLite file, and its versioned schema.

Migrations are registered one by one in ``MIGRATIONS``; migration *n* takes the
schema from version n-1 to n and runs in a single transaction together with the
``PRAGMA user_version`` bump, so a crash mid-migration leaves the old version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sessionkit.store.connection import Database

DB_FILENAME = "sessionkit.db"


class StoreError(Exception):
    """A problem with the data file that the user must be told about."""


class NewerSchemaError(StoreError):
    pass


def _m1_initial(db: Database) -> None:
    db["sessions"].create(
        {
            "id": str,
            "code": str,
            "title": str,
            "subtitle": str,
            "track": str,
            "tags": str,  # JSON list
            "room": str,
            "room_note": str,
            "start": str,  # ISO 8601 with offset, session's own zone
            "end": str,
            "timezone": str,
            "description": str,  # JSON list of paragraphs
            "outcomes_intro": str,
            "language": str,
            "abstract": str,
            "links": str,  # JSON list
            "source": str,
            "created": str,
            "updated": str,
            "deleted_at": str,
        },
        pk="id",
        not_null={"code", "title"},
        defaults={"subtitle": "", "track": "", "tags": "[]", "room": "", "room_note": "",
                  "timezone": "", "description": "[]", "outcomes_intro": "", "language": "", "abstract": "",
                  "links": "[]", "source": ""},
    )
    db["sessions"].create_index(["code"])
    db["sessions"].create_index(["source"])
    db["documents"].create(
        {"id": str, "session_id": str, "position": int, "title": str, "url": str,
         "as_of": str, "local_path": str},
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db["people"].create(
        {"id": str, "display_name": str, "native_name": str, "family_name_first": int,
         "position": str, "organisation": str, "department": str, "country": str,
         "bio": str, "photo_path": str},
        pk="id",
        not_null={"display_name"},
    )
    db["roles"].create(
        {"session_id": str, "person_id": str, "role": str, "position": int},
        pk=("session_id", "person_id", "role"),
        foreign_keys=[("session_id", "sessions", "id"), ("person_id", "people", "id")],
    )
    db["agenda_items"].create(
        {"id": str, "session_id": str, "position": int, "title": str, "kind": str,
         "planned_minutes": int, "cue": str, "actual_start": str, "actual_end": str},
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db["agenda_items"].create_index(["session_id", "position"])
    db["agenda_item_people"].create(
        {"item_id": str, "person_id": str, "position": int},
        pk=("item_id", "person_id"),
        foreign_keys=[("item_id", "agenda_items", "id"), ("person_id", "people", "id")],
    )
    db["outcomes"].create(
        {"id": str, "session_id": str, "position": int, "text": str, "status": str,
         "comment": str},
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db["notes"].create(
        {"id": str, "session_id": str, "created": str, "updated": str, "author": str,
         "device": str, "kind": str, "text": str, "agenda_item_id": str,
         "speaker_id": str, "action_owner": str, "action_due": str, "starred": int,
         "deleted_at": str},
        pk="id",
        not_null={"session_id", "created", "text", "kind"},
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db["notes"].create_index(["session_id", "created"])
    db["note_outcomes"].create(
        {"note_id": str, "outcome_id": str},
        pk=("note_id", "outcome_id"),
        foreign_keys=[("note_id", "notes", "id"), ("outcome_id", "outcomes", "id")],
    )
    db["drafts"].create(
        {"session_id": str, "text": str, "updated": str},
        pk="session_id",
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db["report_meta"].create(
        {"session_id": str, "summary": str, "attendance": str, "signed_off_by": str,
         "signed_off_at": str},
        pk="session_id",
        foreign_keys=[("session_id", "sessions", "id")],
    )
    # Which bundled session files have been loaded: loaded once, never again,
    # so the user's edits are never overwritten by a restart.
    db["bundle_loads"].create(
        {"name": str, "session_id": str, "loaded_at": str},
        pk="name",
    )


def _m2_live_run(db: Database) -> None:
    """The session clock's live state, so a run survives closing the app (store/live.py)."""
    db.execute(
        "CREATE TABLE live_sessions ("
        " session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,"
        " state TEXT NOT NULL DEFAULT 'idle',"
        " current_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,"
        " started_at TEXT, ended_at TEXT, paused_at TEXT,"
        " paused_seconds REAL NOT NULL DEFAULT 0,"
        " amber_seconds INTEGER NOT NULL DEFAULT 120,"
        " red_seconds INTEGER NOT NULL DEFAULT 0,"
        " updated TEXT)")
    db.execute(
        "CREATE TABLE live_items ("
        " item_id TEXT PRIMARY KEY REFERENCES agenda_items(id) ON DELETE CASCADE,"
        " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
        " extra_seconds INTEGER NOT NULL DEFAULT 0,"
        " paused_seconds REAL NOT NULL DEFAULT 0)")
    db.execute("CREATE INDEX idx_live_items_session ON live_items(session_id)")


def _m3_schedule_imports(db: Database) -> None:
    """Which sessions came from which schedule, and a hash of what was imported last
    (store/imports.py): re-imports update untouched sessions and keep local edits."""
    db.execute(
        "CREATE TABLE import_records ("
        " source TEXT PRIMARY KEY,"
        " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
        " schedule TEXT NOT NULL DEFAULT '',"
        " snapshot_hash TEXT NOT NULL,"
        " imported_at TEXT NOT NULL,"
        " file_name TEXT NOT NULL DEFAULT '')")
    db.execute("CREATE INDEX idx_import_records_schedule ON import_records(schedule)")


def _m4_intro_cues(db: Database) -> None:
    """The moderator's intro cue for each person, per session (speaker cards)."""
    db.execute(
        "CREATE TABLE person_cues ("
        " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
        " person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
        " cue TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (session_id, person_id))")


def _m5_note_history_and_search(db: Database) -> None:
    """Note versions (each edit keeps the previous one) and full-text search.

    FTS5 with the trigram tokenizer (substrings in CJK text); each FTS table keeps
    its own copy of the text under the base row's rowid, kept in step by triggers
    that delete by rowid first, so upserts and replaces never leave stale entries.
    """
    db.execute(
        "CREATE TABLE note_versions ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,"
        " saved_at TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,"
        " agenda_item_id TEXT, speaker_id TEXT, action_owner TEXT NOT NULL DEFAULT '',"
        " action_due TEXT, outcome_ids TEXT NOT NULL DEFAULT '[]', was_updated TEXT)")
    db.execute("CREATE INDEX idx_note_versions_note ON note_versions(note_id, id)")
    db.execute("CREATE VIRTUAL TABLE notes_fts USING fts5(text, tokenize = 'trigram')")
    db.execute("CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes BEGIN"
               " DELETE FROM notes_fts WHERE rowid = new.rowid;"
               " INSERT INTO notes_fts(rowid, text) VALUES (new.rowid, new.text); END")
    db.execute("CREATE TRIGGER notes_fts_au AFTER UPDATE OF text ON notes BEGIN"
               " DELETE FROM notes_fts WHERE rowid = old.rowid;"
               " INSERT INTO notes_fts(rowid, text) VALUES (new.rowid, new.text); END")
    db.execute("CREATE TRIGGER notes_fts_ad AFTER DELETE ON notes BEGIN"
               " DELETE FROM notes_fts WHERE rowid = old.rowid; END")
    db.execute("INSERT INTO notes_fts(rowid, text) SELECT rowid, text FROM notes")
    db.execute("CREATE VIRTUAL TABLE sessions_fts USING fts5(title, description,"
               " tokenize = 'trigram')")
    db.execute("CREATE TRIGGER sessions_fts_ai AFTER INSERT ON sessions BEGIN"
               " DELETE FROM sessions_fts WHERE rowid = new.rowid;"
               " INSERT INTO sessions_fts(rowid, title, description)"
               " VALUES (new.rowid, new.title, new.description); END")
    db.execute("CREATE TRIGGER sessions_fts_au AFTER UPDATE OF title, description ON sessions"
               " BEGIN DELETE FROM sessions_fts WHERE rowid = old.rowid;"
               " INSERT INTO sessions_fts(rowid, title, description)"
               " VALUES (new.rowid, new.title, new.description); END")
    db.execute("CREATE TRIGGER sessions_fts_ad AFTER DELETE ON sessions BEGIN"
               " DELETE FROM sessions_fts WHERE rowid = old.rowid; END")
    db.execute("INSERT INTO sessions_fts(rowid, title, description)"
               " SELECT rowid, title, description FROM sessions")


def _m6_note_clocks_and_conflicts(db: Database) -> None:
    """What merging packages needs to keep every version and see concurrent edits
    (services/packages.py): each note's version vector (``clock``, JSON {replica: n})
    and whether two laptops changed it without seeing each other's change
    (``conflict``); note versions get the rest of a note's state so a version that
    loses a merge is kept whole, and ``head`` marks a concurrent version still in
    conflict. ``replica`` names this data file in version vectors."""
    db.execute("ALTER TABLE notes ADD COLUMN clock TEXT NOT NULL DEFAULT '{}'")
    db.execute("ALTER TABLE notes ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0")
    for column in ("starred INTEGER NOT NULL DEFAULT 0", "deleted_at TEXT",
                   "clock TEXT NOT NULL DEFAULT '{}'", "head INTEGER NOT NULL DEFAULT 0",
                   "author TEXT NOT NULL DEFAULT ''", "device TEXT NOT NULL DEFAULT ''"):
        db.execute(f"ALTER TABLE note_versions ADD COLUMN {column}")
    db.execute("CREATE TABLE replica (id TEXT PRIMARY KEY)")
    import uuid

    db.execute("INSERT INTO replica (id) VALUES (?)", [uuid.uuid4().hex[:16]])


def _m7_stage_time_cards(db: Database) -> None:
    """The moderator's stage time cards ("5 minutes", "Please wrap up"…), per session,
    as a JSON list of texts (store/live.py); no row means the built-in cards."""
    db.execute(
        "CREATE TABLE live_time_cards ("
        " session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,"
        " cards TEXT NOT NULL DEFAULT '[]')")


def _m8_speaker_turns(db: Database) -> None:
    """Who spoke when during the live run (store/live.py): each change of the person
    notes are credited to while an item runs, with its time and the item's pauses so
    far, so the report measures speaking time instead of splitting items evenly. A
    person taken off the session leaves the turn with nobody (that time is nobody's)."""
    db.execute(
        "CREATE TABLE live_turns ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
        " item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,"
        " person_id TEXT REFERENCES people(id) ON DELETE SET NULL,"
        " at TEXT NOT NULL,"
        " paused_seconds REAL NOT NULL DEFAULT 0)")
    db.execute("CREATE INDEX idx_live_turns_session ON live_turns(session_id, item_id)")


def _m9_session_templates(db: Database) -> None:
    """The report template chosen for a session (store/repos.py SessionTemplateRepo):
    the template's TOML text and its logo, kept in the data file so the session's
    reports and its package carry the same look wherever the file goes."""
    db.execute(
        "CREATE TABLE session_templates ("
        " session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,"
        " toml TEXT NOT NULL,"
        " logo BLOB,"
        " logo_name TEXT NOT NULL DEFAULT '')")


def _m10_stage_message(db: Database) -> None:
    """The stage message kept with the live run, so a message set from the command line
    or a remote control reaches the stage display and the shared views, and survives a
    restart like the rest of the run."""
    db.execute("ALTER TABLE live_sessions ADD COLUMN stage_message TEXT NOT NULL DEFAULT ''")


# What makes a session's package change, and how to find its session from the row.
_TEAM_WATCHED = (
    ("sessions", "id", "INSERT UPDATE"),
    ("notes", "session_id", "INSERT UPDATE DELETE"),
    ("agenda_items", "session_id", "INSERT UPDATE DELETE"),
    ("outcomes", "session_id", "INSERT UPDATE DELETE"),
    ("roles", "session_id", "INSERT UPDATE DELETE"),
    ("documents", "session_id", "INSERT UPDATE DELETE"),
    ("session_templates", "session_id", "INSERT UPDATE DELETE"),
)


def _m11_team_folder(db: Database) -> None:
    """The team folder (services/team.py): ``team_changes`` counts, per session, the
    changes that alter its package (kept by triggers, so no write anywhere in the app
    can be missed), ``team_sessions`` what this device last wrote for each session to
    a folder (the change count it covered, its file, the content's hash), and
    ``team_files`` what was seen of every other file there (size, mtime, hash, whose
    it is, whether it merged), so a rescan reads only files that changed."""
    db.execute("CREATE TABLE team_changes (session_id TEXT PRIMARY KEY,"
               " n INTEGER NOT NULL DEFAULT 0)")
    db.execute(
        "CREATE TABLE team_sessions ("
        " folder TEXT NOT NULL, session_id TEXT NOT NULL, n INTEGER NOT NULL DEFAULT 0,"
        " file_name TEXT NOT NULL DEFAULT '', content_sha TEXT NOT NULL DEFAULT '',"
        " size INTEGER, mtime_ns INTEGER, written_at TEXT,"
        " PRIMARY KEY (folder, session_id))")
    db.execute(
        "CREATE TABLE team_files ("
        " folder TEXT NOT NULL, name TEXT NOT NULL, size INTEGER, mtime_ns INTEGER,"
        " sha256 TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT '',"
        " device_id TEXT NOT NULL DEFAULT '', device_name TEXT NOT NULL DEFAULT '',"
        " session_id TEXT NOT NULL DEFAULT '', session_code TEXT NOT NULL DEFAULT '',"
        " exported_at TEXT, checked_at TEXT, message TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (folder, name))")

    def bump(select: str) -> str:
        return (f"INSERT INTO team_changes (session_id, n) {select} "
                "ON CONFLICT(session_id) DO UPDATE SET n = n + 1;")

    for table, column, events in _TEAM_WATCHED:
        for event in events.split():
            rows = ("new",) if event == "INSERT" else ("old",) if event == "DELETE" \
                else ("old", "new")
            body = " ".join(bump(f"SELECT {r}.{column}, 1 WHERE {r}.{column} IS NOT NULL")
                            for r in rows)
            db.execute(f"CREATE TRIGGER team_{table}_{event.lower()} AFTER {event} ON {table}"
                       f" BEGIN {body} END")
    via = {  # rows that belong to a session through another row
        "note_versions": ("note_id", "SELECT session_id, 1 FROM notes WHERE id = {r}.note_id"),
        "note_outcomes": ("note_id", "SELECT session_id, 1 FROM notes WHERE id = {r}.note_id"),
        "agenda_item_people": ("item_id", "SELECT session_id, 1 FROM agenda_items"
                                          " WHERE id = {r}.item_id"),
    }
    for table, (_, select) in via.items():
        for event in ("INSERT", "UPDATE", "DELETE"):
            r = "old" if event == "DELETE" else "new"
            db.execute(f"CREATE TRIGGER team_{table}_{event.lower()} AFTER {event} ON {table}"
                       f" BEGIN {bump(select.format(r=r))} END")
    # a person's details travel in every session they take part in
    db.execute("CREATE TRIGGER team_people_update AFTER UPDATE ON people BEGIN "
               + bump("SELECT session_id, 1 FROM roles WHERE person_id = new.id")
               + bump("SELECT a.session_id, 1 FROM agenda_item_people p JOIN agenda_items a"
                      " ON a.id = p.item_id WHERE p.person_id = new.id")
               + " END")


MIGRATIONS: list[Callable[[Database], None]] = [
    _m1_initial,
    _m2_live_run,
    _m3_schedule_imports,
    _m4_intro_cues,
    _m5_note_history_and_search,
    _m6_note_clocks_and_conflicts,
    _m7_stage_time_cards,
    _m8_speaker_turns,
    _m9_session_templates,
    _m10_stage_message,
    _m11_team_folder,
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: Database) -> int:
    """Bring the schema up to date, one transaction per migration."""
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"this data file was written by a newer SessionKit (schema {current}, "
            f"this version knows up to {SCHEMA_VERSION}); it was left untouched"
        )
    for number in range(current + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            MIGRATIONS[number - 1](db)
            db.execute(f"PRAGMA user_version = {number}")
    return SCHEMA_VERSION


def open_sqlite(target: str, **kwargs) -> sqlite3.Connection:
    """``sqlite3.connect`` for every connection SessionKit opens: SQLite's temporary
    files (sorts, temp indices, statement journals) stay in memory instead of going
    to /var/tmp or /tmp, so nothing of the notes is written outside the data folder."""
    conn = sqlite3.connect(target, **kwargs)
    try:
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def connect(path: Path) -> Database:
    """Open (creating if needed) the data file with the pragmas DESIGN.md asks for."""
    path = Path(path)
    try:
        conn = open_sqlite(str(path), isolation_level=None, check_same_thread=False,
                           timeout=5.0)
        conn.execute("PRAGMA busy_timeout = 5000")
        # Read the version before anything writes to the file (switching to WAL
        # rewrites the header): a newer file must stay byte-identical.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            conn.close()
            raise NewerSchemaError(
                f"{path}: this data file was written by a newer SessionKit (schema {version}, "
                f"this version knows up to {SCHEMA_VERSION}); it was left untouched")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(f"{path}: could not switch the data file to WAL mode")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open the data file ({exc})") from exc
    # no sqlite-utils plugins: nothing outside SessionKit touches its connection, and
    # looking them up scans every installed package's metadata at start (benchmarks/)
    # sqlite-utils itself is imported only if a migration or a table write needs it
    db = Database(conn)
    try:
        migrate(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: the data file could not be read ({exc})") from exc
    except StoreError:
        conn.close()
        raise
    return db
