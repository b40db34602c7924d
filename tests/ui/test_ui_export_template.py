"""The export dialog's Template chooser: None, the templates kept in the data folder,
Browse… that checks a file and keeps a copy; a bad template is one message and
never reaches the report."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from sessionkit.ui.app import ui_settings
from sessionkit.ui.dialogs import export_dialog as mod
from sessionkit.ui.dialogs.export_dialog import ExportReportDialog


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (60, 20), (11, 83, 148)).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def messages(monkeypatch):
    shown = []
    for kind in ("critical", "warning"):
        monkeypatch.setattr(mod.QMessageBox, kind,
                            lambda parent, title, text, *a, **k: shown.append(text)
                            or QMessageBox.StandardButton.Ok)
    return shown


def _dialog(qtbot, data_dir, d3):
    dlg = ExportReportDialog(data_dir, d3.id, d3.code, settings=ui_settings(data_dir))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _outside(tmp_path: Path, toml: str, logo: bytes | None = None) -> Path:
    folder = tmp_path / "from-the-secretariat"
    folder.mkdir(exist_ok=True)
    if logo is not None:
        (folder / "logo.png").write_bytes(logo)
    path = folder / "Forum look.toml"
    path.write_text(toml, encoding="utf-8")
    return path


def test_browse_keeps_a_checked_copy_and_the_export_wears_it(qtbot, store, d3, data_dir,
                                                             tmp_path, monkeypatch, messages):
    dlg = _dialog(qtbot, data_dir, d3)
    assert [dlg.template.itemText(i) for i in range(dlg.template.count())] == ["None"]
    source = _outside(tmp_path, 'organisation = "Zephyr Org"\nlogo = "logo.png"\n'
                                'footer = "Foot Line"\npaper = "letter"\n', _png())
    monkeypatch.setattr(mod.QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(source), ""))
    dlg.template_browse.click()
    assert messages == []
    kept = Path(dlg.template.currentData())
    assert kept.parent == data_dir / "templates" and dlg.template.currentText() == kept.stem
    assert (kept.parent / f"{kept.stem}-logo.png").read_bytes() == _png()
    assert dlg.paper.currentData() == "Letter"  # the template's paper
    # the copy no longer depends on the original
    (source.parent / "logo.png").unlink()
    out = tmp_path / "r.pdf"
    dlg.path_edit.setText(str(out))
    dlg.export_button.click()
    qtbot.waitUntil(lambda: not dlg.is_running(), timeout=60000)
    assert messages == []
    from pypdf import PdfReader

    pages = PdfReader(str(out)).pages
    assert all("Foot Line" in p.extract_text() for p in pages)
    assert "Zephyr Org" in pages[-1].extract_text()
    # the next dialog lists it and starts on it; back to None is remembered too
    again = _dialog(qtbot, data_dir, d3)
    assert again.template.currentData() == str(kept)
    again.template.setCurrentIndex(0)
    again.path_edit.setText(str(tmp_path / "plain.pdf"))
    again.export_button.click()
    qtbot.waitUntil(lambda: not again.is_running(), timeout=60000)
    assert messages == []
    assert "Zephyr Org" not in PdfReader(str(tmp_path / "plain.pdf")).pages[-1].extract_text()
    assert _dialog(qtbot, data_dir, d3).template.currentData() == ""


def test_browse_refuses_a_bad_logo_and_keeps_nothing(qtbot, store, d3, data_dir, tmp_path,
                                                     monkeypatch, messages):
    dlg = _dialog(qtbot, data_dir, d3)
    source = _outside(tmp_path, 'logo = "logo.png"\n', b"\x89PNG\r\n\x1a\nbroken")
    monkeypatch.setattr(mod.QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(source), ""))
    dlg.template_browse.click()
    assert len(messages) == 1 and "logo.png" in messages[0] and "damaged" in messages[0]
    assert dlg.template.currentData() == "" and dlg.template.count() == 1
    assert not (data_dir / "templates").exists()


def test_a_template_spoiled_after_choosing_stops_the_export(qtbot, store, d3, data_dir,
                                                            tmp_path, messages):
    folder = data_dir / "templates"
    folder.mkdir()
    (folder / "look.toml").write_text('organisation = "Org"\n', encoding="utf-8")
    dlg = _dialog(qtbot, data_dir, d3)
    dlg.template.setCurrentIndex(dlg.template.findData(str(folder / "look.toml")))
    (folder / "look.toml").write_text('organisation = "Org"\nsize = 3\n', encoding="utf-8")
    out = tmp_path / "r.pdf"
    dlg.path_edit.setText(str(out))
    dlg.export_button.click()
    assert not dlg.is_running() and not out.exists()
    assert len(messages) == 1 and "size" in messages[0]


def _export(qtbot, dlg, out: Path) -> None:
    dlg.path_edit.setText(str(out))
    dlg.export_button.click()
    qtbot.waitUntil(lambda: not dlg.is_running(), timeout=60000)


def test_the_template_picked_is_remembered_for_the_session_and_offered_first(
        qtbot, store, d3, data_dir, tmp_path, monkeypatch, messages):
    from sessionkit.report.template import install_template
    from sessionkit.services.reports import session_template

    kept = install_template(_outside(tmp_path, 'organisation = "Session Org"\n'
                                               'footer = "Session Foot"\n'), data_dir)
    dlg = ExportReportDialog(data_dir, d3.id, d3.code, settings=ui_settings(data_dir),
                             store=store)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.template.findData(mod.SESSION_TEMPLATE) == -1  # none remembered yet
    dlg.template.setCurrentIndex(dlg.template.findData(str(kept)))
    _export(qtbot, dlg, tmp_path / "a.pdf")
    assert messages == []
    assert session_template(store, d3.id).footer == "Session Foot"
    kept.unlink()  # the kept file goes; the session still has its template
    ui_settings(data_dir).setValue(mod.TEMPLATE_KEY, "")
    again = ExportReportDialog(data_dir, d3.id, d3.code, settings=ui_settings(data_dir),
                               store=store)
    qtbot.addWidget(again)
    again.show()
    assert again.template.currentText() == "This session's template"
    _export(qtbot, again, tmp_path / "b.pdf")
    from pypdf import PdfReader

    pages = PdfReader(str(tmp_path / "b.pdf")).pages
    assert all("Session Foot" in p.extract_text() for p in pages)
    # choosing None for the session forgets its template
    again.template.setCurrentIndex(0)
    _export(qtbot, again, tmp_path / "c.pdf")
    assert session_template(store, d3.id) is None
    assert again.template.findData(mod.SESSION_TEMPLATE) == -1
