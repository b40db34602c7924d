"""The team folder at conference scale, against a baseline in the same run.

    python benchmarks/bench_team.py [--quick] [--sessions 200] [--devices 20] [--notes 40000]

Builds a team folder as 20 laptops would leave it after a conference day: one package
per session per device (200 × 20 = 4,000 files), 40,000 notes in all, each device's
package holding the notes it took. Then, on a fresh data folder (a secretariat laptop
joining late):

  baseline      reading every file and json-parsing it (nothing else)
  full pass     sync_folder: every package read, checked and merged (in a subprocess,
                whose peak memory is measured too, against a subprocess that only
                imports SessionKit, opens the store and reads one package)
  rescan        the same again: nothing changed, nothing read
  one changed   one device adds a note: its package rewritten, one pass

Goals (issue "conference desk"): full pass ≤ 10 s, one changed package ≤ 1 s, memory
bounded (the whole folder is never loaded: peak growth well under the folder's size).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

NOW = datetime(2026, 12, 1, 18, 0, tzinfo=timezone.utc)

CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from datetime import datetime, timezone
from sessionkit.store import Store
from sessionkit.services.team import Device, sync_folder
from sessionkit.interchange.package import read_package
mode, data, folder = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
store = Store.open(data)
now = datetime(2026, 12, 1, 18, 0, tzinfo=timezone.utc)
t, cpu = time.perf_counter(), time.process_time()
if mode == "full":
    report = sync_folder(store, folder, Device("secretariat0000", "secretariat"), now=now)
    done = {"merged": len(report.merged), "refused": report.refused[:3],
            "retry": len(report.retry)}
else:
    read_package(next(p for p in folder.iterdir() if p.name.endswith(".sessionkit.json")))
    done = {}
took, cpu = time.perf_counter() - t, time.process_time() - cpu
store.close()
# VmHWM: this process's own peak (ru_maxrss keeps the parent's across fork and exec)
hwm = next(int(line.split()[1]) for line in open("/proc/self/status")
           if line.startswith("VmHWM:"))
print(json.dumps({"seconds": took, "cpu_seconds": cpu, "maxrss_kb": hwm, **done}))
"""


def device_ids(n: int) -> list[str]:
    return [f"{i:04x}bench{i:07d}"[:16] for i in range(n)]


def make_folder(tmp: Path, sessions: int, devices: int, notes: int) -> tuple[Path, int]:
    """The team folder; returns it and its size in bytes."""
    from sessionkit.devtools.generate import populate
    from sessionkit.interchange.package import to_bytes
    from sessionkit.services.packages import build_package
    from sessionkit.services.team import Device, package_name
    from sessionkit.store import Store

    origin = Store.open(tmp / "origin")
    populate(origin, sessions=sessions, notes=notes, seed=7)
    folder = tmp / "team"
    folder.mkdir()
    ids = device_ids(devices)
    size = 0
    for s in origin.sessions.list():
        full = build_package(origin, s.id)
        for d, dev in enumerate(ids):
            mine = [replace(n, clock={dev: 1}, device=f"laptop-{d}")
                    for i, n in enumerate(full.notes) if i % devices == d]
            pkg = replace(full, notes=mine, versions={}, device=f"laptop-{d}", device_id=dev,
                          exported_at=NOW - timedelta(minutes=d))
            data = to_bytes(pkg)
            (folder / package_name(s, Device(dev, f"laptop-{d}"))).write_bytes(data)
            size += len(data)
    origin.close()
    return folder, size


def child(mode: str, data: Path, folder: Path) -> dict:
    src = str(Path(__file__).resolve().parents[1] / "src")
    out = subprocess.run([sys.executable, "-c", CHILD, src, mode, str(data), str(folder)],
                         capture_output=True, text=True, timeout=1800)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def baseline_read(folder: Path) -> float:
    t = time.perf_counter()
    for p in folder.iterdir():
        if p.name.endswith(".sessionkit.json"):
            json.loads(p.read_bytes())
    return time.perf_counter() - t


def run(tmp: Path, sessions: int = 200, devices: int = 20, notes: int = 40_000,
        rounds: int = 3) -> dict:
    from sessionkit.domain.models import Note
    from sessionkit.interchange.package import read_package, to_bytes
    from sessionkit.services.team import Device, sync_folder
    from sessionkit.store import Store

    t = time.perf_counter()
    folder, folder_bytes = make_folder(tmp, sessions, devices, notes)
    made = time.perf_counter() - t
    files = sum(1 for p in folder.iterdir() if p.name.endswith(".sessionkit.json"))
    baseline_read(folder)  # warm the page cache for both
    base = sorted(baseline_read(folder) for _ in range(rounds))[rounds // 2]
    light = child("baseline", tmp / "data-baseline", folder)
    full = child("full", tmp / "data", folder)
    if full["refused"] or full["merged"] != files:
        raise RuntimeError(f"the full pass did not merge every file: {full}")

    store = Store.open(tmp / "data")
    me = Device("secretariat0000", "secretariat")
    rescans = []
    for _ in range(rounds):
        t = time.perf_counter()
        again = sync_folder(store, folder, me, now=NOW)
        rescans.append(time.perf_counter() - t)
        assert not again.merged and not again.written, again.summary()
    changed = []
    victim = next(p for p in folder.iterdir() if p.name.endswith(".sessionkit.json"))
    for r in range(rounds):
        pkg = read_package(victim)
        pkg.notes.append(Note(session_id=pkg.session.id, text=f"a late note {r}",
                              created=NOW - timedelta(minutes=5), device=pkg.device,
                              clock={pkg.device_id: 1}))
        victim.write_bytes(to_bytes(pkg))
        t = time.perf_counter()
        one = sync_folder(store, folder, me, now=NOW)
        changed.append(time.perf_counter() - t)
        assert [m.notes_added for m in one.merged] == [1], one.summary()
    store.close()
    return {
        "sessions": sessions, "devices": devices, "notes": notes, "files": files,
        "folder_mb": folder_bytes / 1e6, "made_s": made, "baseline_s": base,
        "full_s": full["seconds"], "full_cpu_s": full["cpu_seconds"], "rescan_s": sorted(rescans)[rounds // 2],
        "one_changed_s": sorted(changed)[rounds // 2],
        "peak_mb": full["maxrss_kb"] / 1024, "baseline_peak_mb": light["maxrss_kb"] / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="50 sessions × 10 devices, 5,000 notes")
    ap.add_argument("--sessions", type=int, default=200)
    ap.add_argument("--devices", type=int, default=20)
    ap.add_argument("--notes", type=int, default=40_000)
    args = ap.parse_args(argv)
    if args.quick:
        args.sessions, args.devices, args.notes = 50, 10, 5_000
    tmp = Path(tempfile.mkdtemp(prefix="sk-bench-team-"))
    try:
        r = run(tmp, args.sessions, args.devices, args.notes)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(r, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
