"""How long an agenda item actually ran: one rule for the live clock and the report.

An item's actual duration is the time between its actual start and its end (or
"now" while it is still running) minus the time the clock was paused during it.
The live clock (``services.clock``) shows it counting; the report prints it in
minutes. Both call :func:`actual_duration`, so the minutes a moderator saw on the
stage display are the minutes the report prints.
"""

from __future__ import annotations

from datetime import datetime, timedelta


def actual_duration(started: datetime | None, ended: datetime | None,
                    paused_seconds: float = 0.0) -> timedelta | None:
    """Running time from ``started`` to ``ended`` without ``paused_seconds``.

    None when the item has not started or not ended (or ends before it starts: a
    clock set back, an edited time); never negative.
    """
    if started is None or ended is None or ended < started:
        return None
    seconds = (ended - started).total_seconds() - max(float(paused_seconds or 0.0), 0.0)
    return timedelta(seconds=max(seconds, 0.0))


def actual_minutes(started: datetime | None, ended: datetime | None,
                   paused_seconds: float = 0.0) -> int | None:
    """:func:`actual_duration` in whole minutes, half a minute rounding up."""
    d = actual_duration(started, ended, paused_seconds)
    if d is None:
        return None
    return int(d.total_seconds() // 60 + (1 if d.total_seconds() % 60 >= 30 else 0))
