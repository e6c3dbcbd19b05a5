"""Gruppearbeid in bokmål in a 1000 px window: every button shows its whole text."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app.ui.keys import Command
from app.ui.presenter import PresenterApp


def whole_text_shown(button: QPushButton) -> bool:
    return button.fontMetrics().horizontalAdvance(button.text()) <= button.contentsRect().width()


def test_the_view_buttons_keep_their_words_in_a_1000_px_window(
    norwegian: None, qtbot: QtBot, seed: PresenterApp
) -> None:
    seed.keys.run(Command.MODE_2)
    page = seed.groupwork.page
    console = seed.console
    console.showNormal()
    console.resize(1000, 768)
    qtbot.waitUntil(lambda: console.width() == 1000)
    QApplication.processEvents()  # the layouts' posted requests
    buttons = [page.button(key) for key in ("task", "all", "time", "slides")]
    assert [b.text() for b in buttons] == ["Oppgave + tid", "Alle oppgaver + tid", "Bare tid", "Lysbilder"]
    for button in buttons:
        assert whole_text_shown(button), button.text()
        assert button.mapTo(console, button.rect().topRight()).x() < console.width()
    console.resize(1366, 768)
    qtbot.waitUntil(lambda: console.width() == 1366)
    QApplication.processEvents()
    assert len({b.y() for b in buttons}) == 1  # one row where there is room
    assert all(whole_text_shown(b) for b in buttons)
