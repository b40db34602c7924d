"""Action items out of SessionKit: a CSV for spreadsheets and an iCalendar file of
VTODOs for calendars and task lists.

CSV: UTF-8 *with* a byte-order mark, comma-separated, CRLF line ends (RFC 4180). The
mark is what makes Excel (Windows and Mac) read the file as UTF-8 when it is opened
with a double click; without it Korean, Japanese or Thai text turns into mojibake in
Excel. LibreOffice Calc recognises the mark too and preselects UTF-8 in its import
dialog. A cell starting with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return)
gets a leading apostrophe, so a spreadsheet shows the note's text instead of running
it as a formula (CSV injection).

iCalendar: one VTODO per action item, its UID made from the note's id (so importing the
file again updates the same tasks), DUE as a date when the action has one, the owner
as CONTACT and in the description, STATUS:NEEDS-ACTION.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from datetime import datetime, timezone

import icalendar

from sessionkit import __version__
from sessionkit.domain.models import utc_now
from sessionkit.interchange.schedule_model import MAX_YEAR, MIN_YEAR

CSV_COLUMNS = ("Session", "Session title", "Action", "Owner", "Due date", "Status")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """Text a spreadsheet shows as typed, never as a formula. Also caught: a formula
    after leading spaces or line breaks (importers that trim cells, Google Sheets'
    default, evaluate it) and one starting with a full-width or small sign (＝, ﹢,
    ＠…: spreadsheets in CJK locales read them as the ASCII sign); NFKC folds those."""
    text = text or ""
    if text.startswith(_FORMULA_START):
        return "'" + text
    head = unicodedata.normalize("NFKC", text.lstrip()[:1])
    return "'" + text if head.startswith(_FORMULA_START) else text


def actions_csv(rows) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        writer.writerow([csv_cell(r.session_code), csv_cell(r.session_title),
                         csv_cell(r.text), csv_cell(r.owner),
                         r.due.isoformat() if r.due else "", r.status])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _summary(text: str) -> str:
    first = next((line.strip() for line in (text or "").splitlines() if line.strip()), "")
    return first if len(first) <= 200 else first[:199].rstrip() + "…"


def actions_ics(rows, now: datetime | None = None) -> bytes:
    now = (now or utc_now()).astimezone(timezone.utc)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//SessionKit//SessionKit {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "SessionKit action items")
    for r in rows:
        todo = icalendar.Todo()
        todo.add("uid", f"action-{r.note_id}@sessionkit")
        todo.add("dtstamp", now)
        todo.add("created", r.created.astimezone(timezone.utc))
        todo.add("last-modified", r.updated.astimezone(timezone.utc))
        todo.add("summary", _summary(r.text) or r.session_code)
        session = f"{r.session_code} {r.session_title}".strip()
        lines = [r.text]
        if r.owner:
            lines.append(f"Owner: {r.owner}")
        lines.append(f"Session: {session}")
        todo.add("description", "\n\n".join(lines))
        if r.owner:
            todo.add("contact", r.owner)
        if r.session_code:
            todo.add("categories", [r.session_code])
        if r.due is not None and MIN_YEAR <= r.due.year <= MAX_YEAR:
            todo.add("due", r.due)
        todo.add("status", "NEEDS-ACTION")
        cal.add_component(todo)
    return cal.to_ical()
