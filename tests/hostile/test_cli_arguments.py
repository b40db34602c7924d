"""Arguments that are not valid UTF-8 (a Latin-1 terminal, a file name from an old
share) and unexpected errors: one clear line on stderr, never a traceback, nothing
changed."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from cli_runner import invoke as cli  # in-process: main(argv), output captured
from interchange_helpers import dump
from safety_helpers import env_for


def run(*args: bytes | str, data_dir) -> subprocess.CompletedProcess:
    """The real entry point, with raw bytes in argv as a shell would pass them."""
    cmd = [os.fsencode(sys.executable), b"-m", b"sessionkit", b"--data-dir",
           os.fsencode(data_dir), *[a if isinstance(a, bytes) else a.encode() for a in args]]
    return subprocess.run(cmd, capture_output=True, env=env_for(), timeout=120)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("args") / "data"
    out = cli("note", "add", "--session", "D3", "--", "a note", data_dir=d)
    assert out.returncode == 0, out.stderr
    return d


def _refused(out, *, names: str) -> str:
    err = out.stderr.decode("utf-8")  # the message itself is valid UTF-8
    assert out.returncode != 0, (out.stdout, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert "not valid UTF-8" in lines[0] and names in lines[0], lines[0]
    assert "\\xff" in lines[0]  # the bad byte is shown, readably
    return lines[0]


@pytest.mark.slow
def test_output_file_name_not_utf8(data, tmp_path):
    before = dump(data / "sessionkit.db")
    for args in ((b"report", b"--session", b"D3", b"--format", b"md"),
                 (b"package", b"export", b"--session", b"D3"),
                 (b"export-ics", b"--session", b"D3")):
        out = run(*args, b"-o", os.fsencode(tmp_path) + b"/\xff.out", data_dir=data)
        _refused(out, names="output file")
    assert os.listdir(os.fsencode(tmp_path)) == []  # nothing written under a mangled name
    assert dump(data / "sessionkit.db") == before


@pytest.mark.slow
def test_session_code_not_utf8(data):
    before = dump(data / "sessionkit.db")
    for args in ((b"report", b"--session", b"D\xff3", b"-o", b"/tmp/never-written.pdf"),
                 (b"notes", b"list", b"--session", b"D\xff3"),
                 (b"note", b"add", b"--session", b"D\xff3", b"--", b"x")):
        _refused(run(*args, data_dir=data), names="session")
    assert not os.path.exists("/tmp/never-written.pdf")
    assert dump(data / "sessionkit.db") == before


@pytest.mark.slow
def test_note_text_not_utf8(data):
    before = dump(data / "sessionkit.db")
    out = run(b"note", b"add", b"--session", b"D3", b"--", b"caf\xe9 \xff", data_dir=data)
    _refused(out, names="note text")
    assert dump(data / "sessionkit.db") == before


@pytest.mark.slow
def test_file_to_import_with_a_name_not_utf8(data, tmp_path):
    name = os.fsencode(tmp_path) + b"/notes-\xff.txt"
    with open(name, "wb") as fh:
        fh.write(b"one\n\ntwo\n")
    before = dump(data / "sessionkit.db")
    for args in ((b"notes", b"import", b"--session", b"D3", name),
                 (b"import", name),
                 (b"package", b"merge", name)):
        _refused(run(*args, data_dir=data), names="file name")
    assert dump(data / "sessionkit.db") == before


@pytest.mark.slow
def test_data_folder_not_utf8(tmp_path):
    folder = os.fsencode(tmp_path) + b"/data-\xff"
    out = run(b"note", b"add", b"--session", b"D3", b"--", b"x", data_dir=folder)
    _refused(out, names="data folder")
    assert not os.path.exists(folder)


def test_an_unexpected_error_is_one_line_not_a_traceback(data, monkeypatch, capsys):
    from sessionkit import cli as cli_module
    import sessionkit.cli.sessions  # noqa: F401 - the module whose command is replaced

    def broken(args):
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(cli_module.sessions, "cmd_list", broken)
    monkeypatch.delenv("SESSIONKIT_DEBUG", raising=False)
    rc = cli_module.main(["--data-dir", str(data), "list"])
    err = capsys.readouterr().err
    assert rc == 1
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert err.startswith("sessionkit: ") and "something nobody expected" in err
