"""The PDF report, read back as a user (or pdftotext) would read it."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date, datetime, timedelta, timezone

import pytest
from pypdf import PdfReader

from sessionkit.domain.models import Note, NoteKind, utc_now
from sessionkit.report.model import SECTION_TITLES, ReportOptions
from sessionkit.report.sample import populate_demo
from sessionkit.services.notes import add_note
from sessionkit.services.reports import export_report

SEED_FACTS = [
    "D3",
    "Low carbon cities in Asia through city-to-city cooperation",
    "Please note this session is taking place in Book Seminar Room, Design Lab.",
    "The urban population of the world is expected to increase by more than two thirds by 2050",
    "in the first decade of the century, GHG emissions grew at an annual rate of 4.1%",
    "Growing cities need more and more combustion of fossil fuels for electricity generation, "
    "transport, industrial and residential uses.",
    "Cities in Asia are facing serious climate change, air pollution and degradation of the "
    "environment.",
    "collaboration of cities, sharing experiences and knowledge are indispensable for bottom-up "
    "activities.",
    "City to city and/or multi city-cooperation, either south-south or north-south city "
    "collaboration could forge long lasting human relation.",
    "Various organizations conduct project/program to support city-to- city cooperation on one "
    "hand",
    "The session invites city representatives but also leading organizations",
    "building low carbon and resilient cities in Asia.",
    "Participants will develop their understanding of:",
    "Mechanism of city-to-city cooperation, supporting schemes, their achievements and lesson "
    "learned",
    "Role of brokerage and facilitation for city-to-city cooperation",
    "Effective collaboration among partners for creation of low carbon cities in Asia.",
    "Naoki Mori",
    "Executive Technical Advisor, Director, Office for Climate Change",
    "Global Environment Department",
    "Japan International Cooperation Agency",
    "Japan",
    "Kim Sang-Kap",
    "Director",
    "Secretariat of Urban Environmental Accords",
    "Gwangju Metropolitan Government",
    "Korea",
    "PDF description",
    "as of 7th April 2015",
    "Low Carbon City",
]

SCRIPT_NOTES = [
    "English: cities shared their brokerage experience.",
    "Korean: 광주광역시는 도시 간 협력을 확대하고 있습니다.",
    "Japanese: 都市間連携による低炭素都市づくり。",
    "Simplified Chinese: 城市间合作需要长期资金支持。",
    "Traditional Chinese: 城市間合作需要長期資金支持。",
    "Vietnamese: Thành phố Hồ Chí Minh hợp tác với Yokohama.",
    "Indonesian: Kota-kota kecil di Indonesia dapat bergabung dengan jaringan ini.",
    "Thai: กรุงเทพมหานคร เมืองคาร์บอนต่ำ",
]

HOSTILE = [
    "0.1 < A <b> & </para>",
    '<img src="/etc/passwd"/>',
    '<font name="x">not a font</font>',
    "&nosuch; and &amp; and &#60;",
    "<para>x</para> <br/> <a href='file:///etc/passwd'>link</a>",
]


RUNNING_HEADER = "D3 · Low carbon cities in Asia through city-to-city cooperation Post-session report"


def flat(text: str) -> str:
    """Whitespace-insensitive form: line wrapping must not matter."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def squeeze(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def pypdf_text(path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def pdftotext(path) -> str:
    exe = shutil.which("pdftotext")
    if not exe:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run([exe, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def export(store, session, tmp_path, name="r.pdf", **options):
    path = tmp_path / name
    result = export_report(store, session.id, path, "pdf",
                           ReportOptions(**options) if options else None)
    assert result.path == path and path.exists()
    return path, result


def test_d3_report_holds_every_seed_fact(store, d3, tmp_path):
    path, result = export(store, d3, tmp_path)
    assert result.warnings == []
    for reader in (pypdf_text, pdftotext):
        text = flat(reader(path))
        missing = [f for f in SEED_FACTS if flat(f) not in text]
        assert missing == [], f"{reader.__name__} lacks {missing}"


def test_notes_in_every_script_read_back(store, d3, tmp_path):
    for text in SCRIPT_NOTES:
        add_note(store, d3.id, text)
    path, result = export(store, d3, tmp_path)
    assert result.warnings == []
    for reader in (pypdf_text, pdftotext):
        text = squeeze(reader(path))
        missing = [n for n in SCRIPT_NOTES if squeeze(n) not in text]
        assert missing == [], f"{reader.__name__} lacks {missing}"


def _font_dicts(path):
    reader = PdfReader(str(path))
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            yield ref.get_object()


@pytest.mark.slow
def test_every_font_is_embedded_truetype(store, d3, tmp_path):
    for text in SCRIPT_NOTES:
        add_note(store, d3.id, text)
    path, _ = export(store, d3, tmp_path)
    names = set()
    for font in _font_dicts(path):
        names.add(str(font["/BaseFont"]))
        assert "Helvetica" not in str(font["/BaseFont"])
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:  # Type0: look at the descendant
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile2", "/FontFile", "/FontFile3")), font
    assert any("DejaVuSans" in n for n in names)
    assert any("NanumGothic" in n for n in names)
    assert any("DroidSansFallback" in n for n in names)
    exe = shutil.which("pdffonts")
    if exe:
        out = subprocess.run([exe, str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
        assert out, "pdffonts listed no fonts"
        for line in out:
            cols = line.split()
            # name type encoding emb sub uni id gen; type may be two words ("Type 1")
            assert cols[-5] == "yes", f"not embedded: {line}"
            assert "Helvetica" not in line


def test_hostile_notes_print_literally(store, d3, tmp_path):
    for text in HOSTILE:
        add_note(store, d3.id, text)
    path, _ = export(store, d3, tmp_path)
    for reader in (pypdf_text, pdftotext):
        text = flat(reader(path))
        for note in HOSTILE:
            assert flat(note) in text, f"{reader.__name__}: {note!r} not printed literally"


def test_deleted_notes_never_print(store, d3, tmp_path):
    add_note(store, d3.id, "kept note stays")
    gone = add_note(store, d3.id, "deleted note vanishes", kind="key_message")
    gone.deleted_at = utc_now()
    store.notes.save(gone)
    path, _ = export(store, d3, tmp_path)
    text = flat(pypdf_text(path))
    assert "kept note stays" in text
    assert "deleted note vanishes" not in text
    assert "Key messages" not in text  # its only note is deleted: the section is left out


def test_a_character_no_font_has_is_visible_and_warned(store, d3, tmp_path):
    # Ol Chiki and Javanese: scripts no bundled face has (Devanagari and Bengali are)
    add_note(store, d3.id, "Ol Chiki \u1C5A, Javanese \uA997 and a flamingo \U0001F9A9 here")
    path, result = export(store, d3, tmp_path)
    text = pypdf_text(path)
    assert "\ufffd" in text
    assert "Ol Chiki" in text and "here" in text
    assert len(result.warnings) == 1
    for code in ("U+1C5A", "U+A997", "U+1F9A9"):
        assert code in result.warnings[0]


@pytest.mark.slow
def test_long_words_long_notes_and_long_tables_fit(store, d3, tmp_path):
    word = "Ab" * 2500  # one 5,000-character word
    add_note(store, d3.id, f"before {word} after")
    long_note = " ".join(f"sentence{i} of a very long note." for i in range(4000))
    add_note(store, d3.id, long_note)
    note = add_note(store, d3.id, "act: " + " ".join(f"step{i}" for i in range(3000)),
                    kind="action")
    note.action_owner, note.action_due = "광주 team", date(2026, 5, 1)
    store.notes.save(note)
    for i in range(120):
        add_note(store, d3.id, f"action item {i}", kind="action")
    path, _ = export(store, d3, tmp_path)
    reader = PdfReader(str(path))
    assert len(reader.pages) > 10
    # a page break may fall inside the long word: drop the running header and footer
    text = re.sub(r"page\d+of\d+", "", squeeze(pypdf_text(path)))
    text = text.replace(squeeze(RUNNING_HEADER), "")
    assert squeeze(word) in text
    assert "sentence3999ofaverylongnote." in text
    assert "step2999" in text and "actionitem119" in text
    # the action table's header row repeats on the pages it spans
    heads = [p for p in reader.pages if "Action items" in (p.extract_text() or "")]
    pages_with_owner_column = [p for p in reader.pages
                               if "Owner" in (p.extract_text() or "")]
    assert heads and len(pages_with_owner_column) >= 2


def test_page_numbers_header_outline_and_metadata(store, d3, tmp_path):
    populate_demo(store, d3.id)
    path, _ = export(store, d3, tmp_path)
    reader = PdfReader(str(path))
    n = len(reader.pages)
    assert n >= 3
    for i, page in enumerate(reader.pages, 1):
        text = flat(page.extract_text())
        assert f"page {i} of {n}" in text
        assert "D3 · Low carbon cities in Asia through city-to-city cooperation" in text
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    expected = [SECTION_TITLES[k] for k in (
        "metadata", "roles", "speakers", "summary", "outcomes", "agenda", "pictures",
        "key_messages", "presentations", "discussion", "decisions", "recommendations",
        "actions", "annex")]
    assert outline == expected
    meta = reader.metadata
    assert meta.title == "Session D3: Low carbon cities in Asia through city-to-city cooperation"
    assert meta.author == "Rapporteur (demo)"
    assert "D3" in meta.subject
    assert "Low Carbon City" in meta["/Keywords"]


@pytest.mark.slow
def test_sections_in_order_and_speaking_time(store, d3, tmp_path):
    populate_demo(store, d3.id)
    path, _ = export(store, d3, tmp_path)
    text = flat(pdftotext(path))
    positions = [text.index(SECTION_TITLES[k]) for k in (
        "roles", "speakers", "summary", "outcomes", "agenda", "key_messages", "presentations",
        "discussion", "decisions", "recommendations", "actions", "annex")]
    assert positions == sorted(positions)
    # demo: Mori's presentation ran 15+4 minutes, Kim's 15-3
    assert "Naoki Mori 15 min 19 min +4 min" in text
    assert "Kim Sang-Kap 15 min 12 min -3 min" in text
    assert "Partly achieved" in text


def test_options_paper_sections_and_annex(store, d3, tmp_path):
    populate_demo(store, d3.id)
    letter, _ = export(store, d3, tmp_path, "letter.pdf", paper="Letter",
                       sections=frozenset({"metadata", "key_messages", "annex"}),
                       include_annex=False)
    page = PdfReader(str(letter)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    text = flat(pypdf_text(letter))
    assert "Key messages" in text and "Session" in text
    assert SECTION_TITLES["annex"] not in text
    assert "Speakers" not in text and "Action items" not in text
    a4, _ = export(store, d3, tmp_path, "a4.pdf")
    page = PdfReader(str(a4)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    assert SECTION_TITLES["annex"] in flat(pypdf_text(a4))


def test_notes_print_in_time_order_in_the_annex(store, d3, tmp_path):
    t0 = datetime(2026, 4, 8, 5, 0, tzinfo=timezone.utc)
    for i, text in enumerate(["third note", "first note", "second note"]):
        store.notes.save(Note(session_id=d3.id, text=text, kind=NoteKind.NOTE,
                              created=t0 + timedelta(minutes=[30, 10, 20][i])))
    path, _ = export(store, d3, tmp_path)
    text = flat(pypdf_text(path))
    annex = text[text.index(SECTION_TITLES["annex"]):]
    assert annex.index("first note") < annex.index("second note") < annex.index("third note")


@pytest.mark.slow
def test_huge_table_cells_and_facts_print_in_full(store, d3, tmp_path):
    """A pasted wall of text in an action or an outcome comment prints whole."""
    action = add_note(store, d3.id, " ".join(f"step{i}" for i in range(20000)), kind="action")
    action.action_owner = "Kim"
    store.notes.save(action)
    outcome = store.outcomes.for_session(d3.id)[0]
    outcome.comment = " ".join(f"comment{i}" for i in range(8000))
    store.outcomes.save(d3.id, outcome)
    path, _ = export(store, d3, tmp_path)
    text = re.sub(r"page\d+of\d+", "", squeeze(pdftotext(path))).replace(
        squeeze(RUNNING_HEADER), "")
    assert squeeze(" ".join(f"comment{i}" for i in range(8000))) in text
    assert squeeze(" ".join(f"step{i}" for i in range(20000))) in text
    assert "Action1(infull)" in text and "(infullbelowthetable)" in text
