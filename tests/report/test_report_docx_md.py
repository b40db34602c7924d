"""DOCX and Markdown carry the same sections and facts as the PDF."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader

from sessionkit.report.model import ReportOptions, build_report
from sessionkit.report.sample import populate_demo
from sessionkit.services.notes import add_note
from sessionkit.services.reports import export_report

from test_report_pdf import HOSTILE, SCRIPT_NOTES, SEED_FACTS, flat


@pytest.fixture
def busy_d3(store, d3):
    populate_demo(store, d3.id)
    for text in SCRIPT_NOTES + HOSTILE:
        add_note(store, d3.id, text)
    return d3


def docx_headings(path):
    import docx

    doc = docx.Document(str(path))
    return [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]


def docx_text(path) -> str:
    import docx

    doc = docx.Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    parts.extend(p.text for p in doc.sections[0].header.paragraphs)
    return "\n".join(parts)


def test_docx_has_the_same_sections_and_facts(store, busy_d3, tmp_path):
    report = build_report(store, busy_d3.id)
    out = tmp_path / "r.docx"
    export_report(store, busy_d3.id, out, "docx")
    heads = docx_headings(out)
    assert [t for s, t in heads if s == "Heading 1"] == [s.title for s in report.sections]
    assert ("Title", report.heading) in heads
    text = flat(docx_text(out))
    for fact in SEED_FACTS + SCRIPT_NOTES + HOSTILE:
        assert flat(fact) in text, fact
    import docx

    props = docx.Document(str(out)).core_properties
    assert props.title == report.heading
    assert props.author == "Rapporteur (demo)"
    assert "Low Carbon City" in props.keywords
    sec = docx.Document(str(out)).sections[0]
    assert round(sec.page_width.mm) == 210 and round(sec.page_height.mm) == 297


def test_docx_letter_and_subset(store, busy_d3, tmp_path):
    import docx

    out = tmp_path / "r.docx"
    export_report(store, busy_d3.id, out, "docx",
                  ReportOptions(paper="Letter", sections=frozenset({"speakers", "actions"})))
    sec = docx.Document(str(out)).sections[0]
    assert round(sec.page_width.mm, 1) == 215.9
    assert [t for s, t in docx_headings(out) if s == "Heading 1"] == ["Speakers", "Action items"]


@pytest.mark.slow
def test_docx_opens_in_libreoffice(store, busy_d3, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = tmp_path / "r.docx"
    export_report(store, busy_d3.id, out, "docx")
    profile = tmp_path / "lo-profile"
    proc = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"), str(out)],
        capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "lo" / "r.pdf"
    assert proc.returncode == 0 and pdf.exists(), proc.stderr
    text = flat("\n".join(p.extract_text() or "" for p in PdfReader(str(pdf)).pages))
    report = build_report(store, busy_d3.id)
    for section in report.sections:
        assert flat(section.title) in text
    assert "광주광역시" in text.replace(" ", "")
    assert "page 1 of" in text


def test_markdown_has_the_same_sections_and_reads_as_typed(store, busy_d3, tmp_path):
    from markdown_it import MarkdownIt

    report = build_report(store, busy_d3.id)
    out = tmp_path / "r.md"
    export_report(store, busy_d3.id, out, "md")
    md = out.read_text(encoding="utf-8")
    assert [ln[3:] for ln in md.splitlines() if ln.startswith("## ")] == \
        [s.title for s in report.sections]
    assert md.startswith(f"# {report.heading}\n")
    # rendered as CommonMark (+ tables), the user's text comes out as typed, never as HTML
    parser = MarkdownIt("commonmark").enable("table")
    tokens = parser.parse(md)
    assert not any(t.type in ("html_inline", "html_block") for t in _walk(tokens))
    visible = flat(" ".join(t.content for t in _walk(tokens) if t.type in ("text", "code_inline")))
    for fact in SEED_FACTS + SCRIPT_NOTES + HOSTILE:
        assert flat(fact) in visible, fact


def _walk(tokens):
    for t in tokens:
        yield t
        if t.children:
            yield from _walk(t.children)


@pytest.mark.parametrize("text", [
    "# not a heading", "- not a list", "1. not a list", "> not a quote", "---",
    "*not emphasis* and _not_ and `not code` and [not](a link)", "a | b | c",
    "snake_case stays readable", "x\n===",
])
def test_markdown_specials_stay_literal(store, d3, tmp_path, text):
    from markdown_it import MarkdownIt

    add_note(store, d3.id, text + "\nZQX end")
    out = tmp_path / "r.md"
    export_report(store, d3.id, out, "md")
    md = out.read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    kinds = {t.type for t in _walk(tokens)}
    assert not kinds & {"blockquote_open", "hr", "ordered_list_open", "html_inline",
                        "html_block", "link_open", "code_inline"}
    # the note's own inline run: plain text and line breaks only
    runs = [t for t in tokens if t.type == "inline" and "ZQX" in t.content]
    assert runs, md
    for run in runs:
        assert {c.type for c in run.children} <= {"text", "softbreak", "hardbreak",
                                                   "strong_open", "strong_close"}
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert not any("not a" in h or h == "x" for h in headings)
    visible = flat(" ".join(c.content for run in runs for c in run.children if c.type == "text"))
    assert flat(text) in visible
    if text == "snake_case stays readable":
        assert "snake_case stays readable" in md
