"""Key sequences shared by the main window and the editors."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def redo_keys(platform_redo: QKeySequence | None = None) -> list[QKeySequence]:
    """The platform's Redo key plus Ctrl+Shift+Z and Ctrl+Y, each once.

    On GNOME and KDE the platform's Redo *is* Ctrl+Shift+Z: listing it twice on one
    action made Qt report an ambiguous shortcut and neither key redid anything."""
    out: list[QKeySequence] = []
    if platform_redo is None:
        platform_redo = QKeySequence(QKeySequence.StandardKey.Redo)
    for key in (platform_redo, QKeySequence("Ctrl+Shift+Z"),
                QKeySequence("Ctrl+Y")):
        if not key.isEmpty() and key not in out:
            out.append(key)
    return out
