"""Start-up cost of the UI's preparation (bundled CJK fonts, translators, theme).

    python benchmarks/bench_ui_fonts.py [--rounds 7]

Launches the real app (``sessionkit gui`` with SESSIONKIT_EXIT_AFTER_SHOWN, as
benchmarks/run.py does) interleaved round by round in three variants, and prints the
medians and ratios:

  no fonts   SESSIONKIT_UI_FONTS=0 (the bundled faces are not registered)
  fonts      the default (fonts registered when the system lacks them)
  fonts+ja   the default in Japanese (SESSIONKIT_LANG=ja: translators loaded too)

Run it also with FONTCONFIG_FILE pointing at a configuration without CJK fonts
(``--no-system-cjk``) to measure the machine the registration is for.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import env_with_src, launch

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--no-system-cjk", action="store_true",
                    help="hide the system's fonts except DejaVu (a machine without CJK fonts)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        extra = {"SESSIONKIT_IDLE_MS": "300"}
        if args.no_system_cjk:
            conf = tmp / "fonts.conf"
            conf.write_text(FONTS_CONF.format(cache=tmp / "fc-cache"), encoding="utf-8")
            extra["FONTCONFIG_FILE"] = str(conf)
        out = tmp / "probe.json"
        data = tmp / "data"
        cmd = [sys.executable, "-m", "sessionkit", "--data-dir", str(data), "gui"]
        base = env_with_src(SESSIONKIT_EXIT_AFTER_SHOWN=str(out), **extra)
        base.pop("SESSIONKIT_LANG", None)
        variants = {
            "no fonts": dict(base, SESSIONKIT_UI_FONTS="0", SESSIONKIT_LANG="en"),
            "fonts": dict(base, SESSIONKIT_LANG="en"),
            "fonts+ja": dict(base, SESSIONKIT_LANG="ja"),
        }
        for env in variants.values():  # seed D3, warm caches
            launch(cmd, out, env)
        runs: dict[str, list[float]] = {k: [] for k in variants}
        cpu: dict[str, list[float]] = {k: [] for k in variants}
        rss: dict[str, list[float]] = {k: [] for k in variants}
        for _ in range(args.rounds):
            for k, env in variants.items():
                rec = launch(cmd, out, env)
                runs[k].append(rec["startup"])
                cpu[k].append(rec["cpu"])
                rss[k].append(rec["rss_kb"])
        base_t = statistics.median(runs["no fonts"])
        base_c = statistics.median(cpu["no fonts"])
        print(f"{'variant':10} {'start-up':>10} {'ratio':>7} {'CPU':>8} {'ratio':>7} {'RSS':>8}")
        for k in variants:
            t, c = statistics.median(runs[k]), statistics.median(cpu[k])
            print(f"{k:10} {t * 1000:8.0f} ms {t / base_t:6.2f}x {c * 1000:6.0f} ms "
                  f"{c / base_c:6.2f}x {statistics.median(rss[k]) / 1024:6.0f} MB")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
