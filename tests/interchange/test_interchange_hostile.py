"""Bad and hostile schedule files: one clear message, exit 2, the database as before."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from interchange_helpers import dump, fixture
from sessionkit.interchange.schedule import ScheduleError, parse_schedule, read_schedule
from sessionkit.services.importing import import_schedule

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE schedule [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<schedule><conference><title>&lol9;</title></conference>
<day date="2021-02-06"><room name="A"><event id="1"><title>&lol9;</title>
<start>10:00</start><duration>00:30</duration></event></room></day></schedule>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE schedule [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<schedule><day date="2021-02-06"><room name="A"><event id="1"><title>&xxe;</title>
<start>10:00</start></event></room></day></schedule>
"""

DEEP_JSON = b'{"schedule": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"


def _democon_with(text_edit) -> bytes:
    raw = fixture("pretalx-democon.json").read_text(encoding="utf-8")
    return text_edit(raw).encode("utf-8")


CASES = {
    "billion-laughs.xml": (lambda: BILLION_LAUGHS, "refuses to expand"),
    "external-entity.xml": (lambda: EXTERNAL_ENTITY, "refuses to expand"),
    "deep.json": (lambda: DEEP_JSON, "nested more than"),
    "lone-surrogate.json": (lambda: _democon_with(
        lambda t: t.replace('"Focused 5thgeneration hardware"', '"Focused \\ud800 hardware"')),
        "lone UTF-16 surrogate"),
    "raw-surrogate.json": (lambda: _democon_with(lambda t: t).replace(
        b"Focused", b"Focused \xed\xa0\x80"), "not valid UTF-8"),
    "truncated.json": (lambda: fixture("pretalx-democon.json").read_bytes()[:30000],
                       "is the file complete?"),
    "truncated.xml": (lambda: fixture("fosdem_2021.xml").read_bytes()[:800_000],
                      "is the file complete?"),
    "truncated.ics": (lambda: fixture("linux_conf_au_2020.ics").read_bytes()[:100_000],
                      "truncated"),
    "picture.png": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(200), "unrecognised file format"),
    "empty.json": (lambda: b"", "unrecognised file format"),
    "page.html": (lambda: b"<html><body>Programme</body></html>", "expected <schedule>"),
    "utf16.json": (lambda: '{"schedule": {}}'.encode("utf-16"), "UTF-16"),
    "no-events.xml": (lambda: b"<schedule><conference><title>X</title></conference></schedule>",
                      "no usable events"),
    "all-events-bad.json": (lambda: json.dumps({"schedule": {"version": "1", "conference": {
        "title": "X", "days": [{"rooms": {"A": [{"title": ""}, 5]}}]}}}).encode(),
        "no usable events"),
    "garbage.ics": (lambda: b"BEGIN:VCALENDAR\r\nthis is not\r\nEND:VCALENDAR\r\n",
                    "not a readable iCalendar file"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_refused_with_one_clear_line_and_db_unchanged(store, data_dir, tmp_path, name):
    make, expected = CASES[name]
    path = tmp_path / name
    path.write_bytes(make())
    before = dump(data_dir / "sessionkit.db")
    with pytest.raises(ScheduleError) as err:
        import_schedule(store, path)
    message = str(err.value)
    assert message.startswith(f"{name}: ") and expected in message
    assert "\n" not in message and len(message) < 400
    assert dump(data_dir / "sessionkit.db") == before


@pytest.mark.slow
@pytest.mark.parametrize("name", ["billion-laughs.xml", "deep.json", "external-entity.xml"])
def test_cli_refuses_hostile_files_with_exit_2(data_dir, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(CASES[name][0]())
    assert run_cli("list", data_dir=data_dir).returncode == 0  # create and seed the file
    before = dump(data_dir / "sessionkit.db")
    r = run_cli("import", str(path), data_dir=data_dir)
    assert r.returncode == 2
    assert r.stderr.startswith(f"sessionkit: error: {name}: ")
    assert "nothing was imported" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert dump(data_dir / "sessionkit.db") == before


def test_a_100_mb_file_is_refused_by_size_before_reading(store, data_dir, tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.write(b'{"schedule": ')
        fh.truncate(100 * 1024 * 1024)  # sparse: costs no disk
    before = dump(data_dir / "sessionkit.db")
    with pytest.raises(ScheduleError, match=r"too big to be a schedule \(105 MB; the limit is 32 MB\)"):
        import_schedule(store, path)
    assert dump(data_dir / "sessionkit.db") == before


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ScheduleError, match="nope.xml: cannot be read"):
        read_schedule(tmp_path / "nope.xml")
    with pytest.raises(ScheduleError, match="is a folder"):
        read_schedule(tmp_path)


def test_deep_json_inside_an_event_field_is_refused_not_crashed():
    doc = b'{"schedule": {"conference": {"title": "x", "days": []}, "x": ' + \
        b"[" * 5000 + b"]" * 5000 + b"}}"
    with pytest.raises(ScheduleError, match="nested"):
        parse_schedule(doc)


def test_deep_xml_is_handled(tmp_path):
    doc = b"<schedule>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</schedule>"
    with pytest.raises(ScheduleError):
        parse_schedule(doc)


def test_html_in_titles_never_reaches_the_store(store, tmp_path):
    xml = b"""<schedule><conference><title>C</title><time_zone_name>Europe/Berlin</time_zone_name>
    </conference><day date="2024-05-01"><room name="R"><event id="7">
    <title>&lt;script&gt;alert(1)&lt;/script&gt;Real &lt;b&gt;title&lt;/b&gt;</title>
    <start>10:00</start><duration>01:00</duration>
    <abstract>&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two &amp;amp; three&lt;/p&gt;&lt;style&gt;x{}&lt;/style&gt;</abstract>
    </event></room></day></schedule>"""
    path = tmp_path / "s.xml"
    path.write_bytes(xml)
    import_schedule(store, path)
    s = store.sessions.find("7")
    assert s.title == "Real title"
    assert s.abstract == "One\n\nTwo & three"
    assert s.start.isoformat() == "2024-05-01T10:00:00+02:00" and s.timezone == "Europe/Berlin"


def test_mangled_files_never_crash_the_reader():
    """Bytes flipped, cut or repeated anywhere: a schedule or a ScheduleError, nothing else."""
    import random

    rng = random.Random(6)
    sources = [fixture("pretalx-democon.json").read_bytes(),
               fixture("linux_conf_au_2020.ics").read_bytes()[:20000] + b"END:VCALENDAR\r\n",
               fixture("fosdem_2021.xml").read_bytes()[:40000]]
    for _ in range(300):
        data = bytearray(rng.choice(sources))
        for _ in range(rng.randint(1, 6)):
            op = rng.randrange(3)
            i = rng.randrange(len(data))
            if op == 0:
                data[i] = rng.randrange(256)
            elif op == 1:
                del data[i:i + rng.randint(1, 50)]
            else:
                data[i:i] = data[i:i + rng.randint(1, 50)]
        try:
            parse_schedule(bytes(data))
        except ScheduleError:
            pass
