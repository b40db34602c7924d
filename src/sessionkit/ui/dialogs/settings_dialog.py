"""Settings: UI language, light/dark look, report language, team folder (File →
Settings…, Ctrl+,).

Stored in ``preferences.json`` in the data directory (services/preferences.py,
Qt-free), which ``sessionkit report`` reads too; reading and applying them is
ui/preferences.py. The look changes at once; the UI language after a restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from sessionkit.report.i18n import REPORT_LANGUAGES
from sessionkit.services import preferences as prefs_file
from sessionkit.services.preferences import PreferencesError
from sessionkit.ui import i18n, theme
from sessionkit.ui.preferences import data_dir_of, preferences


class SettingsDialog(QDialog):
    def __init__(self, source: Path | str | QSettings, parent: QWidget | None = None):
        """``source``: the data directory (or the UI's INI in it)."""
        super().__init__(parent)
        self.data_dir = data_dir_of(source)
        prefs = preferences(self.data_dir)
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
        self._select(self.language, prefs.ui_language)
        self.language.setAccessibleName(self.tr("User interface language"))
        form.addRow(self.tr("&Language:"), self.language)

        self.theme = QComboBox()
        self.theme.setObjectName("settingsTheme")
        for mode, label in (("system", self.tr("Follow the system")),
                            ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.theme.addItem(label, mode)
        self._select(self.theme, prefs.appearance)
        self.theme.setAccessibleName(self.tr("Colour scheme"))
        form.addRow(self.tr("&Appearance:"), self.theme)

        self.report_language = QComboBox()
        self.report_language.setObjectName("settingsReportLanguage")
        for code, name in REPORT_LANGUAGES.items():
            self.report_language.addItem(name, code)
        self._select(self.report_language, prefs.report_language)
        self.report_language.setAccessibleName(self.tr("Report language"))
        self.report_language.setAccessibleDescription(
            self.tr("Language of the report's headings and labels; notes stay as typed"))
        form.addRow(self.tr("&Report language:"), self.report_language)

        from sessionkit.ui.dialogs.team_folder import TeamFolderChooser

        self.team_folder = TeamFolderChooser(self.data_dir, prefs.team_folder)
        self.team_folder.setToolTip(self.tr(
            "A folder that Syncthing, Nextcloud or a network share keeps in step across "
            "laptops: SessionKit writes its sessions there and merges the others'"))
        form.addRow(self.tr("&Team folder:"), self.team_folder)
        # Alt+T: the row takes no focus and its path is read-only, so the label's letter
        # goes to Choose… (Space then opens the folder chooser)
        form.labelForField(self.team_folder).setBuddy(self.team_folder.choose)

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
        try:
            prefs_file.update(self.data_dir, ui_language=self.language.currentData(),
                              appearance=self.theme.currentData(),
                              report_language=self.report_language.currentData(),
                              team_folder=self.team_folder.folder)
        except PreferencesError as exc:  # the dialog stays open: nothing was saved
            QMessageBox.warning(self, self.tr("Settings not saved"),
                                self.tr("The settings could not be saved: {reason}")
                                .format(reason=str(exc)))
            return
        theme.apply_theme(self.theme.currentData())
        from sessionkit.ui.team_sync import team_sync_for

        team_sync_for(self.data_dir).reload_preference()  # on, off or elsewhere: at once
        super().accept()


def install(window) -> QAction:
    """File → Settings… (Ctrl+,) on a main window."""
    action = QAction(QCoreApplication.translate("SettingsDialog", "&Settings…"), window)
    action.setObjectName("settingsAction")
    action.setShortcut(QKeySequence("Ctrl+,"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def open_settings() -> None:
        SettingsDialog(window.ctx.data_dir, window).exec()

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
