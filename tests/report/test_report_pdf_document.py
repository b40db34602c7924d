"""What a PDF viewer shows of the report itself: the document language, the title in
the title bar, page labels matching the printed page numbers."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from sessionkit.report.model import ReportOptions, build_report
from sessionkit.report.sample import populate_demo
from sessionkit.services.reports import export_report


@pytest.mark.parametrize("language, lang", [("en", "en"), ("ja", "ja"), ("ko", "ko"),
                                            ("zh_CN", "zh-CN")])
def test_lang_title_bar_and_page_labels(store, d3, tmp_path, language, lang):
    populate_demo(store, d3.id)
    path = tmp_path / "r.pdf"
    export_report(store, d3.id, path, "pdf", ReportOptions(language=language))
    reader = PdfReader(str(path))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == lang
    assert root["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    # the title bar shows the report's heading, in the report language
    heading = build_report(store, d3.id, ReportOptions(language=language)).heading
    assert reader.metadata.title == heading and "Low carbon cities in Asia" in heading
    assert "/PageLabels" in root
    n = len(reader.pages)
    assert n >= 2
    # the label a viewer shows for each page is the number printed in its footer
    assert reader.page_labels == [str(i) for i in range(1, n + 1)]
    if language == "en":
        for i, page in enumerate(reader.pages, 1):
            assert re.search(rf"page\s+{i}\s+of\s+{n}", page.extract_text())
