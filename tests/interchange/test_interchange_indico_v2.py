"""Importing Indico timetables (JSON export, iCalendar) and schedule JSON version 2
(the CCC hub's), from the fixtures in tests/data/schedules."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from cli_runner import invoke
from interchange_helpers import fixture
from sessionkit.domain.models import ItemKind
from sessionkit.interchange.schedule import ScheduleError, parse_schedule, read_schedule
from sessionkit.services.importing import import_schedule


def people_of(store, session_id):
    return {p.display_name: p for p in store.people.for_session(session_id)}


def roles_of(store, session_id):
    names = {p.id: p.display_name for p in store.people.for_session(session_id)}
    return sorted((names[r.person_id], r.role.value) for r in store.roles.for_session(session_id))


# -- schedule JSON version 2 -----------------------------------------------------------

def test_hub_schedule_v2_is_read_instead_of_refused(store):
    report = import_schedule(store, fixture("hub-schedule2.json"))
    assert report.format == "schedule-json-v2"
    assert (len(report.added), report.skipped) == (2, 0)
    assert (report.schedule_title, report.timezone) == ("38C3", "Europe/Berlin")
    s = store.sessions.find("HQCCYH")
    assert s.title == "38C3: Opening Ceremony"
    assert s.source == "import:270fa44c-821a-577f-8ca3-33e8d4a8c2a7"
    assert (s.room, s.track, s.language) == ("Saal 1", "CCC", "en")  # track name from its slug
    assert (s.start.isoformat(), s.end.isoformat()) == ("2024-12-27T10:30:00+01:00",
                                                        "2024-12-27T11:00:00+01:00")
    assert s.timezone == "Europe/Berlin"
    assert s.abstract.startswith("Glad you could make it!")
    assert "https://example.net/foo/bar/1235.pdf" in s.links  # attachments are links
    people = people_of(store, s.id)
    assert list(people) == ["Gabriela Bogk", "Aline Blankertz", "Senficon"]
    # biographies come from the top-level "persons", joined by guid
    assert people["Senficon"].bio.startswith("Felix Reda")
    other = store.sessions.find("TPGRNN")
    assert other.subtitle == "Most Wanted Using Deep Reinforcement Learning"
    assert (other.room, other.track) == ("Saal ZIGZAG", "Hardware & Making")
    assert other.start.isoformat() == "2024-12-28T00:15:00+01:00"


def test_hub_schedule_v2_reimport_is_unchanged(store):
    import_schedule(store, fixture("hub-schedule2.json"))
    again = import_schedule(store, fixture("hub-schedule2.json"))
    assert (len(again.added), len(again.unchanged), len(again.changed)) == (0, 2, 0)


def v2(events, persons=None, **conference) -> bytes:
    conf = {"acronym": "camp", "title": "Camp", "time_zone_name": "Europe/Berlin",
            "start": "2025-08-01T10:00:00+02:00", "end": "2025-08-02T10:00:00+02:00",
            "days": [{"index": 1, "date": "2025-08-01", "start": "2025-08-01T06:00:00+02:00",
                      "end": "2025-08-02T06:00:00+02:00"}],
            "rooms": [{"name": "Milliways", "guid": "room-1", "parent":
                       {"name": "Assembly", "slug": "assembly", "guid": "p-1"}}]}
    conf.update(conference)
    doc = {"schedule": {"version": "1", "conference": conf, "events": events}}
    if persons is not None:
        doc["schedule"]["persons"] = persons
    return json.dumps(doc).encode()


def event(n, **fields):
    ev = {"guid": f"guid-{n}", "code": f"E{n}", "title": f"Talk {n}",
          "start": "2025-08-01T12:00:00+02:00", "end": "2025-08-01T12:30:00+02:00",
          "room": {"guid": "room-1"}, "participants": []}
    ev.update(fields)
    return ev


def test_v2_rooms_by_guid_languages_roles_and_breaks():
    data = v2([
        event(1, title="Opening", description={"de": "Hallo", "en": "Hello"},
              participants=[{"guid": "p1", "name": "Ada", "role": "SPEAKER"},
                            {"guid": "p2", "name": "Bob", "role": "MODERATOR"}]),
        {"type": "BREAK", "title": "Lunch", "start": "2025-08-01T13:00:00+02:00",
         "end": "2025-08-01T14:00:00+02:00"},
        event(2, state="CANCELED"),
        event(3, end=None, duration="PT1H30M"),
    ], defaults={"language": "en"})
    parsed = parse_schedule(data)
    assert [e.code for e in parsed.events] == ["E1", "E3"]  # the break is not a session
    e1 = parsed.events[0]
    assert e1.room == "Milliways"  # the room referred to by guid only
    assert e1.description == ["Hello"]  # the conference's default language
    assert [(p.name, p.role) for p in e1.people] == [("Ada", ""), ("Bob", "moderator")]
    assert parsed.events[1].end - parsed.events[1].start == timedelta(minutes=90)
    assert any("event E2: skipped: it is marked canceled" == w for w in parsed.warnings)


def test_v2_moderator_gets_the_moderator_role_on_first_import(store, tmp_path):
    path = tmp_path / "camp.json"
    path.write_bytes(v2([event(1, participants=[{"guid": "p1", "name": "Ada"},
                                                {"guid": "p2", "name": "Bob",
                                                 "role": "MODERATOR"}])]))
    import_schedule(store, path)
    s = store.sessions.find("E1")
    assert roles_of(store, s.id) == [("Ada", "speaker"), ("Bob", "moderator")]


# -- Indico JSON ----------------------------------------------------------------------

def test_indico_json_sessions_become_sessions_with_agendas(store):
    report = import_schedule(store, fixture("indico-timetable.json"))
    assert report.format == "indico-json"
    assert report.schedule_title == "Indico event 1234 on indico.example.org"
    assert report.timezone == "Asia/Bangkok"
    # two blocks of session W1 and the keynote outside any session; the lunch break
    # between sessions is not a session
    assert sorted(report.added) == ["KEY", "W1-1", "W1-2"]
    assert report.skipped == 0 and report.warnings == []

    s = store.sessions.find("W1-1")
    assert s.title == "Water and cities: Urban water security"
    assert s.track == "Water and cities"
    assert s.room == "Conference Room 2 (UNCC Bangkok)"
    assert (s.start.isoformat(), s.end.isoformat()) == ("2025-05-12T10:30:00+07:00",
                                                        "2025-05-12T12:00:00+07:00")
    assert s.timezone == "Asia/Bangkok"
    assert s.description == ["Cities share what works in urban water management."]
    assert s.links == ["https://indico.example.org/event/1234/sessions/45/"]  # made absolute
    agenda = store.agenda.for_session(s.id)
    assert [(a.title, a.kind, a.planned_minutes) for a in agenda] == [
        ("Flood early warning in Seoul", ItemKind.PRESENTATION, 20),
        ("道路冠水の予測 — Tokyo's street flooding model", ItemKind.PRESENTATION, 20),
        ("Coffee break", ItemKind.BREAK, 15),
        ("Quản lý nước đô thị ở Hà Nội", ItemKind.PRESENTATION, 35)]
    people = people_of(store, s.id)
    assert people["Min-ji Kim"].organisation == "Seoul Institute"
    assert people["Yuki Sato"].organisation == \
        "University of Tokyo, Institute of Industrial Science"
    assert people["Priya Patel"].organisation == ""
    names = {p.id: n for n, p in people.items()}
    assert [names[i] for i in agenda[3].person_ids] == ["Thi Lan Nguyễn", "Priya Patel"]
    # the convener chairs; the presenters speak
    assert roles_of(store, s.id) == [("Min-ji Kim", "speaker"), ("Priya Patel", "speaker"),
                                     ("Somchai Prasert", "chair"),
                                     ("Thi Lan Nguyễn", "speaker"), ("Yuki Sato", "speaker")]

    key = store.sessions.find("KEY")
    assert key.title == "Opening keynote: cities and climate"
    assert key.room == "Main Hall (UNCC Bangkok)"
    assert key.start.isoformat() == "2025-05-12T09:00:00+07:00"
    assert [(p.display_name, p.organisation) for p in store.people.for_session(key.id)] == \
        [("Somchai Prasert", "UN ESCAP")]
    assert len(store.agenda.for_session(key.id)) == 1  # one item spanning it, as usual


def test_indico_json_select_by_contribution_or_session_code(store):
    report = import_schedule(store, fixture("indico-timetable.json"), select=["W1"])
    assert sorted(report.added) == ["W1-1", "W1-2"]  # the session code picks its blocks
    report = import_schedule(store, fixture("indico-timetable.json"), select=["5678"])
    assert report.added == ["KEY"]  # the contribution id


def test_indico_json_reimport_keeps_edits_and_sees_changes(store, tmp_path):
    import_schedule(store, fixture("indico-timetable.json"))
    again = import_schedule(store, fixture("indico-timetable.json"))
    assert (len(again.added), len(again.unchanged)) == (0, 3)
    doc = json.loads(fixture("indico-timetable.json").read_text())
    block = doc["results"]["1234"]["20250512"]["s301"]
    block["entries"]["c302"]["presenters"][0]["affiliation"] = "Seoul Metropolitan Government"
    path = tmp_path / "newer.json"
    path.write_text(json.dumps(doc))
    report = import_schedule(store, path)
    assert report.changed == ["W1-1"]
    s = store.sessions.find("W1-1")
    assert people_of(store, s.id)["Min-ji Kim"].organisation == "Seoul Metropolitan Government"
    assert len(store.agenda.for_session(s.id)) == 4  # the agenda is the moderator's now


def test_a_block_listed_under_two_days_is_one_session():
    doc = json.loads(fixture("indico-timetable.json").read_text())
    days = doc["results"]["1234"]
    days["20250514"]["s305"] = days["20250513"]["s305"]  # as Indico does past midnight
    parsed = parse_schedule(json.dumps(doc).encode())
    assert [e.code for e in parsed.events] == ["KEY", "W1-1", "W1-2"]
    assert parsed.duplicates == [] and parsed.warnings == []


def test_indico_json_without_zone_reads_utc_or_the_given_zone():
    doc = {"results": {"9": {"20250101": {"c1": {
        "entryType": "Contribution", "title": "Talk", "contributionId": 1,
        "startDate": {"date": "2025-01-01", "time": "09:00:00"},
        "endDate": {"date": "2025-01-01", "time": "09:30:00"}}}}}}
    parsed = parse_schedule(json.dumps(doc).encode())
    assert parsed.events[0].start.isoformat() == "2025-01-01T09:00:00+00:00"
    assert any("no time zone" in w for w in parsed.warnings)
    parsed = parse_schedule(json.dumps(doc).encode(), default_timezone="Europe/Zurich")
    assert parsed.events[0].start.isoformat() == "2025-01-01T09:00:00+01:00"
    assert parsed.events[0].timezone == "Europe/Zurich"


# -- Indico iCalendar -----------------------------------------------------------------

def test_indico_calendar_speakers_with_affiliations(store):
    report = import_schedule(store, fixture("indico-event.ics"))
    assert sorted(report.added) == ["c5678", "c5681", "s71"]  # the JSON export's codes
    assert report.schedule_title == "Indico event 1234 on indico.example.org"
    s = store.sessions.find("c5681")
    assert s.title == "Quản lý nước đô thị ở Hà Nội"
    assert s.room == "Conference Room 2 (UNCC Bangkok)"
    assert s.start == datetime.fromisoformat("2025-05-12T11:25:00+07:00")
    # commas inside the parentheses belong to the affiliation
    assert [(p.display_name, p.organisation) for p in store.people.for_session(s.id)] == [
        ("Thi Lan Nguyễn", "Hanoi University of Science and Technology"),
        ("Priya Patel", ""),
        ("Yuki Sato", "University of Tokyo, Institute of Industrial Science")]
    assert s.description == []  # the URL Indico repeats there is kept only as the link
    assert s.links == ["https://indico.example.org/event/1234/contributions/5681/"]
    keynote = store.sessions.find("c5678")
    assert keynote.description == ["Welcome and keynote."]


def test_indico_calendar_in_utc_is_shown_in_the_zone_given():
    plain_utc = read_schedule(fixture("indico-event.ics"))
    assert plain_utc.events[0].timezone == "UTC"
    parsed = read_schedule(fixture("indico-event.ics"), default_timezone="Asia/Bangkok")
    ev = {e.code: e for e in parsed.events}["s71"]
    assert (ev.start.isoformat(), ev.timezone) == ("2025-05-12T10:30:00+07:00", "Asia/Bangkok")


# -- from the command line, no format chosen ---------------------------------------------

@pytest.mark.parametrize("name, added", [("hub-schedule2.json", 2),
                                         ("indico-timetable.json", 3),
                                         ("indico-event.ics", 3)])
def test_cli_imports_each_without_a_format_option(data_dir, name, added):
    r = invoke("import", str(fixture(name)), "--json", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["added"] == added and out["skipped"] == 0


def test_a_json_that_is_neither_says_what_was_expected():
    with pytest.raises(ScheduleError, match='"results" as an object'):
        parse_schedule(b'{"results": [1, 2]}')
