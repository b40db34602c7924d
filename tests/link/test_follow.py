"""Following a moderator (sessionkit.link.follow) against a stand-in server on loopback:
pairing, mapping the moderator's item and speaker to this store's ids, the WebSocket
follower (reconnects, clock offset, stale stamps) and what hostile input gets."""

import copy
import json
import socket
import threading
import time

import pytest

from sessionkit.link.follow import (
    Follower,
    LinkError,
    base_url,
    clean_state,
    ensure_session,
    fetch_state,
    map_state,
    normal_code,
    pair,
)
from sessionkit.services.clock import SessionClock
from sessionkit.services.sessions import seed_bundled_sessions
from sessionkit.store import Store

from fake_moderator import CODE, FakeModerator, state_document


def wait_for(cond, timeout=5.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.02)
    return cond()


@pytest.fixture
def stores(tmp_path):
    """Two laptops: the moderator M and the follower F, both with the bundled D3."""
    made = []
    for name in ("m", "f"):
        s = Store.open(tmp_path / name)
        seed_bundled_sessions(s)
        made.append(s)
    yield made
    for s in made:
        s.close()


@pytest.fixture
def moderator(stores):
    m, _ = stores
    sid = m.sessions.find("D3").id
    clock = SessionClock(m, sid)
    clock.start()
    clock.next()  # item 2: Naoki Mori's presentation
    server = FakeModerator(state_document(m, sid))
    yield server
    server.close()


def test_addresses_and_codes():
    assert base_url("192.168.1.5:8765") == "http://192.168.1.5:8765"
    assert base_url(" http://192.168.1.5:8765/v/abc/stage ") == "http://192.168.1.5:8765"
    assert base_url("[::1]:8765") == "http://[::1]:8765"
    assert normal_code("abcd efgh") == "ABCD-EFGH" == normal_code("ABCD-EFGH")
    for bad in ("", "192.168.1.5", "ftp://x:1", "a b:1", "x" * 400, "http://:80"):
        with pytest.raises(LinkError) as exc:
            base_url(bad)
        assert str(exc.value).endswith(".") and "\n" not in str(exc.value)
    for bad in ("", "ABC", "ABCD-EFGH-J", "ABCD-EFG!"):
        with pytest.raises(LinkError, match="8 letters and digits"):
            normal_code(bad)


def test_pair_and_map_by_id(stores, moderator):
    m, f = stores
    ticket = pair(moderator.address, "abcd-efgh")
    assert ticket.follow_token == moderator.token
    doc = fetch_state(ticket)
    assert doc["current"]["index"] == 1
    stamp = map_state(f, doc)
    sid = f.sessions.find("D3").id
    item2 = f.agenda.for_session(sid)[1]
    assert stamp.session_id == sid == doc["session"]["id"]  # stable ids: the same on both
    assert stamp.item_id == item2.id and stamp.speaker_id == item2.person_ids[0]
    assert stamp.speaker_name == "Naoki Mori" and not stamp.stale


def test_map_by_title_kind_and_name_when_ids_differ(stores, moderator):
    """A follower whose D3 came with other ids (an older SessionKit) still gets the item
    and speaker, by (title, kind) and by name; the session by its source."""
    _, f = stores
    doc = copy.deepcopy(moderator.doc)
    doc["session"]["id"] = "moderator-own-session-id"
    doc["current"]["id"] = "moderator-own-item-id"
    doc["speaker"]["id"] = "moderator-own-person-id"
    stamp = map_state(f, clean_state(doc))
    sid = f.sessions.find("D3").id
    item2 = f.agenda.for_session(sid)[1]
    assert (stamp.session_id, stamp.item_id, stamp.speaker_id) == (
        sid, item2.id, item2.person_ids[0])


def test_unknown_ids_and_names_are_left_out_never_invented(stores, moderator):
    _, f = stores
    doc = copy.deepcopy(moderator.doc)
    doc["current"].update(id="nope", title="An item nobody has")
    doc["speaker"].update(id="nope", name="Nobody")
    stamp = map_state(f, clean_state(doc))
    assert stamp.item_id is None and stamp.speaker_id is None
    doc["session"].update(id="nope", source="bundle:nothing")
    assert map_state(f, clean_state(doc)) is None


def test_wrong_code_closed_pairing_and_no_answer(moderator):
    with pytest.raises(LinkError, match="pairing code was not accepted"):
        pair(moderator.address, "ZZZZ-ZZZZ")
    moderator.wrong_codes = 10
    with pytest.raises(LinkError, match="pairing is closed"):
        pair(moderator.address, CODE)
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(LinkError, match="Nothing answers at 127.0.0.1"):
        pair(f"127.0.0.1:{port}", CODE)


def _raw_server(reply: bytes | None):
    """A TCP server on loopback that answers every connection with ``reply`` (None:
    accepts and says nothing)."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(5)
    held = []

    def serve():
        while True:
            try:
                conn, _ = srv.accept()
            except OSError:
                return
            held.append(conn)
            if reply is not None:
                try:
                    conn.recv(65536)
                    conn.sendall(reply)
                    conn.close()
                except OSError:
                    pass

    threading.Thread(target=serve, daemon=True).start()
    return srv, held


@pytest.mark.parametrize("reply, sentence", [
    (b"\x00\xffgarbage\r\n\r\n", "did not answer as a SessionKit moderator does"),
    (b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nnot json!",
     "did not answer as a SessionKit moderator does"),
    (b'HTTP/1.1 200 OK\r\nContent-Length: 29\r\n\r\n{"follow_token": ["a", "b"]}',
     "did not answer as a SessionKit moderator does"),
    (None, "did not answer within 0.5 seconds"),
])
def test_garbage_and_silent_servers_are_one_sentence(reply, sentence):
    srv, held = _raw_server(reply)
    try:
        with pytest.raises(LinkError) as exc:
            pair(f"127.0.0.1:{srv.getsockname()[1]}", CODE, timeout=0.5)
        assert sentence in str(exc.value) and "\n" not in str(exc.value)
    finally:
        srv.close()
        for c in held:
            c.close()


def test_hostile_documents_are_cleaned_or_refused():
    good = {"v": 1, "seq": 3, "session": {"id": "s1", "source": "bundle:d3"},
            "state": "running",
            "current": {"index": 1, "id": "i1", "title": "T", "kind": "presentation",
                        "ends_at": 2e9, "remaining": 60},
            "speaker": {"id": "p1", "name": "N"}, "next": None, "message": "hi"}
    assert clean_state(good)["current"]["title"] == "T"
    for bad in (None, [], "x", {"v": 2}, {**good, "state": "exploding"},
                {**good, "session": {"id": 5}}, {**good, "session": "s1"},
                {**good, "session": {"id": "x" * 5000}}):
        assert clean_state(bad) is None
    doc = clean_state({**good, "message": "m" * 100_000 + "\x1b[2J",
                       "current": {**good["current"], "title": ["a list"], "id": {"x": 1},
                                   "index": True, "ends_at": float("nan"),
                                   "remaining": "60"},
                       "speaker": {"id": 7, "name": "\u202eevil\x00" + "n" * 5000},
                       "next": {"speakers": ["a", 5, None, "b" * 9999] * 100}})
    assert len(doc["message"]) == 200 and "\x1b" not in doc["message"]
    cur = doc["current"]
    assert cur["title"] == "" and cur["id"] is None and cur["index"] is None
    assert cur["ends_at"] is None and cur["remaining"] is None
    assert doc["speaker"]["id"] is None and "\x00" not in doc["speaker"]["name"]
    assert len(doc["speaker"]["name"]) <= 300 and "\u202e" not in doc["speaker"]["name"]
    assert len(doc["next"]["speakers"]) <= 50
    assert all(len(s) <= 200 for s in doc["next"]["speakers"])
    # the rundown: bounded, entries of another shape dropped, fields typed
    doc = clean_state({**good, "agenda": [
        {"index": 0, "title": "Opening", "status": "done", "planned_seconds": 300,
         "elapsed": 26.5},
        {"index": 1, "title": ["x"], "status": "current", "elapsed": "9"},
        {"index": 2, "status": "exploding"}, "not a dict", None] + [
        {"index": 3, "title": "t", "status": "upcoming"}] * 5000})
    agenda = doc["agenda"]
    assert agenda[0] == {"index": 0, "title": "Opening", "status": "done",
                         "planned_seconds": 300.0, "elapsed": 26.5}
    assert agenda[1] == {"index": 1, "title": "", "status": "current",
                         "planned_seconds": 0.0, "elapsed": 0.0}
    assert all(e["status"] != "exploding" for e in agenda) and len(agenda) <= 1000
    assert clean_state({**good, "agenda": "nope"})["agenda"] == []


# -- the follower thread ----------------------------------------------------------------------

class Recorder:
    def __init__(self):
        self.states, self.statuses = [], []

    def state(self, doc):
        self.states.append(doc)

    def status(self, value):
        self.statuses.append(value)


def follow(server, **kw):
    ticket = pair(server.address, CODE)
    rec = Recorder()
    kw.setdefault("backoff", (0.05, 0.1, 0.2))
    f = Follower(ticket, rec.state, rec.status, **kw)
    f.start()
    return f, rec


def test_follower_gets_pushes_and_measures_the_clock_offset(stores, moderator):
    m, _ = stores
    moderator.clock_skew = 45.0  # the moderator's clock is 45 s ahead of this one
    f, rec = follow(moderator)
    try:
        assert wait_for(lambda: rec.states and f.status == "connected")
        assert rec.statuses[0] == "connected"
        assert wait_for(lambda: abs(f.offset - 45.0) < 0.5)
        sid = m.sessions.find("D3").id
        SessionClock(m, sid).next()
        moderator.push(state_document(m, sid, seq=2))
        assert wait_for(lambda: rec.states[-1]["current"]["index"] == 2)
        left = f.time_left()
        # ends_at is on the moderator's clock; time left on ours takes the offset off
        assert left is not None and -50 < left - 15 * 60 < -40
    finally:
        f.stop()
    assert not f.is_alive()


def test_follower_reconnects_and_stamps_stale_meanwhile(stores, moderator):
    _, store_f = stores
    f, rec = follow(moderator, lost_after=0.3)
    try:
        assert wait_for(lambda: f.status == "connected")
        moderator.stop()
        assert wait_for(lambda: "reconnecting" in rec.statuses)
        assert wait_for(lambda: f.status == "lost")
        stamp = map_state(store_f, f.last, stale=f.status != "connected")
        assert stamp.stale and stamp.item_title == "Presentation: Naoki Mori"
        assert stamp.item_id is not None
        moderator.start()  # the same port again
        assert wait_for(lambda: f.status == "connected", timeout=10)
        assert rec.statuses[-1] == "connected" and moderator.connections == 2
    finally:
        f.stop()


@pytest.mark.parametrize("frame", [
    "not json at all",
    "[1, 2, 3]",
    '{"type": "state", "state": {"v": 1, "seq": 99, "session": {"id": 3}}}',
    '{"type": "state", "state": "running"}',
    '{"type": "pong", "t0": "x", "server": null}',
    '{"type": "pong", "t0": 1, "server": 1e300}',
    '{"type": "state", "state": {"v": 1, "seq": 99, "state": "running", '
    '"session": {"id": "another-session"}}}',
    '{"type": "' + "x" * 100_000 + '"}',
    "[" * 100_000 + "]" * 100_000,
])
def test_follower_survives_hostile_frames(moderator, frame):
    f, rec = follow(moderator)
    try:
        assert wait_for(lambda: f.status == "connected")
        before, offset = f.last, f.offset
        moderator.send_raw(frame)
        moderator.push()  # a good one after: still followed
        assert wait_for(lambda: len(rec.states) >= 2)
        assert f.rejected >= 1 and f.last == before and f.is_alive()
        assert abs(f.offset - offset) < 1
    finally:
        f.stop()


def test_a_10_mb_message_is_refused_and_the_follower_reconnects(moderator):
    f, rec = follow(moderator)
    try:
        assert wait_for(lambda: f.status == "connected")
        moderator.send_raw(json.dumps({"type": "state", "state": {
            **moderator.doc, "message": "x" * (10 * 1024 * 1024)}}))
        assert wait_for(lambda: moderator.connections >= 2, timeout=10)
        assert wait_for(lambda: f.status == "connected")
        assert all(len(d["message"]) <= 200 for d in rec.states) and f.is_alive()
    finally:
        f.stop()


# -- fetching the session the follower lacks ---------------------------------------------------

def test_missing_session_is_fetched_as_a_package(tmp_path, stores):
    from sessionkit.interchange.package import to_bytes
    from sessionkit.services.packages import build_package
    from sessionkit.services.session_admin import new_session

    m, f = stores
    sid = new_session(m, "W1", "A workshop only the moderator has")
    from sessionkit.domain.models import AgendaItem

    m.agenda.save(sid, AgendaItem(title="Round table", position=0))
    SessionClock(m, sid).start()
    server = FakeModerator(state_document(m, sid), package=to_bytes(build_package(m, sid)))
    try:
        ticket = pair(server.address, CODE)
        doc = fetch_state(ticket)
        assert map_state(f, doc) is None
        local = ensure_session(f, ticket, doc)
        assert local == sid and f.sessions.get(sid).code == "W1"
        stamp = map_state(f, doc)
        assert stamp.item_id == m.agenda.for_session(sid)[0].id
        assert ensure_session(f, ticket) == sid  # the second time: nothing fetched
    finally:
        server.close()


@pytest.mark.parametrize("package", [b"", b"not a package", b'{"format": "x"}',
                                     b"{" * 200_000])
def test_a_bad_package_is_refused_and_changes_nothing(stores, package):
    m, f = stores
    from sessionkit.services.session_admin import new_session

    sid = new_session(m, "W2", "Another workshop")
    server = FakeModerator(state_document(m, sid), package=package)
    try:
        ticket = pair(server.address, CODE)
        before = [(s.id, s.code) for s in f.sessions.list()]
        with pytest.raises(LinkError) as exc:
            ensure_session(f, ticket)
        assert str(exc.value).startswith("The moderator's session was refused")
        assert "\n" not in str(exc.value)
        assert f.sessions.presence(sid) is None
        assert [(s.id, s.code) for s in f.sessions.list()] == before
    finally:
        server.close()


def test_a_package_the_merge_checks_refuse_changes_nothing(stores):
    """A well-formed package whose note is dated two days ahead (a wrong clock, or an
    attempt to win every merge) is refused whole, as a package file would be."""
    from dataclasses import replace
    from datetime import timedelta

    from sessionkit.domain.models import Note, utc_now
    from sessionkit.interchange.package import to_bytes
    from sessionkit.services.packages import build_package
    from sessionkit.services.session_admin import new_session

    m, f = stores
    sid = new_session(m, "W3", "A third workshop")
    pkg = build_package(m, sid)
    later = utc_now() + timedelta(days=2)
    pkg = replace(pkg, notes=[Note(session_id=sid, text="from the future", created=later)])
    server = FakeModerator(state_document(m, sid), package=to_bytes(pkg))
    try:
        ticket = pair(server.address, CODE)
        before = [(s.id, s.code) for s in f.sessions.list()]
        with pytest.raises(LinkError, match="more than 24 hours ahead"):
            ensure_session(f, ticket)
        assert [(s.id, s.code) for s in f.sessions.list()] == before
    finally:
        server.close()


def test_stop_is_prompt_while_connecting_to_a_silent_host():
    """A follower reconnecting to a host that accepts and never answers stops at once."""
    from sessionkit.link.follow import Ticket

    srv, held = _raw_server(None)
    try:
        ticket = Ticket(address="x", base_url=f"http://127.0.0.1:{srv.getsockname()[1]}",
                        follow_token="t" * 32, session_id="s")
        f = Follower(ticket, lambda doc: None)
        f.start()
        assert wait_for(lambda: held, timeout=5)
        began = time.monotonic()
        f.stop()
        assert not f.is_alive() and time.monotonic() - began < 1.5
    finally:
        srv.close()
        for c in held:
            c.close()
