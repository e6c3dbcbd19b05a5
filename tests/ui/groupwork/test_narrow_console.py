"""Gruppearbeid in bokmål in a 1000 px window: every button shows its whole text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app.ui.keys import Command
from app.ui.presenter import PresenterApp


def whole_text_shown(button: QPushButton) -> bool:
    """Not narrower than the style needs for its words and padding (a button's contentsRect
    ignores the style sheet's padding, so the words alone would seem to fit)."""
    return button.width() >= button.minimumSizeHint().width()


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


def test_group_timers_keep_their_words_in_a_1000_px_window(
    norwegian: None, qtbot: QtBot, seed: PresenterApp
) -> None:
    long_name = "Gruppe 3 \u2013 Samferdsel, areal og klima"
    round_ = seed.groupwork.round
    round_.add_group_timer("Gruppe 1", dt.timedelta(minutes=105))
    round_.add_group_timer(long_name, dt.timedelta(minutes=105))
    round_.toggle_group(long_name)  # paused: «Fortsett», and the time says so
    seed.keys.run(Command.MODE_2)
    timers = seed.groupwork.page.groups
    console = seed.console
    console.showNormal()
    console.resize(1000, 768)
    qtbot.waitUntil(lambda: console.width() == 1000)
    QApplication.processEvents()  # the layouts' posted requests
    assert timers.pause_buttons[long_name].text() == "Fortsett"
    buttons = [b for b in timers.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) == 1 + 2 * 4  # «Legg til tidtaker», and four for each timer
    for button in buttons:
        assert whole_text_shown(button), button.text()
        assert button.mapTo(timers, button.rect().topRight()).x() < timers.width()
    for group in ("Gruppe 1", long_name):
        for widget in (timers.name_labels[group], timers.time_labels[group]):
            assert widget.fontMetrics().horizontalAdvance(widget.text()) <= widget.contentsRect().width(), \
                widget.text()
            assert widget.mapTo(timers, widget.rect().topRight()).x() < timers.width()
    name = timers.name_labels[long_name]
    assert name.text() == long_name or name.toolTip() == long_name
