"""CSV injection variants the first fix did not catch: a formula after leading spaces
or a line break (spreadsheets that trim cells on import evaluate it) and formulas that
start with a full-width or small sign (＝ ＋ － ＠ ﹦), which CJK-locale spreadsheets read
as the ASCII sign. Each cell comes back as typed, behind the apostrophe."""

import csv
import io

from conftest import make_session

from sessionkit.domain.models import Note, NoteKind
from sessionkit.services.proceedings import export_actions

HOSTILE = (" =1+1", "   +cmd|' /C calc'!A0", "\n=HYPERLINK(\"http://x\")", "\u3000=1",
           "\u00a0@SUM(A1)", "＝1+1", "＋1", "－2", "＠SUM(A1)", "﹦1", "\t=1")
PLAIN = ("安排下一次会议", " leading space only", "1 = 1", "e-mail Kim", "ー長音")


def _rows(path):
    raw = path.read_bytes()
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_formula_variants_are_defused_and_plain_text_is_untouched(store, tmp_path):
    session = make_session(store)
    for text in HOSTILE + PLAIN:
        store.notes.save(Note(session.id, text, NoteKind.ACTION, action_owner=text))
    path, count = export_actions(store, [session.id], tmp_path / "a.csv", "csv")
    rows = _rows(path)
    assert count == len(rows) == len(HOSTILE) + len(PLAIN)
    assert sorted(r["Action"] for r in rows) == sorted(
        ["'" + t for t in HOSTILE] + list(PLAIN))
    assert all(r["Owner"] == r["Action"] for r in rows)
