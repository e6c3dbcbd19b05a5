"""Fault tests: the presenting app on the two offscreen screens, and hostile files."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from presenter_app import close_app, deck_yaml, open_presenter
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.timing.clock import FakeClock
from app.ui.i18n import install_translator
from app.ui.presenter import PresenterApp


@pytest.fixture
def deck() -> Callable[..., str]:
    return deck_yaml


@pytest.fixture
def event_file(tmp_path: Path) -> Path:
    path = tmp_path / "event.yaml"
    path.write_text(deck_yaml(6), encoding="utf-8")
    return path


@pytest.fixture
def make_presenter(
    qtbot: QtBot, screens: object, tmp_path: Path, clock: FakeClock
) -> Iterator[Callable[[Path], PresenterApp]]:
    """``make_presenter(event_path)``: the whole app shown on two screens, torn down after."""
    made: list[PresenterApp] = []

    def make(path: Path) -> PresenterApp:
        made.append(open_presenter(qtbot, path, clock, tmp_path / "settings.ini"))
        return made[-1]

    yield make
    for app in made:
        close_app(app)


@pytest.fixture
def presenter(make_presenter: Callable[[Path], PresenterApp], event_file: Path) -> PresenterApp:
    return make_presenter(event_file)


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def norwegian(qapp: QGuiApplication) -> Iterator[None]:
    """The UI in its default language, bokmål, as the facilitator sees it."""
    translator = install_translator(qapp, "nb")
    yield
    assert translator is not None
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's Documents folder, where a failed save suggests saving instead."""
    folder = tmp_path / "Dokumenter"
    folder.mkdir()
    monkeypatch.setattr("app.files.platformdirs.user_documents_dir", lambda: str(folder))
    return folder
