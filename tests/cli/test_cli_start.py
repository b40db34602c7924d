"""The app's own start reads its arguments without building every command's parser
(a real process: what matters is what a fresh interpreter imports)."""

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[2] / "src")

PROBE = """import json, sys
import sessionkit.cli as cli
args = cli.app.gui_args(sys.argv[1:])
print(json.dumps({"args": None if args is None else
                  {k: v for k, v in vars(args).items() if k != "func"},
                  "gui": args is not None and args.func is cli.cmd_gui,
                  "modules": sorted(m for m in sys.modules if m.startswith("sessionkit."))}))
"""


def probe(*argv):
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True,
                         text=True, env=env, timeout=60, check=True)
    return json.loads(out.stdout)


def test_the_app_start_imports_no_command_module():
    got = probe("gui", "--data-dir", "/tmp/x", "--session=D3")
    assert got["gui"] and got["args"] == {"data_dir": "/tmp/x", "session": "D3"}
    # only the package, its shared helpers and the app's own module: no parser for
    # report/search/backup…, no service, no store
    assert got["modules"] == ["sessionkit.cli", "sessionkit.cli.app", "sessionkit.cli.common",
                              "sessionkit.config"], got["modules"]


def test_anything_else_goes_to_the_full_parser():
    for argv in (["list"], ["--help"], ["--data-dir"], ["gui", "gui"], ["--sesion", "D3"]):
        assert probe(*argv)["args"] is None, argv
    assert probe()["gui"]  # no arguments at all: the app
