"""The app's Settings go to preferences.json, which `sessionkit report` reads; choices an
earlier SessionKit kept in the Qt INI are copied over once."""

from __future__ import annotations

import json
import logging

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from sessionkit.report.i18n import translator
from sessionkit.services import preferences
from sessionkit.services.notes import add_note
from sessionkit.services.preferences import Preferences
from sessionkit.ui import preferences as ui_preferences
from sessionkit.ui import theme
from sessionkit.ui.dialogs import settings_dialog
from sessionkit.ui.app import ui_settings
from sessionkit.ui.dialogs.settings_dialog import SettingsDialog
from tests.conftest import run_cli


def choose(combo, data):
    i = combo.findData(data)
    assert i >= 0
    combo.setCurrentIndex(i)


@pytest.mark.slow
def test_report_language_set_in_settings_is_the_cli_reports(qapp, qtbot, store, d3,
                                                            data_dir, tmp_path):
    add_note(store, d3.id, "We agreed to publish the slides", kind="decision")
    dlg = SettingsDialog(data_dir)
    qtbot.addWidget(dlg)
    choose(dlg.report_language, "ko")
    dlg.accept()
    out = tmp_path / "r.md"
    # the real command, in its own process: it reads the choice without Qt
    proc = run_cli("report", "--session", "D3", "--format", "md", "-o", str(out),
                   data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    ko = translator("ko")
    assert f"## {ko('Decisions')}\n" in text and "## Decisions" not in text
    assert "We agreed to publish the slides" in text


def test_choices_in_the_old_ini_are_copied_once(qapp, qtbot, data_dir, tmp_path,
                                                monkeypatch):
    data_dir.mkdir(parents=True)
    ini = ui_settings(data_dir)
    for key, value in (("ui/language", "ja"), ("ui/theme", "dark"),
                       ("report/language", "zh_CN"), ("report/paper", "Letter"),
                       ("window/main/rect", "kept")):
        ini.setValue(key, value)
    ini.sync()
    dlg = SettingsDialog(ini)  # as the app and older callers pass it: the INI in the folder
    qtbot.addWidget(dlg)
    assert dlg.language.currentData() == "ja" and dlg.theme.currentData() == "dark"
    assert dlg.report_language.currentData() == "zh_CN"
    saved = json.loads((data_dir / "preferences.json").read_text(encoding="utf-8"))
    assert saved == {"ui_language": "ja", "appearance": "dark", "report_language": "zh_CN",
                     "report_paper": "Letter", "team_folder": ""}
    # from now on preferences.json is the one place: a later INI value is not read
    ini.setValue("report/language", "ko")
    ini.sync()
    assert ui_preferences.report_options(data_dir) == {"language": "zh_CN",
                                                        "paper": "Letter"}
    # window geometry stays Qt's business, in the INI
    assert ui_settings(data_dir).value("window/main/rect") == "kept"


def test_odd_values_in_the_old_ini_become_defaults(qapp, data_dir):
    data_dir.mkdir(parents=True)
    ini = ui_settings(data_dir)
    ini.setValue("ui/theme", ["dark", "light"])
    ini.setValue("report/language", "tlh")
    ini.sync()
    assert ui_preferences.preferences(data_dir) == Preferences()


def test_nothing_is_written_without_a_choice(qapp, qtbot, data_dir):
    data_dir.mkdir(parents=True)
    dlg = SettingsDialog(data_dir)
    qtbot.addWidget(dlg)
    dlg.reject()
    assert ui_preferences.preferences(data_dir) == Preferences()
    assert not (data_dir / "preferences.json").exists()


def test_settings_that_cannot_be_saved_say_so_and_stay_open(qapp, qtbot, data_dir,
                                                            monkeypatch):
    data_dir.mkdir(parents=True)
    (data_dir / "preferences.json").mkdir()  # something in the way
    shown = []
    monkeypatch.setattr(settings_dialog.QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: shown.append(text)
                        or QMessageBox.StandardButton.Ok)
    dlg = SettingsDialog(data_dir)
    qtbot.addWidget(dlg)
    dlg.show()
    choose(dlg.theme, "dark")
    dlg.accept()
    assert len(shown) == 1 and shown[0].startswith("The settings could not be saved: ")
    assert "preferences.json" in shown[0] and "\n" not in shown[0]
    assert dlg.isVisible()  # the choices are still there to try again or cancel
    assert theme.current_scheme() != "dark"


@pytest.mark.slow
def test_damaged_preferences_start_the_app_with_defaults(qapp, data_dir, caplog,
                                                         monkeypatch):
    from sessionkit.ui import i18n

    monkeypatch.delenv("SESSIONKIT_LANG", raising=False)
    monkeypatch.setattr(theme, "system_scheme", lambda: "light")
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    data_dir.mkdir(parents=True)
    # a choice of dark and Japanese, but the file is cut short by a stray byte
    (data_dir / "preferences.json").write_bytes(
        b'{"appearance": "dark", "ui_language": "ja"' + b"\xff")
    with caplog.at_level(logging.WARNING):
        applied = ui_preferences.apply_preferences(qapp, data_dir)
    try:
        assert applied["scheme"] == "light" and applied["language"] == "en"
        warnings = [r for r in caplog.records if "preferences.json" in r.getMessage()]
        assert len(warnings) == 1 and not warnings[0].exc_info
    finally:
        theme.apply_theme("light", qapp)


def test_export_dialog_remembers_the_paper_for_the_cli(qapp, qtbot, store, d3, data_dir,
                                                       tmp_path, monkeypatch):
    from sessionkit.ui.dialogs import export_dialog as mod
    from sessionkit.ui.dialogs.export_dialog import ExportReportDialog

    monkeypatch.setattr(mod.QMessageBox, "critical", lambda *a, **k: pytest.fail(str(a)))
    dlg = ExportReportDialog(data_dir, d3.id, d3.code, settings=ui_settings(data_dir))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.path_edit.setText(str(tmp_path / "r.pdf"))
    choose(dlg.paper, "Letter")
    dlg.export_button.click()
    qtbot.waitUntil(lambda: not dlg.is_running(), timeout=30000)
    assert (tmp_path / "r.pdf").is_file()
    assert preferences.load(data_dir).report_paper == "Letter"
    assert not QSettings(str(data_dir / "sessionkit-ui.ini"),
                         QSettings.Format.IniFormat).contains("report/paper")
    again = ExportReportDialog(data_dir, d3.id, d3.code, settings=ui_settings(data_dir))
    qtbot.addWidget(again)
    assert again.paper.currentData() == "Letter"


def test_export_dialog_over_damaged_preferences_opens_with_defaults(qapp, qtbot, store, d3,
                                                                    data_dir, caplog):
    from sessionkit.ui.dialogs.export_dialog import ExportReportDialog

    (data_dir / "preferences.json").write_text('{"report_language": "ja", "report_paper": 4}',
                                               encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        dlg = ExportReportDialog(data_dir, d3.id, d3.code, settings=ui_settings(data_dir))
    qtbot.addWidget(dlg)
    assert dlg.language.currentData() == "ja"  # the good value is kept
    assert dlg.paper.currentData() in ("A4", "Letter")
    warnings = [r for r in caplog.records if "preferences.json" in r.getMessage()]
    assert len(warnings) == 1 and "report_paper" in warnings[0].getMessage()
