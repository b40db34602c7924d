"""The live panel and stage display, driven with a fake clock (no waiting)."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel

from sessionkit.domain.models import Note, NoteKind
from sessionkit.services.clock import ClockState
from sessionkit.store import Store
from conftest import T0  # noqa: E402


@pytest.fixture
def ctx(store, data_dir, d3):
    from sessionkit.ui.context import SessionContext

    return SessionContext(store, data_dir, d3.id)


@pytest.fixture
def live(qtbot, ctx, fake):
    from sessionkit.ui.live.live_controller import LiveController
    from sessionkit.ui.live.live_panel import LivePanel

    controller = LiveController(ctx, now=fake, start_timer=False)
    panel = LivePanel(controller)
    qtbot.addWidget(panel)
    panel.resize(1280, 720)
    panel.show()
    yield controller, panel
    controller.shutdown()


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_whole_live_run_from_the_panel(qtbot, live, fake, store, d3):
    controller, panel = live
    assert "Start" in panel.start_button.text()
    assert "F5" in panel.start_button.toolTip()  # the key in the tooltip, not the label
    assert not panel.next_button.isEnabled()
    click(qtbot, panel.start_button)
    assert "Pause" in panel.start_button.text()
    assert panel.item_title.text() == "1. Opening"
    fake.advance(minutes=3, seconds=30)
    controller.refresh()
    assert panel.item_remaining.text() == "1:30"
    assert panel.warning_label.text() == "⚠ 1:30 left"  # words, not colour alone
    click(qtbot, panel.next_button)  # Opening ran 3:30 of 5
    assert panel.item_title.text() == "2. Presentation: Naoki Mori"
    assert panel.item_speaker.text() == "Naoki Mori"
    assert panel.card.name_label.text() == "Naoki Mori"
    assert panel.offset_label.text() == "2 min ahead"
    fake.advance(minutes=5)
    click(qtbot, panel.start_button)  # pause
    assert controller.snapshot.state == ClockState.PAUSED
    assert "Resume" in panel.start_button.text()
    assert panel.warning_label.text() == "❚❚ Paused"
    fake.advance(minutes=2)
    controller.refresh()
    assert panel.item_times.text().startswith("Elapsed 5:00 of 15:00")
    click(qtbot, panel.start_button)  # resume
    fake.advance(minutes=11)  # 16 min spoken: 1 over
    controller.refresh()
    assert panel.item_remaining.text() == "+1:00"
    assert panel.warning_label.text() == "▲ Over time +1:00"
    assert panel.offset_label.text() == "+2 min behind"  # -1.5 +2 (pause) +1 (over)
    click(qtbot, panel.extend_button)
    assert panel.item_remaining.text() == "0:00"
    assert "+1 min added" in panel.item_times.text()
    for minutes in (15, 25, 20):
        click(qtbot, panel.next_button)
        fake.advance(minutes=minutes)
    click(qtbot, panel.next_button)  # Wrap-up
    fake.advance(minutes=9)
    click(qtbot, panel.next_button)  # end of session
    assert controller.snapshot.state == ClockState.FINISHED
    assert panel.item_title.text() == "Session ended"
    assert not panel.next_button.isEnabled()

    agenda = store.agenda.for_session(d3.id)
    starts = [a.actual_start for a in agenda]
    ends = [a.actual_end for a in agenda]
    assert starts[0] == T0
    assert ends[0] == starts[1] == T0 + timedelta(minutes=3, seconds=30)
    assert ends[1] == starts[2] == T0 + timedelta(minutes=21, seconds=30)
    assert ends[-1] == T0 + timedelta(minutes=90, seconds=30)
    tree = panel.tree
    assert tree.topLevelItem(0).text(1) == "✓ Done"
    assert tree.topLevelItem(0).text(4) == "3:30"
    assert tree.topLevelItem(0).text(5) == "−1:30"
    assert tree.topLevelItem(1).text(4) == "16:00"
    # Planned includes the minute added with F8, and ± is against that Planned
    assert tree.topLevelItem(1).text(3) == "16:00"
    assert tree.topLevelItem(1).text(5) == "+0:00"
    assert "15:00 planned + 1:00 added" == tree.topLevelItem(1).toolTip(3)
    # after the end: when it ended and how long it ran, nothing "left"
    assert panel.session_label.text().startswith("Ended ")
    assert "ran 1:30:30 (planned 1:30:00)" in panel.session_label.text()
    assert "left" not in panel.session_label.text()


def test_current_row_is_marked_in_words(qtbot, live, fake):
    controller, panel = live
    controller.toggle_run()
    fake.advance(minutes=1)
    controller.next_item()
    rows = [panel.tree.topLevelItem(i).text(1) for i in range(panel.tree.topLevelItemCount())]
    assert rows[:3] == ["✓ Done", "▶ Now", ""]
    assert panel.tree.currentItem().text(2) == "Presentation: Naoki Mori"


def test_thresholds_from_the_panel(qtbot, live, fake, store, d3):
    controller, panel = live
    panel.amber_spin.setValue(300)
    panel.amber_spin.editingFinished.emit()
    controller.toggle_run()
    controller.refresh()
    assert panel.warning_label.text().startswith("⚠")  # 5:00 left, amber at 5:00
    panel.red_spin.setValue(600)
    panel.red_spin.editingFinished.emit()
    assert panel.threshold_error.text() == "Red must come at or after amber."
    assert panel.red_spin.value() == 0


def test_stage_display_shows_countdown_speaker_and_message(qtbot, live, fake):
    controller, panel = live
    stage = controller.ensure_stage()
    qtbot.addWidget(stage)
    stage.resize(1920, 1080)
    controller.toggle_run()
    controller.next_item()
    fake.advance(minutes=14)
    controller.refresh()
    assert stage.countdown_label.text() == "1:00"
    assert stage.speaker_label.text() == "Naoki Mori"
    assert stage.status_label.text() == "⚠ 1:00 left"
    controller.send_message("Please wrap up")
    assert stage.message_label.isVisibleTo(stage)
    assert stage.message_label.text() == "Please wrap up"
    assert panel.message_label.text() == "On stage: “Please wrap up”"
    controller.clear_message()
    assert not stage.message_label.isVisibleTo(stage)
    fake.advance(minutes=2)
    controller.refresh()
    assert stage.countdown_label.text() == "+1:00"
    assert stage.status_label.text() == "▲ Over time +1:00"
    # huge: the countdown's font is at least a third of the screen height
    assert stage.countdown_label.font().pixelSize() >= 1080 * 0.33


def test_stage_display_readout_of_key_messages(qtbot, live, store, d3):
    controller, panel = live
    for text in ("First key message", "Second key message"):
        store.notes.save(Note(session_id=d3.id, kind=NoteKind.KEY_MESSAGE, text=text))
    store.notes.save(Note(session_id=d3.id, kind=NoteKind.NOTE, text="not a key message"))
    stage = controller.ensure_stage()
    qtbot.addWidget(stage)
    controller.toggle_readout()
    assert stage.readout_label.text() == "First key message"
    assert stage.readout_count.text() == "1 of 2"
    assert not stage.countdown_label.isVisibleTo(stage)
    controller.readout_next()
    assert stage.readout_label.text() == "Second key message"
    controller.readout_next()  # stays on the last
    assert stage.readout_count.text() == "2 of 2"
    controller.readout_previous()
    assert stage.readout_label.text() == "First key message"
    controller.toggle_readout()
    assert stage.countdown_label.isVisibleTo(stage)


def test_stage_display_shows_and_hides(qtbot, live):
    controller, panel = live
    controller.toggle_stage()
    qtbot.addWidget(controller.stage)
    assert controller.stage.isVisible()
    assert panel.stage_button.isChecked()
    controller.toggle_stage()
    assert not controller.stage.isVisible()
    assert not panel.stage_button.isChecked()


def test_empty_agenda_start_is_explained(qtbot, store, data_dir, fake):
    from sessionkit.domain import Session
    from sessionkit.ui.context import SessionContext
    from sessionkit.ui.live.live_controller import LiveController

    s = Session(code="E1", title="Empty")
    store.sessions.save(s)
    controller = LiveController(SessionContext(store, data_dir, s.id), now=fake,
                                start_timer=False)
    with qtbot.waitSignal(controller.problem) as blocker:
        controller.toggle_run()
    assert "agenda is empty" in blocker.args[0]
    assert controller.snapshot.state == ClockState.IDLE


def test_capture_context_follows_the_clock(qtbot, live, ctx, store, d3):
    controller, panel = live
    assert ctx.capture_context() == {}
    controller.toggle_run()
    controller.next_item()
    item = store.agenda.for_session(d3.id)[1]
    assert ctx.capture_context() == {"agenda_item_id": item.id,
                                     "speaker_id": item.person_ids[0]}


def test_restart_resumes_live_panel(qtbot, data_dir, store, d3, fake):
    from sessionkit.ui.context import SessionContext
    from sessionkit.ui.live.live_controller import LiveController
    from sessionkit.ui.live.live_panel import LivePanel

    c1 = LiveController(SessionContext(store, data_dir, d3.id), now=fake, start_timer=False)
    c1.toggle_run()
    fake.advance(minutes=5)
    c1.next_item()
    fake.advance(minutes=15)
    c1.next_item()
    fake.advance(minutes=4)
    c1.shutdown()
    store.close()  # quit

    fake.advance(minutes=1)
    again = Store.open(data_dir)
    c2 = LiveController(SessionContext(again, data_dir, d3.id), now=fake, start_timer=False)
    panel = LivePanel(c2)
    qtbot.addWidget(panel)
    assert panel.item_title.text() == "3. Presentation: Kim Sang-Kap"
    assert panel.item_times.text().startswith("Elapsed 5:00 of 15:00")
    assert panel.item_remaining.text() == "10:00"
    c2.shutdown()
    again.close()


def test_labels_never_render_user_text_as_markup(qtbot, live, store, d3):
    controller, panel = live
    item = store.agenda.for_session(d3.id)[0]
    item.title = "<b>bold?</b>"
    store.agenda.save(d3.id, item)
    controller.toggle_run()
    assert panel.item_title.text() == "1. <b>bold?</b>"
    assert panel.item_title.textFormat() == Qt.TextFormat.PlainText
    stage = controller.ensure_stage()
    qtbot.addWidget(stage)
    assert all(lbl.textFormat() == Qt.TextFormat.PlainText for lbl in stage.findChildren(QLabel))


def test_stage_shows_the_name_in_native_script(qtbot, live, store, d3):
    controller, panel = live
    kim = [p for p in store.people.for_session(d3.id) if p.display_name == "Kim Sang-Kap"][0]
    kim.native_name = "김상갑"
    store.people.save(kim)
    controller.ctx.reload_bundle()
    controller.toggle_run()
    controller.next_item()
    controller.next_item()
    assert controller.stage_view().speaker == "Kim Sang-Kap (김상갑)"
    assert panel.item_speaker.text() == "Kim Sang-Kap"


@pytest.mark.parametrize("screen", [(1024, 768), (1366, 768), (1920, 1080), (3840, 2160)],
                         ids=lambda s: f"{s[0]}x{s[1]}")
def test_stage_preview_fits_at_every_size_with_a_message(qtbot, screen):
    """The one-screen preview (16:9, 40 % of the screen's width) and full screen: with
    three names, a message and over time, no line is squeezed, cut or on another."""
    from ui_layout import layout_problems

    from sessionkit.services.clock import WarningLevel
    from sessionkit.ui.live.live_controller import StageView
    from sessionkit.ui.live.stage_display import StageDisplay

    stage = StageDisplay()
    qtbot.addWidget(stage)
    view = StageView(countdown="+12:45", level=WarningLevel.OVER, flash_on=True,
                     status="▲ Over time +12:45", item_title="Opening statements",
                     speaker="Kim Sang-Kap (김상갑) · Nguyễn Thị Lan · Priya Sharma",
                     message="Please keep to five minutes each", session_title="P9")
    width = max(screen[0] * 2 // 5, 320)
    for size in ((width, width * 9 // 16), screen):
        stage.resize(*size)
        stage.show_view(view)
        stage.show()
        qtbot.waitExposed(stage)
        QApplication.processEvents()
        assert (stage.width(), stage.height()) == size  # the fonts did not force it larger
        problems = layout_problems(stage, QRect(0, 0, 10000, 10000))
        assert not problems, (size, problems)
        labels = [w for w in (stage.title_label, stage.speaker_label, stage.countdown_label,
                              stage.status_label, stage.message_label)]
        for upper, lower in zip(labels, labels[1:]):
            assert upper.geometry().bottom() < lower.geometry().top(), (size, upper, lower)
        countdown = stage.countdown_label
        assert countdown.height() >= countdown.sizeHint().height(), size
        # the countdown stays the largest thing on the stage
        assert countdown.font().pixelSize() >= 2 * stage.speaker_label.font().pixelSize()
        if size == screen:
            assert countdown.font().pixelSize() >= size[1] * 0.25
