"""The single-instance lock holds against a hostile data folder: a lock file replaced
under a running app, a lock file that is a symlink, a FIFO, or a file swapped between
the open and the lock."""

from __future__ import annotations

import os
import stat

import pytest

from cli_runner import invoke as cli  # in-process: main(argv), output captured
from interchange_helpers import dump
from safety_helpers import cli as cli_process, hold_lock

from sessionkit.store import lock as lockmod
from sessionkit.store.lock import InstanceLock, LockUnavailableError


def _one_line_refusal(out) -> str:
    assert out.returncode != 0, (out.stdout, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert "Traceback" not in out.stderr
    return lines[0]


@pytest.fixture
def data(tmp_path):
    d = tmp_path / "data"
    out = cli("note", "add", "--session", "D3", "--", "first", data_dir=d)
    assert out.returncode == 0, out.stderr
    return d


@pytest.mark.slow
def test_replacing_the_lock_file_does_not_let_a_second_writer_in(data):
    holder = hold_lock(data)
    try:
        before = dump(data / "sessionkit.db")
        # what a careless copy, a sync tool or an old export does to the lock file
        fresh = data / "elsewhere.tmp"
        fresh.write_text("", encoding="ascii")
        os.replace(fresh, data / "sessionkit.lock")
        out = cli("note", "add", "--session", "D3", "--", "second writer", data_dir=data)
        line = _one_line_refusal(out)
        assert "already running" in line
        assert dump(data / "sessionkit.db") == before
        # readers are still served
        out = cli("notes", "list", "--session", "D3", data_dir=data)
        assert out.returncode == 0 and "first" in out.stdout, out.stderr
    finally:
        holder.kill()
        holder.wait()
    out = cli("note", "add", "--session", "D3", "--", "after", data_dir=data)
    assert out.returncode == 0, out.stderr  # free again once the holder is gone


@pytest.mark.slow
def test_a_symlinked_lock_file_is_not_followed(data, tmp_path):
    victim = tmp_path / "precious.txt"
    victim.write_text("do not truncate me\n", encoding="utf-8")
    (data / "sessionkit.lock").unlink()
    (data / "sessionkit.lock").symlink_to(victim)
    before = dump(data / "sessionkit.db")
    out = cli("note", "add", "--session", "D3", "--", "through a link", data_dir=data)
    line = _one_line_refusal(out)
    assert "symbolic link" in line and str(data / "sessionkit.lock") in line
    assert victim.read_text(encoding="utf-8") == "do not truncate me\n"
    assert dump(data / "sessionkit.db") == before
    # a read-only command still works, and leaves the target alone too
    out = cli("notes", "list", "--session", "D3", data_dir=data)
    assert out.returncode == 0 and "first" in out.stdout, out.stderr
    assert victim.read_text(encoding="utf-8") == "do not truncate me\n"


@pytest.mark.slow
def test_a_lock_file_that_is_a_fifo_is_refused_without_hanging(data):
    (data / "sessionkit.lock").unlink()
    os.mkfifo(data / "sessionkit.lock")
    before = dump(data / "sessionkit.db")
    # a real process with a time limit: opening a FIFO could hang
    out = cli_process("note", "add", "--session", "D3", "--", "x", data_dir=data, timeout=30)
    line = _one_line_refusal(out)
    assert "not a regular file" in line
    assert stat.S_ISFIFO(os.lstat(data / "sessionkit.lock").st_mode)
    assert dump(data / "sessionkit.db") == before


def test_a_lock_file_swapped_between_open_and_lock_is_not_trusted(tmp_path, monkeypatch):
    """The file locked must be the one at the path once locked, or others lock another."""
    real = lockmod._try_lock
    swaps = []

    def swapping(fd):
        got = real(fd)
        if not swaps:  # the first time only: someone replaces the file right now
            fresh = tmp_path / "fresh"
            fresh.write_text("", encoding="ascii")
            os.replace(fresh, tmp_path / lockmod.LOCK_FILENAME)
            swaps.append(fd)
        return got

    monkeypatch.setattr(lockmod, "_try_lock", swapping)
    lock = InstanceLock(tmp_path)
    assert lock.try_acquire()
    try:
        assert swaps
        held = os.fstat(lock._fd)
        there = os.stat(tmp_path / lockmod.LOCK_FILENAME)
        assert (held.st_dev, held.st_ino) == (there.st_dev, there.st_ino)
        assert (tmp_path / lockmod.LOCK_FILENAME).read_text().strip() == str(os.getpid())
        assert lock.still_held()
    finally:
        lock.release()


def test_a_lock_file_that_keeps_being_replaced_is_refused(tmp_path, monkeypatch):
    real = lockmod._try_lock

    def always_swapping(fd):
        got = real(fd)
        fresh = tmp_path / "fresh"
        fresh.write_text("", encoding="ascii")
        os.replace(fresh, tmp_path / lockmod.LOCK_FILENAME)
        return got

    monkeypatch.setattr(lockmod, "_try_lock", always_swapping)
    with pytest.raises(LockUnavailableError, match="keeps being replaced"):
        InstanceLock(tmp_path).try_acquire()
    monkeypatch.setattr(lockmod, "_try_lock", real)
    with InstanceLock(tmp_path):  # nothing left held by the failed attempts
        pass
