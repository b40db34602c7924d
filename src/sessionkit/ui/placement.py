"""Where windows and dialogs go on the screen: the first window's size and place, tool
dialogs beside the window (never over the live countdown), stacked panes' heights, a
settings key per screen. Kept apart from main_window.py so the dialogs that use it
need not import the window that opens them."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget

PREFERRED_SIZE = QSize(1280, 800)

# Room left for the window manager's title bar and border, which the window's own
# geometry does not include before it is shown.
FRAME_ALLOWANCE = QSize(16, 48)


def fit_geometry(available: QRect, saved: QRect | None = None,
                 preferred: QSize = PREFERRED_SIZE) -> QRect:
    """Where the first window goes on a screen with ``available`` geometry (the screen
    minus task bars): the saved place if it still fits there, else the preferred size
    shrunk to the screen and centred."""
    if saved is not None and saved.isValid() and available.contains(saved):
        return QRect(saved)
    side = FRAME_ALLOWANCE.width() // 2
    room = available.adjusted(side, FRAME_ALLOWANCE.height() - side, -side, -side)
    size = preferred.boundedTo(room.size())
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(room.center())
    return rect


def share_heights(wanted: list[int], avail: int, grow: int | None = None) -> list[int]:
    """Heights for stacked panes: each its content's height when all fit (what is left
    goes to pane ``grow``, default the last); otherwise the smaller ones whole and the
    rest shared evenly among the larger ones, so no pane scrolls while another has
    empty space."""
    n = len(wanted)
    if n == 0:
        return []
    if sum(wanted) <= avail:
        out = list(wanted)
        out[n - 1 if grow is None else grow] += avail - sum(wanted)
        return out
    out = [0] * n
    left, remaining = avail, n
    for i in sorted(range(n), key=lambda i: wanted[i]):
        out[i] = min(wanted[i], left // remaining)
        left -= out[i]
        remaining -= 1
    out[max(range(n), key=lambda i: wanted[i])] += left
    return out


def top_band(window: QWidget) -> QRect:
    """The window's top band in global coordinates: the session header and anything
    added above the panels (the live line and its countdown)."""
    top = window.mapToGlobal(QPoint(0, 0))
    bottom = top.y()
    layout = getattr(window, "central_layout", None)
    if layout is not None:
        for i in range(max(0, layout.count() - 1)):  # the last item is the panels' body
            w = layout.itemAt(i).widget()
            if w is not None and w.isVisible():
                bottom = max(bottom, w.mapToGlobal(QPoint(0, w.height())).y())
    return QRect(top.x(), top.y(), window.width(), bottom - top.y())


def place_dialog(dialog: QWidget, window: QWidget | None) -> None:
    """Open a tool dialog (history, search, report details) where it hides nothing
    the moderator watches: beside the window if the screen has room, else over the
    notes side below the window's top band, never over the live countdown."""
    if window is None or not window.isVisible():
        return
    screen = (window.screen() or dialog.screen()).availableGeometry()
    frame = dialog.frameGeometry().size() - dialog.size()  # title bar, borders
    width = min(dialog.width(), screen.width() - frame.width())
    band = top_band(window)
    outer = window.frameGeometry()
    if screen.right() - outer.right() >= width + frame.width():
        x, y = outer.right() + 1, outer.top()
        height = min(dialog.height(), screen.bottom() - y - frame.height())
    else:
        x = outer.right() - width - frame.width() - 8
        y = band.bottom() + 8
        height = min(dialog.height(), screen.bottom() - y - frame.height())
    x = max(screen.left(), min(x, screen.right() - width - frame.width()))
    dialog.resize(max(width, dialog.minimumSizeHint().width()),
                  max(height, dialog.minimumSizeHint().height()))
    dialog.move(x, y)


def keep_on_screen(dialog: QWidget) -> None:
    """Move a window that has grown (a status line, warnings, a preview) back inside its
    screen's available area, shrinking it only if it is taller or wider than that."""
    screen = dialog.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = dialog.frameGeometry()
    if area.contains(frame):
        return
    border = frame.size() - dialog.size()  # title bar, borders
    width = min(dialog.width(), area.width() - border.width())
    height = min(dialog.height(), area.height() - border.height())
    if (width, height) != (dialog.width(), dialog.height()):
        dialog.resize(width, height)
        frame = dialog.frameGeometry()
    x = max(area.left(), min(frame.left(), area.right() - frame.width() + 1))
    y = max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1))
    dialog.move(x, y)


def screen_key(screen) -> str:
    """A settings key per screen (name and size): a layout saved on a 1920×1080
    monitor is not forced onto a 1366×768 laptop."""
    if screen is None:
        return "screen-unknown"
    size = screen.size()
    name = re.sub(r"[^A-Za-z0-9_-]+", "_", screen.name() or "screen").strip("_") or "screen"
    return f"{name}-{size.width()}x{size.height()}"
