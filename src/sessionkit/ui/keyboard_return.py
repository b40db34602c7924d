"""The keyboard goes back to the window a dialog or tool window belongs to.

When a dialog closes, the window manager usually activates the window below it. With
none doing so (an X session without a window manager, a kiosk, some remote desktops)
Qt was left with no active window: the rapporteur could still type in the note box,
but F5…F9, Ctrl+Shift+M, Ctrl+O and every menu key did nothing until a mouse click.
Dialogs opened with their own code (the stage message, the session switcher) made up
for it one by one; this does it for every dialog and tool window with a parent.

Only a window of ours closing counts: switching to another program hides nothing here,
so the keyboard is not taken back from it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

GRACE_MS = 50  # time for activations already asked for to happen
_TRANSIENT = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


class KeyboardReturn(QObject):
    """Application event filter: when a window with a parent hides and a moment later
    no window has the keyboard, the window it belongs to gets it. A moment later: code
    that activates another window right after a dialog closes (the stage display, a
    second dialog) is served first."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Hide and isinstance(obj, QWidget) and obj.isWindow():
            if obj.windowType() in _TRANSIENT:
                return False  # menus and tooltips: Qt gives the focus back itself
            parent = obj.parentWidget()
            if parent is not None:
                owner = parent.window()
                QTimer.singleShot(GRACE_MS, lambda: _give_back(owner))
        return False


def _give_back(owner: QWidget) -> None:
    try:
        if not owner.isVisible():
            return
    except RuntimeError:  # deleted meanwhile (a session switch closed it)
        return
    if QApplication.activeWindow() is not None:
        return  # a window has the keyboard: the window manager or the app gave it
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not owner:
        return  # another modal dialog is up: the keyboard belongs there
    if any(_is_dialog_of(w, owner) for w in QApplication.topLevelWidgets()):
        return  # another of its dialogs was opened meanwhile: it is about to get the keys
    owner.activateWindow()


def _is_dialog_of(window: QWidget, owner: QWidget) -> bool:
    parent = window.parentWidget()
    return (window is not owner and window.isVisible() and parent is not None
            and window.windowType() == Qt.WindowType.Dialog and parent.window() is owner)


def install(app: QApplication | None = None) -> None:
    """Once per application (later calls do nothing)."""
    app = app or QApplication.instance()
    if app is None or app.property("sessionkitKeyboardReturn"):
        return
    app.installEventFilter(KeyboardReturn(app))
    app.setProperty("sessionkitKeyboardReturn", True)
