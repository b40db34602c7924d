"""After a dialog closes, the keyboard is back in its window without a click.

The offscreen platform, like an X session without a window manager, activates no
window when a modal dialog closes: the live keys and every shortcut then did nothing.
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu

from sessionkit.ui.keyboard_return import install


def _window(qtbot):
    install()
    w = QMainWindow()
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def _exec_and_close(qtbot, dialog, close):
    def poll():
        # as a user: the dialog is up and has the keyboard, then it is closed
        if QApplication.activeModalWidget() is not dialog or \
                QApplication.activeWindow() is not dialog:
            QTimer.singleShot(10, poll)
            return
        close()
    QTimer.singleShot(0, poll)
    dialog.exec()


def test_a_closed_modal_dialog_gives_the_keyboard_back(qtbot):
    w = _window(qtbot)
    dialog = QDialog(w)
    _exec_and_close(qtbot, dialog, lambda: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)


def test_nested_dialogs_give_the_keyboard_back_one_by_one(qtbot):
    w = _window(qtbot)
    outer = QDialog(w)
    inner = QDialog(outer)
    seen = []

    def open_inner():
        try:
            _exec_and_close(qtbot, inner, inner.reject)
            qtbot.wait(100)
            seen.append(QApplication.activeWindow())
        finally:
            outer.reject()

    _exec_and_close(qtbot, outer, open_inner)
    assert seen == [outer]  # not the main window while the outer dialog is still up
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)


def test_a_window_that_took_the_keyboard_keeps_it(qtbot):
    """Only when nothing is active: a window the user went to stays active."""
    w = _window(qtbot)
    other = QMainWindow()
    qtbot.addWidget(other)
    menu = QMenu(w)
    menu.addAction("x")
    menu.popup(w.mapToGlobal(w.rect().center()))
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    menu.hide()
    qtbot.wait(50)
    assert QApplication.activeWindow() is other
