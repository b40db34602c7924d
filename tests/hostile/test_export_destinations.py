"""Exports never land on SessionKit's own files, nor on things that are not files.

``report``, ``package export`` and ``export-ics`` with ``-o`` pointing at the data
file, its journal, the lock file, a backup or anything else in the data folder
(directly, through a symlink or through ``..``) are refused with one sentence, and
the store stays as it was: the next start finds it healthy, not "damaged". An
existing destination that is not a regular file (a FIFO, a folder, a device behind a
symlink) is refused too, and left as it was.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cli_runner import invoke
from interchange_helpers import dump
from safety_helpers import cli as cli_process


def cli(*args, data_dir):  # in-process: what is checked is the refusal and the files
    return invoke(*args, data_dir=data_dir)


COMMANDS = {
    "report": ("report", "--session", "D3", "--format", "md", "-o"),
    "package": ("package", "export", "--session", "D3", "-o"),
    "ics": ("export-ics", "--session", "D3", "-o"),
}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A data folder with D3, a note and a backup, made once (it is copied per test)."""
    data = tmp_path_factory.mktemp("seed") / "data"
    out = cli("note", "add", "--session", "D3", "--", "keep me", data_dir=data)
    assert out.returncode == 0, out.stderr
    out = cli("backup", "create", data_dir=data)
    assert out.returncode == 0, out.stderr
    return data


@pytest.fixture
def data(seeded, tmp_path):
    import shutil

    d = tmp_path / "data"
    shutil.copytree(seeded, d)
    return d


def _snapshot(folder: Path) -> dict:
    """Every file in the data folder with its bytes and inode, plus the store's rows.
    Not the clean-close marker: every command that opens the data removes it and
    writes it again when it closes cleanly, refused or not (store/health.py)."""
    files = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.name != "sessionkit.db-closed":
            st = p.stat()
            files[str(p.relative_to(folder))] = (p.read_bytes(), st.st_ino,
                                                 stat.S_IMODE(st.st_mode))
    return {"files": files, "rows": dump(folder / "sessionkit.db")}


def _refused(out, *, mentions: str = "") -> None:
    assert out.returncode != 0, (out.stdout, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert "Traceback" not in out.stderr
    assert "Refused" in lines[0], lines[0]
    if mentions:
        assert mentions in lines[0], lines[0]
    assert out.stdout.strip() == ""


def _backup_file(data: Path) -> Path:
    return next(p for p in sorted((data / "backups").iterdir()) if p.is_file())


TARGETS = {
    "data file": lambda data, tmp: data / "sessionkit.db",
    "wal": lambda data, tmp: data / "sessionkit.db-wal",
    "shm": lambda data, tmp: data / "sessionkit.db-shm",
    "lock file": lambda data, tmp: data / "sessionkit.lock",
    "backup": lambda data, tmp: _backup_file(data),
    "new file in data folder": lambda data, tmp: data / "notes.pdf",
    "new file in backups": lambda data, tmp: data / "backups" / "x.pdf",
    "dot-dot": lambda data, tmp: data / "backups" / ".." / "sessionkit.db",
    "symlinked folder": lambda data, tmp: _link(tmp / "innocent", data) / "sessionkit.db",
    "symlinked folder, new name": lambda data, tmp: _link(tmp / "innocent", data) / "r.x",
    "the data folder itself": lambda data, tmp: data,
}


def _link(link: Path, target: Path) -> Path:
    link.symlink_to(target, target_is_directory=target.is_dir())
    return link


@pytest.mark.slow
@pytest.mark.parametrize("what", list(COMMANDS))
@pytest.mark.parametrize("target", list(TARGETS))
def test_export_into_the_data_folder_is_refused(data, tmp_path, what, target):
    dest = TARGETS[target](data, tmp_path)
    before = _snapshot(data)
    out = cli(*COMMANDS[what], str(dest), data_dir=data)
    _refused(out)
    if target != "the data folder itself":
        assert "data folder" in out.stderr
    assert str(dest) in out.stderr
    assert _snapshot(data) == before
    # the next start finds the store healthy: nothing moved aside, the note is there
    out = cli("notes", "list", "--session", "D3", data_dir=data)
    assert out.returncode == 0 and "keep me" in out.stdout, out.stderr
    assert not [p.name for p in data.iterdir() if "damaged" in p.name or "corrupt" in p.name]


@pytest.mark.slow
def test_another_data_folder_is_refused_too(data, tmp_path):
    """A second SessionKit data folder (another --data-dir) is just as precious."""
    import shutil

    other = tmp_path / "other"
    shutil.copytree(data, other)
    before = _snapshot(other)
    out = cli(*COMMANDS["package"], str(other / "sessionkit.db"), data_dir=data)
    _refused(out, mentions=str(other / "sessionkit.db"))
    assert _snapshot(other) == before


def _fifo(tmp: Path) -> Path:
    p = tmp / "pipe.pdf"
    os.mkfifo(p)
    return p


def _folder(tmp: Path) -> Path:
    p = tmp / "folder.pdf"
    p.mkdir()
    (p / "inside.txt").write_text("mine", encoding="utf-8")
    return p


def _device_link(tmp: Path) -> Path:
    p = tmp / "null.pdf"
    p.symlink_to("/dev/null")
    return p


NOT_FILES = {"fifo": _fifo, "folder": _folder, "symlink to /dev/null": _device_link}


@pytest.mark.slow
@pytest.mark.parametrize("what", list(COMMANDS))
@pytest.mark.parametrize("kind", list(NOT_FILES))
def test_destination_that_is_not_a_regular_file_is_refused(data, tmp_path, what, kind):
    dest = NOT_FILES[kind](tmp_path)
    mode_before = os.lstat(dest).st_mode
    before = _snapshot(data)
    # a FIFO in a real process, with a time limit: opening one to write would hang
    run = cli_process if kind == "fifo" else cli
    out = run(*COMMANDS[what], str(dest), data_dir=data)
    _refused(out, mentions=str(dest))
    assert os.lstat(dest).st_mode == mode_before  # still a FIFO / folder / symlink
    if kind == "folder":
        assert (dest / "inside.txt").read_text(encoding="utf-8") == "mine"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp left
    assert _snapshot(data) == before


@pytest.mark.slow
def test_an_ordinary_destination_still_works(data, tmp_path):
    for what, args in COMMANDS.items():
        dest = tmp_path / f"out-{what}"
        dest.write_bytes(b"old")
        out = cli(*args, str(dest), data_dir=data)
        assert out.returncode == 0, out.stderr
        assert dest.read_bytes() != b"old"


@pytest.mark.parametrize("path", ["/dev/null", "/dev/full", "/"])
def test_the_guard_refuses_devices_without_writing(tmp_path, path):
    """The shared guard (unit level: nothing is written, so it is safe even as root)."""
    from sessionkit.interchange.files import DestinationRefused, check_destination

    with pytest.raises(DestinationRefused) as err:
        check_destination(Path(path), tmp_path, "report")
    message = str(err.value)
    assert message.startswith("Refused: ") and path in message and "\n" not in message


def test_the_guard_compares_inodes_not_just_names(tmp_path):
    """A bind mount or a hard-linked folder name is caught by inode, not by spelling."""
    from sessionkit.interchange.files import DestinationRefused, check_destination

    data = tmp_path / "data"
    data.mkdir()
    (data / "sessionkit.db").write_bytes(b"x")
    hard = tmp_path / "hard.db"
    os.link(data / "sessionkit.db", hard)  # same inode as the data file, another folder
    with pytest.raises(DestinationRefused):
        check_destination(hard, data, "package")
    check_destination(tmp_path / "fine.json", data, "package")  # no exception


def test_a_stray_copy_of_the_data_file_does_not_block_its_folder(tmp_path):
    """Only a real data folder is refused: a copy of sessionkit.db in Documents is not."""
    from sessionkit.interchange.files import check_destination

    docs = tmp_path / "Documents"
    docs.mkdir()
    (docs / "sessionkit.db").write_bytes(b"a copy")
    data = tmp_path / "data"
    data.mkdir()
    assert check_destination(docs / "r.pdf", data, "report") == docs / "r.pdf"
