"""Reading a schedule file: which reader fits (XML, JSON, iCalendar), then the checks
every schedule goes through. The types the readers produce are in schedule_model.py
and are importable from here too.
"""

from __future__ import annotations

from pathlib import Path

from sessionkit.interchange.schedule_model import (
    as_utf8,
    check_event_text,
    check_text,
    dedupe,
    end_after,
    local,
    MAX_EVENTS,
    MAX_SCHEDULE_BYTES,
    MAX_YEAR,
    MIN_YEAR,
    parse_duration,
    parse_iso_datetime,
    ParsedSchedule,
    place_in_zone,
    read_bytes_capped,
    ScheduleAgendaItem,
    ScheduleError,
    ScheduleEvent,
    SchedulePerson,
    short_hash,
    slug,
    too_many_events,
    XML_DECL_ENCODING,
    year_problem,
    zone,
)

__all__ = [
    "as_utf8",
    "check_event_text",
    "check_text",
    "dedupe",
    "end_after",
    "local",
    "MAX_EVENTS",
    "MAX_SCHEDULE_BYTES",
    "MAX_YEAR",
    "MIN_YEAR",
    "parse_duration",
    "parse_iso_datetime",
    "ParsedSchedule",
    "place_in_zone",
    "read_bytes_capped",
    "ScheduleAgendaItem",
    "ScheduleError",
    "ScheduleEvent",
    "SchedulePerson",
    "short_hash",
    "slug",
    "too_many_events",
    "XML_DECL_ENCODING",
    "year_problem",
    "zone",
    "parse_schedule",
    "read_schedule",
    "sniff",
]


def sniff(data: bytes) -> str:
    """'xml', 'json', 'ical' or '' from the first bytes."""
    head = data[:4096]
    for bom in (b"\xef\xbb\xbf",):
        if head.startswith(bom):
            head = head[len(bom):]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf16"
    stripped = head.lstrip()
    if stripped.startswith(b"<"):
        return "xml"
    if stripped.startswith((b"{", b"[")):
        return "json"
    if stripped[:15].upper().startswith(b"BEGIN:VCALENDAR"):
        return "ical"
    return ""


def parse_schedule(data: bytes, name: str = "", default_timezone: str = "") -> ParsedSchedule:
    """Any supported schedule from its bytes; raises ScheduleError for unusable files."""
    encoding = ""
    try:
        data, encoding = as_utf8(data)
        return _parse_schedule(data, default_timezone)
    except ScheduleError as exc:
        if encoding:  # say how the file was read: it may explain the problem
            raise ScheduleError(f"{exc} (the file was read as {encoding})") from None
        raise
    except MemoryError:
        raise ScheduleError("the file needs more memory than this computer has free") from None
    except RecursionError:
        raise ScheduleError("the file is nested too deeply to be a schedule") from None
    except OverflowError:
        raise ScheduleError("a date or number in the file is too large to be used") from None
    except Exception as exc:  # noqa: BLE001 - a reader bug must not crash the app
        raise ScheduleError("SessionKit could not make sense of the file (an unexpected "
                            f"{type(exc).__name__}); please report this with the file") \
            from exc


def _parse_schedule(data: bytes, default_timezone: str) -> ParsedSchedule:
    kind = sniff(data)
    if kind == "utf16":  # as_utf8 could not read it
        raise ScheduleError("the file is UTF-16 encoded; save it as UTF-8 and try again")
    if kind == "xml":
        from sessionkit.interchange.frab_xml import parse_frab_xml
        parsed = parse_frab_xml(data, default_timezone)
    elif kind == "json":
        from sessionkit.interchange.frab_json import parse_schedule_json
        parsed = parse_schedule_json(data, default_timezone)
    elif kind == "ical":
        from sessionkit.interchange.ical import parse_ical
        parsed = parse_ical(data, default_timezone)
    else:
        raise ScheduleError(
            "unrecognised file format: expected frab/Pentabarf schedule XML, "
            "pretalx/frab schedule JSON (version 1 or 2), an Indico timetable export "
            "(JSON) or an iCalendar (.ics) file")
    if len(parsed.events) > MAX_EVENTS:  # the readers stop earlier; kept as a backstop
        raise ScheduleError(too_many_events())
    for i, ev in enumerate(parsed.events, 1):
        check_event_text(ev, f"event {i} ({ev.code})")
    check_text(parsed.title, "the schedule title")
    check_text(parsed.schedule_key, "the schedule title")
    dedupe(parsed)
    if not parsed.events:
        detail = f" ({parsed.warnings[0]})" if parsed.warnings else ""
        raise ScheduleError(f"the file has no usable events{detail}")
    return parsed


def read_schedule(path: Path, default_timezone: str = "") -> ParsedSchedule:
    """Read and parse a schedule file; ScheduleError messages start with the file name."""
    path = Path(path)
    try:
        data = read_bytes_capped(path)
        return parse_schedule(data, path.name, default_timezone)
    except ScheduleError as exc:
        raise ScheduleError(f"{path.name}: {exc}") from None
