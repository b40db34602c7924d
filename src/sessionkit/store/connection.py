"""The data file's connection as the repositories see it, without sqlite-utils at start.

Importing sqlite-utils costs every start-up ~85 ms and ~12 MB (click, pluggy, its
CREATE TABLE parser, hashlib/OpenSSL; benchmarks/README.md), yet the app reaches its
first frame with only ``query``, ``execute``, ``executescript`` and ``atomic``. This
``Database`` does those itself, with sqlite-utils 4.2's semantics copied below (the
savepoint guard of ``query``, the implicit-transaction commit of ``execute``, savepoints
for nested ``atomic``), and builds the real ``sqlite_utils.Database`` over the same
connection the first time anything else is asked for (``db["notes"].insert``,
``db.table(...)``, a migration's ``create``). Both work on one connection and keep no
state of their own, so mixing them is the same as using sqlite-utils alone.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sqlite3
import sys
from collections.abc import Generator, Iterable, Sequence

# copied from sqlite_utils.db (Apache-2.0), so query() and execute() treat statements
# exactly as sqlite-utils does
_TRANSACTION_CONTROL_KEYWORDS = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}
_QUERY_REJECTED_KEYWORDS = _TRANSACTION_CONTROL_KEYWORDS | {"VACUUM", "ATTACH", "DETACH"}


def _first_keyword(sql: str) -> str:
    """The first keyword of a statement, uppercased, after whitespace, comments, bare
    ``;`` and a byte order mark; "" when there is none (as sqlite-utils reads it)."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def _dedupe_keys(keys: Iterable[str]) -> list[str]:
    """Column names made unique with ``_2``, ``_3``… as sqlite-utils' query() does."""
    keys = list(keys)
    taken = set(keys)
    if len(taken) == len(keys):
        return keys
    seen: set = set()
    result = []
    for key in keys:
        if key in seen:
            new_key = key
            suffix = 2
            while new_key in seen or new_key in taken:
                new_key = f"{key}_{suffix}"
                suffix += 1
            key = new_key
        seen.add(key)
        result.append(key)
    return result


def _iter_complete_sql_statements(sql: str) -> Generator[str, None, None]:
    statement: list[str] = []
    for char in sql:
        statement.append(char)
        statement_sql = "".join(statement).strip()
        if statement_sql and sqlite3.complete_statement(statement_sql):
            yield statement_sql
            statement = []
    statement_sql = "".join(statement).strip()
    if statement_sql:
        yield statement_sql


def _import_lazily(name: str) -> None:
    """Put ``name`` in sys.modules as a module that loads on first attribute use.

    sqlite-utils imports python-dateutil's parser at start only for its
    ``parsedate`` recipes, which SessionKit never calls: ~13 ms and ~3 MB of every
    start-up (benchmarks/README.md). Still the real module the moment anyone uses it.
    """
    if name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:  # as the import system does; `from parent import child` then finds it
        setattr(sys.modules[parent], child, module)


class _PatternOnFirstUse:
    """Stands in for a compiled regex until it is first used."""

    __slots__ = ("_compile", "_args", "_pattern")

    def __init__(self, compile_, pattern, flags) -> None:
        self._compile, self._args, self._pattern = compile_, (pattern, flags), None

    def __getattr__(self, name):
        if self._pattern is None:
            self._pattern = self._compile(*self._args)
        return getattr(self._pattern, name)


def import_sqlite_utils():
    """``import sqlite_utils`` (the module), leaving python-dateutil's parser and one
    regex of its db.py to load when used. Called by Database below when its table API is
    first needed: the app reaches its first frame without it.

    It compiles at import a case-insensitive pattern over ``\u0080-\uffff`` (a SQL
    name in ``CREATE VIRTUAL TABLE``), read only by ``Table.virtual_table_using``,
    which SessionKit never calls; case-folding that range takes 15-50 ms of every
    start-up (benchmarks/README.md). Every other pattern is compiled as usual.
    """
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    import re

    _import_lazily("dateutil.parser")
    real = re.compile

    def compile_(pattern, flags=0):
        if (isinstance(pattern, str) and flags & re.IGNORECASE
                and "\\u0080-\\uffff" in pattern):
            return _PatternOnFirstUse(real, pattern, flags)
        return real(pattern, flags)

    re.compile = compile_
    try:
        import sqlite_utils
    finally:
        re.compile = real
    return sqlite_utils


class Database:
    """A ``sqlite_utils.Database`` over *conn* that imports sqlite-utils only when its
    table API is first used. ``execute_plugins`` as sqlite-utils' own: True loads its
    plugins (and so sqlite-utils) at once, as opening it did."""

    def __init__(self, conn: sqlite3.Connection, *, execute_plugins: bool = False):
        self._conn = conn
        self._real = None
        # as sqlite_utils.Database(conn) does first (recursive_triggers=True)
        self.execute("PRAGMA recursive_triggers=on;")
        if execute_plugins:
            self._sqlite_utils(execute_plugins=True)

    # -- the connection ---------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @conn.setter
    def conn(self, conn: sqlite3.Connection) -> None:  # store/health.py's reconnect
        self._conn = conn
        if self._real is not None:
            self._real.conn = conn

    def close(self) -> None:
        self._conn.close()

    def rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    # -- what the app uses before its first frame, as sqlite-utils 4.2 does it --------
    @contextlib.contextmanager
    def atomic(self) -> Generator["Database", None, None]:
        """A transaction; nested blocks are savepoints."""
        conn = self._conn
        if conn.in_transaction:
            # secrets.token_hex(16), which is this, without importing secrets (hmac, and
            # with it OpenSSL's hashlib: ~7 ms of every start-up)
            savepoint = f"sqlite_utils_{os.urandom(16).hex()}"
            conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                # an error such as a RAISE(ROLLBACK) trigger can destroy the whole
                # transaction, savepoints included: then there is nothing to undo
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            else:
                conn.execute(f"RELEASE SAVEPOINT {savepoint};")
        else:
            conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                try:
                    conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise

    @contextlib.contextmanager
    def _autocommit_on(self) -> Generator[None, None, None]:
        # only reached with no transaction open (see query)
        old = self._conn.isolation_level
        try:
            self._conn.isolation_level = None
            yield
        finally:
            self._conn.isolation_level = old

    def query(self, sql: str, params: Sequence | dict[str, object] | None = None
              ) -> Generator[dict, None, None]:
        """Run *sql* now and return its rows as dicts, fetched lazily; ValueError (and
        the statement undone) for SQL that returns no rows."""
        message = ("query() can only be used with SQL that returns rows - "
                   "use execute() for other statements")
        keyword = _first_keyword(sql)
        if keyword in _QUERY_REJECTED_KEYWORDS:
            raise ValueError(message)
        args: tuple = (params,) if params is not None else ()
        conn = self._conn
        if keyword == "PRAGMA":
            # some PRAGMAs refuse to run inside a transaction: no savepoint guard
            if conn.in_transaction:
                cursor = conn.execute(sql, *args)
            else:
                with self._autocommit_on():
                    cursor = conn.execute(sql, *args)
            if cursor.description is None:
                raise ValueError(message)
            keys = _dedupe_keys(d[0] for d in cursor.description)
            return (dict(zip(keys, row)) for row in cursor)
        # in a savepoint, so a statement that returns no rows is undone before the error
        conn.execute('SAVEPOINT "sqlite_utils_query"')
        released = False
        try:
            cursor = conn.execute(sql, *args)
            if cursor.description is None:
                raise ValueError(message)
            keys = _dedupe_keys(d[0] for d in cursor.description)
            try:
                conn.execute('RELEASE "sqlite_utils_query"')
                released = True
            except sqlite3.OperationalError:
                # a write (INSERT … RETURNING) with rows not fetched yet cannot be
                # released: fetch them so the write completes, then release
                fetched = cursor.fetchall()
                conn.execute('RELEASE "sqlite_utils_query"')
                released = True
                return (dict(zip(keys, row)) for row in fetched)
            return (dict(zip(keys, row)) for row in cursor)
        finally:
            if not released and conn.in_transaction:
                conn.execute('ROLLBACK TO "sqlite_utils_query"')
                conn.execute('RELEASE "sqlite_utils_query"')

    def execute(self, sql: str, parameters: Sequence | dict[str, object] | None = None
                ) -> sqlite3.Cursor:
        """Run *sql*; a write outside a transaction is committed at once."""
        conn = self._conn
        was_in_transaction = conn.in_transaction
        try:
            if parameters is not None:
                cursor = conn.execute(sql, parameters)
            else:
                cursor = conn.execute(sql)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                # the failed statement opened an implicit transaction nothing would end
                conn.execute("ROLLBACK")
            raise
        if (not was_in_transaction and conn.in_transaction and cursor.description is None
                and _first_keyword(sql) not in _TRANSACTION_CONTROL_KEYWORDS):
            conn.execute("COMMIT")
        return cursor

    def executescript(self, sql: str) -> sqlite3.Cursor:
        if self._conn.in_transaction:
            cursor = self._conn.cursor()
            # not sqlite3's executescript(), which would commit the open transaction
            for statement in _iter_complete_sql_statements(sql):
                cursor.execute(statement)
            return cursor
        return self._conn.executescript(sql)

    # -- everything else: sqlite-utils itself -----------------------------------------
    def _sqlite_utils(self, execute_plugins: bool = False):
        if self._real is None:
            sqlite_utils = import_sqlite_utils()
            # recursive_triggers was set on this connection already, in __init__
            self._real = sqlite_utils.Database(self._conn, recursive_triggers=False,
                                               execute_plugins=execute_plugins)
        return self._real

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __getitem__(self, table_name: str):
        return self._sqlite_utils()[table_name]

    def __getattr__(self, name: str):
        if name.startswith("__") or name in ("_conn", "_real"):
            raise AttributeError(name)
        return getattr(self._sqlite_utils(), name)
