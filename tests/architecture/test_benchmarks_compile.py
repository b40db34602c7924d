"""The benchmarks are not run by the suite (they take minutes and want a quiet machine),
so a merge that breaks one would go unseen until somebody measures: they must at least
compile, and `python -m benchmarks --help` must answer."""

from __future__ import annotations

import py_compile
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_benchmark_module_compiles(tmp_path):
    for path in sorted((REPO / "benchmarks").glob("*.py")):
        py_compile.compile(str(path), cfile=str(tmp_path / (path.stem + ".pyc")), doraise=True)


def test_the_benchmark_command_answers_help():
    out = subprocess.run([sys.executable, "-m", "benchmarks", "--help"], cwd=REPO,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "--only" in out.stdout
