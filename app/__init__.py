"""Plenum: the plenary deck, group work against the clock, and the report."""

from __future__ import annotations

__version__ = "0.1.0"
