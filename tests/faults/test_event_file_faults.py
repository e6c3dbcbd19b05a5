"""The event file deleted, renamed away, unreadable or broken while presenting.

The talk keeps the last good version, the console says what happened, and
the file coming back (re-created, renamed back, the USB stick re-inserted)
reloads it without any action.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.hot_reload import GONE, EventFileWatcher
from app.ui.presenter import PresenterApp

WAIT_MS = 3000


def _watcher(presenter: PresenterApp) -> EventFileWatcher:
    assert presenter.watcher is not None
    return presenter.watcher


def _banner_text(presenter: PresenterApp) -> str:
    banner = presenter.console.banner
    return banner.details.text() if banner.isVisibleTo(presenter.console) else ""


@pytest.mark.parametrize("how", ["deleted", pytest.param("renamed away", marks=pytest.mark.slow)])
def test_a_vanished_file_keeps_the_talk_and_its_return_reloads(
    qtbot: QtBot, presenter: PresenterApp, event_file: Path, deck: Callable[..., str], how: str
) -> None:
    presenter.presentation.go_to(3)
    good = presenter.presentation.event
    watcher = _watcher(presenter)
    with qtbot.waitSignal(watcher.failed, timeout=WAIT_MS):
        if how == "deleted":
            event_file.unlink()
        else:
            event_file.rename(event_file.with_name("event-old.yaml"))
    assert _banner_text(presenter) == f"{event_file}:1:1: error: {GONE}"
    assert presenter.presentation.event is good and presenter.presentation.index == 3
    assert presenter.audience.isVisible()

    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT_MS):
        if how == "deleted":
            event_file.write_text(deck(5, "Tilbake"), encoding="utf-8")
        else:
            event_file.with_name("event-old.yaml").rename(event_file)
    assert _banner_text(presenter) == ""
    assert presenter.presentation.index == 3
    # And it is watched again: the next save arrives too.
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT_MS):
        event_file.write_text(deck(4, "Igjen"), encoding="utf-8")
    assert presenter.presentation.event.slides[0].title == "Igjen 1"


def test_an_unreadable_file_is_reported_with_the_system_reason(
    qtbot: QtBot, presenter: PresenterApp, event_file: Path, deck: Callable[..., str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Tests may run as root, for whom chmod 000 takes nothing away: refuse as the kernel would.
    real_open = os.open

    def refusing_open(path: str | Path, flags: int, *args: int) -> int:
        if Path(path) == event_file:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refusing_open)
    good = presenter.presentation.event
    with qtbot.waitSignal(_watcher(presenter).failed, timeout=WAIT_MS):
        event_file.write_text(deck(2), encoding="utf-8")
    assert _banner_text(presenter) == f"{event_file}:1:1: error: cannot read the file: Permission denied"
    assert presenter.presentation.event is good
    monkeypatch.undo()
    with qtbot.waitSignal(_watcher(presenter).reloaded, timeout=WAIT_MS):
        event_file.write_text(deck(2), encoding="utf-8")
    assert len(presenter.presentation.event.slides) == 2 and _banner_text(presenter) == ""


@pytest.mark.slow  # waits for the watcher on real time
def test_a_removed_drive_is_waited_for_and_its_return_reloads(
    qtbot: QtBot, make_presenter: Callable[[Path], PresenterApp], tmp_path: Path,
    deck: Callable[..., str],
) -> None:
    stick = tmp_path / "media" / "usb"
    stick.mkdir(parents=True)
    event_file = stick / "event.yaml"
    event_file.write_text(deck(6), encoding="utf-8")
    presenter = make_presenter(event_file)
    presenter.presentation.go_to(2)
    watcher = _watcher(presenter)
    with qtbot.waitSignal(watcher.failed, timeout=WAIT_MS):
        shutil.rmtree(stick)  # the stick is pulled: its mount folder goes too
    assert GONE in _banner_text(presenter)
    assert presenter.presentation.index == 2 and len(presenter.presentation.event.slides) == 6

    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT_MS):
        stick.mkdir()
        (stick / "event.tmp").write_text(deck(7), encoding="utf-8")
        os.replace(stick / "event.tmp", event_file)
    assert len(presenter.presentation.event.slides) == 7 and _banner_text(presenter) == ""


@pytest.mark.slow  # waits for the watcher on real time
def test_broken_then_deleted_then_good_again(
    qtbot: QtBot, presenter: PresenterApp, event_file: Path, deck: Callable[..., str]
) -> None:
    good = presenter.presentation.event
    watcher = _watcher(presenter)
    with qtbot.waitSignal(watcher.failed, timeout=WAIT_MS):
        event_file.write_text("slides: [\n", encoding="utf-8")
    assert f"{event_file}:" in _banner_text(presenter) and GONE not in _banner_text(presenter)
    with qtbot.waitSignal(watcher.failed, timeout=WAIT_MS):
        event_file.unlink()
    assert GONE in _banner_text(presenter)
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT_MS):
        event_file.write_text(deck(3), encoding="utf-8")
    assert presenter.presentation.event is not good and _banner_text(presenter) == ""
