"""`sessionkit live serve`: the live link without a window (docs/live-link.md)."""

from __future__ import annotations


def register_serve(actions, common) -> None:
    """serve"""
