"""A report exported while the session still runs (the secretariat mid-session, the
rapporteur's draft): the current item is in progress and timed up to the export, and the
run chart's start and end labels never cross, however short the run."""

from __future__ import annotations

from datetime import timedelta

import pytest
from reportlab.graphics.shapes import Group, String

from sessionkit.report import model as m
from sessionkit.report.model import ReportOptions, build_report
from sessionkit.report.pictures import drawing
from sessionkit.services.clock import SessionClock
from sessionkit.services.reports import export_report


def section(report, key):
    return next(s for s in report.sections if s.key == key)


def facts(report) -> dict[str, str]:
    return dict(section(report, "metadata").blocks[0].items)


def agenda_rows(report) -> list[list[str]]:
    return section(report, "agenda").blocks[0].rows


def agenda_picture(report) -> m.Picture:
    return next(b for b in section(report, "pictures").blocks if b.key == "agenda")


def mid_session(store, session, fake, pause=False):
    """The opening skipped after a minute (05:00–05:01), the second item on for ten
    minutes (three of them paused, the pause still open when ``pause``)."""
    clock = SessionClock(store, session.id, now=fake)
    clock.start()
    fake.advance(minutes=1)
    clock.next()
    fake.advance(minutes=7)
    if pause:
        clock.pause()
    fake.advance(minutes=3)
    return clock


def test_the_current_item_is_in_progress_with_its_time_so_far(store, d3, fake):
    mid_session(store, d3, fake)
    report = build_report(store, d3.id, now=fake())
    assert facts(report)["Actual time"] == "05:00–05:11 (11 min so far)"
    rows = agenda_rows(report)
    opening, current, upcoming = rows[0], rows[1], rows[2]
    assert opening[4:6] == ["05:00–05:01", "1 min"]
    assert current[4] == "05:01–05:11\nin progress"
    assert current[5] == "10 min so far"
    assert current[6] == ""  # ten of fifteen planned minutes: not a difference yet
    assert upcoming[4:7] == ["", "", ""]
    assert rows[-1][5] == "11 min so far"  # the total
    picture = agenda_picture(report)
    text = "\n".join(picture.text)
    assert picture.text[0] == "The session started at 05:00 and was still running at 05:11."
    assert "2. Presentation: Naoki Mori: planned 15 min, in progress, 10 min so far" in text
    assert "not run" not in text.split("\n")[2]
    assert "3. " in text and "not run" in text  # the items still to come
    assert picture.data["end"] == "At export 05:11"
    marks = [t for s in _strings(drawing(picture, 480)) for t in [s.text] if "/" in t]
    assert marks == ["1/5 -4", "10/15"]  # the running item is not "-5" short yet


def test_the_speaker_on_stage_has_speaking_time_so_far(store, d3, fake):
    mid_session(store, d3, fake)
    report = build_report(store, d3.id, now=fake())
    blocks = section(report, "agenda").blocks
    speaking = {r[0]: r[1:] for r in blocks[blocks.index(next(
        b for b in blocks if isinstance(b, m.Subheading))) + 1].rows}
    assert speaking["Naoki Mori"] == ["15 min", "10 min so far", ""]  # not "-5 min"
    picture = next(b for b in section(report, "pictures").blocks if b.key == "speaking")
    assert "Naoki Mori: planned 15 min, in progress, 10 min so far" in picture.text


def test_an_open_pause_is_not_counted_so_far(store, d3, fake):
    mid_session(store, d3, fake, pause=True)
    current = agenda_rows(build_report(store, d3.id, now=fake()))[1]
    assert current[5] == "7 min so far"


def test_a_finished_run_still_reads_as_before(store, d3, fake):
    clock = mid_session(store, d3, fake)
    clock.finish()
    fake.advance(minutes=30)  # exported later: the run's times do not move
    report = build_report(store, d3.id, now=fake())
    assert facts(report)["Actual time"] == "05:00–05:11 (11 min)"
    assert agenda_rows(report)[1][4:6] == ["05:01–05:11", "10 min"]
    assert agenda_picture(report).text[0] == "The session ran from 05:00 to 05:11."


def test_a_clock_behind_the_run_never_gives_negative_time(store, d3, fake):
    mid_session(store, d3, fake)
    current = agenda_rows(build_report(store, d3.id, now=fake() - timedelta(hours=2)))[1]
    assert current[4] == "05:01–05:01\nin progress" and current[5] == "0 min so far"


def test_a_copy_from_the_room_while_it_runs_shows_the_item_in_progress(store, d3, fake):
    """The secretariat's store has the agenda's actual times from the room's package but
    no run of its own: the item started last and not ended is the one in progress."""
    agenda = store.load_bundle(d3.id).agenda
    t0 = fake()
    store.live.set_actual(agenda[0].id, t0, t0 + timedelta(minutes=1))
    store.live.set_actual(agenda[1].id, t0 + timedelta(minutes=1), None)
    assert store.live.get(d3.id).state == "idle"
    report = build_report(store, d3.id, now=t0 + timedelta(minutes=11))
    assert facts(report)["Actual time"] == "05:00–05:11 (11 min so far)"
    current = agenda_rows(report)[1]
    assert current[4:6] == ["05:01–05:11\nin progress", "10 min so far"]
    assert "2. Presentation: Naoki Mori: planned 15 min, in progress, 10 min so far" in \
        agenda_picture(report).text


def test_a_copy_with_an_item_left_open_before_others_is_not_in_progress(store, d3, fake):
    agenda = store.load_bundle(d3.id).agenda
    t0 = fake()
    store.live.set_actual(agenda[0].id, t0, None)  # an odd copy: later items ran after it
    store.live.set_actual(agenda[1].id, t0 + timedelta(minutes=1), t0 + timedelta(minutes=5))
    report = build_report(store, d3.id, now=t0 + timedelta(minutes=30))
    assert "in progress" not in "\n".join(report.all_text())
    assert facts(report)["Actual time"] == "05:00–05:05 (5 min)"  # as before this change


@pytest.mark.parametrize("lang,words", [
    ("ja", ["進行中", "現時点で 10分", "出力時 05:11"]),
    ("ko", ["진행 중", "현재까지 10분", "내보낸 시각 05:11"]),
    ("zh_CN", ["进行中", "目前 10 分钟", "导出时 05:11"]),
])
def test_the_in_progress_words_are_in_the_report_language(store, d3, fake, lang, words):
    mid_session(store, d3, fake)
    report = build_report(store, d3.id, ReportOptions(language=lang), now=fake())
    text = "\n".join(report.all_text()) + agenda_picture(report).data["end"]
    for w in words:
        assert w in text
    assert "so far" not in text and "in progress" not in text


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_the_exported_files_say_in_progress(store, d3, fake, tmp_path, monkeypatch, fmt):
    mid_session(store, d3, fake)
    monkeypatch.setattr(m, "utc_now", fake)  # the export reads the clock itself
    out = tmp_path / f"r.{fmt}"
    export_report(store, d3.id, out, fmt)
    if fmt == "md":
        text = out.read_text(encoding="utf-8")
    else:
        from docx import Document

        doc = Document(str(out))
        text = "\n".join([p.text for p in doc.paragraphs]
                         + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    assert "10 min so far" in text and "in progress" in text
    assert "05:00–05:11 (11 min so far)" in text
    assert "Naoki Mori: planned 15 min, in progress, 10 min so far" in text.replace("\\", "") \
        or fmt == "docx"  # the DOCX draws the chart as a picture: its text is the caption
    assert "Naoki Mori: planned 15 min, not run" not in text


def _strings(node):
    for s in node.contents:
        if isinstance(s, Group):
            yield from _strings(s)
        elif isinstance(s, String):
            yield s


def _run_labels(picture, width=480):
    """The chart's labels above the plot, as one left-to-right line of text, and whether
    any two of them overlap."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    strings = list(_strings(drawing(picture, width)))
    top = next(s.y for s in strings if s.text.startswith("Start"))
    row = sorted((s for s in strings if s.y == top), key=lambda s: s.x)
    spans = [(s.x, s.x + stringWidth(s.text, s.fontName, s.fontSize)) for s in row]
    overlap = any(a[1] > b[0] + 0.01 for a, b in zip(spans, spans[1:]))
    return "".join(s.text for s in row), overlap


@pytest.mark.parametrize("minutes", [1, 3, 8, 30, 95])
def test_the_run_labels_read_start_then_end_and_never_overlap(store, d3, fake, minutes):
    clock = SessionClock(store, d3.id, now=fake)
    clock.start()
    fake.advance(minutes=minutes)
    clock.finish()
    picture = agenda_picture(build_report(store, d3.id))
    start, end = picture.data["start"], picture.data["end"]
    line, overlap = _run_labels(picture)
    assert not overlap
    assert start in line and end in line
    assert line.index(start) < line.index(end)


def test_a_very_short_run_gets_one_combined_label(store, d3, fake):
    clock = SessionClock(store, d3.id, now=fake)
    clock.start()
    fake.advance(minutes=1)
    clock.finish()
    picture = agenda_picture(build_report(store, d3.id))
    line, _ = _run_labels(picture)
    assert line == "Start 05:00 · End 05:01"
