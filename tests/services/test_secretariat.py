"""The secretariat's overview (services/secretariat.py) over a conference: a schedule
imported, notes on a few sessions, reports exported; and the record of exports
(services/report_exports.py) against a hostile data folder."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from conftest import SCHEDULES
from sessionkit.domain.models import Note, NoteKind, OutcomeStatus
from sessionkit.services import notes as notes_service
from sessionkit.services import report_exports
from sessionkit.services.importing import import_schedule
from sessionkit.services.secretariat import days, has_status, overview, select, tracks

T = datetime(2026, 11, 18, 5, 0, tzinfo=timezone.utc)


def _note(store, sid, text, kind=NoteKind.NOTE, at=T, device="laptop-A", **extra):
    n = Note(session_id=sid, text=text, kind=kind, created=at, device=device, **extra)
    store.notes.save(n)
    return n


@pytest.fixture
def conference(store):
    """The pretalx demo schedule (36 sessions over three days, two tracks) plus the
    bundled D3; notes on three sessions."""
    import_schedule(store, SCHEDULES / "pretalx-democon.json")
    s = {code: store.sessions.find(code) for code in ("G9JGWY", "VBTHYJ", "H8QBBM", "D3")}
    a, b = s["G9JGWY"].id, s["VBTHYJ"].id
    _note(store, a, "Cities pair up through brokers", NoteKind.KEY_MESSAGE)
    _note(store, a, "Funding comes last", NoteKind.KEY_MESSAGE, at=T + timedelta(minutes=1))
    _note(store, a, "Send the slides", NoteKind.ACTION, at=T + timedelta(minutes=2),
          action_owner="Mori", action_due=date(2026, 12, 1))
    _note(store, a, "Write the brief", NoteKind.ACTION, at=T + timedelta(minutes=3),
          action_owner="Kim")  # no due date
    _note(store, a, "Ask the city", NoteKind.ACTION, at=T + timedelta(minutes=4),
          action_owner="\u3000", action_due=date(2026, 12, 2))  # an ideographic space only
    binned = _note(store, a, "A typo", at=T + timedelta(minutes=5))
    store.notes.save(replace(binned, deleted_at=T + timedelta(minutes=30)))
    # B: the latest note came from another laptop, stamped in Seoul time (+09:00): its
    # text sorts before A's last change, its instant after it
    seoul = timezone(timedelta(hours=9))
    _note(store, b, "Early note", at=T, device="laptop-A")
    _note(store, b, "From the hall", at=datetime(2026, 11, 18, 14, 40, tzinfo=seoul),
          device="laptop-B")
    _note(store, b, "Binned action", NoteKind.ACTION, at=T,
          deleted_at=T + timedelta(minutes=1))  # a binned action counts nowhere
    # outcomes: D3 has three (open); one achieved, one partly
    outcomes = store.outcomes.for_session(s["D3"].id)
    store.outcomes.set_status(outcomes[0].id, OutcomeStatus.ACHIEVED)
    store.outcomes.set_status(outcomes[1].id, OutcomeStatus.PARTLY)
    return s


def _row(rows, code):
    return next(r for r in rows if r.code == code)


def test_every_session_once_sorted_by_start_with_its_schedule(store, conference):
    rows = overview(store)
    assert len(rows) == 37
    assert [r.code for r in rows[:3]] == ["G9JGWY", "VBTHYJ", "3NEFSQ"]
    assert rows[-1].code == "D3"  # not scheduled: last
    first = rows[0]
    assert (first.day, first.time, first.room, first.track, first.title) == (
        "2020-12-14", "08:00", "Gray Room", "Phased", "Focused 5thgeneration hardware")
    assert (rows[-1].day, rows[-1].time) == ("", "")
    assert days(rows) == ["2020-12-14", "2020-12-15", "2020-12-16"]
    assert tracks(rows) == ["Horizontal", "Low Carbon City", "Phased"]


def test_figures_per_session(store, conference):
    rows = overview(store)
    a = _row(rows, "G9JGWY")
    assert (a.notes, a.key_messages, a.actions) == (5, 2, 3)  # the binned note left out
    # "Write the brief" has no due date; "Ask the city" has only a space as its owner
    assert a.actions_incomplete == 2
    assert a.last_update == T + timedelta(minutes=30)  # binning counts as a change
    assert a.last_device == "laptop-A" and not a.last_device_is_here
    b = _row(rows, "VBTHYJ")
    assert (b.notes, b.actions, b.actions_incomplete) == (2, 0, 0)
    assert b.last_update == datetime(2026, 11, 18, 5, 40, tzinfo=timezone.utc)
    assert b.last_device == "laptop-B"
    quiet = _row(rows, "H8QBBM")
    assert (quiet.notes, quiet.last_update, quiet.last_device) == (0, None, "")
    assert quiet.outcomes_total == 0 and quiet.outcomes_text() == "no outcomes"
    d3 = _row(rows, "D3")
    assert (d3.outcomes_total, d3.outcomes_achieved, d3.outcomes_partly,
            d3.outcomes_open) == (3, 1, 1, 1)
    assert d3.outcomes_text() == "1/3 achieved, 1 open"


def test_a_note_taken_here_says_this_computer(store, conference):
    notes_service.add_note(store, conference["H8QBBM"].id, "typed on this laptop")
    row = _row(overview(store), "H8QBBM")
    assert row.last_device == notes_service.device_name() and row.last_device_is_here


def test_report_export_is_recorded_and_goes_out_of_date(store, conference, tmp_path,
                                                         data_dir):
    from sessionkit.services.reports import export_report, preview_pdf

    a = conference["G9JGWY"].id
    assert _row(overview(store), "G9JGWY").report_exported_at is None
    preview_pdf(store, a)  # a preview is not an export
    assert _row(overview(store), "G9JGWY").report_exported_at is None
    before = datetime.now(timezone.utc)
    export_report(store, a, tmp_path / "a.md", fmt="md")
    row = _row(overview(store), "G9JGWY")
    assert before <= row.report_exported_at <= datetime.now(timezone.utc)
    assert row.report_format == "md"
    assert not row.report_outdated and not has_status(row, "report_not_exported")
    assert (data_dir / "report-exports.json").is_file()
    # a note added afterwards: the file exported is behind
    notes_service.add_note(store, a, "one more thing")
    row = _row(overview(store), "G9JGWY")
    assert row.report_outdated and has_status(row, "report_not_exported")
    assert row.as_dict()["report_outdated"] is True
    # the other sessions are still not exported
    assert _row(overview(store), "VBTHYJ").report_exported_at is None


def test_filters(store, conference):
    rows = overview(store)
    assert [r.code for r in select(rows, day="2020-12-16", track="Phased")][:3] == [
        "9FNRXK", "RHWPH8", "EKLJTK"]
    assert len(select(rows, day="2020-12-16")) == 12
    assert [r.code for r in select(rows, status="actions_incomplete")] == ["G9JGWY"]
    assert [r.code for r in select(rows, status="outcomes_open")] == ["D3"]
    assert len(select(rows, status="report_not_exported")) == 37
    # "Quality-focused" too: any part of a word
    assert [r.code for r in select(rows, text="gray FOCUSED")] == ["G9JGWY", "3NEFSQ", "VZAGQK"]
    assert [r.code for r in select(rows, text="carbon", track="Low Carbon City")] == ["D3"]
    assert select(rows, track="") == []  # every session here has a track
    with pytest.raises(ValueError, match="unknown status 'late'"):
        select(rows, status="late")


def test_figures_take_few_queries_for_many_sessions(store):
    """200 sessions: the figures come from a fixed number of statements, not one per
    session (the window refreshes them every few seconds)."""
    from sessionkit.domain.models import Outcome, Session

    with store.atomic():
        for i in range(200):
            session = Session(code=f"S{i:03}", title=f"Session {i}", track=f"T{i % 7}")
            store.sessions.save(session)
            store.outcomes.save(session.id, Outcome(f"Outcome of {i}"))
            for k in range(10):
                _note(store, session.id, f"note {k}", at=T + timedelta(minutes=k),
                      kind=NoteKind.ACTION if k == 3 else NoteKind.NOTE)
    statements = []
    store._db.conn.set_trace_callback(statements.append)
    try:
        rows = overview(store)
    finally:
        store._db.conn.set_trace_callback(None)
    assert len(rows) == 201
    assert sum(r.notes for r in rows) == 2_000
    assert sum(r.actions_incomplete for r in rows) == 200
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 6


# -- the record of exports, against what a data folder may hold --------------------------------

def test_a_damaged_record_counts_as_nothing_exported(store, conference, data_dir, caplog):
    path = data_dir / "report-exports.json"
    for content in (b"\xff\xfe not json", b"[1, 2]", b'{"sessions": []}', b"{" * 100000):
        path.write_bytes(content)
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            rows = overview(store)
        assert all(r.report_exported_at is None for r in rows)
        assert len(caplog.records) == 1 and "ignored" in caplog.records[0].getMessage()
    # entries of the wrong shape are skipped, good ones kept
    a = conference["G9JGWY"].id
    path.write_text(json.dumps({"sessions": {
        a: {"at": "2026-11-18T06:00:00+00:00", "format": "pdf"},
        conference["VBTHYJ"].id: {"at": "yesterday"}, "x": 3}}), encoding="utf-8")
    rows = overview(store)
    assert _row(rows, "G9JGWY").report_exported_at == datetime(2026, 11, 18, 6, 0,
                                                               tzinfo=timezone.utc)
    assert _row(rows, "VBTHYJ").report_exported_at is None
    # a damaged file is replaced by a good one at the next export
    path.write_bytes(b"garbage")
    report_exports.record(data_dir, a, "docx")
    assert report_exports.load(data_dir)[a].format == "docx"


def test_a_folder_in_place_of_the_record_never_fails_an_export(store, conference, data_dir,
                                                               tmp_path, caplog):
    from sessionkit.services.reports import export_report

    (data_dir / "report-exports.json").mkdir()
    with caplog.at_level(logging.WARNING):
        result = export_report(store, conference["G9JGWY"].id, tmp_path / "a.md", fmt="md")
    assert result.path.is_file()  # the report is written
    assert any("report export not recorded" in r.getMessage() for r in caplog.records)
    assert _row(overview(store), "G9JGWY").report_exported_at is None
    assert not list(data_dir.glob(".report-exports.json.*"))  # no temp file left behind


def test_order_follows_the_times_shown_in_each_sessions_zone(store, conference):
    """A session entered in another zone sorts by the day and time the table shows."""
    from zoneinfo import ZoneInfo

    from sessionkit.services.session_admin import new_session

    s = store.sessions.get(new_session(store, "K1", "Seoul side event"))
    # 09:15 in Seoul is 00:15 UTC, before every other session's 08:00 UTC
    s.start, s.timezone = datetime(2020, 12, 14, 9, 15, tzinfo=ZoneInfo("Asia/Seoul")), \
        "Asia/Seoul"
    store.sessions.save(s)
    rows = overview(store)
    k1 = _row(rows, "K1")
    assert (k1.day, k1.time) == ("2020-12-14", "09:15")
    assert [r.code for r in rows[:5]] == ["G9JGWY", "VBTHYJ", "3NEFSQ", "SCYPFZ", "K1"]


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="POSIX named pipes")
def test_a_named_pipe_in_place_of_the_record_does_not_hang(store, conference, data_dir,
                                                            caplog):
    import os

    os.mkfifo(data_dir / "report-exports.json")
    with caplog.at_level(logging.WARNING):
        rows = overview(store)  # returns at once: the pipe is not read
    assert all(r.report_exported_at is None for r in rows)
    assert "it is not a regular file" in caplog.records[0].getMessage()
