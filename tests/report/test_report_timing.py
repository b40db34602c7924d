"""The report's times: speaking time, pauses, the run's date, times at the calendar's edge."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from sessionkit.domain.models import Note, NoteKind
from sessionkit.domain.timing import actual_duration, actual_minutes
from sessionkit.report import model as m
from sessionkit.report.model import ReportOptions, build_report
from sessionkit.services.clock import SessionClock
from sessionkit.services.reports import export_report

SEOUL = ZoneInfo("Asia/Seoul")


def section(report, key):
    return next(s for s in report.sections if s.key == key)


def facts(report) -> dict[str, str]:
    return dict(section(report, "metadata").blocks[0].items)


def agenda_table(report) -> dict[str, list[str]]:
    table = section(report, "agenda").blocks[0]
    return {row[1]: row for row in table.rows}


def speaking(report):
    blocks = section(report, "agenda").blocks
    i = next(k for k, b in enumerate(blocks) if isinstance(b, m.Table) and k > 0)
    return {r[0]: r[1:] for r in blocks[i].rows}, blocks[i + 1]


def play(store, own_session, fake, shared_discussion=True):
    """Run the test session on the clock: Opening 5, Mori 16 with a 3-minute pause (13 spoken),
    Kim 12, Discussion 40 with both speakers on it, then finish."""
    bundle = store.load_bundle(own_session.id)
    mori, kim = (p.id for p in bundle.people_with_role(m.RoleKind.SPEAKER))
    if shared_discussion:
        disc = next(i for i in bundle.agenda if i.kind.value == "discussion")
        disc.person_ids = [mori, kim]
        store.agenda.save(own_session.id, disc)
    clock = SessionClock(store, own_session.id, now=fake)
    clock.start()
    fake.advance(minutes=5)
    clock.next()  # Mori
    fake.advance(minutes=6)
    clock.pause()
    fake.advance(minutes=3)
    clock.resume()
    fake.advance(minutes=7)
    clock.next()  # Kim
    fake.advance(minutes=12)
    clock.next()  # Discussion
    fake.advance(minutes=40)
    clock.finish()
    return clock


# -- one rule for an item's actual duration ----------------------------------------------

def test_actual_duration_rule():
    t = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)
    assert actual_duration(t, t + timedelta(minutes=16), 180) == timedelta(minutes=13)
    assert actual_duration(t, None) is None and actual_duration(None, t) is None
    assert actual_duration(t, t - timedelta(minutes=1)) is None  # end before start
    assert actual_duration(t, t + timedelta(minutes=1), 600) == timedelta(0)  # never negative
    assert actual_minutes(t, t + timedelta(minutes=21, seconds=30)) == 22
    assert actual_minutes(t, t + timedelta(minutes=21, seconds=29)) == 21


def test_a_paused_item_shows_the_same_minutes_on_the_clock_and_in_the_report(store, own_session,
                                                                             fake):
    own_session.timezone = "Asia/Tokyo"
    store.sessions.save(own_session)
    clock = play(store, own_session, fake)
    on_clock = next(t for t in clock.snapshot().items if "Mori" in t.item.title)
    assert on_clock.elapsed == 13 * 60  # 16 minutes on the wall, 3 of them paused
    row = agenda_table(build_report(store, own_session.id))["Presentation: Naoki Mori"]
    assert row[3:] == ["15 min", "14:05–14:21", "13 min", "-2 min"]


# -- speaking time ---------------------------------------------------------------------------

def test_speaking_time_splits_a_shared_item_between_its_people(store, own_session, fake):
    play(store, own_session, fake)
    rows, note = speaking(build_report(store, own_session.id))
    # Discussion: 25 planned, 40 run, two people: 12.5 / 20 each (not 25 / 40 each)
    assert rows["Naoki Mori"] == ["28 min", "33 min", "+5 min"]  # 15 + 12.5; 13 + 20
    assert rows["Kim Sang-Kap"] == ["28 min", "32 min", "+4 min"]  # 15 + 12.5; 12 + 20
    assert isinstance(note, m.Para)
    assert note.text == ("Items shared by several people are split evenly between them; "
                         "pauses are not counted.")


@pytest.mark.parametrize("lang, words", [("ko", "균등"), ("ja", "按分"), ("zh_CN", "平均")])
def test_speaking_time_note_is_in_the_report_language(store, own_session, fake, lang, words):
    play(store, own_session, fake)
    _, note = speaking(build_report(store, own_session.id, ReportOptions(language=lang)))
    assert words in note.text


def test_speaking_time_note_is_printed_in_every_format(store, own_session, fake, tmp_path):
    play(store, own_session, fake)
    export_report(store, own_session.id, tmp_path / "r.md", "md")
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "split evenly between them; pauses are not counted" in md
    export_report(store, own_session.id, tmp_path / "r.docx", "docx")
    from docx import Document

    paras = [p.text for p in Document(str(tmp_path / "r.docx")).paragraphs]
    assert any("split evenly between them" in p for p in paras)
    export_report(store, own_session.id, tmp_path / "r.pdf", "pdf")
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "r.pdf")).pages)
    assert "split evenly" in " ".join(text.split())


# -- planned date vs the day it ran ----------------------------------------------------------

def _plan_for_18_november(store, own_session):
    own_session.timezone = "Asia/Seoul"
    own_session.start = datetime(2026, 11, 18, 14, 30, tzinfo=SEOUL)
    own_session.end = datetime(2026, 11, 18, 16, 0, tzinfo=SEOUL)
    store.sessions.save(own_session)


def test_a_run_on_another_day_shows_both_dates(store, own_session, fake):
    _plan_for_18_november(store, own_session)
    fake.t = datetime(2026, 12, 1, 15, 7, tzinfo=SEOUL)
    play(store, own_session, fake)
    f = facts(build_report(store, own_session.id))
    assert f["Date"] == "Planned: 18 Nov 2026 14:30 · Run: 1 Dec 2026 15:07"
    assert f["Planned time"] == "18 Nov 2026 14:30–16:00 (90 min)"
    assert f["Actual time"] == "1 Dec 2026 15:07–16:20 (73 min)"
    ko = facts(build_report(store, own_session.id, ReportOptions(language="ko")))
    assert ko["날짜"] == "예정: 2026년 11월 18일 14:30 · 진행: 2026년 12월 1일 15:07"
    ja = facts(build_report(store, own_session.id, ReportOptions(language="ja")))
    assert ja["日付"] == "予定：2026年11月18日 14:30 · 実施：2026年12月1日 15:07"
    zh = facts(build_report(store, own_session.id, ReportOptions(language="zh_CN")))
    assert zh["日期"] == "计划：2026年11月18日 14:30 · 实际举行：2026年12月1日 15:07"


def test_a_run_on_the_planned_day_keeps_the_one_long_date(store, own_session, fake):
    _plan_for_18_november(store, own_session)
    fake.t = datetime(2026, 11, 18, 14, 35, tzinfo=SEOUL)
    play(store, own_session, fake)
    f = facts(build_report(store, own_session.id))
    assert f["Date"] == "Wednesday 18 November 2026"
    assert f["Planned time"] == "14:30–16:00 (90 min)"
    assert f["Actual time"] == "14:35–15:48 (73 min)"


# -- a time at the edge of the calendar, stored by an older version ---------------------------

@pytest.mark.parametrize("zone, stored, shown, ordinary", [
    ("Asia/Seoul", "9999-12-31T23:00:00+00:00", "9999-12-31 23:00 UTC", "2026-11-18 14:40"),
    ("America/New_York", "0001-01-01T01:00:00+00:00", "0001-01-01 01:00 UTC",
     "2026-11-18 00:40"),
])
def test_a_note_stored_at_the_calendars_edge_does_not_break_the_report(
        store, own_session, tmp_path, zone, stored, shown, ordinary):
    own_session.timezone = zone
    store.sessions.save(own_session)
    ok = Note(session_id=own_session.id, text="an ordinary note",
              created=datetime(2026, 11, 18, 5, 40, tzinfo=timezone.utc))
    bad = Note(session_id=own_session.id, text="a note from the far future", kind=NoteKind.DECISION,
               created=datetime(2026, 11, 18, 5, 41, tzinfo=timezone.utc))
    store.notes.save(ok)
    store.notes.save(bad)
    # as an older version wrote it, whatever the input checks of today would allow
    store._db.execute("UPDATE notes SET created = ?, updated = ? WHERE id = ?",
                     [stored, stored, bad.id])
    store._db.conn.commit()
    report = build_report(store, own_session.id)
    annex = {n.text: n.time for n in section(report, "annex").blocks[0].notes}
    assert annex["a note from the far future"] == shown  # as stored, and says it is UTC
    assert annex["an ordinary note"] == ordinary  # the session's zone, dated: two days
    for fmt in ("pdf", "docx", "md"):
        result = export_report(store, own_session.id, tmp_path / f"far.{fmt}", fmt)
        assert result.path.stat().st_size > 0
    md = (tmp_path / "far.md").read_text(encoding="utf-8")
    assert shown in md and "a note from the far future" in md
