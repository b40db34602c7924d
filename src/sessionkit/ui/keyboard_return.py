"""The keyboard goes back to the window a dialog or tool window belongs to.

When a dialog closes, the window manager usually activates the window below it. With
none doing so (an X session without a window manager, a kiosk, some remote desktops)
Qt was left with no active window: the rapporteur could still type in the note box,
but F5…F9, Ctrl+Shift+M, Ctrl+O and every menu key did nothing until a mouse click.
Dialogs opened with their own code (the stage message, the session switcher) made up
for it one by one; this does it for every dialog and tool window with a parent.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

_TRANSIENT = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


class KeyboardReturn(QObject):
    """Application event filter: after a parented window hides, if no window is active,
    activate the window it belongs to (never while another modal dialog is up)."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Hide and isinstance(obj, QWidget) and obj.isWindow():
            if obj.windowType() in _TRANSIENT:
                return False  # menus and tooltips: Qt gives the focus back itself
            parent = obj.parentWidget()
            if parent is not None:
                owner = parent.window()
                QTimer.singleShot(0, lambda: _give_back(owner))
        return False


def _give_back(owner: QWidget) -> None:
    try:
        if not owner.isVisible():
            return
    except RuntimeError:  # the window was deleted meanwhile (a session switch)
        return
    active = QApplication.activeWindow()
    if active is not None and active.isVisible():
        return  # something has the keyboard: the window manager or the app decided
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not owner:
        return
    owner.activateWindow()


def install(app: QApplication | None = None) -> None:
    """Once per application (later calls do nothing)."""
    app = app or QApplication.instance()
    if app is None or app.property("sessionkitKeyboardReturn"):
        return
    app.installEventFilter(KeyboardReturn(app))
    app.setProperty("sessionkitKeyboardReturn", True)
