"""Helpers shared by the interchange tests."""

from __future__ import annotations

from pathlib import Path

import pytest

SCHEDULES = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "schedules"


def fixture(name: str) -> Path:
    path = SCHEDULES / name
    if not path.exists():
        pytest.skip(f"schedule fixture {name} not found in {SCHEDULES} "
                    "(the shared/ folder must sit beside the repository)")
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
