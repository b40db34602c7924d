"""File → Export report…: the preview of the report's pages beside the options."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sessionkit.services.notes import add_note
from sessionkit.ui.app import ui_settings
from sessionkit.ui.dialogs import export_dialog
from sessionkit.ui.dialogs import report_preview as mod
from sessionkit.ui.dialogs.export_dialog import ExportReportDialog

pypdfium2 = pytest.importorskip("pypdfium2")

WAIT = 30000


@pytest.fixture
def dialog(qtbot, store, d3, data_dir, tmp_path):
    add_note(store, d3.id, "We agreed to publish the slides", kind="decision")
    dlg = ExportReportDialog(data_dir, d3.id, d3.code, settings=ui_settings(data_dir))
    dlg.path_edit.setText(str(tmp_path / "out" / "D3-report.pdf"))
    (tmp_path / "out").mkdir()
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(export_dialog.QMessageBox, "critical",
                        lambda parent, title, text, *a, **k: shown.append(text)
                        or QMessageBox.StandardButton.Ok)
    return shown


def shown_pages(preview):
    return [w for w in preview.pages.findChildren(type(preview.caption))
            if w.isVisibleTo(preview) and w.pixmap() is not None
            and not w.pixmap().isNull()]


def wait_preview(qtbot, preview):
    qtbot.waitUntil(lambda: not preview.is_busy() and bool(preview.images or preview.failed),
                    timeout=WAIT)


def pdf_pages(dialog, store):
    from pypdf import PdfReader

    import io

    from sessionkit.services.reports import preview_pdf

    return len(PdfReader(io.BytesIO(preview_pdf(store, dialog.session_id,
                                                dialog.options()))).pages)


def test_the_preview_shows_the_first_pages_and_the_page_count(qtbot, dialog, store):
    preview = dialog.preview
    wait_preview(qtbot, preview)
    assert preview.failed == ""
    count = pdf_pages(dialog, store)
    assert preview.page_count == count >= 2
    pages = shown_pages(preview)
    assert len(pages) == min(count, mod.MAX_PAGES)
    assert pages[0].accessibleName() == f"Page 1 of {count}"
    assert f"{count}" in preview.shown_text()
    assert not preview.message.isVisible()
    image = preview.images[0]
    # a page, not a blank: the text is drawn (some dark pixels), on white paper
    assert image.pixelColor(2, 2).lightness() > 240
    dark = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height() // 3, 3)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 20


def test_letter_paper_re_renders_with_the_letter_aspect(qtbot, dialog):
    preview = dialog.preview
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    wait_preview(qtbot, preview)
    a4 = preview.images[0]
    assert a4.height() / a4.width() == pytest.approx(297 / 210, abs=0.01)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    assert preview.is_busy()  # asked for, after the pause
    qtbot.waitUntil(lambda: not preview.is_busy() and preview.images
                    and preview.images[0].height() / preview.images[0].width() < 1.35 or False,
                    timeout=WAIT)
    letter = preview.images[0]
    assert letter.height() / letter.width() == pytest.approx(11 / 8.5, abs=0.01)


def test_a_newer_request_supersedes_an_older_one(qtbot, dialog):
    preview = dialog.preview
    wait_preview(qtbot, preview)
    first = preview.generation
    # several changes in a row ask once, after the pause; earlier generations are stale
    dialog.annex.setChecked(False)
    dialog.section_boxes["decisions"].setChecked(False)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    assert preview.generation > first
    stale = preview.generation - 1
    preview._done(stale, [], 99)  # a late result of an older request is dropped
    assert preview.page_count != 99
    wait_preview(qtbot, preview)
    assert preview.page_count >= 1 and preview.page_count != 99


def test_docx_says_the_preview_is_the_pdf_layout(qtbot, dialog):
    assert not dialog.preview.format_note.isVisible()
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    assert dialog.preview.format_note.isVisible()
    assert "PDF layout" in dialog.preview.format_note.text()
    assert "Word (DOCX)" in dialog.preview.format_note.text()
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert not dialog.preview.format_note.isVisible()


def test_no_section_nothing_to_preview(qtbot, dialog):
    wait_preview(qtbot, dialog.preview)
    for cb in dialog.section_boxes.values():
        cb.setChecked(False)
    dialog.annex.setChecked(False)
    dialog.preview.render_now()
    assert "choose at least one section" in dialog.preview.shown_text()
    assert shown_pages(dialog.preview) == []


def test_a_failing_render_says_one_sentence_and_export_still_works(qtbot, dialog,
                                                                    monkeypatch, errors,
                                                                    tmp_path):
    def broken(*a, **k):
        raise mod.PreviewFailed("the PDF page renderer (pypdfium2) is not installed")

    monkeypatch.setattr(mod, "render_pages", broken)
    preview = dialog.preview
    preview.render_now()
    wait_preview(qtbot, preview)
    text = preview.shown_text()
    assert text == ("No preview: the PDF page renderer (pypdfium2) is not installed. "
                    "The export is not affected.")
    assert "Traceback" not in text and shown_pages(preview) == []
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=WAIT)
    assert errors == []
    assert (tmp_path / "out" / "D3-report.pdf").read_bytes().startswith(b"%PDF")


def test_a_bug_in_the_renderer_is_one_line_too(qtbot, dialog, monkeypatch):
    def bug(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(mod, "render_pages", bug)
    dialog.preview.render_now()
    wait_preview(qtbot, dialog.preview)
    assert dialog.preview.shown_text().startswith("No preview: RuntimeError: boom")
    assert "\n" not in dialog.preview.shown_text()


def test_previewing_writes_no_file_anywhere(qtbot, dialog, data_dir, tmp_path):
    import tempfile

    before_tmp = set(os.listdir(tempfile.gettempdir()))
    before_data = {p for p in data_dir.rglob("*") if p.suffix.lower() == ".pdf"}
    preview = dialog.preview
    wait_preview(qtbot, preview)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    wait_preview(qtbot, preview)
    assert os.listdir(tmp_path / "out") == []  # nothing at the destination
    assert not dialog.destination().exists()
    assert {p for p in data_dir.rglob("*") if p.suffix.lower() == ".pdf"} == before_data
    new_tmp = set(os.listdir(tempfile.gettempdir())) - before_tmp
    assert not [n for n in new_tmp if n.endswith(".pdf")]


def test_the_preview_is_reached_with_tab_and_scrolls_with_the_keys(qtbot, dialog):
    preview = dialog.preview
    wait_preview(qtbot, preview)
    dialog.activateWindow()
    scroll = preview.scroll
    assert scroll.accessibleName() == "Report preview"
    assert scroll.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Tab from the last button reaches the preview
    w = dialog.cancel_button
    seen = []
    for _ in range(40):
        w = w.nextInFocusChain()
        seen.append(w)
        if w is scroll:
            break
    assert scroll in seen
    scroll.setFocus()
    bar = scroll.verticalScrollBar()
    # three pages do not fit: there is something to scroll, once the pages are laid out
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(0)
    qtbot.keyClick(scroll, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    down = bar.value()
    qtbot.keyClick(scroll, Qt.Key.Key_Down)
    assert bar.value() > down
    qtbot.keyClick(scroll, Qt.Key.Key_PageUp)
    assert bar.value() < down + 1
    QApplication.processEvents()


def test_closing_the_dialog_stops_the_pending_preview(qtbot, dialog):
    preview = dialog.preview
    wait_preview(qtbot, preview)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    assert preview.timer.isActive()
    dialog.close()
    assert not preview.timer.isActive()


def test_several_quick_changes_render_once_with_the_last_options(qtbot, dialog,
                                                                 monkeypatch):
    from sessionkit.services import reports

    preview = dialog.preview
    wait_preview(qtbot, preview)
    asked = []
    real = reports.preview_pdf

    def spy(store, session_id, options=None, stop=None):
        asked.append(dict(options))
        return real(store, session_id, options, stop=stop)

    monkeypatch.setattr(reports, "preview_pdf", spy)
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    dialog.section_boxes["summary"].setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    assert asked == []  # nothing yet: the pause lets the user finish
    qtbot.waitUntil(lambda: not preview.is_busy() and len(asked) == 1, timeout=WAIT)
    assert asked[0]["language"] == "ja"
    assert "summary" not in asked[0]["sections"]
    assert preview.images and preview.failed == ""


def test_without_pypdfium2_the_preview_says_so_and_export_works(qtbot, dialog, monkeypatch,
                                                                errors, tmp_path):
    import sys

    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # import fails as if not installed
    preview = dialog.preview
    preview.render_now()
    wait_preview(qtbot, preview)
    assert preview.shown_text() == ("No preview: the PDF page renderer (pypdfium2) is not "
                                    "installed. The export is not affected.")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=WAIT)
    assert errors == [] and (tmp_path / "out" / "D3-report.pdf").is_file()
