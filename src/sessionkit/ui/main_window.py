"""The main window: a thin composition of panels.

Layout: the session header on top; on the left a column of reference panels
(agenda, speakers, outcomes); on the right the notes list above the note box.
Other features add panels with ``add_panel`` instead of editing this file.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLayout,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sessionkit.ui.context import SessionContext
from sessionkit.ui.dialogs.about import ShortcutsDialog, show_about
from sessionkit.ui.keys import redo_keys
from sessionkit.ui.panels.agenda import AgendaPanel
from sessionkit.ui.panels.capture import CapturePanel
from sessionkit.ui.panels.header import HeaderPanel
from sessionkit.ui.panels.notes import NotesPanel
from sessionkit.ui.panels.outcomes import OutcomesPanel
from sessionkit.ui.panels.speakers import SpeakersPanel
from sessionkit.ui.placement import PREFERRED_SIZE, fit_geometry, screen_key, share_heights


class MainWindow(QMainWindow):
    def __init__(self, ctx: SessionContext, settings: QSettings | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.setObjectName("mainWindow")
        # The window keeps the size it was given (fitted to the screen when it opens):
        # left to Qt, a layout that measured a wrapping label narrow for a moment raised
        # the window's minimum and grew it past a 1024-px screen, where it stayed.
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(640, 480)
        self.update_title()
        ctx.bundle_changed.connect(self.update_title)

        self.header = HeaderPanel(ctx)
        self.agenda_panel = AgendaPanel(ctx)
        self.speakers_panel = SpeakersPanel(ctx)
        self.outcomes_panel = OutcomesPanel(ctx)
        self.notes_panel = NotesPanel(ctx)
        self.capture_panel = CapturePanel(ctx)

        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.setObjectName("leftColumn")
        self.left.setChildrenCollapsible(False)
        for w in (self.agenda_panel, self.speakers_panel, self.outcomes_panel):
            self.left.addWidget(w)
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("rightColumn")
        self.right.setChildrenCollapsible(False)
        self.right.addWidget(self.notes_panel)
        self.right.addWidget(self.capture_panel)
        # On resize, the speakers list and the notes list give and take the space.
        for splitter, stretch in ((self.left, (0, 1, 0)), (self.right, (1, 0))):
            for i, f in enumerate(stretch):
                splitter.setStretchFactor(i, f)
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.setObjectName("mainSplit")
        self.main_split.setChildrenCollapsible(False)
        self.main_split.addWidget(self.left)
        self.main_split.addWidget(self.right)
        self.main_split.setStretchFactor(0, 0)
        self.main_split.setStretchFactor(1, 1)

        central = QWidget()
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.central_layout.addWidget(self.header)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(8, 8, 8, 8)
        body_layout.addWidget(self.main_split)
        self.central_layout.addWidget(body, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._place_on_screen()
        self._default_sizes()
        self._restore_layout()
        self.capture_panel.focus_box()
        self.setFocusProxy(self.capture_panel.edit)
        # Each feature installs its own menus and actions, so this file stays a list:
        # Notes menu (search Ctrl+F, notes list Ctrl+L, report details Ctrl+R).
        from sessionkit.ui.capture.capture_tools import install as install_capture_tools
        install_capture_tools(self)
        # Live run (live mode, live keys, stage display) and session/agenda editing.
        from sessionkit.ui.live.moderator import install_moderator_tools
        install_moderator_tools(self)
        from sessionkit.ui.editors.session_switcher import install as install_switcher
        install_switcher(self)  # Session → Open… (Ctrl+O)
        # File → Import schedule… / Export package… / Merge package… / calendar.
        from sessionkit.ui.dialogs.interchange_menu import install as install_interchange
        install_interchange(self)
        from sessionkit.ui.secretariat import install as install_secretariat
        install_secretariat(self)  # File → Secretariat view… (Ctrl+Shift+S)
        from sessionkit.ui.dialogs.proceedings_dialog import install as install_proceedings
        install_proceedings(self)  # File → Export proceedings…, Export action items…

    # -- composition API for other features -------------------------------------------
    def add_panel(self, widget: QWidget, area: str = "left", index: int | None = None) -> None:
        """Add a panel: area "left" / "right" (splitter columns) or "top" (under header)."""
        if area == "top":
            self.central_layout.insertWidget(1 if index is None else index, widget)
            return
        splitter = self.left if area == "left" else self.right
        if index is None:
            splitter.addWidget(widget)
        else:
            splitter.insertWidget(index, widget)

    def menu(self, name: str):
        return self.menus[name]

    # -- window --------------------------------------------------------------------------
    def update_title(self) -> None:
        s = self.ctx.session
        self.setWindowTitle(self.tr("SessionKit — {code} — {title}").format(
            code=s.code, title=s.title))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.export_action = QAction(self.tr("&Export report…"), self)
        self.export_action.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.export_action.triggered.connect(self.export_report)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        stack = self.notes_panel.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(redo_keys())
        for action in (self.undo_action, self.redo_action):
            # the note box keeps Ctrl+Z for its own typing (it claims the key first)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            edit_menu.addAction(action)
        from sessionkit.ui.dialogs.about import register_shortcut_help

        native = QKeySequence.SequenceFormat.NativeText
        register_shortcut_help(
            self.undo_action.shortcut().toString(native),
            self.tr("In the notes list: undo moving notes to the bin (or back)"))
        register_shortcut_help(
            " / ".join(k.toString(native) for k in redo_keys()),
            self.tr("In the notes list: redo"))
        help_menu = bar.addMenu(self.tr("&Help"))
        keys_action = QAction(self.tr("&Keyboard shortcuts"), self)
        keys_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        keys_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys_action)
        about_action = QAction(self.tr("&About SessionKit"), self)
        about_action.triggered.connect(lambda: show_about(self))
        help_menu.addAction(about_action)
        self.menus = {"file": file_menu, "edit": edit_menu, "help": help_menu}
        self.quit_action = quit_action

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def _default_sizes(self) -> None:
        w, h = self.width(), self.height()
        left_w = max(340, min(440, int(w * 0.34)))
        if not self.left.isHidden():
            # (opened mid-run, the live view keeps its own wider split: given the agenda
            # column's width its labels wrapped tall, and Qt grew the window past the
            # screen's bottom)
            sizes = [0] * self.main_split.count()  # other features may add (hidden) panes
            sizes[self.main_split.indexOf(self.left)] = left_w
            sizes[self.main_split.indexOf(self.right)] = w - left_w
            self.main_split.setSizes(sizes)
        avail = max(300, h - 130)
        if self.left.isVisible() and self.left.height() > 0:
            avail = self.left.height()
        panes = [self.left.widget(i) for i in range(self.left.count())]
        shown = [w for w in panes if not w.isHidden()]
        handles = self.left.handleWidth() * max(0, len(shown) - 1)
        wanted = [(w.preferred_height(left_w) if hasattr(w, "preferred_height")
                   else w.sizeHint().height()) for w in shown]
        # Every pane gets its content's height when it can. The agenda comes first, up
        # to half the column: it was capped at 40% and its last rows scrolled away while
        # the speakers pane, given all the rest, stood half empty.
        room = avail - handles
        heights = [0] * len(shown)
        others = list(range(len(shown)))
        if self.agenda_panel in shown:
            a = shown.index(self.agenda_panel)
            heights[a] = min(wanted[a], room // 2)
            others.remove(a)
        grow = (others.index(shown.index(self.speakers_panel))
                if self.speakers_panel in shown else None)
        rest = share_heights([wanted[i] for i in others], room - sum(heights), grow)
        for i, h_ in zip(others, rest, strict=True):
            heights[i] = h_
        it = iter(heights)
        self.left.setSizes([next(it) if not w.isHidden() else 0 for w in panes])
        capture = max(140, min(220, int(avail * 0.3)))
        self.right.setSizes([avail - capture, capture])

    def showEvent(self, event) -> None:  # noqa: N802
        # Default splitter sizes follow the size the window is first shown at
        # (e.g. 1024×640), unless a saved layout was restored.
        if not getattr(self, "_sized_once", False):
            self._sized_once = True
            if not getattr(self, "_layout_restored", False):
                self._default_sizes()
        super().showEvent(event)

    def _place_on_screen(self, saved: QRect | None = None) -> None:
        screen = self.screen()
        if screen is None:
            self.resize(PREFERRED_SIZE)
            return
        self.setGeometry(fit_geometry(screen.availableGeometry(), saved))

    def _settings_prefix(self) -> str:
        return f"window/{screen_key(self.screen())}"

    def _restore_layout(self) -> None:
        if self.settings is None:
            return
        prefix = self._settings_prefix()
        saved = self.settings.value(f"{prefix}/rect")
        if isinstance(saved, QRect) and saved.isValid():
            self._place_on_screen(saved)  # only where it fits this screen
            if self.geometry() == saved:
                self._layout_restored_geometry = True
        if self.settings.value(f"{prefix}/maximized") in (True, "true"):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        if not getattr(self, "_layout_restored_geometry", False):
            return  # splitter sizes from another window size would not fit either
        for key, splitter in (("main", self.main_split), ("left", self.left),
                              ("right", self.right)):
            state = self.settings.value(f"{prefix}/splitter_{key}")
            if isinstance(state, QByteArray) and not state.isEmpty():
                self._layout_restored = splitter.restoreState(state) or getattr(
                    self, "_layout_restored", False)

    def _save_layout(self) -> None:
        if self.settings is None:
            return
        prefix = self._settings_prefix()
        self.settings.setValue(f"{prefix}/rect", self.normalGeometry())
        self.settings.setValue(f"{prefix}/maximized", self.isMaximized())
        for key, splitter in (("main", self.main_split), ("left", self.left),
                              ("right", self.right)):
            self.settings.setValue(f"{prefix}/splitter_{key}", splitter.saveState())
        self.settings.sync()

    def flush(self) -> None:
        """Save everything pending (the draft) now."""
        self.capture_panel.flush()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        try:
            self.flush()
        except Exception as exc:  # never lose the draft silently
            from sessionkit.ui.safety.banners import confirm_close_unsaved

            if not confirm_close_unsaved(self, exc):  # keep open / save the text elsewhere
                event.ignore()
                return
        self._save_layout()
        event.accept()

    # -- export ----------------------------------------------------------------------------
    def export_report(self) -> None:
        """File → Export report…: the export dialog (ui/dialogs/export_dialog.py), not modal."""
        self.flush()
        from sessionkit.ui.dialogs.export_dialog import open_export_dialog

        open_export_dialog(self)
