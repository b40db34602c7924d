"""Hostile schedules: dates at the edges of the calendar, and a million events.

One event with a date outside 1900-2200 (or near year 1, where arithmetic
overflows) is skipped with a warning naming it; the rest of the file is
imported. A file with far too many events is refused while it is read, not
after everything has been built. ``export-ics`` never crashes on a stored date.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from cli_runner import invoke
from interchange_helpers import dump
from sessionkit.interchange import frab_json, frab_xml, ical
from sessionkit.interchange.schedule import MAX_EVENTS, ScheduleError, parse_schedule


def cli(*args, data_dir):
    """The CLI in-process (tests/cli_runner.py); cli_peak below keeps a real process to
    measure its memory."""
    return invoke(*args, data_dir=data_dir)


@pytest.fixture
def db(data_dir):
    assert cli("list", data_dir=data_dir).returncode == 0
    return data_dir / "sessionkit.db"


def titles(data_dir) -> set[str]:
    r = cli("list", "--json", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    return {s["title"] for s in json.loads(r.stdout)}


# -- dates -------------------------------------------------------------------------

# Each file: one good event; one in the year 9999 whose end overflows; one in year 1
# given with an offset, whose conversion to the conference's zone overflows.
EDGE_XML = b"""<schedule><conference><title>Edge</title><acronym>edge</acronym>
<time_zone_name>Europe/Berlin</time_zone_name></conference>
<day date="2024-05-01"><room name="A">
<event id="1" guid="edge-1"><title>Good talk</title><start>10:00</start><duration>00:30</duration></event>
<event id="2" guid="edge-2"><title>Far future</title><date>9999-12-31T23:30:00+00:00</date>
<start>23:30</start><duration>01:00</duration></event>
<event id="3" guid="edge-3"><title>Year one</title><date>0001-01-01T00:30:00+01:00</date>
<start>00:30</start><duration>00:30</duration></event>
</room></day></schedule>
"""

EDGE_JSON = json.dumps({"schedule": {"version": "1", "conference": {
    "title": "Edge", "acronym": "edge", "time_zone_name": "Europe/Berlin", "days": [
        {"date": "2024-05-01", "rooms": {"A": [
            {"id": 1, "guid": "edge-1", "title": "Good talk",
             "date": "2024-05-01T10:00:00+02:00", "duration": "00:30"},
            {"id": 2, "guid": "edge-2", "title": "Far future",
             "date": "9999-12-31T23:30:00+00:00", "duration": "01:00"},
            {"id": 3, "guid": "edge-3", "title": "Year one",
             "date": "0001-01-01T00:30:00+01:00", "duration": "00:30"}]}}]}}}).encode()

EDGE_ICS = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//edge//EN\r\nX-WR-CALNAME:Edge\r\n"
            b"X-WR-TIMEZONE:Europe/Berlin\r\n"
            b"BEGIN:VEVENT\r\nUID:edge-1\r\nSUMMARY:Good talk\r\nDTSTART:20240501T080000Z\r\n"
            b"DURATION:PT30M\r\nEND:VEVENT\r\n"
            b"BEGIN:VEVENT\r\nUID:edge-2\r\nSUMMARY:Far future\r\nDTSTART:99991231T233000Z\r\n"
            b"DURATION:PT1H\r\nEND:VEVENT\r\n"
            b"BEGIN:VEVENT\r\nUID:edge-3\r\nSUMMARY:Year one\r\nDTSTART:00010101T003000\r\n"
            b"DURATION:PT30M\r\nEND:VEVENT\r\n"
            b"END:VCALENDAR\r\n")


@pytest.mark.slow
@pytest.mark.parametrize("name, data", [("edge.xml", EDGE_XML), ("edge.json", EDGE_JSON),
                                        ("edge.ics", EDGE_ICS)])
def test_an_event_outside_1900_2200_is_skipped_and_the_rest_imported(db, data_dir, tmp_path,
                                                                     name, data):
    path = tmp_path / name
    path.write_bytes(data)
    r = cli("import", str(path), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and "OverflowError" not in r.stderr
    warnings = r.stderr.strip().splitlines()
    assert any("skipped" in w and "year 9999" in w and "1900-2200" in w for w in warnings), \
        r.stderr
    assert any("skipped" in w and "year 1)" in w for w in warnings), r.stderr
    assert all(w.startswith(f"sessionkit: warning: {name}: ") for w in warnings)
    assert "1 added" in r.stdout and "2 skipped" in r.stdout
    got = titles(data_dir)
    assert "Good talk" in got and "Far future" not in got and "Year one" not in got


def _set_d3(db, **columns):
    conn = sqlite3.connect(db)
    with conn:
        for column, value in columns.items():
            if column == "planned_minutes":
                conn.execute("UPDATE agenda_items SET planned_minutes = ? WHERE session_id = "
                             "(SELECT id FROM sessions WHERE code = 'D3')", (value,))
            else:
                conn.execute(f"UPDATE sessions SET {column} = ? WHERE code = 'D3'", (value,))
    conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("stored", [
    {"start": "9999-12-31T10:00:00+00:00"},
    {"start": "0001-01-01T00:30:00+00:00", "timezone": "Asia/Tokyo"},
    {"start": "2024-05-01T10:00:00+02:00", "planned_minutes": 10 ** 12},
])
def test_export_ics_of_a_session_with_an_impossible_date_is_one_sentence(db, data_dir,
                                                                         tmp_path, stored):
    _set_d3(db, **stored)
    before = dump(db)
    out = tmp_path / "d3.ics"
    r = cli("export-ics", "--session", "D3", "-o", str(out), data_dir=data_dir)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("sessionkit: error: ")
    assert "D3" in lines[0] and "1900-2200" in lines[0]
    assert not out.exists()
    assert dump(db) == before


# -- a million events -----------------------------------------------------------------

MILLION = 1_000_000


def million(kind: str) -> bytes:
    """A schedule of a million tiny events, under the 32 MB size cap."""
    if kind == "json":
        body = b",".join([b'{"title":"a","start":"10:00"}'] * MILLION)
        return (b'{"schedule":{"version":"1","conference":{"title":"X","days":[{"date":'
                b'"2024-05-01","rooms":{"A":[' + body + b"]}}]}}}")
    if kind == "xml":
        return (b'<schedule><conference><title>X</title></conference><day date="2024-05-01">'
                b'<room name="A">' + b"<event><title>a</title></event>" * MILLION
                + b"</room></day></schedule>")
    return (b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\n"
            + b"BEGIN:VEVENT\nEND:VEVENT\n" * MILLION + b"END:VCALENDAR\n")


READERS = {"json": frab_json, "xml": frab_xml, "ics": ical}


@pytest.mark.parametrize("kind", sorted(READERS))
def test_a_million_events_are_refused_while_reading(monkeypatch, kind):
    data = million(kind)
    assert len(data) < 32 * 1024 * 1024  # refused by its events, not by its size
    reader = READERS[kind]
    read = []
    real = reader._event

    def counting(*args, **kwargs):  # counts the events the reader turned into objects
        read.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(reader, "_event", counting)
    with pytest.raises(ScheduleError, match=f"more than {MAX_EVENTS:,} events"):
        parse_schedule(data)
    assert len(read) <= MAX_EVENTS  # it stopped at the limit, not after a million


PEAK = """import resource, subprocess, sys
r = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=120)
sys.stderr.write(r.stderr)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(r.returncode)
"""


def cli_peak(*args, data_dir):
    """The CLI's result and its peak memory in MB (measured by a small parent process,
    so nothing else this test run started counts)."""
    r = subprocess.run([sys.executable, "-c", PEAK, sys.executable, "-m", "sessionkit",
                        "--data-dir", str(data_dir), *args],
                       capture_output=True, text=True, timeout=150, env=dict(os.environ))
    return r, int(r.stdout.split()[-1]) / 1024  # Linux reports kB


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss units")
@pytest.mark.parametrize("kind", sorted(READERS))
def test_cli_refuses_a_million_events_with_one_line(db, data_dir, tmp_path, kind):
    path = tmp_path / f"million.{kind}"
    path.write_bytes(million(kind))
    before = dump(db)
    r, peak_mb = cli_peak("import", str(path), data_dir=data_dir)
    assert r.returncode == 2
    # Loose: the file is 24-31 MB and read whole; building a million events took ~1 GB.
    assert peak_mb < 400, f"peak memory {peak_mb:.0f} MB"
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert lines == [f"sessionkit: error: million.{kind}: the file has more than "
                     f"{MAX_EVENTS:,} events; that is not a conference programme; "
                     "nothing was imported"]
    assert dump(db) == before


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss units")
@pytest.mark.parametrize("empty", [b"{}", b"[]"])
def test_ten_million_empty_objects_are_refused_before_parsing(db, data_dir, tmp_path, empty):
    """No hook sees an empty list, and an empty object is not an event: they are
    counted (at C speed) before the parser builds ten million of them (~2 GB)."""
    path = tmp_path / "empty.json"
    path.write_bytes(b'{"schedule":{"version":"1","conference":{"title":"X","days":[{"date":'
                     b'"2024-05-01","rooms":{"A":[' + b",".join([empty] * 10_000_000)
                     + b"]}}]}}}")
    before = dump(db)
    r, peak_mb = cli_peak("import", str(path), data_dir=data_dir)
    assert r.returncode == 2, r.stderr
    assert r.stderr.strip().splitlines() == [
        f"sessionkit: error: empty.json: the file has more than {MAX_EVENTS:,} events; "
        "that is not a conference programme; nothing was imported"]
    assert peak_mb < 400, f"peak memory {peak_mb:.0f} MB"
    assert dump(db) == before
