"""History: thinned for reading, and an earlier version restored from the UI."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.session import SummaryVersion
from app.timing.clock import FakeClock
from app.ui.notes.history import thin_history
from app.ui.presenter import PresenterApp


def version(number: int, seconds: float, source: str = "editor") -> SummaryVersion:
    at = dt.datetime(2021, 9, 1, 12, 0, tzinfo=dt.UTC) + dt.timedelta(seconds=seconds)
    return SummaryVersion(number, 1, "funn", f"v{number}", at, source)


def test_thin_history_keeps_latest_each_minute_and_every_import() -> None:
    versions = [version(n, 0.75 * n) for n in range(1, 200)]  # 2.5 minutes of typing
    versions.insert(10, version(500, 7.6, "import:gruppe2.yaml"))
    kept = [v.id for v in thin_history(versions)]
    assert kept[0] == 199  # the latest first
    assert 500 in kept
    assert kept == sorted(kept, key=lambda i: -[v.id for v in versions].index(i))
    assert len(kept) == 4  # latest (minute 2), last of minute 1, last of minute 0, the import


def test_restore_an_earlier_version_from_the_list(
    qtbot: QtBot, notes_app: PresenterApp, clock: FakeClock
) -> None:
    page = notes_app.sessions.notes_page
    holder = notes_app.sessions.holder
    page.select(0, 0)
    store = notes_app.session
    assert store is not None
    group = page.current_group()
    assert group is not None
    page.editor.setPlainText("Første utkast")
    holder.flush()
    clock.advance(60)  # the list shows one version a minute
    page.editor.setPlainText("Andre utkast")
    holder.flush()
    qtbot.waitUntil(lambda: page.history.list.count() == 2)
    assert page.history.list.item(0).text().endswith("current")
    page.history.list.setCurrentRow(1)
    assert page.history.restore_button.isEnabled()
    qtbot.mouseClick(page.history.restore_button, Qt.MouseButton.LeftButton)
    assert page.editor.toPlainText() == "Første utkast"
    current = store.summary(group.id, "funn")
    assert current is not None and current.text == "Første utkast"
    assert current.source.startswith("restore:")
    assert [v.text for v in store.history(group.id, "funn")] == ["Første utkast", "Andre utkast",
                                                                  "Første utkast"]
    assert "restored" in page.history.list.item(0).text()


def test_every_history_line_fits_its_column_in_a_1024_px_window(
    qtbot: QtBot, notes_app: PresenterApp, clock: FakeClock
) -> None:
    page = notes_app.sessions.notes_page
    holder = notes_app.sessions.holder
    page.select(0, 0)
    for text in ("Første utkast", "Andre utkast"):
        page.editor.setPlainText(text)
        holder.flush()
        clock.advance(60)
    qtbot.waitUntil(lambda: page.history.list.count() == 2)
    qtbot.mouseClick(page.history.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.history.list.visualItemRect(page.history.list.item(1)).center())
    qtbot.mouseClick(page.history.restore_button, Qt.MouseButton.LeftButton)  # "restored · current"
    qtbot.waitUntil(lambda: page.history.list.count() == 3)
    notes_app.console.showNormal()
    notes_app.console.resize(1024, 768)
    qtbot.waitUntil(lambda: notes_app.console.width() == 1024)
    history = page.history.list
    width = history.viewport().width()
    assert not history.horizontalScrollBar().isVisible()
    for row in range(history.count()):
        item = history.item(row)
        assert history.visualItemRect(item).right() < width
        for line in item.text().splitlines():
            assert history.fontMetrics().horizontalAdvance(line) <= width, (line, width)
