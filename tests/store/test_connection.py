"""store/connection.py's Database does what sqlite-utils' own does, on the same steps.

Each scenario runs twice, over a fresh file: once through our Database, once through
``sqlite_utils.Database``; what the caller sees (rows, errors) and what ends up in the
file must be the same.
"""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from sessionkit.store.connection import Database


def _conn(path):
    # as store/db.py's connect opens the data file
    return sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)


def _both(tmp_path, scenario):
    results = []
    for name, make in (("ours", Database), ("sqlite-utils", sqlite_utils.Database)):
        conn = _conn(tmp_path / f"{name}.db")
        db = make(conn) if make is Database else make(conn, execute_plugins=False)
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        seen = []
        try:
            scenario(db, seen)
        except Exception as exc:  # the same error, the same message
            seen.append((type(exc).__name__, str(exc)))
        seen.append(("in transaction", conn.in_transaction))
        seen.append(("rows", conn.execute("SELECT id, v FROM t ORDER BY id").fetchall()))
        seen.append(("recursive_triggers",
                     conn.execute("PRAGMA recursive_triggers").fetchone()[0]))
        results.append(seen)
        conn.close()
    assert results[0] == results[1]
    return results[0]


def test_query_rows_as_dicts_with_duplicate_names_renamed(tmp_path):
    def run(db, seen):
        db.execute("INSERT INTO t (v) VALUES ('a')")
        seen.append(list(db.query("SELECT v, v, v AS v_2 FROM t")))
        seen.append(list(db.query("SELECT * FROM t WHERE v = ?", ["a"])))
        seen.append(list(db.query("SELECT * FROM t WHERE v = :v", {"v": "a"})))
        seen.append(list(db.query("  -- a comment\n PRAGMA user_version")))

    out = _both(tmp_path, run)
    assert out[0] == [{"v": "a", "v_3": "a", "v_2": "a"}]


@pytest.mark.parametrize("sql", ["INSERT INTO t (v) VALUES ('x')", "BEGIN", "VACUUM",
                                 "/* c */ COMMIT", "UPDATE t SET v = 'y'"])
def test_query_refuses_what_returns_no_rows_and_undoes_it(tmp_path, sql):
    def run(db, seen):
        db.execute("INSERT INTO t (v) VALUES ('a')")
        db.query(sql)

    out = _both(tmp_path, run)
    assert out[0][0] == "ValueError"
    assert ("rows", [(1, "a")]) in out


def test_query_insert_returning_takes_effect_unfetched(tmp_path):
    def run(db, seen):
        db.query("INSERT INTO t (v) VALUES ('r') RETURNING id")
        with db.atomic():
            rows = db.query("INSERT INTO t (v) VALUES ('s') RETURNING id, v")
            seen.append(list(rows))

    out = _both(tmp_path, run)
    assert ("rows", [(1, "r"), (2, "s")]) in out


def test_execute_commits_on_its_own_and_a_failed_one_leaves_no_transaction(tmp_path):
    def run(db, seen):
        db.execute("INSERT INTO t (v) VALUES (?)", ["a"])
        seen.append(db.conn.in_transaction)
        db.execute("INSERT INTO t (id, v) VALUES (1, 'dup')")

    out = _both(tmp_path, run)
    assert out[1][0] == "IntegrityError"


def test_atomic_nests_in_savepoints_and_rolls_back_the_failed_part(tmp_path):
    def run(db, seen):
        with db.atomic():
            db.execute("INSERT INTO t (v) VALUES ('kept')")
            try:
                with db.atomic():
                    db.execute("INSERT INTO t (v) VALUES ('undone')")
                    raise RuntimeError("inner")
            except RuntimeError:
                pass
            db.executescript("INSERT INTO t (v) VALUES ('s1'); INSERT INTO t (v) VALUES ('s2');")
        with db.atomic():
            db.execute("INSERT INTO t (v) VALUES ('lost')")
            raise KeyError("outer")

    out = _both(tmp_path, run)
    assert out[0] == ("KeyError", "'outer'")
    assert ("rows", [(1, "kept"), (2, "s1"), (3, "s2")]) in out


def test_table_api_is_sqlite_utils_over_the_same_connection(tmp_path):
    conn = _conn(tmp_path / "x.db")
    db = Database(conn)
    with db.atomic():
        db["t2"].insert({"id": 1, "name": "유나"}, pk="id")
        db["t2"].upsert({"id": 1, "name": "Yuna"}, pk="id")
        assert conn.in_transaction  # the table write joined the open transaction
    assert list(db.query("SELECT * FROM t2")) == [{"id": 1, "name": "Yuna"}]
    assert db.table("t2").count == 1
    fresh = _conn(tmp_path / "x.db")
    db.conn = fresh  # as store/health.py's reconnect does
    conn.close()
    db["t2"].insert({"id": 2, "name": "Minh"})
    assert [r["name"] for r in db.query("SELECT name FROM t2 ORDER BY id")] == ["Yuna", "Minh"]
    db.close()
