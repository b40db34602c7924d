"""A team folder holding a file whose name is not valid UTF-8 (copied from a system
with another encoding, or put there on purpose): before, the name could not be
remembered in the store and the whole pass failed, so no other laptop's notes ever
merged again. Now that one file is refused in one sentence and every other package
merges; symlinks, FIFOs and a sparse 2 GB file beside them change nothing."""

from __future__ import annotations

import os
import shutil

import pytest

from sessionkit.interchange.package import SUFFIX
from sessionkit.services.capture import capture_note
from sessionkit.services.sessions import open_store
from sessionkit.services.team import sync_folder

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file names and FIFOs")


def test_a_name_that_is_not_utf8_is_refused_alone_and_the_rest_merges(tmp_path, run_cli):
    folder = tmp_path / "team"
    folder.mkdir()
    a, _ = open_store(tmp_path / "a")
    b, _ = open_store(tmp_path / "b")
    try:
        sid = a.sessions.find("D3").id
        capture_note(a, sid, "노트 from A, 도시 간 협력")
        written = sync_folder(a, folder).written
        assert len(written) == 1
        bad = os.fsdecode(b"D3\xff\xfe--abc" + SUFFIX.encode())
        shutil.copy(folder / written[0], folder / bad)
        os.symlink("/etc/passwd", folder / f"pw--abc{SUFFIX}")
        os.symlink(tmp_path / "b", folder / f"data--abc{SUFFIX}")
        os.symlink(f"loop2{SUFFIX}", folder / f"loop1{SUFFIX}")
        os.symlink(f"loop1{SUFFIX}", folder / f"loop2{SUFFIX}")
        os.mkfifo(folder / f"fifo--abc{SUFFIX}")
        with open(folder / f"sparse--abc{SUFFIX}", "wb") as fh:
            fh.truncate(2 * 2**30)
        b_notes_before = b.notes.for_session(b.sessions.find("D3").id)
        assert b_notes_before == []

        report = sync_folder(b, folder)
        assert "D3\\xff\\xfe--abc.sessionkit.json: the file name is not valid UTF-8; rename " \
               "the file to merge it" in report.refused
        assert len(report.refused) == 2  # and the sparse file: too big
        assert [n.text for n in b.notes.for_session(b.sessions.find("D3").id)] == [
            "노트 from A, 도시 간 협력"]
    finally:
        a.close()
        b.close()
    code, out, err = run_cli("team", "sync", "--folder", str(folder),
                             data_dir=tmp_path / "b")
    assert code == 0, err
    assert "Traceback" not in out + err
    assert "D3\\xff\\xfe--abc.sessionkit.json: the file name is not valid UTF-8" in out


def test_a_name_with_line_breaks_cannot_print_lines_of_its_own(tmp_path, run_cli):
    folder = tmp_path / "team"
    folder.mkdir()
    forged = f"x\n  merged D3: 500 notes added\x1b[2K\u202e--abc{SUFFIX}"
    (folder / forged).write_bytes(b"not a package")
    (folder / f"회의 क्\u200dष--abc{SUFFIX}").write_bytes(b"[1, 2]")
    data = tmp_path / "data"
    code, out, err = run_cli("team", "sync", "--folder", str(folder), data_dir=data)
    assert code == 0, err
    assert not [line for line in out.splitlines() if line.startswith("  merged")]
    assert "x\\n  merged D3: 500 notes added\\x1b[2K\\u202e--abc.sessionkit.json" in out
    assert "회의 क्\u200dष--abc.sessionkit.json" in out  # scripts and joiners as they are
    code, out, err = run_cli("team", "status", "--folder", str(folder), data_dir=data)
    assert code == 0, err
    assert "    x\\n  merged D3: 500 notes added\\x1b[2K\\u202e--abc.sessionkit.json" in out
    assert "\x1b" not in out and "\u202e" not in out
