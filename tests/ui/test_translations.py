"""Norwegian by default: the shipped translation loads and the console speaks it."""

from __future__ import annotations

from pathlib import Path

from inkkit import shows_only_word
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from app.event.loader import load_event
from app.timing.clock import FakeClock
from app.ui.i18n import install_translator
from app.ui.presenter import PresenterApp


def test_english_has_its_plural_forms(qapp: QApplication) -> None:
    translator = install_translator(qapp, "en")
    try:
        assert QCoreApplication.translate("NotesPage", "%n word(s)", "", 1) == "1 word"
        assert QCoreApplication.translate("NotesPage", "%n word(s)", "", 0) == "0 words"
        assert QCoreApplication.translate("NotesPage", "Show in plenary") == "Show in plenary"
    finally:
        qapp.removeTranslator(translator)


def test_console_in_bokmal(norwegian: None, screens: object, event_file: Path, tmp_path: Path) -> None:
    event = load_event(event_file).event
    assert event is not None
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    app = PresenterApp(event, FakeClock(), settings)
    try:
        page = app.console.presentation_page
        assert page.position.text() == "Lysbilde 1 / 12"
        app.presentation.last()
        assert shows_only_word(page.next, "Slutt")
        names = [b.text().split()[0] for b in app.console.top_bar.mode_buttons.buttons()]
        assert names == ["Presentasjon", "Gruppearbeid", "Notater", "Program"]
    finally:
        app.close()
        app.console.deleteLater()
        app.audience.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
