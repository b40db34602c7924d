"""iCalendar (.ics) schedules, read with the icalendar library.

Each VEVENT becomes an event; UID (plus RECURRENCE-ID) is its key. Calendars
carry no speaker field; a first description line "Speaker: A, B" (as
linux.conf.au and others write) is read as the people.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from itertools import islice

import icalendar

from sessionkit.interchange.schedule_model import (
    MAX_EVENTS,
    MAX_YEAR,
    MIN_YEAR,
    ParsedSchedule,
    ScheduleError,
    ScheduleEvent,
    SchedulePerson,
    end_after,
    local,
    short_hash,
    slug,
    too_many_events,
    year_problem,
    zone,
)
from sessionkit.interchange import indico
from sessionkit.interchange.text import paragraphs, plain

_SPEAKERS = re.compile(r"^\s*(?:speakers?|presenters?|presented by)\s*:\s*(.+)$", re.I)


def _prop(comp, name: str) -> str:
    value = comp.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    try:
        return str(value)
    except Exception:  # noqa: BLE001 - a broken property is just empty
        return ""


def _when(comp, name: str):
    try:
        prop = comp.get(name)
        return prop.dt if prop is not None else None
    except Exception:  # noqa: BLE001
        return None


_FOLD = re.compile(rb"\n[ \t]")
_VEVENT = re.compile(rb"^BEGIN:VEVENT[ \t]*$", re.I | re.M)


def unfold(data: bytes) -> bytes:
    """Line ends made LF, then folded lines joined, on bytes (RFC 5545 3.1).

    Exporters fold at 75 octets, often in the middle of a multi-byte UTF-8
    character, so decoding must come after unfolding.
    """
    data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return _FOLD.sub(b"", data)


def _decode(data: bytes, unfolded: bytes) -> str:
    try:
        return unfolded.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = exc.start
    # Name the line of the file, not of the unfolded text: put back the two bytes
    # of every fold before the bad byte.
    text = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    pos = bad
    for m in _FOLD.finditer(text):
        if m.start() >= pos:
            break
        pos += 2
    line = text.count(b"\n", 0, pos) + 1
    raise ScheduleError(f"line {line} of the calendar is not valid UTF-8 (the file is "
                        "probably Latin-1 or Windows-1252); save it as UTF-8 and try again")


_CONTENT_LINE = re.compile(rb"[A-Za-z0-9-]+(?:;[^\n]*)?:")


def _where_broken(data: bytes, exc: Exception) -> str:
    """The first line that is not 'NAME:value', in the file's own numbering, else
    the parser's words, shortened."""
    text = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    opened: list[tuple[bytes, int]] = []  # BEGIN:X lines not yet ended
    for number, line in enumerate(text.split(b"\n"), 1):
        if line and line[:1] not in b" \t" and not _CONTENT_LINE.match(line):
            shown = line[:40].decode("utf-8", "replace")
            return f"line {number}, {shown!r}, is not a NAME:value line"
        name, _, value = line.partition(b":")
        value = value.strip().upper()
        if name.upper() == b"BEGIN":
            opened.append((value, number))
        elif name.upper() == b"END":
            if opened and opened[-1][0] != value and any(v == value for v, _ in opened):
                begun, at = opened[-1]
                shown = begun[:30].decode("utf-8", "replace")
                return f"line {at}, BEGIN:{shown}, is never ended"
            if not opened or opened[-1][0] != value:
                shown = value[:30].decode("utf-8", "replace")
                return f"line {number}, END:{shown}, ends something that was not begun"
            opened.pop()
    if opened:
        value, number = opened[-1]
        shown = value[:30].decode("utf-8", "replace")
        return f"line {number}, BEGIN:{shown}, is never ended"
    words = " ".join(str(exc).split())
    return words[:120] if words else type(exc).__name__


def parse_ical(data: bytes, default_timezone: str = "") -> ParsedSchedule:
    unfolded = unfold(data)
    text = _decode(data, unfolded)
    # Count the events before handing the file to the parser, which builds all of
    # them: a file with a million events stops here.
    if next(islice(_VEVENT.finditer(unfolded), MAX_EVENTS, None), None) is not None:
        raise ScheduleError(too_many_events())
    del unfolded
    if "END:VCALENDAR" not in text[-4096:].upper():
        raise ScheduleError("the calendar is incomplete (it does not end with END:VCALENDAR); "
                            "is the file truncated?")
    try:
        cal = icalendar.Calendar.from_ical(text)
    except RecursionError:
        raise ScheduleError("the calendar is nested too deeply") from None
    except Exception as exc:  # noqa: BLE001 - icalendar raises ValueError and others
        raise ScheduleError(f"not a readable iCalendar file ({_where_broken(data, exc)})") \
            from None

    parsed = ParsedSchedule(format="ical")
    name = plain(_prop(cal, "X-WR-CALNAME")) or plain(_prop(cal, "X-WR-CALDESC"))
    parsed.title = name
    parsed.schedule_key = slug(name or _prop(cal, "PRODID") or "calendar")
    cal_tz_name = plain(_prop(cal, "X-WR-TIMEZONE"))
    cal_tz = zone(cal_tz_name) or (zone(default_timezone) if default_timezone else None)
    parsed.timezone = cal_tz.key if cal_tz is not None else ""

    from_indico = indico.is_indico_calendar(_prop(cal, "PRODID"))
    try:
        events = cal.walk("VEVENT")
    except RecursionError:
        raise ScheduleError("the calendar is nested too deeply") from None
    for i, comp in enumerate(events, 1):
        parsed.count_event()
        try:
            ev = _event(comp, i, parsed, cal_tz, from_indico)
        except (ValueError, OverflowError):
            # A date at the edge of the calendar, or similar: this event only.
            parsed.skip(f"event {plain(_prop(comp, 'UID'))[:60] or i}",
                        "its date or time cannot be read")
            continue
        if ev is not None:
            parsed.events.append(ev)
    if from_indico:
        indico.name_calendar(parsed)
    if parsed.naive_as_utc:
        parsed.warn("the calendar gives no time zone for some events; they were read as UTC")
    return parsed


class _Skip(Exception):
    """An event that can't be imported; the message says why."""


def _event(comp, index: int, parsed: ParsedSchedule, cal_tz,
           from_indico: bool = False) -> ScheduleEvent | None:
    uid = plain(_prop(comp, "UID"))
    title = plain(_prop(comp, "SUMMARY"))
    where = f"event {uid or index}"
    if not title:
        parsed.skip(where, "it has no SUMMARY (title)")
        return None
    try:
        start, end, tz_name = _event_times(comp, parsed, cal_tz, where)
    except _Skip as why:
        parsed.skip(where, str(why))
        return None

    recurrence = _when(comp, "RECURRENCE-ID")
    key = uid or f"{parsed.schedule_key}/{short_hash(title, str(start))}"
    if recurrence is not None:
        key = f"{key}#{recurrence.isoformat()}"
    code = uid.split("@", 1)[0] if uid and "@" in uid and len(uid.split("@", 1)[0]) <= 16 \
        else short_hash(key, length=6)
    url = plain(_prop(comp, "URL"))
    indico_code = _INDICO_UID.match(uid)
    if from_indico or indico_code:
        description, people = _indico_description(comp, url)
        if indico_code:  # the codes the Indico JSON export gives the same entries
            code = {"contribution": "c", "session-block": "s", "session": "session-",
                    "event": "event-"}[indico_code[1]] + indico_code[2]
    else:
        description, people = _description_and_speakers(comp)
    return ScheduleEvent(
        key=key, code=code, title=title, room=plain(_prop(comp, "LOCATION")),
        track=_track(comp), start=start, end=end, timezone=tz_name, description=description,
        links=[url] if url else [], people=people, aliases=[a for a in (uid,) if a],
    )


def _event_times(comp, parsed: ParsedSchedule, cal_tz, where: str):
    """(start, end, time zone name) of an event; an all-day entry has no clock times."""
    start = _when(comp, "DTSTART")
    end = _when(comp, "DTEND")
    if start is None:
        raise _Skip("it has no usable DTSTART")
    if isinstance(start, date):
        why = year_problem(start)
        if why:
            raise _Skip(why)
    if isinstance(end, date) and year_problem(end):
        parsed.warn(f"{where}: its end (year {end.year}) is outside the years "
                    f"{MIN_YEAR}-{MAX_YEAR}; the end time was left empty")
        end = None
    if not isinstance(start, datetime):
        if isinstance(start, date):
            return None, None, ""  # an all-day entry: a session without clock times
        raise _Skip("its DTSTART is not a date or time")
    tz_name = ""
    if start.tzinfo is None:
        if cal_tz is not None:
            start = start.replace(tzinfo=cal_tz)
        else:
            start = start.replace(tzinfo=timezone.utc)
            parsed.naive_as_utc = True
    key_attr = getattr(start.tzinfo, "key", "")
    if key_attr and cal_tz is not None and start.utcoffset() == timedelta(0) \
            and key_attr.upper() in ("UTC", "ETC/UTC", "Z"):
        # A UTC time (Indico writes only these) in a calendar that names its zone,
        # or read with --timezone: shown in that zone, the instant unchanged.
        start = local(start, cal_tz)
        tz_name = cal_tz.key
    elif key_attr:
        tz_name = key_attr
    elif cal_tz is not None:
        start = local(start, cal_tz)
        tz_name = cal_tz.key
    elif start.utcoffset() == timedelta(0):
        tz_name = "UTC"
    if isinstance(end, datetime):
        end = local(end, start.tzinfo) if end.tzinfo else end.replace(tzinfo=start.tzinfo)
    elif end is None:
        dur = _when(comp, "DURATION")
        end = end_after(start, dur, parsed, where) if isinstance(dur, timedelta) else None
    else:
        end = None
    if end is not None and end < start:
        parsed.warn(f"{where}: it ends before it starts; the end time was left empty")
        end = None
    return start, end, tz_name


def _description_and_speakers(comp) -> tuple[list[str], list[SchedulePerson]]:
    """The description's paragraphs; a first line "Speakers: A, B and C" names the people."""
    description = paragraphs(_prop(comp, "DESCRIPTION"))
    people: list[SchedulePerson] = []
    if description:
        first, _, rest = description[0].partition("\n")
        m = _SPEAKERS.match(first)
        if m:
            names = re.split(r"\s*(?:,|;|\band\b|&)\s*", m.group(1))
            people = [SchedulePerson(name=n.strip()) for n in names if n.strip()]
            description = ([rest.strip()] if rest.strip() else []) + description[1:]
    return description, people


_INDICO_UID = re.compile(r"indico-(contribution|session-block|session|event)-(\d{1,12})@")


def _indico_description(comp, url: str) -> tuple[list[str], list[SchedulePerson]]:
    """Indico's description: "Speakers: Name (Affiliation), …", the text, the URL."""
    description = paragraphs(_prop(comp, "DESCRIPTION"))
    people: list[SchedulePerson] = []
    if description:
        found = indico.speakers_with_affiliations(description[0])
        if found is not None:
            people = found
            description = description[1:]
    if description and url and description[-1].strip() == url:
        description = description[:-1]  # the URL is kept as a link already
    return description, people


def _track(comp) -> str:
    categories = comp.get("CATEGORIES")
    if categories is None:
        return ""
    try:
        cats = categories if isinstance(categories, list) else [categories]
        return ", ".join(plain(str(c)) for cat in cats for c in cat.cats)
    except Exception:  # noqa: BLE001 - a malformed CATEGORIES only loses the track
        return ""
