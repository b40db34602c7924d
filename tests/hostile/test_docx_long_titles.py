"""A title longer than 255 characters (a schedule's session title, a --title typed on
the command line) made every DOCX export of it fail with "an unexpected error":
Word's core properties hold 255 characters and python-docx refuses more. The page
shows the title whole; only the file's properties are cut."""

import zipfile

from conftest import make_session

LONG = "기후 협력 " * 60 + "— the end"  # 369 characters, Korean and English


def test_a_session_titled_over_255_characters_exports_to_docx(data_dir, store, tmp_path,
                                                             run_cli):
    make_session(store, code="L1", title=LONG)
    target = tmp_path / "r.docx"
    code, out, err = run_cli("report", "--session", "L1", "--format", "docx", "-o",
                             str(target), data_dir=data_dir)
    assert code == 0, err
    with zipfile.ZipFile(target) as z:
        core = z.read("docProps/core.xml").decode("utf-8")
        body = z.read("word/document.xml").decode("utf-8")
    assert LONG[:200] in core and LONG not in core  # the property is cut…
    assert "— the end" in body  # …the page is not


def test_proceedings_with_a_5000_character_title_export_to_docx(data_dir, store, tmp_path,
                                                                run_cli):
    make_session(store)
    target = tmp_path / "p.docx"
    code, out, err = run_cli("proceedings", "--format", "docx", "--title", "x" * 5000,
                             "-o", str(target), data_dir=data_dir)
    assert code == 0, err
    assert "unexpected" not in err and target.stat().st_size > 0
