"""Importing the real schedules in tests/data/schedules, and re-importing."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from interchange_helpers import dump, fixture
from sessionkit.interchange.schedule import ScheduleError, read_schedule
from sessionkit.services.importing import import_schedule
from sessionkit.services.notes import add_note


def sessions_from(store, prefix=""):
    return {s.source: s for s in store.sessions.list() if s.source.startswith("import:")}


# -- first import of each fixture ----------------------------------------------------

def test_fosdem_xml_all_773_events(store):
    report = import_schedule(store, fixture("fosdem_2021.xml"), default_timezone="Europe/Brussels")
    assert (len(report.added), report.skipped, len(report.duplicates)) == (773, 0, 0)
    s = store.sessions.find("11164")
    assert s.title == "Empowering the school of the future"
    assert s.subtitle.startswith("Remotely accessing files")
    assert (s.track, s.room) == ("Community", "M.community")
    assert s.timezone == "Europe/Brussels"
    assert s.start.isoformat() == "2021-02-06T10:00:00+01:00"
    assert s.end - s.start == timedelta(minutes=30)
    assert s.source == "import:fosdem-2021/11164"  # no guid: conference + event id
    # HTML became text: no tags, entities decoded
    assert s.abstract.startswith("How can users of your network")
    assert "<p>" not in s.abstract and all("<" not in p for p in s.description)
    assert "https://fuss.bz.it" in s.links
    names = [p.display_name for p in store.people.for_session(s.id)]
    assert names == ["Marco Marinello", "Paolo Dongilli"]


def test_fosdem_html_entities_are_decoded(store):
    import_schedule(store, fixture("fosdem_2021.xml"))
    texts = [s.abstract + "\n".join(s.description) for s in sessions_from(store).values()]
    assert not any("&amp;" in t or "&lt;" in t or "<p>" in t for t in texts)
    assert any("Q&A" in t for t in texts)


def test_fosdem_without_a_time_zone_warns_and_reads_utc(store):
    report = import_schedule(store, fixture("fosdem_2021.xml"))
    assert any("no time zone" in w for w in report.warnings)
    s = store.sessions.find("11795")
    assert (s.timezone, s.start.isoformat()) == ("UTC", "2021-02-06T09:00:00+00:00")


def test_pretalx_json_with_bios_and_codes(store):
    report = import_schedule(store, fixture("pretalx-democon.json"))
    assert len(report.added) == 36
    s = store.sessions.find("G9JGWY")  # the pretalx submission code
    assert s.title == "Focused 5thgeneration hardware"
    assert (s.track, s.room, s.language) == ("Phased", "Gray Room", "en")
    assert s.source == "import:8079583e-8321-506c-95af-fd2903a5f075"  # the guid
    assert s.timezone == "UTC"
    # 09:00+01:00 in the file is 08:00 UTC: the instant is kept, shown in the schedule's zone
    assert s.start == datetime.fromisoformat("2020-12-14T09:00:00+01:00")
    assert s.start.utcoffset() == timedelta(0)
    assert s.end - s.start == timedelta(minutes=30)
    people = store.people.for_session(s.id)
    assert [p.display_name for p in people] == ["Brian Robinson"]
    assert people[0].bio.startswith("Break through direction.")
    assert "\n\n" in people[0].bio  # paragraphs kept
    assert any("differs from the schedule's time zone" in w for w in report.warnings)


def test_ics_in_its_own_time_zone(store):
    report = import_schedule(store, fixture("linux_conf_au_2020.ics"))
    assert len(report.added) == 262
    assert report.timezone == "Australia/Brisbane"
    s = store.sessions.find("94")
    assert s.title == "Wednesday Welcome"
    assert s.source == "import:94@lca2020.linux.org.au"
    assert (s.room, s.timezone) == ("Arena", "Australia/Brisbane")
    assert s.start.isoformat() == "2020-01-15T09:00:00+10:00"
    assert s.end - s.start == timedelta(minutes=10)
    assert [p.display_name for p in store.people.for_session(s.id)] == ["Joel Addison"]
    assert s.description == ["Opening Remarks and Housekeeping"]
    assert s.links == ["http://lca2020.linux.org.au/schedule/presentation/221/"]


def test_invalid_example_is_refused_cleanly(store, data_dir):
    before = dump(data_dir / "sessionkit.db")
    with pytest.raises(ScheduleError) as err:
        import_schedule(store, fixture("invalid-example.json"))
    msg = str(err.value)
    assert msg.startswith("invalid-example.json: not a valid frab/pretalx schedule JSON")
    assert "schedule.rooms" in msg and "\n" not in msg
    assert dump(data_dir / "sessionkit.db") == before


@pytest.mark.parametrize("name,count", [("fosdem_2021.xml", 773),
                                        ("linux_conf_au_2020.ics", 262),
                                        ("pretalx-democon.json", 36)])
def test_reimport_is_idempotent(store, data_dir, name, count):
    first = import_schedule(store, fixture(name))
    assert len(first.added) == count
    before = dump(data_dir / "sessionkit.db")
    again = import_schedule(store, fixture(name))
    assert (len(again.added), len(again.changed), len(again.unchanged),
            len(again.removed), len(again.kept_local_edits)) == (0, 0, count, 0, 0)
    assert dump(data_dir / "sessionkit.db") == before


@pytest.mark.slow
def test_imported_sessions_are_listed_by_the_cli(data_dir):
    from conftest import run_cli

    r = run_cli("import", str(fixture("pretalx-democon.json")), "--json", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    counts = json.loads(r.stdout)
    assert (counts["added"], counts["events_in_file"]) == (36, 36)
    r = run_cli("list", "--json", data_dir=data_dir)
    codes = {row["code"] for row in json.loads(r.stdout)}
    assert {"D3", "G9JGWY", "3NEFSQ"} <= codes and len(codes) == 37


@pytest.mark.slow
def test_cli_select_imports_only_the_chosen_events(data_dir):
    from conftest import run_cli

    r = run_cli("import", str(fixture("fosdem_2021.xml")), "--select", "11164",
                "keynotes_welcome", "--timezone", "Europe/Brussels", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert "2 added" in r.stdout
    r = run_cli("import", str(fixture("fosdem_2021.xml")), "--select", "no-such-talk",
                data_dir=data_dir)
    assert r.returncode == 2
    assert "no-such-talk" in r.stderr and "nothing was imported" in r.stderr


# -- re-import of a newer version ----------------------------------------------------

def _democon(tmp_path: Path, edit) -> Path:
    doc = json.loads(fixture("pretalx-democon.json").read_text(encoding="utf-8"))
    edit(doc)
    out = tmp_path / "democon-v2.json"
    out.write_text(json.dumps(doc), encoding="utf-8")
    return out


def _events(doc):
    for day in doc["schedule"]["conference"]["days"]:
        for events in day["rooms"].values():
            yield from events


def test_newer_version_changes_keeps_local_edits_and_reports_removed(store, tmp_path):
    import_schedule(store, fixture("pretalx-democon.json"))
    edited = store.sessions.find("3NEFSQ")
    edited.title = "My own title"
    store.sessions.save(edited)
    gone = store.sessions.find("SCYPFZ")
    note = add_note(store, gone.id, "a note on a talk that will be cancelled")
    note_untouched = add_note(store, store.sessions.find("G9JGWY").id, "keep me")

    def edit(doc):
        evs = list(_events(doc))
        by_code = {e["url"].rstrip("/").rsplit("/", 1)[1]: e for e in evs}
        by_code["G9JGWY"]["title"] = "Focused 6thgeneration hardware"  # organiser's fix
        by_code["3NEFSQ"]["title"] = "Organiser's new title"  # conflicts with local edit
        for day in doc["schedule"]["conference"]["days"]:
            for room, events in day["rooms"].items():
                day["rooms"][room] = [e for e in events if e is not by_code["SCYPFZ"]]

    report = import_schedule(store, _democon(tmp_path, edit))
    assert report.changed == ["G9JGWY"]
    assert report.kept_local_edits == ["3NEFSQ"]
    assert report.removed == ["SCYPFZ"]
    assert len(report.unchanged) == 33 and not report.added
    assert store.sessions.find("G9JGWY").title == "Focused 6thgeneration hardware"
    assert store.sessions.find("3NEFSQ").title == "My own title"
    # removed from the schedule, but never deleted here: its notes stay
    assert store.sessions.find("SCYPFZ").id == gone.id
    assert [n.text for n in store.notes.for_session(gone.id)] == [note.text]
    assert store.notes.get(note_untouched.id).text == "keep me"


def test_speaker_bio_edited_here_is_kept(store, tmp_path):
    import_schedule(store, fixture("pretalx-democon.json"))
    s = store.sessions.find("G9JGWY")
    person = store.people.for_session(s.id)[0]
    person.bio = "Corrected bio"
    store.people.save(person)

    def edit(doc):
        for e in _events(doc):
            if e["url"].endswith("/G9JGWY/"):
                e["persons"][0]["biography"] = "Organiser's bio"
    report = import_schedule(store, _democon(tmp_path, edit))
    assert report.kept_local_edits == ["G9JGWY"]
    assert store.people.for_session(s.id)[0].bio == "Corrected bio"


def test_duplicate_events_in_one_file_are_reported(store, tmp_path):
    def edit(doc):
        rooms = doc["schedule"]["conference"]["days"][0]["rooms"]
        first = rooms["Gray Room"][0]
        rooms["Gray Room"].append(dict(first))
        changed = dict(first, title="Same guid, other talk")
        rooms["Tan Room"].append(changed)
    report = import_schedule(store, _democon(tmp_path, edit))
    assert len(report.added) == 36
    assert report.duplicates == ["8079583e-8321-506c-95af-fd2903a5f075"] * 2
    assert sum("appears more than once" in w for w in report.warnings) == 2
    assert store.sessions.find("G9JGWY").title == "Focused 5thgeneration hardware"


def test_unusable_events_are_skipped_with_one_warning_each(store, tmp_path):
    def edit(doc):
        evs = list(_events(doc))
        evs[0]["title"] = ""
        evs[1]["date"] = "not a date"
        evs[1]["start"] = "25:99"
        evs[2]["persons"] = "nobody"  # wrong type: tolerated
        evs[3]["duration"] = "soon"
    report = import_schedule(store, _democon(tmp_path, edit))
    assert (len(report.added), report.skipped) == (34, 2)
    skipped = [w for w in report.warnings if "skipped" in w]
    assert len(skipped) == 2
    assert any("no title" in w for w in skipped) and any("no usable date" in w for w in skipped)
    assert any("duration was not understood" in w for w in report.warnings)


def test_a_failure_midway_leaves_the_database_as_it_was(store, data_dir, monkeypatch):
    from sessionkit.store.imports import ImportRepo

    before = dump(data_dir / "sessionkit.db")
    calls = {"n": 0}
    real = ImportRepo.insert_session

    def flaky(self, s):
        calls["n"] += 1
        if calls["n"] == 100:
            raise OSError("disk full")
        return real(self, s)

    monkeypatch.setattr(ImportRepo, "insert_session", flaky)
    with pytest.raises(OSError):
        import_schedule(store, fixture("fosdem_2021.xml"))
    assert dump(data_dir / "sessionkit.db") == before
    assert len(store.sessions.list()) == 1


def test_dry_run_changes_nothing(store, data_dir):
    before = dump(data_dir / "sessionkit.db")
    report = import_schedule(store, fixture("linux_conf_au_2020.ics"), dry_run=True)
    assert len(report.added) == 262 and report.dry_run
    assert dump(data_dir / "sessionkit.db") == before


def test_read_schedule_formats():
    assert read_schedule(fixture("fosdem_2021.xml")).format == "frab-xml"
    assert read_schedule(fixture("linux_conf_au_2020.ics")).format == "ical"
    assert read_schedule(fixture("pretalx-democon.json")).format == "schedule-json"


def test_an_edit_made_after_the_preview_is_still_kept(store, tmp_path):
    from sessionkit.interchange.schedule import read_schedule
    from sessionkit.services.importing import apply_plan, plan_import

    import_schedule(store, fixture("pretalx-democon.json"))

    def edit(doc):
        for e in _events(doc):
            e["title"] = e["title"] + " (v2)"
    parsed = read_schedule(_democon(tmp_path, edit))
    plan = plan_import(store, parsed)
    assert plan.count("change") == 36
    s = store.sessions.find("G9JGWY")  # the user edits while the preview is open
    s.room = "Moved to the big hall"
    store.sessions.save(s)
    report = apply_plan(store, plan)
    assert report.kept_local_edits == ["G9JGWY"] and len(report.changed) == 35
    assert store.sessions.find("G9JGWY").room == "Moved to the big hall"


def test_a_session_whose_source_was_changed_here_is_not_clobbered(store):
    report = import_schedule(store, fixture("pretalx-democon.json"), select=["G9JGWY"])
    s = store.sessions.find("G9JGWY")
    s.source = ""  # made the user's own
    store.sessions.save(s)
    again = import_schedule(store, fixture("pretalx-democon.json"), select=["G9JGWY"])
    assert report.added == ["G9JGWY"] and again.kept_local_edits == ["G9JGWY"]
