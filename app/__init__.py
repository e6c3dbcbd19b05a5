"""Plenum: the plenary deck, group work against the clock, and the report."""

from __future__ import annotations

import ctypes
import sys

__version__ = "0.1.0"


def _make_none_immortal() -> None:
    """Work around PySide6 6.12 on Python 3.11: every void Qt method drops a reference to None.

    Each call such as ``painter.setPen(...)`` or ``font.setBold(True)`` returns
    None without taking a reference to it, so after a few thousand calls
    Python aborts with "none_dealloc: deallocating None". Python 3.12 made
    None immortal; on 3.11 give it a reference count no program can use up.
    """
    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 50


_make_none_immortal()
