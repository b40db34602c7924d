"""Start-up probe for benchmarks/: quit as soon as the main window is shown and painted.

Inactive unless ``SESSIONKIT_EXIT_AFTER_SHOWN`` is set (see ui/app.py). Its value is
``1`` (just quit) or a file path: a JSON record is written there before quitting:

  shown      time.time() when the window was exposed and its first frame painted
  cpu        time.process_time() then (CPU seconds of the process, all threads)
  rss_kb     resident memory after ``SESSIONKIT_IDLE_MS`` (default 1000) more ms of
             idle event loop (Linux /proc; else the peak RSS from getrusage)
  modules    which of the heavy modules (HEAVY) were already imported
  modules_at_shown  the same, when the first frame was painted
  title      the window title (so a benchmark can check the right session opened)

Only PySide6 and the standard library are used here, so the bare-QMainWindow baseline
in benchmarks/ imports this very file and is measured the same way.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer

HEAVY = ("reportlab", "docx", "icalendar", "defusedxml", "lxml", "PIL", "pypdf",
         "sqlite_utils", "click", "pluggy", "hashlib", "PySide6.QtNetwork")


def rss_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


class _ShownProbe(QObject):
    def __init__(self, app, window, target: str):
        super().__init__(window)
        self.app, self.window, self.target = app, window, target
        self.shown: float | None = None
        self.handle = None

    def start(self) -> None:
        self.handle = self.window.windowHandle()
        if self.handle is None:  # show() not called yet
            QTimer.singleShot(0, self.start)
            return
        if self.handle.isExposed():
            QTimer.singleShot(0, self._painted)
        else:
            self.handle.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802
        if (self.shown is None and event.type() == QEvent.Type.Expose
                and self.handle is not None and self.handle.isExposed()):
            # the expose handler paints the window; the next loop turn comes after it
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        if self.shown is not None:
            return
        self.shown = time.time()
        self.cpu = time.process_time()
        self.modules_at_shown = sorted(m for m in HEAVY if m in sys.modules)
        QTimer.singleShot(int(os.environ.get("SESSIONKIT_IDLE_MS", "1000")), self._finish)

    def _finish(self) -> None:
        if self.target and self.target != "1":
            record = {"shown": self.shown, "cpu": self.cpu, "rss_kb": rss_kb(),
                      "modules": sorted(m for m in HEAVY if m in sys.modules),
                      "modules_at_shown": self.modules_at_shown,
                      "title": self.window.windowTitle()}
            tmp = self.target + ".tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(record, f, ensure_ascii=False)
            os.replace(tmp, self.target)
        self.window.close()
        self.app.quit()


def exit_after_shown(app, window, target: str = "1") -> None:
    """Call right after ``window.show()``; quits once the window is on screen."""
    probe = _ShownProbe(app, window, target)
    window._startup_probe = probe  # keep it alive
    probe.start()
