"""One instance per data directory: writers refused with the PID, readers still served,
a lock left by a killed process recovered by itself."""

import json
import signal

import pytest

from sessionkit.store.lock import InstanceLock, InstanceLockedError, read_owner_pid

from cli_runner import invoke as cli  # in-process: main(argv), output captured
from safety_helpers import hold_lock


def test_second_lock_in_same_dir_is_refused_and_names_the_pid(tmp_path):
    import os

    first = InstanceLock(tmp_path).acquire()
    try:
        with pytest.raises(InstanceLockedError) as err:
            InstanceLock(tmp_path).acquire()
        assert err.value.pid == os.getpid()
        assert str(os.getpid()) in str(err.value)
        other = tmp_path / "other"
        other.mkdir()
        with InstanceLock(other):  # another data dir is independent
            pass
    finally:
        first.release()
    with InstanceLock(tmp_path):  # free again once released
        pass


@pytest.mark.slow
def test_cli_writers_refused_readers_served_while_app_runs(tmp_path):
    data = tmp_path / "data"
    assert cli("note", "add", "--session", "D3", "--", "before", data_dir=data).returncode == 0
    holder = hold_lock(data)
    try:
        out = cli("note", "add", "--session", "D3", "--", "refused", data_dir=data)
        assert out.returncode == 2
        assert "already running" in out.stderr and str(holder.pid) in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1
        f = tmp_path / "n.txt"
        f.write_text("a\n\nb\n", encoding="utf-8")
        out = cli("notes", "import", "--session", "D3", str(f), data_dir=data)
        assert out.returncode == 2 and str(holder.pid) in out.stderr
        out = cli("backup", "restore", "latest", data_dir=data)
        assert out.returncode == 2 and str(holder.pid) in out.stderr
        # read-only commands still work
        out = cli("list", data_dir=data)
        assert out.returncode == 0 and out.stdout.startswith("D3\t"), out.stderr
        out = cli("notes", "list", "--session", "D3", "--json", data_dir=data)
        assert out.returncode == 0, out.stderr
        assert [r["text"] for r in json.loads(out.stdout)] == ["before"]
        out = cli("search", "before", data_dir=data)
        assert out.returncode == 0 and "before" in out.stdout, out.stderr
        report = data.parent / "report.md"
        out = cli("report", "--session", "D3", "--format", "md", "-o", str(report),
                  data_dir=data)
        assert out.returncode == 0 and report.exists(), out.stderr
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.slow
def test_stale_lock_of_a_killed_process_is_recovered(tmp_path):
    data = tmp_path / "data"
    holder = hold_lock(data)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert read_owner_pid(data) == holder.pid  # the dead PID is still written there
    out = cli("note", "add", "--session", "D3", "--", "after the crash", data_dir=data)
    assert out.returncode == 0, out.stderr
    out = cli("notes", "list", "--session", "D3", "--json", data_dir=data)
    assert [r["text"] for r in json.loads(out.stdout)] == ["after the crash"]
