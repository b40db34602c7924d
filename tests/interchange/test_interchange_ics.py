"""A session's agenda as .ics: one event per item, times when the session has a date."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from conftest import run_cli
from sessionkit.domain.models import AgendaItem, ItemKind
from sessionkit.interchange.ics_export import CalendarExportError, build_calendar


def events(data: bytes):
    cal = icalendar.Calendar.from_ical(data)
    return cal, cal.walk("VEVENT")


def test_d3_without_a_date_has_one_untimed_event_per_item(store, d3):
    bundle = store.load_bundle(d3.id)
    cal, evs = events(build_calendar(bundle))
    assert [str(e["summary"]) for e in evs] == [i.title for i in bundle.agenda]
    assert all(e.get("dtstart") is None for e in evs)
    assert str(cal["method"]) == "PUBLISH"  # RFC 5545: DTSTART may be absent only then
    assert all(str(e["location"]) == "Book Seminar Room, Design Lab" for e in evs)
    assert len({str(e["uid"]) for e in evs}) == len(evs)
    assert "Naoki Mori" in str(evs[1]["description"])


def test_dated_session_gets_consecutive_times_in_its_zone(store, d3):
    tz = ZoneInfo("Asia/Tokyo")
    d3.start = datetime(2015, 7, 9, 14, 0, tzinfo=tz)
    d3.end = d3.start + timedelta(minutes=90)
    d3.timezone = "Asia/Tokyo"
    store.sessions.save(d3)
    bundle = store.load_bundle(d3.id)
    cal, evs = events(build_calendar(bundle))
    assert cal.walk("VTIMEZONE")[0]["tzid"] == "Asia/Tokyo"
    starts = [e["dtstart"].dt for e in evs]
    ends = [e["dtend"].dt for e in evs]
    assert starts[0] == d3.start and str(starts[0].tzinfo) == "Asia/Tokyo"
    assert starts[1:] == ends[:-1]  # each item starts when the previous one ends
    assert ends[-1] - starts[0] == timedelta(minutes=bundle.planned_minutes())
    assert b"TZID=Asia/Tokyo" in build_calendar(bundle)


def test_no_agenda_and_no_date_is_a_clear_error(store, d3):
    bundle = store.load_bundle(d3.id)
    bundle.agenda = []
    with pytest.raises(CalendarExportError, match="nothing to put in a calendar"):
        build_calendar(bundle)


def test_item_text_is_escaped_not_interpreted(store, d3):
    bundle = store.load_bundle(d3.id)
    bundle.agenda = [AgendaItem(title="Q&A; BEGIN:VEVENT\nEND:VCALENDAR, ok",
                                kind=ItemKind.QA, planned_minutes=15)]
    _, evs = events(build_calendar(bundle))
    assert len(evs) == 1 and str(evs[0]["summary"]) == "Q&A; BEGIN:VEVENT\nEND:VCALENDAR, ok"


@pytest.mark.slow
def test_cli_export_ics(data_dir, tmp_path):
    out = tmp_path / "d3.ics"
    r = run_cli("export-ics", "--session", "D3", "-o", str(out), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    _, evs = events(out.read_bytes())
    assert len(evs) == 6
    r = run_cli("calendar", "export", "--session", "D3", "-o",
                str(tmp_path / "missing-folder" / "x.ics"), data_dir=data_dir)
    assert r.returncode == 2 and "does not exist" in r.stderr
