"""Nothing cut off at the screen sizes people really have (1024×768, 1366×768): the main
window in normal mode and every dialog, checked by tests/ui_layout.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ui_layout import layout_problems, run_screen

BIG = QRect(0, 0, 4000, 4000)


# -- the checker finds what a user would see --------------------------------------------------
def shown(qtbot, widget, w, h):
    qtbot.addWidget(widget)
    widget.resize(w, h)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_checker_reports_a_cut_label_unless_its_tooltip_has_the_text(qtbot):
    root = QWidget()
    root.setFixedSize(120, 40)
    label = QLabel("A rather long label that cannot fit", root)
    label.setGeometry(0, 0, 100, 30)
    shown(qtbot, root, 120, 40)
    assert any("text cut off" in p for p in layout_problems(root, BIG))
    label.setToolTip("A rather long label that cannot fit")
    assert not any("text cut off" in p for p in layout_problems(root, BIG))


def test_checker_reports_a_squeezed_button_and_a_cut_combo(qtbot):
    root = QWidget()
    row = QHBoxLayout(root)
    button = QPushButton("Restore this version")
    combo = QComboBox()
    combo.addItem("Presentation: Kim Sang-Kap and the Gwangju secretariat")
    row.addWidget(button)
    row.addWidget(combo)
    shown(qtbot, root, 400, 60)
    button.resize(30, button.height())
    combo.resize(60, combo.height())
    problems = layout_problems(root, BIG)
    assert any("QPushButton" in p and "smaller than its minimum" in p for p in problems)
    assert any("cut short" in p for p in problems)


def test_checker_reports_a_window_larger_than_the_screen(qtbot):
    root = shown(qtbot, QWidget(), 1280, 800)
    problems = layout_problems(root, QRect(0, 0, 1366, 768))
    assert any("does not fit a 1366×768 screen" in p for p in problems)
    assert layout_problems(root, QRect(0, 0, 1920, 1080)) == []


# -- the application -------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_main_window_and_every_dialog_fit(size):
    found = run_screen(*size)
    assert "main window" in found and "note history" in found and "report details" in found
    problems = [f"{view}: {p}" for view, ps in found.items() for p in ps]
    assert problems == [], "\n".join(problems)
