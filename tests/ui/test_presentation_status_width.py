"""Presentasjon in bokmål in a 1000 px window: the slide's position, the talk's clock, its pace
and the reset question stay inside the window instead of widening it past the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.timing.clock import FakeClock
from app.ui.presenter import PresenterApp


def test_the_status_line_fits_a_1000_px_window_while_reset_asks(
    norwegian: None, qtbot: QtBot, presenter: PresenterApp, clock: FakeClock
) -> None:
    page = presenter.console.presentation_page
    talk = page.talk_clock
    for _ in range(10):
        presenter.presentation.next()  # slide 11 of 12 after a minute: well ahead
    clock.advance(60)
    talk.refresh()
    assert talk.pace_label.text().startswith("Foredraget: ") and talk.pace_label.isVisible()
    qtbot.mouseClick(talk.reset.ask_button, Qt.MouseButton.LeftButton)
    assert talk.reset.confirm_button.text() == "Ja, nullstill tiden"
    console = presenter.console
    console.showNormal()
    console.resize(1000, 768)
    QApplication.processEvents()  # the layouts' posted requests
    assert console.width() == 1000
    shown = [page.position, talk.elapsed_label, talk.pace_label, talk.pause_button,
             talk.reset.confirm_button, talk.reset.cancel_button]
    for widget in shown:
        assert widget.isVisible()
        assert widget.mapTo(console, widget.rect().topRight()).x() < console.width() - 8, widget.text()
        assert widget.fontMetrics().horizontalAdvance(widget.text()) <= widget.contentsRect().width()
        assert widget.width() >= widget.minimumSizeHint().width()  # a button's padding too
    assert page.position.mapTo(console, page.position.rect().bottomLeft()).y() < console.height()
    assert talk.mapTo(console, talk.rect().bottomLeft()).y() < console.height()
