"""The report template chosen for a session is remembered: `report --template` keeps
it for that session, and a later report of the session without --template uses it."""

from __future__ import annotations

import zipfile
from pathlib import Path


def _footer(docx: Path) -> str:
    with zipfile.ZipFile(docx) as z:
        return "".join(z.read(n).decode() for n in z.namelist() if "footer" in n)


def _template(folder: Path, footer: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "look.toml"
    path.write_text(f'organisation = "Org"\nfooter = "{footer}"\npaper = "letter"\n',
                    encoding="utf-8")
    return path


def test_a_template_given_once_is_the_sessions_default_and_only_that_sessions(
        run_cli, data_dir, tmp_path):
    from conftest import make_session
    from sessionkit.services.sessions import open_store

    store, _ = open_store(data_dir)
    make_session(store, code="T1")
    store.close()
    look = _template(tmp_path / "tpl", "Remembered footer")
    first = run_cli("report", "--session", "D3", "--format", "docx", "-o",
                    tmp_path / "a.docx", "--template", look, data_dir=data_dir)
    assert first.exit_code == 0, first.stderr
    look.unlink()  # what is remembered is in the data file, not the file given
    again = run_cli("report", "--session", "D3", "--format", "docx", "-o",
                    tmp_path / "b.docx", data_dir=data_dir)
    assert again.exit_code == 0, again.stderr
    assert "Remembered footer" in _footer(tmp_path / "b.docx")
    other = run_cli("report", "--session", "T1", "--format", "docx", "-o",
                    tmp_path / "c.docx", data_dir=data_dir)
    assert other.exit_code == 0, other.stderr
    assert "Remembered footer" not in _footer(tmp_path / "c.docx")


def test_a_new_template_replaces_the_remembered_one(run_cli, data_dir, tmp_path):
    for i, text in enumerate(("First footer", "Second footer")):
        r = run_cli("report", "--session", "D3", "--format", "docx", "-o",
                    tmp_path / f"{i}.docx", "--template",
                    _template(tmp_path / f"t{i}", text), data_dir=data_dir)
        assert r.exit_code == 0, r.stderr
    r = run_cli("report", "--session", "D3", "--format", "docx", "-o", tmp_path / "x.docx",
                data_dir=data_dir)
    assert r.exit_code == 0 and "Second footer" in _footer(tmp_path / "x.docx")


def test_a_refused_export_remembers_nothing(run_cli, data_dir, tmp_path):
    look = _template(tmp_path / "tpl", "Never kept")
    bad = run_cli("report", "--session", "D3", "--format", "docx", "-o",
                  data_dir / "inside.docx", "--template", look, data_dir=data_dir)
    assert bad.exit_code != 0  # a report inside the data folder is refused
    r = run_cli("report", "--session", "D3", "--format", "docx", "-o", tmp_path / "y.docx",
                data_dir=data_dir)
    assert r.exit_code == 0 and "Never kept" not in _footer(tmp_path / "y.docx")
