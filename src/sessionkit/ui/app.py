"""Starting the desktop app: QApplication, store, session choice, main window."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from sessionkit.ui.pyside_guard import scan_sources_uncached

scan_sources_uncached()  # before the imports below, which it makes cheaper

from sessionkit.store import NotFound, Store  # noqa: E402
from sessionkit.ui.context import SessionContext  # noqa: E402
from sessionkit.ui.main_window import MainWindow  # noqa: E402
from sessionkit.ui.preferences import apply_preferences, ui_settings  # noqa: E402
from sessionkit.ui.style import STYLE_SHEET  # noqa: E402

DEFAULT_SESSION = "D3"
EXIT_STORE_ERROR = 2


def t(text: str) -> str:
    return QCoreApplication.translate("App", text)


def choose_session(store: Store, settings: QSettings, requested: str | None) -> str:
    """The session to open: the requested one, else the last opened, else D3, else the first.

    Raises NotFound only when a session was requested and does not exist.
    """
    if requested:
        return store.sessions.find(requested).id
    last = settings.value("session/last")
    if last:
        try:
            return store.sessions.get(str(last)).id
        except NotFound:
            pass
    try:
        return store.sessions.find(DEFAULT_SESSION).id
    except NotFound:
        sessions = store.sessions.list()
        if not sessions:
            raise
        return sessions[0].id


def open_main_window(store: Store, data_dir: Path, session_id: str,
                     settings: QSettings | None = None) -> MainWindow:
    ctx = SessionContext(store, data_dir, session_id)
    ctx.settings = settings  # the UI's INI in the data dir (None in some tests)
    window = MainWindow(ctx, settings)
    # how the window's session switch opens the next one (so the features that switch
    # need not import this module, which imports them through the window)
    window.open_session_window = lambda other: open_main_window(store, data_dir, other,
                                                                settings)
    from sessionkit.ui.keyboard_return import install as install_keyboard_return
    install_keyboard_return()  # after a dialog closes, the keys work again without a click
    from sessionkit.ui.dialogs.settings_dialog import install as install_settings
    install_settings(window)  # File → Settings… (language, look, report language)
    from sessionkit.ui.team_sync import install as install_team
    install_team(window)  # the team folder (when chosen) and File → Team folder status…
    # Written (and synced to disk, ~15 ms) only when it changes: not at every start.
    if settings is not None and settings.value("session/last") != session_id:
        settings.setValue("session/last", session_id)
        settings.sync()
    return window


def _app_icon():
    from PySide6.QtGui import QIcon

    from sessionkit.config import resources_dir

    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("sessionkit-*.png")):
        icon.addFile(str(png))
    return icon


def _ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("SessionKit")
    # No application display name: on X11 Qt would append " — SessionKit" to titles
    # that already begin with it.
    app.setOrganizationName("SessionKit")
    app.setDesktopFileName("org.sessionkit.SessionKit")  # packaging/linux/*.desktop
    app.setWindowIcon(_app_icon())
    app.setStyleSheet(STYLE_SHEET)
    return app


def _close_data(opened) -> None:
    """The writer thread's queue is written and its connection closed first, so the
    store's close is the last one: SQLite folds the -wal into the file and the clean
    close is marked (the next start then skips the full integrity check)."""
    from sessionkit.ui.capture.writer import close_writer_for

    close_writer_for(opened.store)
    opened.close()  # the store, and the single-instance lock


def run_gui(data_dir: Path, session: str | None = None) -> int:
    from sessionkit.ui import safety

    app = _ensure_app()
    data_dir = Path(data_dir)
    apply_preferences(app, ui_settings(data_dir))  # language, bundled fonts, theme
    # lock, health check, backup; dialogs for a second start, damage, newer file
    opened = safety.open_data_for_gui(data_dir)
    if opened is None:
        return EXIT_STORE_ERROR
    store, seeded = opened.store, opened
    settings = ui_settings(data_dir)
    try:
        session_id = choose_session(store, settings, session)
    except NotFound as exc:
        QMessageBox.critical(None, t("SessionKit cannot start"),
                             t("No session to open: {reason}").format(reason=str(exc)))
        opened.close()  # the store, and the single-instance lock
        return EXIT_STORE_ERROR
    # Put the window together before the app-wide style sheet is in force, then apply it
    # once: with it set, Qt re-polishes a whole subtree each time it is re-parented while
    # the panels are assembled (~80 ms of start-up; benchmarks/README.md). Same look.
    sheet = app.styleSheet()
    app.setStyleSheet("")
    try:
        window = open_main_window(store, data_dir, session_id, settings)
    finally:
        app.setStyleSheet(sheet)
    safety.install(app, window, opened, data_dir)
    window.show()
    window.activateWindow()
    if os.environ.get("SESSIONKIT_EXIT_AFTER_SHOWN"):  # benchmarks/: time to a shown window
        from sessionkit.ui.startup_probe import exit_after_shown
        exit_after_shown(app, window, os.environ["SESSIONKIT_EXIT_AFTER_SHOWN"])
    if seeded.errors:
        QTimer.singleShot(0, lambda: QMessageBox.warning(
            window, t("Some bundled sessions were skipped"),
            t("These session files could not be read:\n\n{errors}")
            .format(errors="\n".join(seeded.errors))))

    def _main_windows() -> list[MainWindow]:
        # "switch session" replaces the first window: act on the ones alive now.
        import shiboken6

        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and shiboken6.isValid(w)]

    def _flush_all() -> None:
        for w in _main_windows():
            try:
                w.flush()
            except Exception:  # noqa: BLE001 - the safety layer reports save failures
                pass

    # Quit cleanly (saving the draft) on SIGTERM / Ctrl+C in the terminal.
    def _on_signal(*_args):
        for w in _main_windows():
            w.close()
        app.quit()

    previous = {}
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            previous[sig] = signal.signal(sig, _on_signal)
        except (ValueError, OSError):  # not the main thread
            pass
    ticker = QTimer()
    ticker.start(300)  # lets the Python interpreter run signal handlers
    ticker.timeout.connect(lambda: None)
    app.aboutToQuit.connect(_flush_all)
    try:
        return app.exec()
    finally:
        ticker.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        _flush_all()
        _close_data(opened)
