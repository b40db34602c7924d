"""Domain model: Qt-free dataclasses and rules."""

from sessionkit.domain.models import (  # noqa: F401
    AgendaItem,
    Document,
    ItemKind,
    Note,
    NoteKind,
    Outcome,
    OutcomeStatus,
    Person,
    ReportMeta,
    Role,
    RoleKind,
    Session,
    SessionBundle,
    new_id,
    parse_enum,
    utc_now,
)
