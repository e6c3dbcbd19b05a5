"""Plenum: the plenary deck, group work against the clock, and the report."""

from __future__ import annotations

import ctypes
import sys

__version__ = "0.1.0"


def _make_none_immortal() -> None:
    """Work around PySide6 6.12 on Python 3.11: Qt calls drop references to None and True.

    Each call such as ``painter.setPen(...)`` or ``font.setBold(True)`` returns
    None without taking a reference to it, so after a few thousand calls
    Python aborts with "none_dealloc: deallocating None". Every Python
    ``signal.emit(...)`` does the same to True (about 600 references at start:
    a few hundred keystrokes that emit a signal end in "bool_dealloc"). Python
    3.12 made these immortal; on 3.11 give them a reference count no program
    can use up.
    """
    if sys.version_info < (3, 12):
        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 50


_make_none_immortal()
