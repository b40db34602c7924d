"""Any text in the supported scripts goes into the PDF and comes back out unchanged."""

from __future__ import annotations

import io
import unicodedata
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from sessionkit.domain.models import Note, ReportMeta, Session, SessionBundle
from sessionkit.report.fonts import fonts
from sessionkit.report.model import build_report_from
from sessionkit.report.pdf import render_pdf

RANGES = [
    (0x21, 0x7E),  # ASCII, including < > & ; / " '
    (0xC0, 0xFF),  # Latin-1 letters
    (0x0102, 0x0103), (0x0110, 0x0111), (0x0128, 0x0129), (0x0168, 0x0169),
    (0x01A0, 0x01A1), (0x01AF, 0x01B0), (0x1EA0, 0x1EF9),  # Vietnamese
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0x3041, 0x3096), (0x30A1, 0x30FA),  # kana
    (0x4E00, 0x9FFF),  # CJK unified ideographs (simplified and traditional)
    (0x0E01, 0x0E2E),  # Thai consonants
]


def _alphabet() -> list[str]:
    fs = fonts()
    chars = []
    for lo, hi in RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if unicodedata.category(ch)[0] in "CZM":
                continue
            if fs.font_for(ch) is not None:
                chars.append(ch)
    return chars


ALPHABET = _alphabet()


def test_the_alphabet_covers_the_scripts_we_promise():
    for ch in "Aaz<&>ỹđươ광주都市間連携による城市间合作需要长期資金กขคง":
        assert ch in ALPHABET, f"{ch!r} (U+{ord(ch):04X}) has no bundled font"


def squeeze(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def render(text: str) -> str:
    session = Session(code="RT", title="Round trip")
    note = Note(session_id=session.id, text=text,
                created=datetime(2026, 4, 8, 5, 0, tzinfo=timezone.utc))
    report = build_report_from(SessionBundle(session=session), [note],
                               ReportMeta(session_id=session.id))
    buf = io.BytesIO()
    steps = render_pdf(report, buf)
    for _ in steps:
        pass
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(buf.getvalue())).pages)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(ALPHABET + [" ", " ", "\n"]), min_size=1, max_size=300)
       .filter(lambda t: t.strip()))
def test_any_text_round_trips_through_the_pdf(text):
    out = squeeze(render(text))
    assert squeeze(text) in out
