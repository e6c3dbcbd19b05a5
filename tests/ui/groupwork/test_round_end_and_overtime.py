"""Issue 15, findings 3 and 7: ending a round ends it for the room, and overtime flashes.

Driven through the real console (Ctrl+2, T, clicks); the projector is read
back from the audience window, the clock is a FakeClock: nothing sleeps.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from app.presenting.groupwork import GroupworkScreen
from app.timing.clock import FakeClock
from app.ui.console.window import Mode
from app.ui.groupwork.screens import COLOURS, paint_groupwork, panel_words, timer_region
from app.ui.presenter import PresenterApp

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def audience_image(app: PresenterApp) -> QImage:
    return app.audience.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def panel_of(app: PresenterApp, image: QImage) -> QImage:
    """The countdown panel's part of a projector image (the 16:9 canvas fills the 1920x1080 screen)."""
    content = app.presentation.content
    assert isinstance(content, GroupworkScreen)
    size = app.presentation.event.theme.canvas_size
    region = timer_region(content, size)
    scale = image.width() / size[0]
    left, width = int(region.left() * scale) + 2, int(region.width() * scale) - 4
    return image.copy(QRect(left, 0, width, image.height()))


def rendered(app: PresenterApp, content: GroupworkScreen, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(COLOURS.background))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    paint_groupwork(painter, app.console.render_context, app.presentation.event, content,
                    QRectF(0, 0, width, height))
    painter.end()
    return image


def differing(a: QImage, b: QImage, step: int = 5) -> int:
    count = 0
    for y in range(0, min(a.height(), b.height()), step):
        for x in range(0, min(a.width(), b.width()), step):
            if abs(QColor(a.pixel(x, y)).lightness() - QColor(b.pixel(x, y)).lightness()) > 60:
                count += 1
    return count


def column_edges(app: PresenterApp) -> list[tuple[int, int]]:
    """Left and right edge of each of the page's three columns, in page coordinates."""
    page = app.groupwork.page
    edges = []
    for widget in (page.tasks, page.controls, page.groups):
        column: QWidget = widget
        while column.parentWidget() is not page:
            column = column.parentWidget()
        left = column.mapTo(page, QPoint(0, 0)).x()
        edges.append((left, left + column.width()))
    return edges


def test_ending_the_round_ends_it_on_the_projector_in_the_console_and_for_the_groups(
    qtbot: QtBot, seed: PresenterApp, clock: FakeClock, tmp_path: Path
) -> None:
    assert seed.open_session(tmp_path / "dag.plenum")
    qtbot.keyClick(seed.console, K.Key_2, CTRL)
    assert seed.console.mode is Mode.GROUPWORK
    page = seed.groupwork.page
    controls = page.controls
    qtbot.mouseClick(page.button("task"), LEFT)
    for _ in range(3):
        qtbot.mouseClick(page.tasks.next_button, LEFT)  # task 4, the one whose title was cut
    page.groups.group.setCurrentText("Gruppe 2")
    qtbot.mouseClick(page.groups.add_button, LEFT)
    qtbot.keyClick(seed.console, K.Key_T)  # start
    clock.advance(600)
    qtbot.mouseClick(controls.pause_button, LEFT)  # the run paused before ending, as on the day
    seed.groupwork.ticker.tick()
    paused = audience_image(seed)
    columns = column_edges(seed)

    qtbot.mouseClick(controls.end_button, LEFT)
    clock.advance(90)
    qtbot.wait(0)  # deliver the repaints (no time passes: the clock is fake)

    round_ = seed.groupwork.round
    content = seed.presentation.content
    assert isinstance(content, GroupworkScreen) and content.state == "ended"
    assert content.ended_at == round_.ended_at
    ended = audience_image(seed)
    # The panel no longer shows "TIME LEFT … paused": the audience sees what the painter draws for an
    # ended round, which differs clearly from the paused one.
    drawn = rendered(seed, content, ended.width(), ended.height())
    assert differing(panel_of(seed, ended), panel_of(seed, drawn)) < 15
    assert differing(panel_of(seed, ended), panel_of(seed, paused)) > 100
    # The console offers neither Resume nor End round, and says the round ended.
    assert not controls.pause_button.isVisibleTo(controls)
    assert not controls.end_button.isVisibleTo(controls)
    assert not controls.start_button.isVisibleTo(controls)
    assert controls.stage.text() == "Round ended"
    assert controls.view.caption() == "Round ended " + round_.ended_at.strftime("%H:%M")  # type: ignore[union-attr]
    # The group timers stopped with the round.
    group = round_.groups["Gruppe 2"]
    left = group.remaining()
    clock.advance(120)
    assert not group.running and group.remaining() == left
    assert page.groups.time_labels["Gruppe 2"].text().endswith("paused")
    # The session holds the ended round, with the group's timer stopped, for a restart and the report.
    session = seed.session
    assert session is not None
    events = [(e.kind, e.label) for e in session.timer_events()]
    assert events[-2:] == [("pause", "Gruppe 2"), ("end", "groupwork")]
    saved = session.get_state("countdown")
    assert isinstance(saved, dict) and saved["ended"] and saved["ended_at"] == round_.ended_at.isoformat()  # type: ignore[union-attr]
    # The page did not jump, and no task title is cut.
    assert column_edges(seed) == columns
    tasks = page.tasks.list
    for row in range(tasks.count()):
        item = tasks.item(row)
        option = QStyleOptionViewItem()
        option.initFrom(tasks)
        option.rect = tasks.visualItemRect(item)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        text = tasks.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tasks)
        metrics = QFontMetrics(item.font())
        needed = metrics.boundingRect(QRect(0, 0, text.width() - 12, 10_000), Qt.TextFlag.TextWordWrap,
                                      item.text()).height()
        assert tasks.visualItemRect(item).height() >= needed, item.text()


@pytest.mark.slow  # compares eight projector frames in Python
def test_overtime_flashes_on_the_projector_and_says_over_time_once(
    qtbot: QtBot, seed: PresenterApp, clock: FakeClock
) -> None:
    qtbot.keyClick(seed.console, K.Key_2, CTRL)
    page = seed.groupwork.page
    qtbot.mouseClick(page.button("time"), LEFT)
    page.controls.duration.setValue(1)
    page.controls.duration.editingFinished.emit()
    qtbot.keyClick(seed.console, K.Key_T)
    ticker = seed.groupwork.ticker
    for overtime in (0.2, 3.0, 42.0, 600.0):  # the red flash first, then the pulse, as long as it lasts
        clock.advance(seed.groupwork.round.countdown.remaining() + overtime)
        ticker.tick()
        first = audience_image(seed)
        wait = ticker.next_tick_in()
        assert wait is not None and wait <= 702  # the projector wakes for the next flash
        clock.advance(0.7)
        ticker.tick()
        second = audience_image(seed)
        assert differing(first, second) > 50, f"no flash at +{overtime} s"
        content = seed.presentation.content
        assert isinstance(content, GroupworkScreen) and content.state == "overtime"
        assert panel_words(content) == ("OVER TIME", "")  # said once, as the heading
