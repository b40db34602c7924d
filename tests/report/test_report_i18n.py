"""The report language: headings, labels, table headers and "page X of Y" in ja/ko/zh_CN,
independent of the UI language; user text is never translated."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from sessionkit.report.i18n import (
    CATALOGUES,
    SOURCE_TEXTS,
    normalise_language,
    translator,
)
from sessionkit.report.model import (
    KIND_LABELS,
    ROLE_LABELS,
    SECTION_TITLES,
    STATUS_LABELS,
    ReportOptions,
    build_report,
)
from sessionkit.report.sample import populate_demo
from sessionkit.services.reports import export_report
from tests.conftest import run_cli

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def squeeze(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def pdf_text(path) -> str:
    exe = shutil.which("pdftotext")
    if exe:
        return subprocess.run([exe, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


@pytest.mark.parametrize("lang", ["ja", "ko", "zh_CN"])
def test_every_catalogue_is_complete_and_keeps_placeholders(lang):
    cat = CATALOGUES[lang]
    used = (set(SECTION_TITLES.values()) | set(KIND_LABELS.values())
            | set(STATUS_LABELS.values()) | set(ROLE_LABELS.values()))
    assert used <= set(SOURCE_TEXTS), used - set(SOURCE_TEXTS)
    missing = [t for t in SOURCE_TEXTS if not cat.get(t, "").strip()]
    assert missing == []
    assert set(cat) <= set(SOURCE_TEXTS), set(cat) - set(SOURCE_TEXTS)
    for src, out in cat.items():
        assert sorted(PLACEHOLDER.findall(src)) == sorted(PLACEHOLDER.findall(out)), src
    # a real translation: headings differ from the English (except symbols)
    same = [t for t in SOURCE_TEXTS if cat[t] == t and t != "#"]
    assert same == []


def test_language_names_are_normalised_and_unknown_ones_refused():
    assert normalise_language("ja_JP") == "ja"
    assert normalise_language("zh-CN") == "zh_CN"
    assert normalise_language("zh_Hans_SG") == "zh_CN"
    assert normalise_language(None) == "en"
    with pytest.raises(ValueError, match="unknown report language"):
        ReportOptions(language="fr")
    with pytest.raises(ValueError):
        normalise_language("zh_TW")  # traditional Chinese has no catalogue


def test_report_model_in_korean_keeps_user_text(store, d3):
    populate_demo(store, d3.id)
    report = build_report(store, d3.id, ReportOptions(language="ko"))
    titles = [s.title for s in report.sections]
    assert titles[0] == "세션" and "핵심 메시지" in titles and "후속 조치" in titles
    assert report.subtitle == "세션 결과 보고서"
    assert report.heading.startswith("세션 D3: Low carbon cities")
    text = "\n".join(report.all_text())
    assert "Naoki Mori" in text  # names and notes stay as typed
    assert "Key messages" not in text and "Action items" not in text


@pytest.mark.slow
@pytest.mark.parametrize("lang,fmt", [("ja", "pdf"), ("zh_CN", "pdf"), ("ko", "pdf"),
                                      ("ja", "md")])
def test_report_headings_read_back_in_the_report_language(store, d3, tmp_path, lang, fmt):
    populate_demo(store, d3.id)
    tr = translator(lang)
    path = tmp_path / f"r-{lang}.{fmt}"
    export_report(store, d3.id, path, fmt, ReportOptions(language=lang))
    text = pdf_text(path) if fmt == "pdf" else path.read_text(encoding="utf-8")
    flat = squeeze(text)
    for heading in ("Session", "Speakers", "Envisaged outcomes", "Agenda: planned and actual",
                    "Key messages", "Action items", "Annex: all notes in time order"):
        assert squeeze(tr(heading)) in flat, (heading, tr(heading))
        assert f"## {heading}\n" not in text
    for label in ("Item", "Planned", "Difference", "Owner", "Due"):
        assert squeeze(tr(label)) in flat
    for english in ("Key messages", "Action items", "Envisaged outcomes", "Speaking time"):
        assert english not in text
    if fmt == "pdf":
        pages = len(PdfReader(str(path)).pages)
        for page in range(1, pages + 1):
            assert squeeze(tr("page {page} of {total}", page=page, total=pages)) in flat
        assert "page 1 of" not in text
    assert "Naoki Mori" in text and "Low carbon cities in Asia" in text


def test_ja_pdf_heading_in_the_outline(store, d3, tmp_path):
    path = tmp_path / "ja.pdf"
    export_report(store, d3.id, path, "pdf", ReportOptions(language="ja"))
    outline = [o.title for o in PdfReader(str(path)).outline if not isinstance(o, list)]
    assert "セッション" in outline and "期待される成果" in outline


def test_docx_footer_page_field_in_chinese(store, d3, tmp_path):
    import docx

    path = tmp_path / "zh.docx"
    export_report(store, d3.id, path, "docx", ReportOptions(language="zh_CN"))
    doc = docx.Document(str(path))
    footer = doc.sections[0].footer.paragraphs[0].text
    assert footer.startswith("第 ") and "页，共 " in footer and footer.endswith(" 页")
    assert doc.paragraphs[1].text == "会后报告"


@pytest.mark.slow
def test_cli_report_lang(data_dir, tmp_path):
    out = tmp_path / "ko.pdf"
    proc = run_cli("report", "--session", "D3", "--lang", "ko", "-o", str(out),
                   data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    assert "세션결과보고서" in squeeze(pdf_text(out))
    bad = run_cli("report", "--session", "D3", "--lang", "fr", "-o", str(tmp_path / "x.pdf"),
                  data_dir=data_dir)
    assert bad.returncode == 2 and "--lang" in bad.stderr
    assert not (tmp_path / "x.pdf").exists()
