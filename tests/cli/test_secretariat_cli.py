"""``sessionkit secretariat``: the secretariat view's rows for scripts (same service)."""

from __future__ import annotations

import json

from conftest import SCHEDULES


def _conference(run_cli, data_dir):
    out = run_cli("import", SCHEDULES / "pretalx-democon.json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    for args in (("--kind", "key_message", "--", "Cities pair up"),
                 ("--kind", "action", "--", "Send the slides"),
                 ("--", "a plain note")):
        out = run_cli("note", "add", "--session", "G9JGWY", *args, data_dir=data_dir)
        assert out.returncode == 0, out.stderr


def test_json_rows_match_the_service(run_cli, data_dir, tmp_path):
    _conference(run_cli, data_dir)
    assert run_cli("report", "--session", "G9JGWY", "--format", "md", "-o",
                   tmp_path / "r.md", data_dir=data_dir).returncode == 0
    out = run_cli("secretariat", "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert len(rows) == 37 and rows[-1]["code"] == "D3"
    g = next(r for r in rows if r["code"] == "G9JGWY")
    assert (g["day"], g["time"], g["room"], g["track"]) == ("2020-12-14", "08:00",
                                                            "Gray Room", "Phased")
    assert (g["notes"], g["key_messages"], g["actions"], g["actions_incomplete"]) == (3, 1, 1, 1)
    assert g["report_format"] == "md" and g["report_exported_at"].endswith("+00:00")
    assert g["report_outdated"] is False and g["last_device_is_here"] is True
    d3 = rows[-1]
    assert d3["outcomes"] == {"total": 3, "achieved": 0, "partly": 0, "not_achieved": 0,
                              "open": 3}
    assert d3["day"] is None and d3["report_exported_at"] is None and d3["last_update"] is None


def test_filters_and_text_output(run_cli, data_dir):
    _conference(run_cli, data_dir)
    out = run_cli("secretariat", "--day", "2020-12-14", "--track", "Phased",
                  data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split("\t")[:6] == ["day", "time", "room", "track", "code", "title"]
    assert [line.split("\t")[4] for line in lines[1:]] == ["G9JGWY", "AYUDFU"]
    first = lines[1].split("\t")
    assert first[6:10] == ["3", "1", "no outcomes", "1"]
    assert first[10] == "not exported" and first[11].endswith(" from this computer")
    out = run_cli("secretariat", "--status", "outcomes_open", data_dir=data_dir)
    assert [line.split("\t")[4] for line in out.stdout.splitlines()[1:]] == ["D3"]
    out = run_cli("secretariat", "--json", "--status", "actions_incomplete", "slides",
                  data_dir=data_dir)
    assert json.loads(out.stdout) == []  # "slides" is a note, not a title
    out = run_cli("secretariat", "nothing", "like", "this", data_dir=data_dir)
    assert out.stdout.splitlines()[-1] == "no session matches"



def test_a_title_cannot_drive_the_terminal(run_cli, data_dir):
    from sessionkit.store import Store

    run_cli("list", data_dir=data_dir)  # the bundled D3
    store = Store.open(data_dir)
    d3 = store.sessions.find("D3")
    d3.title = "Low carbon \x1b[2J\x1b[31mcities\nin Asia"
    store.sessions.save(d3)
    store.close()
    out = run_cli("secretariat", "carbon", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    row = out.stdout.splitlines()[1].split("\t")
    assert row[5] == "Low carbon \ufffd[2J\ufffd[31mcities in Asia"


def test_mistakes_are_one_line(run_cli, data_dir):
    out = run_cli("secretariat", "--day", "18/11/2026", data_dir=data_dir)
    assert out.returncode == 2
    assert out.stderr.strip() == ("sessionkit: error: --day '18/11/2026' is not a date "
                                  "like 2026-11-18")
    out = run_cli("secretariat", "--status", "late", data_dir=data_dir)
    assert out.returncode == 2 and "invalid choice: 'late'" in out.stderr
    assert "Traceback" not in out.stderr
