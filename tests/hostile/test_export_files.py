"""How export files come to exist: one temp-file suffix everywhere (the one the docs
tell sync tools to ignore), the usual permissions, and no temp file left behind by
an error or by SIGTERM in the middle of an export, the previous file untouched."""

from __future__ import annotations

import os
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from interchange_helpers import dump
from safety_helpers import REPO, cli, env_for

COMMANDS = {
    "report pdf": ("report", "--session", "D3", "--format", "pdf", "-o"),
    "report docx": ("report", "--session", "D3", "--format", "docx", "-o"),
    "report md": ("report", "--session", "D3", "--format", "md", "-o"),
    "package": ("package", "export", "--session", "D3", "-o"),
    "ics": ("export-ics", "--session", "D3", "-o"),
}


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("files") / "data"
    out = cli("note", "add", "--session", "D3", "--", "a note", data_dir=d)
    assert out.returncode == 0, out.stderr
    return d


@pytest.mark.slow
@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_every_export_gets_the_usual_mode(data, tmp_path, umask):
    prefix = ("sh", "-c", f"umask {umask:03o}; exec \"$@\"", "sh")
    modes = {}
    for what, args in COMMANDS.items():
        dest = tmp_path / what.replace(" ", ".")
        out = cli(*args, str(dest), data_dir=data, prefix=prefix)
        assert out.returncode == 0, out.stderr
        modes[what] = stat.S_IMODE(dest.stat().st_mode)
    assert modes == {what: 0o666 & ~umask for what in COMMANDS}


def test_every_export_writes_through_a_partial_temp_file(store, d3, tmp_path, monkeypatch):
    """The temp name is .NAME.XXXX.partial for reports, packages and calendars alike."""
    from sessionkit.interchange.files import write_atomic
    from sessionkit.interchange.ics_export import build_calendar
    from sessionkit.services.packages import export_package
    from sessionkit.services.reports import export_report

    renamed = []
    real_replace = os.replace

    def spy(src, dst, *a, **kw):
        if Path(dst).parent == tmp_path:  # not the data folder's own record of exports
            renamed.append((Path(src).name, Path(dst).name))
        return real_replace(src, dst, *a, **kw)

    monkeypatch.setattr(os, "replace", spy)
    for fmt in ("pdf", "docx", "md"):
        export_report(store, d3.id, tmp_path / f"r.{fmt}", fmt=fmt)
    export_package(store, d3.id, tmp_path / "p.sessionkit.json")
    write_atomic(tmp_path / "c.ics", build_calendar(store.load_bundle(d3.id)))
    assert [dst for _, dst in renamed] == ["r.pdf", "r.docx", "r.md", "p.sessionkit.json",
                                           "c.ics"]
    for src, dst in renamed:
        assert re.fullmatch(re.escape(f".{dst}.") + r"[^/]+\.partial", src), src


def test_the_docs_name_the_suffix_the_code_uses():
    from sessionkit.interchange.files import TEMP_SUFFIX

    docs = {p.name: p.read_text(encoding="utf-8") for p in (REPO / "docs").glob("*.md")}
    assert TEMP_SUFFIX == ".partial"
    mentions = [name for name, text in docs.items() if "*.partial" in text]
    assert mentions, "the docs must tell sync tools to ignore *.partial"
    stale = [name for name, text in docs.items() if re.search(r"\.part\b(?!ial)", text)]
    assert stale == []


def test_a_failing_docx_export_is_one_line_no_temp_and_the_old_file(data, tmp_path,
                                                                   monkeypatch, capsys):
    """python-docx failing half-way (after writing something) is one line, not a
    traceback; the temp file goes and the previous report stays."""
    import docx.document

    from sessionkit import cli as cli_module

    dest = tmp_path / "r.docx"
    dest.write_bytes(b"previous")

    def broken_save(self, path):
        Path(path).write_bytes(b"half")  # something was written, then it failed
        raise ValueError("python-docx could not save")

    monkeypatch.setattr(docx.document.Document, "save", broken_save)
    before = dump(data / "sessionkit.db")
    rc = cli_module.main(["--data-dir", str(data), "report", "--session", "D3",
                          "--format", "docx", "-o", str(dest)])
    err = capsys.readouterr().err
    assert rc != 0
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert err.startswith("sessionkit: ") and "python-docx could not save" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.docx"]
    assert dest.read_bytes() == b"previous"
    assert dump(data / "sessionkit.db") == before


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """A session with enough notes that rendering its report takes a few seconds."""
    from sessionkit.devtools.generate import generate

    d = tmp_path_factory.mktemp("big") / "data"
    result = generate(d, sessions=1, notes=1500, big=(1500,))
    return d, result.codes[0]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_sigterm_in_the_middle_of_an_export_leaves_no_temp_file(big, tmp_path, fmt):
    data, code = big
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dest = out_dir / f"report.{fmt}"
    dest.write_bytes(b"the previous report")
    before = dump(data / "sessionkit.db")
    proc = subprocess.Popen(
        [sys.executable, "-m", "sessionkit", "--data-dir", str(data), "report",
         "--session", code, "--format", fmt, "-o", str(dest)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env_for())
    try:
        deadline = time.monotonic() + 120
        while not [p for p in out_dir.iterdir() if p.name.startswith(".")]:
            assert proc.poll() is None, "the export ended before it could be interrupted"
            assert time.monotonic() < deadline
            time.sleep(0.01)
        proc.send_signal(signal.SIGTERM)
        stdout, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode != 0
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert stdout == ""
    assert sorted(p.name for p in out_dir.iterdir()) == [f"report.{fmt}"]
    assert dest.read_bytes() == b"the previous report"
    assert dump(data / "sessionkit.db") == before


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_sigterm_while_a_package_is_written_leaves_no_temp_file(big, tmp_path):
    """The package is written in one go; stop it while its temp file exists."""
    data, code = big
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dest = out_dir / "p.sessionkit.json"
    dest.write_bytes(b"the previous package")
    # Slow the write down from outside the code under test: a sitecustomize that makes
    # fsync sleep, so the temp file stays around long enough to be seen.
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "import os, time\n_real = os.fsync\n"
        "def _slow(fd):\n"
        "    if os.readlink(f'/proc/self/fd/{fd}').endswith('.partial'):\n"
        "        time.sleep(30)\n"
        "    return _real(fd)\n"
        "os.fsync = _slow\n", encoding="utf-8")
    env = env_for()
    env["PYTHONPATH"] = f"{hook}{os.pathsep}{env['PYTHONPATH']}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "sessionkit", "--data-dir", str(data), "package", "export",
         "--session", code, "-o", str(dest)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 120
        while not [p for p in out_dir.iterdir() if p.name.startswith(".")]:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.01)
        time.sleep(0.3)
        proc.send_signal(signal.SIGTERM)
        stdout, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode != 0
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr
    assert sorted(p.name for p in out_dir.iterdir()) == ["p.sessionkit.json"]
    assert dest.read_bytes() == b"the previous package"


def test_a_signal_between_the_temp_file_and_its_caller_leaves_no_temp(data, tmp_path,
                                                                    monkeypatch):
    """SIGTERM can land after the temp file exists but before the export holds its name
    (so its own ``finally`` has nothing to remove): the signal's handler removes it."""
    from cli_runner import invoke

    from sessionkit.cli.common import Terminated
    from sessionkit.interchange import files
    from sessionkit.services import reports

    def made_then_signalled(path):
        files.temp_beside(path)
        raise Terminated(128 + signal.SIGTERM)

    monkeypatch.setattr(reports, "temp_beside", made_then_signalled)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dest = out_dir / "report.pdf"
    dest.write_bytes(b"the previous report")
    out = invoke("report", "--session", "D3", "-o", dest, data_dir=data)
    assert out.returncode != 0
    assert "stopped by a signal" in out.stderr
    assert sorted(p.name for p in out_dir.iterdir()) == ["report.pdf"]
    assert dest.read_bytes() == b"the previous report"
