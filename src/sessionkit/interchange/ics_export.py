"""A session's agenda as an iCalendar file (one VEVENT per agenda item).

Items get times when the session has a start: each item starts where the
previous one's planned duration ends. Without a date the events carry no times
(the calendar has METHOD:PUBLISH, which RFC 5545 requires for that).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import icalendar

from sessionkit import __version__
from sessionkit.domain.models import SessionBundle, utc_now
from sessionkit.interchange.schedule_model import MAX_YEAR, MIN_YEAR, zone


class CalendarExportError(ValueError):
    pass


def build_calendar(bundle: SessionBundle, now: datetime | None = None) -> bytes:
    """The calendar's bytes; CalendarExportError (one sentence) when it can't be made."""
    try:
        return _build(bundle, now)
    except CalendarExportError:
        raise
    except (OverflowError, ValueError) as exc:
        # A date or text that came in from outside and slipped past the checks.
        raise CalendarExportError(
            f"session {bundle.session.code} holds a date or text that cannot be written to "
            f"a calendar ({type(exc).__name__}); correct the session and try again") from None


def _check_year(value: datetime | None, what: str) -> None:
    if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
        raise CalendarExportError(
            f"{what} is in the year {value.year}, outside the years {MIN_YEAR}-{MAX_YEAR} "
            "that SessionKit writes to a calendar; correct the date and try again")


def _build(bundle: SessionBundle, now: datetime | None) -> bytes:
    s = bundle.session
    now = now or utc_now()
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//SessionKit//SessionKit {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"{s.code} {s.title}".strip())
    tz = zone(s.timezone) if s.timezone else None
    if tz is not None:
        cal.add("x-wr-timezone", tz.key)
    start = s.start
    _check_year(start, f"the start of session {s.code}")
    session_end = s.end
    if session_end is not None and not MIN_YEAR <= session_end.year <= MAX_YEAR:
        session_end = None  # a wrong end is left out rather than refusing the calendar
    if start is not None:
        if start.tzinfo is None:
            start = start.replace(tzinfo=timezone.utc)
        if tz is not None:
            start = start.astimezone(tz)
    names = {p.id: p.display_name for p in bundle.people}
    items = sorted(bundle.agenda, key=lambda i: i.position)
    if not items:
        if start is None:
            raise CalendarExportError(
                f"session {s.code} has no agenda and no date: there is nothing to put in "
                "a calendar")
        ev = _event(f"{s.id}@sessionkit", s.title, now)
        ev.add("dtstart", start)
        if session_end is not None:
            end = session_end if tz is None else session_end.astimezone(tz)
            ev.add("dtend", end)
        if s.room:
            ev.add("location", s.room)
        cal.add_component(ev)
    cursor = start
    for item in items:
        ev = _event(f"{item.id}@sessionkit", item.title, now)
        desc = []
        who = [names[p] for p in item.person_ids if p in names]
        if who:
            desc.append(", ".join(who))
        if item.cue:
            desc.append(item.cue)
        desc.append(f"{s.code} {s.title}".strip())
        ev.add("description", "\n\n".join(desc))
        if s.room:
            ev.add("location", s.room)
        ev.add("categories", [item.kind.value])
        if cursor is not None:
            ev.add("dtstart", cursor)
            minutes = max(0, int(item.planned_minutes or 0))
            try:
                end = cursor + timedelta(minutes=minutes)
            except OverflowError:
                end = datetime.max.replace(tzinfo=cursor.tzinfo)
            _check_year(end, f"the end of agenda item {item.title[:40]!r} of session {s.code}")
            ev.add("dtend", end)
            cursor = end
        cal.add_component(ev)
    if tz is not None and start is not None:
        first = date(start.year - 1, 1, 1)
        cal.add_missing_timezones(first_date=first, last_date=date(start.year + 2, 1, 1))
    return cal.to_ical()


def _event(uid: str, summary: str, now: datetime) -> icalendar.Event:
    ev = icalendar.Event()
    ev.add("uid", uid)
    ev.add("dtstamp", now.astimezone(timezone.utc))
    ev.add("summary", summary)
    return ev
