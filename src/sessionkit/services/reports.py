"""Exporting the post-session report: the use case the UI and the CLI share.

The formats (PDF, DOCX, Markdown) and their renderers are listed once, in
:mod:`sessionkit.report.formats`; this module dispatches on that list.

Two forms:

* :func:`export_report` — one call, returns an :class:`ExportResult`;
* :func:`iter_export` — returns an :class:`ExportJob`, an iterator of
  ``(done, total)`` progress steps for a worker thread. ``iter_export`` reads the
  store *immediately, in the calling thread* (SQLite connections belong to the
  thread that made them); iterating the job touches no store, so it can run on a
  worker. ``job.close()`` (or ``job.cancel()``) between steps cancels: the
  temporary file is removed and the previous file at the destination is left as
  it was. After the last step, ``job.result`` holds the :class:`ExportResult`.

The file is written to a temporary file in the destination folder and renamed
into place (``os.replace``), so the destination never holds a half-written report;
a destination inside the data folder, or one that is not a regular file, is refused
(see :mod:`sessionkit.interchange.files`).
Nothing here imports ReportLab or python-docx until an export actually runs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sessionkit.interchange.files import (
    DestinationRefused,
    check_destination,
    commit_temp,
    discard,
    store_folder,
    temp_beside,
    write_atomic,
)
from sessionkit.report import formats
from sessionkit.report.model import (
    PAPER_SIZES,
    SECTION_KEYS,
    SECTION_TITLES,
    Report,
    ReportOptions,
    build_report,
)

__all__ = [
    "PAPER_SIZES", "SECTION_KEYS", "SECTION_TITLES", "ExportJob", "ExportResult",
    "ReportCancelled", "ReportError", "ReportOptions", "export_report", "iter_export",
    "preview_pdf", "remember_template", "session_template",
]


class ReportError(Exception):
    """The report could not be written; the message is one line for the user."""


class ReportCancelled(ReportError):
    def __init__(self, message: str = "the export was cancelled; nothing was written"):
        super().__init__(message)


@dataclass
class ExportResult:
    path: Path
    format: str
    warnings: list[str] = field(default_factory=list)


def _options(options) -> ReportOptions:
    if options is None:
        return ReportOptions()
    if isinstance(options, ReportOptions):
        return options
    if isinstance(options, dict):
        try:
            return ReportOptions(**options)
        except (TypeError, ValueError) as exc:
            raise ReportError(f"bad report options: {exc}") from None
    raise ReportError(f"bad report options: {options!r}")


def _check_destination(path: Path, data_dir: Path | None = None) -> None:
    """Fail early, with one clear line, when the file cannot be written there."""
    try:  # never over SessionKit's own files, nor over a device, pipe or folder
        check_destination(path, data_dir, "report")
    except DestinationRefused as exc:
        raise ReportError(str(exc)) from None
    parent = path.parent
    if path.is_dir():
        raise ReportError(f"cannot write the report to {path}: it is a folder")
    if not parent.exists():
        raise ReportError(f"cannot write the report to {path}: the folder {parent} does not exist")
    if not parent.is_dir():
        raise ReportError(f"cannot write the report to {path}: {parent} is not a folder")
    if path.exists() and not os.access(path, os.W_OK):
        raise ReportError(f"cannot write the report to {path}: the file is read-only")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ReportError(f"cannot write the report to {path}: "
                          f"no permission to write in {parent}")


def _os_error(path: Path, exc: OSError) -> ReportError:
    reason = exc.strerror or str(exc)
    return ReportError(f"cannot write the report to {path}: {reason}")


class ExportJob:
    """One export, as an iterator of (done, total) progress steps."""

    def __init__(self, report: Report, path: Path, fmt: str, data_dir: Path | None = None,
                 session_id: str | None = None):
        self.report = report
        self.path = path
        self.format = fmt
        self.data_dir = data_dir  # the store's folder, which the report must not land in
        self.session_id = session_id  # recorded as exported once the file is in place
        self.result: ExportResult | None = None
        self._gen = self._steps()

    def __iter__(self) -> "ExportJob":
        return self

    def __next__(self) -> tuple[int, int]:
        return next(self._gen)

    def close(self) -> None:
        """Cancel between steps: the temporary file goes, the destination is untouched."""
        self._gen.close()

    def cancel(self) -> None:
        """The same as :meth:`close`, under the name a caller cancelling looks for."""
        self.close()

    def run(self, progress: Callable[[int, int], object] | None = None) -> ExportResult:
        """Run every step; ``progress`` returning False cancels (ReportCancelled)."""
        for done, total in self:
            if progress is not None and progress(done, total) is False:
                self.close()
                raise ReportCancelled()
        assert self.result is not None
        return self.result

    def _render(self, tmp: Path) -> Iterator[tuple[int, int]]:
        fmt = formats.find(self.format)
        if fmt is None:  # iter_export checked it; a job built by hand may not have been
            raise ReportError(_unknown_format(self.format))
        if fmt.companions is not None:
            return fmt.render(self.report, tmp, final=self.path)
        return fmt.render(self.report, tmp)

    def _write_companions(self) -> None:
        """Files the report links (the Markdown's pictures), each written atomically
        after the same destination check as the report, before the report itself is
        put in place: a report never links a picture that is not there."""
        fmt = formats.find(self.format)
        if fmt is None or fmt.companions is None:
            return
        files = fmt.companions(self.report, self.path)
        if not files:
            return
        folder = files[0][0].parent
        if os.path.lexists(folder) and not folder.is_dir():
            raise ReportError(f"cannot write the report's pictures to {folder}: "
                              "a file of that name is in the way")
        try:  # the folder is new or the one an earlier export made: check a file in it
            check_destination(files[0][0], self.data_dir, "report")
        except DestinationRefused as exc:
            raise ReportError(str(exc)) from None
        folder.mkdir(exist_ok=True)
        for path, data in files:
            try:
                write_atomic(path, data, self.data_dir, "report")
            except DestinationRefused as exc:
                raise ReportError(str(exc)) from None

    def _steps(self) -> Iterator[tuple[int, int]]:
        path = self.path
        _check_destination(path, self.data_dir)
        tmp: Path | None = None
        finished = False
        try:
            tmp = temp_beside(path)
            gen = self._render(tmp)
            try:
                while True:
                    yield next(gen)
            except StopIteration as stop:
                warnings = list(stop.value or [])
            self._write_companions()
            try:
                commit_temp(tmp, path, self.data_dir, "report")
            except DestinationRefused as exc:
                raise ReportError(str(exc)) from None
            except OSError as exc:
                raise _os_error(path, exc) from None
            finished = True
        except OSError as exc:
            raise _os_error(path, exc) from None
        finally:
            # Any way out (error, cancel, Ctrl+C, SIGTERM turned into SystemExit by the
            # CLI) removes the temp file; the destination keeps its previous content.
            if not finished:
                discard(tmp)
        self.result = ExportResult(path=path, format=self.format,
                                   warnings=self.report.warnings + warnings)
        self._record_export()

    def _record_export(self) -> None:
        """The secretariat's overview shows which reports were exported (and when)."""
        if self.session_id is None or self.data_dir is None:
            return
        from sessionkit.services import report_exports

        try:
            report_exports.record(self.data_dir, self.session_id, self.format)
        except OSError as exc:  # the report is written; only the overview misses it
            import logging

            logging.getLogger(__name__).warning("report export not recorded: %s", exc)


def _unknown_format(fmt) -> str:
    known = formats.names()
    expected = ", ".join(known[:-1]) + " or " + known[-1] if len(known) > 1 else known[0]
    return f"unknown report format {fmt!r} (expected {expected})"


def iter_export(store, session_id: str, path: Path | str, fmt: str = "pdf",
                options: ReportOptions | dict | None = None) -> ExportJob:
    """Read the session now and return the export as a job of progress steps."""
    chosen = formats.find(fmt or formats.default().name)
    if chosen is None:
        raise ReportError(_unknown_format(fmt))
    opts = _options(options)
    path = Path(path).expanduser()
    if str(path).strip() == "":
        raise ReportError("no file name given for the report")
    path = path.absolute()
    data_dir = store_folder(store)
    _check_destination(path, data_dir)  # again when the job starts: the disk may change
    report = build_report(store, session_id, opts)
    return ExportJob(report, path, chosen.name, data_dir, session_id=session_id)


def export_report(store, session_id: str, path: Path | str, fmt: str = "pdf",
                  options: ReportOptions | dict | None = None,
                  progress: Callable[[int, int], object] | None = None) -> ExportResult:
    """Write the report in one call; see the module docstring."""
    return iter_export(store, session_id, path, fmt, options).run(progress)


def preview_pdf(store, session_id: str, options: ReportOptions | dict | None = None,
                stop: Callable[[], bool] | None = None) -> bytes:
    """The report as the PDF export would write it, in memory: for a preview, which must
    never leave a file at the destination nor anywhere else. ``stop`` returning True
    between layout steps gives up (ReportCancelled): a newer preview is wanted."""
    import io

    report = build_report(store, session_id, _options(options))
    pdf = formats.find("pdf")
    assert pdf is not None
    buffer = io.BytesIO()
    for _step in pdf.render(report, buffer):
        if stop is not None and stop():
            raise ReportCancelled("the preview was superseded")
    return buffer.getvalue()


# -- the report template chosen for a session ---------------------------------------------


def remember_template(store, session_id: str, template) -> None:
    """Keep ``template`` (a checked report.template.ReportTemplate) as the session's
    template, its logo's bytes with it; None forgets the choice."""
    from sessionkit.domain.models import SessionTemplate
    from sessionkit.report.template import logo_file_name, template_toml

    if template is None:
        store.session_templates.clear(session_id)
        return
    logo_name = logo_file_name(template)
    store.session_templates.save(session_id, SessionTemplate(
        toml=template_toml(template, logo_name),
        logo=template.logo.data if template.logo else None, logo_name=logo_name))


def session_template(store, session_id: str):
    """The template remembered for the session (a ReportTemplate), or None; a kept
    template that no longer passes the checks is ReportError (one sentence)."""
    from sessionkit.report.template import TemplateError, template_from_text

    kept = store.session_templates.get(session_id)
    if kept is None:
        return None
    try:
        return template_from_text(kept.toml, kept.logo_name, kept.logo,
                                  shown="kept for this session")
    except TemplateError as exc:
        raise ReportError(str(exc)) from None
