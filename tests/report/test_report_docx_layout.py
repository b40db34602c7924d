"""The DOCX report's tables: fixed column widths that keep names whole."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from sessionkit.domain.models import Person, Role, RoleKind
from sessionkit.report import model as m
from sessionkit.report.docx import column_widths
from sessionkit.services.reports import export_report

NAMES = {"Kim Sang-Kap": "김상갑", "Naoki Mori": "森直樹"}
LONG = Person(display_name="Nguyễn Thị Minh Khai", native_name="阮氏明開")


@pytest.fixture
def named_d3(store, d3):
    """D3 with names in their own script and a panel of three on the discussion."""
    bundle = store.load_bundle(d3.id)
    for p in bundle.people:
        if p.display_name in NAMES:
            p.native_name = NAMES[p.display_name]
            store.people.save(p)
    store.people.save(LONG)
    store.roles.replace_for_session(d3.id, list(bundle.roles) + [
        Role(LONG.id, RoleKind.SPEAKER, len(bundle.roles))])
    speakers = [p.id for p in store.load_bundle(d3.id).people_with_role(RoleKind.SPEAKER)]
    disc = next(i for i in bundle.agenda if i.kind.value == "discussion")
    disc.person_ids = speakers
    store.agenda.save(d3.id, disc)
    return d3


def test_agenda_people_are_one_per_line(store, named_d3):
    from sessionkit.report.model import build_report

    agenda = next(s for s in build_report(store, named_d3.id).sections if s.key == "agenda")
    row = next(r for r in agenda.blocks[0].rows if r[1] == "Discussion")
    assert row[2].split("\n") == ["Naoki Mori (森直樹)", "Kim Sang-Kap (김상갑)",
                                  "Nguyễn Thị Minh Khai (阮氏明開)"]


def test_docx_tables_have_fixed_widths_that_fill_the_page(store, named_d3, tmp_path):
    import docx

    out = tmp_path / "r.docx"
    export_report(store, named_d3.id, out, "docx")
    doc = docx.Document(str(out))
    sec = doc.sections[0]
    usable = sec.page_width - sec.left_margin - sec.right_margin
    for table in doc.tables:
        assert not table.autofit  # fixed layout: readers keep the widths
        grid = [c.width for c in table.columns]
        assert abs(sum(grid) - usable) <= 635 * len(grid)  # the text width, to a twip a column
        for row in table.rows:
            assert [c.width for c in row.cells] == grid  # every cell says its column's width
    people = doc.tables[0].columns[2].width
    assert people > usable * 2.3 / 10.8  # wider than its share: the longest name fits


def test_a_name_column_takes_room_from_the_others():
    usable = 6_000_000  # EMU, about 167 mm
    t = m.Table(["#", "Item", "People"],
                [["1", "A rather long agenda item title that can wrap anywhere it likes",
                  "Nguyễn Thị Minh Khai (阮氏明開)"]], [0.4, 6.0, 1.0], keep_whole=(2,))
    widths = column_widths(t, usable)
    assert sum(widths) <= usable
    assert widths[2] > usable * 1.0 / 7.4 * 2  # grown well past its relative share
    assert widths[1] < usable * 6.0 / 7.4  # the title column gave the room
    plain = m.Table(t.columns, t.rows, t.widths)  # no name column: the shares stay
    assert column_widths(plain, usable)[2] < widths[2]


@pytest.mark.slow
def test_names_are_not_broken_when_libreoffice_lays_out_the_docx(store, named_d3, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = tmp_path / "r.docx"
    export_report(store, named_d3.id, out, "docx", {"language": "ko"})
    proc = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"), str(out)],
        capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "lo" / "r.pdf"
    assert proc.returncode == 0 and pdf.exists(), proc.stderr
    lines = [" ".join(line.split()) for p in PdfReader(str(pdf)).pages
             for line in (p.extract_text() or "").splitlines()]
    text = "\n".join(lines)
    if "김상갑" not in text.replace(" ", ""):
        pytest.skip("no Korean font for LibreOffice on this machine")
    # a name starts on a line and ends on it: never "Kim Sang-Kap (김상" + "갑)"
    for native in ("김상갑", "森直樹", "阮氏明開"):
        started = [line for line in lines if f"({native[0]}" in line]
        assert started and all(f"({native})" in line for line in started), (native, text[:3000])
    longest = unicodedata.normalize("NFC", "Nguyễn Thị Minh Khai (阮氏明開)")
    started = [line for line in map(lambda x: unicodedata.normalize("NFC", x), lines)
               if "Nguy" in line]
    assert len(started) >= 3 and all(longest in line for line in started), text[:3000]
