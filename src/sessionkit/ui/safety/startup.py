"""Opening the data folder at start, with a dialog for every way it can fail: another
SessionKit holds the lock (offer to bring it forward), the data file is damaged (moved
aside; the newest good backup is offered), it was written by a newer SessionKit, the
folder cannot be written; and a backup holding notes the data file lost is offered.
The checks themselves are services/safety.py (Qt-free)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sessionkit.services import safety
from sessionkit.store import NewerSchemaError, StoreError
from sessionkit.store import backup as backups
from sessionkit.ui.dialogs import message
from sessionkit.ui.pyside_guard import guard_none_refcount
from sessionkit.ui.safety.single_instance import poke_running_instance


def t(text: str) -> str:
    return QCoreApplication.translate("Safety", text)


def open_data_for_gui(data_dir: Path, parent: QWidget | None = None):
    """``services.safety.Opened``, or None when the app must not start (the user was told)."""
    guard_none_refcount()
    data_dir = Path(data_dir)
    title = t("SessionKit cannot start")
    chose = False  # the user already chose what to start with (a damaged file)
    while True:
        try:
            # the start backup runs on a thread once the window is up (see install)
            opened = safety.open_data(data_dir, write=True, start_backup=False)
        except safety.InstanceLockedError as exc:
            who = (t("process {pid}").format(pid=exc.pid) if exc.pid
                   else t("another process"))
            text = t("SessionKit is already running with this data folder ({who}):\n{folder}"
                     "\n\nOnly one SessionKit at a time may write the notes of a data folder, "
                     "so this one will not start.").format(who=who, folder=str(data_dir))
            if message.ask(QMessageBox.Icon.Information, t("SessionKit is already running"), text,
                   [t("Bring it forward"), t("Close")], parent) == 0:
                poke_running_instance(data_dir)
            return None
        except safety.DamagedDatabaseError as exc:
            good = backups.find_backup(data_dir, exc.backup_id) if exc.backup_id else None
            text = t("The data file is damaged ({reason}).\n\nIt was moved aside to {moved} "
                     "— nothing was deleted.").format(
                reason=exc.reason, moved=str(exc.moved_to) if exc.moved_to else "-")
            if good is not None:
                summary = backups.backup_summary(good)
                text += "\n\n" + t("The newest good backup is from {when} ({notes} notes). "
                                   "Restore it?").format(
                    when=good.local_time.strftime("%Y-%m-%d %H:%M:%S"),
                    notes=summary["notes"] if summary["notes"] is not None else "?")
                buttons = [t("Restore backup"), t("Start with an empty data file"), t("Quit")]
            else:
                text += "\n\n" + t("There is no good backup to restore.")
                buttons = [t("Start with an empty data file"), t("Quit")]
            choice = message.ask(QMessageBox.Icon.Warning, t("The data file is damaged"), text,
                         buttons, parent)
            if choice == len(buttons) - 1:
                return None
            if good is not None and choice == 0:
                try:
                    safety.restore(data_dir, good.id)
                except StoreError as err:
                    message.ask(QMessageBox.Icon.Critical, title,
                        t("The backup could not be restored: {reason}").format(reason=str(err)),
                        [t("Quit")], parent)
                    return None
            chose = True
            continue  # open again: restored, or a new empty file the user asked for
        except NewerSchemaError as exc:
            message.ask(QMessageBox.Icon.Critical, title,
                t("This data file was written by a newer SessionKit and was left untouched. "
                  "Update SessionKit to open it.\n\n{reason}").format(reason=str(exc)),
                [t("Quit")], parent)
            return None
        except (StoreError, OSError) as exc:
            message.ask(QMessageBox.Icon.Critical, title,
                t("The data could not be opened:\n\n{reason}").format(reason=str(exc)),
                [t("Quit")], parent)
            return None
        if chose or opened.ahead is None:
            return opened
        chose = True  # asked once: restored or not, the next open does not ask again
        if not _offer_backup_ahead(data_dir, opened, parent):
            return opened


def _offer_backup_ahead(data_dir: Path, opened, parent: QWidget | None) -> bool:
    """A backup holds notes the data file lost: say so, offer it. True: restored (the
    store is closed and the lock released; open again)."""
    ahead = opened.ahead
    text = t("The backup from {when} holds {count} notes that are missing from the data "
             "file (its journal, sessionkit.db-wal, was probably deleted).").format(
        when=ahead.backup.local_time.strftime("%Y-%m-%d %H:%M:%S"), count=ahead.missing)
    text += "\n\n" + t("Restore that backup? The data file as it is now is backed up "
                        "first.")
    choice = message.ask(QMessageBox.Icon.Warning, t("Notes are missing from the data file"), text,
                 [t("Restore the backup"), t("Keep the data file as it is")], parent)
    if choice != 0:
        return False
    try:
        safety.restore(data_dir, ahead.backup.id, opened=opened)
    except StoreError as err:
        message.ask(QMessageBox.Icon.Critical, t("Restore from backup"),
            t("The backup could not be restored: {reason}").format(reason=str(err)),
            [t("Continue")], parent)
    opened.close()
    return True
