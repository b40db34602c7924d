"""The domain's enum labels (domain/labels.py) in the UI language: one context, "Labels".

lupdate cannot read the domain's dictionaries, so the same English texts are listed
here for it; tests/domain/test_labels.py checks the two lists agree.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sessionkit.domain.labels import label

CONTEXT = "Labels"

MARKED: tuple[str, ...] = (
    # note kinds
    QT_TRANSLATE_NOOP("Labels", "Note"),
    QT_TRANSLATE_NOOP("Labels", "Key message"),
    QT_TRANSLATE_NOOP("Labels", "Decision"),
    QT_TRANSLATE_NOOP("Labels", "Action"),
    QT_TRANSLATE_NOOP("Labels", "Question"),
    QT_TRANSLATE_NOOP("Labels", "Recommendation"),
    QT_TRANSLATE_NOOP("Labels", "Quote"),
    # agenda item kinds
    QT_TRANSLATE_NOOP("Labels", "Opening"),
    QT_TRANSLATE_NOOP("Labels", "Presentation"),
    QT_TRANSLATE_NOOP("Labels", "Panel"),
    QT_TRANSLATE_NOOP("Labels", "Discussion"),
    QT_TRANSLATE_NOOP("Labels", "Q&A"),
    QT_TRANSLATE_NOOP("Labels", "Closing"),
    QT_TRANSLATE_NOOP("Labels", "Break"),
    # outcome statuses
    QT_TRANSLATE_NOOP("Labels", "Open"),
    QT_TRANSLATE_NOOP("Labels", "Partly achieved"),
    QT_TRANSLATE_NOOP("Labels", "Achieved"),
    QT_TRANSLATE_NOOP("Labels", "Not achieved"),
    # roles
    QT_TRANSLATE_NOOP("Labels", "Moderator"),
    QT_TRANSLATE_NOOP("Labels", "Chair"),
    QT_TRANSLATE_NOOP("Labels", "Rapporteur"),
    QT_TRANSLATE_NOOP("Labels", "Discussant"),
    QT_TRANSLATE_NOOP("Labels", "Panellist"),
    QT_TRANSLATE_NOOP("Labels", "Speaker"),
)


def enum_label(value: Enum) -> str:
    """A note kind, agenda item kind, outcome status or role as the UI shows it."""
    return QCoreApplication.translate(CONTEXT, label(value))


__all__ = ["CONTEXT", "MARKED", "enum_label"]
