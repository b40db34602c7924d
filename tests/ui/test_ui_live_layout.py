"""The live view fits the screens people have: 1024×768 and 1366×768, less the taskbar
and the title bar.

In live mode (a panel with two people, a stage message up, a long cue) and for the
cue card: the window fits the screen, no widget is squeezed below its minimum size,
no text is cut off (a label or button whose text does not fit must carry the whole
text in its tooltip), nothing lies outside the window.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QSizePolicy,
    QWidget,
)

from ui_keys import go_to_discussion

# a 768-px screen leaves a window less: the taskbar and the title bar take ~70 px (as
# in tests/e2e/test_session_flow.py), so the window measured is 698 px high
AVAILABLE = 768 - 70
SIZES = [(1024, AVAILABLE), (1366, AVAILABLE)]
IGNORED = QSizePolicy.Policy.Ignored


def _in_scroll_viewport(w: QWidget, root: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None and p is not root:
        if isinstance(p, QAbstractScrollArea):
            return True
        p = p.parentWidget()
    return False


def _shown(w: QWidget, root: QWidget) -> bool:
    return w.isVisibleTo(root) and w.width() > 0 and w.height() > 0


def layout_problems(root: QWidget) -> list[str]:
    problems = []
    frame = QRect(QPoint(0, 0), root.size())
    for w in root.findChildren(QWidget):
        if not _shown(w, root) or w.isWindow() or _in_scroll_viewport(w, root):
            continue
        if w.objectName().startswith("qt_"):  # Qt's own parts (a spin box's line edit):
            continue  # sized by their owner's style, which is checked itself
        name = f"{type(w).__name__}#{w.objectName()}"
        text = w.text() if isinstance(w, (QLabel, QAbstractButton)) else ""
        name += f" {text[:40]!r}" if text else ""
        rect = QRect(w.mapTo(root, QPoint(0, 0)), w.size())
        if not frame.contains(rect):
            problems.append(f"{name} lies outside the window: {rect} not in {frame}")
        hint = w.minimumSizeHint()
        policy = w.sizePolicy()
        if (hint.width() > 0 and policy.horizontalPolicy() != IGNORED
                and w.width() + 1 < min(hint.width(), w.maximumWidth())):
            problems.append(f"{name} is {w.width()} px wide, needs {hint.width()}")
        if (hint.height() > 0 and policy.verticalPolicy() != IGNORED
                and w.height() + 1 < min(hint.height(), w.maximumHeight())):
            problems.append(f"{name} is {w.height()} px high, needs {hint.height()}")
        if not text:
            continue
        whole_in_tooltip = text.replace("&", "") in w.toolTip()
        if isinstance(w, QLabel):
            room = w.contentsRect()
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1 and not whole_in_tooltip:
                    problems.append(f"{name} is cut off: {w.height()} px high, needs {need}")
            else:
                advance = w.fontMetrics().horizontalAdvance(text)
                if advance > room.width() + 1 and not whole_in_tooltip:
                    problems.append(f"{name} is elided: {room.width()} px for {advance}")
        elif isinstance(w, QAbstractButton):
            need = w.sizeHint().width()
            if need > w.width() + 1 and not whole_in_tooltip:
                problems.append(f"{name} is cut off: {w.width()} px for {need}")
    return problems


def test_the_checker_sees_cut_text_and_squeezed_widgets(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label = QLabel("A long agenda title that cannot fit in eighty pixels")
    label.setFixedWidth(80)
    button = QPushButton("Send a message to the stage  [Ctrl+Shift+M]")
    button.setFixedWidth(90)
    layout.addWidget(label)
    layout.addWidget(button)
    root.resize(200, 100)
    root.show()
    problems = layout_problems(root)
    assert any("is elided" in p for p in problems)
    assert any("QPushButton" in p and "cut off" in p for p in problems)
    label.setToolTip(label.text())
    button.setToolTip(button.text())
    assert not [p for p in layout_problems(root) if "elided" in p or "cut off" in p]


def _live_window(qtbot, open_window, fake, size):  # noqa: F811
    from sessionkit.ui import theme

    # the look the app starts with (its style sheet sets the fonts and paddings the
    # layout is measured with), whichever test ran before in this process
    theme.apply_theme("light", QApplication.instance())
    w = open_window(size=size)
    w.resize(*size)
    go_to_discussion(qtbot, w, fake)
    c = w.moderator.controller
    c.send_message("Please wrap up: the coffee break is short today")
    w.capture_panel.pick_speaker_number(2)
    fake.t += timedelta(minutes=26)
    c.extend_minute()
    c.refresh()
    QApplication.processEvents()
    return w


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_window_in_live_mode_fits(qtbot, open_window, fake, panel_session,  # noqa: F811
                                       size):
    w = _live_window(qtbot, open_window, fake, size)
    assert (w.width(), w.height()) == size  # nothing forced the window larger
    panel = w.moderator.panel
    problems = layout_problems(w)
    assert not problems, "\n".join(problems)
    # the moderator's cue is whole, without a scroll bar
    assert panel.cue_label.text().startswith("Cue: Ask each panellist")
    assert panel.card.name_label.text() == "Kim Sang-Kap"
    assert panel.next_label.isVisible() or panel.next_label.text() == ""
    # the agenda shows every item (six rows) without scrolling
    tree = panel.tree
    last = tree.visualItemRect(tree.topLevelItem(tree.topLevelItemCount() - 1))
    assert last.bottom() <= tree.viewport().height()
    assert panel.tree.topLevelItem(3).toolTip(2) == "Discussion"
    # unfolded settings and the outcomes tab fit too
    panel.settings_toggle.setChecked(True)
    panel.show_side(w.outcomes_panel)
    QApplication.processEvents()
    assert panel.amber_spin.isVisible() and w.outcomes_panel.isVisible()
    problems = layout_problems(w)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_cue_card_fits_and_reads_large(qtbot, open_window, fake, panel_session,  # noqa: F811
                                       size):
    w = _live_window(qtbot, open_window, fake, size)
    w.moderator.toggle_cue_card()
    card = w.moderator.cue_card
    qtbot.addWidget(card)
    card.showNormal()
    card.resize(*size)
    QApplication.processEvents()
    problems = layout_problems(card)
    assert not problems, "\n".join(problems)
    # readable at 2 m: the name about a tenth of the screen high, the cue at least 24 px
    assert card.name_label.font().pixelSize() >= 0.09 * size[1]
    assert card.cue_label.font().pixelSize() >= 24
    assert card.time_label.font().pixelSize() >= 0.12 * size[1]
    assert card.native_label.text() == "김상갑"


def test_notes_list_kind_and_speaker_fit_as_notes_come_in(qtbot, open_window, fake,
                                                          panel_session):
    """At 1024 in live mode, a note of a new kind or by a longer name fits its cell at
    once: not "Key mes…", not a speaker name broken onto two lines."""
    from PySide6.QtCore import Qt

    from sessionkit.ui.capture.writer import wait_all_idle
    from sessionkit.ui.models.notes import NotesModel
    from ui_keys import type_text

    w = _live_window(qtbot, open_window, fake, (1024, AVAILABLE))
    view, box = w.notes_panel.view, w.capture_panel.edit
    ctrl = Qt.KeyboardModifier.ControlModifier

    def cut():
        model = view.model()
        return [(model.index(r, c).data(), view.columnWidth(c))
                for c in (NotesModel.KIND, NotesModel.CONTEXT) for r in range(model.rowCount())
                if view.sizeHintForIndex(model.index(r, c)).width() > view.columnWidth(c)]

    for kind_key, text in [(Qt.Key.Key_1, "A plain note"), (Qt.Key.Key_2, "A key message"),
                           (Qt.Key.Key_6, "A recommendation")]:
        box.setFocus()
        qtbot.keyClick(box, kind_key, ctrl)
        type_text(qtbot, box, text)
        qtbot.keyClick(box, Qt.Key.Key_Return, ctrl)
        assert wait_all_idle()
        qtbot.waitUntil(lambda: view.model().rowCount() > 0)
        QApplication.processEvents()
        assert not cut(), cut()
    shown = [view.model().index(r, NotesModel.KIND).data()
             for r in range(view.model().rowCount())]
    assert {"Key message", "Recommendation"} <= set(shown), shown
