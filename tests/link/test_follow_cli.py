"""`sessionkit note add --follow ADDRESS --code CODE`: a note stamped with the item and
speaker the moderator runs now (a stand-in moderator on loopback; the two-process test
with the real server is tests/link/test_follow_e2e.py)."""

import json

import pytest

from sessionkit.services.clock import SessionClock
from sessionkit.services.sessions import seed_bundled_sessions
from sessionkit.store import Store

from fake_moderator import CODE, FakeModerator, state_document


@pytest.fixture
def moderator(tmp_path):
    m = Store.open(tmp_path / "m")
    seed_bundled_sessions(m)
    sid = m.sessions.find("D3").id
    clock = SessionClock(m, sid)
    clock.start()
    clock.next()
    server = FakeModerator(state_document(m, sid))
    yield m, server
    server.close()
    m.close()


def notes(run_cli, data_dir, session="D3"):
    out = run_cli("notes", "list", "--session", session, "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_note_is_stamped_with_the_moderators_item_and_speaker(run_cli, data_dir, moderator):
    m, server = moderator
    out = run_cli("note", "add", "--session", "D3", "--follow", server.address,
                  "--code", "abcd efgh", "--", "Mori: Kitakyushu–Surabaya", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    item2 = m.agenda.for_session(m.sessions.find("D3").id)[1]
    note, = notes(run_cli, data_dir)
    assert note["agenda_item_id"] == item2.id
    assert note["speaker_id"] == item2.person_ids[0]


@pytest.mark.parametrize("extra, sentence", [
    (("--code", "ZZZZ-ZZZZ"), "pairing code was not accepted"),
    (("--code", "12"), "8 letters and digits"),
    ((), "--follow and --code go together"),
])
def test_refusals_save_no_note_and_say_so(run_cli, data_dir, moderator, extra, sentence):
    _, server = moderator
    out = run_cli("note", "add", "--session", "D3", "--follow", server.address, *extra,
                  "--", "text", data_dir=data_dir)
    assert out.returncode == 2 and sentence in out.stderr
    assert out.stderr.count("\n") == 1
    assert notes(run_cli, data_dir) == []


def test_nothing_listening_is_one_sentence(run_cli, data_dir):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = run_cli("note", "add", "--session", "D3", "--follow", f"127.0.0.1:{port}",
                  "--code", CODE, "--", "text", data_dir=data_dir)
    assert out.returncode == 2
    assert out.stderr.strip() == (f"sessionkit: error: Nothing answers at 127.0.0.1:{port}: "
                                  "check the address and that the moderator is sharing; "
                                  "the note was not saved")


def test_another_session_than_the_moderators_is_refused(run_cli, data_dir, moderator):
    from sessionkit.services.session_admin import new_session
    from sessionkit.services.sessions import open_store

    _, server = moderator
    store, _ = open_store(data_dir)
    new_session(store, "X1", "Mine")
    store.close()
    out = run_cli("note", "add", "--session", "X1", "--follow", server.address,
                  "--code", CODE, "--", "text", data_dir=data_dir)
    assert out.returncode == 2 and "runs another session than X1" in out.stderr
    assert notes(run_cli, data_dir, "X1") == []
