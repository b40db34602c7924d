"""frab / Pentabarf schedule XML (schedule.xml), read with defusedxml.

Real files deviate from the schema (no guids, HTML in abstracts, empty
elements), so every field is optional except a title and a usable start.
defusedxml refuses entity declarations (billion laughs) and external
references before anything is expanded.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime, time, timedelta
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException

from sessionkit.interchange.infile import not_utf8
from sessionkit.interchange.schedule_model import (
    XML_DECL_ENCODING,
    ParsedSchedule,
    ScheduleError,
    ScheduleEvent,
    SchedulePerson,
    end_after,
    place_in_zone,
    parse_duration,
    parse_iso_datetime,
    short_hash,
    slug,
    year_problem,
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


def _check_encoding(data: bytes) -> None:
    """A file that declares no encoding must be UTF-8; say which line is not, instead
    of the parser's "not well-formed (invalid token)"."""
    m = XML_DECL_ENCODING.match(data[:200])
    declared = m.group(3).decode("ascii", "replace").strip().lower() if m else ""
    if declared and declared.replace("-", "").replace("_", "") != "utf8":
        return  # the parser decodes a declared Latin-1 or other encoding itself
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        what = "the file" if not m else "the file (which says it is UTF-8)"
        raise ScheduleError(not_utf8(data, exc.start, what)) from None


def _parse_error(exc: ParseError) -> ScheduleError:
    line, column = getattr(exc, "position", (0, 0))
    reason = str(exc).split(":", 1)[0].strip() or "damaged"
    return ScheduleError(f"not well-formed XML at line {line}, column {column + 1} "
                         f"({reason}); is the file complete?")


def parse_frab_xml(data: bytes, default_timezone: str = "") -> ParsedSchedule:
    """Read while parsing (iterparse): each <event> is read as soon as it ends and
    then dropped, and counting stops the reading at the event limit, so a file
    with a million events is refused early and in little memory."""
    _check_encoding(data)
    parsed = ParsedSchedule(format="frab-xml")
    ctx = _Context(parsed, default_timezone)
    path: list[str] = []
    try:
        for action, el in DET.iterparse(io.BytesIO(data), events=("start", "end")):
            if action == "start":
                if not path and el.tag != "schedule":
                    raise ScheduleError(
                        "this XML is not a frab/Pentabarf schedule (its root element is "
                        f"<{str(el.tag)[:40]}>, expected <schedule>)")
                path.append(el.tag)
                if el.tag == "day":
                    ctx.day_date = _day_date(el)
                elif el.tag == "room" and len(path) >= 2 and path[-2] == "day":
                    ctx.room_name = plain(el.get("name") or "")
                continue
            path.pop()
            if el.tag == "conference" and len(path) == 1:
                ctx.conference(el)
            elif el.tag == "event" and path[-2:] == ["day", "room"]:
                parsed.count_event()
                ctx.event(el)
    except DefusedXmlException as exc:
        raise ScheduleError(
            "the XML declares entities or external references, which SessionKit refuses "
            f"to expand (a safety rule against hostile files: {type(exc).__name__})") from None
    except ParseError as exc:
        raise _parse_error(exc) from None
    except RecursionError:
        raise ScheduleError("the XML is nested too deeply to be a schedule") from None
    ctx.finish()
    used_utc = parsed.naive_as_utc
    if used_utc:
        parsed.warn("the schedule gives no time zone; its times were read as UTC "
                    "(choose the conference's time zone to correct them)")
    parsed.timezone = ctx.tz_name or ("UTC" if used_utc else "")
    return parsed


def _day_date(day: Element) -> date | None:
    try:
        return date.fromisoformat((day.get("date") or "").strip())
    except ValueError:
        return None


class _Context:
    """What the streaming reader knows so far: the conference, the current day and
    room. Events met before <conference> (unusual) wait for it."""

    def __init__(self, parsed: ParsedSchedule, default_timezone: str) -> None:
        self.parsed = parsed
        self.default_timezone = default_timezone
        self.seen_conference = False
        self.tz = None
        self.tz_name = ""
        self.day_change: time | None = None
        self.day_date: date | None = None
        self.room_name = ""
        self.waiting: list[tuple[Element, date | None, str]] = []
        parsed.schedule_key = slug("schedule")

    def conference(self, conf: Element) -> None:
        if self.seen_conference:
            return
        self.seen_conference = True
        parsed = self.parsed
        conf_title = plain(_child_text(conf, "title"))
        acronym = plain(_child_text(conf, "acronym"))
        parsed.title = conf_title or acronym
        parsed.schedule_key = slug(acronym or conf_title or "schedule")
        tz_name = plain(_child_text(conf, "time_zone_name"))
        tz = zone(tz_name)
        if tz_name and tz is None:
            parsed.warn(f"the schedule's time zone {tz_name!r} is unknown")
        if tz is None and self.default_timezone:
            tz = zone(self.default_timezone)
            tz_name = self.default_timezone if tz else ""
        self.tz, self.tz_name = tz, (tz_name if tz is not None else "")
        self.day_change = _parse_time(_child_text(conf, "day_change"))
        for el, day_date, room_name in self.waiting:
            self._read(el, day_date, room_name)
        self.waiting = []

    def event(self, el: Element) -> None:
        if not self.seen_conference:
            self.waiting.append((el, self.day_date, self.room_name))
            return
        self._read(el, self.day_date, self.room_name)

    def finish(self) -> None:
        if not self.seen_conference:
            self.seen_conference = True
            if self.default_timezone:
                self.tz = zone(self.default_timezone)
                self.tz_name = self.default_timezone if self.tz else ""
            for el, day_date, room_name in self.waiting:
                self._read(el, day_date, room_name)
            self.waiting = []

    def _read(self, el: Element, day_date: date | None, room_name: str) -> None:
        parsed = self.parsed
        try:
            ev = _event(el, parsed, day_date, room_name, self.tz, self.day_change)
        except (ValueError, OverflowError):
            # A date at the edge of the calendar, or similar: this event only.
            parsed.skip(f"event {(el.get('id') or '').strip()[:40] or parsed.seen}",
                        "its date or time cannot be read")
            ev = None
        el.clear()  # read: its text is no longer needed
        if ev is not None:
            parsed.events.append(ev)


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
    why = year_problem(start)
    if why:
        parsed.skip(where, why)
        return None
    start, tz_name = place_in_zone(start, tz, parsed)
    duration = parse_duration(_child_text(el, "duration"))
    if duration is not None:
        end = end_after(start, duration, parsed, where)
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
