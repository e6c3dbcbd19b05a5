"""Notater tests: the app on the seed event with its session open, in Notater mode.

``make_app`` and ``FakeDialogs``, which the sharing tests use too, live in tests/ui/conftest.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui.keys import Command
from app.ui.presenter import PresenterApp


@pytest.fixture
def notes_app(make_app: object, tmp_path: Path) -> PresenterApp:
    """The app on the seed event, session open at tmp/dag.plenum, in Notater mode."""
    assert callable(make_app)
    app: PresenterApp = make_app()
    assert app.open_session(tmp_path / "dag.plenum")
    app.keys.run(Command.MODE_3)
    return app
