"""Screenshots of every main view at the screen sizes people really have.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR]
        [--sizes 1024x768,1366x768,1920x1080] [--themes light,dark] [--full]

For each screen size and theme, a fresh process starts with an offscreen screen of
that size, so the window places and sizes itself as on a real first start there
(``--full``: the window is resized to the whole screen instead). The D3 session is
filled with the demo run (report/sample.py). Shots, as OUT_DIR/<size>-<theme>-<view>.png
(default OUT_DIR: out/screenshots, which git ignores):

* main: the main window with a note being typed (capture);
* live: live mode mid-session; stage: the stage display, full screen;
* one per dialog reachable from the menus (File, Edit, Notes, Session, Live, Help…),
  found by triggering each menu entry and grabbing the windows it opens, then closing
  them; entries that change data without asking (Quit, Duplicate, the live clock keys,
  Finish) are skipped. A session switcher (Ctrl+O), where present, is one of them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "out" / "screenshots"
# Menu entries not triggered: they change data or the live run without a dialog.
SKIP = {"quit", "duplicate-session", "finish-the-session-now", "live-mode", "undo", "redo",
        "go-to-the-notes-list", "back-to-the-note-box"}
SKIP_KEYS = {"F4", "F5", "F6", "F7", "F8", "F9", "Alt+PgDown", "Alt+PgUp", "Ctrl+Shift+K"}


def settle(app, ms: int = 250) -> None:
    """Let layouts, deferred resizes and timers run before a grab."""
    import time

    from PySide6.QtCore import QCoreApplication, QEvent

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.01)


def slug(text: str) -> str:
    text = text.replace("&", "").replace("…", "").strip().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "dialog"


def _menu_actions(window):
    """(menu title, action) for every entry of the menu bar, sub-menus included."""
    def walk(menu, title):
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                yield from walk(action.menu(), title)
            else:
                yield title, action
    for top in window.menuBar().actions():
        if top.menu() is not None:
            yield from walk(top.menu(), slug(top.text()))


def _other_windows(app, window) -> list:
    return [w for w in app.topLevelWidgets()
            if w.isVisible() and w is not window and w.windowType().name not in
            ("Popup", "ToolTip") and not w.inherits("QMenu")]


def shoot_dialogs(app, window, out: Path, prefix: str) -> list[str]:
    """Trigger each menu entry; grab and close the windows it opens."""
    from PySide6.QtCore import QTimer

    saved: list[str] = []
    seen: set[str] = set()

    for menu_title, action in list(_menu_actions(window)):
        try:
            name = slug(action.text())
            keys = action.shortcut().toString()
            enabled = action.isEnabled()
        except RuntimeError:  # gone with a menu rebuilt meanwhile
            continue
        if name in SKIP or name.startswith(("undo-", "redo-")) or keys in SKIP_KEYS \
                or not enabled:
            continue
        before = set(map(id, _other_windows(app, window)))
        grabbed: list[str] = []

        def grab_and_close(name=name, menu_title=menu_title, before=before, grabbed=grabbed):
            settle(app, 200)
            for w in _other_windows(app, window):
                if id(w) in before:
                    continue
                label = f"{menu_title}-{name}"
                if label in seen:
                    label += f"-{len(seen)}"
                seen.add(label)
                path = out / f"{prefix}-{label}.png"
                w.grab().save(str(path))
                grabbed.append(str(path))
                if hasattr(w, "reject"):
                    w.reject()
                w.close()
            settle(app, 50)

        # a modal dialog runs its own loop inside trigger(): the timer fires in there
        QTimer.singleShot(0, grab_and_close)
        action.trigger()
        settle(app, 50)
        if not grabbed:
            grab_and_close()
        saved += grabbed
        for w in _other_windows(app, window):  # anything left (a stage display…)
            w.close()
    return saved


def shoot_call(app, window, out: Path, prefix: str, label: str, func) -> list[str]:
    """Call ``func`` (it opens a dialog, modal or not); grab and close what it opens."""
    from PySide6.QtCore import QTimer

    before = set(map(id, _other_windows(app, window)))
    grabbed: list[str] = []

    def grab_and_close():
        settle(app, 200)
        for w in _other_windows(app, window):
            if id(w) in before:
                continue
            path = out / f"{prefix}-{label}.png"
            w.grab().save(str(path))
            grabbed.append(str(path))
            if hasattr(w, "reject"):
                w.reject()
            w.close()

    QTimer.singleShot(0, grab_and_close)
    func()
    settle(app, 50)
    if not grabbed:
        grab_and_close()
    return grabbed


def one(size: tuple[int, int], scheme: str, out: Path, full: bool) -> list[str]:
    from PySide6.QtWidgets import QApplication

    from sessionkit.report.sample import populate_demo
    from sessionkit.services.sessions import open_store
    from sessionkit.ui import theme
    from sessionkit.ui.app import _ensure_app, choose_session, open_main_window, ui_settings
    from sessionkit.ui.preferences import apply_preferences

    app = _ensure_app()
    prefix = f"{size[0]}x{size[1]}-{scheme}"
    saved = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        os.environ["SESSIONKIT_DATA_DIR"] = str(data)
        settings = ui_settings(data)
        apply_preferences(app, settings)
        store, _ = open_store(data)
        sid = choose_session(store, settings, None)
        populate_demo(store, sid)
        theme.apply_theme(scheme, app)
        window = open_main_window(store, data, sid, settings)
        if full:
            window.setGeometry(0, 0, *size)
        window.show()
        settle(app)
        window.capture_panel.edit.setPlainText(
            "Kim: Gwangju pairs cities by need — 광주는 필요에 따라 도시를 연결합니다")
        settle(app)
        path = out / f"{prefix}-main.png"
        window.grab().save(str(path))
        saved.append(str(path))
        saved += shoot_dialogs(app, window, out, prefix)
        # dialogs opened from the notes list rather than a menu
        panel = window.notes_panel
        panel.select_note(store.notes.for_session(sid)[0].id)
        saved += shoot_call(app, window, out, prefix, "notes-history", panel.show_history)
        saved += shoot_call(app, window, out, prefix, "notes-action-owner-and-due",
                            panel.edit_action_fields)

        mod = window.moderator
        mod.set_live(True)
        mod.controller.toggle_run()
        mod.controller.next_item()
        mod.controller.next_item()
        settle(app, 400)
        path = out / f"{prefix}-live.png"
        window.grab().save(str(path))
        saved.append(str(path))
        saved += shoot_call(app, window, out, prefix, "live-stage-message",
                            lambda: mod.controller.send_message())
        stage = mod.controller.ensure_stage()
        stage.setGeometry(0, 0, *size)
        stage.show()
        settle(app, 300)
        path = out / f"{prefix}-stage.png"
        stage.grab().save(str(path))
        saved.append(str(path))
        stage.hide()
        mod.controller.reset()
        window.close()
        store.close()
        QApplication.processEvents()
    return saved


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", default=str(DEFAULT_OUT))
    ap.add_argument("--sizes", default="1024x768,1366x768,1920x1080")
    ap.add_argument("--themes", default="light,dark")
    ap.add_argument("--full", action="store_true",
                    help="resize the window to the whole screen (default: as it opens)")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args()
    out = Path(args.out).absolute()
    out.mkdir(parents=True, exist_ok=True)
    if args.one:
        w, h, scheme = args.one.split(",")
        print(json.dumps(one((int(w), int(h)), scheme, out, args.full)))
        return 0
    for size in args.sizes.split(","):
        try:
            w, h = (int(x) for x in size.lower().split("x"))
        except ValueError:
            print(f"Not a screen size: {size!r} (expected e.g. 1366x768).", file=sys.stderr)
            return 2
        for scheme in args.themes.split(","):
            with tempfile.TemporaryDirectory() as tmp:
                config = Path(tmp) / "screen.json"
                config.write_text(json.dumps({"screens": [{
                    "name": f"screen{w}x{h}", "x": 0, "y": 0, "width": w, "height": h,
                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
                env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
                env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
                cmd = [sys.executable, __file__, str(out), "--one", f"{w},{h},{scheme}"]
                if args.full:
                    cmd.append("--full")
                proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
                if proc.returncode != 0:
                    print(proc.stderr[-2000:], file=sys.stderr)
                    return proc.returncode
                files = json.loads(proc.stdout.strip().splitlines()[-1])
                print(f"{w}x{h} {scheme}: {len(files)} screenshots")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
