"""The export dialog's preview: the first pages of the report as the PDF export lays them
out, beside the options, rendered on a worker thread.

The PDF is made by the report service in memory (services.reports.preview_pdf: the same
report model and renderer as the export, never a file at the destination nor a temporary
file anywhere) and its pages are drawn to images with PDFium (pypdfium2). Changing the
sections, the annex, the paper or the language asks for a new preview after a short pause
(typing or ticking several boxes asks once); a newer request supersedes an older one,
whose work stops at its next step and whose result, if it comes anyway, is dropped. The
window never waits for it. DOCX and Markdown have no pages: the preview then still shows
the PDF layout and says so.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

MAX_PAGES = 3  # the first pages are enough to judge the layout; more would cost memory
PAGE_WIDTH = 250  # pixels (before the screen's device pixel ratio)
DEBOUNCE_MS = 400

# PDFium is not thread-safe: one render at a time, even when a superseded one still runs.
_PDFIUM_LOCK = threading.Lock()


class PreviewFailed(Exception):
    """The preview could not be made; the message is one line for the user."""


def render_pages(pdf: bytes, max_pages: int = MAX_PAGES, width: int = PAGE_WIDTH,
                 stop=None) -> tuple[list[QImage], int]:
    """The first ``max_pages`` pages of ``pdf`` as images ``width`` pixels wide, and the
    number of pages. Runs on a worker thread (QImage, not QPixmap)."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise PreviewFailed(
            "the PDF page renderer (pypdfium2) is not installed") from None
    images: list[QImage] = []
    with _PDFIUM_LOCK:
        doc = pdfium.PdfDocument(pdf)
        try:
            count = len(doc)
            for i in range(min(count, max_pages)):
                if stop is not None and stop():
                    break
                page = doc[i]
                try:
                    scale = width / max(1.0, page.get_width())
                    bitmap = page.render(scale=scale, rev_byteorder=True)
                    try:
                        # RGB, 3 bytes a pixel; copy() detaches it from PDFium's buffer
                        image = QImage(bitmap.buffer, bitmap.width, bitmap.height,
                                       bitmap.stride, QImage.Format.Format_RGB888).copy()
                    finally:
                        bitmap.close()
                finally:
                    page.close()
                images.append(image)
        finally:
            doc.close()
    return images, count


class PreviewSignals(QObject):
    done = Signal(int, object, int)  # generation, [QImage], page count
    failed = Signal(int, str)  # generation, one line for the user
    ended = Signal()  # always, last: reported, failed or gave up


class PreviewWorker(QRunnable):
    """Build the report with its own store connection and draw its first pages."""

    def __init__(self, generation: int, data_dir: Path, session_id: str, options: dict,
                 width: int, is_current):
        super().__init__()
        self.generation = generation
        self.data_dir = Path(data_dir)
        self.session_id = session_id
        self.options = options
        self.width = width
        self.is_current = is_current  # (generation) -> bool, safe from any thread
        self.signals = PreviewSignals()

    def _stale(self) -> bool:
        return not self.is_current(self.generation)

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.signals.ended.emit()

    def _run(self) -> None:
        from sessionkit.services.reports import ReportCancelled, ReportError, preview_pdf
        from sessionkit.store import Store, StoreError

        if self._stale():
            return
        store = None
        try:
            store = Store.open(self.data_dir)
            pdf = preview_pdf(store, self.session_id, self.options, stop=self._stale)
            store.close()
            store = None
            images, count = render_pages(pdf, width=self.width, stop=self._stale)
        except ReportCancelled:
            return
        except (PreviewFailed, ReportError, StoreError, OSError, ValueError) as exc:
            self.signals.failed.emit(self.generation, str(exc))
            return
        except Exception as exc:  # a bug: say so in one line, never crash the app
            self.signals.failed.emit(self.generation, f"{type(exc).__name__}: {exc}")
            return
        finally:
            if store is not None:
                store.close()
        if not self._stale():
            self.signals.done.emit(self.generation, images, count)


class ReportPreview(QGroupBox):
    """The preview pane: a caption, then the pages in a scroll area (Tab reaches it; the
    arrows, Page Up and Page Down scroll it)."""

    def __init__(self, data_dir: Path, session_id: str, options, pool: QThreadPool,
                 parent: QWidget | None = None):
        """``options`` is a callable returning the export dialog's current options."""
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        self.setObjectName("exportPreview")
        self.data_dir = Path(data_dir)
        self.session_id = session_id
        self._options = options
        self.pool = pool
        self.generation = 0
        self._lock = threading.Lock()
        self._current = 0
        self._workers: set[PreviewWorker] = set()
        self.page_count = 0  # of the last preview shown
        self.images: list[QImage] = []  # the pages shown, as rendered
        self.failed = ""  # the reason of the last failure shown

        layout = QVBoxLayout(self)
        self.caption = QLabel()
        self.caption.setObjectName("exportPreviewCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.format_note = QLabel()
        self.format_note.setObjectName("exportPreviewFormatNote")
        self.format_note.setWordWrap(True)
        self.format_note.setVisible(False)
        layout.addWidget(self.format_note)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("exportPreviewPages")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll.setAccessibleName(self.tr("Report preview"))
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # always shown, at a page's width and most of its height: the dialog keeps its
        # size while the preview comes and goes (a message takes the pages' place)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setContentsMargins(6, 6, 6, 6)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        # a page, its frame, the margins and the vertical scroll bar: no sideways scrolling
        self.scroll.setMinimumSize(PAGE_WIDTH + 2 + 12 + bar + 2 * self.scroll.frameWidth() + 2,
                                   300)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message = QLabel()
        self.message.setObjectName("exportPreviewMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(PAGE_WIDTH - 20)
        self.pages_layout.addWidget(self.message)
        self._page_widgets: list[QWidget] = []
        self.scroll.setWidget(self.pages)
        layout.addWidget(self.scroll, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.render_now)
        self._show_message(self.tr("Preparing the preview…"))

    # -- requests ------------------------------------------------------------------------
    def request(self, delay: int | None = None) -> None:
        """Ask for a new preview after ``delay`` ms (the debounce by default); what is
        being rendered now is superseded at once."""
        self._supersede()
        self.timer.start(DEBOUNCE_MS if delay is None else delay)

    def _is_current(self, generation: int) -> bool:
        with self._lock:
            return generation == self._current

    def _supersede(self) -> int:
        with self._lock:
            self.generation += 1
            self._current = self.generation
            return self._current

    def cancel(self) -> None:
        """Stop any pending or running preview (the dialog is closing)."""
        self.timer.stop()
        self._supersede()

    def is_busy(self) -> bool:
        return self.timer.isActive() or bool(self._workers)

    def render_now(self) -> PreviewWorker | None:
        self.timer.stop()
        generation = self._supersede()
        options = self._options()
        if not options.get("sections"):
            self._show_message(self.tr("Nothing to preview: choose at least one section."))
            return None
        self.caption.setText(self.tr("Preparing the preview…"))
        ratio = self.devicePixelRatioF() or 1.0
        worker = PreviewWorker(generation, self.data_dir, self.session_id, options,
                               int(PAGE_WIDTH * ratio), self._is_current)
        worker.setAutoDelete(False)
        worker.signals.done.connect(self._done)
        worker.signals.failed.connect(self._failed)
        # kept until it ends (reported, failed or gave up): the pool does not own it
        worker.signals.ended.connect(lambda: self._workers.discard(worker))
        self._workers.add(worker)
        self.pool.start(worker)
        return worker

    # -- results -------------------------------------------------------------------------
    def _done(self, generation: int, images: list, count: int) -> None:
        if not self._is_current(generation):
            return  # a newer preview was asked for: this one is stale
        self.failed = ""
        self.images = list(images)
        self.page_count = count
        self._clear_pages()
        ratio = self.devicePixelRatioF() or 1.0
        for i, image in enumerate(self.images, start=1):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setObjectName(f"exportPreviewPage{i}")
            label.setPixmap(pixmap)
            label.setFrameShape(QLabel.Shape.Box)
            label.setAccessibleName(self.tr("Page {page} of {count}").format(
                page=i, count=count))
            number = QLabel(self.tr("Page {page} of {count}").format(page=i, count=count))
            number.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages_layout.addWidget(number)
            self._page_widgets += [label, number]
        if count > len(self.images):
            self.caption.setText(self.tr("The first {shown} of {count} pages:").format(
                shown=len(self.images), count=count))
        else:
            self.caption.setText(self.tr("All {count} page(s):").format(count=count))
        self.message.setVisible(False)

    def _failed(self, generation: int, reason: str) -> None:
        if not self._is_current(generation):
            return
        self.failed = reason
        self.images = []
        self.page_count = 0
        self._show_message(self.tr("No preview: {reason}. The export is not affected.")
                           .format(reason=reason.rstrip(".")))

    def _clear_pages(self) -> None:
        for w in self._page_widgets:
            self.pages_layout.removeWidget(w)
            w.hide()
            w.deleteLater()
        self._page_widgets = []

    def _show_message(self, text: str) -> None:
        """One sentence in the pages' place (nothing to preview, or it failed)."""
        self._clear_pages()
        self.caption.setText("")
        self.message.setText(text)
        self.message.setVisible(True)

    def shown_text(self) -> str:
        """What the pane says above or instead of the pages."""
        return self.message.text() if self.message.isVisibleTo(self) else self.caption.text()

    def set_format(self, fmt_name: str, fmt_label: str) -> None:
        """DOCX and Markdown have no pages of their own: say the preview is the PDF's."""
        if fmt_name == "pdf":
            self.format_note.setVisible(False)
            return
        self.format_note.setText(self.tr(
            "This shows the PDF layout; the {format} file has the same content laid out "
            "by the program that opens it.").format(format=fmt_label))
        self.format_note.setVisible(True)


class _CancelOnHide(QObject):
    def __init__(self, preview: ReportPreview, parent: QObject):
        super().__init__(parent)
        self.preview = preview

    def eventFilter(self, obj, event):  # noqa: N802
        from PySide6.QtCore import QEvent

        # shown, or back from the main window where notes may have changed: ask again
        # (both come together when the dialog opens; the pause makes them one render)
        if event.type() in (QEvent.Type.Show, QEvent.Type.WindowActivate):
            self.preview.request()
        elif event.type() == QEvent.Type.Hide:
            self.preview.cancel()
        return False


def install(dialog, layout) -> ReportPreview:
    """Put the preview at the end of ``layout`` (the row beside the export dialog's
    options) and re-render it when an option that changes the PDF changes."""
    preview = ReportPreview(dialog.data_dir, dialog.session_id, dialog.options, dialog.pool,
                            dialog)
    layout.addWidget(preview, 1)
    for cb in (*dialog.section_boxes.values(), dialog.annex):
        cb.toggled.connect(lambda _=None: preview.request())
    for combo in (dialog.paper, dialog.language):
        combo.currentIndexChanged.connect(lambda _=None: preview.request())

    def format_changed(_=None) -> None:
        preview.set_format(dialog.current_format().name, dialog.format.currentText())

    dialog.format.currentIndexChanged.connect(format_changed)
    format_changed()
    dialog.installEventFilter(_CancelOnHide(preview, dialog))
    # the dialog's own minimum width (for the path) would otherwise let the options be
    # squeezed under the preview on a small screen
    dialog.setMinimumWidth(max(dialog.minimumWidth(), layout.totalMinimumSize().width()))
    return preview
