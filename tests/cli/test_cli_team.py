"""`sessionkit team sync|status`: one pass from the command line, and its refusals."""

from __future__ import annotations

import json
import os

import pytest

from sessionkit.interchange.package import SUFFIX


def test_sync_then_status_between_two_data_folders(tmp_path, run_cli):
    folder = tmp_path / "team"
    folder.mkdir()
    a, b = tmp_path / "a", tmp_path / "b"
    code, _, err = run_cli("note", "add", "--session", "D3", "Ann's first note", data_dir=a)
    assert code == 0, err
    code, out, err = run_cli("team", "sync", "--folder", str(folder), data_dir=a)
    assert code == 0, err
    assert out.startswith(f"Team folder {folder}: 1 package(s) written, 0 merged")
    assert len([p for p in folder.iterdir() if p.name.endswith(SUFFIX)]) == 1
    code, out, err = run_cli("team", "sync", "--folder", str(folder), data_dir=b)
    assert code == 0, err
    assert "1 merged (1 with changes)" in out and "notes: 1 added" in out
    code, out, _ = run_cli("notes", "list", "--session", "D3", data_dir=b)
    assert "Ann's first note" in out
    code, out, _ = run_cli("team", "sync", "--folder", str(folder), data_dir=b)
    assert "0 package(s) written, 0 merged" in out
    code, out, err = run_cli("team", "status", "--folder", str(folder), "--json", data_dir=b)
    assert code == 0, err
    status = json.loads(out)
    [d3] = status["sessions"]
    assert d3["code"] == "D3" and len(d3["devices"]) == 2
    assert sum(d["this_device"] for d in d3["devices"]) == 1
    code, out, _ = run_cli("team", "status", "--folder", str(folder), data_dir=b)
    assert "D3" in out and "(this device)" in out and "last seen" in out


@pytest.mark.parametrize("make, words", [
    (lambda p: None, "does not exist"),
    (lambda p: p.write_text("x"), "is a file, not a folder"),
])
def test_bad_folder_is_one_sentence(tmp_path, run_cli, make, words):
    target = tmp_path / "team"
    make(target)
    for action in ("sync", "status"):
        code, out, err = run_cli("team", action, "--folder", str(target),
                                 data_dir=tmp_path / "data")
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and words in err and "Traceback" not in err
    assert not (tmp_path / "data" / "sessionkit.db").exists()  # refused before opening


def test_folder_inside_the_data_folder_is_refused(tmp_path, run_cli):
    data = tmp_path / "data"
    run_cli("list", data_dir=data)
    (data / "team").mkdir()
    for target in (data, data / "team", data / "backups"):
        code, _, err = run_cli("team", "sync", "--folder", str(target), data_dir=data)
        assert code == 2 and "inside SessionKit's data folder" in err, err


def test_unreadable_folder(tmp_path, run_cli, monkeypatch):
    target = tmp_path / "team"
    target.mkdir()
    real = os.access
    # as root every folder is readable: the check is made to see an unreadable one
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False
                        if str(p) == str(target) else real(p, mode, *a, **k))
    code, out, err = run_cli("team", "sync", "--folder", str(target), data_dir=tmp_path / "d")
    assert code == 2 and out == "" and "cannot be read" in err and err.count("\n") == 1
