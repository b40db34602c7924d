"""Indico timetables: the HTTP API's JSON export and the iCalendar export's speakers.

**JSON** (``/export/timetable/EVENT.json``, written by Indico's
``TimetableSerializer``)::

    {"_type": "HTTPAPIResult", "url": "https://host/export/timetable/42.json", "results":
      {"42": {"20250512": {"s7": {"entryType": "Session", "title", "slotTitle",
                                   "startDate": {"date", "time", "tz"}, "endDate",
                                   "room", "location", "conveners": [person],
                                   "entries": {"c9": {"entryType": "Contribution",
                                                       "presenters": [person], ...},
                                               "b3": {"entryType": "Break", ...}}},
                          "c5": {"entryType": "Contribution", ...}}}}}

with ``person = {"name", "firstName", "familyName", "affiliation", "emailHash"}``.

What becomes what:

- a **session block** (``entryType`` Session) becomes one session, titled as Indico
  titles it ("Session: block title"), with the Indico session as its track, its
  conveners as chairs, and its contributions and breaks, in time order, as the
  agenda (each contribution's presenters as the item's speakers, and as the
  session's speakers);
- a **contribution outside any session** becomes a session of its own (one agenda
  item), its presenters the speakers;
- a **break outside any session** is not a session and is left out.

Times are the entry's date and time in the zone it names (``tz``). Indico lists a
block that runs past midnight under both days; it is read once. Only one level of
``entries`` is read (Indico writes no deeper). Lenient like the other readers: an
entry without a title or a usable start is skipped with a warning.

**iCalendar**: Indico writes ``PRODID:-//CERN//INDICO//EN``, UIDs such as
``indico-contribution-12@host``, times in UTC, ``LOCATION`` "room (venue)" and a
``DESCRIPTION`` starting "Speakers: Name (Affiliation), …" and ending with the
entry's URL. :func:`speakers_with_affiliations` reads that first line.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from urllib.parse import urljoin, urlsplit

from sessionkit.interchange.schedule_model import (
    MAX_EVENTS,
    MAX_YEAR,
    MIN_YEAR,
    ParsedSchedule,
    ScheduleAgendaItem,
    ScheduleError,
    ScheduleEvent,
    SchedulePerson,
    end_after,
    local,
    parse_iso_datetime,
    short_hash,
    slug,
    too_many_events,
    year_problem,
    zone,
)
from sessionkit.interchange.text import paragraphs, plain

_DAY_KEY = re.compile(r"\d{8}")


def is_indico_json(doc) -> bool:
    """The HTTP API's answer (``_type`` HTTPAPIResult), or any object whose
    ``results`` map event ids to days keyed YYYYMMDD."""
    if not isinstance(doc, dict) or not isinstance(doc.get("results"), dict):
        return False
    if doc.get("_type") == "HTTPAPIResult":
        return True
    for days in doc["results"].values():
        if isinstance(days, dict) and any(_DAY_KEY.fullmatch(str(k)) for k in days):
            return True
    return False


def _text(value) -> str:
    if value is None or isinstance(value, (dict, list, bool)):
        return ""
    return str(value)


def _id(value) -> str:
    """An id from the file as text ('' for floats, objects and the like)."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return ""
    return plain(str(value))[:40]


class _Reader:
    def __init__(self, doc: dict, default_timezone: str) -> None:
        self.parsed = ParsedSchedule(format="indico-json")
        url = _text(doc.get("url")).strip()
        parts = urlsplit(url) if len(url) < 2000 else None
        ok = parts is not None and parts.scheme in ("http", "https") and parts.hostname
        self.base = f"{parts.scheme}://{parts.netloc}/" if ok else ""
        self.host = (parts.hostname or "").lower() if ok else ""
        self.default_tz = zone(default_timezone) if default_timezone else None
        self.seen_keys: set[str] = set()
        self.unknown_tz = ""  # the first zone name the file gives that is not known

    # -- the file ------------------------------------------------------------------
    def read(self, results: dict) -> ParsedSchedule:
        parsed = self.parsed
        ids = [_id(k) or "?" for k in results]
        where_from = f" on {self.host}" if self.host else ""
        if len(ids) == 1:
            parsed.title = f"Indico event {ids[0]}{where_from}"
        else:
            parsed.title = f"Indico events {', '.join(ids[:5])}{where_from}"
        parsed.schedule_key = slug(f"indico-{self.host}-{'-'.join(ids[:5])}", limit=80)
        for event_id, days in results.items():
            self.event_id = _id(event_id) or "?"
            if not isinstance(days, dict):
                parsed.warn(f"Indico event {self.event_id}: skipped: its timetable is not "
                            "an object")
                continue
            for day_key, entries in days.items():
                if not isinstance(entries, dict):
                    if entries not in (None, [], {}):
                        parsed.warn(f"day {plain(_text(day_key))[:10]!r}: skipped: its "
                                    "entries are not an object")
                    continue
                if len(entries) > MAX_EVENTS:  # before converting any of them
                    raise ScheduleError(too_many_events())
                for key, entry in entries.items():
                    parsed.count_event()
                    where = f"entry {plain(_text(key))[:40] or '?'}"
                    try:
                        ev = self.entry(entry, where, _id(key))
                    except ScheduleError:
                        raise  # the whole file (too many entries), not this entry
                    except (ValueError, OverflowError):
                        parsed.skip(where, "its date or time cannot be read")
                        continue
                    if ev is not None:
                        parsed.events.append(ev)
        self.unique_codes()
        parsed.events.sort(key=_chronological)
        if self.unknown_tz:
            parsed.warn(f"the schedule's time zone {self.unknown_tz!r} is unknown"
                        + ("; its times were read as UTC" if parsed.naive_as_utc else ""))
        elif parsed.naive_as_utc:
            parsed.warn("the timetable gives no time zone; times without one were read as UTC")
        return parsed

    def unique_codes(self) -> None:
        """Codes the user types (``--select``, ``--session``) must tell sessions apart:
        a session code shared by several blocks gets -1, -2… in time order."""
        by_code: dict[str, list[ScheduleEvent]] = {}
        for ev in self.parsed.events:
            by_code.setdefault(ev.code.lower(), []).append(ev)
        for evs in by_code.values():
            if len(evs) > 1:
                evs.sort(key=_chronological)
                for n, ev in enumerate(evs, 1):
                    ev.aliases.append(ev.code)
                    ev.code = f"{ev.code}-{n}"

    # -- one entry -----------------------------------------------------------------
    def entry(self, entry, where: str, entry_key: str) -> ScheduleEvent | None:
        parsed = self.parsed
        if not isinstance(entry, dict):
            parsed.skip(where, "it is not an object")
            return None
        kind = _text(entry.get("entryType")).strip()
        if kind == "Break":
            return None  # a break between sessions is not a session
        if kind not in ("Session", "Contribution"):
            parsed.skip(where, f"its entryType {plain(kind)[:30]!r} is not Session, "
                               "Contribution or Break")
            return None
        block = kind == "Session"
        ids = self.ids(entry, entry_key, block)
        if ids["key"] in self.seen_keys:
            return None  # a block running past midnight is listed under both days
        title = plain(_text(entry.get("title")))
        slot = plain(_text(entry.get("slotTitle"))) if block else ""
        if slot and slot != title:
            title = f"{title}: {slot}" if title else slot
        if not title:
            parsed.skip(where, "it has no title")
            return None
        start, end, tz_name = self.times(entry, where)
        if start is None:
            return None
        self.seen_keys.add(ids["key"])
        people: list[SchedulePerson] = []
        agenda: list[ScheduleAgendaItem] = []
        if block:
            people = [SchedulePerson(name=p.name, affiliation=p.affiliation, key=p.key,
                                     role="chair") for p in _persons(entry.get("conveners"))]
            agenda = self.agenda(entry.get("entries"), where)
        else:
            people = _persons(entry.get("presenters"))
        return ScheduleEvent(
            key=ids["key"], code=ids["code"], title=title,
            track=plain(_text(entry.get("title"))) if block else "",
            room=_room(entry), type="session" if block else "contribution",
            start=start, end=end, timezone=tz_name,
            description=paragraphs(_text(entry.get("description"))),
            links=self.links(entry), people=people, agenda=agenda,
            aliases=ids["aliases"],
        )

    def ids(self, entry: dict, entry_key: str, block: bool) -> dict:
        prefix = f"indico:{self.host or 'indico'}/{self.event_id}"
        entry_id = _id(entry.get("id")) or entry_key
        if block:
            own = _id(entry.get("sessionSlotId"))
            key = f"{prefix}/block/{own}" if own else f"{prefix}/{entry_id}"
            session_code = _id(entry.get("sessionCode") or entry.get("code"))
            code = session_code or (f"s{own}" if own else entry_id)
        else:
            own = _id(entry.get("contributionId"))
            key = f"{prefix}/contribution/{own}" if own else f"{prefix}/{entry_id}"
            code = _id(entry.get("code")) or (f"c{own}" if own else entry_id)
        code = code or short_hash(key, length=6)
        # A block's friendlyId is its Indico session's, shared by all its blocks.
        friendly = "" if block else _id(entry.get("friendlyId"))
        aliases = list(dict.fromkeys(a for a in (entry_id, _id(entry.get("uniqueId")), friendly,
                                                 own) if a))
        return {"key": key, "code": code[:20], "aliases": aliases}

    def times(self, entry: dict, where: str):
        """(start, end, zone name); start is None (and the entry skipped) when unusable."""
        parsed = self.parsed
        start, tz = self.when(entry.get("startDate"))
        if start is None:
            parsed.skip(where, "it has no usable startDate")
            return None, None, ""
        why = year_problem(start)
        if why:
            parsed.skip(where, why)
            return None, None, ""
        start = self.place(start, tz)
        if not parsed.timezone and getattr(start.tzinfo, "key", ""):
            parsed.timezone = start.tzinfo.key
        tz_name = getattr(start.tzinfo, "key", "") or (
            "UTC" if start.utcoffset() == timedelta(0) else "")
        end, end_tz = self.when(entry.get("endDate"))
        if end is not None:
            if year_problem(end):
                parsed.warn(f"{where}: its end (year {end.year}) is outside the years "
                            f"{MIN_YEAR}-{MAX_YEAR}; the end time was left empty")
                end = None
            else:
                end = local(self.place(end, end_tz or tz), start.tzinfo)
                if end < start:
                    parsed.warn(f"{where}: it ends before it starts; the end time was "
                                "left empty")
                    end = None
        else:
            minutes = _minutes(entry.get("duration"))
            if minutes is not None:
                end = end_after(start, timedelta(minutes=minutes), parsed, where)
        return start, end, tz_name

    def when(self, value):
        """A naive datetime and the zone it names, from {"date", "time", "tz"} (or an
        ISO string); (None, None) when unusable."""
        if isinstance(value, str):
            dt = parse_iso_datetime(value)
            return (dt, None) if dt is not None else (None, None)
        if not isinstance(value, dict):
            return None, None
        d, t = _text(value.get("date")).strip(), _text(value.get("time")).strip() or "00:00"
        if len(d) > 10 or len(t) > 15:
            return None, None
        try:
            dt = datetime.combine(date.fromisoformat(d), time.fromisoformat(t))
        except ValueError:
            return None, None
        name = plain(_text(value.get("tz")))
        tz = zone(name)
        if name and tz is None and not self.unknown_tz:
            self.unknown_tz = name[:64]
        return dt, tz

    def place(self, dt: datetime, tz):
        if dt.tzinfo is not None:
            return local(dt, tz or self.default_tz)
        tz = tz or self.default_tz
        if tz is None:
            self.parsed.naive_as_utc = True
            tz = timezone.utc
        return dt.replace(tzinfo=tz)

    def links(self, entry: dict) -> list[str]:
        out: list[str] = []

        def add(value) -> None:
            href = _text(value)
            if not href or len(href) > 2000:
                return
            href = plain(href)
            if not href:
                return
            if href.startswith("/") and self.base:
                href = urljoin(self.base, href)
            if urlsplit(href).scheme in ("http", "https") and href not in out:
                out.append(href)

        add(entry.get("url"))
        attachments = entry.get("attachments")
        if isinstance(attachments, dict):
            files = attachments.get("files")
            folders = attachments.get("folders")
            items = list(files) if isinstance(files, list) else []
            for folder in folders if isinstance(folders, list) else []:
                if isinstance(folder, dict) and isinstance(folder.get("attachments"), list):
                    items.extend(folder["attachments"])
            for item in items[:200]:
                if isinstance(item, dict):
                    add(item.get("download_url"))
        return out

    def agenda(self, children, where: str) -> list[ScheduleAgendaItem]:
        """A block's contributions and breaks, in time order."""
        if not isinstance(children, dict):
            return []
        timed = []
        for key, child in children.items():
            self.parsed.count_event()  # a block's parts count towards the limit too
            part = f"{where}, part {plain(_text(key))[:40] or '?'}"
            if not isinstance(child, dict):
                self.parsed.warn(f"{part}: left out of the agenda: it is not an object")
                continue
            kind = _text(child.get("entryType")).strip()
            if kind not in ("Contribution", "Break"):
                continue  # Indico nests nothing else in a block
            title = plain(_text(child.get("title")))
            if not title:
                self.parsed.warn(f"{part}: left out of the agenda: it has no title")
                continue
            start, tz = self.when(child.get("startDate"))
            if start is not None and year_problem(start):
                self.parsed.warn(f"{part}: left out of the agenda: "
                                 f"{year_problem(start)}")
                continue
            end, end_tz = self.when(child.get("endDate"))
            minutes = None
            if start is not None and end is not None and not year_problem(end):
                span = self.place(end, end_tz or tz) - self.place(start, tz)
                if timedelta(0) < span <= timedelta(hours=24):
                    minutes = int(span.total_seconds() // 60)
            if minutes is None:
                minutes = _minutes(child.get("duration"))
            at = self.place(start, tz).astimezone(timezone.utc) if start is not None else None
            timed.append((at is None, at or datetime.min.replace(tzinfo=timezone.utc),
                          len(timed), ScheduleAgendaItem(
                              title=title, kind="break" if kind == "Break" else "presentation",
                              minutes=max(1, minutes or 10),
                              people=_persons(child.get("presenters")))))
        timed.sort(key=lambda t: t[:3])
        return [t[3] for t in timed]


def _chronological(ev: ScheduleEvent):
    if ev.start is None:
        return (True, datetime.min.replace(tzinfo=timezone.utc), ev.code)
    return (False, ev.start.astimezone(timezone.utc), ev.code)


def _minutes(value) -> int | None:
    """A duration in minutes from the file (a number); None when absent or absurd."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if value != value or not 0 < value <= 24 * 60:  # NaN, negative, over a day
        return None
    return int(value)


def _room(entry: dict) -> str:
    room = plain(_text(entry.get("room")))
    venue = plain(_text(entry.get("location")))
    if room and venue and venue != room:
        return f"{room} ({venue})"
    return room or venue


def _persons(items) -> list[SchedulePerson]:
    out = []
    if not isinstance(items, list):
        return out
    for p in items[:500]:
        if not isinstance(p, dict):
            continue
        name = plain(_text(p.get("name")))
        if not name:
            name = plain(f"{_text(p.get('firstName'))} {_text(p.get('familyName'))}")
        if not name:
            continue
        out.append(SchedulePerson(name=name, affiliation=plain(_text(p.get("affiliation"))),
                                  key=plain(_text(p.get("emailHash")))[:64]))
    return out


def parse_indico_json(doc: dict, default_timezone: str = "") -> ParsedSchedule:
    return _Reader(doc, default_timezone).read(doc["results"])


# -- iCalendar ---------------------------------------------------------------------

_SPEAKERS_LINE = re.compile(r"^\s*Speakers?\s*:\s*(.+)$", re.I)


def is_indico_calendar(prodid: str) -> bool:
    return "INDICO" in prodid.upper()


_EVENT_URL = re.compile(r"https?://([^/\s]{1,200})/event/(\d{1,12})/")


def name_calendar(parsed: ParsedSchedule) -> None:
    """An Indico calendar has no name; its entries' URLs give the server and event,
    so two events' calendars are not taken for versions of one schedule."""
    for ev in parsed.events:
        for link in ev.links:
            m = _EVENT_URL.match(link)
            if m:
                host = m.group(1).lower()
                if not parsed.title:
                    parsed.title = f"Indico event {m.group(2)} on {host}"
                parsed.schedule_key = slug(f"indico-{host}-{m.group(2)}", limit=80)
                return


def speakers_with_affiliations(line: str) -> list[SchedulePerson] | None:
    """Indico's "Speakers: A (Org), B (Org, Dept), C": None when the line is not one.

    Commas inside parentheses belong to the affiliation, so names are split only
    at commas outside them.
    """
    m = _SPEAKERS_LINE.match(line)
    if not m:
        return None
    people, depth, current = [], 0, []
    for ch in m.group(1):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch == "," and depth == 0:
            people.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    people.append("".join(current).strip())  # the last (or an unclosed parenthesis)
    out = []
    for text in people:
        am = re.fullmatch(r"(.*?)\s*\((.*)\)", text)
        name, org = (am.group(1), am.group(2)) if am else (text, "")
        name = plain(name)
        if name:
            out.append(SchedulePerson(name=name, affiliation=plain(org)))
    return out
