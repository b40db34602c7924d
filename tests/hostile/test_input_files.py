"""Whatever file comes in (schedule, notes, package): opened safely, decoded, or refused
with one sentence naming the file, and the store as before.

Each test runs the real CLI in a subprocess, with a time limit (a pipe used to hang)
and a memory limit (/dev/zero used to be read until memory ran out).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from interchange_helpers import dump, fixture


def cli(*args, data_dir, timeout=60):
    def limit_memory():  # a reader without a cap must fail here, not swap the machine
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (2 * 1024 ** 3, 2 * 1024 ** 3))

    try:
        return subprocess.run(
            [sys.executable, "-m", "sessionkit", "--data-dir", str(data_dir), *args],
            capture_output=True, text=True, timeout=timeout, env=dict(os.environ),
            preexec_fn=limit_memory if sys.platform != "win32" else None)
    except subprocess.TimeoutExpired:
        pytest.fail(f"sessionkit {' '.join(args[:2])} did not finish in {timeout} s")


def one_error_line(r, name: str) -> str:
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("sessionkit: error: ") and name in lines[0]
    return lines[0]


@pytest.fixture
def db(data_dir):
    """A seeded data directory (made by the CLI, as a user would)."""
    assert cli("list", data_dir=data_dir).returncode == 0
    return data_dir / "sessionkit.db"


def notes_of(data_dir, session="D3") -> list[str]:
    r = cli("notes", "list", "--session", session, "--json", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    return [n["text"] for n in json.loads(r.stdout)]


COMMANDS = {
    "import": lambda f: ["import", f],
    "notes import": lambda f: ["notes", "import", "--session", "D3", f],
    "package merge": lambda f: ["package", "merge", f],
}


# -- opening -------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_named_pipe_is_refused_at_once_not_waited_on(db, data_dir, tmp_path, command):
    fifo = tmp_path / "programme.json"
    os.mkfifo(fifo)
    before = dump(db)
    r = cli(*COMMANDS[command](str(fifo)), data_dir=data_dir, timeout=30)
    line = one_error_line(r, "programme.json")
    assert "not an ordinary file" in line
    assert dump(db) == before


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_endless_device_is_refused_before_reading(db, data_dir, command):
    before = dump(db)
    r = cli(*COMMANDS[command]("/dev/zero"), data_dir=data_dir, timeout=30)
    line = one_error_line(r, "zero")
    assert "not an ordinary file" in line
    assert dump(db) == before


@pytest.mark.slow
def test_a_notes_file_over_the_cap_is_refused_by_its_size(db, data_dir, tmp_path):
    path = tmp_path / "notes.txt"
    with path.open("wb") as fh:
        fh.write(b"A note\n\n")
        fh.truncate(40 * 1024 * 1024)  # sparse: costs no disk
    before = dump(db)
    line = one_error_line(cli(*COMMANDS["notes import"](str(path)), data_dir=data_dir),
                          "notes.txt")
    assert "too big to be a notes file (42 MB; the limit is 16 MB)" in line
    assert dump(db) == before


# -- decoding ------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_notes_are_imported_with_or_without_a_bom(db, data_dir, tmp_path, encoding):
    text = "Première remarque\r\n\r\n발표자: 김민지\r\n\r\nTrois — fin"
    path = tmp_path / "notes.txt"
    path.write_bytes(text.encode(encoding))
    r = cli(*COMMANDS["notes import"](str(path)), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert "imported 3 notes" in r.stdout
    assert notes_of(data_dir)[-3:] == ["Première remarque", "발표자: 김민지", "Trois — fin"]


SMALL_XML = """<?xml version="1.0" encoding="{enc}"?>
<schedule><conference><title>Kolloquium</title><acronym>kq</acronym>
<time_zone_name>Europe/Berlin</time_zone_name></conference>
<day date="2024-05-01"><room name="Saal Ü"><event id="71" guid="g-71">
<title>Grüße aus Köln</title><start>10:00</start><duration>00:30</duration>
</event></room></day></schedule>
"""


@pytest.mark.slow
@pytest.mark.parametrize("name, data", [
    ("bom.xml", SMALL_XML.format(enc="UTF-16").encode("utf-16")),
    ("nobom.json", fixture("pretalx-democon.json").read_text("utf-8").encode("utf-16-le")),
])
def test_utf16_schedules_are_imported(db, data_dir, tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    r = cli("import", str(path), "--json", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["added"] >= 1 and report["skipped"] == 0
    if name == "bom.xml":
        s = cli("list", "--json", data_dir=data_dir)
        assert any(x["title"] == "Grüße aus Köln" and x["room"] == "Saal Ü"
                   for x in json.loads(s.stdout))


@pytest.mark.slow
def test_undeclared_latin1_xml_is_refused_naming_the_file_and_line(db, data_dir, tmp_path):
    path = tmp_path / "programm.xml"
    path.write_bytes(SMALL_XML.replace('<?xml version="1.0" encoding="{enc}"?>\n', "")
                     .encode("latin-1"))
    before = dump(db)
    line = one_error_line(cli("import", str(path), data_dir=data_dir), "programm.xml")
    assert "line 3 of the file is not valid UTF-8" in line and "Latin-1" in line
    assert "nothing was imported" in line
    assert dump(db) == before


@pytest.mark.slow
def test_xml_that_declares_latin1_is_read_as_latin1(db, data_dir, tmp_path):
    path = tmp_path / "programm.xml"
    path.write_bytes(SMALL_XML.format(enc="ISO-8859-1").encode("latin-1"))
    r = cli("import", str(path), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    s = cli("list", "--json", data_dir=data_dir)
    assert any(x["title"] == "Grüße aus Köln" for x in json.loads(s.stdout))


@pytest.mark.slow
def test_a_5000_digit_number_in_json_is_refused_naming_the_field(db, data_dir, tmp_path):
    doc = json.loads(fixture("pretalx-democon.json").read_text("utf-8"))
    day = doc["schedule"]["conference"]["days"][0]
    first_room = next(iter(day["rooms"].values()))
    first_room[0]["id"] = 0  # placeholder, replaced by the long number below
    text = json.dumps(doc).replace('"id": 0', '"id": ' + "7" * 5000, 1)
    path = tmp_path / "democon.json"
    path.write_text(text, encoding="utf-8")
    before = dump(db)
    line = one_error_line(cli("import", str(path), data_dir=data_dir), "democon.json")
    assert 'the field "id" holds a number with 5,000 digits' in line
    assert "ValueError" not in line and "sys.set_int" not in line
    assert dump(db) == before


ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-CALNAME:Forum\r\n"
       "BEGIN:VEVENT\r\nUID:ev1@forum\r\nDTSTAMP:20240101T000000Z\r\n"
       "SUMMARY:도시와 기후 변화에 관한 라운드테이블 토론 세션 (서울 2024) — résumé\r\n"
       "DTSTART:20240501T010000Z\r\nDTEND:20240501T020000Z\r\nLOCATION:Hall 1\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n")
TITLE = "도시와 기후 변화에 관한 라운드테이블 토론 세션 (서울 2024) — résumé"


def fold_bytes(data: bytes, width: int = 75) -> bytes:
    """Fold every long line at exactly ``width`` octets, as many exporters do: in
    the middle of a multi-byte character when that is where the limit falls."""
    out = []
    for line in data.split(b"\r\n"):
        first = True
        while len(line) > width:
            cut = width if first else width - 1
            out.append((b"" if first else b" ") + line[:cut])
            line, first = line[cut:], False
        out.append((b"" if first else b" ") + line)
    return b"\r\n".join(out)


def splitting_fold() -> bytes:
    """The calendar folded at the first width (75 octets or less) that splits a
    character, as a real exporter's fold would for some title."""
    for width in range(75, 40, -1):
        data = fold_bytes(ICS.encode("utf-8"), width)
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return data
    raise AssertionError("no fold splits a character")


@pytest.mark.slow
def test_ics_folded_inside_a_utf8_character_is_unfolded_before_decoding(db, data_dir,
                                                                       tmp_path):
    data = splitting_fold()
    path = tmp_path / "forum.ics"
    path.write_bytes(data)
    r = cli("import", str(path), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    s = cli("list", "--json", data_dir=data_dir)
    assert any(x["title"] == TITLE for x in json.loads(s.stdout))


@pytest.mark.slow
@pytest.mark.parametrize("ending", [b"\r", b"mixed"])
def test_ics_with_cr_only_or_mixed_line_ends_is_imported(db, data_dir, tmp_path, ending):
    data = splitting_fold()
    if ending == b"mixed":
        lines = data.split(b"\r\n")
        data = b"".join(line + (b"\r\n", b"\n", b"\r")[i % 3] for i, line in enumerate(lines))
    else:
        data = data.replace(b"\r\n", ending)
    path = tmp_path / "forum.ics"
    path.write_bytes(data)
    r = cli("import", str(path), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    s = cli("list", "--json", data_dir=data_dir)
    assert any(x["title"] == TITLE and x["room"] == "Hall 1" for x in json.loads(s.stdout))


# -- parser texts ----------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("name, data, expected", [
    ("broken.ics", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n"
                   b"DTSTART:20240501T100000Z\r\nEND:VCALENDAR\r\n",
     "not a readable iCalendar file (line 3, BEGIN:VEVENT, is never ended)"),
    ("broken.xml", SMALL_XML.format(enc="UTF-8").replace("</title><start>", "</titel><start>")
     .encode(), "not well-formed XML at line 5, column 24 (mismatched tag)"),
])
def test_a_parser_complaint_becomes_one_sentence_naming_the_line(db, data_dir, tmp_path, name,
                                                                 data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    before = dump(db)
    line = one_error_line(cli("import", str(path), data_dir=data_dir), name)
    assert expected in line
    assert dump(db) == before


# -- the app's dialogs open files the same way ---------------------------------------

@pytest.fixture
def fifo(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    path = tmp_path / "programme.xml"
    os.mkfifo(path)
    yield path
    try:  # a reader still blocked on the pipe (the old behaviour) gets end-of-file
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
    except OSError:
        return
    os.close(fd)


def test_the_import_dialog_refuses_a_pipe_instead_of_hanging(qtbot, store, data_dir, fifo):
    from sessionkit.ui.dialogs.import_dialog import ImportScheduleDialog

    before = dump(data_dir / "sessionkit.db")
    dialog = ImportScheduleDialog(store, path=fifo)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.info.text(), timeout=10000)
    assert "not an ordinary file" in dialog.info.text()
    assert not dialog.import_button.isEnabled()
    assert dump(data_dir / "sessionkit.db") == before


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_the_merge_dialog_refuses_an_endless_device(qtbot, store, data_dir):
    from pathlib import Path

    from sessionkit.ui.dialogs.package_dialogs import MergePackagesDialog

    before = dump(data_dir / "sessionkit.db")
    dialog = MergePackagesDialog(store, paths=[Path("/dev/zero")])
    qtbot.addWidget(dialog)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: "Nothing was merged" in dialog.summary.text(), timeout=10000)
    assert "not an ordinary file" in dialog.summary.text()
    assert dump(data_dir / "sessionkit.db") == before
