"""`sessionkit report` options: --paper, --sections, --no-annex."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from sessionkit import cli
from sessionkit.services.notes import add_note

ANNEX = "Annex: all notes in time order"


@pytest.fixture
def noted(store, d3):
    add_note(store, d3.id, "We agreed to publish the slides", kind="decision")
    add_note(store, d3.id, "Room is full, about 40 people")
    return d3


def report(data_dir, *args):
    return cli.main(["--data-dir", str(data_dir), "report", "--session", "D3", *args])


def test_letter_paper_gives_a_letter_mediabox(data_dir, noted, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    assert report(data_dir, "--paper", "letter", "-o", str(out)) == 0
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    a4 = tmp_path / "a4.pdf"
    assert report(data_dir, "-o", str(a4)) == 0  # the default stays A4
    box = PdfReader(str(a4)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_no_annex_drops_the_annex_heading(data_dir, noted, tmp_path, capsys):
    full, short = tmp_path / "full.md", tmp_path / "short.md"
    assert report(data_dir, "--format", "md", "-o", str(full)) == 0
    assert report(data_dir, "--format", "md", "--no-annex", "-o", str(short)) == 0
    assert f"## {ANNEX}" in full.read_text(encoding="utf-8")
    text = short.read_text(encoding="utf-8")
    assert ANNEX not in text
    assert "## Decisions" in text and "We agreed to publish the slides" in text


def test_sections_picks_only_those(data_dir, noted, tmp_path, capsys):
    out = tmp_path / "r.md"
    assert report(data_dir, "--format", "md", "--sections", "summary, decisions",
                  "-o", str(out)) == 0
    headings = [line for line in out.read_text(encoding="utf-8").splitlines()
                if line.startswith("## ")]
    assert headings == ["## Decisions"]  # the summary is empty, so it is left out


def test_unknown_section_is_one_line_and_exit_2(data_dir, noted, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    out.write_bytes(b"previous")
    assert report(data_dir, "--sections", "summary,bogus", "-o", str(out)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "bogus" in err[0] and "key_messages" in err[0] and "annex" in err[0]
    assert out.read_bytes() == b"previous"


@pytest.mark.slow
def test_unknown_section_through_the_real_entry_point(data_dir, noted, tmp_path):
    from conftest import run_cli

    r = run_cli("report", "--session", "D3", "--sections", "bogus", "-o",
                str(tmp_path / "r.pdf"), data_dir=data_dir)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "bogus" in lines[0] and "metadata" in lines[0]
    assert not (tmp_path / "r.pdf").exists()
