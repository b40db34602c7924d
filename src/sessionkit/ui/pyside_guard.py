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
