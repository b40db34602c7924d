"""Regenerate docs/images/scripts/*.png: one report page per script group, for docs/report.md.

    python scripts/script_samples.py [--out docs/images/scripts] [--pdf-dir DIR]

For each group of tests/data/asia-scripts.json (North Indic, South Indic and Sinhala,
Southeast Asia with Tibetan and Mongolian, right to left, East Asia) it writes a
report whose speakers and notes are that group's samples (the right-to-left one
with an Arabic session title, so the heading and the running header are right to
left too), renders its first page with poppler's pdftoppm and crops it to the text.
Also writes the DOCX of all the samples and, when LibreOffice is installed, renders the
page of its PDF conversion that has right-to-left and Indic notes
(docx-libreoffice.png). With --pdf-dir it keeps the PDFs and the DOCX.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sessionkit.report.docx import render_docx  # noqa: E402
from sessionkit.report.model import ReportOptions  # noqa: E402
from sessionkit.report.pdf import render_pdf  # noqa: E402
from sessionkit.report.sample import script_sample_report  # noqa: E402

SAMPLES = ROOT / "tests" / "data" / "asia-scripts.json"
TITLES = {"rtl": "همکاری شهرها در آسیا (Cities across Asia)"}


def _run(gen) -> list:
    try:
        while True:
            next(gen)
    except StopIteration as stop:
        return list(stop.value or [])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "images" / "scripts")
    ap.add_argument("--pdf-dir", type=Path, default=None)
    args = ap.parse_args(argv)
    if not shutil.which("pdftoppm"):
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    samples = json.loads(SAMPLES.read_text(encoding="utf-8"))["samples"]
    groups: dict[str, list[dict]] = {}
    for s in samples:
        groups.setdefault(s["group"], []).append(s)
    args.out.mkdir(parents=True, exist_ok=True)
    options = ReportOptions(sections=frozenset({"metadata", "presentations"}),
                            include_annex=False)
    with tempfile.TemporaryDirectory() as tmp:
        keep = args.pdf_dir or Path(tmp)
        keep.mkdir(parents=True, exist_ok=True)
        for group, items in groups.items():
            pdf = keep / f"scripts-{group}.pdf"
            report = script_sample_report(items, options, title=TITLES.get(group))
            warnings = _run(render_pdf(report, str(pdf)))
            if warnings:
                print(f"{group}: {warnings}", file=sys.stderr)
                return 1
            stem = args.out / group
            # the first page, from the top margin to below the last note
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1",
                            "-x", "40", "-y", "20", "-W", "590", "-H", "700", "-singlefile",
                            str(pdf), str(stem)], check=True)
            print(f"{stem}.png")
        docx = keep / "scripts-all.docx"
        _run(render_docx(script_sample_report(samples), docx))
        soffice = shutil.which("soffice")
        if soffice:  # how LibreOffice shows the DOCX: a page with RTL and Indic notes
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/lo",
                            "--convert-to", "pdf", "--outdir", str(keep), str(docx)],
                           check=True, capture_output=True, timeout=300)
            pdf = keep / "scripts-all.pdf"
            page = _page_with(pdf, ["کراچی", "दिल्ली"])
            stem = args.out / "docx-libreoffice"
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page),
                            "-singlefile", str(pdf), str(stem)], check=True)
            print(f"{stem}.png (page {page})")
        else:
            print("soffice not found: docx-libreoffice.png not regenerated", file=sys.stderr)
    return 0


def _page_with(pdf: Path, words: list[str]) -> int:
    """The first page whose text has all the words (1 when none has)."""
    pages = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout.split("\f")
    for i, text in enumerate(pages, 1):
        if all(w in text for w in words):
            return i
    return 1


if __name__ == "__main__":
    sys.exit(main())
