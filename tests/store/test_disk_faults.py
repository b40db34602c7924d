"""Faults: a full disk and a read-only data folder give a clear message and lose nothing;
the same save succeeds once space returns.

CI runs as root, which ignores file permissions: the read-only tests drop to the
``nobody`` user with setpriv (util-linux). The full-disk tests use a file-size limit
(RLIMIT_FSIZE, with SIGXFSZ ignored) in a subprocess, and a tiny tmpfs when mounting
is allowed.
"""

import hashlib
import json
import os
import shutil
import subprocess
import sys

import pytest

from sessionkit.store.db import DB_FILENAME

from safety_helpers import cli, cli_with_file_limit, env_for, notes_in

pytestmark = pytest.mark.slow
BIG = "a long pasted transcript " * 12_000  # ~300 kB: more than the space left


@pytest.fixture
def open_tmp():
    """A folder every user can reach (pytest's own tmp folders are root-only)."""
    import tempfile
    from pathlib import Path

    d = Path(tempfile.mkdtemp(prefix="sk-safety-", dir="/tmp"))
    d.chmod(0o755)
    yield d
    shutil.rmtree(d, ignore_errors=True)


def _big_file(tmp_path):
    f = tmp_path / "transcript.txt"
    f.write_text(BIG, encoding="utf-8")
    f.chmod(0o644)
    return f


def test_disk_full_cli_note_clear_message_nothing_lost_then_saved(tmp_path):
    data = tmp_path / "data"
    assert cli("note", "add", "--session", "D3", "--", "before", data_dir=data).returncode == 0
    big = _big_file(tmp_path)
    out = cli_with_file_limit(64 * 1024, "notes", "import", "--session", "D3", str(big),
                               data_dir=data)
    assert out.returncode == 2, out.stderr
    assert "could not save" in out.stderr and "full" in out.stderr
    assert "nothing was changed" in out.stderr and "Traceback" not in out.stderr
    assert notes_in(data / DB_FILENAME) == ["before"]
    # space is back: the same command works, and the file is sound
    out = cli("notes", "import", "--session", "D3", str(big), data_dir=data)
    assert out.returncode == 0, out.stderr
    assert notes_in(data / DB_FILENAME) == ["before", BIG]
    import sqlite3

    with sqlite3.connect(data / DB_FILENAME) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _mount_tmpfs(path, size):
    path.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                       capture_output=True, text=True)
    return r.returncode == 0


@pytest.mark.skipif(not shutil.which("mount") or os.geteuid() != 0, reason="needs root mount")
def test_disk_full_on_a_tiny_tmpfs(tmp_path):
    mnt = tmp_path / "tiny"
    if not _mount_tmpfs(mnt, "4m"):  # room for the data folder (file, journal, backups)
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        data = mnt / "data"
        assert cli("note", "add", "--session", "D3", "--", "before",
                   data_dir=data).returncode == 0
        filler = mnt / "filler"
        with open(filler, "wb", buffering=0) as f:  # take what is left on the disk…
            try:
                while True:
                    f.write(b"\0" * 4096)
            except OSError:
                pass
        os.truncate(filler, filler.stat().st_size - 96 * 1024)  # …but about 100 kB
        out = cli("notes", "import", "--session", "D3", str(_big_file(tmp_path)),
                  data_dir=data)
        assert out.returncode == 2
        assert "could not save: the disk is full" in out.stderr, out.stderr
        assert "Traceback" not in out.stderr
        assert notes_in(data / DB_FILENAME) == ["before"]
        filler.unlink()  # space returns
        out = cli("note", "add", "--session", "D3", "--", "after", data_dir=data)
        assert out.returncode == 0, out.stderr
        assert notes_in(data / DB_FILENAME) == ["before", "after"]
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _setpriv():
    exe = shutil.which("setpriv")
    if not exe or os.geteuid() != 0:
        pytest.skip("needs root and setpriv (util-linux) to drop privileges")
    return [exe, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


def test_read_only_data_folder_writers_told_readers_served(open_tmp):
    prefix = _setpriv()
    tmp_path = open_tmp
    data = tmp_path / "data"
    assert cli("note", "add", "--session", "D3", "--", "kept", data_dir=data).returncode == 0
    data.chmod(0o755)  # owned by root: read-only for nobody
    db = data / DB_FILENAME
    digest = hashlib.sha256(db.read_bytes()).hexdigest()

    out = cli("note", "add", "--session", "D3", "--", "new", data_dir=data, prefix=prefix)
    assert out.returncode == 2
    assert out.stderr.strip() == (f"sessionkit: error: cannot write to the data folder {data} "
                                  "(it is read-only for you: permission denied); "
                                  "nothing was changed")
    f = tmp_path / "n.txt"
    f.write_text("one\n\ntwo\n", encoding="utf-8")
    f.chmod(0o644)
    out = cli("notes", "import", "--session", "D3", str(f), data_dir=data, prefix=prefix)
    assert out.returncode == 2 and "read-only" in out.stderr
    # reading still works, and changes nothing
    out = cli("notes", "list", "--session", "D3", "--json", data_dir=data, prefix=prefix)
    assert out.returncode == 0, out.stderr
    assert [r["text"] for r in json.loads(out.stdout)] == ["kept"]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert notes_in(db) == ["kept"]


def test_read_only_new_data_folder_cannot_be_created(open_tmp):
    prefix = _setpriv()
    tmp_path = open_tmp
    out = cli("note", "add", "--session", "D3", "--", "x", data_dir=tmp_path / "new",
              prefix=prefix)
    assert out.returncode == 2
    assert f"cannot create the data folder {tmp_path / 'new'}: Permission denied" in out.stderr


def test_read_only_data_folder_app_says_so_in_a_dialog_and_changes_nothing(open_tmp):
    prefix = _setpriv()
    data = open_tmp / "data"
    assert cli("note", "add", "--session", "D3", "--", "kept", data_dir=data).returncode == 0
    db = data / DB_FILENAME
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    log = open_tmp / "dialogs"
    log.mkdir()
    log.chmod(0o777)
    run = subprocess.run([*prefix, sys.executable, "-m", "sessionkit", "--data-dir", str(data)],
                         capture_output=True, text=True, timeout=120,
                         env=env_for(SESSIONKIT_TEST_DIALOGS=log / "d.jsonl",
                                     HOME=str(open_tmp), XDG_RUNTIME_DIR=str(log)))
    assert run.returncode == 2, run.stderr[-2000:]
    [dialog] = [json.loads(x) for x in (log / "d.jsonl").read_text().splitlines()]
    assert dialog["title"] == "SessionKit cannot start"
    assert f"cannot write to the data folder {data}" in dialog["text"]
    assert "read-only for you" in dialog["text"] and "nothing was changed" in dialog["text"]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert notes_in(db) == ["kept"]
