"""Walking the widget tree as assistive technology and a keyboard user meet it:
the main window in both modes and every dialog that opens without a file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
               QAbstractSpinBox, QAbstractItemView, QAbstractSlider, QTabBar)


def accessible_name(w: QWidget) -> str:
    """The name Qt exposes to screen readers: accessibleName, else a button's text,
    else the text of the label whose buddy the widget is."""
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def interactive_widgets(root: QWidget) -> list[QWidget]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, INTERACTIVE) or isinstance(w, (QScrollBar, QHeaderView)):
            continue  # headers and scroll bars belong to their view
        if w.objectName().startswith("qt_"):
            continue  # Qt's own parts (a table's corner button)
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo/spin box: the box carries the name
        out.append(w)
    return out


def describe(w: QWidget) -> str:
    chain = []
    p = w
    while p is not None and len(chain) < 4:
        chain.append(f"{type(p).__name__}#{p.objectName()}")
        p = p.parentWidget()
    return " < ".join(chain)


def nameless(root: QWidget) -> list[str]:
    return [describe(w) for w in interactive_widgets(root) if not accessible_name(w).strip()]


def keyboard_unreachable(root: QWidget) -> list[str]:
    """Interactive widgets a keyboard user cannot get to (no Tab focus)."""
    bad = []
    for w in interactive_widgets(root):
        if isinstance(w, QAbstractSlider):
            continue
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            bad.append(describe(w))
    return bad


def open_dialogs(window):
    """(name, dialog) for every dialog that opens from the window without a file pick."""
    from sessionkit.ui.editors.agenda_editor import AgendaEditorDialog
    from sessionkit.ui.app import ui_settings
    from sessionkit.ui.dialogs.about import ShortcutsDialog
    from sessionkit.ui.live.stage_message import StageMessageDialog
    from sessionkit.ui.capture.report_meta_dialog import ReportMetaDialog
    from sessionkit.ui.capture.search_dialog import SearchDialog
    from sessionkit.ui.editors.session_editor import (
        BinDialog,
        NewSessionDialog,
        SessionEditorDialog,
    )
    from sessionkit.ui.dialogs.settings_dialog import SettingsDialog

    ctx = window.ctx
    makers = [
        ("settings", lambda: SettingsDialog(ui_settings(ctx.data_dir), window)),
        ("session editor", lambda: SessionEditorDialog(ctx, window)),
        ("agenda editor", lambda: AgendaEditorDialog(ctx, window)),
        ("new session", lambda: NewSessionDialog(ctx.store, window)),
        ("bin", lambda: BinDialog(ctx.store, window)),
        ("search", lambda: SearchDialog(ctx.store, ctx.session_id, window)),
        ("report details", lambda: ReportMetaDialog(ctx.store, ctx.session_id, window)),
        ("shortcuts", lambda: ShortcutsDialog(window)),
        ("stage message", lambda: StageMessageDialog(window)),
    ]
    try:
        from sessionkit.ui.dialogs.export_dialog import ExportReportDialog
        makers.append(("export report", lambda: ExportReportDialog(
            ctx.data_dir, ctx.session_id, ctx.session.code, ui_settings(ctx.data_dir), window)))
    except ImportError:
        pass
    try:
        from sessionkit.ui.dialogs.package_dialogs import (
            ExportPackageDialog,
            MergePackagesDialog,
        )
        makers += [("export package", lambda: ExportPackageDialog(ctx.store, window)),
                   ("merge packages", lambda: MergePackagesDialog(ctx.store, window))]
    except ImportError:
        pass
    try:
        from sessionkit.ui.dialogs.import_dialog import ImportScheduleDialog
        makers.append(("import schedule", lambda: ImportScheduleDialog(ctx.store, window)))
    except ImportError:
        pass
    for name, make in makers:
        yield name, make()
