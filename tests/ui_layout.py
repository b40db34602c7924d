"""What a user on a small screen would see cut off: a reusable layout checker.

``layout_problems(root, screen)`` walks a shown window or dialog and returns one
sentence per problem:

* a widget squeezed below its minimum size (a button's text cut, a field too short),
* a label whose text does not fit (elided or clipped) unless its tooltip gives the
  whole text,
* anything past the screen's available area, or past the edge of the window, where
  it cannot be seen (content inside a scroll area is fine: it scrolls).

``run_screen(width, height)`` opens the main window and every dialog on a screen of
that size, in a fresh process (the offscreen platform's screen size is fixed when
the application starts), and returns ``{view name: [problems]}``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
SLACK = 1  # pixels: rounding in style metrics


def describe(w: QWidget) -> str:
    chain, p = [], w
    while p is not None and len(chain) < 4:
        name = p.objectName()
        chain.append(type(p).__name__ + (f"#{name}" if name else ""))
        p = p.parentWidget()
    text = ""
    if isinstance(w, (QLabel, QAbstractButton)) and w.text():
        text = f" “{w.text()[:40]}”"
    return " < ".join(chain) + text


def _shown(root: QWidget) -> list[QWidget]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.isWindow() and w is not root:
            continue  # menus, tooltips, other windows
        if w is not root and not w.isVisibleTo(root):
            continue
        if w.objectName().startswith("qt_") and not isinstance(w, QAbstractScrollArea):
            continue  # Qt's own parts (scroll bar containers, viewports)
        if isinstance(w, QHeaderView):
            continue  # sized by its view
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), (QComboBox,
                                                                       QAbstractSpinBox)):
            continue  # the editor inside a combo or spin box: the box is checked
        out.append(w)
    return out


def _in_scroll_content(w: QWidget, root: QWidget) -> bool:
    """True for a widget inside a scroll area's viewport: the area scrolls it into view."""
    p = w.parentWidget()
    while p is not None and p is not root:
        if p.objectName() == "qt_scrollarea_viewport":
            return True
        p = p.parentWidget()
    return False


def effective_minimum(w: QWidget) -> tuple[int, int]:
    """The smallest size a layout may give the widget (Qt's qSmartMinSize)."""
    hint, min_hint, policy = w.sizeHint(), w.minimumSizeHint(), w.sizePolicy()
    out = []
    for explicit, h, mh, pol in ((w.minimumWidth(), hint.width(), min_hint.width(),
                                  policy.horizontalPolicy()),
                                 (w.minimumHeight(), hint.height(), min_hint.height(),
                                  policy.verticalPolicy())):
        if explicit > 0:
            out.append(explicit)
        elif pol == QSizePolicy.Policy.Ignored:
            out.append(0)
        elif not (pol.value & QSizePolicy.PolicyFlag.ShrinkFlag.value):
            out.append(max(h, 0))
        else:
            out.append(max(mh, 0))
    return out[0], out[1]


def _label_clipped(label: QLabel) -> bool:
    """True when the label's text does not fit its box (Qt clips or elides it)."""
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return False
    if label.wordWrap():
        return label.heightForWidth(label.width()) > label.height() + SLACK
    hint = label.sizeHint()  # the text's size, mnemonics and margins counted
    return hint.width() > label.width() + SLACK or hint.height() > label.height() + SLACK


def _combo_clipped(combo: QComboBox) -> bool:
    """True when a combo box shows its current text cut short."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    text = combo.currentText()
    if not text or combo.isEditable():
        return False
    opt = QStyleOptionComboBox()
    opt.initFrom(combo)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    return combo.fontMetrics().horizontalAdvance(text) + icon > field.width() + SLACK


def _cells_cut(view) -> list[str]:
    """Single-line cells of an item view whose text is elided without a tooltip."""
    from PySide6.QtCore import Qt

    model = view.model()
    if model is None or getattr(view, "wordWrap", lambda: False)():
        return []
    out = []
    viewport = view.viewport().rect()
    try:
        columns = model.columnCount(view.rootIndex())
    except TypeError:  # list models keep columnCount private
        columns = 1
    for row in range(min(model.rowCount(view.rootIndex()), 200)):
        for col in range(columns):
            index = model.index(row, col, view.rootIndex())
            rect = view.visualRect(index)
            if not rect.isValid() or not viewport.intersects(rect):
                continue
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text or "\n" in text:
                continue
            # the delegate's own measure of the cell (text, margins, icon)
            if view.sizeHintForIndex(index).width() > rect.width() + SLACK and not index.data(
                    Qt.ItemDataRole.ToolTipRole):
                out.append(text)
    return out


def _tooltip_has_whole_text(w: QWidget, text: str) -> bool:
    import html
    import re

    tip = w.toolTip()
    if not tip:
        return False
    plain = html.unescape(re.sub(r"<[^>]+>", "", tip.replace("<br>", "\n")))
    return " ".join(text.split()) in " ".join(plain.split())


def layout_problems(root: QWidget, screen: QRect) -> list[str]:
    """Problems a user would see in ``root`` (shown) on a screen whose available
    area is ``screen`` (global coordinates)."""
    problems: list[str] = []
    frame = root.frameGeometry()
    if frame.width() > screen.width() or frame.height() > screen.height():
        problems.append(f"{describe(root)}: {frame.width()}×{frame.height()} does not fit "
                        f"a {screen.width()}×{screen.height()} screen")
    elif not screen.contains(frame):
        problems.append(f"{describe(root)}: placed at {frame.x()},{frame.y()}, partly "
                        f"off the {screen.width()}×{screen.height()} screen")
    window_rect = QRect(QPoint(0, 0), root.size())
    for w in _shown(root):
        if w is root:
            continue
        scrolled = _in_scroll_content(w, root)
        min_w, min_h = effective_minimum(w)
        if w.width() + SLACK < min_w or w.height() + SLACK < min_h:
            problems.append(f"{describe(w)}: {w.width()}×{w.height()} is smaller than its "
                            f"minimum {min_w}×{min_h}")
        if isinstance(w, QLabel) and _label_clipped(w) and not _tooltip_has_whole_text(
                w, w.text()):
            problems.append(f"{describe(w)}: text cut off ({w.width()}×{w.height()}) and "
                            "no tooltip with the whole text")
        if isinstance(w, QComboBox) and _combo_clipped(w) and not _tooltip_has_whole_text(
                w, w.currentText()):
            problems.append(f"{describe(w)}: shows “{w.currentText()}” cut short and no "
                            "tooltip with the whole text")
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            for text in _cells_cut(w)[:3]:
                problems.append(f"{describe(w)}: cell “{text[:40]}” cut short and no tooltip")
        if not scrolled:
            rect = QRect(w.mapTo(root, QPoint(0, 0)), w.size())
            if not window_rect.contains(rect):
                problems.append(f"{describe(w)}: reaches past the window's edge "
                                f"({rect.x()},{rect.y()} {rect.width()}×{rect.height()} in "
                                f"{root.width()}×{root.height()})")
    return problems


# -- one process per screen size ------------------------------------------------------------------
def run_screen(width: int, height: int, scheme: str = "light", timeout: int = 300,
               live: bool = False) -> dict:
    """Open the main window (normal mode) and every dialog on a ``width``×``height``
    offscreen screen in a child process; returns {view: [problems]}. ``live`` adds
    the main window in live mode (mid-session)."""
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "screen.json"
        config.write_text(json.dumps({"screens": [{
            "name": f"test{width}x{height}", "x": 0, "y": 0, "width": width,
            "height": height, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                   PYTHONPATH=os.pathsep.join([str(SRC), str(HERE)]),
                   SESSIONKIT_DATA_DIR=str(Path(tmp) / "data"))
        args = [sys.executable, str(Path(__file__)), scheme] + (["live"] if live else [])
        proc = subprocess.run(args,
                              capture_output=True, text=True, env=env, timeout=timeout)
        if proc.returncode != 0:
            raise RuntimeError(f"layout check failed to run:\n{proc.stderr[-3000:]}")
        return json.loads(proc.stdout.strip().splitlines()[-1])


def settle(app, ms: int = 150) -> None:
    import time

    from PySide6.QtCore import QCoreApplication, QEvent

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.005)


def _views(scheme: str, live: bool = False):
    """(name, widget) for the main window and each dialog, shown as a user opens them."""
    from PySide6.QtWidgets import QApplication

    from sessionkit.report.sample import populate_demo
    from sessionkit.services.sessions import open_store
    from sessionkit.ui import theme
    from sessionkit.ui.app import _ensure_app, choose_session, open_main_window, ui_settings
    from sessionkit.ui.capture.history_dialog import HistoryDialog

    from ui_walk import open_dialogs

    app = _ensure_app()
    data = Path(os.environ["SESSIONKIT_DATA_DIR"])
    store, _ = open_store(data)
    settings = ui_settings(data)
    sid = choose_session(store, settings, None)
    populate_demo(store, sid)
    theme.apply_theme(scheme, app)
    window = open_main_window(store, data, sid, settings)
    window.show()
    settle(app)
    yield "main window", window
    if live:
        mod = window.moderator
        mod.set_live(True)
        mod.controller.toggle_run()
        mod.controller.next_item()
        settle(app, 300)
        yield "live mode", window
        mod.controller.toggle_run()
        mod.set_live(False)
        settle(app)
    note = store.notes.for_session(sid)[0]
    dialogs = [("note history", HistoryDialog(store, note.id, window.notes_panel)),
               *open_dialogs(window)]
    for name, dialog in dialogs:
        dialog.show()
        settle(app)
        yield name, dialog
        dialog.close()
        dialog.deleteLater()
    QApplication.processEvents()


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    scheme = sys.argv[1] if len(sys.argv) > 1 else "light"
    out = {}
    for name, view in _views(scheme, live="live" in sys.argv[2:]):
        screen = QGuiApplication.primaryScreen().availableGeometry()
        out[name] = layout_problems(view, screen)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
