"""Live → Share on the local network…: the dialog, the server's life, the live run told
to it, and the remote control driving the window, with a fake server (and the real one
on loopback once it exists)."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sessionkit.services.clock import ClockState
from ui_keys import key


class LinkError(Exception):
    """Stands for sessionkit.link.server.LinkError (same name: same handling)."""


class FakeServer:
    """The LinkServer API the window uses; records what the window did to it."""

    busy_ports: set[int] = set()
    fail_with: Exception | None = None
    made: list = []

    def __init__(self, data_dir, session_id, *, host="127.0.0.1", port=0, control=False,
                 language="en", control_handler=None):
        self.data_dir, self.session_id = data_dir, session_id
        self.host, self.port, self.control = host, port, control
        self.language, self.control_handler = language, control_handler
        self.started = self.stopped = False
        self.notified = 0
        self.client_count = 0
        self.made.append(self)

    def start(self):
        if self.fail_with is not None:
            raise self.fail_with
        if self.port in self.busy_ports:
            raise LinkError(f"Port {self.port} is already in use on {self.host}; "
                            "choose another port or leave it empty.")
        if self.port == 0:
            self.port = 50123
        self.started = True

    @property
    def address(self):
        return f"{self.host}:{self.port}"

    @property
    def urls(self):
        base = f"http://{self.address}"
        urls = {"stage": f"{base}/v/VIEWTOKENxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/stage",
                "cue": f"{base}/v/VIEWTOKENxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/cue",
                "agenda": f"{base}/v/VIEWTOKENxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/agenda"}
        if self.control:
            urls["control"] = f"{base}/c/CONTROLTOKENyyyyyyyyyyyyyyyyyyyyyyyyyy/"
        return urls

    @property
    def pairing_code(self):
        return "K7QM-2XPD"

    def notify(self):
        self.notified += 1

    def stop(self):
        self.stopped = True


@pytest.fixture
def fake_link(monkeypatch):
    monkeypatch.setattr(FakeServer, "made", [])
    monkeypatch.setattr(FakeServer, "busy_ports", set())
    monkeypatch.setattr(FakeServer, "fail_with", None)
    return FakeServer


@pytest.fixture
def shared(open_window, fake_link):
    """The main window with the fake server plugged in."""
    w = open_window()
    w.moderator.sharing.server_factory = fake_link
    return w


def share_action(w):
    return w.findChild(type(w.menus["live"].actions()[0]), "live_share_network")


def open_dialog(qtbot, w):
    action = share_action(w)
    action.trigger()
    dialog = w.moderator.sharing.dialog
    qtbot.waitExposed(dialog)
    return dialog


def start_on_loopback(qtbot, dialog, control=False, port=""):
    assert dialog.choose_host("127.0.0.1")
    dialog.control.setChecked(control)
    dialog.port.setText(port)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)


def qr_text_matches(pixmap, text):
    """The pixmap's modules are those of the QR code of ``text`` (quiet zone 4)."""
    matrix = segno.make(text, error="m", micro=False).matrix
    n = len(matrix)
    scale = pixmap.width() // (n + 8)
    image = pixmap.toImage()
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            x, y = (c + 4) * scale + scale // 2, (r + 4) * scale + scale // 2
            if (image.pixelColor(x, y).lightness() < 128) != bool(dark):
                return False
    # the quiet zone is white
    return image.pixelColor(1, 1).lightness() > 200


# -- the menu and the dialog ----------------------------------------------------------------

def test_menu_entry_opens_the_dialog_and_nothing_listens_before_start(qtbot, shared, fake_link):
    w = shared
    action = share_action(w)
    assert action in w.menus["live"].actions()
    assert action.text().replace("&", "") == "Share on the local network…"
    assert not action.isChecked()
    dialog = open_dialog(qtbot, w)
    assert dialog.isVisible() and dialog.setup_page.isVisible()
    assert not dialog.live_page.isVisible()
    assert not action.isChecked()  # opening the dialog is not sharing
    labels = [dialog.network.itemText(i) for i in range(dialog.network.count())]
    assert labels[-1] == "This computer only — 127.0.0.1"
    assert not dialog.control.isChecked()  # remote control is off unless asked
    assert fake_link.made == []  # nothing listens until Start sharing


def test_start_shows_addresses_code_and_a_qr_code_that_reads_back(qtbot, shared, fake_link):
    w = shared
    dialog = open_dialog(qtbot, w)
    start_on_loopback(qtbot, dialog)
    server = fake_link.made[-1]
    assert server.started and server.host == "127.0.0.1" and server.port == 8765
    assert server.control is False and server.control_handler is not None
    assert server.session_id == w.ctx.session_id and server.data_dir == w.ctx.data_dir
    assert dialog.live_page.isVisible() and not dialog.setup_page.isVisible()
    for k in ("stage", "cue", "agenda"):
        field = dialog.url_fields[k]
        assert field.isVisible() and field.isReadOnly() and field.text() == server.urls[k]
    assert not dialog.url_fields["control"].isVisible()
    assert not dialog.control_qr.isVisible()
    assert dialog.code_label.text() == "K7QM-2XPD"
    assert dialog.code_label.font().pointSizeF() >= 2 * dialog.font().pointSizeF()
    # what the rapporteur types in Follow a moderator…'s "Address:" box, said as such
    assert dialog.follow_address_label.isVisible()
    assert dialog.follow_address_label.text() == "Address: 127.0.0.1:8765"
    assert dialog.where_label.text() == "Sharing on this computer only (port 8765)"
    pixmap = dialog.stage_qr.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() == pixmap.height() and 120 <= pixmap.width() <= 200
    assert qr_text_matches(pixmap, server.urls["stage"])
    # copy puts the address on the clipboard
    qtbot.mouseClick(dialog.findChild(type(dialog.start_button), "shareCopy_cue"),
                     Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == server.urls["cue"]
    # the menu and the status bar say it is on
    action = share_action(w)
    assert action.isChecked()
    assert action.text() == "Shari&ng on this computer only…"  # Alt+N still reaches it
    indicator = w.moderator.sharing.indicator
    qtbot.waitUntil(indicator.isVisible, timeout=2000)
    assert indicator.text() == "Sharing on the network · 0 connected"
    server.client_count = 3
    qtbot.waitUntil(lambda: indicator.text() == "Sharing on the network · 3 connected",
                    timeout=3000)
    assert dialog.clients_label.text() == "Connected: 3"


def test_remote_control_gets_its_own_address_and_qr(qtbot, shared, fake_link):
    dialog = open_dialog(qtbot, shared)
    start_on_loopback(qtbot, dialog, control=True)
    server = fake_link.made[-1]
    assert server.control is True
    assert dialog.url_fields["control"].isVisible()
    assert dialog.url_fields["control"].text() == server.urls["control"]
    assert dialog.control_qr.isVisible()
    assert qr_text_matches(dialog.control_qr.pixmap(), server.urls["control"])
    assert qr_text_matches(dialog.stage_qr.pixmap(), server.urls["stage"])
    # the biggest it gets fits a 1024×768 screen, title bar and task bar included
    assert dialog.width() <= 1000 and dialog.height() <= 680
    assert dialog.screen().availableGeometry().contains(dialog.frameGeometry())


def test_closing_the_dialog_keeps_sharing_and_the_menu_reopens_it(qtbot, shared, fake_link):
    w = shared
    dialog = open_dialog(qtbot, w)
    start_on_loopback(qtbot, dialog)
    server = fake_link.made[-1]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert not server.stopped and share_action(w).isChecked()
    share_action(w).trigger()  # "Sharing on …": shows the dialog again, still sharing
    assert dialog.isVisible() and dialog.live_page.isVisible()
    assert share_action(w).isChecked() and not server.stopped
    assert len(fake_link.made) == 1
    # Stop sharing closes everything
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert server.stopped
    assert not share_action(w).isChecked()
    assert share_action(w).text().replace("&", "") == "Share on the local network…"
    assert not w.moderator.sharing.indicator.isVisible()
    assert dialog.setup_page.isVisible() and not dialog.live_page.isVisible()
    assert w.moderator.sharing.server is None


def test_the_last_choices_are_offered_again(qtbot, open_window, fake_link):
    w = open_window(track=False)
    w.moderator.sharing.server_factory = fake_link
    start_on_loopback(qtbot, open_dialog(qtbot, w), control=True, port="9100")
    assert fake_link.made[-1].port == 9100
    w.close()
    again = open_window()
    dialog = open_dialog(qtbot, again)
    assert dialog.network.currentData().host == "127.0.0.1"
    assert dialog.port.text() == "9100" and dialog.control.isChecked()


def test_the_network_list_is_read_again_when_the_dialog_opens(qtbot, shared, monkeypatch):
    from sessionkit.ui.live import share_dialog

    dialog = open_dialog(qtbot, shared)
    dialog.hide()
    wifi = share_dialog.NetworkChoice("Wi-Fi — 10.1.2.3", "10.1.2.3", "Wi-Fi — 10.1.2.3")
    real = share_dialog.network_choices
    monkeypatch.setattr(share_dialog, "network_choices", lambda: [wifi, *real()])
    dialog = open_dialog(qtbot, shared)
    assert dialog.network.itemText(0) == "Wi-Fi — 10.1.2.3"


def test_closing_the_window_stops_the_server(qtbot, open_window, fake_link):
    w = open_window(track=False)
    w.moderator.sharing.server_factory = fake_link
    start_on_loopback(qtbot, open_dialog(qtbot, w))
    server = fake_link.made[-1]
    w.close()
    qtbot.waitUntil(lambda: server.stopped, timeout=2000)


def test_quitting_stops_every_server(qtbot, shared, fake_link):
    start_on_loopback(qtbot, open_dialog(qtbot, shared))
    server = fake_link.made[-1]
    QApplication.instance().aboutToQuit.emit()
    assert server.stopped


# -- errors: one sentence, nothing shared ----------------------------------------------------

def test_port_in_use_is_one_sentence_and_nothing_is_shared(qtbot, shared, fake_link):
    fake_link.busy_ports = {9000}
    dialog = open_dialog(qtbot, shared)
    start_on_loopback(qtbot, dialog, port="9000")
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == ("Port 9000 is already in use on 127.0.0.1; "
                                         "choose another port or leave it empty.")
    assert dialog.setup_page.isVisible() and not dialog.live_page.isVisible()
    assert shared.moderator.sharing.server is None
    assert not share_action(shared).isChecked()
    # the default port taken: a free one is used without a word
    fake_link.busy_ports = {8765}
    start_on_loopback(qtbot, dialog, port="")
    assert [s.port for s in fake_link.made[-2:]] == [8765, 50123]
    assert fake_link.made[-1].started and not dialog.error_label.isVisible()
    assert dialog.where_label.text() == "Sharing on this computer only (port 50123)"


@pytest.mark.parametrize("typed", ["80", "99999", "0"])
def test_a_port_out_of_range_is_refused_before_anything_starts(qtbot, shared, fake_link,
                                                              typed):
    dialog = open_dialog(qtbot, shared)
    start_on_loopback(qtbot, dialog, port=typed)
    assert dialog.error_label.text() == ("The port is a number from 1024 to 65535; leave "
                                         "it empty for the automatic one.")
    assert fake_link.made == []


def test_an_unexpected_failure_is_a_sentence_not_a_traceback(qtbot, shared, fake_link):
    fake_link.fail_with = RuntimeError("event loop exploded\nTraceback (most recent call)")
    dialog = open_dialog(qtbot, shared)
    start_on_loopback(qtbot, dialog)
    text = dialog.error_label.text()
    assert text == "Sharing could not start (RuntimeError). Nothing is shared."
    assert "Traceback" not in text and "\n" not in text
    assert all(s.stopped for s in fake_link.made)  # the half-started ones are stopped
    assert shared.moderator.sharing.server is None


def test_a_missing_server_module_is_a_sentence(qtbot, shared, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_link(name, *args, **kwargs):
        if name == "sessionkit.link.server":
            raise ModuleNotFoundError("No module named 'aiohttp'", name="aiohttp")
        return real_import(name, *args, **kwargs)

    shared.moderator.sharing.server_factory = None
    monkeypatch.setattr(builtins, "__import__", no_link)
    dialog = open_dialog(qtbot, shared)
    start_on_loopback(qtbot, dialog)
    assert dialog.error_label.text() == ("This copy of SessionKit cannot share the run: its "
                                         "network server is missing (aiohttp).")


def test_the_real_servers_refusal_reads_in_the_ui_language(qtbot, qapp, open_window):
    import socket

    from sessionkit.ui import i18n

    assert i18n.install_translators("ko", qapp) == "ko"
    taken = socket.socket()
    try:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        w = open_window()
        dialog = open_dialog(qtbot, w)
        start_on_loopback(qtbot, dialog, port=str(port))
        assert dialog.error_label.isVisible()
        assert dialog.error_label.text() == f"127.0.0.1의 포트 {port}은(는) 사용 중입니다."
        assert w.moderator.sharing.server is None
    finally:
        taken.close()
        i18n.install_translators("en", qapp)


# -- the live run told to the server; the remote control drives the window -------------------

def test_every_live_change_is_told_to_the_server_but_not_every_tick(qtbot, shared, fake_link,
                                                                    fake):
    w = shared
    c = w.moderator.controller
    start_on_loopback(qtbot, open_dialog(qtbot, w))
    server = fake_link.made[-1]

    def told(step):
        before = server.notified
        step()
        return server.notified > before

    assert told(c.toggle_run)  # start
    assert not told(c.refresh)  # the clock ticking on
    fake.advance(seconds=20)
    assert not told(c.refresh)
    assert told(c.next_item)
    assert told(c.previous_item)
    assert told(c.extend_minute)
    assert told(c.toggle_run)  # pause
    assert told(lambda: c.send_message("Please wrap up"))
    assert w.ctx.store.live.stage_message(w.ctx.session_id) == "Please wrap up"
    assert told(c.clear_message)
    assert w.ctx.store.live.stage_message(w.ctx.session_id) == ""
    c.toggle_run()
    c.next_item()  # Presentation: Naoki Mori
    assert told(lambda: c.cycle_speaker(1))  # a speaker turn
    # stopped: nothing is told any more
    w.moderator.sharing.stop()
    assert not told(c.next_item)


def from_server_thread(qtbot, server, action, text=None):
    """Call the control handler as the server does: on a thread of its own. Returns
    the error it raised for the phone (None: done)."""
    done = threading.Event()
    raised = []

    def call():
        try:
            server.control_handler(action, text)
        except Exception as exc:  # noqa: BLE001 - handed to the test
            raised.append(exc)
        done.set()

    worker = threading.Thread(target=call)
    worker.start()
    qtbot.waitUntil(done.is_set, timeout=3000)
    worker.join()
    return raised[0] if raised else None


def test_a_phone_moves_the_live_panel_to_the_next_item(qtbot, shared, fake_link, fake):
    w = shared
    c = w.moderator.controller
    start_on_loopback(qtbot, open_dialog(qtbot, w), control=True)
    server = fake_link.made[-1]
    refused = from_server_thread(qtbot, server, "next")  # not started: said so
    assert isinstance(refused, LinkError) and str(refused) == "The session is not running."
    assert c.clock.state == ClockState.IDLE
    assert from_server_thread(qtbot, server, "start") is None
    assert c.clock.state == ClockState.RUNNING
    assert w.moderator.live  # the window went into live mode, as with F5
    panel = w.moderator.panel
    first = c.snapshot.current.item.title
    assert panel.item_title.text() == f"1. {first}"
    fake.advance(minutes=2)
    told = server.notified
    from_server_thread(qtbot, server, "next")
    second = c.snapshot.items[1].item.title
    assert c.snapshot.current.index == 1
    assert panel.item_title.text() == f"2. {second}" and second != first
    assert server.notified > told
    assert w.statusBar().currentMessage() == "Remote control: next item"
    from_server_thread(qtbot, server, "plus")
    assert c.snapshot.current.extra_seconds == 60
    from_server_thread(qtbot, server, "pause")
    assert c.clock.state == ClockState.PAUSED
    from_server_thread(qtbot, server, "pause")  # the phone's one button resumes too
    assert c.clock.state == ClockState.RUNNING
    from_server_thread(qtbot, server, "start")  # already running: nothing changes
    assert c.clock.state == ClockState.RUNNING
    from_server_thread(qtbot, server, "message", "Two minutes")
    assert c.message == "Two minutes" and panel.message_label.text() == "On stage: “Two minutes”"
    from_server_thread(qtbot, server, "message", None)  # no text: clears, never a dialog
    assert c.message == ""
    assert QApplication.activeModalWidget() is None
    from_server_thread(qtbot, server, "prev")
    assert panel.item_title.text() == f"1. {first}"
    refused = from_server_thread(qtbot, server, "prev")
    assert isinstance(refused, LinkError) and str(refused) == "This is the first item."
    refused = from_server_thread(qtbot, server, "delete-everything")
    assert isinstance(refused, LinkError) and str(refused) == "Unknown action."
    assert c.snapshot.current.index == 0 and c.clock.state == ClockState.RUNNING


def test_a_phone_after_stop_changes_nothing_and_never_hangs(qtbot, shared, fake_link):
    w = shared
    c = w.moderator.controller
    start_on_loopback(qtbot, open_dialog(qtbot, w), control=True)
    server = fake_link.made[-1]
    w.moderator.sharing.stop()
    worker = threading.Thread(target=server.control_handler, args=("start", None))
    worker.start()
    worker.join(timeout=1.0)
    assert not worker.is_alive()
    QApplication.processEvents()
    assert c.clock.state == ClockState.IDLE


def test_the_keyboard_still_runs_the_clock_while_sharing(qtbot, shared, fake_link):
    w = shared
    start_on_loopback(qtbot, open_dialog(qtbot, w))
    server = fake_link.made[-1]
    w.moderator.sharing.dialog.hide()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    before = server.notified
    key(qtbot, w, Qt.Key.Key_F5)
    assert w.moderator.controller.clock.state == ClockState.RUNNING
    assert server.notified > before


# -- the real server, once it exists ---------------------------------------------------------

def test_the_real_server_answers_on_loopback_and_stops(qtbot, open_window):
    server_module = pytest.importorskip("sessionkit.link.server")
    w = open_window()
    sharing = w.moderator.sharing
    assert sharing.server_factory is None  # the real one
    dialog = open_dialog(qtbot, w)
    start_on_loopback(qtbot, dialog, control=True)
    assert isinstance(sharing.server, server_module.LinkServer), dialog.error_label.text()
    stage = dialog.url_fields["stage"].text()
    assert stage.startswith("http://127.0.0.1:")
    state_url = stage.rsplit("/", 1)[0] + "/state"
    with urllib.request.urlopen(state_url, timeout=5) as answer:
        doc = json.loads(answer.read())
    assert doc["v"] == 1 and doc["session"]["id"] == w.ctx.session_id
    assert doc["state"] == "idle"
    # a phone presses Start then Next: the window runs them, the answer shows them
    control = dialog.url_fields["control"].text()
    answers = []

    def press(action):
        request = urllib.request.Request(control + action, data=b"", method="POST")
        with urllib.request.urlopen(request, timeout=10) as answer:
            answers.append(json.loads(answer.read()))

    for action in ("start", "next"):
        worker = threading.Thread(target=press, args=(action,))
        worker.start()
        qtbot.waitUntil(lambda: not worker.is_alive(), timeout=10000)
    c = w.moderator.controller
    assert c.clock.state == ClockState.RUNNING and c.snapshot.current.index == 1
    assert answers[-1]["state"] == "running" and answers[-1]["current"]["index"] == 1
    assert w.moderator.panel.item_title.text() == f"2. {c.snapshot.current.item.title}"
    # the moderator's stage message reaches the views
    c.send_message("Two minutes left")
    with urllib.request.urlopen(state_url, timeout=5) as answer:
        assert json.loads(answer.read())["message"] == "Two minutes left"
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert sharing.server is None
    with pytest.raises((urllib.error.URLError, ConnectionError, OSError)):
        urllib.request.urlopen(state_url, timeout=2)


def test_every_control_of_the_dialog_is_named_and_reachable_by_keyboard(qtbot, shared,
                                                                         fake_link):
    from ui_walk import keyboard_unreachable, nameless

    dialog = open_dialog(qtbot, shared)
    assert nameless(dialog) == [] and keyboard_unreachable(dialog) == []
    start_on_loopback(qtbot, dialog, control=True)
    assert dialog.live_page.isVisible()
    assert nameless(dialog) == [] and keyboard_unreachable(dialog) == []
    assert dialog.stage_qr.accessibleName() == "QR code of the stage view"
    assert dialog.code_label.accessibleName() == "Pairing code"
