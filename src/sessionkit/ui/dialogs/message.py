"""One message box with the given buttons, as a function the tests can answer: with
``SESSIONKIT_TEST_DIALOGS`` set, each message is logged to that file and answered with
``SESSIONKIT_TEST_ANSWER`` (a button index) instead of being shown (used by
tests/e2e/test_crash_recovery.py and scripts/soak_crash.py). Call it as ``message.ask(…)``
so a test that replaces ``message.ask`` reaches every caller."""

from __future__ import annotations

import json
import os

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(icon: QMessageBox.Icon, title: str, text: str, buttons: list[str],
        parent: QWidget | None = None, default: int = 0) -> int:
    """Show a message with the given buttons; returns the index of the one clicked
    (the last one — the safe way out — when the dialog is closed)."""
    log = os.environ.get("SESSIONKIT_TEST_DIALOGS")
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write(json.dumps({"title": title, "text": text, "buttons": buttons},
                               ensure_ascii=False) + "\n")
        return int(os.environ.get("SESSIONKIT_TEST_ANSWER", len(buttons) - 1))
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    made = [box.addButton(b, QMessageBox.ButtonRole.AcceptRole if i == 0
                          else QMessageBox.ButtonRole.RejectRole if i == len(buttons) - 1
                          else QMessageBox.ButtonRole.ActionRole)
            for i, b in enumerate(buttons)]
    box.setDefaultButton(made[default])
    box.setEscapeButton(made[-1])
    box.exec()
    clicked = box.clickedButton()
    return made.index(clicked) if clicked in made else len(buttons) - 1
