"""Live → Follow a moderator… in the real main window: notes typed on the follower get
the moderator's item and speaker, the live band shows the moderator's clock, the live
keys drive nothing, a dropped link keeps the last item (and says so) and reconnects."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from sessionkit.services.clock import SessionClock
from sessionkit.services.sessions import seed_bundled_sessions
from sessionkit.store import Store
from sessionkit.ui.live.follow import SETTINGS_KEY, ask_and_follow, start_following, stop_following
from ui_keys import ctrl_enter, key, type_text

from fake_moderator import CODE, FakeModerator, state_document

FAST = {"backoff": (0.05, 0.1), "lost_after": 0.3}


@pytest.fixture
def moderator(tmp_path):
    m = Store.open(tmp_path / "moderator")
    seed_bundled_sessions(m)
    sid = m.sessions.find("D3").id
    clock = SessionClock(m, sid)
    clock.start()
    clock.next()  # item 2, Naoki Mori
    server = FakeModerator(state_document(m, sid))
    yield m, server
    server.close()
    m.close()


def notes_of(w):
    return w.ctx.store.notes.for_session(w.ctx.session_id)


def test_follow_stamps_notes_and_disables_the_live_keys(qtbot, open_window, moderator):
    m, server = moderator
    w = open_window()
    tools = w.moderator
    link = start_following(tools, server.address, CODE.lower(), FAST)
    assert link is not None
    assert w.statusBar().currentMessage() == f"Following {server.address}"
    qtbot.waitUntil(lambda: link.status == "connected", timeout=5000)
    item2 = w.ctx.store.agenda.for_session(w.ctx.session_id)[1]
    panel = tools.panel
    assert panel.isVisible()  # live mode, to show the moderator's clock
    link.tick()
    assert panel.item_title.text() == "2. Presentation: Naoki Mori"
    assert panel.item_speaker.text() == "Naoki Mori"
    assert panel.item_remaining.text() in ("15:00", "14:59")
    # the speaker card agrees with the band (it showed this laptop's own, unstarted run)
    assert panel.card.name_label.text() == "Naoki Mori"
    # the live agenda says where the moderator is, too
    tree = panel.tree
    assert [tree.topLevelItem(i).text(1) for i in range(3)] == ["✓ Done", "▶ Now", ""]
    assert tree.currentItem() is tree.topLevelItem(1)
    note = panel.findChild(type(panel.item_title), "followStatus")
    assert note.isVisible() and note.text().startswith(f"Following {server.address}")
    assert "Stop following" in note.text()
    # the note box shows the stamp and the note gets it
    capture = w.capture_panel
    assert capture.live_label.text() == "Live: Presentation: Naoki Mori · Naoki Mori"
    box = capture.edit
    box.setFocus()
    type_text(qtbot, box, "Kitakyushu and Surabaya: 5 pilot projects")
    ctrl_enter(qtbot, box)
    n, = notes_of(w)
    assert (n.agenda_item_id, n.speaker_id) == (item2.id, item2.person_ids[0])
    # the live buttons and keys drive nothing while following
    for b in (panel.start_button, panel.next_button, panel.previous_button,
              panel.extend_button, panel.message_button):
        assert not b.isEnabled()
    driving = [tools.actions[name] for name in ("toggle_run", "next_item", "previous_item",
                                                 "extend_minute", "send_message")]
    assert not any(a.isEnabled() for a in driving)
    assert tools.actions["toggle_cue_card"].isEnabled()  # reading aids stay
    before = SessionClock(w.ctx.store, w.ctx.session_id).state
    key(qtbot, w, Qt.Key.Key_F5)
    tools.controller.toggle_run()  # even called directly: refused
    assert SessionClock(w.ctx.store, w.ctx.session_id).state == before
    # the moderator moves on: the follower's stamp follows
    SessionClock(m, m.sessions.find("D3").id).next()
    server.push(state_document(m, m.sessions.find("D3").id, seq=2))
    qtbot.waitUntil(lambda: link.doc["current"]["index"] == 2, timeout=5000)
    assert panel.item_title.text() == "3. Presentation: Kim Sang-Kap"
    assert panel.card.name_label.text() == "Kim Sang-Kap"
    assert [tree.topLevelItem(i).text(1) for i in range(4)] == ["✓ Done", "✓ Done",
                                                                 "▶ Now", ""]
    # sharing this laptop's own run while the band shows the moderator's is refused
    assert tools.sharing.start("127.0.0.1") == (
        "This laptop follows a moderator; their laptop shares the clock. "
        "Live → Stop following to share this laptop's own run.")
    assert not tools.sharing.sharing
    # Stop following: our own live keys again
    tools.stop_follow_action.trigger()
    assert tools.follow_link is None and tools.controller.follow is None
    assert panel.start_button.isEnabled() and all(a.isEnabled() for a in driving)
    assert not note.isVisible()
    assert panel.card.name_label.text() == "No speaker on this item"  # our own run again
    assert all(tree.topLevelItem(i).text(1) == "" for i in range(tree.topLevelItemCount()))


def test_a_dropped_link_stamps_the_last_item_says_so_and_reconnects(qtbot, open_window,
                                                                     moderator):
    _, server = moderator
    w = open_window()
    tools = w.moderator
    link = start_following(tools, server.address, CODE, FAST)
    qtbot.waitUntil(lambda: link.status == "connected", timeout=5000)
    item2 = w.ctx.store.agenda.for_session(w.ctx.session_id)[1]
    server.stop()
    qtbot.waitUntil(lambda: link.status == "lost", timeout=5000)
    note = tools.panel.findChild(type(tools.panel.item_title), "followStatus")
    assert "link lost — stamping with the last known item" in note.text()
    box = w.capture_panel.edit
    box.setFocus()
    type_text(qtbot, box, "typed while the link was down")
    ctrl_enter(qtbot, box)
    n, = notes_of(w)
    assert n.agenda_item_id == item2.id and n.text == "typed while the link was down"
    server.start()
    qtbot.waitUntil(lambda: link.status == "connected", timeout=10000)
    assert note.text().startswith(f"Following {server.address}\n")
    stop_following(tools)


def test_the_dialog_remembers_the_address_and_a_wrong_code_is_one_sentence(
        qtbot, open_window, moderator):
    _, server = moderator
    w = open_window()
    tools = w.moderator
    boxes = []

    def answer(fill, kind=None):
        def poll():
            dialog = QApplication.activeModalWidget()
            if dialog is None or (kind is not None and not isinstance(dialog, kind)):
                QTimer.singleShot(10, poll)
                return
            fill(dialog)
        QTimer.singleShot(0, poll)

    def fill_dialog(dialog):
        dialog.address.setText(server.address)
        dialog.code.setText("ZZZZ-ZZZZ")
        dialog.accept()

    def read_message(box):
        boxes.append(box.text())
        box.accept()

    answer(fill_dialog)
    answer(read_message, QMessageBox)
    assert ask_and_follow(tools) is None
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    assert boxes == ["The pairing code was not accepted; check it with the moderator "
                     "(it changes each time sharing starts)."]
    assert tools.follow_link is None
    # the address is offered again next time (once a pairing went through)
    link = start_following(tools, server.address, CODE, FAST)
    assert link is not None
    assert w.ctx.settings.value(SETTINGS_KEY) == server.address
    seen = []

    def check(dialog):
        seen.append(dialog.address.text())
        dialog.reject()

    answer(check)
    ask_and_follow(tools)
    assert seen == [server.address]
    stop_following(tools)


def test_a_refusal_reads_in_the_ui_language(qtbot, qapp, open_window, moderator):
    from sessionkit.ui import i18n

    _, server = moderator
    assert i18n.install_translators("ja", qapp) == "ja"
    try:
        w = open_window()
        tools = w.moderator
        boxes = []

        def read_message():
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(10, read_message)
                return
            boxes.append((box.windowTitle(), box.text()))
            box.accept()

        QTimer.singleShot(0, read_message)
        assert start_following(tools, server.address, "ZZZZ-ZZZZ", FAST) is None
        qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
        assert boxes == [("モデレーターの進行に連動",
                          "ペアリングコードが受け付けられませんでした。モデレーターに確認してください"
                          "（コードは共有を開始するたびに変わります）。")]
        assert tools.follow_link is None
    finally:
        i18n.install_translators("en", qapp)


def test_after_the_follow_dialog_the_rapporteurs_keys_reach_the_note_box(
        qtbot, open_window, moderator):
    # Live mode hides the left column the focus was in; typing on must not be lost
    _, server = moderator
    w = open_window()
    tools = w.moderator
    w.agenda_panel.setFocus()
    answered = []

    def fill():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, fill)
            return
        dialog.address.setText(server.address)
        dialog.code.setText(CODE)
        answered.append(True)
        dialog.accept()

    QTimer.singleShot(0, fill)
    link = ask_and_follow(tools)
    assert link is not None and answered
    box = w.capture_panel.edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box, timeout=2000)
    type_text(qtbot, QApplication.focusWidget(), "Mori: Yokohama and Bangkok")
    ctrl_enter(qtbot, QApplication.focusWidget())
    n, = notes_of(w)
    assert n.text == "Mori: Yokohama and Bangkok"
    stop_following(tools)


def test_following_is_refused_while_this_laptop_shares_its_own_run(qtbot, open_window,
                                                                  moderator):
    """Phones show this laptop's run: the band must not switch to another clock."""
    from test_ui_share_network import FakeServer

    _, server = moderator
    w = open_window()
    tools = w.moderator
    tools.sharing.server_factory = FakeServer
    assert tools.sharing.start("127.0.0.1") is None and tools.sharing.sharing
    boxes = []

    def read_message():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, read_message)
            return
        boxes.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_message)
    assert start_following(tools, server.address, CODE, FAST) is None
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    assert boxes == ["This laptop shares its own run on the network. Stop sharing first "
                     "(Live → Sharing on…), then follow the moderator."]
    assert tools.follow_link is None and tools.sharing.sharing
    tools.sharing.stop()
