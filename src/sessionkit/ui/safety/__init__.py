"""The app's side of "never lose a note"; the logic lives in services/safety.py and
store/ (Qt-free), this package asks the user and wires Qt signals:

- ``startup.py`` — ``open_data_for_gui``: the single-instance lock (a second start is
  refused with a dialog that can bring the running window forward,
  ``single_instance.py``), a damaged file (moved aside; restoring the newest good
  backup is offered), a newer file, an unwritable folder;
- ``controller.py`` — ``install``: flush on ``commitDataRequest`` (logout) and quit, a
  backup every few minutes while something changed and one at close, a deleted -wal
  rebuilt, Help → Restore from backup…;
- ``banners.py`` — a banner when the draft cannot be saved (the text stays in the box,
  offered for copy or save-as, and saving is retried until it succeeds);
- ``hooks.py`` — test hooks (environment variables, used by tests/e2e/test_crash_recovery.py
  and scripts/soak_crash.py; they do nothing unless set): ``SESSIONKIT_TEST_TYPING``
  (a JSON typing script), ``SESSIONKIT_TEST_DUMP`` (write what the window shows as
  JSON, then quit); ``SESSIONKIT_TEST_DIALOGS`` / ``SESSIONKIT_TEST_ANSWER`` log and
  answer dialogs (ui/dialogs/message.py).
"""

from sessionkit.ui.safety.controller import install
from sessionkit.ui.safety.startup import open_data_for_gui

__all__ = ["install", "open_data_for_gui"]
