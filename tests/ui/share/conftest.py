"""The presenting app with a session, for the sharing tests: the Notater tests' fixtures.

``make_app`` and ``FakeDialogs`` live in tests/ui/notes/conftest.py; they are
loaded from there (under another module name) rather than written twice.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "notes_conftest", Path(__file__).resolve().parent.parent / "notes" / "conftest.py")
assert _spec is not None and _spec.loader is not None
_notes = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _notes  # dataclasses look their module up there
_spec.loader.exec_module(_notes)

FakeDialogs = _notes.FakeDialogs
seed_event = _notes.seed_event
make_app = _notes.make_app
