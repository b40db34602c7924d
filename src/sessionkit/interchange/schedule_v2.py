"""Version 2 of the schedule JSON (c3voc ``schema2.json``), which the CCC hub publishes.

Unlike version 1, days carry no rooms: the events are one list at the top level
(``schedule.events``), each naming its room by reference (``{"name", "guid"}``);
the rooms themselves, grouped under a parent (an assembly, a village), are listed
in ``schedule.conference.rooms``, the tracks in ``conference.tracks`` (events name
them by ``slug``) and the people in ``schedule.persons`` (events name them in
``participants`` by ``guid``). Text fields may be one string or one per language
(``{"en": …, "de": …}``). Times are ISO 8601 with offsets; an event has an ``end``
(or, deprecated, an ISO 8601 ``duration``).

Read leniently, like version 1: an event without a title or a usable start is
skipped with a warning; breaks and other meta entries (``type`` BREAK or META) are
not sessions and are left out; an event marked cancelled, withdrawn, rejected or
deleted is skipped with a warning.
"""

from __future__ import annotations

from sessionkit.interchange.schedule_model import (
    conference_schedule,
    json_text,
    MAX_EVENTS,
    MAX_YEAR,
    MIN_YEAR,
    ParsedSchedule,
    ScheduleError,
    ScheduleEvent,
    SchedulePerson,
    end_after,
    local,
    parse_duration,
    parse_iso_datetime,
    place_in_zone,
    short_hash,
    too_many_events,
    year_problem,
)
from sessionkit.interchange.text import paragraphs, plain

_META_TYPES = {"BREAK", "META"}
_GONE = {"CANCELED", "CANCELLED", "WITHDRAWN", "REJECTED", "DELETED"}
# Participants in these roles lead the session rather than speak in it.
_ROLES = {"MODERATOR": "moderator", "HOST": "chair"}


def is_schedule_v2(doc) -> bool:
    """A schedule whose events are a top-level list and whose days hold no rooms."""
    if not isinstance(doc, dict) or not isinstance(doc.get("schedule"), dict):
        return False
    sched = doc["schedule"]
    if not isinstance(sched.get("events"), list):
        return False
    conf = sched.get("conference")
    days = conf.get("days") if isinstance(conf, dict) else None
    if isinstance(days, list) and any(isinstance(d, dict) and "rooms" in d for d in days):
        return False  # version 1, with an extra list: read as version 1
    return True


def _localised(value, languages: list[str]) -> str:
    """A LocalizableString: a string, or the first of ``languages`` a map has."""
    if isinstance(value, dict):
        for lang in languages:
            if isinstance(value.get(lang), str) and value[lang].strip():
                return value[lang]
        for v in value.values():
            if isinstance(v, str) and v.strip():
                return v
        return ""
    return json_text(value)


def _by(items, key: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict):
                k = plain(json_text(item.get(key)))
                if k and k not in out:
                    out[k] = item
    return out


def parse_schedule_v2(doc: dict, default_timezone: str = "") -> ParsedSchedule:
    sched = doc["schedule"]
    conf = sched.get("conference")
    if not isinstance(conf, dict):
        raise ScheduleError('not a valid schedule JSON (version 2): there is no '
                            '"schedule.conference" object')
    events = sched["events"]
    if len(events) > MAX_EVENTS:  # before converting any of them
        raise ScheduleError(too_many_events())
    parsed, tz = conference_schedule(conf, "schedule-json-v2", default_timezone)

    defaults = conf.get("defaults")
    languages = [plain(json_text(defaults.get("language")))] if isinstance(defaults, dict) else []
    langs = conf.get("languages")
    if isinstance(langs, list):
        languages += [plain(json_text(x)) for x in langs]
    languages.append("en")
    ctx = _Context(
        languages=[x for x in languages if x],
        rooms=_by(conf.get("rooms"), "guid"),
        tracks=_by(conf.get("tracks"), "slug"),
        persons=_by(sched.get("persons"), "guid"),
        tz=tz,
    )
    left_out = 0
    for n, ev_data in enumerate(events, 1):
        parsed.count_event()
        if isinstance(ev_data, dict) and plain(json_text(ev_data.get("type"))).upper() in _META_TYPES:
            left_out += 1
            continue
        try:
            ev = _event(ev_data, n, parsed, ctx)
        except (ValueError, OverflowError):
            parsed.skip(_where(ev_data, n), "its date or time cannot be read")
            continue
        if ev is not None:
            parsed.events.append(ev)
    if parsed.naive_as_utc:
        parsed.warn("the schedule gives no time zone; times without one were read as UTC")
    if not parsed.events and left_out:
        parsed.warn(f"{left_out} breaks and other meta entries are not sessions")
    return parsed


class _Context:
    def __init__(self, languages, rooms, tracks, persons, tz):
        self.languages = languages
        self.rooms = rooms
        self.tracks = tracks
        self.persons = persons
        self.tz = tz


def _where(ev, n: int) -> str:
    if isinstance(ev, dict):
        name = plain(json_text(ev.get("code") or ev.get("guid") or ev.get("title")))[:40]
        if name:
            return f"event {name}"
    return f"event {n}"


def _room(ev: dict, ctx: _Context) -> str:
    ref = ev.get("room")
    if isinstance(ref, str):  # not the schema, but plain enough
        return plain(ref)
    if not isinstance(ref, dict):
        return ""
    name = plain(json_text(ref.get("name")))
    if not name:
        room = ctx.rooms.get(plain(json_text(ref.get("guid"))), {})
        name = plain(json_text(room.get("name"))) or plain(json_text(ref.get("slug")))
    return name


def _track(ev: dict, ctx: _Context) -> str:
    ref = ev.get("track")
    if isinstance(ref, str):
        return plain(ref)
    if not isinstance(ref, dict):
        return ""
    slug_text = plain(json_text(ref.get("slug")))
    track = ctx.tracks.get(slug_text, {})
    return plain(json_text(track.get("name") or ref.get("name"))) or slug_text


def _people(ev: dict, ctx: _Context) -> list[SchedulePerson]:
    out = []
    items = ev.get("participants")
    if not isinstance(items, list):
        items = ev.get("persons")  # what a version-1 event calls them
    if not isinstance(items, list):
        return out
    for p in items:
        if isinstance(p, str):
            p = {"name": p}
        if not isinstance(p, dict):
            continue
        key = plain(json_text(p.get("guid") or p.get("code") or p.get("id")))
        known = ctx.persons.get(key, {}) if key else {}
        name = plain(json_text(p.get("name") or p.get("public_name") or known.get("name")))
        if not name:
            continue
        bio = _localised(p.get("biography") or known.get("biography"), ctx.languages)
        role = _ROLES.get(plain(json_text(p.get("role"))).upper(), "")
        out.append(SchedulePerson(name=name, bio="\n\n".join(paragraphs(bio)), key=key,
                                  role=role))
    return out


def _links(ev: dict) -> list[str]:
    out = []
    url = plain(json_text(ev.get("url")))
    if url:
        out.append(url)
    for field in ("links", "attachments"):
        items = ev.get(field)
        if not isinstance(items, list):
            continue
        for item in items:
            href = item if isinstance(item, str) else \
                json_text(item.get("url")) if isinstance(item, dict) else ""
            href = plain(href)
            if href and href not in out:
                out.append(href)
    return out


def _event(ev, n: int, parsed: ParsedSchedule, ctx: _Context) -> ScheduleEvent | None:
    if not isinstance(ev, dict):
        parsed.skip(f"event {n}", "it is not an object")
        return None
    where = _where(ev, n)
    title = plain(json_text(ev.get("title")))
    if not title:
        parsed.skip(where, "it has no title")
        return None
    state = plain(json_text(ev.get("state"))).upper()
    if state in _GONE:
        parsed.skip(where, f"it is marked {state.lower()}")
        return None
    start = parse_iso_datetime(json_text(ev.get("start")))
    if start is None:
        parsed.skip(where, "it has no usable start")
        return None
    why = year_problem(start)
    if why:
        parsed.skip(where, why)
        return None
    start, tz_name = place_in_zone(start, ctx.tz, parsed)
    end = parse_iso_datetime(json_text(ev.get("end")))
    if end is not None:
        if year_problem(end):
            parsed.warn(f"{where}: its end (year {end.year}) is outside the years "
                        f"{MIN_YEAR}-{MAX_YEAR}; the end time was left empty")
            end = None
        else:
            end = local(end, start.tzinfo)
            if end < start:
                parsed.warn(f"{where}: it ends before it starts; the end time was left empty")
                end = None
    else:
        duration = parse_duration(json_text(ev.get("duration")))
        if duration is not None:
            end = end_after(start, duration, parsed, where)

    guid = plain(json_text(ev.get("guid")))
    code_text = plain(json_text(ev.get("code")))
    slug_text = plain(json_text(ev.get("slug")))
    ev_id = plain(json_text(ev.get("id")))
    if guid:
        key = guid
    elif code_text or slug_text or ev_id:
        key = f"{parsed.schedule_key}/{code_text or slug_text or ev_id}"
    else:
        key = f"{parsed.schedule_key}/{short_hash(title, start.isoformat())}"
    code = code_text[:16] or ev_id[:16] or short_hash(key, length=6)
    return ScheduleEvent(
        key=key, code=code, title=title,
        subtitle=plain(_localised(ev.get("subtitle"), ctx.languages)),
        track=_track(ev, ctx), room=_room(ev, ctx),
        type=plain(json_text(ev.get("type"))).lower(), language=plain(json_text(ev.get("language"))),
        start=start, end=end, timezone=tz_name,
        abstract="\n\n".join(paragraphs(_localised(ev.get("abstract"), ctx.languages))),
        description=paragraphs(_localised(ev.get("description"), ctx.languages)),
        links=_links(ev), people=_people(ev, ctx),
        aliases=[a for a in (guid, code_text, slug_text, ev_id) if a],
    )
