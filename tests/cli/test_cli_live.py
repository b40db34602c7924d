"""`sessionkit live start|pause|next|prev|plus|message|status`: the persisted run driven
from the command line, read back as the app reads it."""

import json

import pytest


def live(run_cli, data_dir, *args):
    return run_cli("live", *args, data_dir=data_dir)


def status(run_cli, data_dir):
    out = live(run_cli, data_dir, "status", "--session", "D3", "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_start_next_status_json(run_cli, data_dir):
    doc = status(run_cli, data_dir)
    assert doc["state"] == "idle" and doc["current"] is None
    assert doc["session"]["code"] == "D3" and doc["next"]["title"] == "Opening"
    assert live(run_cli, data_dir, "start", "--session", "D3").returncode == 0
    out = live(run_cli, data_dir, "next", "--session", "d3", "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["state"] == "running"
    assert doc["current"]["index"] == 1
    assert doc["current"]["title"] == "Presentation: Naoki Mori"
    assert doc["speaker"]["name"] == "Naoki Mori"
    assert 14 * 60 < doc["time_left"] <= 15 * 60
    assert doc["next"]["title"] == "Presentation: Kim Sang-Kap"
    # the app's own service sees the same run
    from sessionkit.services.clock import now_running
    from sessionkit.store import Store

    store = Store.open(data_dir)
    try:
        running = now_running(store, doc["session"]["id"])
        assert running.item_id == doc["current"]["id"]
        assert running.speaker_id == doc["speaker"]["id"]
    finally:
        store.close()


def test_human_status_is_a_few_readable_lines(run_cli, data_dir):
    live(run_cli, data_dir, "start", "--session", "D3")
    out = live(run_cli, data_dir, "status", "--session", "D3")
    lines = out.stdout.splitlines()
    assert lines[0] == "D3: Low carbon cities in Asia through city-to-city cooperation"
    assert lines[1] == "running: item 1 of 6, Opening (5:00 left)"
    assert lines[2].startswith("next: Presentation: Naoki Mori")
    assert len(lines) <= 5


def test_pause_toggles_and_plus_adds_minutes(run_cli, data_dir):
    live(run_cli, data_dir, "start", "--session", "D3")
    out = live(run_cli, data_dir, "pause", "--session", "D3", "--json")
    assert json.loads(out.stdout)["state"] == "paused"
    out = live(run_cli, data_dir, "pause", "--session", "D3", "--json")
    assert json.loads(out.stdout)["state"] == "running"
    out = live(run_cli, data_dir, "plus", "--session", "D3", "--json")
    assert json.loads(out.stdout)["current"]["planned_seconds"] == 6 * 60
    out = live(run_cli, data_dir, "plus", "--session", "D3", "--minutes", "3", "--json")
    assert json.loads(out.stdout)["current"]["planned_seconds"] == 9 * 60
    assert "toggle" in live(run_cli, data_dir, "--help").stdout


def test_prev_undoes_next(run_cli, data_dir):
    live(run_cli, data_dir, "start", "--session", "D3")
    live(run_cli, data_dir, "next", "--session", "D3")
    out = live(run_cli, data_dir, "prev", "--session", "D3", "--json")
    assert json.loads(out.stdout)["current"]["index"] == 0


def test_stage_message_set_and_cleared(run_cli, data_dir):
    text = "発表をまとめてください — please wrap up"
    out = live(run_cli, data_dir, "message", "--session", "D3", "--", text)
    assert out.returncode == 0 and f"stage message: {text}" in out.stdout
    assert status(run_cli, data_dir)["message"] == text
    assert live(run_cli, data_dir, "message", "--session", "D3", "--clear").returncode == 0
    assert status(run_cli, data_dir)["message"] == ""


@pytest.mark.parametrize("args, sentence", [
    (("next", "--session", "D3"), "has not started"),
    (("pause", "--session", "D3"), "has not started"),
    (("plus", "--session", "D3"), "has not started"),
    (("prev", "--session", "D3"), "has not started"),
    (("status", "--session", "ZZ9"), "no session with code or id 'ZZ9'"),
    (("plus", "--session", "D3", "--minutes", "0"), "--minutes must be between 1 and 60"),
    (("message", "--session", "D3", "--", "a\nb"), "line break or control character"),
    (("message", "--session", "D3", "--", "x" * 201), "longer than 200 characters"),
    (("message", "--session", "D3"), "give the message's text, or --clear"),
])
def test_refusals_are_one_sentence(run_cli, data_dir, args, sentence):
    before = status(run_cli, data_dir)
    out = live(run_cli, data_dir, *args)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and sentence in out.stderr
    assert "Traceback" not in out.stderr
    assert status(run_cli, data_dir) == before


def test_next_on_a_finished_run_and_start_twice_are_refused(run_cli, data_dir):
    live(run_cli, data_dir, "start", "--session", "D3")
    out = live(run_cli, data_dir, "start", "--session", "D3")
    assert out.returncode == 2 and "already running" in out.stderr
    for _ in range(6):
        live(run_cli, data_dir, "next", "--session", "D3")
    assert status(run_cli, data_dir)["state"] == "finished"
    out = live(run_cli, data_dir, "next", "--session", "D3")
    assert out.returncode == 2
    assert out.stderr.strip() == ("sessionkit: error: the live run of D3 has finished; "
                                  "nothing was changed")


def test_writes_are_refused_while_another_writer_holds_the_data(run_cli, data_dir):
    from sessionkit.services.safety import open_data

    run_cli("list", data_dir=data_dir)  # seeded
    opened = open_data(data_dir, write=True, seed=False)
    try:
        out = live(run_cli, data_dir, "start", "--session", "D3")
        assert out.returncode == 2 and out.stderr.count("\n") == 1
        read = live(run_cli, data_dir, "status", "--session", "D3", "--json")
        assert read.returncode == 0 and json.loads(read.stdout)["state"] == "idle"
    finally:
        opened.close()
