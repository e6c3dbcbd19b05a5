"""Pictures shown as a placeholder are listed in the console after start, never on the projector."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hostile import png_header_claiming, small_png
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.paths import DEFAULT_EVENT
from app.ui.faults.notices import Notice
from app.ui.jobs import active_jobs
from app.ui.presenter import PresenterApp

# Both: this marker replaces the folder's (conftest), which ignores the second.
NOISE = ("libpng|Image: ", "does not support propagateSizeHints")


def _deck(folder: Path) -> Path:
    """Slide 2 claims 30,000 x 30,000 px, slide 4 is a truncated download, slide 3 is fine."""
    png_header_claiming(folder / "kart <b>&.png", 30_000, 30_000)
    whole = small_png(folder / "ok.png").read_bytes()
    (folder / "foto ŋ.png").write_bytes(whole[:40])
    path = folder / "event.yaml"
    path.write_text(
        "event: {title: Prøve, organiser: Plenum, date: 2021-09-01}\n"
        "slides:\n"
        "  - title: Velkommen\n"
        "  - title: Kartet\n"
        "    image: {src: 'kart <b>&.png', alt: Kart}\n"
        "  - title: Bra bilde\n"
        "    image: {src: ok.png, alt: Bra}\n"
        "  - title: Fotoet\n"
        "    image: {src: 'foto ŋ.png', alt: Foto}\n",
        encoding="utf-8")
    return path


def _images_notice(qtbot: QtBot, app: PresenterApp) -> Notice:
    qtbot.waitUntil(lambda: app.console.notices.notice("images") is not None, timeout=5000)
    notice = app.console.notices.notice("images")
    assert notice is not None
    return notice


@pytest.mark.qt_log_ignore(*NOISE)
def test_refused_pictures_are_listed_in_the_console_by_slide_and_file(
    qtbot: QtBot, make_presenter: Callable[[Path], PresenterApp], tmp_path: Path
) -> None:
    app = make_presenter(_deck(tmp_path))
    notice = _images_notice(qtbot, app)
    assert notice.isVisible()
    assert notice.heading.text() == "2 bilder vises som plassholder"
    assert notice.details.text().splitlines() == [
        "Lysbilde 2: kart <b>&.png er 30000 x 30000 px, for stort til å vises; skaler det ned, "
        "f.eks. til 3840 px bredde.",
        "Lysbilde 4: foto ŋ.png kan ikke leses (skadet eller ufullstendig); lagre det på nytt "
        "som PNG eller JPEG.",
    ]
    assert QApplication.activeModalWidget() is None
    assert not app.audience.findChildren(Notice), "never on the projector"
    app.presentation.next()  # the talk goes on
    assert app.presentation.index == 1


@pytest.mark.qt_log_ignore(*NOISE)
def test_fixing_the_pictures_and_saving_the_event_removes_the_notice(
    qtbot: QtBot, make_presenter: Callable[[Path], PresenterApp], tmp_path: Path
) -> None:
    event = _deck(tmp_path)
    app = make_presenter(event)
    _images_notice(qtbot, app)
    small_png(tmp_path / "foto ŋ.png")
    event.write_text(event.read_text(encoding="utf-8").replace("kart <b>&.png", "ok.png"),
                     encoding="utf-8")
    assert app.watcher is not None
    app.watcher.reload_now()
    qtbot.waitUntil(lambda: app.console.notices.notice("images") is None, timeout=5000)


def test_a_deck_whose_pictures_all_show_gets_no_notice(
    qtbot: QtBot, make_presenter: Callable[[Path], PresenterApp]
) -> None:
    app = make_presenter(DEFAULT_EVENT)
    assert any(slide.image for slide in app.presentation.event.slides)
    qtbot.waitUntil(lambda: app.refused_images.checked, timeout=5000)
    assert app.console.notices.notice("images") is None
    assert not active_jobs()
