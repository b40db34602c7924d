"""Qt's own dialogs (file dialog, standard buttons) speak the UI language too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from sessionkit.ui import i18n


@pytest.fixture
def language(qapp, monkeypatch):
    def use(lang):
        monkeypatch.setenv("SESSIONKIT_LANG", lang)
        return i18n.install_translators(i18n.chosen_language(None), qapp)

    yield use
    i18n.install_translators("en", qapp)


def _file_dialog_labels(qtbot):
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on most desktops
    qtbot.addWidget(dialog)
    return [label.text() for label in dialog.findChildren(QLabel) if label.text()]


@pytest.mark.parametrize("lang, look_in, file_type, save", [
    ("ja", "アドレス(&L):", "ファイルの種類(&T):", "保存"),
    ("ko", "다음에서 찾기(&L):", "파일 형식(&T):", "저장"),
    ("zh_CN", "查找范围(&L)：", "文件类型(&T)：", "保存"),
])
def test_file_dialog_and_buttons_are_translated(qtbot, language, lang, look_in, file_type,
                                                 save):
    assert language(lang) == lang
    assert QCoreApplication.translate("QFileDialog", "Look in:") == look_in.replace(
        "(&L)", "")
    labels = _file_dialog_labels(qtbot)
    # the labels Qt 6 spells with a mnemonic ("&Look in:") were left English before
    assert look_in in labels and file_type in labels
    assert not any(text in labels for text in ("&Look in:", "Files of &type:"))
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    assert box.buttons()[0].text() == save


def test_english_stays_english_and_our_own_strings_are_untouched(qtbot, language):
    assert language("en") == "en"
    assert "&Look in:" in _file_dialog_labels(qtbot)
    language("ja")
    # our own strings still come from our catalogue, mnemonic and all
    assert QCoreApplication.translate("SessionEditorDialog", "&Code") == "コード(&C)"
    assert QCoreApplication.translate("Nobody", "&Unknown text") == "&Unknown text"
    assert QCoreApplication.translate("QFileDialog", "Not a Qt string at all &x") == \
        "Not a Qt string at all &x"
