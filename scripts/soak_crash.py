#!/usr/bin/env python3
"""Crash soak: start the real app, let it type into the note box through Qt, SIGKILL it
at a random moment, restart it, and check that nothing typed more than ~1 s before
the kill is lost and that the database is sound.

    python scripts/soak_crash.py              # 100 trials, 3 at a time
    python scripts/soak_crash.py -n 300 -j 4 --keep /tmp/soak

Each trial: a fresh data folder; the app is started with SESSIONKIT_TEST_TYPING (a
typing script: words, and Ctrl+Enter between notes, in chunks at random 15-80 ms
intervals with occasional pauses), killed with SIGKILL at a random moment (sometimes
during start-up), then started again with SESSIONKIT_TEST_DUMP, which reports what
the window shows: the notes and the note box (the restored draft). Passing means:
``PRAGMA integrity_check`` is ok; the notes are exactly the first notes typed; the
box holds the start of the next one; and together they reach at least as far as
what the typing log says was typed MARGIN seconds before the kill. The restarted
window's title contains "SessionKit" and the focus is in the note box.

tests/e2e/test_crash_recovery.py runs 20 of these trials in the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COMMIT = "\x01"
MARGIN = 1.0  # seconds: what was typed this long before the kill must be saved
WORDS = ("city cooperation low carbon Asia brokerage facilitation partners JICA Gwangju "
         "resilient mechanism lesson learned 광주광역시 都市間連携 Thành phố Hồ Chí Minh "
         "decision action outcome speaker question 0.1 < A & B — “quoted”").split()


def make_stream(rng: random.Random) -> tuple[str, list[str]]:
    notes = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 14)))
             for _ in range(rng.randint(3, 8))]
    return COMMIT.join(notes), notes


def _env(**extra) -> dict:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    src = str(REPO / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    for key in ("SESSIONKIT_TEST_TYPING", "SESSIONKIT_TEST_DUMP", "SESSIONKIT_DATA_DIR"):
        env.pop(key, None)
    env.update({k: str(v) for k, v in extra.items()})
    return env


def _read_log(path: Path) -> list[dict]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            pass  # a line cut by the kill
    return out


def run_trial(workdir: Path, seed: int) -> dict:
    """One kill-and-restart trial; returns a dict with ok (bool) and the details."""
    rng = random.Random(seed)
    workdir.mkdir(parents=True, exist_ok=True)
    data = workdir / "data"
    log = workdir / "typing.log"
    stream, notes = make_stream(rng)
    script = workdir / "script.json"
    script.write_text(json.dumps({"stream": stream, "log": str(log), "seed": seed,
                                  "pause_chance": 0.04, "pause_ms": 1300}), encoding="utf-8")
    cmd = [sys.executable, "-m", "sessionkit", "--data-dir", str(data)]
    result = {"seed": seed, "ok": False, "phase": "start"}
    during_startup = rng.random() < 0.15
    proc = subprocess.Popen(cmd, env=_env(SESSIONKIT_TEST_TYPING=script),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        if during_startup:
            time.sleep(rng.uniform(0.05, 1.5))
        else:
            deadline = time.time() + 60
            while not log.exists() and proc.poll() is None and time.time() < deadline:
                time.sleep(0.02)
            time.sleep(rng.uniform(0.1, 5.0))
        kill_time = time.time()
        exited_before = proc.poll()
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
        err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    result.update(kill_after_start=during_startup, exited_before_kill=exited_before)
    if exited_before is not None:
        result["error"] = f"the app exited by itself ({exited_before}): {err[-800:]}"
        return result

    entries = _read_log(log)
    typed = [e for e in entries if "pos" in e]
    expected = max((e["pos"] for e in typed if e["t"] <= kill_time - MARGIN), default=0)
    result.update(typed=max((e["pos"] for e in typed), default=0), expected=expected)

    result["phase"] = "restart"
    dump = workdir / "dump.json"
    rerun = subprocess.run(cmd, env=_env(SESSIONKIT_TEST_DUMP=dump), capture_output=True,
                           text=True, timeout=120)
    if rerun.returncode != 0 or not dump.exists():
        result["error"] = f"restart failed ({rerun.returncode}): {rerun.stderr[-800:]}"
        return result
    seen = json.loads(dump.read_text(encoding="utf-8"))

    result["phase"] = "check"
    conn = sqlite3.connect(data / "sessionkit.db")
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    got_notes, box = seen["notes"], seen["box"]
    problems = []
    if integrity != "ok":
        problems.append(f"integrity_check: {integrity}")
    if got_notes != notes[:len(got_notes)]:
        problems.append(f"notes are not the typed ones: {got_notes!r}")
    nxt = notes[len(got_notes)] if len(got_notes) < len(notes) else ""
    if not nxt.startswith(box):
        problems.append(f"note box {box!r} is not the start of {nxt!r}")
    saved = sum(len(n) + 1 for n in got_notes) + len(box)
    if saved < expected:
        problems.append(f"lost typing: saved up to {saved}, typed {expected} chars more than "
                        f"{MARGIN} s before the kill: {stream[saved:expected]!r}")
    if "SessionKit" not in seen["title"]:
        problems.append(f"window title {seen['title']!r}")
    if seen["focus"] != "noteBox":
        problems.append(f"focus starts in {seen['focus']!r}, not the note box")
    result.update(saved=saved, notes=len(got_notes), integrity=integrity, problems=problems,
                  ok=not problems)
    return result


def run_many(n: int, jobs: int, base: Path, first_seed: int = 0, progress=None) -> list[dict]:
    def one(i: int) -> dict:
        d = base / f"trial-{first_seed + i:04d}"
        try:
            r = run_trial(d, first_seed + i)
        except Exception as exc:  # noqa: BLE001 - a broken trial is a failed trial
            r = {"seed": first_seed + i, "ok": False, "error": repr(exc)}
        if progress:
            progress(r)
        return r

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(one, range(n)))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="SIGKILL soak for the note box")
    p.add_argument("-n", type=int, default=100, help="number of trials (100)")
    p.add_argument("-j", type=int, default=3, help="trials at a time (3)")
    p.add_argument("--seed", type=int, default=int(time.time()) % 100000)
    p.add_argument("--keep", type=Path, help="keep the trial folders here")
    a = p.parse_args(argv)
    base = a.keep or Path(tempfile.mkdtemp(prefix="sessionkit-soak-"))
    base.mkdir(parents=True, exist_ok=True)
    started = time.time()

    def progress(r):
        mark = "ok  " if r["ok"] else "FAIL"
        print(f"{mark} seed={r['seed']} typed={r.get('typed', '-')} expected>={r.get('expected', '-')} "
              f"saved={r.get('saved', '-')} {r.get('problems') or r.get('error') or ''}",
              flush=True)

    results = run_many(a.n, a.j, base, a.seed, progress)
    passed = sum(r["ok"] for r in results)
    print(f"{passed}/{len(results)} trials passed in {time.time() - started:.0f} s "
          f"(first seed {a.seed}, margin {MARGIN} s)")
    if a.keep is None and passed == len(results):
        shutil.rmtree(base, ignore_errors=True)
    elif passed != len(results):
        print(f"trial folders kept in {base}")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
