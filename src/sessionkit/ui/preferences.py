"""The app's side of the user's preferences: reading them (``preferences.json`` through
services/preferences.py, Qt-free, which ``sessionkit report`` reads too), copying an
earlier SessionKit's choices from the Qt INI once, applying them at start, and the
INI itself (``ui_settings``: window layout, last session). Apart from the Settings
dialog (settings_dialog.py) so the export worker and the app need not import it.

``ui_language`` ("" = the system's), ``appearance`` (system/light/dark),
``report_language`` (en/ja/ko/zh_CN). An earlier SessionKit kept them in the Qt INI
(``ui/language``, ``ui/theme``, ``report/language``, ``report/paper``):
:func:`preferences` copies them over the first time. :func:`apply_preferences` runs
once at start, before any window.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from sessionkit.report.i18n import REPORT_LANGUAGES
from sessionkit.services import preferences as prefs_file
from sessionkit.services.preferences import Preferences, PreferencesError
from sessionkit.ui import i18n, theme
from sessionkit.ui.fonts import register_ui_fonts


SETTINGS_FILE = "sessionkit-ui.ini"  # inside the data directory, never elsewhere


def ui_settings(data_dir: Path) -> QSettings:
    """The UI's own settings (window layout, last session), as an INI in the data dir."""
    return QSettings(str(Path(data_dir) / SETTINGS_FILE), QSettings.Format.IniFormat)


REPORT_KEY = "report/language"


# the INI keys of an earlier SessionKit -> the preference they become
_INI_KEYS = {i18n.SETTING_KEY: "ui_language", theme.SETTING_KEY: "appearance",
             REPORT_KEY: "report_language", "report/paper": "report_paper"}


log = logging.getLogger(__name__)


def data_dir_of(source: Path | str | QSettings | None) -> Path | None:
    """The data directory: given, or the folder of the UI's INI (always kept there)."""
    if source is None:
        return None
    if isinstance(source, QSettings):
        return Path(source.fileName()).parent
    return Path(source)


def _from_ini(settings: QSettings) -> Preferences | None:
    raw = {name: settings.value(key) for key, name in _INI_KEYS.items()
           if settings.contains(key)}
    if not raw:
        return None
    return Preferences.from_dict({k: str(v) if v is not None else "" for k, v in raw.items()})[0]


def preferences(source: Path | str | QSettings | None) -> Preferences:
    """The user's preferences (defaults without a data directory). The first time, when
    there is no preferences.json yet, the choices an earlier SessionKit kept in the Qt
    INI are copied over; only the UI can read that INI."""
    data_dir = data_dir_of(source)
    if data_dir is None:
        return Preferences()
    if not prefs_file.exists(data_dir):
        migrated = _from_ini(ui_settings(data_dir))
        if migrated is None:
            return Preferences()
        try:
            prefs_file.save(data_dir, migrated)
        except PreferencesError as exc:  # a read-only folder: use them all the same
            log.warning("%s", exc)
        return migrated
    return prefs_file.load(data_dir)


def apply_preferences(app: QApplication, source: Path | str | QSettings | None) -> dict:
    """At start: translators, bundled fonts, theme. ``source``: the data directory (or
    the UI's INI in it). Returns what was applied."""
    prefs = preferences(source)
    language = i18n.install_translators(i18n.chosen_language(prefs), app)
    fonts = register_ui_fonts(app, language)
    scheme = theme.apply_theme(prefs.appearance, app)
    return {"language": language, "fonts": fonts, "scheme": scheme}


def report_language(source: Path | str | QSettings | None) -> str:
    value = preferences(source).report_language
    return value if value in REPORT_LANGUAGES else "en"


def report_options(data_dir: Path) -> dict:
    """The report options the preferences hold (for the export worker)."""
    prefs = preferences(data_dir)
    options = {"language": prefs.report_language}
    if prefs.report_paper:
        options["paper"] = prefs.report_paper
    return options
