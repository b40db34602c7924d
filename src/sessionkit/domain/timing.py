"""How long an agenda item actually ran: one rule for the live clock and the report.

An item's actual duration is the time between its actual start and its end (or
"now" while it is still running) minus the time the clock was paused during it.
The live clock (``services.clock``) shows it counting; the report prints it in
minutes. Both call :func:`actual_duration`, so the minutes a moderator saw on the
stage display are the minutes the report prints.

Who spoke for how long inside an item follows the same rule: the live run records
each change of the speaker notes are credited to (a :class:`SpeakerTurn`), and
:func:`turn_durations` cuts the item's running time at those changes.
"""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class SpeakerTurn:
    """From ``at`` on, notes during ``item_id`` were credited to ``person_id``."""

    item_id: str
    person_id: str | None
    at: datetime
    paused_seconds: float = 0.0  # the item's pauses before ``at`` (an open one up to ``at``)


def turn_durations(started: datetime | None, ended: datetime | None, paused_seconds: float,
                   turns: list[SpeakerTurn], first_person: str | None
                   ) -> list[tuple[str | None, timedelta]] | None:
    """How long each speaker of one item spoke, pauses excluded, in turn order.

    Until the first recorded turn the item's first person (``first_person``) is
    speaking, as the live run credits them. Turns outside the item's run (left from
    an attempt undone with "previous item") are ignored. None when the item did not
    run, or when nothing changed (every turn is the first person): the caller then
    has no measurement and splits the item evenly instead.
    """
    total = actual_duration(started, ended, paused_seconds)
    if total is None:
        return None
    inside = sorted((t for t in turns if started <= t.at <= ended), key=lambda t: t.at)
    if all(t.person_id == first_person for t in inside):
        return None
    marks: list[tuple[str | None, timedelta]] = [(first_person, timedelta(0))]
    for t in inside:
        ran = actual_duration(started, t.at, t.paused_seconds) or timedelta(0)
        marks.append((t.person_id, max(min(ran, total), marks[-1][1])))
    ends = [offset for _, offset in marks[1:]] + [total]
    return [(who, end - offset) for (who, offset), end in zip(marks, ends)
            if end > offset]
