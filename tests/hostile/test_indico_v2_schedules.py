"""Hostile Indico timetables and version-2 schedule JSON.

Each bad file is refused with one sentence naming the place, the data file left
exactly as it was; or the bad entry is skipped with a warning naming it while the
rest imports. A million entries are refused by the event limit while the file is
read, not after a million sessions have been built.
"""

from __future__ import annotations

import json
import time

import pytest

from cli_runner import invoke
from interchange_helpers import dump
from sessionkit.interchange import indico, schedule_v2
from sessionkit.interchange.schedule import MAX_EVENTS, ScheduleError, parse_schedule


@pytest.fixture
def db(data_dir):
    assert invoke("list", data_dir=data_dir).returncode == 0
    return data_dir / "sessionkit.db"


def one_error_line(r, name: str) -> str:
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith(f"sessionkit: error: {name}: ")
    return lines[0]


def titles(data_dir) -> set[str]:
    r = invoke("list", "--json", data_dir=data_dir)
    return {s["title"] for s in json.loads(r.stdout)}


def when(day="2025-05-12", t="10:00:00", tz="Europe/Zurich"):
    return {"date": day, "time": t, "tz": tz}


def contribution(n, **fields):
    entry = {"entryType": "Contribution", "id": f"c{n}", "contributionId": n,
             "title": f"Talk {n}", "startDate": when(), "endDate": when(t="10:30:00"),
             "room": "Room 1", "presenters": [{"name": f"Speaker {n}", "affiliation": "CERN"}]}
    entry.update(fields)
    return entry


def indico_doc(entries: dict, day="20250512") -> dict:
    return {"_type": "HTTPAPIResult", "url": "https://indico.example.org/export/timetable/7.json",
            "results": {"7": {day: entries}}}


def v2_doc(events: list) -> dict:
    return {"schedule": {"version": "1", "conference": {
        "acronym": "camp", "title": "Camp", "time_zone_name": "Europe/Berlin",
        "days": [{"index": 1, "date": "2025-08-01"}]}, "events": events}}


def v2_event(n, **fields):
    ev = {"guid": f"g{n}", "code": f"E{n}", "title": f"Talk {n}",
          "start": "2025-08-01T12:00:00+02:00", "end": "2025-08-01T12:30:00+02:00"}
    ev.update(fields)
    return ev


# -- refused whole, one sentence, the store unchanged ---------------------------------------

def deep(levels: int) -> str:
    inner = '"x"'
    for _ in range(levels):
        inner = '{"entries": ' + inner + "}"
    return inner


REFUSED = {
    "deep-indico.json": (
        lambda: ('{"_type": "HTTPAPIResult", "results": {"7": {"20250512": {"s1": '
                 + deep(100) + "}}}}").encode(),
        "nested more than 64 levels deep"),
    "deep-v2.json": (
        lambda: ('{"schedule": {"version": "1", "conference": {"title": "X"}, "events": ['
                 + "[" * 200 + "]" * 200 + "]}}").encode(),
        "nested more than 64 levels deep"),
    "huge-id.json": (
        lambda: json.dumps(indico_doc({"c1": contribution(1)})).replace(
            '"contributionId": 1', '"contributionId": ' + "9" * 5000).encode(),
        'the field "contributionId" holds a number with 5,000 digits'),
    "huge-v2.json": (
        lambda: json.dumps(v2_doc([v2_event(1)])).replace(
            '"title": "Talk 1"', '"title": "Talk 1", "id": ' + "1" * 2000).encode(),
        'the field "id" holds a number with 2,000 digits'),
    "surrogate-indico.json": (
        lambda: json.dumps(indico_doc({"c1": contribution(
            1, presenters=[{"name": "Ada", "affiliation": "\ud800"}])})).encode(),
        "invalid character (a lone UTF-16 surrogate)"),
    "surrogate-v2.json": (
        lambda: json.dumps(v2_doc([v2_event(1, title="T\udfff")])).encode(),
        "invalid character (a lone UTF-16 surrogate)"),
    "no-conference-v2.json": (
        lambda: json.dumps({"schedule": {"version": "1", "events": []}}).encode(),
        'there is no "schedule.conference" object'),
    "only-bad-indico.json": (
        lambda: json.dumps(indico_doc({"c1": contribution(1, title="")})).encode(),
        "the file has no usable events (entry c1: skipped: it has no title)"),
    "results-wrong.json": (
        lambda: b'{"_type": "HTTPAPIResult", "results": "nothing"}',
        '"results" as an object'),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_with_one_sentence_and_the_store_unchanged(db, data_dir, tmp_path, name):
    make, expected = REFUSED[name]
    path = tmp_path / name
    path.write_bytes(make())
    before = dump(db)
    line = one_error_line(invoke("import", str(path), data_dir=data_dir), name)
    assert expected in line, line
    assert line.endswith("nothing was imported")
    assert dump(db) == before


# -- one entry skipped with a warning, the rest imported ---------------------------------------

INDICO_BAD = {
    "c2": contribution(2, title=["not", "text"]),          # a title that is a list
    "c3": contribution(3, startDate="next Tuesday"),        # not a date
    "c4": contribution(4, startDate=when(day="9999-12-31")),
    "c5": contribution(5, startDate=when(day="0001-01-01", tz="Asia/Tokyo")),
    "c6": contribution(6, startDate=when(t="25:99:00")),
    "c7": contribution(7, startDate=None),
    "c8": contribution(8, entryType="Poster"),
    "c9": ["not", "an", "object"],
}


def test_indico_bad_entries_are_skipped_with_a_warning_naming_them(db, data_dir, tmp_path):
    entries = {"c1": contribution(1), **INDICO_BAD}
    path = tmp_path / "indico.json"
    path.write_text(json.dumps(entries and indico_doc(entries)))
    r = invoke("import", str(path), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    warnings = r.stderr.strip().splitlines()
    assert all(w.startswith("sessionkit: warning: indico.json: entry c") for w in warnings)
    expected = {
        "c2": "it has no title", "c3": "it has no usable startDate",
        "c4": "its date (year 9999) is outside the years 1900-2200",
        "c5": "its date (year 1) is outside the years 1900-2200",
        "c6": "it has no usable startDate", "c7": "it has no usable startDate",
        "c8": "its entryType 'Poster' is not Session, Contribution or Break",
        "c9": "it is not an object"}
    for key, why in expected.items():
        assert any(f"entry {key}: skipped: {why}" in w for w in warnings), (key, r.stderr)
    assert "1 added" in r.stdout and "8 skipped" in r.stdout
    assert "Talk 1" in titles(data_dir)


def test_indico_wrong_types_in_optional_fields_are_tolerated():
    block = {"entryType": "Session", "id": "s1", "sessionSlotId": 1, "title": ["x"],
             "slotTitle": "Block", "startDate": when(), "endDate": "garbage",
             "duration": float("inf"), "room": 12, "location": {"a": 1},
             "conveners": "Ada", "description": 42, "url": {"u": 1},
             "attachments": {"files": "x", "folders": [None, {"attachments": "y"}]},
             "entries": {
                 "c1": contribution(1, presenters={"name": "x"}, duration=-5,
                                    endDate=when(day="9999-01-01")),
                 "c2": contribution(2, title=None),
                 "c3": contribution(3, startDate=when(day="9999-01-01")),
                 "b4": {"entryType": "Break", "title": "Tea", "duration": float("nan")},
                 "c5": "text",
                 "s6": {"entryType": "Session", "title": "nested", "entries": {}}}}
    parsed = parse_schedule(json.dumps(indico_doc({"s1": block})).encode())
    (ev,) = parsed.events
    assert (ev.title, ev.room, ev.end, ev.links, ev.people) == ("Block", "12", None, [], [])
    assert [(a.title, a.kind, a.minutes, a.people) for a in ev.agenda] == [
        ("Talk 1", "presentation", 10, []), ("Tea", "break", 10, [])]
    assert sorted(w.split(":", 2)[1].strip() for w in parsed.warnings
                  if "left out of the agenda" in w) == [
        "left out of the agenda", "left out of the agenda", "left out of the agenda"]
    assert any("part c3: left out of the agenda: its date (year 9999)" in w
               for w in parsed.warnings)


@pytest.mark.parametrize("tz", ["../../etc/passwd", "Mars/Olympus_Mons", "x" * 5000])
def test_an_unknown_or_unsafe_zone_is_named_and_utc_used(tz):
    doc = indico_doc({"c1": contribution(1, startDate=when(tz=tz), endDate=when(
        t="10:30:00", tz=tz))})
    parsed = parse_schedule(json.dumps(doc).encode())
    assert parsed.events[0].start.isoformat() == "2025-05-12T10:00:00+00:00"
    assert parsed.warnings == [f"the schedule's time zone {tz[:64]!r} is unknown; its times "
                               "were read as UTC"]
    parsed = parse_schedule(json.dumps(doc).encode(), default_timezone="Asia/Seoul")
    assert parsed.events[0].start.isoformat() == "2025-05-12T10:00:00+09:00"
    assert parsed.warnings == [f"the schedule's time zone {tz[:64]!r} is unknown"]


def test_control_characters_never_reach_the_store(store, tmp_path):
    from sessionkit.services.importing import import_schedule

    evil = "Ti\x00t\x07le\x1b[2J\x7f"
    path = tmp_path / "ctl.json"
    path.write_text(json.dumps(indico_doc({"c1": contribution(
        1, title=evil, room="R\x08oom", presenters=[{"name": "A\x00da", "affiliation":
                                                     "C\x0cERN"}])})))
    import_schedule(store, path)
    s = store.sessions.find("c1")
    assert (s.title, s.room) == ("Title[2J", "Room")
    (p,) = store.people.for_session(s.id)
    assert (p.display_name, p.organisation) == ("Ada", "CERN")

    path = tmp_path / "ctl-v2.json"
    path.write_text(json.dumps(v2_doc([v2_event(9, title=evil, participants=[
        {"guid": "p", "name": "B\x01ob"}])])))
    import_schedule(store, path)
    s = store.sessions.find("E9")
    assert s.title == "Title[2J"
    assert [p.display_name for p in store.people.for_session(s.id)] == ["Bob"]


def test_v2_bad_events_are_skipped_with_a_warning_naming_them():
    doc = v2_doc([
        v2_event(1),
        v2_event(2, start="9999-12-31T23:30:00+00:00"),
        v2_event(3, start="0001-01-01T00:30:00+01:00"),
        v2_event(4, title={"en": "a map is not a title"}),
        v2_event(5, start=12345),
        "not an event",
        v2_event(7, end="9999-01-01T00:00:00+00:00", room=["x"], track=7,
                 participants={"name": "x"}, links="nope", abstract={"xx": 5},
                 duration="forever"),
        v2_event(8, end="2025-08-01T11:00:00+02:00"),  # ends before it starts
    ])
    parsed = parse_schedule(json.dumps(doc).encode())
    assert [e.code for e in parsed.events] == ["E1", "E7", "E8"]
    w = "\n".join(parsed.warnings)
    assert "event E2: skipped: its date (year 9999) is outside the years 1900-2200" in w
    assert "event E3: skipped: its date (year 1) is outside the years 1900-2200" in w
    assert "event E4: skipped: it has no title" in w
    assert "event E5: skipped: it has no usable start" in w
    assert "event 6: skipped: it is not an object" in w
    assert "event E7: its end (year 9999) is outside the years 1900-2200" in w
    assert "event E8: it ends before it starts" in w
    e7 = parsed.events[1]
    assert (e7.end, e7.room, e7.track, e7.people, e7.links, e7.abstract) == \
        (None, "", "", [], [], "")


def test_indico_calendar_speaker_lines_that_break_the_pattern():
    people = indico.speakers_with_affiliations("Speakers: A (X, B, C ((nested)), D")
    assert [p.name for p in people] == ["A (X, B, C ((nested)), D"]
    people = indico.speakers_with_affiliations("Speakers: " + ", ".join(["Ada"] * 10_000))
    assert len(people) == 10_000
    assert indico.speakers_with_affiliations("Agenda: none") is None


# -- a million entries ---------------------------------------------------------------------

MILLION = 1_000_000


def million_indico() -> bytes:
    # One key again and again: JSON allows it, and every value is still parsed.
    body = b",".join([b'"c":{"title":0,"startDate":0}'] * MILLION)
    return b'{"_type":"HTTPAPIResult","results":{"7":{"20250512":{' + body + b"}}}}"


def million_block() -> bytes:
    """900,000 parts in one block: too few objects to be refused before parsing,
    and none of them looks like an event to the parser's count."""
    body = b",".join(b'"c%d":{"title":0}' % i for i in range(900_000))
    return (b'{"_type":"HTTPAPIResult","results":{"7":{"20250512":{"s1":{"entryType":'
            b'"Session","title":"S","startDate":"2025-05-12T10:00:00","entries":{'
            + body + b"}}}}}}")


def million_v2() -> bytes:
    return (b'{"schedule":{"version":"1","conference":{"title":"X"},"events":['
            + b",".join([b'{"title":0,"start":0}'] * MILLION) + b"]}}")


@pytest.mark.slow
@pytest.mark.parametrize("make, reader, function", [
    (million_indico, indico._Reader, "entry"),
    (million_block, indico, "ScheduleAgendaItem"),
    (million_v2, schedule_v2, "_event"),
], ids=["indico", "indico-block", "v2"])
def test_a_million_entries_are_refused_while_reading(monkeypatch, make, reader, function):
    data = make()
    assert len(data) < 32 * 1024 * 1024  # refused by its entries, not by its size
    calls = []
    real = getattr(reader, function)

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(reader, function, counting)
    began = time.monotonic()
    with pytest.raises(ScheduleError, match=f"more than {MAX_EVENTS:,} events"):
        parse_schedule(data)
    assert len(calls) <= MAX_EVENTS  # it stopped at the limit, not after a million
    assert time.monotonic() - began < 20
