"""Agenda edits as small, reversible use cases (the editor's undo stack calls these). No Qt.

Each function changes only what it names, in one transaction, and validates
first: bad input raises AgendaEditError and changes nothing. Recorded actual
times and notes are never lost: removing an item returns everything needed to
put it back exactly (including which notes pointed to it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sessionkit.domain.models import AgendaItem, ItemKind, parse_enum

MAX_MINUTES = 24 * 60
EDITABLE = ("title", "kind", "planned_minutes", "cue", "person_ids")


class AgendaEditError(ValueError):
    """A user mistake in an agenda edit; nothing was changed."""


@dataclass
class RemovedItem:
    item: AgendaItem
    index: int
    note_ids: list[str] = field(default_factory=list)


def _items(store, session_id: str) -> list[AgendaItem]:
    return store.agenda.for_session(session_id)


def validate(field_name: str, value):
    if field_name == "title":
        text = str(value or "").strip()
        if not text:
            raise AgendaEditError("An agenda item needs a title.")
        return text
    if field_name == "kind":
        try:
            return parse_enum(ItemKind, value, "kind")
        except ValueError as exc:
            raise AgendaEditError(str(exc)) from None
    if field_name == "planned_minutes":
        try:
            minutes = int(str(value).strip())
        except (TypeError, ValueError):
            raise AgendaEditError(f"Planned minutes must be a whole number, not {value!r}.") \
                from None
        if not 0 <= minutes <= MAX_MINUTES:
            raise AgendaEditError(f"Planned minutes must be between 0 and {MAX_MINUTES}.")
        return minutes
    if field_name == "cue":
        return str(value or "")
    if field_name == "person_ids":
        return list(dict.fromkeys(value or []))
    raise AgendaEditError(f"{field_name!r} cannot be edited here.")


def add_item(store, session_id: str, item: AgendaItem, index: int | None = None) -> int:
    """Insert ``item`` at ``index`` (end by default); returns the index used."""
    item.title = validate("title", item.title)
    item.planned_minutes = validate("planned_minutes", item.planned_minutes)
    items = _items(store, session_id)
    if any(i.id == item.id for i in items):
        raise AgendaEditError("This item is already on the agenda.")
    index = len(items) if index is None else max(0, min(index, len(items)))
    with store.atomic():
        item.position = index
        store.agenda.save(session_id, item)
        ids = [i.id for i in items]
        ids.insert(index, item.id)
        store.agenda.renumber(ids)
    return index


def remove_item(store, session_id: str, item_id: str) -> RemovedItem:
    items = _items(store, session_id)
    ids = [i.id for i in items]
    if item_id not in ids:
        raise AgendaEditError("That agenda item no longer exists.")
    index = ids.index(item_id)
    with store.atomic():
        note_ids = store.agenda.delete(item_id)
        ids.pop(index)
        store.agenda.renumber(ids)
    return RemovedItem(item=items[index], index=index, note_ids=note_ids)


def restore_item(store, session_id: str, removed: RemovedItem) -> None:
    """Undo a removal: the same item (id, people, actual times) and its notes' links."""
    with store.atomic():
        add_item(store, session_id, removed.item, removed.index)
        store.agenda.link_notes(removed.item.id, removed.note_ids)


def move_item(store, session_id: str, item_id: str, new_index: int) -> int:
    """Move an item to ``new_index`` (clamped); returns its old index."""
    ids = [i.id for i in _items(store, session_id)]
    if item_id not in ids:
        raise AgendaEditError("That agenda item no longer exists.")
    old = ids.index(item_id)
    new_index = max(0, min(new_index, len(ids) - 1))
    with store.atomic():
        ids.pop(old)
        ids.insert(new_index, item_id)
        store.agenda.renumber(ids)
    return old


def update_item(store, session_id: str, item_id: str, field_name: str, value):
    """Set one field; returns the old value (for undo)."""
    value = validate(field_name, value)
    items = {i.id: i for i in _items(store, session_id)}
    item = items.get(item_id)
    if item is None:
        raise AgendaEditError("That agenda item no longer exists.")
    old = getattr(item, field_name)
    with store.atomic():
        if field_name == "person_ids":
            store.agenda.set_people(item_id, value)
        else:
            store.agenda.set_field(item_id, field_name, value)
    return old


@dataclass
class PlannedTimes:
    total_minutes: int
    starts: list[datetime | None]  # planned start of each item, in the session's zone
    end: datetime | None


def planned_times(session, items: list[AgendaItem]) -> PlannedTimes:
    """Planned start of every item and the session's end, from its start time."""
    total = sum(i.planned_minutes for i in items)
    start = session.start
    if start is not None and session.timezone:
        try:
            start = start.astimezone(ZoneInfo(session.timezone))
        except (ZoneInfoNotFoundError, ValueError):
            pass
    if start is None:
        return PlannedTimes(total, [None] * len(items), None)
    starts, t = [], start
    for i in items:
        starts.append(t)
        t = t + timedelta(minutes=i.planned_minutes)
    return PlannedTimes(total, starts, t)
