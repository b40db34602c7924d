"""A guard against a PySide6 reference-count bug that kills the app on Python < 3.12.
Applied once, before the first window (ui/safety/startup.py)."""

from __future__ import annotations

import sys


def guard_none_refcount() -> bool:
    """PySide6 6.12 on CPython 3.11 drops a reference to ``None`` on every call of a
    method that returns nothing (e.g. ``QTreeWidgetItem.setText``); after a few
    thousand calls ``None`` is "deallocated" and the interpreter aborts (Fatal Python
    error: none_dealloc) — a crash every minute or two with the live panel open.
    Python 3.12 made ``None`` immortal; here we do the same by giving it a reference
    count it can never exhaust. Returns True when the guard was applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes

    refcnt = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, PyObject's first field
    if refcnt.value < (1 << 40):
        refcnt.value += 1 << 50
    return True


def scan_sources_uncached() -> bool:
    """PySide6's ``__feature__`` support looks at the source of every module imported
    after it (``inspect.getsource``, for the word "PySide6"), and ``inspect`` keeps each
    file's lines in ``linecache`` for the life of the process: ~130 modules at start-up,
    ~6 MB of memory and ~40 ms (benchmarks/README.md). The same test on the file's bytes
    keeps nothing; modules without a ``.py`` file go to PySide's own check. Returns True
    when applied (a PySide6 without that hook is left alone)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "_sessionkit", False):
        return False

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as f:
                    return b"PySide6" in f.read()
            except OSError:
                pass
        return original(module)

    uses_pyside._sessionkit = True
    feature._mod_uses_pyside = uses_pyside
    return True
