"""The export use case: formats, options, progress, cancel, safe writing, clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from pypdf import PdfReader

from sessionkit import cli
from sessionkit.report.sample import populate_demo
from sessionkit.services.notes import add_note
from sessionkit.services.reports import (
    ReportCancelled,
    ReportError,
    export_report,
    iter_export,
)


def test_importing_the_service_does_not_import_reportlab_or_docx():
    code = ("import sys, sessionkit.services.reports, sessionkit.report.model, sessionkit.cli\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
            "('reportlab', 'docx', 'PySide6'))\n"
            "print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == ""


def test_cli_writes_each_format(data_dir, tmp_path):
    for fmt, name in (("pdf", "r.pdf"), ("docx", "r.docx"), ("md", "r.md")):
        out = tmp_path / name
        rc = cli.main(["--data-dir", str(data_dir), "report", "--session", "D3",
                       "--format", fmt, "-o", str(out)])
        assert rc == 0
        assert out.stat().st_size > 1000
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "r.docx").read_bytes().startswith(b"PK")
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# Session D3:")


@pytest.mark.parametrize("make_bad", ["missing_folder", "is_folder", "parent_is_file"])
def test_unwritable_destination_is_one_clear_line(data_dir, tmp_path, capsys, make_bad):
    start = "sessionkit: error: cannot write the report"
    if make_bad == "missing_folder":
        out = tmp_path / "no" / "such" / "r.pdf"
        expect = "does not exist"
    elif make_bad == "is_folder":
        out = tmp_path / "adir"
        out.mkdir()
        start, expect = "sessionkit: error: Refused: ", "is a folder, not a file"
    else:
        (tmp_path / "afile").write_text("x")
        out = tmp_path / "afile" / "r.pdf"
        expect = "not a folder"
    rc = cli.main(["--data-dir", str(data_dir), "report", "--session", "D3", "-o", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == cli.EXIT_USER_ERROR
    assert len(err) == 1 and err[0].startswith(start)
    assert expect in err[0]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root may write into read-only folders")
def test_read_only_folder_is_refused(store, d3, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ReportError, match="no permission"):
            export_report(store, d3.id, folder / "r.pdf")
    finally:
        folder.chmod(0o755)


def test_a_failed_export_leaves_the_previous_file_untouched(store, d3, tmp_path, monkeypatch):
    out = tmp_path / "r.pdf"
    out.write_bytes(b"previous report")
    import sessionkit.report.pdf as pdf

    real = pdf._Builder.block
    calls = {"n": 0}

    def failing(self, b):
        calls["n"] += 1
        if calls["n"] > 3:
            raise OSError(28, "No space left on device")
        return real(self, b)

    monkeypatch.setattr(pdf._Builder, "block", failing)
    with pytest.raises(ReportError, match="No space left on device"):
        export_report(store, d3.id, out)
    assert out.read_bytes() == b"previous report"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["r.pdf"]


def test_a_cancelled_export_leaves_nothing_behind(store, d3, tmp_path):
    populate_demo(store, d3.id, extra_notes=50)
    out = tmp_path / "r.pdf"
    out.write_bytes(b"previous report")
    job = iter_export(store, d3.id, out)
    steps = [next(job), next(job), next(job)]
    assert steps[0][0] == 0 and steps[-1][0] > 0
    job.cancel()
    assert job.result is None
    assert out.read_bytes() == b"previous report"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["r.pdf"]

    with pytest.raises(ReportCancelled):
        export_report(store, d3.id, tmp_path / "new.pdf", progress=lambda d, t: d < 5)
    assert not (tmp_path / "new.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["r.pdf"]


def test_progress_is_monotonic_and_finishes(store, d3, tmp_path):
    populate_demo(store, d3.id)
    for fmt in ("pdf", "docx", "md"):
        seen = []
        result = export_report(store, d3.id, tmp_path / f"r.{fmt}", fmt,
                               progress=lambda d, t: seen.append((d, t)))
        assert result.path.exists()
        dones = [d for d, _ in seen]
        assert dones == sorted(dones)
        assert seen[-1][0] == seen[-1][1] > 0


def test_the_job_runs_on_a_worker_thread_without_the_store(store, d3, tmp_path):
    """iter_export reads the store in the calling thread; the steps never touch it."""
    add_note(store, d3.id, "worker thread note 광주")
    job = iter_export(store, d3.id, tmp_path / "r.pdf")
    store.close()  # the worker must not need the (thread-bound) SQLite connection
    errors = []

    def work():
        try:
            for _ in job:
                pass
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join(60)
    assert errors == [] and job.result is not None
    text = "".join(p.extract_text() for p in PdfReader(str(job.result.path)).pages)
    assert "worker thread note 광주" in text


def test_bad_format_and_options_are_report_errors(store, d3, tmp_path):
    with pytest.raises(ReportError, match="unknown report format"):
        export_report(store, d3.id, tmp_path / "r.odt", "odt")
    with pytest.raises(ReportError, match="paper"):
        export_report(store, d3.id, tmp_path / "r.pdf", options={"paper": "A5"})
    with pytest.raises(ReportError, match="section"):
        export_report(store, d3.id, tmp_path / "r.pdf", options={"sections": {"nope"}})


def test_overwriting_keeps_a_readable_mode(store, d3, tmp_path):
    out = tmp_path / "r.pdf"
    export_report(store, d3.id, out)
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_cli_prints_glyph_warnings_and_still_writes(data_dir, tmp_path, capsys, store, d3):
    add_note(store, d3.id, "Ol Chiki \u1c5a\u1c5f in the room")  # a script no bundled face has
    out = tmp_path / "r.pdf"
    rc = cli.main(["--data-dir", str(data_dir), "report", "--session", "D3", "-o", str(out)])
    captured = capsys.readouterr()
    assert rc == 0 and out.exists()
    assert captured.out.strip() == str(out)
    warnings = captured.err.strip().splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("sessionkit: warning: ")
    assert "U+1C5A" in warnings[0] and "printed as \ufffd" in warnings[0]
