"""Live → Message to the stage (Ctrl+Shift+M): a preset or free text for the stage
display. Asked by the live controller, so it lives apart from the live panel (which
imports the controller)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from sessionkit.ui.live.live_shortcuts import key_text


MESSAGE_PRESETS = (
    QT_TRANSLATE_NOOP("StageMessage", "Please wrap up"),
    QT_TRANSLATE_NOOP("StageMessage", "5 minutes left"),
    QT_TRANSLATE_NOOP("StageMessage", "Time is up"),
    QT_TRANSLATE_NOOP("StageMessage", "Please use the microphone"),
    QT_TRANSLATE_NOOP("StageMessage", "Questions from the floor next"),
)


class StageMessageDialog(QDialog):
    """A short message for the stage display: a preset or free text."""

    def __init__(self, parent: QWidget | None = None, current: str = ""):
        super().__init__(parent)
        self.setObjectName("stageMessageDialog")
        self.setWindowTitle(self.tr("Message to the stage"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Shown on the stage display until you clear it ({key}).")
                      .format(key=key_text("clear_message")))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.combo = QComboBox()
        self.combo.setObjectName("stageMessageText")
        self.combo.setEditable(True)
        self.combo.addItems([QCoreApplication.translate("StageMessage", p)
                             for p in MESSAGE_PRESETS])
        self.combo.setCurrentText(current or self.combo.itemText(0))
        self.combo.lineEdit().setMaxLength(200)
        self.combo.lineEdit().selectAll()
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.combo.currentText().strip()


def ask_stage_message(parent: QWidget | None, current: str = "",
                      cards: list[str] | None = None) -> str | None:
    dialog = StageMessageDialog(parent, current)
    if cards:  # the session's time cards come first, then the other presets
        known = {dialog.combo.itemText(i) for i in range(dialog.combo.count())}
        for i, card in enumerate(c for c in cards if c not in known):
            dialog.combo.insertItem(i, card)
        dialog.combo.setCurrentText(current or dialog.combo.itemText(0))
        dialog.combo.lineEdit().selectAll()
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if parent is not None:  # the live keys need an active window: give it back at once
        parent.window().activateWindow()
    if not accepted or not dialog.text():
        return None
    return dialog.text()
