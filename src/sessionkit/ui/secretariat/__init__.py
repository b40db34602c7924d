"""File → Secretariat view… (Ctrl+Shift+S): the window is built on first use
(ui/secretariat/window.py); one per app, kept across session switches."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

SECRETARIAT_KEY = "Ctrl+Shift+S"
_OPEN: dict = {}  # "window": the SecretariatWindow, while it exists


def t(text: str) -> str:
    return QCoreApplication.translate("SecretariatView", text)


def open_secretariat(window):
    """Show the secretariat view (made the first time, or for another data file),
    raised, its figures read again; returns it."""
    import shiboken6

    from sessionkit.ui.secretariat.window import SecretariatWindow

    ctx = window.ctx
    view = _OPEN.get("window")
    if view is None or not shiboken6.isValid(view) or view.store is not ctx.store:
        if view is not None and shiboken6.isValid(view):
            view.close()
        view = SecretariatWindow(ctx.store, ctx.data_dir, origin=window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        view.destroyed.connect(lambda *_: _OPEN.pop("window", None))
        _OPEN["window"] = view
        # beside the main window's top left, as far as the screen allows
        screen = window.screen().availableGeometry() if window.screen() else None
        if screen is not None:
            # wide enough on a 1366-pixel laptop for the titles to show; 1024 still fits
            view.resize(min(1280, screen.width() - 24), min(720, screen.height() - 64))
            x = max(screen.left(), min(window.x() + 40, screen.right() - view.width() - 12))
            y = max(screen.top(), min(window.y() + 40, screen.bottom() - view.height() - 40))
            view.move(x, y)
    else:
        view.origin = window
        view.refresh()
    view.show()
    view.raise_()
    view.activateWindow()
    view.table.setFocus(Qt.FocusReason.OtherFocusReason)
    return view


def install(window) -> QAction:
    action = QAction(t("Secretariat &view…"), window)
    action.setObjectName("secretariatAction")
    action.setShortcut(QKeySequence(SECRETARIAT_KEY))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _=False: open_secretariat(window))
    menu = window.menu("file")
    before = getattr(window, "quit_action", None)
    if before is not None:
        menu.insertAction(before, action)
        menu.insertSeparator(before)
    else:
        menu.addAction(action)
    window.secretariat_action = action
    from sessionkit.ui.dialogs.about import register_shortcut_help

    register_shortcut_help(
        QKeySequence(SECRETARIAT_KEY).toString(QKeySequence.SequenceFormat.NativeText),
        t("Secretariat view: every session's notes, outcomes, actions and report"))
    return action
