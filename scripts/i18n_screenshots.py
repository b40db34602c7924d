"""Screenshots of the main window, live mode and the stage display per language and theme.

    QT_QPA_PLATFORM=offscreen python scripts/i18n_screenshots.py [OUT_DIR]
        [--langs en,ja,ko,zh_CN] [--themes light,dark] [--size 1280x800]

Each language runs in its own process (translators are installed once, at start, as
in the app). Files: OUT_DIR/<lang>-<theme>-{main,live,stage}.png (default OUT_DIR:
./screenshots-i18n). The D3 session is filled with the demo run (report/sample.py),
so notes, outcomes and the live panel hold text.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def settle(app, ms: int = 300) -> None:
    """Let layouts, deferred resizes and timers run before a grab."""
    import time

    from PySide6.QtCore import QCoreApplication, QEvent

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        # rows replaced with deleteLater() go only when the loop returns: do it here
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.01)


def one(lang: str, themes: list[str], out: Path, size: tuple[int, int]) -> None:
    os.environ["SESSIONKIT_LANG"] = lang
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from sessionkit.report.sample import populate_demo
    from sessionkit.services.clock import WarningLevel
    from sessionkit.services.sessions import open_store
    from sessionkit.ui import theme
    from sessionkit.ui.app import (
        _ensure_app,
        choose_session,
        open_main_window,
        ui_settings,
    )
    from sessionkit.ui.live.live_controller import warning_text
    from sessionkit.ui.preferences import apply_preferences

    app = _ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        settings: QSettings = ui_settings(data)
        apply_preferences(app, settings)
        store, _ = open_store(data)
        sid = choose_session(store, settings, None)
        populate_demo(store, sid)
        for scheme in themes:
            theme.apply_theme(scheme, app)
            w = open_main_window(store, data, sid, None)
            w.resize(*size)
            w.show()
            settle(app)
            w.grab().save(str(out / f"{lang}-{scheme}-main.png"))
            mod = w.moderator
            mod.set_live(True)
            mod.controller.toggle_run()
            mod.controller.next_item()
            mod.controller.next_item()  # item 3: Kim Sang-Kap, a name in Hangul on stage
            settle(app)
            w.grab().save(str(out / f"{lang}-{scheme}-live.png"))
            stage = mod.controller.ensure_stage()
            stage.resize(*size)
            stage.show()
            view = mod.controller.stage_view()
            view = dataclasses.replace(view, level=WarningLevel.AMBER, countdown="1:45",
                                       status=warning_text(WarningLevel.AMBER, 105))
            settle(app)
            stage.show_view(view)  # after the clock's own updates have run
            app.processEvents()
            stage.grab().save(str(out / f"{lang}-{scheme}-stage.png"))
            stage.hide()
            if scheme == themes[0]:
                from sessionkit.ui.dialogs.settings_dialog import SettingsDialog

                dlg = SettingsDialog(ui_settings(data), w)
                dlg.show()
                settle(app)
                dlg.grab().save(str(out / f"{lang}-{scheme}-settings.png"))
                dlg.close()
            mod.controller.reset()
            w.close()
            app.processEvents()
        store.close()
    QApplication.processEvents()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?", default="screenshots-i18n")
    ap.add_argument("--langs", default="en,ja,ko,zh_CN")
    ap.add_argument("--themes", default="light,dark")
    ap.add_argument("--size", default="1280x800")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args()
    out = Path(args.out).absolute()
    out.mkdir(parents=True, exist_ok=True)
    size = tuple(int(x) for x in args.size.split("x"))
    themes = args.themes.split(",")
    if args.one:
        one(args.one, themes, out, size)
        return 0
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    for lang in args.langs.split(","):
        subprocess.run([sys.executable, __file__, str(out), "--one", lang, "--themes",
                        args.themes, "--size", args.size], check=True, env=env)
        print(out / f"{lang}-*.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
