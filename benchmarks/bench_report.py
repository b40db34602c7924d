"""How long the post-session report takes, against baselines measured in the same run.

    python benchmarks/bench_report.py [--notes 500] [--repeat 5]

Makes a fresh data directory with Session D3 and N notes (the demo notes, in
English, Korean, Japanese, Chinese, Vietnamese and Indonesian), then times,
interleaved round by round and reported as medians:

  baseline rl     ReportLab alone laying out the same strings (every text of the
                  report model) as plain Paragraphs in one embedded font (DejaVu Sans),
                  no tables, no font fallback, no header/footer, no outline
  pdf             SessionKit's PDF renderer on the same report model (in process,
                  fonts already registered)
  docx / md       the other renderers on the same model
  cli pdf         the whole process: `python -m sessionkit report --format pdf`
  cli baseline    the whole process for the same baseline (python + import
                  reportlab + register DejaVu + lay out the plain paragraphs)

  pdf/docx no pictures  the same report without its "pictures" section (the four
                  drawings of the run): the ratio is what the pictures cost
  md svg          writing the Markdown's four SVG pictures

  pdf scripts     the PDF of a report with as many notes, cycling through the
                  samples of every script of the region (tests/data/asia-scripts.json:
                  Indic, Southeast Asian, right to left, CJK), shaped by HarfBuzz

The target is "about a second" for a 500-note report as a whole
process; the ratios say what SessionKit adds on top of bare ReportLab.

``--src DIR`` times another source tree (e.g. an older commit unpacked with
``git archive <commit> src resources``). ``--compare DIR`` measures a change's cost on
the same Latin/CJK report: it alternates child processes of that tree and of this one
(``--rounds`` each, the order swapped every round), each rendering the PDF ``--repeat``
times after a warm-up, and reports the medians of CPU time (``time.process_time``, which
other load on a shared machine disturbs far less than wall time) and the ratio.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
if "--src" in sys.argv:  # before anything of sessionkit is imported
    SRC = Path(sys.argv[sys.argv.index("--src") + 1]).resolve()
sys.path.insert(0, str(SRC))
SCRIPT_SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "data" / "asia-scripts.json"

BASELINE_SCRIPT = r"""
import sys, json
from xml.sax.saxutils import escape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph
texts = json.load(open(sys.argv[1], encoding="utf-8"))
pdfmetrics.registerFont(TTFont("B", sys.argv[2]))
st = ParagraphStyle("b", fontName="B", fontSize=10, leading=14)
doc = SimpleDocTemplate(sys.argv[3], initialFontName="B")
doc.build([Paragraph(escape(t).replace("\n", "<br/>"), st) for t in texts])
"""


def baseline_inprocess(texts: list[str], font_path: str) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    if "BenchBase" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BenchBase", font_path))
    st = ParagraphStyle("b", fontName="BenchBase", fontSize=10, leading=14)
    doc = SimpleDocTemplate(io.BytesIO(), initialFontName="BenchBase")
    doc.build([Paragraph(escape(t).replace("\n", "<br/>"), st) for t in texts])


def drain(steps) -> None:
    for _ in steps:
        pass


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def child(n_notes: int, repeat: int) -> int:
    """One side of --compare: CPU and wall seconds of the PDF of the demo report."""
    import json

    from sessionkit.report.model import build_report
    from sessionkit.report.pdf import render_pdf
    from sessionkit.report.sample import DEMO_NOTES, populate_demo
    from sessionkit.services.sessions import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store, _ = open_store(Path(tmp) / "data")
        d3 = store.sessions.find("D3")
        populate_demo(store, d3.id, extra_notes=max(0, n_notes - len(DEMO_NOTES)))
        report = build_report(store, d3.id)
        store.close()
    drain(render_pdf(report, io.BytesIO()))
    cpu, wall = [], []
    for _ in range(repeat):
        c, w = time.process_time(), time.perf_counter()
        drain(render_pdf(report, io.BytesIO()))
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - w)
    print(json.dumps({"cpu": statistics.median(cpu), "wall": statistics.median(wall)}))
    return 0


def compare(old: Path, n_notes: int, repeat: int, rounds: int) -> int:
    import json

    new = SRC
    res: dict[str, list[dict]] = {"old": [], "new": []}
    for r in range(rounds):
        order = [("old", old), ("new", new)]
        for name, tree in order if r % 2 == 0 else order[::-1]:
            out = subprocess.run([sys.executable, __file__, "--child", "--src", str(tree),
                                  "--notes", str(n_notes), "--repeat", str(repeat)],
                                 check=True, capture_output=True, text=True).stdout
            res[name].append(json.loads(out.strip().splitlines()[-1]))
    med = {k: {m: statistics.median(x[m] for x in v) for m in ("cpu", "wall")}
           for k, v in res.items()}
    print(f"PDF of session D3 with {n_notes} notes, {rounds} rounds × {repeat} renders")
    for m in ("cpu", "wall"):
        print(f"  {m:<5} before {med['old'][m] * 1000:7.1f} ms   after "
              f"{med['new'][m] * 1000:7.1f} ms   ratio {med['new'][m] / med['old'][m]:.3f}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--notes", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--src", type=Path, default=None, help="the source tree to time")
    ap.add_argument("--compare", type=Path, default=None,
                    help="an older source tree: time its PDF against this one's")
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.notes, args.repeat)
    if args.compare:
        return compare(args.compare.resolve(), args.notes, args.repeat, args.rounds)

    import json

    from sessionkit import config
    from sessionkit.report.docx import render_docx
    from sessionkit.report.markdown import render_markdown
    from sessionkit.report.model import build_report
    from sessionkit.report.pdf import render_pdf
    from sessionkit.report.sample import DEMO_NOTES, populate_demo
    from sessionkit.services.sessions import open_store

    font = str(config.resources_dir() / "fonts" / "DejaVuSans.ttf")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store, _ = open_store(tmp / "data")
        d3 = store.sessions.find("D3")
        populate_demo(store, d3.id, extra_notes=max(0, args.notes - len(DEMO_NOTES)))
        n_notes = len(store.notes.for_session(d3.id))
        report = build_report(store, d3.id)
        try:
            from sessionkit.report.model import SECTION_KEYS, ReportOptions

            plain = build_report(store, d3.id, ReportOptions(
                sections=frozenset(SECTION_KEYS) - {"pictures"})) \
                if "pictures" in SECTION_KEYS else None
        except ImportError:
            plain = None
        store.close()
        texts = report.all_text()
        (tmp / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        (tmp / "baseline.py").write_text(BASELINE_SCRIPT, encoding="utf-8")
        drain(render_pdf(report, io.BytesIO()))  # warm up: fonts registered, caches filled
        baseline_inprocess(texts, font)

        env_cmd = [sys.executable, "-m", "sessionkit", "--data-dir", str(tmp / "data"),
                   "report", "--session", "D3", "--format", "pdf", "-o", str(tmp / "cli.pdf")]
        base_cmd = [sys.executable, str(tmp / "baseline.py"), str(tmp / "texts.json"), font,
                    str(tmp / "base.pdf")]
        import os

        env = dict(os.environ, PYTHONPATH=str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        runs: dict[str, list[float]] = {k: [] for k in
                                        ("baseline rl", "pdf", "pdf no pictures", "docx",
                                         "docx no pictures", "md", "md svg", "cli baseline",
                                         "cli pdf", "pdf scripts")}
        for _ in range(args.repeat):  # interleaved: machine noise hits all alike
            runs["baseline rl"].append(timed(lambda: baseline_inprocess(texts, font)))
            runs["pdf"].append(timed(lambda: drain(render_pdf(report, io.BytesIO()))))
            runs["docx"].append(timed(lambda: drain(render_docx(report, tmp / "r.docx"))))
            runs["md"].append(timed(lambda: drain(render_markdown(report, tmp / "r.md"))))
            if plain is not None:
                from sessionkit.report.markdown import picture_files

                runs["pdf no pictures"].append(timed(lambda: drain(render_pdf(plain,
                                                                              io.BytesIO()))))
                runs["docx no pictures"].append(timed(lambda: drain(render_docx(
                    plain, tmp / "p.docx"))))
                runs["md svg"].append(timed(lambda: picture_files(report, tmp / "r.md")))
            runs["cli baseline"].append(timed(lambda: subprocess.run(base_cmd, check=True,
                                                                     env=env)))
            runs["cli pdf"].append(timed(lambda: subprocess.run(env_cmd, check=True, env=env,
                                                                capture_output=True)))
        cpu: dict[str, list[float]] = {k: [] for k in ("pdf", "pdf no pictures", "docx",
                                                       "docx no pictures")}
        if plain is not None:
            # what the pictures cost, in CPU time (other load on a shared machine disturbs
            # it far less than wall time), the least of 2 × --repeat alternated renders
            def cpu_of(fn) -> float:
                t = time.process_time()
                fn()
                return time.process_time() - t
            for i in range(2 * args.repeat):
                pair = [(report, ""), (plain, " no pictures")]
                for rep, suffix in pair if i % 2 else pair[::-1]:
                    cpu["pdf" + suffix].append(cpu_of(lambda: drain(render_pdf(
                        rep, io.BytesIO()))))
                    cpu["docx" + suffix].append(cpu_of(lambda: drain(render_docx(
                        rep, tmp / "c.docx"))))
        # after the rounds above, so that its fonts are not even registered while the
        # Latin/CJK report is timed
        try:
            from sessionkit.report.sample import script_sample_report
        except ImportError:  # an older source tree: no script samples
            script_sample_report = None
        if script_sample_report is not None:
            samples = json.loads(SCRIPT_SAMPLES.read_text(encoding="utf-8"))["samples"]
            scripts_report = script_sample_report(
                [samples[i % len(samples)] for i in range(n_notes)])
            drain(render_pdf(scripts_report, io.BytesIO()))
            for _ in range(args.repeat):
                runs["pdf scripts"].append(timed(lambda: drain(render_pdf(scripts_report,
                                                                          io.BytesIO()))))
        from pypdf import PdfReader

        pages = len(PdfReader(str(tmp / "cli.pdf")).pages)

    med = {k: statistics.median(v) for k, v in runs.items() if v}
    print(f"report of session D3 with {n_notes} notes: {pages} pages, "
          f"{len(texts)} strings; medians of {args.repeat} interleaved rounds")
    for k, v in med.items():
        print(f"  {k:<13} {v * 1000:8.1f} ms")
    print(f"  ratio pdf / baseline rl         {med['pdf'] / med['baseline rl']:.2f}")
    print(f"  ratio cli pdf / cli baseline    {med['cli pdf'] / med['cli baseline']:.2f}")
    print(f"  ratio docx / pdf                {med['docx'] / med['pdf']:.2f}")
    if cpu["pdf"]:
        least = {k: min(v) for k, v in cpu.items()}
        for fmt in ("pdf", "docx"):
            print(f"  pictures: {fmt} CPU {least[fmt] * 1000:.0f} ms against "
                  f"{least[fmt + ' no pictures'] * 1000:.0f} ms without, ratio "
                  f"{least[fmt] / least[fmt + ' no pictures']:.3f} (goal < 1.15)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
