"""Indic, Southeast Asian and right-to-left text in the window: the bundled faces
draw it on a machine without such fonts, right-to-left notes sit right in the list,
and Han follows the UI language."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sessionkit.domain.models import Note
from sessionkit.ui import fonts
from sessionkit.ui.models.notes import NotesModel

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtGui import QFontDatabase, QTextLayout, QFont
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    before = set(QFontDatabase.families())
    assert not any(f.startswith("Noto") for f in before), before
    from sessionkit.ui.fonts import register_ui_fonts
    added = register_ui_fonts(app, "en")
    print("ADDED", "|".join(sorted(added)))
    for name, text in (("DEVA", "दिल्ली में वायु प्रदूषण क्षेत्र"), ("ARAB", "مدينة كراتشي"),
                       ("KHMR", "ភ្នំពេញ ទីក្រុង"), ("THAA", "މާލެ ސިޓީ")):
        for where, font in (("APP", app.font()), ("STAGE", QFont("DejaVu Sans"))):
            def glyphs(t):
                layout = QTextLayout(t, font)
                layout.beginLayout(); layout.createLine(); layout.endLayout()
                return layout.glyphRuns()
            used = set()
            for run in glyphs(text):
                if 0 in run.glyphIndexes():
                    used.add("MISSING")
                used.add(run.rawFont().familyName())
            # shaped: conjuncts, reordered vowels and joining forms are other glyphs
            # than the letters laid out one by one
            whole = sorted(g for run in glyphs(text) for g in run.glyphIndexes())
            alone = sorted(g for ch in text if ch != " " for run in glyphs(ch)
                           for g in run.glyphIndexes())
            print(name + "_" + where, "|".join(sorted(used)), int(whole != alone))
""")


def test_indic_arabic_and_khmer_display_with_only_dejavu_installed(tmp_path):
    if not DEJAVU.is_dir():
        pytest.skip("DejaVu system fonts not installed")
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{DEJAVU}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>""",
                    encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = {k: v for k, v in (line.split(" ", 1) for line in proc.stdout.splitlines())}
    added = out["ADDED"].split("|")
    for family in ("Noto Sans Devanagari", "Noto Naskh Arabic", "Noto Sans Khmer"):
        assert family in added
    for key, family in (("DEVA", "Noto Sans Devanagari"), ("ARAB", "Noto Naskh Arabic"),
                        ("KHMR", "Noto Sans Khmer"), ("THAA", "Noto Sans Thaana")):
        for where in ("APP", "STAGE"):
            used, shaped = out[f"{key}_{where}"].rsplit(" ", 1)
            assert "MISSING" not in used.split("|"), (key, where, used)
            faces = used.lower().split("|")
            if key == "ARAB" and where == "STAGE":
                # the stage's own font, DejaVu Sans, has Arabic letters with their
                # joining forms: Qt draws them in it, shaped, before any fallback
                assert faces in (["dejavu sans"], [family.lower()]), used
            else:
                assert family.lower() in faces, (key, where, used)
            assert shaped == "1", f"{key} in {where} is not shaped"


def test_right_to_left_notes_are_right_aligned_in_the_list():
    notes = [Note(session_id="s", text="مدينة كراتشي 2024"), Note(session_id="s", text="Karachi"),
             Note(session_id="s", text="Karachi: مدينة"), Note(session_id="s", text="މާލެ ސިޓީ")]
    model = NotesModel(notes)
    align = [Qt.AlignmentFlag(model.data(model.index(r, NotesModel.TEXT),
                                         Qt.ItemDataRole.TextAlignmentRole)) for r in range(4)]
    right = [bool(a & Qt.AlignmentFlag.AlignRight) for a in align]
    # a note that starts in Latin reads left to right even with Arabic in it (UAX #9)
    assert right == [True, False, False, True]
    assert all(a & Qt.AlignmentFlag.AlignAbsolute for a, r in zip(align, right) if r)


def test_han_uses_the_face_of_the_ui_language():
    installed = {"Noto Sans CJK JP", "Noto Sans CJK KR", "Noto Sans CJK SC", "DejaVu Sans"}
    ja = fonts.ui_families("ja", installed)
    ko = fonts.ui_families("ko", installed)
    zh = fonts.ui_families("zh_CN", installed)
    assert ja[0] == "Noto Sans CJK JP" and "Noto Sans CJK KR" not in ja
    assert ko[0] == "Noto Sans CJK KR" and ko[1] == "NanumGothic"
    assert zh[0] == "Noto Sans CJK SC"
    # nothing installed: Korean prefers NanumGothic (Hanja), Japanese the Han face
    assert fonts.ui_families("ko", set())[0] == "NanumGothic"
    assert fonts.ui_families("ja", set())[0] == "Droid Sans Fallback"
    assert "Noto Sans Devanagari" in ja and "Noto Naskh Arabic" in ja


def test_the_missing_glyph_warning_is_shown_in_the_ui_language(monkeypatch):
    from sessionkit.report.fonts import MissingGlyphs
    from sessionkit.ui.dialogs import export_dialog

    missing = MissingGlyphs()
    for ch in "\u1c5a\u1c5b\u1c5c\u1c5d\u1c5e\u1c5f\u1c60\u1c61\u1c62\u1c5a":
        missing.add(ch)
    w = missing.warning()
    # the CLI's English text, unchanged
    assert str(w).startswith("9 character(s) that no bundled font has were printed as \ufffd "
                             "(10 in all): U+1C5A OL CHIKI LETTER LA") and str(w).endswith(
        " and 1 more")
    catalogue = {
        "{count} character(s) that no bundled font has were printed as {placeholder} "
        "({total} in all): {chars}": "번들 글꼴에 없는 문자 {count}개를 {placeholder}(으)로 "
                                     "인쇄했습니다(모두 {total}개): {chars}",
        " and {n} more": " 외 {n}개",
    }
    monkeypatch.setattr(export_dialog.QCoreApplication, "translate",
                        lambda ctx, text, *a: catalogue.get(text, text))
    shown = export_dialog.warning_text(w)
    assert shown.startswith("번들 글꼴에 없는 문자 9개를 \ufffd(으)로 인쇄했습니다(모두 10개): U+1C5A")
    assert shown.endswith(" 외 1개")
    # any other warning passes through as it is
    assert export_dialog.warning_text("something else") == "something else"
