"""The rapporteur's window-wide tools, installed with one call:
a Notes menu with Search notes (Ctrl+F), Go to the notes list (Ctrl+L),
Back to the note box, Report details (Ctrl+R), and the capture key chords in
Help → Keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from sessionkit.ui.capture.capture_keys import chord_rows


def t(text: str) -> str:
    return QCoreApplication.translate("CaptureTools", text)


class CaptureTools(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        menu = window.menuBar().addMenu(t("&Notes"))
        help_menu = getattr(window, "menus", {}).get("help")
        if help_menu is not None:  # Help stays the last menu
            window.menuBar().insertMenu(help_menu.menuAction(), menu)
        self.menu = menu
        self.search_action = self._add(menu, t("&Search notes…"), "Ctrl+F", self.open_search)
        self.list_action = self._add(menu, t("Go to the notes &list"), "Ctrl+L",
                                     self.focus_list)
        self.box_action = self._add(menu, t("Back to the note &box"), None,
                                    self.ctx.focus_capture_requested.emit)
        menu.addSeparator()
        self.report_action = self._add(menu, t("&Report details…"), "Ctrl+R",
                                       self.edit_report_meta)
        self.search_dialog = None
        self.report_dialog = None
        try:
            from sessionkit.ui.dialogs.about import register_shortcut_help
        except ImportError:
            return
        for keys, what in chord_rows():
            register_shortcut_help(keys, what)

    def _add(self, menu, text, keys, slot) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def focus_list(self) -> None:
        view = self.window.notes_panel.view
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid() and view.model().rowCount():
            view.setCurrentIndex(view.model().index(view.model().rowCount() - 1, 3))

    def open_search(self):
        from sessionkit.ui.capture.search_dialog import SearchDialog

        self.window.flush()
        dialog = SearchDialog(self.ctx.store, self.ctx.session_id, self.window)
        dialog.open_hit.connect(self.open_hit)
        self.search_dialog = dialog
        dialog.show()
        dialog.box.setFocus()
        return dialog

    def open_hit(self, hit) -> None:
        if hit.session_id == self.ctx.session_id:
            if hit.note_id:
                self.ctx.show_note_requested.emit(hit.note_id)
                self.focus_list()
            return
        moderator = getattr(self.window, "moderator", None)
        if moderator is None:
            return
        new = moderator.switch_to(hit.session_id)
        if new is not None and hit.note_id:
            new.ctx.show_note_requested.emit(hit.note_id)
            tools = getattr(new, "capture_tools", None)
            if tools is not None:
                tools.focus_list()

    def edit_report_meta(self):
        from sessionkit.ui.capture.report_meta_dialog import ReportMetaDialog

        dialog = ReportMetaDialog(self.ctx.store, self.ctx.session_id, self.window)
        self.report_dialog = dialog
        # not modal: the live keys (F5…F9) keep working and the clock stays in sight
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.show()
        return dialog


def install(window) -> CaptureTools:
    tools = CaptureTools(window)
    window.capture_tools = tools
    return tools
