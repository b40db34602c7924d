"""The one English label of each value of the domain's enums.

The UI shows it translated (ui/labels.py, context "Labels"), the report through its
own catalogue keyed by the same English text (report/i18n.py), the CLI as it is: so
a status reads "Partly achieved" on the screen, in the report and in a terminal alike.
"""

from __future__ import annotations

from enum import Enum

from sessionkit.domain.models import ItemKind, NoteKind, OutcomeStatus, RoleKind

NOTE_KIND_LABELS: dict[NoteKind, str] = {
    NoteKind.NOTE: "Note",
    NoteKind.KEY_MESSAGE: "Key message",
    NoteKind.DECISION: "Decision",
    NoteKind.ACTION: "Action",
    NoteKind.QUESTION: "Question",
    NoteKind.RECOMMENDATION: "Recommendation",
    NoteKind.QUOTE: "Quote",
}

ITEM_KIND_LABELS: dict[ItemKind, str] = {
    ItemKind.OPENING: "Opening",
    ItemKind.PRESENTATION: "Presentation",
    ItemKind.PANEL: "Panel",
    ItemKind.DISCUSSION: "Discussion",
    ItemKind.QA: "Q&A",
    ItemKind.CLOSING: "Closing",
    ItemKind.BREAK: "Break",
}

OUTCOME_STATUS_LABELS: dict[OutcomeStatus, str] = {
    OutcomeStatus.OPEN: "Open",
    OutcomeStatus.PARTLY: "Partly achieved",
    OutcomeStatus.ACHIEVED: "Achieved",
    OutcomeStatus.NOT_ACHIEVED: "Not achieved",
}

ROLE_LABELS: dict[RoleKind, str] = {
    RoleKind.MODERATOR: "Moderator",
    RoleKind.CHAIR: "Chair",
    RoleKind.RAPPORTEUR: "Rapporteur",
    RoleKind.DISCUSSANT: "Discussant",
    RoleKind.PANELLIST: "Panellist",
    RoleKind.SPEAKER: "Speaker",
}

_BY_ENUM: dict[type, dict] = {NoteKind: NOTE_KIND_LABELS, ItemKind: ITEM_KIND_LABELS,
                              OutcomeStatus: OUTCOME_STATUS_LABELS, RoleKind: ROLE_LABELS}

ALL_LABELS: tuple[str, ...] = tuple(dict.fromkeys(
    text for labels in _BY_ENUM.values() for text in labels.values()))


def label(value: Enum) -> str:
    """The English label of a note kind, agenda item kind, outcome status or role."""
    return _BY_ENUM[type(value)][value]


__all__ = ["ALL_LABELS", "ITEM_KIND_LABELS", "NOTE_KIND_LABELS", "OUTCOME_STATUS_LABELS",
           "ROLE_LABELS", "label"]
