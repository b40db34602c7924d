"""How long the proceedings take (``sessionkit proceedings``), against a baseline in the
same run.

    python benchmarks/bench_proceedings.py [--quick] [--rounds N]

Generates (sessionkit.devtools.generate; seven languages, every note kind) three data
folders, then times, interleaved round by round, medians:

  proceedings 2N   the PDF proceedings of S sessions holding 2N notes in all (100 × 200 =
                   20,000 notes; --quick: 20 × 100), read from the store and written,
                   in process, as the CLI does (the annex left out, the proceedings'
                   default); the goal is 30 s for 20,000 notes, in proportion for fewer
  proceedings N    the same sessions with half the notes: 2N / N says whether the time
                   grows in proportion to the notes (≈ 2) or faster
  single report    the baseline: one session's PDF report holding the same 2N notes (in
                   the same mix of the seven languages), same options: what the
                   proceedings add to the same amount of text (title
                   page, contents, the digest and the actions table, per-session
                   headings and pictures)

Used by benchmarks/run.py (``--only proceedings``), which prints the rows.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
sys.path.insert(0, str(SRC))

GOAL_SECONDS = 30.0  # for 100 sessions × 200 notes
GOAL_NOTES = 20_000


def _data(folder: Path, sessions: int, notes: int) -> list[str]:
    from sessionkit.devtools.generate import generate

    return generate(folder, sessions=sessions, notes=notes, with_bundled=False).session_ids


def _single_data(folder: Path, notes: int) -> str:
    """One generated session holding ``notes`` notes in the same mix of languages as the
    proceedings' sessions (their scripts cost differently to lay out): the notes of each
    language are made as for a session in that language."""
    import random
    from datetime import datetime, timezone

    from sessionkit.devtools.generate import LANGUAGES, _flush, _note_rows, make_bundle, spread
    from sessionkit.services.sessions import open_store

    store, _ = open_store(folder, seed=False)
    try:
        rng = random.Random(0)
        bundle = make_bundle(rng, 0, "en", datetime(2026, 4, 6, 1, 0, tzinfo=timezone.utc))
        with store.atomic():
            store.save_bundle(bundle)
            for lang, count in zip(LANGUAGES, spread(notes, len(LANGUAGES))):
                _flush(store, *_note_rows(rng, bundle, count, lang, "generator"))
    finally:
        store.close()
    return bundle.session.id


def _proceedings(folder: Path, ids: list[str], out: Path) -> tuple[float, float]:
    """(wall, CPU) seconds: CPU time is what other load on a shared machine disturbs least."""
    from sessionkit.services.proceedings import export_proceedings
    from sessionkit.store import Store

    t, c = time.perf_counter(), time.process_time()
    store = Store.open(folder)
    try:
        export_proceedings(store, ids, out, "pdf", options={"include_annex": False})
    finally:
        store.close()
    return time.perf_counter() - t, time.process_time() - c


def _single(folder: Path, sid: str, out: Path) -> tuple[float, float]:
    from sessionkit.services.reports import export_report
    from sessionkit.store import Store

    t, c = time.perf_counter(), time.process_time()
    store = Store.open(folder)
    try:
        export_report(store, sid, out, "pdf", options={"include_annex": False})
    finally:
        store.close()
    return time.perf_counter() - t, time.process_time() - c


def measure(tmp: Path, quick: bool = False, rounds: int | None = None,
            say=lambda *a: None) -> dict:
    """The figures, as a dict (seconds are medians over ``rounds``)."""
    sessions, per_session = (20, 100) if quick else (100, 200)
    rounds = rounds or 2
    total = sessions * per_session
    say(f"  generating {sessions} sessions × {per_session} notes, the same with half, "
        f"and one session of {total} …")
    half_ids = _data(tmp / "half", sessions, total // 2)
    full_ids = _data(tmp / "full", sessions, total)
    single_id = _single_data(tmp / "single", total)
    from sessionkit.report.fonts import fonts

    fonts()  # registered once per process, as in the app; not part of any figure
    # one untimed pass of each first: imports, and the text caches that the first export
    # of a text fills (a second export of the same notes takes about 3/4 of the time)
    say("  warming up …")
    _single(tmp / "single", single_id, tmp / "warm.pdf")
    _proceedings(tmp / "half", half_ids, tmp / "warm.pdf")
    _proceedings(tmp / "full", full_ids, tmp / "warm.pdf")
    times: dict[str, list[tuple[float, float]]] = {"half": [], "full": [], "single": []}
    for r in range(rounds):
        say(f"  round {r + 1}/{rounds} …")
        times["single"].append(_single(tmp / "single", single_id, tmp / "single.pdf"))
        times["half"].append(_proceedings(tmp / "half", half_ids, tmp / "half.pdf"))
        times["full"].append(_proceedings(tmp / "full", full_ids, tmp / "full.pdf"))
    from pypdf import PdfReader

    med = {k: statistics.median(w for w, _c in v) for k, v in times.items()}
    cpu = {k: statistics.median(c for _w, c in v) for k, v in times.items()}
    return {
        "sessions": sessions, "notes": total, "per_session": per_session,
        "full": med["full"], "half": med["half"], "single": med["single"],
        "cpu_full": cpu["full"], "cpu_half": cpu["half"], "cpu_single": cpu["single"],
        "pages": len(PdfReader(str(tmp / "full.pdf")).pages),
        "single_pages": len(PdfReader(str(tmp / "single.pdf")).pages),
        "goal": GOAL_SECONDS * total / GOAL_NOTES,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--rounds", type=int)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sk-proceedings-") as tmp:
        f = measure(Path(tmp), args.quick, args.rounds,
                    say=lambda *a: print(*a, file=sys.stderr, flush=True))
    print(f"proceedings, {f['sessions']} sessions × {f['per_session']} notes "
          f"({f['pages']} pages): {f['full']:.2f} s (goal ≤ {f['goal']:.1f} s)")
    print(f"half the notes: {f['half']:.2f} s; 2N / N = {f['full'] / f['half']:.2f}")
    print(f"one report of {f['notes']} notes ({f['single_pages']} pages): {f['single']:.2f} s; "
          f"proceedings / report = {f['full'] / f['single']:.2f}")
    print(f"CPU time: {f['cpu_full']:.2f} s, {f['cpu_half']:.2f} s at half, "
          f"{f['cpu_single']:.2f} s one report")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
