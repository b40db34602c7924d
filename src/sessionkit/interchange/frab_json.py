"""pretalx / frab schedule JSON (the c3voc schedule.json format).

The file-level structure is checked against the rules of the c3voc schema that
a reader depends on (``schedule.conference.days[].rooms{name: [events]}``,
no stray ``schedule.rooms``); a file that breaks them is refused as a whole.
Inside that structure each event is read leniently: an event without a title
or a usable start is skipped with a warning, other odd fields are tolerated.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from datetime import date, datetime, time

from sessionkit.interchange import indico, schedule_v2
from sessionkit.interchange.infile import not_utf8
from sessionkit.interchange.schedule_model import (
    conference_schedule,
    json_text,
    MAX_EVENTS,
    ParsedSchedule,
    ScheduleError,
    ScheduleEvent,
    SchedulePerson,
    end_after,
    place_in_zone,
    parse_duration,
    parse_iso_datetime,
    short_hash,
    too_many_events,
    year_problem,
)
from sessionkit.interchange.text import paragraphs, plain

MAX_DEPTH = 64  # real schedule JSON nests about 8 deep
_PRETALX_CODE = re.compile(r"/talk/([A-Z0-9]{4,12})/?$")


_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'"[]{}')
_QUOTED = re.compile(rb'"[^"]*"')


def _brackets(data: bytes) -> bytes:
    """The brackets outside strings, in order; linear and at C speed (a 30 MB file
    of a million events: well under a second).

    Escapes are dropped, then only quotes and brackets are kept. Removing every
    adjacent pair of quotes changes nothing (it is an empty string, or the end of
    one string and the start of the next with no bracket between them); what is
    left in quotes are the few strings holding brackets, removed by a regex.
    """
    data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    seq = data.translate(None, _NOT_STRUCTURE).replace(b'""', b"")
    return _QUOTED.sub(b"", seq).replace(b'"', b"")  # a stray quote: the parser says so


def _too_deep(brackets: bytes, limit: int) -> bool:
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0) > limit


def nesting_depth_exceeds(text: str | bytes, limit: int = MAX_DEPTH) -> bool:
    """True when brackets outside strings nest deeper than ``limit``; no recursion."""
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    return _too_deep(_brackets(data), limit)


MAX_DIGITS = 1000  # no field of a schedule needs a longer number
OBJECTS_PER_EVENT = 50  # objects and lists; a real event has about 10 (people, links)


class _LongNumber:
    """Stands for an integer too long to convert (Python refuses over 4,300 digits),
    so the object holding it can name the field."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


def _parse_int(text: str):
    digits = len(text.lstrip("-"))
    return _LongNumber(digits) if digits > MAX_DIGITS else int(text)


def _check_numbers(obj: dict) -> None:
    for key, value in obj.items():
        items = value if isinstance(value, list) else (value,)
        for item in items:
            if isinstance(item, _LongNumber):
                raise ScheduleError(f'the field "{str(key)[:40]}" holds a number with '
                                    f"{item.digits:,} digits, which cannot be right")


def _looks_like_event(obj: dict) -> bool:
    # "startDate": an Indico timetable entry
    return "title" in obj and ("date" in obj or "start" in obj or "guid" in obj
                               or "startDate" in obj)


def load_json(data: bytes, what: str = "JSON", event_limit: int | None = None) -> object:
    """The parsed JSON; with ``event_limit``, parsing stops as soon as more objects
    that look like events (a title and a date, start or guid) have been built."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScheduleError(not_utf8(data, exc.start, f"the {what}")) from None
    brackets = _brackets(data)
    if _too_deep(brackets, MAX_DEPTH):
        raise ScheduleError(f"the {what} is nested more than {MAX_DEPTH} levels deep; "
                            "that is not a schedule")
    if event_limit is not None and \
            brackets.count(b"{") + brackets.count(b"[") > event_limit * OBJECTS_PER_EVENT:
        # Millions of empty objects or lists would be built before any hook could
        # count them as events.
        raise ScheduleError(too_many_events())
    del brackets
    events = 0

    def hook(obj: dict) -> dict:
        nonlocal events
        _check_numbers(obj)
        if event_limit is not None and _looks_like_event(obj):
            events += 1
            if events > event_limit:
                raise ScheduleError(too_many_events())
        return obj

    try:
        doc = json.loads(text, parse_int=_parse_int, object_hook=hook)
    except RecursionError:
        raise ScheduleError(f"the {what} is nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise ScheduleError(f"not valid JSON ({exc.msg} at line {exc.lineno}, column "
                            f"{exc.colno}); is the file complete?") from None
    if isinstance(doc, _LongNumber):
        raise ScheduleError(f"the {what} is a single number with {doc.digits:,} digits, "
                            "which cannot be right")
    if isinstance(doc, list):
        _check_numbers({"(top level)": doc})
    return doc




def _structure_problems(doc) -> list[str]:
    problems = []
    if not isinstance(doc, dict):
        return ["the top level is not an object"]
    sched = doc.get("schedule")
    if not isinstance(sched, dict):
        return ['there is no "schedule" object']
    if "rooms" in sched:
        problems.append('"schedule.rooms" is not allowed (rooms belong in '
                        '"schedule.conference.rooms")')
    conf = sched.get("conference")
    if not isinstance(conf, dict):
        problems.append('there is no "schedule.conference" object')
        return problems
    if not isinstance(conf.get("title"), str) or not conf.get("title", "").strip():
        problems.append('"conference.title" is missing')
    days = conf.get("days")
    if not isinstance(days, list):
        problems.append('"conference.days" is missing or not a list')
        return problems
    total = 0
    for i, day in enumerate(days):
        if not isinstance(day, dict) or not isinstance(day.get("rooms"), dict):
            problems.append(f"day {i + 1} has no \"rooms\" object")
            continue
        for room, events in day["rooms"].items():
            if not isinstance(events, list):
                problems.append(f"day {i + 1}, room {room!r}: the events are not a list")
            else:
                total += len(events)
                if total > MAX_EVENTS:  # before converting any of them
                    raise ScheduleError(too_many_events())
    return problems


def _other_json_hint(doc) -> str:
    """What the file may be instead, when it is not a schedule at all."""
    if isinstance(doc, dict) and "results" in doc:
        return ('; an Indico timetable export needs "results" as an object of events '
                'and days')
    return ""


def parse_schedule_json(data: bytes, default_timezone: str = "") -> ParsedSchedule:
    """Any JSON schedule: Indico's timetable export, schedule JSON version 2 (events
    at the top level) or version 1 (events in rooms in days), told apart by shape."""
    doc = load_json(data, event_limit=MAX_EVENTS)
    if indico.is_indico_json(doc):
        return indico.parse_indico_json(doc, default_timezone)
    if schedule_v2.is_schedule_v2(doc):
        return schedule_v2.parse_schedule_v2(doc, default_timezone)
    problems = _structure_problems(doc)
    if problems:
        shown = "; ".join(problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise ScheduleError(f"not a valid frab/pretalx schedule JSON: {shown}{more}"
                            + _other_json_hint(doc))
    conf = doc["schedule"]["conference"]
    parsed, tz = conference_schedule(conf, "schedule-json", default_timezone)
    offset_mismatch = 0

    for day_index, day in enumerate(conf["days"]):
        day_date = None
        try:
            day_date = date.fromisoformat(json_text(day.get("date")).strip()[:10])
        except ValueError:
            pass
        for room_name, events in day["rooms"].items():
            for ev_data in events:
                parsed.count_event()
                try:
                    ev = _event(ev_data, parsed, day_date, plain(json_text(room_name)), tz)
                except (ValueError, OverflowError):
                    # A date at the edge of the calendar, or similar: this event only.
                    parsed.skip(_where(ev_data, parsed.seen), "its date or time cannot be read")
                    continue
                if ev is None:
                    continue
                if tz is not None and ev.start is not None and isinstance(ev_data, dict):
                    given = parse_iso_datetime(json_text(ev_data.get("date")))
                    if given is not None and given.tzinfo is not None \
                            and given.utcoffset() != ev.start.utcoffset():
                        offset_mismatch += 1
                parsed.events.append(ev)
    if offset_mismatch:
        parsed.warn(f"{offset_mismatch} events give a UTC offset that differs from the "
                    f"schedule's time zone {parsed.timezone}; their exact instants were kept "
                    f"and shown in {parsed.timezone}")
    if parsed.naive_as_utc:
        parsed.warn("the schedule gives no time zone; times without one were read as UTC")
    return parsed


def _where(ev, n: int) -> str:
    if isinstance(ev, dict):
        name = plain(json_text(ev.get("id") or ev.get("guid") or ev.get("title")))[:40]
        if name:
            return f"event {name}"
    return f"event {n}"


def _links(ev: dict) -> list[str]:
    out = []
    url = json_text(ev.get("url")).strip()
    if url:
        out.append(url)
    for field in ("links", "attachments"):
        items = ev.get(field)
        if not isinstance(items, list):
            continue
        for item in items:
            href = ""
            if isinstance(item, str):
                href = item
            elif isinstance(item, dict):
                href = json_text(item.get("url") or item.get("href") or item.get("link"))
            href = href.strip()
            if href and href not in out:
                out.append(href)
    return out


def _people(ev: dict) -> list[SchedulePerson]:
    out = []
    persons = ev.get("persons")
    if not isinstance(persons, list):
        return out
    for p in persons:
        if isinstance(p, str):
            name, bio, key = plain(p), "", ""
        elif isinstance(p, dict):
            name = plain(json_text(p.get("public_name") or p.get("name") or p.get("full_public_name")))
            bio = "\n\n".join(paragraphs(json_text(p.get("biography") or p.get("bio"))))
            key = plain(json_text(p.get("code") or p.get("guid") or p.get("id")))
        else:
            continue
        if name:
            out.append(SchedulePerson(name=name, bio=bio, key=key))
    return out


def _event(ev, parsed: ParsedSchedule, day_date: date | None, room_name: str,
           tz) -> ScheduleEvent | None:
    if not isinstance(ev, dict):
        parsed.skip("an event", "it is not an object")
        return None
    ev_id = plain(json_text(ev.get("id")))
    guid = plain(json_text(ev.get("guid")))
    title = plain(json_text(ev.get("title")))
    where = f"event {ev_id or guid or title[:40] or '?'}"
    if not title:
        parsed.skip(where, "it has no title")
        return None
    start = parse_iso_datetime(json_text(ev.get("date")))
    if start is None:
        m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", json_text(ev.get("start")))
        if m and day_date is not None and int(m[1]) < 24 and int(m[2]) < 60:
            start = datetime.combine(day_date, time(int(m[1]), int(m[2])))
    if start is None:
        parsed.skip(where, "it has no usable date and start time")
        return None
    why = year_problem(start)
    if why:
        parsed.skip(where, why)
        return None
    start, tz_name = place_in_zone(start, tz, parsed)
    end = None
    duration = parse_duration(json_text(ev.get("duration")))
    if duration is not None:
        end = end_after(start, duration, parsed, where)
    elif json_text(ev.get("duration")).strip():
        parsed.warn(f"{where}: the duration was not understood; the end time was left empty")

    slug_text = plain(json_text(ev.get("slug")))
    url = json_text(ev.get("url")).strip()
    m = _PRETALX_CODE.search(url)
    pretalx_code = m.group(1) if m else ""
    if guid:
        key = guid
    elif ev_id:
        key = f"{parsed.schedule_key}/{ev_id}"
    elif slug_text:
        key = f"{parsed.schedule_key}/{slug_text}"
    else:
        key = f"{parsed.schedule_key}/{short_hash(title, start.isoformat())}"
    code = pretalx_code or ev_id or slug_text or short_hash(key, length=6)
    return ScheduleEvent(
        key=key, code=code, title=title, subtitle=plain(json_text(ev.get("subtitle"))),
        track=plain(json_text(ev.get("track"))), room=plain(json_text(ev.get("room"))) or room_name,
        type=plain(json_text(ev.get("type"))), language=plain(json_text(ev.get("language"))),
        start=start, end=end, timezone=tz_name,
        abstract="\n\n".join(paragraphs(json_text(ev.get("abstract")))),
        description=paragraphs(json_text(ev.get("description"))),
        links=_links(ev), people=_people(ev),
        aliases=[a for a in (ev_id, slug_text, guid, pretalx_code) if a],
    )
