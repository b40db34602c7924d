"""The UI language: Qt translators for SessionKit's own strings and Qt's.

The language is the one chosen in Settings (``ui_language`` in preferences.json in
the data directory, services/preferences.py), else the system locale's;
``SESSIONKIT_LANG`` overrides both (for screenshots and tests). English is the source
language: it needs no file. Catalogues: resources/i18n/sessionkit_<lang>.qm, made from
the .ts sources by ``python scripts/update_translations.py`` (see docs/i18n.md).
"""

from __future__ import annotations

import os

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from sessionkit.config import resources_dir

# code -> the language's own name (shown as is in every UI language)
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ja": "日本語",
    "ko": "한국어",
    "zh_CN": "简体中文",
}
SETTING_KEY = "ui/language"  # in the Qt INI of earlier versions (copied to preferences.json)

_installed: list[QTranslator] = []
_current = "en"

# Qt's own contexts whose newer source texts carry a mnemonic ("&Look in:", "Files of
# &type:") that the qtbase_<lang>.qm catalogues PySide6 ships only know without it
# ("Look in:"): Qt's file dialog stayed half English in ja/ko/zh.
_QT_CONTEXT_PREFIX = "Q"


class QtMnemonicFallback(QTranslator):
    """Translates Qt's "&Label:" through the catalogue's "Label:" when only that exists.

    The mnemonic is kept the way Qt's CJK catalogues write it, after the word:
    "&Look in:" → "アドレス(&L):". Asks ``base`` (qtbase_<lang>) and answers nothing
    for any other text, so every other translator is untouched.
    """

    def __init__(self, base: QTranslator, parent=None):
        super().__init__(parent)
        self._base = base

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False

    # None is a null QString for Qt: "no translation here, ask the next translator"
    # (an empty string would be taken as the translation and blank the label).
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401
        if not context or not context.startswith(_QT_CONTEXT_PREFIX) or not source \
                or "&" not in source or "&&" in source:
            return None
        i = source.index("&")
        if i + 1 >= len(source):
            return None
        key = source[i + 1]
        plain = source[:i] + source[i + 1:]
        found = self._base.translate(context, plain, disambiguation, n)
        if not found or found == plain:
            return None
        colon = next((c for c in (":", "：") if found.endswith(c)), "")
        core = found[:len(found) - len(colon)] if colon else found
        return f"{core}(&{key.upper()}){colon}"


def i18n_dir():
    return resources_dir() / "i18n"


def match_language(names: list[str] | str) -> str:
    """The supported language for locale names like "ja_JP", "zh-Hans-CN", "ko"."""
    if isinstance(names, str):
        names = [names]
    traditional = False
    for name in names:
        n = name.replace("-", "_")
        low = n.lower()
        if low.startswith("zh"):
            # simplified Chinese for zh_CN / zh_SG / zh_Hans; traditional is not bundled
            # (a Taiwan/Hong Kong locale's bare "zh" does not pick simplified either)
            if any(t in low for t in ("hant", "_tw", "_hk", "_mo")):
                traditional = True
                continue
            if low == "zh" and traditional:
                continue
            return "zh_CN"
        for code in LANGUAGES:
            if low.split("_")[0] == code.split("_")[0]:
                return code
    return "en"


def system_language() -> str:
    return match_language(QLocale.system().uiLanguages() or [QLocale.system().name()])


def chosen_language(prefs=None) -> str:
    """The language to use: SESSIONKIT_LANG, else the Settings choice (``prefs``, a
    services.preferences.Preferences), else the system's."""
    env = os.environ.get("SESSIONKIT_LANG", "").strip()
    if env:
        return match_language(env)
    value = getattr(prefs, "ui_language", "") or ""
    if value in LANGUAGES:
        return value
    return system_language()


def current_language() -> str:
    return _current


def install_translators(language: str, app: QCoreApplication | None = None) -> str:
    """Install the translators for ``language`` (replacing earlier ones). Returns the
    language in effect: "en" when the catalogue is missing."""
    global _current
    app = app or QCoreApplication.instance()
    for tr in _installed:
        QCoreApplication.removeTranslator(tr)
    _installed.clear()
    _current = "en"
    QLocale.setDefault(QLocale(language if language != "en" else "en_GB"))
    if language == "en" or language not in LANGUAGES:
        return _current
    ours = QTranslator(app)
    if not ours.load(f"sessionkit_{language}", str(i18n_dir())):
        return _current
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase",):
        qt = QTranslator(app)
        if qt.load(f"{name}_{language}", qt_dir):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
            fallback = QtMnemonicFallback(qt, app)  # searched before qt (installed later)
            QCoreApplication.installTranslator(fallback)
            _installed.append(fallback)
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    _current = language
    return _current
