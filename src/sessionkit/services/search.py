"""Search across all sessions' notes (and session titles/descriptions)."""

from __future__ import annotations

from sessionkit.store import Store
from sessionkit.store.search import SearchHit


def search(store: Store, query: str, session_id: str | None = None, limit: int = 200,
           include_sessions: bool = True) -> list[SearchHit]:
    """Note hits (newest first), then session hits. Empty query: nothing."""
    query = (query or "").strip()
    if not query:
        return []
    repo = store.search
    hits = repo.notes(query, session_id=session_id, limit=limit)
    if include_sessions:
        hits += repo.sessions(query, session_id=session_id)
    return hits


def snippet(text: str, query: str, width: int = 60) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``text`` around the first match, and the (start, end) spans of every
    query term inside that window (case-insensitive), for highlighting."""
    flat = " ".join(text.split())
    low = flat.casefold()
    terms = [t.casefold() for t in query.split() if t]
    first = min((i for i in (low.find(t) for t in terms) if i >= 0), default=0)
    start = max(0, first - width // 3)
    end = min(len(flat), start + width + max((len(t) for t in terms), default=0))
    window = flat[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    shown = prefix + window + suffix
    spans = []
    wl = shown.casefold()
    for t in terms:
        pos = wl.find(t)
        while pos >= 0 and t:
            spans.append((pos, pos + len(t)))
            pos = wl.find(t, pos + len(t))
    spans.sort()
    return shown, spans
