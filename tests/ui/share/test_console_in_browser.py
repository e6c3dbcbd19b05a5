"""A group's page in Debian's headless Chromium against the real console, sharing on.

What a referent types on a phone is in the console's Notater within a second;
what the facilitator types in the console reaches the page. Browser waits
poll with a bound; the console's side is waited for with the Qt event loop
running (``qtbot.waitUntil``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from chromiumkit import Browser, available
from pytestqt.qtbot import QtBot
from sharekit import loopback

from app.ui.keys import Command
from app.ui.presenter import PresenterApp

SAVED = r"(lagret|saved) \d\d:\d\d:\d\d"  # the page speaks the console's language
pytestmark = [pytest.mark.skipif(not available(), reason="needs Debian's chromium and chromium-driver"),
              pytest.mark.slow]  # a real browser


@pytest.fixture
def browser() -> Iterator[Browser]:
    with closing(Browser()) as opened:
        yield opened


@pytest.fixture
def app(make_app: object, tmp_path: Path) -> PresenterApp:
    assert callable(make_app)
    presenter: PresenterApp = make_app()
    assert presenter.open_session(tmp_path / "dag.plenum")
    presenter.sharing.set_on(True)
    assert presenter.sharing.sharing.running
    presenter.keys.run(Command.MODE_3)
    return presenter


def open_group_page(browser: Browser, url: str) -> None:
    browser.driver.get(loopback(url))
    browser.wait(lambda: browser.text("digits") not in ("", "--:--", "None"), what="the page")


def test_text_typed_on_the_page_is_in_notater_within_a_second(app: PresenterApp, browser: Browser,
                                                               qtbot: QtBot) -> None:
    from selenium.webdriver.common.by import By

    page = app.sessions.notes_page
    page.select(1, 0)
    open_group_page(browser, app.sharing.sharing.cards()[1].url)
    browser.driver.find_element(By.ID, "notes-text").send_keys("Fra mobilen: <b>viktig</b> & 🙂")
    browser.wait(lambda: re.fullmatch(SAVED, browser.text("notes-state")), what="saved")
    qtbot.waitUntil(lambda: page.editor.toPlainText() == "Fra mobilen: <b>viktig</b> & 🙂", timeout=1000)
    assert page.grid.item(1, 0).text() == "5"


def test_what_the_console_types_reaches_the_page(app: PresenterApp, browser: Browser, qtbot: QtBot) -> None:
    page = app.sessions.notes_page
    page.select(0, 0)
    open_group_page(browser, app.sharing.sharing.cards()[0].url)
    page.editor.setPlainText("Skrevet i konsollen")
    app.sessions.holder.flush()
    # The news goes out from the UI thread (after the commit): keep its event loop running.
    qtbot.waitUntil(lambda: browser.driver.execute_script(
        "return document.getElementById('notes-text').value") == "Skrevet i konsollen", timeout=5000)
