"""Helpers every repository shares: stored text to domain values, version vectors."""

from __future__ import annotations

import json
from datetime import date, datetime


def _datetime_of(value: str | None) -> datetime | None:
    """A stored ISO time as a datetime (None when the column is empty)."""
    return datetime.fromisoformat(value) if value else None


def _date_of(value: str | None) -> date | None:
    """A stored ISO date as a date (None when the column is empty)."""
    return date.fromisoformat(value) if value else None


class NotFound(LookupError):
    pass


_CLOCK = json.JSONEncoder(separators=(",", ":"))  # made once: json.dumps with options
# builds a new encoder at every call, and every note saved has a clock


def clock_json(clock: dict[str, int]) -> str:
    return _CLOCK.encode(dict(sorted(clock.items())))


def read_clock(value) -> dict[str, int]:
    """A stored version vector; anything unreadable counts as "has seen nothing"."""
    try:
        clock = json.loads(value or "{}")
    except ValueError:
        return {}
    if not isinstance(clock, dict):
        return {}
    return {str(k): v for k, v in clock.items()
            if isinstance(v, int) and not isinstance(v, bool) and v > 0}
