"""Which script a character is in, and the Unicode bidi algorithm: Qt- and ReportLab-free.

Shared by the PDF (report.fonts, report.shaping), the DOCX (report.docx: right-to-left
paragraphs and complex-script fonts) and the window (ui.fonts: which bundled faces to
register).
"""

from __future__ import annotations

import re
import unicodedata

# code point ranges -> ISO 15924 script code, for the scripts that need a face of their own
SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0600, 0x06FF, "Arab"), (0x0750, 0x077F, "Arab"), (0x08A0, 0x08FF, "Arab"),
    (0xFB50, 0xFDFF, "Arab"), (0xFE70, 0xFEFF, "Arab"),
    (0x0780, 0x07BF, "Thaa"),
    (0x0900, 0x097F, "Deva"), (0xA8E0, 0xA8FF, "Deva"), (0x1CD0, 0x1CFF, "Deva"),
    (0x0980, 0x09FF, "Beng"), (0x0A00, 0x0A7F, "Guru"), (0x0A80, 0x0AFF, "Gujr"),
    (0x0B80, 0x0BFF, "Taml"), (0x0C00, 0x0C7F, "Telu"), (0x0C80, 0x0CFF, "Knda"),
    (0x0D00, 0x0D7F, "Mlym"), (0x0D80, 0x0DFF, "Sinh"), (0x111E0, 0x111FF, "Sinh"),
    (0x0E00, 0x0E7F, "Thai"), (0x0E80, 0x0EFF, "Laoo"), (0x0F00, 0x0FFF, "Tibt"),
    (0x1000, 0x109F, "Mymr"), (0xA9E0, 0xA9FF, "Mymr"), (0xAA60, 0xAA7F, "Mymr"),
    (0x1780, 0x17FF, "Khmr"), (0x19E0, 0x19FF, "Khmr"),
    (0x1800, 0x18AF, "Mong"), (0x11660, 0x1167F, "Mong"),
)

# the family name of the bundled face for each script (resources/fonts/README.md)
FAMILIES: dict[str, str] = {
    "Arab": "Noto Naskh Arabic", "Thaa": "Noto Sans Thaana", "Deva": "Noto Sans Devanagari",
    "Beng": "Noto Sans Bengali", "Guru": "Noto Sans Gurmukhi", "Gujr": "Noto Sans Gujarati",
    "Taml": "Noto Sans Tamil", "Telu": "Noto Sans Telugu", "Knda": "Noto Sans Kannada",
    "Mlym": "Noto Sans Malayalam", "Sinh": "Noto Sans Sinhala", "Thai": "Noto Sans Thai",
    "Laoo": "Noto Sans Lao", "Tibt": "Noto Serif Tibetan", "Mymr": "Noto Sans Myanmar",
    "Khmr": "Noto Sans Khmer", "Mong": "Noto Sans Mongolian",
}


def script_of(ch: str) -> str | None:
    cp = ord(ch)
    if cp < 0x0600:
        return None
    for lo, hi, script in SCRIPT_RANGES:
        if lo <= cp <= hi:
            return script
    return None


# Hebrew to Arabic Extended-A, Indic, Lao, Tibetan, Myanmar, Khmer and Mongolian,
# Sinhala Archaic Numbers, Mongolian Supplement, Arabic presentation forms. Not Thai:
# ReportLab's Paragraph prints it well enough unshaped, and readers extract it exactly.
_COMPLEX = re.compile(
    "[\u0590-\u08ff\u0900-\u0dff\u0e80-\u0fff\u1000-\u109f\u1780-\u18af\u19e0-\u19ff"
    "\u1cd0-\u1cff\ua8e0-\ua8ff\ua9e0-\ua9ff\uaa60-\uaa7f\ufb1d-\ufdff\ufe70-\ufeff"
    "\U000111e0-\U000111ff\U00011660-\U0001167f]")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def needs_shaping(text: str) -> bool:
    """True when the text has a character ReportLab's Paragraph would print wrongly."""
    return _COMPLEX.search(text) is not None


# -- the bidi algorithm (UAX #9), for one paragraph without explicit embeddings --------

_STRONG_R = {"R", "AL"}
_NEUTRAL = {"B", "S", "WS", "ON", "BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI",
            "FSI", "PDI"}


def base_level(text: str) -> int:
    """P2–P3: 1 when the first strong character is right-to-left, else 0."""
    for ch in text:
        b = unicodedata.bidirectional(ch)
        if b == "L":
            return 0
        if b in _STRONG_R:
            return 1
    return 0


def is_rtl(text: str) -> bool:
    return _RTL.search(text) is not None and base_level(text) == 1


def levels(text: str, para: int) -> list[int]:
    """The embedding level of each character (rules W1–W7, N1–N2, I1–I2)."""
    types = [unicodedata.bidirectional(ch) or "L" for ch in text]
    n = len(types)
    sos = "R" if para % 2 else "L"
    # W1: a mark takes the type of what it follows
    prev = sos
    for i, t in enumerate(types):
        if t == "NSM":
            types[i] = "ON" if prev in _NEUTRAL else prev
        elif t not in ("BN",):
            prev = types[i]
    # W2, W3: European digits after Arabic letters are Arabic numbers; AL is R
    last = sos
    for i, t in enumerate(types):
        if t in ("L", "R", "AL"):
            last = t
        elif t == "EN" and last == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    # W4: one separator between two numbers of the same kind joins them
    for i in range(1, n - 1):
        if types[i] == "ES" and types[i - 1] == "EN" == types[i + 1]:
            types[i] = "EN"
        elif types[i] == "CS" and types[i - 1] in ("EN", "AN") \
                and types[i + 1] == types[i - 1]:
            types[i] = types[i - 1]
    # W5: terminators (%, $, °) next to European numbers are numbers
    i = 0
    while i < n:
        if types[i] == "ET":
            j = i
            while j < n and types[j] == "ET":
                j += 1
            if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
                types[i:j] = ["EN"] * (j - i)
            i = j
        else:
            i += 1
    # W6: the remaining separators and terminators are neutral
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]
    # W7: European numbers after a left-to-right letter are left to right
    last = sos
    for i, t in enumerate(types):
        if t in ("L", "R"):
            last = t
        elif t == "EN" and last == "L":
            types[i] = "L"
    # N1, N2: neutrals between two of the same direction take it, else the paragraph's
    i = 0
    while i < n:
        if types[i] in _NEUTRAL:
            j = i
            while j < n and types[j] in _NEUTRAL:
                j += 1
            before = sos if i == 0 else ("R" if types[i - 1] in ("R", "EN", "AN") else "L")
            after = sos if j == n else ("R" if types[j] in ("R", "EN", "AN") else "L")
            fill = before if before == after else sos
            types[i:j] = [fill] * (j - i)
            i = j
        else:
            i += 1
    # I1, I2
    out = []
    for t in types:
        if para % 2 == 0:
            out.append(para + (1 if t == "R" else 2 if t in ("AN", "EN") else 0))
        else:
            out.append(para + (1 if t in ("L", "EN", "AN") else 0))
    return out


def reorder(items: list, item_levels: list[int], para: int) -> list:
    """L2: from the highest level down to the lowest odd one, reverse every sequence
    of items at that level or higher. Returns the items in visual order."""
    if not items:
        return []
    items, lv = list(items), list(item_levels)
    top = max(lv)
    low = min(lv)
    low_odd = low if low % 2 else low + 1
    for level in range(top, low_odd - 1, -1):
        i = 0
        while i < len(items):
            if lv[i] >= level:
                j = i
                while j < len(items) and lv[j] >= level:
                    j += 1
                items[i:j] = items[i:j][::-1]
                lv[i:j] = lv[i:j][::-1]
                i = j
            else:
                i += 1
    return items


