"""Preferences readable without Qt: preferences.json in the data folder, read by the CLI.

The file is the user's, so it gets hostile tests: whatever is in its place, reading
gives the defaults with one warning line and `sessionkit report` still works.
"""

from __future__ import annotations

import json
import os
import sys

import pytest
from pypdf import PdfReader

from sessionkit import cli
from sessionkit.report.i18n import translator
from sessionkit.services import preferences
from sessionkit.services.notes import add_note
from sessionkit.services.preferences import Preferences, PreferencesError


def load_warned(folder):
    lines: list[str] = []
    return preferences.load(folder, warn=lines.append), lines


def test_defaults_without_a_file_and_no_warning(tmp_path):
    prefs, lines = load_warned(tmp_path / "not-made-yet")
    assert prefs == Preferences() and lines == []
    assert (prefs.ui_language, prefs.appearance, prefs.report_language, prefs.report_paper) \
        == ("", "system", "en", "")


def test_saved_choices_read_back_and_unknown_keys_survive(tmp_path):
    path = tmp_path / "preferences.json"
    path.write_text(json.dumps({"from_a_newer_version": {"x": 1}, "appearance": "light"}),
                    encoding="utf-8")
    prefs, lines = load_warned(tmp_path)
    assert prefs.appearance == "light" and lines == []  # the unknown key is ignored
    preferences.update(tmp_path, report_language="ko", report_paper="letter")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["from_a_newer_version"] == {"x": 1}  # kept for the newer SessionKit
    assert saved["report_language"] == "ko" and saved["report_paper"] == "Letter"
    assert saved["appearance"] == "light"  # the choice not changed stays
    assert preferences.load(tmp_path) == Preferences(appearance="light",
                                                     report_language="ko",
                                                     report_paper="Letter")
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".partial")]


def test_an_invalid_value_is_refused_when_set(tmp_path):
    with pytest.raises(ValueError, match="report_language"):
        preferences.update(tmp_path, report_language="klingon")
    with pytest.raises(ValueError, match="appearance"):
        Preferences(appearance=3)
    assert not (tmp_path / "preferences.json").exists()


HOSTILE = {
    "not JSON": b'{"report_language": "ja",',
    "not UTF-8": '{"report_language": "ja"}'.encode("utf-16"),
    "latin-1 bytes": b'{"report_language": "\xe9"}',
    "a list": b'["ja"]',
    "null": b"null",
    "empty": b"",
    "huge": b'{"report_language": "ja", "pad": "' + b"x" * (200 * 1024) + b'"}',
    "deeply nested": b"[" * 30_000 + b"]" * 30_000,  # under the size cap
    "huge number": b'{"n": ' + b"9" * 50_000 + b"}",
}


@pytest.mark.parametrize("content", HOSTILE.values(), ids=HOSTILE.keys())
def test_damaged_file_gives_the_defaults_with_one_warning(tmp_path, content):
    (tmp_path / "preferences.json").write_bytes(content)
    prefs, lines = load_warned(tmp_path)
    assert prefs == Preferences()
    assert len(lines) == 1
    assert "\n" not in lines[0] and "preferences.json" in lines[0]


def test_wrong_types_lose_only_those_values(tmp_path):
    (tmp_path / "preferences.json").write_text(json.dumps({
        "report_language": 5, "appearance": "neon", "ui_language": ["ja"],
        "report_paper": "letter"}), encoding="utf-8")
    prefs, lines = load_warned(tmp_path)
    assert prefs == Preferences(report_paper="Letter")
    assert len(lines) == 1
    assert all(k in lines[0] for k in ("report_language", "appearance", "ui_language"))


def test_a_folder_in_its_place(tmp_path):
    (tmp_path / "preferences.json").mkdir()
    prefs, lines = load_warned(tmp_path)
    assert prefs == Preferences() and len(lines) == 1 and "not a regular file" in lines[0]
    with pytest.raises(PreferencesError) as info:
        preferences.update(tmp_path, report_language="ja")
    assert "preferences.json" in str(info.value) and "\n" not in str(info.value)
    assert (tmp_path / "preferences.json").is_dir()  # left as it was
    assert os.listdir(tmp_path) == ["preferences.json"]  # no temp file left behind


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_in_its_place_does_not_hang(tmp_path):
    os.mkfifo(tmp_path / "preferences.json")
    prefs, lines = load_warned(tmp_path)
    assert prefs == Preferences() and len(lines) == 1


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_link_to_a_device_is_not_read(tmp_path):
    os.symlink("/dev/zero", tmp_path / "preferences.json")
    prefs, lines = load_warned(tmp_path)
    assert prefs == Preferences() and len(lines) == 1
    preferences.update(tmp_path, report_language="ja")  # the link is replaced, not followed
    assert not os.path.islink(tmp_path / "preferences.json")
    assert preferences.load(tmp_path).report_language == "ja"


def test_a_damaged_file_is_replaced_by_the_next_save(tmp_path):
    (tmp_path / "preferences.json").write_bytes(b"\xff\xfe garbage")
    preferences.update(tmp_path, appearance="dark")
    prefs, lines = load_warned(tmp_path)
    assert prefs == Preferences(appearance="dark") and lines == []


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="root (or Windows) ignores the folder's permissions")
def test_read_only_folder_refuses_saving_in_one_line(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    preferences.save(folder, Preferences(report_language="ko"))
    folder.chmod(0o500)
    try:
        with pytest.raises(PreferencesError) as info:
            preferences.update(folder, report_language="ja")
        assert "preferences.json" in str(info.value)
    finally:
        folder.chmod(0o700)
    assert preferences.load(folder).report_language == "ko"  # the old file is intact


def test_no_qt_needed():
    import subprocess

    code = ("import sys; from sessionkit.services import preferences; "
            "preferences.load('.'); print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, env=dict(os.environ))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


# -- `sessionkit report` uses the preferences when --lang / --paper are not given ------

@pytest.fixture
def noted(store, d3):
    add_note(store, d3.id, "We agreed to publish the slides", kind="decision")
    return d3


def report(data_dir, *args):
    return cli.main(["--data-dir", str(data_dir), "report", "--session", "D3", *args])


def headings(path):
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("## ")]


def mediabox(path):
    box = PdfReader(str(path)).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def test_report_speaks_the_preferred_language_unless_told(data_dir, noted, tmp_path, capsys):
    preferences.update(data_dir, report_language="ja")
    out = tmp_path / "ja.md"
    assert report(data_dir, "--format", "md", "-o", str(out)) == 0
    ja = translator("ja")
    assert f"## {ja('Decisions')}" in headings(out)
    assert "## Decisions" not in headings(out)
    en = tmp_path / "en.md"
    assert report(data_dir, "--format", "md", "--lang", "en", "-o", str(en)) == 0
    assert "## Decisions" in headings(en)  # --lang still wins
    assert capsys.readouterr().err == ""


def test_report_paper_from_the_preferences_unless_told(data_dir, noted, tmp_path, capsys):
    preferences.update(data_dir, report_paper="Letter")
    letter, a4 = tmp_path / "l.pdf", tmp_path / "a4.pdf"
    assert report(data_dir, "-o", str(letter)) == 0
    assert mediabox(letter) == (612, 792)
    assert report(data_dir, "--paper", "a4", "-o", str(a4)) == 0
    assert mediabox(a4) == (595, 842)


def test_report_with_damaged_preferences_warns_once_and_uses_english(
        data_dir, noted, tmp_path, capsys):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "preferences.json").write_bytes(b"\x00\xff{{{ not json")
    out = tmp_path / "r.md"
    assert report(data_dir, "--format", "md", "-o", str(out)) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("sessionkit: warning: ")
    assert "preferences.json" in err[0] and "Traceback" not in err[0]
    assert "## Decisions" in headings(out)
    assert (data_dir / "preferences.json").read_bytes() == b"\x00\xff{{{ not json"  # untouched


def test_team_folder_is_an_absolute_path_or_off(tmp_path):
    from sessionkit.services import preferences as p

    assert p.Preferences().team_folder == ""
    long_path = "/" + "/".join(["фолдер"] * 200)  # long, any script: kept as given
    assert p.Preferences(team_folder=long_path).team_folder == long_path
    for bad in ("relative/folder", "/with\x00nul", 7):
        with pytest.raises(ValueError):
            p.Preferences(team_folder=bad)
    (tmp_path / "preferences.json").write_text('{"team_folder": "not/absolute"}', "utf-8")
    lines = []
    assert p.load(tmp_path, warn=lines.append).team_folder == ""
    assert "team_folder" in lines[0]
