"""The report model: which facts go in which section, in which order."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from sessionkit.domain.models import Note, NoteKind
from sessionkit.report import model as m
from sessionkit.report.model import ReportOptions, build_report
from sessionkit.report.sample import populate_demo


def section(report, key):
    found = [s for s in report.sections if s.key == key]
    return found[0] if found else None


def texts(sec) -> str:
    return "\n".join(t for b in sec.blocks for t in m.block_texts(b))


def test_bare_d3_has_only_the_sections_it_can_fill(store, d3):
    report = build_report(store, d3.id)
    assert [s.key for s in report.sections] == ["metadata", "speakers", "outcomes", "agenda"]
    facts = dict(report.sections[0].blocks[0].items)
    assert facts["Code"] == "D3"
    assert facts["Room"] == "Book Seminar Room, Design Lab"
    assert facts["Room note"].startswith("Please note this session")
    assert facts["Document"] == "PDF description, as of 7th April 2015"
    assert facts["Planned time"] == "90 min (agenda)"
    assert "Actual time" not in facts and "Date" not in facts  # nothing invented
    assert report.keywords == ["Low Carbon City", "D3"]


def test_demo_fills_every_section_in_order(store, d3):
    populate_demo(store, d3.id)
    report = build_report(store, d3.id)
    assert [s.key for s in report.sections] == list(m.SECTION_KEYS)


def _note(store, d3, text, kind=NoteKind.NOTE, minutes=0, **kw):
    n = Note(session_id=d3.id, text=text, kind=kind,
             created=datetime(2026, 4, 8, 5, 0, tzinfo=timezone.utc) + timedelta(minutes=minutes),
             **kw)
    store.notes.save(n)
    return n


def test_notes_go_to_the_sections_of_their_kind(store, d3):
    bundle = store.load_bundle(d3.id)
    mori_talk = next(i for i in bundle.agenda if "Mori" in i.title)
    qa = next(i for i in bundle.agenda if i.kind.value == "qa")
    _note(store, d3, "talk note", agenda_item_id=mori_talk.id, minutes=1)
    _note(store, d3, "qa note", agenda_item_id=qa.id, minutes=2)
    _note(store, d3, "a question", NoteKind.QUESTION, minutes=3)
    _note(store, d3, "the decision", NoteKind.DECISION, minutes=4)
    _note(store, d3, "the recommendation", NoteKind.RECOMMENDATION, minutes=5)
    _note(store, d3, "the key message", NoteKind.KEY_MESSAGE, minutes=6,
          outcome_ids=[bundle.outcomes[1].id])
    _note(store, d3, "do it", NoteKind.ACTION, minutes=7, action_owner="Kim")
    _note(store, d3, "loose note", minutes=8)
    report = build_report(store, d3.id)
    pres = texts(section(report, "presentations"))
    assert "Naoki Mori" in pres and "talk note" in pres and "qa note" not in pres
    disc = texts(section(report, "discussion"))
    assert "qa note" in disc and "a question" in disc and "talk note" not in disc
    assert "the decision" in texts(section(report, "decisions"))
    assert "the recommendation" in texts(section(report, "recommendations"))
    assert "the key message" in texts(section(report, "key_messages"))
    outcomes = texts(section(report, "outcomes"))
    assert "the key message" in outcomes and "supports outcome 2" in outcomes
    table = section(report, "actions").blocks[0]
    assert table.columns[:4] == ["#", "Action", "Owner", "Due"]
    assert table.rows[0][1:3] == ["do it", "Kim"]
    annex = section(report, "annex").blocks[0].notes
    assert [n.text for n in annex] == ["talk note", "qa note", "a question", "the decision",
                                       "the recommendation", "the key message", "do it",
                                       "loose note"]
    for key in ("presentations", "discussion", "decisions", "recommendations",
                "key_messages", "actions"):
        assert "loose note" not in texts(section(report, key))


def test_speaking_time_comes_from_the_agenda_items_a_speaker_is_on(store, d3):
    bundle = store.load_bundle(d3.id)
    t = datetime(2026, 4, 8, 5, 0, tzinfo=timezone.utc)
    mori = next(i for i in bundle.agenda if "Mori" in i.title)
    mori.actual_start, mori.actual_end = t, t + timedelta(minutes=21, seconds=40)
    store.agenda.save(d3.id, mori)
    report = build_report(store, d3.id)
    agenda = section(report, "agenda")
    speaking = agenda.blocks[-2]  # the table, then the line saying how it was computed
    assert speaking.columns == ["Speaker", "Planned", "Actual", "Difference"]
    assert agenda.blocks[-1].text.startswith("Items shared by several people are split evenly")
    rows = {r[0]: r[1:] for r in speaking.rows}
    assert rows["Naoki Mori"] == ["15 min", "22 min", "+7 min"]
    assert rows["Kim Sang-Kap"] == ["15 min", "", ""]  # not run yet: no actual time invented


def test_options_pick_sections_and_annex(store, d3):
    populate_demo(store, d3.id)
    report = build_report(store, d3.id, ReportOptions(include_annex=False))
    assert "annex" not in [s.key for s in report.sections]
    report = build_report(store, d3.id, ReportOptions(sections={"actions", "speakers"}))
    assert [s.key for s in report.sections] == ["speakers", "actions"]
    with pytest.raises(ValueError):
        ReportOptions(paper="A3")
    assert ReportOptions(paper="letter").paper == "Letter"


def test_control_characters_are_replaced_and_warned(store, d3):
    _note(store, d3, "bell\x07 here\r\nnext line")
    report = build_report(store, d3.id)
    annex = section(report, "annex").blocks[0].notes
    assert annex[0].text == "bell\ufffd here\nnext line"
    assert report.warnings and "control character" in report.warnings[0]


def test_times_use_the_session_time_zone(store, d3):
    d3.timezone = "Asia/Tokyo"
    store.sessions.save(d3)
    _note(store, d3, "tokyo time")
    report = build_report(store, d3.id)
    assert section(report, "annex").blocks[0].notes[0].time == "14:00"
    assert dict(report.sections[0].blocks[0].items)["Times"] == "in Asia/Tokyo"
