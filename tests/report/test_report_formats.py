"""The export formats are listed once (report/formats.py): a format added there shows up in
the CLI's --format choices, in File → Export report… (list, Save-as filter, file name) and
is written by the service, with nothing else edited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMessageBox

from sessionkit import cli
from sessionkit.report import formats
from sessionkit.services.reports import ReportError, export_report
from sessionkit.ui.dialogs import export_dialog
from sessionkit.ui.app import ui_settings
from sessionkit.ui.dialogs.export_dialog import ExportReportDialog


def render_plain_text(report, target):
    yield 0, 1
    target.write_text(f"{report.heading}\n", encoding="utf-8")
    yield 1, 1
    return ["plain text has no headings"]


PLAIN_TEXT = formats.ReportFormat("txt", "Plain text", "txt", render_plain_text,
                                  aliases=("text",))


@pytest.fixture
def plain_text(monkeypatch):
    """Register one more format the way a contributor would: one entry in the list."""
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, PLAIN_TEXT))
    return PLAIN_TEXT


def test_the_shipped_formats():
    assert formats.names() == ["pdf", "docx", "md"]
    assert formats.default().name == "pdf"
    assert [f.extension for f in formats.FORMATS] == ["pdf", "docx", "md"]
    assert formats.find("Markdown").name == "md" and formats.find(".PDF").name == "pdf"
    assert formats.find("odt") is None


def test_the_cli_offers_and_writes_a_registered_format(plain_text, data_dir, store, tmp_path,
                                                       capsys):
    parser = cli.build_parser()
    args = parser.parse_args(["report", "--session", "D3", "--format", "txt", "-o", "x"])
    assert args.format == "txt"
    out = tmp_path / "d3.txt"
    assert cli.main(["--data-dir", str(data_dir), "report", "--session", "D3",
                     "--format", "txt", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("Session D3")
    captured = capsys.readouterr()
    assert "sessionkit: warning: plain text has no headings" in captured.err
    with pytest.raises(SystemExit):
        parser.parse_args(["report", "--session", "D3", "--format", "odt", "-o", "x"])
    assert "invalid choice: 'odt' (choose from" in capsys.readouterr().err


def test_the_service_dispatches_to_a_registered_format(plain_text, store, d3, tmp_path):
    result = export_report(store, d3.id, tmp_path / "r.txt", fmt="text")  # by its alias
    assert result.format == "txt" and result.path == tmp_path / "r.txt"
    assert (tmp_path / "r.txt").read_text(encoding="utf-8").startswith("Session D3")
    assert "plain text has no headings" in result.warnings
    with pytest.raises(ReportError, match=r"expected pdf, docx, md or txt"):
        export_report(store, d3.id, tmp_path / "r.odt", fmt="odt")
    assert not (tmp_path / "r.odt").exists()


class PlainTextInJapanese(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        if context == formats.LABEL_CONTEXT and source == "Plain text":
            return "プレーンテキスト"
        return ""


def test_the_export_dialog_lists_names_and_writes_a_registered_format(
        plain_text, qtbot, store, d3, data_dir, tmp_path, monkeypatch):
    errors, filters = [], []
    monkeypatch.setattr(export_dialog.QMessageBox, "critical",
                        lambda parent, title, text, *a, **k: errors.append(text)
                        or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName",
                        lambda parent, title, path, flt, *a, **k:
                        filters.append(flt) or (str(tmp_path / "chosen"), flt))
    translator = PlainTextInJapanese()
    QCoreApplication.installTranslator(translator)
    try:
        dialog = ExportReportDialog(data_dir, d3.id, d3.code, settings=ui_settings(data_dir))
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.format
    assert [combo.itemData(i) for i in range(combo.count())] == ["pdf", "docx", "md", "txt"]
    assert combo.itemText(3) == "プレーンテキスト"  # the label, translated
    combo.setCurrentIndex(3)
    assert dialog.destination().name == "D3-report.txt"  # the extension follows
    dialog.browse()
    assert filters == ["Plain text (*.txt)"]
    assert dialog.destination() == tmp_path / "chosen.txt"
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    assert errors == []
    assert (tmp_path / "chosen.txt").read_text(encoding="utf-8").startswith("Session D3")
    assert "plain text has no headings" in dialog.warnings.toPlainText()
    # remembered: the next dialog starts on the same format
    again = ExportReportDialog(data_dir, d3.id, d3.code, settings=ui_settings(data_dir))
    qtbot.addWidget(again)
    assert again.current_format() is plain_text


def test_a_hand_edited_format_in_the_settings_starts_the_dialog_on_pdf(qtbot, d3, data_dir):
    settings = ui_settings(data_dir)
    settings.setValue(export_dialog.FORMAT_KEY, "../../odt")
    settings.sync()
    dialog = ExportReportDialog(data_dir, d3.id, d3.code, settings=ui_settings(data_dir))
    qtbot.addWidget(dialog)
    assert dialog.current_format().name == "pdf"
    assert dialog.format.currentText() == "PDF"
    assert dialog.destination().name == "D3-report.pdf"
