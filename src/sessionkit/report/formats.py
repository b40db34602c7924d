"""The report's export formats: the one list the CLI, the export dialog and the service read.

To add a format, write its renderer (``render_x(report, target)``: a generator of
``(done, total)`` steps that writes ``target`` and returns its warnings, like
``report/markdown.py``) and add one :class:`ReportFormat` to :data:`FORMATS`. The CLI's
``report --format`` choices, the dialog's format list and Save-as filter, and the
service's dispatch all follow; nothing else needs editing.

Qt-free. The labels are the English source text; the UI shows them translated in the
``ReportFormat`` context (``QT_TRANSLATE_NOOP`` below only marks them for lupdate).
Each renderer is imported when an export runs, never when this list is read, so the CLI
and the app start without loading ReportLab or python-docx.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI reads this list to build its parser: keep that import cheap
    from sessionkit.report.model import Report

Renderer = Callable[["Report", Path], Iterator[tuple[int, int]]]

LABEL_CONTEXT = "ReportFormat"  # the translation context the UI reads labels in


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for lupdate without importing Qt; the UI translates it later."""
    return text


@dataclass(frozen=True)
class ReportFormat:
    name: str  # what the CLI's --format takes and the settings remember
    label: str  # English; shown translated in the LABEL_CONTEXT context
    extension: str  # without the dot
    render: Renderer
    aliases: tuple[str, ...] = ()  # other names the service accepts ("markdown")
    # files written beside the report (the Markdown's SVG pictures): (report, final
    # path) -> [(path, content)]; the renderer is then called with final=<path> too
    companions: Callable[["Report", Path], list[tuple[Path, bytes]]] | None = None


def _render_pdf(report: Report, target: Path) -> Iterator[tuple[int, int]]:
    from sessionkit.report.pdf import render_pdf

    # a binary file (the export dialog's preview renders into memory) is passed as is
    return render_pdf(report, target if hasattr(target, "write") else str(target))


def _render_docx(report: Report, target: Path) -> Iterator[tuple[int, int]]:
    from sessionkit.report.docx import render_docx

    return render_docx(report, target)


def _render_markdown(report: Report, target: Path,
                     final: Path | None = None) -> Iterator[tuple[int, int]]:
    from sessionkit.report.markdown import render_markdown

    return render_markdown(report, target, final)


def _markdown_pictures(report: Report, final: Path) -> list[tuple[Path, bytes]]:
    from sessionkit.report.markdown import picture_files

    return picture_files(report, final)


# In the order the dialog lists them; the first is the default.
FORMATS: tuple[ReportFormat, ...] = (
    ReportFormat("pdf", QT_TRANSLATE_NOOP("ReportFormat", "PDF"), "pdf", _render_pdf),
    ReportFormat("docx", QT_TRANSLATE_NOOP("ReportFormat", "Word (DOCX)"), "docx", _render_docx),
    ReportFormat("md", QT_TRANSLATE_NOOP("ReportFormat", "Markdown"), "md", _render_markdown,
                 aliases=("markdown",), companions=_markdown_pictures),
)


# Read FORMATS through this module at call time (``formats.FORMATS``, ``names()``), never
# copied into a constant elsewhere: one list, so a new entry shows up everywhere.
def names() -> list[str]:
    return [f.name for f in FORMATS]


def default() -> ReportFormat:
    return FORMATS[0]


def find(name: str | None) -> ReportFormat | None:
    """The format called ``name`` (any case, with or without a leading dot), or None."""
    key = (name or "").strip().lower().lstrip(".")
    for fmt in FORMATS:
        if key == fmt.name or key in fmt.aliases:
            return fmt
    return None
