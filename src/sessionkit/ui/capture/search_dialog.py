"""Search all sessions' notes (and session titles/descriptions): Ctrl+F.

Results show the session, time and a snippet with the match highlighted. User
text is escaped before it becomes the delegate's HTML; the highlight tags come
only from here. Enter (or a double-click) opens a hit: the note is selected in
the notes stream, switching session when it belongs to another one.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from sessionkit.domain.models import NoteKind, parse_enum
from sessionkit.services.search import search, snippet
from sessionkit.store.search import SearchHit
from sessionkit.ui.labels import enum_label
from sessionkit.ui.panels.base import plain_label

HitRole = Qt.ItemDataRole.UserRole + 10


def hit_html(hit: SearchHit, query: str, width: int = 90, selected: bool = False) -> str:
    """Two lines of HTML for a hit: where/when, then the snippet with <b> on matches."""
    shown, spans = snippet(hit.text, query, width=width)
    parts, pos = [], 0
    for start, end in spans:
        if start < pos:
            continue
        parts.append(html.escape(shown[pos:start]))
        parts.append("<b style='background:#ffe58a;color:#1d2330'>" + html.escape(shown[start:end]) + "</b>")
        pos = end
    parts.append(html.escape(shown[pos:]))
    head, body = ("#dce6f0", "#ffffff") if selected else ("#5a6272", "#1d2330")
    from sessionkit.ui.theme import current_scheme
    if not selected and current_scheme() == "dark":  # readable on dark lists
        head, body = "#b4bac6", "#e8eaee"
    return (f"<div style='color:{head}'>{html.escape(hit_heading(hit))}</div>"
            f"<div style='color:{body}'>{''.join(parts)}</div>")


def hit_heading(hit: SearchHit) -> str:
    from PySide6.QtCore import QCoreApplication

    t = QCoreApplication.translate
    title = hit.session_title if len(hit.session_title) <= 40 else hit.session_title[:40] + "…"
    if hit.kind == "session":
        return t("SearchDialog", "{code} {title} · session").format(code=hit.session_code,
                                                                    title=title)
    from datetime import datetime

    when = datetime.fromisoformat(hit.created).astimezone().strftime("%Y-%m-%d %H:%M") \
        if hit.created else ""
    try:
        kind = enum_label(parse_enum(NoteKind, hit.note_kind or "note", "note kind"))
    except ValueError:
        kind = hit.note_kind or ""
    return f"{hit.session_code} {title} · {when} · {kind}"


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.query = ""

    def set_hits(self, hits: list[SearchHit], query: str) -> None:
        self.beginResetModel()
        self.hits, self.query = list(hits), query
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            one_line = " ".join(hit.text.split())
            return f"{hit_heading(hit)}\n{one_line[:200]}"
        if role == HitRole:
            return hit
        return None


class HitDelegate(QStyledItemDelegate):
    """Paints the escaped, highlighted snippet (never the raw text as HTML)."""

    def _doc(self, option, index) -> QTextDocument:
        model = index.model()
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        doc.setHtml(hit_html(model.hits[index.row()], model.query, selected=selected))
        doc.setTextWidth(max(100, option.rect.width() - 8))
        return doc

    def paint(self, painter, option, index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._doc(option, index)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        doc.drawContents(painter, QRectF(0, 0, option.rect.width() - 8, option.rect.height()))
        painter.restore()

    def sizeHint(self, option, index):  # noqa: N802
        doc = self._doc(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)


class SearchDialog(QDialog):
    open_hit = Signal(object)  # SearchHit

    def __init__(self, store, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.setObjectName("searchDialog")
        self._placed = False
        self.setWindowTitle(self.tr("Search notes"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setAccessibleName(self.tr("Search words"))
        self.box.setPlaceholderText(self.tr("Words to find in every session's notes…"))
        self.box.setClearButtonEnabled(True)
        row.addWidget(self.box, 1)
        self.this_session = QCheckBox(self.tr("This session only"))
        row.addWidget(self.this_session)
        layout.addLayout(row)
        self.model = SearchResultsModel(self)
        self.view = QListView()
        self.view.setObjectName("searchResults")
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        layout.addWidget(self.view, 1)
        self.status = plain_label()
        self.status.setObjectName("panelNote")
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _t: self.timer.start())
        self.this_session.toggled.connect(lambda _b: self.run_search())
        self.box.returnPressed.connect(self._enter)
        self.view.activated.connect(self._activate)
        self.resize(640, 460)

    def showEvent(self, event) -> None:  # noqa: N802
        if not self._placed:  # not over the live countdown (a tool window, not modal)
            self._placed = True
            from sessionkit.ui.placement import place_dialog

            place_dialog(self, self.parentWidget().window() if self.parentWidget() else None)
        super().showEvent(event)

    def run_search(self) -> None:
        self.timer.stop()
        query = self.box.text().strip()
        hits = search(self.store, query,
                      session_id=self.session_id if self.this_session.isChecked() else None)
        self.model.set_hits(hits, query)
        if not query:
            self.status.setText("")
        elif not hits:
            self.status.setText(self.tr("Nothing found for “{q}”.").format(q=query))
        else:
            self.status.setText(self.tr("{n} found — Enter or double-click opens one").format(
                n=len(hits)))
        if hits:
            self.view.setCurrentIndex(self.model.index(0))

    def _enter(self) -> None:
        if self.timer.isActive():
            self.run_search()
        index = self.view.currentIndex()
        if index.isValid():
            self._activate(index)

    def _activate(self, index) -> None:
        hit = index.data(HitRole)
        if hit is not None:
            self.open_hit.emit(hit)
            self.accept()

    def keyPressEvent(self, event):  # noqa: N802 - arrows move in the results from the box
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.box.hasFocus():
            self.view.keyPressEvent(event)
            return
        super().keyPressEvent(event)
