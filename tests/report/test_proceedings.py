"""The proceedings: several sessions' reports in one document (PDF, DOCX, Markdown), and
the action items across sessions as CSV and iCalendar; through the service and the CLI."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import unicodedata
import zipfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import icalendar
import pytest
from pypdf import PdfReader

from sessionkit.domain.models import (
    AgendaItem,
    ItemKind,
    Note,
    NoteKind,
    Person,
    Role,
    RoleKind,
    Session,
    SessionBundle,
)
from sessionkit.services.proceedings import (
    ProceedingsError,
    export_actions,
    export_proceedings,
    select_sessions,
)

SAMPLES = {s["language"]: s for s in json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "asia-scripts.json")
    .read_text(encoding="utf-8"))["samples"]}

# code, title, track, tags, day, language of the notes
SESSIONS = [
    ("K1", "서울의 기후 협력 세션", "Low Carbon City", ["energy"], date(2026, 12, 1), "Korean"),
    ("J1", "東京の都市間連携", "Low Carbon City", ["water"], date(2026, 12, 1), "Japanese"),
    ("TH1", "การประชุมเมืองคาร์บอนต่ำ", "Resilience", ["energy"], date(2026, 12, 2), "Thai"),
    ("H1", "दिल्ली सत्र: वायु गुणवत्ता", "", [], date(2026, 12, 2), "Hindi"),
]
NOTES = {
    "Korean": "서울시는 도시 간 협력을 확대하고 있습니다",
    "Japanese": "都市間連携による低炭素都市づくり",
    "Thai": SAMPLES["Thai"]["note"],
    "Hindi": SAMPLES["Hindi"]["note"],
}


def squeeze(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def pdf_text(path) -> str:
    exe = shutil.which("pdftotext")
    if exe:
        return subprocess.run([exe, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def add_session(store, code, title, track, tags, day, language, hour=1):
    speaker = Person(display_name=f"Speaker {code}")
    bundle = SessionBundle(
        session=Session(code=code, title=title, track=track, tags=tags,
                        start=datetime(day.year, day.month, day.day, hour, 0, tzinfo=timezone.utc),
                        timezone="Asia/Tokyo"),
        people=[speaker], roles=[Role(speaker.id, RoleKind.SPEAKER, 0)],
        agenda=[AgendaItem("Talk", ItemKind.PRESENTATION, 30, person_ids=[speaker.id])])
    store.save_bundle(bundle)
    sid = bundle.session.id
    when = datetime(day.year, day.month, day.day, 2, 0, tzinfo=timezone.utc)
    text = NOTES[language]
    notes = [
        Note(sid, f"{text} ({code} key)", NoteKind.KEY_MESSAGE, created=when),
        Note(sid, f"{code} recommends more buses", NoteKind.RECOMMENDATION, created=when),
        Note(sid, f"{code}: send the slides to {text}", NoteKind.ACTION, created=when,
             action_owner=f"Owner {code}", action_due=date(2027, 1, 10)),
        Note(sid, f"{code}: book the next room", NoteKind.ACTION, created=when),
        Note(sid, f"{code} a plain note", NoteKind.NOTE, created=when),
    ]
    for i, n in enumerate(notes):  # one minute apart: time order is the order above
        n.created = n.updated = when + timedelta(minutes=i)
        store.notes.save(n)
    return store.sessions.find(code)


@pytest.fixture
def conference(store):
    return [add_session(store, *row, hour=1 + i % 2) for i, row in enumerate(SESSIONS)]


def ids(sessions):
    return [s.id for s in sessions]


def outline(reader):
    """[(title, page, depth)] of the PDF's bookmarks."""
    out = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((item.title, reader.get_destination_page_number(item) + 1, depth))
    walk(reader.outline, 0)
    return out


def test_pdf_has_a_bookmark_per_session_on_its_page_every_title_action_and_script(
        store, conference, tmp_path):
    path = tmp_path / "proceedings.pdf"
    result = export_proceedings(store, ids(conference), path, "pdf",
                                title="Asia LEDS Forum 2026")
    assert result.path == path and path.read_bytes().startswith(b"%PDF")
    reader = PdfReader(str(path))
    marks = outline(reader)
    top = [(t, p) for t, p, depth in marks if depth == 0]
    for s in conference:
        heading = f"Session {s.code}: {s.title}"
        assert [p for t, p in top if t == heading], (heading, top)
    session_pages = [p for t, p in top if t.startswith("Session ")]
    assert session_pages == sorted(session_pages) and len(set(session_pages)) == 4
    assert session_pages[0] > 2  # after the title page and the contents
    # the bookmark's page shows the session's title
    for s, page in zip(conference, session_pages):
        assert squeeze(s.title) in squeeze(reader.pages[page - 1].extract_text() or "") \
            or s.code in (reader.pages[page - 1].extract_text() or "")
    # sections sit under their session
    assert any(t == "Action items" and depth == 1 for t, _p, depth in marks)
    text = squeeze(pdf_text(path))
    assert squeeze("Asia LEDS Forum 2026") in text
    for s in conference:
        assert squeeze(s.title) in text
    for language, note in NOTES.items():  # every script prints as in a single report
        assert squeeze(note) in text, language
    for code, *_ in SESSIONS:
        assert squeeze(f"{code}: book the next room") in text
        assert squeeze(f"Owner {code}") in text
    assert "2027-01-10" in text
    # the contents name each session with the page its bookmark goes to
    contents = squeeze(reader.pages[1].extract_text() or "")
    assert "Contents" in contents
    for s, page in zip(conference, session_pages):
        assert squeeze(f"{s.code}") in contents and str(page) in contents


def test_digest_groups_key_messages_and_recommendations_by_track(store, conference, tmp_path):
    path = tmp_path / "p.md"
    export_proceedings(store, ids(conference), path, "md")
    md = path.read_text(encoding="utf-8")
    digest = md.split("## Key messages and recommendations by track", 1)[1].split(
        "## All action items", 1)[0]
    low, rest = digest.split("### Resilience")
    assert "### Low Carbon City" in low and "K1 recommends" in low and "J1 (" not in rest
    assert "TH1 recommends" in rest
    assert "### No track" in rest and rest.index("### No track") > rest.index("TH1 recommends")
    assert NOTES["Hindi"] in rest.split("### No track")[1]


def test_docx_and_markdown_carry_the_same_content(store, conference, tmp_path):
    docx_path, md_path = tmp_path / "p.docx", tmp_path / "p.md"
    export_proceedings(store, ids(conference), docx_path, "docx", title="Forum")
    export_proceedings(store, ids(conference), md_path, "md", title="Forum")
    with zipfile.ZipFile(docx_path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    import docx

    document = docx.Document(str(docx_path))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    words = squeeze(paragraphs + cells)
    md = squeeze(md_path.read_text(encoding="utf-8").replace("\\", ""))
    assert "TOC \\o" in xml  # Word's table of contents field
    headings1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    for s in conference:
        assert f"Session {s.code}: {s.title}" in headings1
        assert squeeze(s.title) in md
    for note in NOTES.values():
        assert squeeze(note) in words and squeeze(note) in md
    for code, *_ in SESSIONS:
        for text in (f"{code}: book the next room", f"Owner {code}", f"{code} recommends"):
            assert squeeze(text) in words and squeeze(text) in md
    assert "Forum" in headings1[0] or document.paragraphs[0].text == "Forum"


def test_choosing_sessions_by_day_track_tag_and_code(store, conference):
    codes = lambda found: [s.code for s in found]  # noqa: E731
    assert codes(select_sessions(store, day=date(2026, 12, 2))) == ["TH1", "H1"]
    assert codes(select_sessions(store, track=" low carbon  city")) == ["K1", "J1", "D3"]
    assert codes(select_sessions(store, tag="ENERGY")) == ["K1", "TH1"]
    assert codes(select_sessions(store, tag="energy", day=date(2026, 12, 1))) == ["K1"]
    assert codes(select_sessions(store, sessions=["H1", "k1"])) == ["H1", "K1"]
    with pytest.raises(ProceedingsError, match=r"^no session on 2031-01-01; nothing was written$"):
        select_sessions(store, day=date(2031, 1, 1))


def test_empty_selection_and_bad_destinations_are_refused_in_one_sentence(
        store, conference, data_dir, tmp_path, run_cli):
    code, out, err = run_cli("proceedings", "--track", "Nowhere", "-o", str(tmp_path / "x.pdf"),
                             data_dir=data_dir)
    assert code == 2 and out == ""
    assert err.strip() == ("sessionkit: error: no session in track 'Nowhere'; "
                           "nothing was written")
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(ProceedingsError, match="no session was chosen"):
        export_proceedings(store, [], tmp_path / "y.pdf")
    # into the data folder, over a folder, over a device: refused, nothing written
    before = sorted(p.name for p in data_dir.iterdir())
    for target in (data_dir / "p.pdf", tmp_path, Path("/dev/null")):
        code, out, err = run_cli("proceedings", "-o", str(target), data_dir=data_dir)
        assert code == 2 and "Traceback" not in err and err.count("\n") == 1, err
        assert "Refused" in err or "folder" in err
        code, out, err = run_cli("actions", "--all", "--format", "csv", "-o", str(target),
                                 data_dir=data_dir)
        assert code == 2 and "Traceback" not in err and err.count("\n") == 1, err
    assert sorted(p.name for p in data_dir.iterdir()) == before
    code, out, err = run_cli("proceedings", "--day", "1 Dec", "-o", str(tmp_path / "z.pdf"),
                             data_dir=data_dir)
    assert code == 2 and "--day wants a date as YYYY-MM-DD" in err


def test_cli_proceedings_by_day_in_korean_headings(data_dir, store, conference, tmp_path,
                                                    run_cli):
    target = tmp_path / "day1.pdf"
    code, out, err = run_cli("proceedings", "--day", "2026-12-01", "--language", "ko",
                             "-o", str(target), data_dir=data_dir)
    assert code == 0, err
    assert "(2 sessions)" in out
    reader = PdfReader(str(target))
    top = [t for t, _p, depth in outline(reader) if depth == 0]
    assert top[:2] == ["트랙별 핵심 메시지와 권고 사항", "전체 후속 조치"]
    assert len(top) == 4 and all("TH1" not in t for t in top)
    text = squeeze(pdf_text(target))
    assert squeeze("회의록") in text  # the default title in the report language


def _csv_rows(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel reads it as UTF-8
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_actions_csv_parses_back_with_owners_dates_and_status(store, conference, tmp_path):
    path, count = export_actions(store, ids(conference), tmp_path / "a.csv", "csv",
                                 today=date(2027, 1, 11))
    rows = _csv_rows(path)
    assert count == len(rows) == 8
    first = rows[0]
    assert first["Session"] == "K1" and first["Session title"] == "서울의 기후 협력 세션"
    assert first["Action"] == f"K1: send the slides to {NOTES['Korean']}"
    assert (first["Owner"], first["Due date"], first["Status"]) == ("Owner K1", "2027-01-10",
                                                                    "overdue")
    assert (rows[1]["Owner"], rows[1]["Due date"], rows[1]["Status"]) == ("", "", "open")
    assert NOTES["Thai"] in rows[4]["Action"]


def test_csv_formula_injection_is_defused(store, own_session, tmp_path):
    for text in ("=HYPERLINK(\"http://x\",\"click\")", "+1+1", "-2", "@SUM(A1)", "\tTAB"):
        store.notes.save(Note(own_session.id, text, NoteKind.ACTION, action_owner="=cmd|' /C calc'!A0"))
    path, count = export_actions(store, [own_session.id], tmp_path / "a.csv", "csv")
    rows = _csv_rows(path)
    assert sorted(r["Action"] for r in rows) == sorted(
        ["'=HYPERLINK(\"http://x\",\"click\")", "'+1+1", "'-2", "'@SUM(A1)", "'\tTAB"])
    assert {r["Owner"] for r in rows} == {"'=cmd|' /C calc'!A0"}


def test_actions_ics_has_one_vtodo_per_action_with_stable_uids(store, conference, tmp_path):
    path, count = export_actions(store, ids(conference[:2]), tmp_path / "a.ics", "ics")
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    todos = list(cal.walk("VTODO"))
    assert count == len(todos) == 4
    dated = [t for t in todos if t.get("due") is not None]
    assert len(dated) == 2
    assert {t.decoded("due") for t in dated} == {date(2027, 1, 10)}
    assert {str(t["contact"]) for t in dated} == {"Owner K1", "Owner J1"}
    assert all("Owner" in str(t["description"]) for t in dated)
    undated = [t for t in todos if t.get("due") is None]
    assert {str(t["summary"]) for t in undated} == {"K1: book the next room",
                                                     "J1: book the next room"}
    notes = {n.id for s in conference[:2] for n in store.notes.for_session(s.id)}
    uids = [str(t["uid"]) for t in todos]
    assert all(u.startswith("action-") and u.endswith("@sessionkit") for u in uids)
    assert {u[len("action-"):-len("@sessionkit")] for u in uids} <= notes
    again, _ = export_actions(store, ids(conference[:2]), tmp_path / "b.ics", "ics")
    assert [str(t["uid"]) for t in icalendar.Calendar.from_ical(again.read_bytes())
            .walk("VTODO")] == uids  # the same tasks when imported again


def test_cli_actions(data_dir, store, conference, own_session, tmp_path, run_cli):
    code, out, err = run_cli("actions", "--session", "K1", "TH1", "--format", "ics", "-o",
                             str(tmp_path / "a.ics"), data_dir=data_dir)
    assert code == 0, err
    assert "(4 action items)" in out
    code, out, err = run_cli("actions", "--format", "csv", "-o", str(tmp_path / "a.csv"),
                             data_dir=data_dir)
    assert code == 2 and "--session CODE (repeatable) or --all" in err
    code, out, err = run_cli("actions", "--session", own_session.code, "--format", "csv",
                             "-o", str(tmp_path / "none.csv"), data_dir=data_dir)
    assert code == 2
    assert err.strip() == ("sessionkit: error: session T1 has no action items; "
                           "nothing was written")
    assert not (tmp_path / "none.csv").exists()
    code, out, err = run_cli("actions", "--session", "NOPE", "--format", "csv",
                             "-o", str(tmp_path / "n.csv"), data_dir=data_dir)
    assert code == 2 and err.count("\n") == 1 and "NOPE" in err


def test_a_single_reports_bookmarks_go_to_their_own_pages(store, conference, tmp_path):
    from sessionkit.services.reports import export_report

    for n in range(60):  # enough notes for the later sections to reach later pages
        store.notes.save(Note(conference[0].id, f"note {n} " + "words " * 40, NoteKind.QUESTION))
    path = export_report(store, conference[0].id, tmp_path / "r.pdf").path
    marks = outline(PdfReader(str(path)))
    pages = [p for _t, p, _d in marks]
    assert pages == sorted(pages) and pages[-1] > 1, marks


def test_cancelling_the_proceedings_leaves_the_destination_as_it_was(store, conference,
                                                                     tmp_path):
    from sessionkit.services.proceedings import iter_proceedings
    from sessionkit.services.reports import ReportCancelled

    out = tmp_path / "out"
    out.mkdir()
    target = out / "p.pdf"
    target.write_bytes(b"the earlier file")
    job = iter_proceedings(store, ids(conference), target, "pdf")
    with pytest.raises(ReportCancelled):
        job.run(lambda done, total: done < 3)
    assert target.read_bytes() == b"the earlier file"
    assert sorted(p.name for p in out.iterdir()) == ["p.pdf"]  # no temp file left


def test_a_hostile_title_prints_as_typed(data_dir, store, conference, tmp_path, run_cli):
    title = '<img src="/etc/passwd"/> & <b>Forum</b>\x07'
    for fmt in ("pdf", "md", "docx"):
        target = tmp_path / f"t.{fmt}"
        code, out, err = run_cli("proceedings", "--session", "K1", "--title", title,
                                 "--format", fmt, "-o", str(target), data_dir=data_dir)
        assert code == 0, err
        assert "control character" in err  # the bell is printed as a placeholder, said once
    assert squeeze('<img src="/etc/passwd"/> & <b>Forum</b>') in squeeze(
        pdf_text(tmp_path / "t.pdf"))
    md = (tmp_path / "t.md").read_text(encoding="utf-8")
    assert md.startswith('# \\<img src="/etc/passwd"/> & \\<b>Forum\\</b>\ufffd\n')
    import docx

    assert docx.Document(str(tmp_path / "t.docx")).paragraphs[0].text.startswith(
        '<img src="/etc/passwd"/> & <b>Forum</b>')
