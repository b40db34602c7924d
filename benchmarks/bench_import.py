"""How long importing a 1,000-event schedule takes, against baselines in the same run.

    python benchmarks/bench_import.py [--events 1000] [--repeat 3]

Generates a frab/Pentabarf XML and a pretalx-style JSON programme with N events
(HTML abstracts, two speakers with bios each), then times, best of --repeat:

  baseline xml   defusedxml parsing the file into a tree (nothing else)
  baseline json  json.loads of the file
  read xml/json  SessionKit's reader: file -> events (HTML to text, time zones)
  import         read + plan + write every session in one transaction (fresh data dir)
  re-import      the same file again: every event compared, nothing written

The target is "about a second" for the import of 1,000 events; the
ratios show how much of it is the unavoidable XML parse.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def make_events(n: int):
    start = datetime(2027, 2, 6, 9, 0)
    rooms = [f"Room {c}" for c in "ABCDEFGHIJ"]
    for i in range(n):
        room = rooms[i % len(rooms)]
        slot = start + timedelta(days=(i // 200), minutes=30 * ((i // len(rooms)) % 20))
        yield {
            "id": 10_000 + i, "guid": f"00000000-0000-4000-8000-{i:012d}",
            "slug": f"talk_{i}", "title": f"Talk number {i}: on cities & climate",
            "subtitle": "A subtitle", "track": f"Track {i % 12}", "room": room,
            "date": slot, "duration": "00:30", "type": "talk", "language": "en",
            "abstract": f"<p>Abstract of talk {i} with <em>HTML</em> &amp; entities.</p>"
                        "<p>Second paragraph.</p>",
            "description": "<p>" + "Long description sentence. " * 20 + "</p>",
            "persons": [{"id": 2 * i, "name": f"Speaker {2 * i}",
                         "bio": "Works on low-carbon cities. " * 5},
                        {"id": 2 * i + 1, "name": f"Speaker {2 * i + 1}",
                         "bio": "Leads a city-to-city programme. " * 5}],
            "links": [f"https://example.org/talk/{i}", f"https://video.example.org/{i}.mp4"],
        }


def write_xml(path: Path, n: int) -> None:
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<schedule><conference>'
             "<title>Bench Conference</title><acronym>bench</acronym>"
             "<time_zone_name>Europe/Brussels</time_zone_name></conference>"]
    by_day: dict[date, dict[str, list]] = {}
    for ev in make_events(n):
        by_day.setdefault(ev["date"].date(), {}).setdefault(ev["room"], []).append(ev)
    for idx, (day, rooms) in enumerate(sorted(by_day.items()), 1):
        parts.append(f'<day index="{idx}" date="{day.isoformat()}">')
        for room, events in rooms.items():
            parts.append(f'<room name="{escape(room)}">')
            for ev in events:
                persons = "".join(f'<person id="{p["id"]}">{escape(p["name"])}</person>'
                                  for p in ev["persons"])
                links = "".join(f'<link href="{escape(u)}">link</link>' for u in ev["links"])
                parts.append(
                    f'<event id="{ev["id"]}" guid="{ev["guid"]}"><start>{ev["date"]:%H:%M}</start>'
                    f'<duration>{ev["duration"]}</duration><room>{escape(room)}</room>'
                    f'<slug>{ev["slug"]}</slug><title>{escape(ev["title"])}</title>'
                    f'<subtitle>{escape(ev["subtitle"])}</subtitle><track>{ev["track"]}</track>'
                    f'<type>{ev["type"]}</type><language>en</language>'
                    f'<abstract>{escape(ev["abstract"])}</abstract>'
                    f'<description>{escape(ev["description"])}</description>'
                    f"<persons>{persons}</persons><links>{links}</links></event>")
            parts.append("</room>")
        parts.append("</day>")
    parts.append("</schedule>\n")
    path.write_text("".join(parts), encoding="utf-8")


def write_json(path: Path, n: int) -> None:
    days: dict[str, dict[str, list]] = {}
    for ev in make_events(n):
        d = ev["date"]
        days.setdefault(d.date().isoformat(), {}).setdefault(ev["room"], []).append({
            "id": ev["id"], "guid": ev["guid"], "date": d.isoformat() + "+01:00",
            "start": f"{d:%H:%M}", "duration": ev["duration"], "room": ev["room"],
            "slug": ev["slug"], "url": f"https://example.org/bench/talk/B{ev['id']}/",
            "title": ev["title"], "subtitle": ev["subtitle"], "track": ev["track"],
            "type": ev["type"], "language": "en", "abstract": ev["abstract"],
            "description": ev["description"], "links": ev["links"], "attachments": [],
            "persons": [{"id": p["id"], "code": f"P{p['id']}", "public_name": p["name"],
                         "biography": p["bio"]} for p in ev["persons"]]})
    doc = {"schedule": {"version": "1", "conference": {
        "acronym": "bench", "title": "Bench Conference", "start": "2027-02-06",
        "end": "2027-02-10", "daysCount": len(days), "timeslot_duration": "00:05",
        "time_zone_name": "Europe/Brussels",
        "days": [{"index": i, "date": day, "day_start": f"{day}T08:00:00+01:00",
                  "day_end": f"{day}T20:00:00+01:00", "rooms": rooms}
                 for i, (day, rooms) in enumerate(sorted(days.items()), 1)]}}}
    path.write_text(json.dumps(doc), encoding="utf-8")


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    import defusedxml.ElementTree as DET

    from sessionkit.interchange.schedule import read_schedule
    from sessionkit.services.importing import import_schedule
    from sessionkit.store import Store

    tmp = Path(tempfile.mkdtemp(prefix="sk-bench-"))
    try:
        xml_path, json_path = tmp / "bench.xml", tmp / "bench.json"
        write_xml(xml_path, args.events)
        write_json(json_path, args.events)
        rows = []
        base_xml = best(lambda: DET.fromstring(xml_path.read_bytes()), args.repeat)
        base_json = best(lambda: json.loads(json_path.read_bytes()), args.repeat)
        rows.append(("baseline: defusedxml parse", base_xml, base_xml))
        rows.append(("baseline: json.loads", base_json, base_xml))
        rows.append(("read xml", best(lambda: read_schedule(xml_path), args.repeat), base_xml))
        rows.append(("read json", best(lambda: read_schedule(json_path), args.repeat), base_xml))
        for label, path in (("xml", xml_path), ("json", json_path)):
            counter = iter(range(10**6))

            def fresh_import():
                store = Store.open(tmp / f"data-{label}-{next(counter)}")
                report = import_schedule(store, path)
                assert len(report.added) == args.events, report.summary()
                store.close()

            rows.append((f"import {label} (fresh data dir)", best(fresh_import, args.repeat),
                         base_xml))
            store = Store.open(tmp / f"data-{label}-re")
            import_schedule(store, path)

            def reimport():
                report = import_schedule(store, path)
                assert len(report.unchanged) == args.events, report.summary()

            rows.append((f"re-import {label} (all unchanged)", best(reimport, args.repeat),
                         base_xml))
            store.close()
        print(f"{args.events} events, best of {args.repeat}; "
              f"xml {xml_path.stat().st_size / 1e6:.1f} MB, "
              f"json {json_path.stat().st_size / 1e6:.1f} MB")
        print(f"{'step':38} {'seconds':>8} {'x defusedxml parse':>19}")
        for label, secs, base in rows:
            print(f"{label:38} {secs:8.3f} {secs / base:19.1f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
