"""The team folder's two faces: its row in File → Settings… (choose a folder, or turn
it off) and File → Team folder status… (per session, which devices contributed and
when each was last seen; the last pass; files waiting). The work is services/team.py;
the timers and the worker are ui/team_sync.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def t(text: str) -> str:
    return QCoreApplication.translate("TeamFolder", text)


class TeamFolderChooser(QWidget):
    """The Settings row: the folder (or "Off"), Choose…, Turn off."""

    def __init__(self, data_dir: Path, folder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.folder = folder
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.shown = QLineEdit()
        self.shown.setObjectName("teamFolderPath")
        self.shown.setReadOnly(True)
        self.shown.setAccessibleName(t("Team folder"))
        self.shown.setPlaceholderText(t("Off"))
        self.shown.setMinimumWidth(self.shown.fontMetrics().averageCharWidth() * 36)
        row.addWidget(self.shown, 1)
        self.choose = QPushButton(t("Choose…"))
        self.choose.setObjectName("teamFolderChoose")
        self.choose.clicked.connect(self._choose)
        row.addWidget(self.choose)
        self.off = QPushButton(t("Turn off"))
        self.off.setObjectName("teamFolderOff")
        self.off.clicked.connect(lambda: self.set_folder(""))
        row.addWidget(self.off)
        for button in (self.choose, self.off):
            # Enter after choosing a folder is OK for the dialog, not the chooser again
            button.setAutoDefault(False)
        self.set_folder(folder)

    def set_folder(self, folder: str) -> bool:
        """Take ``folder`` ("" turns it off); a folder that cannot be used is refused
        with one sentence and the choice stays as it was."""
        # services/team.py (and with it hashlib's OpenSSL, ~4 MB) only when used: this
        # module is imported at every start for its menu action
        from sessionkit.services.team import TeamFolderError, check_folder

        if folder:
            try:
                folder = str(check_folder(folder, self.data_dir))
            except TeamFolderError as exc:
                QMessageBox.warning(self, t("Team folder not used"), str(exc))
                return False
        self.folder = folder
        self.shown.setText(folder)
        self.off.setEnabled(bool(folder))
        return True

    def _choose(self) -> None:
        start = self.folder or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, t("Choose the team folder"), start)
        if folder:
            self.set_folder(folder)


def _when(moment) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else "—"


class TeamStatusDialog(QDialog):
    """Per session, the devices whose packages are in the folder, and when each was
    last seen; the last pass's outcome; files not merged (yet)."""

    def __init__(self, window, sync):
        super().__init__(window)
        self.window_, self.sync = window, sync
        self.setObjectName("teamStatusDialog")
        self.setWindowTitle(t("Team folder status"))
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("teamStatusSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setObjectName("teamStatusTree")
        self.tree.setHeaderLabels([t("Session / device"), t("Last seen")])
        self.tree.setAccessibleName(t("Devices that contributed to each session"))
        layout.addWidget(self.tree, 1)
        self.waiting = QLabel()
        self.waiting.setObjectName("teamStatusWaiting")
        self.waiting.setWordWrap(True)
        layout.addWidget(self.waiting)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sync_now = buttons.addButton(t("Sync now"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_now.setObjectName("teamSyncNow")
        self.sync_now.clicked.connect(sync.run_now)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        sync.passed.connect(self.refresh)
        sync.failed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        from sessionkit.services.team import TeamFolderError, shown, team_status

        self.tree.clear()
        sync = self.sync
        if not sync.enabled:
            self.summary.setText(t("No team folder is chosen. Choose one in File → Settings… "
                                   "to share sessions with other laptops."))
            self.sync_now.setEnabled(False)
            self.waiting.clear()
            return
        self.sync_now.setEnabled(True)
        lines = [t("Team folder: {folder}").format(folder=sync.folder)]
        if sync.last_error:
            lines.append(t("Last pass failed: {reason}").format(reason=sync.last_error))
        elif sync.last_report is not None and sync.last_pass is not None:
            r = sync.last_report
            lines.append(t("Last pass {time}: {written} written, {merged} merged.").format(
                time=_when(sync.last_pass), written=len(r.written), merged=len(r.merged)))
        elif sync.running:
            lines.append(t("A pass is running…"))
        try:
            status = team_status(self.window_.ctx.store, sync.folder)
        except TeamFolderError as exc:
            lines.append(str(exc))
            self.summary.setText("\n".join(lines))
            self.waiting.clear()
            return
        lines.insert(1, t("This device: {name}").format(name=status.device.name))
        self.summary.setText("\n".join(lines))
        for s in status.sessions:
            top = QTreeWidgetItem([f"{s.code} — {s.title}" if s.code else s.session_id, ""])
            self.tree.addTopLevelItem(top)
            names = [c.device_name for c in s.devices]
            for c in s.devices:
                name = c.device_name
                if names.count(name) > 1:  # two laptops with one host name: tell them apart
                    name = f"{name} · {c.device_id[:6]}"
                if c.this_device:
                    name = t("{name} (this device)").format(name=name)
                top.addChild(QTreeWidgetItem([name, _when(c.last_seen)]))
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        if status.waiting:
            self.waiting.setText(t("Not merged (yet): {files}").format(
                files=", ".join(shown(n) for n in status.waiting[:10])
                + (" …" if len(status.waiting) > 10 else "")))
        else:
            self.waiting.clear()


def install_status_action(window, sync) -> QAction:
    """File → Team folder status…"""
    action = QAction(t("&Team folder status…"), window)
    action.setObjectName("teamStatusAction")

    def show() -> None:
        dialog = TeamStatusDialog(window, sync)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        window.team_status_dialog = dialog

    action.triggered.connect(show)
    file_menu = window.menus["file"]
    before = getattr(window, "quit_action", None)
    if before is not None and before in file_menu.actions():
        file_menu.insertAction(before, action)
    else:
        file_menu.addAction(action)
    window.team_status_action = action
    return action
