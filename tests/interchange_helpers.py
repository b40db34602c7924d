"""Helpers shared by the interchange tests."""

from __future__ import annotations

from pathlib import Path


SCHEDULES = Path(__file__).resolve().parent / "data" / "schedules"


def fixture(name: str) -> Path:
    path = SCHEDULES / name
    return path


def dump(db_path: Path) -> dict:
    """Every row of every table plus the schema version, for before/after checks."""
    import sqlite3

    conn = sqlite3.connect(str(db_path))
    try:
        out = {"user_version": conn.execute("PRAGMA user_version").fetchone()[0]}
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for t in tables:
            out[t] = sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"').fetchall()))
        return out
    finally:
        conn.close()
