"""What the user sees when saving fails: a banner above the note box while the draft
cannot be saved (the text stays; Copy / Save as…), a banner when the data file itself
is in danger (its -wal was deleted), and the question at close when the note box
could not be saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from sessionkit.interchange.files import check_destination
from sessionkit.services import safety
from sessionkit.ui.dialogs import message


def t(text: str) -> str:
    return QCoreApplication.translate("Safety", text)


class SaveProblemBanner(QWidget):
    """Shown above the note box while the draft cannot be saved."""

    def __init__(self, get_text, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saveProblem")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#saveProblem { background: #FDECEA; border: 1px solid #B3261E;"
                           " border-radius: 4px; } #saveProblemText { color: #8C1D18;"
                           " font-weight: bold; }")
        self._get_text = get_text
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setObjectName("saveProblemText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        self.copy_button = QPushButton(t("Copy text"))
        self.copy_button.clicked.connect(self.copy_text)
        row.addWidget(self.copy_button)
        self.save_as_button = QPushButton(t("Save as…"))
        self.save_as_button.clicked.connect(self.save_as)
        row.addWidget(self.save_as_button)
        self.hide()

    def show_problem(self, reason: str) -> None:
        self.label.setText(t("Not saved — {reason}. Your text is still here; saving is "
                             "retried every few seconds.").format(reason=reason))
        self.show()

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self._get_text())

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, t("Save the note box text"),
                                              str(Path.home() / "SessionKit-unsaved-note.txt"),
                                              t("Text (*.txt)"))
        if not path:
            return
        try:
            check_destination(path, None, "text")  # not over the data file, nor a FIFO
            Path(path).write_text(self._get_text(), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, t("Not saved"),
                                t("{path} could not be written: {reason}")
                                .format(path=path, reason=exc.strerror or str(exc)))


class StoreProblemBanner(QWidget):
    """Shown above the note box of every window when the data file itself is in danger
    (its -wal was deleted): one sentence. Dismissed by the user; shown again at each
    check while the danger lasts."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("storeProblem")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#storeProblem { background: #FDECEA; border: 1px solid #B3261E;"
                           " border-radius: 4px; } #storeProblemText { color: #8C1D18;"
                           " font-weight: bold; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setObjectName("storeProblemText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        self.dismiss_button = QPushButton(t("Dismiss"))
        self.dismiss_button.clicked.connect(self.hide)
        row.addWidget(self.dismiss_button)
        self.hide()

    def show_problem(self, text: str) -> None:
        self.label.setText(text)
        self.show()


def confirm_close_unsaved(window, exc) -> bool:
    """The note box could not be saved while closing: keep the window open (the default),
    save the text to a file of the user's choice, or quit without it. True: close."""
    text = window.capture_panel.edit.toPlainText()
    reason = safety.describe_write_error(exc).removeprefix("could not save: ")
    while True:
        choice = message.ask(QMessageBox.Icon.Warning, t("The note box is not saved"),
                     t("The note box could not be saved ({reason}). Its text is still in "
                       "the window.\n\nKeep SessionKit open to retry, or save the text to "
                       "another file first.").format(reason=reason),
                     [t("Save the text as…"), t("Quit without saving"),
                      t("Keep SessionKit open")], window, default=2)
        if choice == 2:
            return False
        if choice == 1:
            QGuiApplication.clipboard().setText(text)  # a last chance: it is on the clipboard
            return True
        path, _ = QFileDialog.getSaveFileName(window, t("Save the note box text"),
                                              str(Path.home() / "SessionKit-unsaved-note.txt"),
                                              t("Text (*.txt)"))
        if not path:
            continue
        try:
            check_destination(path, None, "text")  # not over the data file, nor a FIFO
            Path(path).write_text(text, encoding="utf-8")
            return True
        except OSError as err:
            QMessageBox.warning(window, t("Not saved"),
                                t("{path} could not be written: {reason}")
                                .format(path=path, reason=err.strerror or str(err)))
