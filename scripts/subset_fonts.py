"""Regenerate the subset Noto faces in resources/fonts/ from Debian's fonts-noto-core.

    apt-get install fonts-noto-core
    python scripts/subset_fonts.py [--source /usr/share/fonts/truetype/noto]

Each face keeps only its own script's blocks (Latin, digits and punctuation print in
DejaVu Sans), every OpenType layout feature (conjuncts, reordering, joining forms need
them) and no hinting instructions (ReportLab ignores them; Qt renders fine unhinted).
Needs fontTools (a build-time tool only, not a runtime dependency).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts"

# Shared by every face: space, no-break space, the dandas (used across Indic scripts),
# ZWNJ/ZWJ (select half forms and joining), the dotted circle HarfBuzz shows under a
# stray mark, and the directional marks.
COMMON = [0x20, 0xA0, 0x964, 0x965, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x25CC]

# output file, source file, code point ranges
FACES: list[tuple[str, str, list[tuple[int, int]]]] = [
    # with ASCII (3 KB): without it Qt cannot work out this face's side bearings
    # (its hhea values look wrong to Qt, and the letters it then measures are gone)
    # and warns "Failed to compute left/right minimum bearings" at every layout
    ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Regular.ttf",
     [(0x900, 0x97F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF), (0x21, 0x7E)]),
    ("NotoSansBengali-Regular.ttf", "NotoSansBengali-Regular.ttf", [(0x980, 0x9FF)]),
    ("NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Regular.ttf", [(0xA00, 0xA7F)]),
    ("NotoSansGujarati-Regular.ttf", "NotoSansGujarati-Regular.ttf", [(0xA80, 0xAFF)]),
    ("NotoSansTamil-Regular.ttf", "NotoSansTamil-Regular.ttf", [(0xB80, 0xBFF)]),
    ("NotoSansTelugu-Regular.ttf", "NotoSansTelugu-Regular.ttf", [(0xC00, 0xC7F)]),
    ("NotoSansKannada-Regular.ttf", "NotoSansKannada-Regular.ttf", [(0xC80, 0xCFF)]),
    ("NotoSansMalayalam-Regular.ttf", "NotoSansMalayalam-Regular.ttf", [(0xD00, 0xD7F)]),
    ("NotoSansSinhala-Regular.ttf", "NotoSansSinhala-Regular.ttf",
     [(0xD80, 0xDFF), (0x111E0, 0x111FF)]),
    ("NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Regular.ttf",
     [(0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)]),
    ("NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Regular.ttf",
     [(0x1780, 0x17FF), (0x19E0, 0x19FF)]),
    ("NotoSansLao-Regular.ttf", "NotoSansLao-Regular.ttf", [(0xE80, 0xEFF)]),
    ("NotoSerifTibetan-Regular.ttf", "NotoSerifTibetan-Regular.ttf", [(0xF00, 0xFFF)]),
    ("NotoSansMongolian-Regular.ttf", "NotoSansMongolian-Regular.ttf",
     [(0x1800, 0x18AF), (0x11660, 0x1167F), (0x202F, 0x202F)]),
    ("NotoSansThaana-Regular.ttf", "NotoSansThaana-Regular.ttf", [(0x780, 0x7BF)]),
    # Arabic, Persian, Pashto, Urdu, Sindhi letters (Naskh has them all)
    ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Regular.ttf",
     [(0x600, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]),
]


def subset_face(src: Path, dst: Path, ranges: list[tuple[int, int]]) -> tuple[int, int]:
    unicodes = set(COMMON)
    for lo, hi in ranges:
        unicodes.update(range(lo, hi + 1))
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.hinting = False
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.notdef_outline = True
    opts.glyph_names = True
    font = TTFont(str(src), recalcTimestamp=False)  # the same bytes each run
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=unicodes)
    sub.subset(font)
    if "GSUB" not in font and "GPOS" in font:
        _add_empty_gsub(font)
    font.save(str(dst))
    return src.stat().st_size, dst.stat().st_size


def _add_empty_gsub(font: TTFont) -> None:
    """Noto Sans Thaana has marks positioned (GPOS) but no substitutions, so no GSUB
    table: Qt then refuses it for Thaana (it looks for the script in GSUB) and draws
    boxes. An empty GSUB naming the same scripts makes it usable; it changes nothing
    in the shaping."""
    from fontTools.ttLib import newTable
    from fontTools.ttLib.tables import otTables as ot

    gsub = ot.GSUB()
    gsub.Version = 0x00010000
    gsub.ScriptList = ot.ScriptList()
    gsub.ScriptList.ScriptRecord = []
    for rec in font["GPOS"].table.ScriptList.ScriptRecord:
        new = ot.ScriptRecord()
        new.ScriptTag = rec.ScriptTag
        new.Script = ot.Script()
        new.Script.DefaultLangSys = ot.DefaultLangSys()
        new.Script.DefaultLangSys.LookupOrder = None
        new.Script.DefaultLangSys.ReqFeatureIndex = 0xFFFF
        new.Script.DefaultLangSys.FeatureIndex = []
        new.Script.DefaultLangSys.FeatureCount = 0
        new.Script.LangSysRecord = []
        new.Script.LangSysCount = 0
        gsub.ScriptList.ScriptRecord.append(new)
    gsub.ScriptList.ScriptCount = len(gsub.ScriptList.ScriptRecord)
    gsub.FeatureList = ot.FeatureList()
    gsub.FeatureList.FeatureRecord = []
    gsub.FeatureList.FeatureCount = 0
    gsub.LookupList = ot.LookupList()
    gsub.LookupList.Lookup = []
    gsub.LookupList.LookupCount = 0
    table = newTable("GSUB")
    table.table = gsub
    font["GSUB"] = table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default="/usr/share/fonts/truetype/noto", type=Path)
    args = ap.parse_args(argv)
    total = 0
    for out, src, ranges in FACES:
        path = args.source / src
        if not path.is_file():
            print(f"missing {path}: install Debian's fonts-noto-core", file=sys.stderr)
            return 1
        before, after = subset_face(path, OUT / out, ranges)
        total += after
        print(f"{out}: {before} -> {after} bytes")
    print(f"total {total} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
