"""Helpers the timer UI tests share (imported by name: the tests folder is no package)."""

from __future__ import annotations

import datetime as dt

WARNINGS = (dt.timedelta(minutes=10), dt.timedelta(minutes=2))

