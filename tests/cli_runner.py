"""Running the command line in the test's own process: ``main(argv)`` with stdout and
stderr captured, as a console would show them. Some fifty times faster than a
subprocess; keep real subprocesses for what needs one (start-up, signals, install,
non-UTF-8 bytes in argv, the GUI, time and memory limits)."""

from __future__ import annotations

import io
import sys
from contextlib import redirect_stderr, redirect_stdout
from typing import NamedTuple


class CliResult(NamedTuple):
    exit_code: int
    stdout: str
    stderr: str

    @property
    def returncode(self) -> int:  # the name subprocess.CompletedProcess uses
        return self.exit_code


def invoke(*argv, data_dir=None) -> CliResult:
    """``sessionkit [--data-dir DIR] ARGV…`` in-process; argparse's exits (``--help``,
    ``--version``, a usage error) are caught and give their exit code."""
    from sessionkit.cli import main

    args = [str(a) for a in argv]
    if data_dir is not None:
        args = ["--data-dir", str(data_dir), *args]
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(args)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            if not isinstance(exc.code, (int, type(None))):
                print(exc.code, file=sys.stderr)
    return CliResult(int(code or 0), out.getvalue(), err.getvalue())
