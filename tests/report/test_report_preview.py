"""The report as the export dialog previews it: the same PDF as the export, in memory."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from sessionkit.services.reports import (
    ReportCancelled,
    ReportError,
    export_report,
    preview_pdf,
)


def _pages(data: bytes):
    return PdfReader(io.BytesIO(data)).pages


def test_the_preview_is_the_exported_pdf_and_writes_no_file(store, d3, tmp_path, data_dir):
    before = sorted(p.name for p in data_dir.rglob("*"))
    options = {"paper": "Letter", "language": "ja"}
    data = preview_pdf(store, d3.id, options)
    assert data.startswith(b"%PDF")
    assert sorted(p.name for p in data_dir.rglob("*")) == before
    out = export_report(store, d3.id, tmp_path / "r.pdf", options=options).path
    exported, previewed = PdfReader(out).pages, _pages(data)
    assert len(previewed) == len(exported)
    assert [p.extract_text() for p in previewed] == [p.extract_text() for p in exported]
    box = previewed[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # Letter


def test_a_superseded_preview_stops_between_steps(store, d3):
    calls = []

    def stop():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ReportCancelled):
        preview_pdf(store, d3.id, None, stop=stop)
    assert len(calls) == 3


def test_bad_options_are_one_line(store, d3):
    with pytest.raises(ReportError, match="bad report options"):
        preview_pdf(store, d3.id, {"paper": "A0"})
