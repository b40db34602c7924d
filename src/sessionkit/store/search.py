"""Full-text search over notes and sessions (SQLite FTS5, trigram tokenizer).

The trigram tokenizer indexes every 3-character sequence, so a query finds
substrings in scripts without spaces between words (``광주`` … in ``광주광역시``,
``都市間`` in ``都市間連携による``). FTS5 trigram queries need at least 3
characters: shorter terms are matched with LIKE instead. The FTS tables keep
their own copy of the text, keyed by the base table's rowid, and are kept in step
by triggers (migration 5).
"""

from __future__ import annotations

from dataclasses import dataclass

from sessionkit.store.connection import Database

MIN_FTS_CHARS = 3


@dataclass
class SearchHit:
    kind: str  # "note" or "session"
    session_id: str
    session_code: str
    session_title: str
    text: str  # the note's text, or the session's title (+ description) for a session hit
    note_id: str | None = None
    note_kind: str | None = None
    created: str | None = None  # ISO, UTC


def split_terms(query: str) -> list[str]:
    return [t for t in query.split() if t]


def _like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _conditions(terms: list[str], fts_table: str, like_columns: list[str]):
    """SQL conditions (ANDed) and their parameters for the given terms."""
    long = [t for t in terms if len(t) >= MIN_FTS_CHARS]
    short = [t for t in terms if len(t) < MIN_FTS_CHARS]
    sql, params = [], []
    if long:
        sql.append(f"x.rowid IN (SELECT rowid FROM {fts_table} WHERE {fts_table} MATCH ?)")
        params.append(" AND ".join(_fts_phrase(t) for t in long))
    for t in short:
        sql.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in like_columns) + ")")
        params.extend([_like_pattern(t)] * len(like_columns))
    return sql, params


class SearchRepo:
    def __init__(self, db: Database):
        self.db = db

    def notes(self, query: str, session_id: str | None = None, limit: int = 200,
              include_deleted: bool = False) -> list[SearchHit]:
        """Matching notes, newest first (at most ``limit``).

        The FTS index drives the query when a term has 3+ characters, walked in
        descending rowid order (≈ newest first) so LIMIT stops early; otherwise the
        notes table is scanned the same way with LIKE.
        """
        terms = split_terms(query)
        if not terms:
            return []
        long = [t for t in terms if len(t) >= MIN_FTS_CHARS]
        short = [t for t in terms if len(t) < MIN_FTS_CHARS]
        conds, params = [], []
        if long:
            source = "notes_fts f CROSS JOIN notes x ON x.rowid = f.rowid"
            conds.append("notes_fts MATCH ?")
            params.append(" AND ".join(_fts_phrase(t) for t in long))
            order = "f.rowid DESC"
        else:
            source = "notes x"
            order = "x.rowid DESC"
        for t in short:
            conds.append("x.text LIKE ? ESCAPE '\\'")
            params.append(_like_pattern(t))
        if session_id:
            conds.append("x.session_id = ?")
            params.append(session_id)
        if not include_deleted:
            conds.append("x.deleted_at IS NULL")
        conds.append("x.session_id NOT IN (SELECT id FROM sessions WHERE deleted_at IS NOT NULL)")
        sql = (f"SELECT x.id, x.session_id, x.text, x.kind, x.created FROM {source} WHERE "
               + " AND ".join(conds) + f" ORDER BY {order} LIMIT ?")
        rows = list(self.db.query(sql, [*params, limit]))
        sessions = self._live_sessions({r["session_id"] for r in rows})
        rows = [r for r in rows if r["session_id"] in sessions]
        rows.sort(key=lambda r: (r["created"], r["id"]), reverse=True)
        return [SearchHit(kind="note", session_id=r["session_id"],
                          session_code=sessions[r["session_id"]][0],
                          session_title=sessions[r["session_id"]][1], text=r["text"],
                          note_id=r["id"], note_kind=r["kind"], created=r["created"])
                for r in rows[:limit]]

    def _live_sessions(self, ids: set[str]) -> dict[str, tuple[str, str]]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return {r["id"]: (r["code"], r["title"]) for r in self.db.query(
            f"SELECT id, code, title FROM sessions WHERE deleted_at IS NULL AND id IN ({marks})",
            list(ids))}

    def sessions(self, query: str, session_id: str | None = None,
                 limit: int = 50) -> list[SearchHit]:
        terms = split_terms(query)
        if not terms:
            return []
        conds, params = _conditions(terms, "sessions_fts", ["x.title", "x.description"])
        if session_id:
            conds.append("x.id = ?")
            params.append(session_id)
        conds.append("x.deleted_at IS NULL")
        sql = ("SELECT x.id, x.code, x.title, x.description FROM sessions x WHERE "
               + " AND ".join(conds) + " ORDER BY x.code LIMIT ?")
        import json

        hits = []
        for r in self.db.query(sql, [*params, limit]):
            try:
                paragraphs = json.loads(r["description"] or "[]")
            except ValueError:
                paragraphs = []
            text = "\n".join([r["title"], *paragraphs])
            hits.append(SearchHit(kind="session", session_id=r["id"], session_code=r["code"],
                                  session_title=r["title"], text=text))
        return hits
