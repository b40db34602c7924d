"""Every script of the Asia-Pacific region in the report: printed shaped, in bidi
order, embedded, searchable in the PDF, and marked right to left in the DOCX.

The samples (one speaker and one note per script) are tests/data/asia-scripts.json;
scripts/script_samples.py draws the same report's pages for docs/report.md.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from sessionkit.report.docx import render_docx
from sessionkit.report.pdf import render_pdf
from sessionkit.report.sample import script_sample_report
from sessionkit.report.scripts import base_level, levels, needs_shaping, reorder
from sessionkit.report.shaping import layout

DATA = Path(__file__).resolve().parents[1] / "data" / "asia-scripts.json"
SAMPLES = json.loads(DATA.read_text(encoding="utf-8"))["samples"]

# Where a reader cannot give back exactly what was typed, and why (docs/report.md has
# the figures). Everything not listed here must come back word for word.
INEXACT = {
    # pypdf ignores /ActualText and reads the glyphs: a conjunct or a reordered vowel
    # is a glyph with no character, or in visual order
    **{("pypdf_text", lang): "reads shaped glyphs, not /ActualText" for lang in (
        "Hindi", "Nepali", "Marathi", "Bengali", "Punjabi", "Gujarati", "Tamil", "Telugu",
        "Kannada", "Malayalam", "Sinhala", "Khmer", "Burmese", "Tibetan", "Mongolian")},
    ("pypdf_text", "Persian"): "loses the zero-width non-joiner of می‌خواهد",
    ("pypdf_text", "Pashto"): "reads the joining form of ښ, which has no character",
    # poppler puts Thaana's vowel signs (fili) apart from their letters
    ("pdftotext", "Dhivehi"): "separates the vowel signs from their letters",
}


def _run(gen):
    try:
        while True:
            next(gen)
    except StopIteration as stop:
        return list(stop.value or [])


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("scripts") / "all.pdf"
    warnings = _run(render_pdf(script_sample_report(SAMPLES), str(path)))
    return path, warnings


def norm(text: str) -> str:
    """What a search compares: compatibility forms (Arabic presentation forms) folded,
    the invisible joiners left out."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub("[\u200c\u200d]", "", text)


def pdftotext(path) -> str:
    exe = shutil.which("pdftotext")
    if not exe:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run([exe, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def pypdf_text(path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def found(text: str) -> dict[str, tuple[int, int]]:
    """Per language: (words found, words typed) over its note and speaker name."""
    text = norm(text)
    out = {}
    for s in SAMPLES:
        words = (s["note"] + " " + s["speaker"]).split()
        out[s["language"]] = (sum(norm(w) in text for w in words), len(words))
    return out


def test_every_script_prints_with_no_warning_and_every_font_embedded(pdf):
    path, warnings = pdf
    assert warnings == []
    reader = PdfReader(str(path))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]).split("+", 1)[-1])
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    for face in ("NotoSansDevanagari", "NotoSansBengali", "NotoSansGurmukhi",
                 "NotoSansGujarati", "NotoSansTamil", "NotoSansTelugu", "NotoSansKannada",
                 "NotoSansMalayalam", "NotoSansSinhala", "NotoSansKhmer", "NotoSansMyanmar",
                 "NotoSansLao", "NotoSerifTibetan", "NotoSansMongolian", "NotoSansThaana",
                 "NotoNaskhArabic"):
        assert f"{face}-Regular" in names, f"{face} is not in the PDF"


@pytest.mark.parametrize("reader", [pdftotext, pypdf_text])
def test_every_script_extracts_as_typed_or_is_named_with_its_reason(pdf, reader):
    name = reader.__name__
    counts = found(reader(pdf[0]))
    wrong = {lang: c for lang, c in counts.items()
             if c[0] != c[1] and (name, lang) not in INEXACT}
    assert wrong == {}, f"{name} does not give back the words of {wrong}"
    # the list stays true: a script it names really is inexact (remove it when fixed)
    now_exact = [lang for (r, lang) in INEXACT if r == name and counts[lang][0] == counts[lang][1]]
    assert now_exact == [], f"{name} is now exact for {now_exact}: update INEXACT and the docs"


def test_shaping_is_used_for_complex_scripts_only():
    assert needs_shaping("दिल्ली") and needs_shaping("كراتشي") and needs_shaping("ភ្នំពេញ")
    for text in ("Gwangju 광주", "横浜市", "城市间", "Thành phố", "กรุงเทพ", "Улаанбаатар"):
        assert not needs_shaping(text), text


def test_conjuncts_and_vowels_are_shaped_in_the_pdf(pdf):
    """क्ष is one glyph and the i-sign of कि is drawn before its consonant: the glyph
    stream differs from the characters (which only /ActualText keeps)."""
    from sessionkit.report.fonts import fonts
    from sessionkit.report.shaping import shape

    fonts().font_for("क")
    glyphs, _w = shape("क्षेत्र", "SKDeva", False)
    assert len(glyphs) < len("क्षेत्र")
    glyphs, _w = shape("कि", "SKDeva", False)
    assert glyphs[0] != "क"  # the vowel sign comes first


def test_bidi_levels_and_order():
    text = "مدينة 2015 Karachi"
    assert base_level(text) == 1
    lv = levels(text, 1)
    assert lv[0] == 1 and lv[text.index("2")] == 2 and lv[text.index("K")] == 2
    assert base_level("Karachi مدينة") == 0
    # visual order of runs: right to left, but the number and the Latin word inside
    # read left to right (not a reversed string)
    runs = ["مدينة", " ", "2015", " ", "Karachi"]
    assert reorder(runs, [1, 1, 2, 1, 2], 1) == ["Karachi", " ", "2015", " ", "مدينة"]
    assert reorder(["a", " ", "b"], [0, 0, 0], 0) == ["a", " ", "b"]


def test_a_right_to_left_line_is_laid_out_right_to_left(pdf):
    from sessionkit.report.fonts import runs

    lines = layout("مدينة كراتشي تتعاون مع طوكيو منذ 2015", runs, 10, 1000)
    assert len(lines) == 1 and lines[0].rtl
    texts = [t for _f, t, _lvl in lines[0].runs]
    # leftmost run is the number, the Arabic words come after it visually
    assert texts[0] == "2015"
    assert "مدينة" in texts[-1]
    # wrapped narrow: every line is right-to-left, first words on the first line
    narrow = layout("مدينة كراتشي تتعاون مع طوكيو منذ 2015", runs, 10, 60)
    assert len(narrow) > 1 and all(line.rtl for line in narrow)
    assert "مدينة" in "".join(t for _f, t, _l in narrow[0].runs)


def test_right_to_left_notes_are_right_aligned_on_the_page(pdf):
    exe = shutil.which("pdftotext")
    if not exe:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    html = subprocess.run([exe, "-bbox", str(pdf[0]), "-"], capture_output=True, text=True,
                          check=True).stdout
    words = re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)<',
                       html)
    right = 595.27 - 20 * 72 / 25.4  # A4 width less the right margin
    # -bbox lists a right-to-left word's letters in visual order
    arabic = [(float(a), float(b)) for a, b, w in words if norm(w[::-1]) == norm("مدينة")]
    latin = [(float(a), float(b)) for a, b, w in words if w == "Улаанбаатар"]
    assert arabic and latin
    assert any(abs(x1 - right) < 2 for _x0, x1 in arabic), arabic  # flush right
    assert all(x0 < 100 for x0, _x1 in latin), latin  # a left-to-right note stays left


def test_docx_marks_right_to_left_paragraphs_and_complex_fonts(tmp_path):
    path = tmp_path / "all.docx"
    _run(render_docx(script_sample_report(SAMPLES), path))
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p>.*?</w:p>|<w:p [^>]*>.*?</w:p>", xml, flags=re.S)

    def para_of(text):
        return next(p for p in paras if text in "".join(re.findall(r"<w:t[^>]*>([^<]*)<", p)))

    for text in ("مدينة كراتشي", "کراچی شہر", "މާލެ ސިޓީ", "شهر تهران"):
        p = para_of(text)
        assert "<w:bidi/>" in p and "<w:rtl/>" in p, text
    assert 'w:cs="Noto Naskh Arabic"' in para_of("مدينة كراتشي")
    assert 'w:cs="Noto Sans Thaana"' in para_of("މާލެ ސިޓީ")
    for text, family in (("दिल्ली में", "Noto Sans Devanagari"), ("ភ្នំពេញ", "Noto Sans Khmer"),
                         ("சென்னை", "Noto Sans Tamil")):
        p = para_of(text)
        assert f'w:cs="{family}"' in p and "<w:bidi/>" not in p, text
    # a left-to-right note stays as it was: no complex-script marks at all
    p = para_of("Thành phố Hồ Chí Minh")
    assert "w:cs=" not in p and "<w:bidi/>" not in p
    # the properties are in schema order (Word refuses a file otherwise)
    for rpr in re.findall(r"<w:rPr>(.*?)</w:rPr>", xml):
        tags = re.findall(r"<w:(\w+)", rpr)
        order = ["rFonts", "b", "bCs", "i", "color", "sz", "szCs", "rtl"]
        known = [t for t in tags if t in order]
        assert known == sorted(known, key=order.index), tags


def test_markdown_keeps_right_to_left_text_as_typed(tmp_path):
    from sessionkit.report.markdown import render_markdown

    path = tmp_path / "all.md"
    _run(render_markdown(script_sample_report(SAMPLES), path))
    text = path.read_text(encoding="utf-8")
    for s in SAMPLES:
        assert s["note"] in text and s["speaker"] in text, s["language"]


def test_header_line_of_a_right_to_left_title_fits(tmp_path):
    title = "همکاری شهرها در آسیا " * 8  # longer than the header line
    path = tmp_path / "t.pdf"
    assert _run(render_pdf(script_sample_report(SAMPLES[:2], title=title), str(path))) == []
    first = io.BytesIO(path.read_bytes())
    assert len(PdfReader(first).pages) >= 1
    # the running header ("title · AP"), wherever pdftotext puts it among the lines
    header = next(line for line in pdftotext(path).splitlines() if "AP" in line and "·" in line)
    assert "…" in header


def _alphabet() -> list[str]:
    chars = []
    for lo, hi in ((0x0915, 0x0939), (0x093E, 0x094D), (0x0627, 0x064A), (0x064B, 0x0652),
                   (0x1780, 0x17A2), (0x17B6, 0x17D2), (0x0780, 0x07B0), (0x0B95, 0x0BB9)):
        chars += [chr(c) for c in range(lo, hi + 1)]
    return chars + list("abc XYZ 0123 ()-.:،") + ["\u200c", "\u200d", "\ufe0f", "\u1c5a", "\n"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=st.sampled_from(_alphabet()), min_size=1, max_size=200),
       width=st.integers(min_value=20, max_value=400))
def test_layout_never_loses_or_invents_a_character(text, width):
    """Whatever is typed in any mix of scripts and directions, at any width, every
    printed character is on exactly one line (spaces at line ends aside)."""
    from sessionkit.report.fonts import runs

    printed = "".join(chunk for line in text.split("\n") for _f, chunk in runs(line))
    lines = layout(text, runs, 10, width)
    out = "".join(t for line in lines for _f, t, _l in line.runs)
    assert sorted(out.replace(" ", "")) == sorted(printed.replace(" ", "").replace("\n", ""))
    assert len(lines) >= text.count("\n") + 1


def test_odd_characters_in_complex_text_print_and_are_counted(tmp_path):
    """An invisible selector is left out, a character no face has is the placeholder,
    and both sit inside Arabic and Devanagari notes without upsetting the layout."""
    samples = [{"note": "مدينة\ufe0f كراتشي \u1c5a 2015", "speaker": "सारा\u1c5a"}]
    path = tmp_path / "odd.pdf"
    warnings = _run(render_pdf(script_sample_report(samples), str(path)))
    assert len(warnings) == 1 and "U+1C5A" in warnings[0]
    text = pdftotext(path)
    assert "\ufffd" in text and "2015" in text and "सारा" in text


def test_long_words_and_long_notes_in_complex_scripts_fit(tmp_path):
    """A 5,600-character Devanagari word, a 300-sentence Hindi note and an Arabic one:
    broken into lines and pages, nothing cut off, in well under a few seconds."""
    samples = [{"note": "क्षेत्र" * 800, "speaker": "a"},
               {"note": " ".join(["दिल्ली में वायु प्रदूषण घटेगा"] * 300), "speaker": "b"},
               {"note": " ".join(["مدينة كراتشي تتعاون مع طوكيو منذ 2015"] * 300),
                "speaker": "c"}]
    path = tmp_path / "long.pdf"
    assert _run(render_pdf(script_sample_report(samples), str(path))) == []
    assert len(PdfReader(str(path)).pages) >= 6
    text = norm(pdftotext(path))
    assert text.count("क्षेत्र") >= 800 * 2 - 10  # the note, and again in the annex
    assert text.count("घटेगा") == 600
