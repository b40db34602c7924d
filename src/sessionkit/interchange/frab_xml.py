"""frab / Pentabarf schedule XML (schedule.xml), read with defusedxml.

Real files deviate from the schema (no guids, HTML in abstracts, empty
elements), so every field is optional except a title and a usable start.
defusedxml refuses entity declarations (billion laughs) and external
references before anything is expanded.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException

from sessionkit.interchange.schedule import (
    ParsedSchedule,
    ScheduleError,
    ScheduleEvent,
    SchedulePerson,
    place_in_zone,
    parse_duration,
    parse_iso_datetime,
    short_hash,
    slug,
    zone,
)
from sessionkit.interchange.text import paragraphs, plain


def _child_text(el: Element, name: str) -> str:
    child = el.find(name)
    if child is None:
        return ""
    return "".join(child.itertext())


def _parse_time(text: str) -> time | None:
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*", text or "")
    if not m:
        return None
    h, mi, s = int(m[1]), int(m[2]), int(m[3] or 0)
    if h > 23 or mi > 59 or s > 59:
        return None
    return time(h, mi, s)


def parse_frab_xml(data: bytes, default_timezone: str = "") -> ParsedSchedule:
    try:
        root = DET.fromstring(data)
    except DefusedXmlException as exc:
        raise ScheduleError(
            "the XML declares entities or external references, which SessionKit refuses "
            f"to expand (a safety rule against hostile files: {type(exc).__name__})") from None
    except ParseError as exc:
        raise ScheduleError(f"not well-formed XML ({exc}); is the file complete?") from None
    except RecursionError:
        raise ScheduleError("the XML is nested too deeply to be a schedule") from None
    if root.tag != "schedule":
        raise ScheduleError(
            f"this XML is not a frab/Pentabarf schedule (its root element is <{root.tag[:40]}>, "
            "expected <schedule>)")

    parsed = ParsedSchedule(format="frab-xml")
    conf = root.find("conference")
    conf_title = plain(_child_text(conf, "title")) if conf is not None else ""
    acronym = plain(_child_text(conf, "acronym")) if conf is not None else ""
    parsed.title = conf_title or acronym
    parsed.schedule_key = slug(acronym or conf_title or "schedule")

    tz_name = plain(_child_text(conf, "time_zone_name")) if conf is not None else ""
    tz = zone(tz_name)
    if tz_name and tz is None:
        parsed.warn(f"the schedule's time zone {tz_name!r} is unknown")
    if tz is None and default_timezone:
        tz = zone(default_timezone)
        tz_name = default_timezone if tz else ""
    if tz is None:
        tz_name = ""
    day_change = _parse_time(_child_text(conf, "day_change")) if conf is not None else None

    for day in root.iter("day"):
        day_date = None
        try:
            day_date = date.fromisoformat((day.get("date") or "").strip())
        except ValueError:
            pass
        for room_el in day.findall("room"):
            room_name = plain(room_el.get("name") or "")
            for ev_el in room_el.findall("event"):
                ev = _event(ev_el, parsed, day_date, room_name, tz, day_change)
                if ev is None:
                    continue
                parsed.events.append(ev)
    used_utc = parsed.naive_as_utc
    if used_utc:
        parsed.warn("the schedule gives no time zone; its times were read as UTC "
                    "(choose the conference's time zone to correct them)")
    parsed.timezone = tz_name or ("UTC" if used_utc else "")
    return parsed


def _event(el: Element, parsed: ParsedSchedule, day_date: date | None, room_name: str,
           tz, day_change: time | None) -> ScheduleEvent | None:
    ev_id = (el.get("id") or "").strip()
    guid = (el.get("guid") or _child_text(el, "guid")).strip()
    title = plain(_child_text(el, "title"))
    slug_text = plain(_child_text(el, "slug"))
    where = f"event {ev_id or slug_text or title[:40] or '?'}"
    if not title:
        parsed.skip(where, "it has no title")
        return None

    start = end = None
    explicit = parse_iso_datetime(_child_text(el, "date"))
    start_time = _parse_time(_child_text(el, "start"))
    if explicit is not None:
        start = explicit
    elif day_date is not None and start_time is not None:
        d = day_date
        if day_change is not None and day_change != time(0) and start_time < day_change:
            d = d + timedelta(days=1)  # after midnight, still the same conference day
        start = datetime.combine(d, start_time)
    else:
        parsed.skip(where, "it has no usable date and start time")
        return None
    start, tz_name = place_in_zone(start, tz, parsed)
    duration = parse_duration(_child_text(el, "duration"))
    if duration is not None:
        end = start + duration
    elif _child_text(el, "duration").strip():
        parsed.warn(f"{where}: the duration {_child_text(el, 'duration').strip()[:20]!r} "
                    "was not understood; the end time was left empty")

    if guid:
        key = guid
    elif ev_id:
        key = f"{parsed.schedule_key}/{ev_id}"
    elif slug_text:
        key = f"{parsed.schedule_key}/{slug_text}"
    else:
        key = f"{parsed.schedule_key}/{short_hash(title, start.isoformat())}"
    code = ev_id or slug_text or short_hash(key, length=6)

    people = []
    persons = el.find("persons")
    if persons is not None:
        for p in persons.findall("person"):
            name = plain("".join(p.itertext()))
            if name:
                people.append(SchedulePerson(name=name, key=(p.get("id") or "").strip()))
    links = []
    for container, tag in (("links", "link"), ("attachments", "attachment")):
        c = el.find(container)
        if c is None:
            continue
        for link in c.findall(tag):
            href = (link.get("href") or "").strip()
            if href and href not in links:
                links.append(href)
    url = plain(_child_text(el, "url"))
    if url and url not in links:
        links.insert(0, url)

    abstract = "\n\n".join(paragraphs(_child_text(el, "abstract")))
    return ScheduleEvent(
        key=key, code=code, title=title, subtitle=plain(_child_text(el, "subtitle")),
        track=plain(_child_text(el, "track")),
        room=plain(_child_text(el, "room")) or room_name,
        type=plain(_child_text(el, "type")), language=plain(_child_text(el, "language")),
        start=start, end=end, timezone=tz_name,
        abstract=abstract, description=paragraphs(_child_text(el, "description")),
        links=links, people=people,
        aliases=[a for a in (ev_id, slug_text, guid) if a],
    )
