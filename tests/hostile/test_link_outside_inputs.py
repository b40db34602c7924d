"""The live link against inputs the other hostile link tests do not send: JSON nested
past Python's recursion limit (a bare 500 before), stage messages with line separators
or DEL through the control page (refused by the GUI, taken by the link before), and an
impostor moderator that redirects the follower elsewhere or drips its answer a byte at
a time (followed, and waited on for hours, before)."""

import asyncio
import json
import socket
import threading
import time

import pytest
from conftest import make_session
from link_helpers import request, state

from sessionkit.link import follow
from sessionkit.link.follow import LinkError, Ticket, fetch_state
from sessionkit.link.server import LinkServer


@pytest.fixture
def session(store):
    return make_session(store)


@pytest.fixture
def server(data_dir, store, session):
    srv = LinkServer(data_dir, session.id, control=True)
    srv.start()
    yield srv
    srv.stop()


@pytest.mark.parametrize("body", [b"[" * 3000, b'{"code": ' + b"[" * 3000 + b"}"])
def test_deeply_nested_pairing_json_is_a_400_not_a_server_error(server, body, caplog):
    status, _ = request(server, "POST", "/pair", body=body)
    assert status == 400
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    # and the right code still pairs: a refused body is not a wrong code
    status, data = request(server, "POST", "/pair",
                           body=json.dumps({"code": server.pairing_code}).encode())
    assert status == 200 and json.loads(data)["follow_token"] == server.follow_token


def test_deeply_nested_message_json_is_a_400_and_nothing_is_stored(server, store, session,
                                                                    caplog):
    status, body = request(server, "POST", f"/c/{server.control_token}/message",
                           body=b'{"text": ' + b"[" * 3000 + b"}")
    assert status == 400
    assert json.loads(body)["error"] == 'Send the message as {"text": "…"}.'
    assert store.live.stage_message(session.id) == ""
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


def test_a_deeply_nested_websocket_message_closes_only_that_socket(server, caplog):
    import aiohttp

    url = server.urls["stage"].replace("http://", "ws://").rsplit("/", 1)[0] + "/ws"

    async def scenario():
        async with aiohttp.ClientSession() as http:
            async with http.ws_connect(url) as ws:
                await ws.receive_json(timeout=5)
                await ws.send_str("[" * 3000)
                msg = await ws.receive(timeout=5)
                return msg.type

    assert asyncio.run(scenario()) in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    assert state(server)["v"] == 1


@pytest.mark.parametrize("text", ["a\x7fb", "line\u2028two", "para\u2029two", "nel\x85two",
                                  "c1\x9bcontrol"])
def test_a_stage_message_that_is_not_one_line_is_refused_like_the_gui_does(
        server, store, session, text):
    from sessionkit.services.clock import ClockError, set_stage_message

    with pytest.raises(ClockError, match="line break or control character"):
        set_stage_message(store, session.id, text)
    status, body = request(server, "POST", f"/c/{server.control_token}/message",
                           body=json.dumps({"text": text}).encode())
    assert status == 400
    assert json.loads(body)["error"] == ("The message holds a line break or control "
                                         "character.")
    assert store.live.stage_message(session.id) == ""


@pytest.mark.parametrize("text", ["\u202bمرحبا بكم\u202c", "안녕하세요 😀" * 10, "é" * 200,
                                  "zero\u200bwidth"])
def test_a_stage_message_in_any_script_within_200_characters_goes_on_stage(
        server, store, session, text):
    status, _ = request(server, "POST", f"/c/{server.control_token}/message",
                        body=json.dumps({"text": text}).encode())
    assert status == 200
    assert store.live.stage_message(session.id) == text


# -- an impostor moderator ---------------------------------------------------------------

class _Impostor:
    """A bare TCP server on 127.0.0.1 answering every request with ``answer(conn)``."""

    def __init__(self, answer):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.answer = answer
        self.requests = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(10)
                try:
                    conn.recv(65536)
                    self.requests += 1
                    self.answer(conn)
                except OSError:
                    pass

    def close(self):
        self.sock.close()


def _ticket(port: int) -> Ticket:
    return Ticket(address=f"127.0.0.1:{port}", base_url=f"http://127.0.0.1:{port}",
                  follow_token="t" * 32, session_id="s1")


def test_a_redirect_to_another_host_is_not_followed():
    target = _Impostor(lambda c: c.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                                           b"Connection: close\r\n\r\n{}"))
    redirect = _Impostor(lambda c: c.sendall(
        f"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{target.port}/x\r\n"
        "Content-Length: 0\r\nConnection: close\r\n\r\n".encode()))
    try:
        with pytest.raises(LinkError) as err:
            fetch_state(_ticket(redirect.port))
        assert str(err.value) == (f"127.0.0.1:{redirect.port} did not answer as a "
                                  "SessionKit moderator does.")
        with pytest.raises(LinkError):
            follow.pair(f"127.0.0.1:{redirect.port}", "ABCD-EFGH")
        assert target.requests == 0  # nothing ever went to the other host
    finally:
        redirect.close()
        target.close()


def test_an_answer_dripping_a_byte_at_a_time_gives_up_within_the_timeout():
    def drip(conn):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
        for _ in range(200):
            conn.sendall(b" ")
            time.sleep(0.05)

    imp = _Impostor(drip)
    try:
        t0 = time.monotonic()
        with pytest.raises(LinkError) as err:
            fetch_state(_ticket(imp.port), timeout=1.0)
        assert time.monotonic() - t0 < 3.0
        assert str(err.value) == f"127.0.0.1:{imp.port} did not answer within 1 seconds."
    finally:
        imp.close()


# -- the session or the data folder gone while shared ------------------------------------

@pytest.mark.parametrize("action,body", [("message", b'{"text": "hi"}'), ("start", b"{}"),
                                         ("next", b"{}")])
def test_control_on_a_session_binned_while_shared_is_one_sentence(server, store, session,
                                                                  action, body, caplog):
    from sessionkit.services.session_admin import delete_session

    delete_session(store, session.id)  # to the bin, from the moderator's window
    status, data = request(server, "POST", f"/c/{server.control_token}/{action}", body=body)
    assert status == 409
    assert json.loads(data)["error"] == "The session to share is not in this data folder."
    assert store.live.stage_message(session.id) == ""
    status, _ = request(server, "GET", f"/f/{server.follow_token}/package")
    assert status == 404  # nothing to send, and no bare 500
    assert not [r for r in caplog.records
                if r.levelname == "ERROR" and "path withheld" in r.getMessage()]


def test_control_after_the_data_folder_was_removed_is_refused_and_recreates_nothing(
        server, store, data_dir, caplog):
    import shutil

    store.close()
    shutil.rmtree(data_dir)
    status, data = request(server, "POST", f"/c/{server.control_token}/message",
                           body=b'{"text": "hi"}')
    assert status == 409
    assert json.loads(data)["error"] == "The session to share is not in this data folder."
    assert not data_dir.exists()
    assert state(server)["v"] == 1  # the views keep the last state
    assert not [r for r in caplog.records
                if r.levelname == "ERROR" and "path withheld" in r.getMessage()]


def test_a_state_with_integers_of_400_digits_is_read_without_them():
    huge = "1" + "0" * 400
    body = ('{"v": 1, "seq": %s, "server_time": %s, "session": {"id": "s1", "title": "T"},'
            ' "state": "running", "offset_seconds": -%s, "current": {"index": 0, "id": "a",'
            ' "title": "Opening", "elapsed": %s, "remaining": %s, "ends_at": %s}}'
            % ((huge,) * 6)).encode()
    imp = _Impostor(lambda c: c.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json"
                                        b"\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
                                        % len(body) + body))
    try:
        doc = fetch_state(_ticket(imp.port))
    finally:
        imp.close()
    assert doc["seq"] == 0 and doc["server_time"] is None and doc["offset_seconds"] == 0.0
    assert doc["current"]["title"] == "Opening"
    assert doc["current"]["remaining"] is None and doc["current"]["ends_at"] is None
    assert follow.time_left(doc) is None


def test_a_ping_with_a_400_digit_t0_gets_a_pong_without_it(server, caplog):
    import aiohttp

    url = server.urls["stage"].replace("http://", "ws://").rsplit("/", 1)[0] + "/ws"

    async def scenario():
        async with aiohttp.ClientSession() as http:
            async with http.ws_connect(url) as ws:
                await ws.receive_json(timeout=5)
                await ws.send_str('{"type": "ping", "t0": 1' + "0" * 400 + "}")
                while True:
                    msg = await ws.receive_json(timeout=5)
                    if msg["type"] == "pong":
                        return msg

    pong = asyncio.run(scenario())
    assert pong["t0"] is None and pong["server"] > 0
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


def test_the_follower_websocket_follows_no_redirect(store):
    """aiohttp's ws_connect follows redirects by itself: an impostor answering the
    WebSocket request with a 302 would hand the follower to any host."""
    from fake_moderator import FakeModerator
    from fake_moderator import state_document as fake_state

    from sessionkit.link.follow import Follower

    session = make_session(store)
    target = FakeModerator(fake_state(store, session.id))
    location = f"http://127.0.0.1:{target.port}/f/{target.token}/ws"
    redirect = _Impostor(lambda c: c.sendall(
        f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n"
        "Connection: close\r\n\r\n".encode()))
    states = []
    f = Follower(_ticket(redirect.port), states.append, backoff=(0.05, 0.1))
    f.start()
    try:
        end = time.monotonic() + 1.5
        while time.monotonic() < end and redirect.requests < 3:
            time.sleep(0.05)
        assert target.connections == 0 and states == []  # never went elsewhere…
        assert redirect.requests >= 2  # …and keeps asking the address it was given
    finally:
        f.stop()
        redirect.close()
        target.close()


def test_a_pairing_code_typed_full_width_by_an_input_method_pairs(server):
    """A rapporteur typing with a Japanese, Chinese or Korean input method gets
    full-width letters and dashes (ＡＢＣＤ－ＥＦＧＨ); before, that was refused as
    not a code."""
    full = "".join(chr(ord(c) + 0xFEE0) if c != "-" else "－" for c in server.pairing_code)
    ticket = follow.pair(server.address, full)
    assert ticket.follow_token == server.follow_token
    with pytest.raises(LinkError, match="8 letters and digits"):
        follow.pair(server.address, "ＡＢＣ－ＥＦＧ")
