"""The headless CLI contract: names, output and one-line errors (run in-process through
``main(argv)``; tests/packaging/test_app_process.py and tests/hostile/ keep real processes)."""

import json

from sessionkit import __version__


def test_version(run_cli, data_dir):
    out = run_cli("--version", data_dir=data_dir)
    assert out.returncode == 0 and out.stdout.strip() == f"SessionKit {__version__}"


def test_list_shows_d3_once_even_after_restarts(run_cli, data_dir):
    for _ in range(2):
        out = run_cli("list", data_dir=data_dir)
        assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len([line for line in lines if line.startswith("D3\t")]) == 1
    code, title, sid = lines[0].split("\t")
    assert title == "Low carbon cities in Asia through city-to-city cooperation"
    rows = json.loads(run_cli("list", "--json", data_dir=data_dir).stdout)
    assert rows[0]["code"] == "D3" and rows[0]["id"] == sid


def test_data_dir_from_environment_and_option(run_cli, tmp_path, monkeypatch):
    env_dir = tmp_path / "env"
    monkeypatch.setenv("SESSIONKIT_DATA_DIR", str(env_dir))
    assert run_cli("list").returncode == 0
    assert (env_dir / "sessionkit.db").exists()
    opt_dir = tmp_path / "opt"
    assert run_cli("list", "--data-dir", str(opt_dir)).returncode == 0  # after the command too
    assert (opt_dir / "sessionkit.db").exists()


def test_note_add_and_list_keep_text_literally(run_cli, data_dir):
    text = "0.1 < A <b> & </para> 광주광역시 都市間連携による 😀"
    out = run_cli("note", "add", "--session", "d3", "--kind", "decision", "--", text,
                  data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    rows = json.loads(run_cli("notes", "list", "--session", "D3", "--json",
                              data_dir=data_dir).stdout)
    assert [(r["kind"], r["text"]) for r in rows] == [("decision", text)]


def test_notes_import_one_note_per_paragraph(run_cli, data_dir, tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("First note\nstill first\n\n  \nSecond: Thành phố Hồ Chí Minh\n\n\nThird",
                 encoding="utf-8")
    out = run_cli("notes", "import", "--session", "D3", str(f), data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "imported 3 notes into D3"
    rows = json.loads(run_cli("notes", "list", "--session", "D3", "--json",
                              data_dir=data_dir).stdout)
    assert [r["text"] for r in rows] == ["First note\nstill first",
                                         "Second: Thành phố Hồ Chí Minh", "Third"]


def test_user_mistakes_give_one_line_and_change_nothing(run_cli, data_dir, tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    cases = [
        ("notes", "list", "--session", "X9"),
        ("note", "add", "--session", "D3", "--", "   "),
        ("note", "add", "--session", "D3", "--kind", "gossip", "--", "hi"),
        ("notes", "import", "--session", "D3", str(tmp_path / "missing.txt")),
        ("notes", "import", "--session", "D3", str(bad)),
    ]
    for args in cases:
        out = run_cli(*args, data_dir=data_dir)
        assert out.returncode != 0, args
        assert out.stderr.startswith("sessionkit: error: "), (args, out.stderr)
        assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    rows = json.loads(run_cli("notes", "list", "--session", "D3", "--json",
                              data_dir=data_dir).stdout)
    assert rows == []


def test_drafts_flag_shows_the_note_box_text(run_cli, data_dir):
    from sessionkit.services.sessions import open_store

    store, _ = open_store(data_dir)
    store.drafts.save(store.sessions.find("D3").id, "half a sentence")
    store.close()
    plain = json.loads(run_cli("notes", "list", "--session", "D3", "--json",
                               data_dir=data_dir).stdout)
    with_drafts = json.loads(run_cli("notes", "list", "--session", "D3", "--json", "--drafts",
                                     data_dir=data_dir).stdout)
    assert plain == []
    assert [(r["draft"], r["text"]) for r in with_drafts] == [(True, "half a sentence")]
