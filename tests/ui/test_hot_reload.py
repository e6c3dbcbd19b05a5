"""Saving the event file updates both windows in place; a broken save changes nothing."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.presenting import SlideContent
from app.ui.presenter import PresenterApp


def save_by_rename(path: Path, text: str) -> None:
    """As editors do: write a new file, then rename it over the old one."""
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def test_saving_reloads_on_the_same_slide_with_the_timer_untouched(
    qtbot: QtBot, presenter: PresenterApp, event_file: Path, deck: Callable[..., str]
) -> None:
    presenter.presentation.go_to(6)
    elapsed = presenter.presentation.timer.elapsed()
    watcher = presenter.watcher
    assert watcher is not None
    with qtbot.waitSignal(watcher.reloaded, timeout=3000):
        save_by_rename(event_file, deck(12).replace("Lysbilde 7", "Endret tittel"))
    assert presenter.presentation.index == 6
    assert presenter.presentation.slide is not None
    assert presenter.presentation.slide.title == "Endret tittel"
    assert presenter.presentation.timer.elapsed() == elapsed and presenter.presentation.timer.started
    # A second save still arrives: the path is watched again after the rename.
    with qtbot.waitSignal(watcher.reloaded, timeout=3000):
        save_by_rename(event_file, deck(4))
    assert presenter.presentation.content == SlideContent(3)  # clamped to the shorter deck
    assert presenter.console.presentation_page.position.text().endswith("4 / 4")


def test_broken_save_reports_file_line_col_and_keeps_presenting(
    presenter: PresenterApp, event_file: Path, deck: Callable[..., str]
) -> None:
    presenter.presentation.go_to(2)
    good = presenter.presentation.event
    event_file.write_text(deck(12).replace("title: Lysbilde 3", "title: [unclosed"), encoding="utf-8")
    assert presenter.watcher is not None
    presenter.watcher.reload_now()
    banner = presenter.console.banner
    assert banner.isVisibleTo(presenter.console)
    assert f"{event_file}:" in banner.details.text()
    line, col = banner.details.text().split(f"{event_file}:")[1].split(":")[:2]
    assert line.isdigit() and col.isdigit()
    assert presenter.presentation.event is good and presenter.presentation.index == 2
    event_file.write_text(deck(12), encoding="utf-8")
    presenter.watcher.reload_now()
    assert not banner.isVisibleTo(presenter.console)


def test_a_save_with_warnings_loads_and_lists_them_until_a_clean_save(
    presenter: PresenterApp, event_file: Path, deck: Callable[..., str]
) -> None:
    """The facilitator sees no terminal: warnings go to the console, not only to stderr."""
    assert presenter.watcher is not None
    banner = presenter.console.banner
    missing_picture = "  - image: {src: mangler.png, alt: Bilde som mangler}\n"
    event_file.write_text(deck(12) + missing_picture, encoding="utf-8")
    presenter.watcher.reload_now()
    assert banner.isVisibleTo(presenter.console)
    assert "mangler.png" in banner.details.text() and f"{event_file}:27:" in banner.details.text()
    assert banner.heading.text() == "The event file loaded, but has problems to fix:"
    assert len(presenter.presentation.event.slides) == 13  # loaded, not refused
    event_file.write_text(deck(12), encoding="utf-8")
    presenter.watcher.reload_now()
    assert not banner.isVisibleTo(presenter.console)


def test_warnings_at_start_are_shown_in_the_console(presenter: PresenterApp) -> None:
    from app.event.model import Problem

    warning = Problem("/tmp/dag.yaml", 7, 5, "unknown key 'durration'", blocking=False)
    presenter.show_load_warnings((warning,))
    banner = presenter.console.banner
    assert banner.isVisibleTo(presenter.console)
    assert banner.details.text() == str(warning)
    presenter.show_load_warnings(())
    assert not banner.isVisibleTo(presenter.console)
