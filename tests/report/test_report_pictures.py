"""The run in pictures: four drawings of Session D3's run (agenda planned against as run,
speaking time, envisaged outcomes, notes by kind over time), each with a text equivalent,
in the PDF (vector), the DOCX (PNG) and beside the Markdown (SVG files it links)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from datetime import timedelta

import pytest

from sessionkit.domain.models import Note, NoteKind, OutcomeStatus
from sessionkit.report import model as m
from sessionkit.report.model import ReportOptions, build_report
from sessionkit.services.clock import SessionClock
from sessionkit.services.reports import ReportError, export_report

# notes of every kind, in several scripts: (minutes after the start, kind, text, outcome no.)
NOTES = [
    (2, NoteKind.NOTE, "Welcome by the moderator", None),
    (9, NoteKind.KEY_MESSAGE, "都市間連携は脱炭素の近道である", 1),
    (12, NoteKind.QUOTE, "“Cities learn fastest from cities.”", None),
    (18, NoteKind.NOTE, "Kitakyushu–Surabaya: waste and energy", 1),
    (26, NoteKind.KEY_MESSAGE, "도시 간 협력에는 중개자가 필요하다", 2),
    (33, NoteKind.QUESTION, "谁为下一步提供资金？", 3),
    (41, NoteKind.RECOMMENDATION, "Fund brokers, not only projects", 2),
    (50, NoteKind.DECISION, "Pilot a city-pair register in 2026", 1),
    (58, NoteKind.ACTION, "Circulate the register draft", 1),
    (66, NoteKind.NOTE, "Hợp tác giữa các thành phố cần thời gian", None),
    (74, NoteKind.DECISION, "次回会合でレビューする", 3),
    (83, NoteKind.KEY_MESSAGE, "Finance follows trust", None),
]


def run_d3(store, d3, fake):
    """Session D3 run on the fake clock: the opening overruns, Mori's talk has a pause,
    the discussion is a panel with speaker changes, Q&A overruns, and the wrap-up is
    short; twelve notes of every kind come in Japanese, Korean, Chinese, Vietnamese and
    English, and the outcomes get statuses."""
    bundle = store.load_bundle(d3.id)
    mori, kim = (p.id for p in bundle.people_with_role(m.RoleKind.SPEAKER))
    disc = next(i for i in bundle.agenda if i.kind.value == "discussion")
    disc.person_ids = [mori, kim]
    store.agenda.save(d3.id, disc)
    t0 = fake()
    clock = SessionClock(store, d3.id, now=fake)
    clock.start()
    fake.advance(minutes=8)  # opening: 5 planned
    clock.next()
    fake.advance(minutes=6)  # Mori: 15 planned, 16 spoken plus a 3-minute pause
    clock.pause()
    fake.advance(minutes=3)
    clock.resume()
    fake.advance(minutes=10)
    clock.next()
    fake.advance(minutes=14)  # Kim
    clock.next()
    store.live.record_turn(d3.id, disc.id, mori, fake())  # the panel, speaker by speaker
    fake.advance(minutes=9)
    store.live.record_turn(d3.id, disc.id, kim, fake())
    fake.advance(minutes=14)
    store.live.record_turn(d3.id, disc.id, mori, fake())
    fake.advance(minutes=5)
    clock.next()
    fake.advance(minutes=27)  # Q&A: 20 planned
    clock.next()
    fake.advance(minutes=6)  # wrap-up: 10 planned
    clock.finish()
    outcomes = store.load_bundle(d3.id).outcomes
    for o, status in zip(outcomes, (OutcomeStatus.ACHIEVED, OutcomeStatus.PARTLY,
                                    OutcomeStatus.NOT_ACHIEVED)):
        o.status = status
    bundle = store.load_bundle(d3.id)
    bundle.outcomes = outcomes
    store.save_bundle(bundle)
    for minutes, kind, text, outcome in NOTES:
        note = Note(session_id=d3.id, text=text, kind=kind,
                    created=t0 + timedelta(minutes=minutes),
                    outcome_ids=[outcomes[outcome - 1].id] if outcome else [])
        store.notes.save(note)
    return store.load_bundle(d3.id)


def _pictures(report):
    return [b for s in report.sections if s.key == "pictures" for b in s.blocks]


def test_the_model_has_four_pictures_after_the_agenda(store, d3, fake):
    run_d3(store, d3, fake)
    report = build_report(store, d3.id)
    keys = [s.key for s in report.sections]
    assert keys.index("pictures") == keys.index("agenda") + 1
    pictures = _pictures(report)
    assert [p.key for p in pictures] == ["agenda", "speaking", "outcomes", "timeline"]
    agenda, speaking, outcomes, timeline = pictures
    text = "\n".join(agenda.text)
    assert "1. Opening: planned 5 min, actual 8 min (+3 min)" in text
    assert "2. Presentation: Naoki Mori: planned 15 min, actual 16 min (+1 min)" in text
    assert "6. Wrap-up: planned 10 min, actual 6 min (-4 min)" in text
    assert agenda.text[0].startswith("The session ran from ")
    # the panel's speaker changes count: Mori 16 + 9 + 5, Kim 14 + 14
    assert any(line.startswith("Naoki Mori") and "actual 30 min" in line
               for line in speaking.text)
    assert any(line.startswith("Kim Sang-Kap") and "actual 28 min" in line
               for line in speaking.text)
    assert outcomes.text[0].endswith(": Achieved, supporting notes: 4")
    assert "Key message: 3, at " in "\n".join(timeline.text)
    assert "Decision: 2, at " in "\n".join(timeline.text)


def test_sections_can_leave_the_pictures_out(store, d3, fake, tmp_path):
    run_d3(store, d3, fake)
    without = build_report(store, d3.id, ReportOptions(
        sections=frozenset(m.SECTION_KEYS) - {"pictures"}))
    assert "pictures" not in [s.key for s in without.sections]
    out = tmp_path / "r.md"
    export_report(store, d3.id, out, "md", ReportOptions(
        sections=frozenset(m.SECTION_KEYS) - {"pictures"}))
    assert "The run in pictures" not in out.read_text(encoding="utf-8")
    assert not (tmp_path / "r-pictures").exists()


needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs pdftotext")


@needs_poppler
@pytest.mark.parametrize("lang,title,labels", [
    ("en", "The run in pictures", ["Start 05:00", "End 06:42", "Overrun", "Partly achieved",
                                   "minutes from the start"]),
    ("ja", "図で見る進行", ["開始 05:00", "終了 06:42", "超過", "一部達成", "開始からの分数"]),
])
def test_the_pdf_prints_the_pictures_and_their_text(store, d3, fake, tmp_path, lang, title,
                                                    labels):
    run_d3(store, d3, fake)
    out = tmp_path / "r.pdf"
    export_report(store, d3.id, out, "pdf", ReportOptions(language=lang))
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert title in text
    report = build_report(store, d3.id, ReportOptions(language=lang))
    for picture in _pictures(report):
        assert picture.title in text
        for line in picture.text:  # the text equivalent, below each drawing
            assert " ".join(line.split()[:2]) in text
    for label in labels:  # drawn inside the pictures: legend, start and end, axis
        assert label in text
    assert "都市間連携は脱炭素の近道である" in text  # CJK notes and names still print


def test_the_markdown_links_svg_files_beside_it(store, d3, fake, tmp_path):
    run_d3(store, d3, fake)
    out = tmp_path / "report.md"
    export_report(store, d3.id, out, "md", ReportOptions(language="ja"))
    md = out.read_text(encoding="utf-8")
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", md)
    assert links == [f"report-pictures/{k}.svg"
                     for k in ("agenda", "speaking", "outcomes", "timeline")]
    for link in links:
        root = ET.parse(tmp_path / link).getroot()
        assert root.tag.endswith("svg")
    assert "- 1\\. Opening：予定 5分、実績 8分（+3分）" in md  # the text equivalent
    assert not list(tmp_path.glob("**/*.partial"))


def test_a_file_where_the_pictures_folder_goes_is_refused_and_nothing_written(
        store, d3, fake, tmp_path):
    run_d3(store, d3, fake)
    (tmp_path / "report-pictures").write_text("mine", encoding="utf-8")
    out = tmp_path / "report.md"
    with pytest.raises(ReportError, match="in the way"):
        export_report(store, d3.id, out, "md")
    assert not out.exists()
    assert (tmp_path / "report-pictures").read_text(encoding="utf-8") == "mine"
    assert not list(tmp_path.glob(".*partial"))


def test_the_pictures_folder_inside_the_data_folder_is_refused(store, d3, fake, data_dir):
    run_d3(store, d3, fake)
    with pytest.raises(ReportError, match="data folder"):
        export_report(store, d3.id, data_dir / "report.md", "md")
    assert not (data_dir / "report-pictures").exists()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_docx_has_four_images_with_their_alt_text(store, d3, fake, tmp_path, lang):
    run_d3(store, d3, fake)
    out = tmp_path / "r.docx"
    export_report(store, d3.id, out, "docx", ReportOptions(language=lang))
    with zipfile.ZipFile(out) as z:
        images = [n for n in z.namelist() if n.startswith("word/media/")]
        assert len(images) == 4
        assert all(z.read(n)[:8] == b"\x89PNG\r\n\x1a\n" for n in images)
        xml = z.read("word/document.xml").decode("utf-8")
    report = build_report(store, d3.id, ReportOptions(language=lang))
    for picture in _pictures(report):
        assert picture.title in xml
        assert picture.text[-1].replace("&", "&amp;") in xml


def test_the_pictures_are_greys_and_patterns_never_colour_alone(store, d3, fake):
    from reportlab.graphics.shapes import Group, Line

    from sessionkit.report.pictures import ACTUAL, PLANNED, drawing

    run_d3(store, d3, fake)
    pictures = _pictures(build_report(store, d3.id))

    def shapes(node):
        for s in node.contents:
            yield from shapes(s) if isinstance(s, Group) else [s]

    agenda = list(shapes(drawing(pictures[0], 480)))
    paints = [c for s in agenda for c in (getattr(s, "fillColor", None),
                                          getattr(s, "strokeColor", None)) if c is not None]
    assert all(round(c.red, 3) == round(c.green, 3) == round(c.blue, 3) for c in paints)
    # planned and actual two clearly different greys, and the overrun hatched
    assert abs(PLANNED.red - ACTUAL.red) > 0.25
    assert sum(isinstance(s, Line) for s in agenda) > 20


def test_a_pictures_folder_linked_into_the_data_folder_is_refused(store, d3, fake, tmp_path,
                                                                  data_dir):
    run_d3(store, d3, fake)
    (tmp_path / "report-pictures").symlink_to(data_dir)
    before = sorted(p.name for p in data_dir.iterdir())
    with pytest.raises(ReportError, match="data folder"):
        export_report(store, d3.id, tmp_path / "report.md", "md")
    assert sorted(p.name for p in data_dir.iterdir()) == before
    assert not (tmp_path / "report.md").exists()


def test_a_long_agenda_and_hostile_text_still_draw_in_every_format(tmp_path):
    """Sixty items (a drawing taller than a page) and an outcome reading like markup."""
    from datetime import datetime, timezone

    from sessionkit.domain.models import AgendaItem, ItemKind, Outcome, Session, SessionBundle
    from sessionkit.report.docx import render_docx
    from sessionkit.report.markdown import picture_files
    from sessionkit.report.model import build_report_from
    from sessionkit.report.pdf import render_pdf

    t = datetime(2026, 6, 3, 5, 0, tzinfo=timezone.utc)
    agenda = []
    for i in range(60):
        item = AgendaItem(f"Item {i + 1}", ItemKind.PRESENTATION, 5)
        item.actual_start, item.actual_end = t, t + timedelta(minutes=6)
        t = item.actual_end
        agenda.append(item)
    hostile = '<svg onload="x()"> & </desc> "quoted"'
    outcome = Outcome(hostile)
    outcome.status = OutcomeStatus.PARTLY
    session = Session(code="LONG", title="Sixty items")
    bundle = SessionBundle(session=session, agenda=agenda, outcomes=[outcome])
    notes = [Note(session_id=session.id, text="n", kind=NoteKind.DECISION,
                  created=agenda[10].actual_start, outcome_ids=[outcome.id])]
    report = build_report_from(bundle, notes, None)
    assert [p.key for p in _pictures(report)] == ["agenda", "outcomes", "timeline"]
    for _ in render_pdf(report, str(tmp_path / "r.pdf")):
        pass
    for _ in render_docx(report, tmp_path / "r.docx"):
        pass
    files = {path.stem: ET.fromstring(data)  # each still well-formed SVG
             for path, data in picture_files(report, tmp_path / "r.md")}
    assert sorted(files) == ["agenda", "outcomes", "timeline"]
    outcomes = files["outcomes"]
    drawn = "".join(el.text or "" for el in outcomes.iter() if el.tag.endswith("}text"))
    assert '1. <svg onload="x()"' in drawn  # printed as typed, in the drawing
    desc = next(el.text for el in outcomes.iter() if el.tag.endswith("}desc"))
    assert hostile in desc  # and whole in the description
    assert not [el for root in files.values() for el in root.iter() if "onload" in el.attrib]
    with zipfile.ZipFile(tmp_path / "r.docx") as z:
        xml = z.read("word/document.xml").decode("utf-8")
    heights = [int(cy) for cy in re.findall(r'<wp:extent cx="\d+" cy="(\d+)"', xml)]
    assert len(heights) == 3 and max(heights) <= 200 * 36000  # no image taller than 20 cm
