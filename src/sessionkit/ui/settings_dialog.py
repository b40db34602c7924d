"""Settings: UI language, light/dark look, report language (File → Settings…, Ctrl+,).

Stored in the UI settings INI in the data directory (ui/app.py ``ui_settings``):
``ui/language`` ("" = the system's), ``ui/theme`` (system/light/dark),
``report/language`` (en/ja/ko/zh_CN). The look changes at once; the UI language
after a restart. :func:`apply_preferences` runs once at start, before any window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from sessionkit.report.i18n import REPORT_LANGUAGES
from sessionkit.ui import i18n, theme
from sessionkit.ui.fonts import register_ui_fonts

REPORT_KEY = "report/language"


def _settings_for(data_dir: Path) -> QSettings:
    from sessionkit.ui.app import ui_settings

    return ui_settings(data_dir)


def apply_preferences(app: QApplication, settings: QSettings | None) -> dict:
    """At start: translators, bundled fonts, theme. Returns what was applied."""
    language = i18n.install_translators(i18n.chosen_language(settings), app)
    fonts = register_ui_fonts(app, language)
    mode = str(settings.value(theme.SETTING_KEY, "system") or "system") if settings else "system"
    scheme = theme.apply_theme(mode, app)
    return {"language": language, "fonts": fonts, "scheme": scheme}


def report_language(settings: QSettings | None) -> str:
    value = str(settings.value(REPORT_KEY, "en") or "en") if settings is not None else "en"
    return value if value in REPORT_LANGUAGES else "en"


def report_options(data_dir: Path) -> dict:
    """The report options the Settings hold (for the export worker)."""
    return {"language": report_language(_settings_for(data_dir))}


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        system = i18n.LANGUAGES[i18n.system_language()]
        self.language.addItem(self.tr("System default ({language})").format(language=system), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self._select(self.language, str(settings.value(i18n.SETTING_KEY, "") or ""))
        self.language.setAccessibleName(self.tr("User interface language"))
        form.addRow(self.tr("&Language:"), self.language)

        self.theme = QComboBox()
        self.theme.setObjectName("settingsTheme")
        for mode, label in (("system", self.tr("Follow the system")),
                            ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.theme.addItem(label, mode)
        self._select(self.theme, str(settings.value(theme.SETTING_KEY, "system") or "system"))
        self.theme.setAccessibleName(self.tr("Colour scheme"))
        form.addRow(self.tr("&Appearance:"), self.theme)

        self.report_language = QComboBox()
        self.report_language.setObjectName("settingsReportLanguage")
        for code, name in REPORT_LANGUAGES.items():
            self.report_language.addItem(name, code)
        self._select(self.report_language, report_language(settings))
        self.report_language.setAccessibleName(self.tr("Report language"))
        self.report_language.setAccessibleDescription(
            self.tr("Language of the report's headings and labels; notes stay as typed"))
        form.addRow(self.tr("&Report language:"), self.report_language)

        self.note = QLabel(self.tr("A new language applies the next time SessionKit starts. "
                                   "The report language applies to the next export."))
        self.note.setObjectName("settingsNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.language.setFocus()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        i = combo.findData(value)
        combo.setCurrentIndex(max(0, i))

    def accept(self) -> None:
        self.settings.setValue(i18n.SETTING_KEY, self.language.currentData())
        self.settings.setValue(theme.SETTING_KEY, self.theme.currentData())
        self.settings.setValue(REPORT_KEY, self.report_language.currentData())
        self.settings.sync()
        theme.apply_theme(self.theme.currentData())
        super().accept()


def install(window) -> QAction:
    """File → Settings… (Ctrl+,) on a main window."""
    action = QAction(QCoreApplication.translate("SettingsDialog", "&Settings…"), window)
    action.setObjectName("settingsAction")
    action.setShortcut(QKeySequence("Ctrl+,"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def open_settings() -> None:
        settings = window.settings if window.settings is not None \
            else _settings_for(window.ctx.data_dir)
        SettingsDialog(settings, window).exec()

    action.triggered.connect(open_settings)
    file_menu = window.menus["file"]
    quit_action = getattr(window, "quit_action", None)
    if quit_action is not None and quit_action in file_menu.actions():
        file_menu.insertAction(quit_action, action)
        file_menu.insertSeparator(quit_action)
    else:
        file_menu.addAction(action)
    window.settings_action = action
    return action
