"""Fixtures for the session tests: a small event on disk and a fresh session for it (sessionkit)."""

from __future__ import annotations

from sessionkit import event, store

__all__ = ["event", "store"]
