"""When each session's report was last exported from this data folder.

The secretariat's overview shows "report exported" per session. The fact is kept in
``report-exports.json`` in the data folder (plain JSON, Qt-free, like preferences.json)
rather than in the data file: a new table would need a schema migration for one time
stamp per session, and the fact is about this computer's exports (a package from
another laptop does not carry it). Every export of a report (File → Export report…,
``sessionkit report``) records it through :func:`record`; a preview does not.

Reading never fails: a missing file is "nothing exported yet"; a damaged one (not JSON,
too big, a folder in its place, wrong types) is ignored with ONE warning line in the
log, and unusable entries are skipped. Writing goes through a temp file renamed into
place, so the file is always whole. Two exports finishing in the same instant in two
processes may keep only one of the two records; the reports themselves are unaffected.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sessionkit.services.preferences import read_json_object, write_small_file

FILE_NAME = "report-exports.json"
MAX_BYTES = 4 * 1024 * 1024  # ~100 bytes a session; more is not ours

log = logging.getLogger(__name__)
_lock = threading.Lock()  # the export worker and the UI thread of one process


@dataclass(frozen=True)
class ReportExport:
    at: datetime  # aware, UTC
    format: str  # "pdf", "docx", "md"


def exports_path(data_dir: Path | str) -> Path:
    return Path(data_dir) / FILE_NAME


def _read_raw(path: Path) -> dict:
    """The record's sessions; {} when there is no file. ValueError (the reason) when the
    file cannot be used."""
    sessions = read_json_object(path, MAX_BYTES).get("sessions", {})
    if not isinstance(sessions, dict):
        raise ValueError("its \"sessions\" is not a JSON object")
    return sessions


def _entry(value) -> ReportExport | None:
    if not isinstance(value, dict):
        return None
    at, fmt = value.get("at"), value.get("format", "")
    if not isinstance(at, str) or not isinstance(fmt, str):
        return None
    try:
        when = datetime.fromisoformat(at)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return ReportExport(at=when.astimezone(timezone.utc), format=fmt)


def load(data_dir: Path | str | None) -> dict[str, ReportExport]:
    """Session id -> its last report export here; {} when nothing is known."""
    if data_dir is None:
        return {}
    path = exports_path(data_dir)
    try:
        raw = _read_raw(path)
    except ValueError as exc:
        log.warning("%s ignored (no report counts as exported): %s", path, exc)
        return {}
    out = {}
    for sid, value in raw.items():
        entry = _entry(value)
        if entry is not None:
            out[str(sid)] = entry
    return out


def stamp(data_dir: Path | str | None) -> tuple[int, int] | None:
    """Changes when the record changes (its modification time and size): cheap
    enough to poll every few seconds."""
    if data_dir is None:
        return None
    try:
        st = os.stat(exports_path(data_dir))
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def record(data_dir: Path | str, session_id: str, fmt: str,
           when: datetime | None = None) -> None:
    """Note that the session's report was exported now (or at ``when``). Raises
    OSError when the file cannot be written (the caller logs it: the report itself
    was written)."""
    when = when or datetime.now(timezone.utc)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    path = exports_path(data_dir)
    with _lock:
        try:
            sessions = dict(_read_raw(path))
        except ValueError:
            sessions = {}  # a damaged file is replaced by a good one
        sessions[session_id] = {"at": when.astimezone(timezone.utc).isoformat(),
                                "format": fmt}
        data = (json.dumps({"version": 1, "sessions": sessions}, ensure_ascii=False,
                           indent=1, sort_keys=True) + "\n").encode("utf-8")
        write_small_file(path, data)
