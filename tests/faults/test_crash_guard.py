"""Unexpected exceptions: logged with their traceback, announced in the console, the talk goes on."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.ui.faults.crash_guard import LOG_NAME, MAX_LOG_BYTES, ConsoleCrashReport, CrashGuard
from app.ui.presenter import PresenterApp


@pytest.fixture
def guard(tmp_path: Path) -> Iterator[CrashGuard]:
    guard = CrashGuard(tmp_path / "logs")
    guard.install()
    yield guard
    guard.uninstall()


def _raise_in_a_slot(qtbot: QtBot, message: str) -> None:
    def slot() -> None:
        raise ValueError(message)

    QTimer.singleShot(0, slot)


# pytest-qt would fail the test on an exception in a slot; here the guard is the subject.
@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_shown_and_the_talk_goes_on(
    qtbot: QtBot, presenter: PresenterApp, guard: CrashGuard, capsys: pytest.CaptureFixture[str]
) -> None:
    ConsoleCrashReport(guard, presenter.console.notices)
    _raise_in_a_slot(qtbot, "boom <b>1</b>")
    qtbot.waitUntil(lambda: presenter.console.notices.notice("crash") is not None)

    log = guard.log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log and "ValueError: boom <b>1</b>" in log
    assert "in slot" in log  # the frame that raised, for whoever reads the log
    notice = presenter.console.notices.notice("crash")
    assert notice is not None and notice.isVisible()
    assert notice.heading.text() == "Noe gikk galt, men Plenum kjører videre."
    assert notice.details.text() == f"ValueError: boom <b>1</b>. Detaljer er lagret i {guard.log_path}"
    assert "Traceback" not in notice.details.text()
    assert not presenter.audience.findChildren(type(notice)), "never on the projector"
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(guard.log_path) in err and "Traceback" not in err

    # Still presenting: keys still move the talk on.
    presenter.presentation.next()
    assert presenter.presentation.index == 1
    assert presenter.console.isVisible() and presenter.audience.isVisible()


@pytest.mark.qt_no_exception_capture
def test_repeated_errors_replace_the_notice_and_count(
    qtbot: QtBot, presenter: PresenterApp, guard: CrashGuard
) -> None:
    ConsoleCrashReport(guard, presenter.console.notices)
    for n in range(3):
        _raise_in_a_slot(qtbot, f"feil {n}")
    qtbot.waitUntil(lambda: guard.count == 3)
    qtbot.waitUntil(lambda: len(presenter.console.notices.visible_notices()) == 1)
    notice = presenter.console.notices.notice("crash")
    assert notice is not None and "feil 2" in notice.details.text()
    assert notice.details.text().endswith("(3 feil så langt)")
    assert guard.log_path.read_text(encoding="utf-8").count("Traceback") == 3


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_worker_thread_is_reported_on_the_ui_thread(
    qtbot: QtBot, presenter: PresenterApp, guard: CrashGuard
) -> None:
    shown_on: list[threading.Thread] = []
    ConsoleCrashReport(guard, presenter.console.notices)
    guard.caught.connect(lambda *_: shown_on.append(threading.current_thread()))

    def work() -> None:
        raise OSError("eksport feilet")

    worker = threading.Thread(target=work, name="eksport")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: presenter.console.notices.notice("crash") is not None)
    assert "thread 'eksport'" in guard.log_path.read_text(encoding="utf-8")
    notice = presenter.console.notices.notice("crash")
    assert notice is not None and notice.details.text().startswith("OSError: eksport feilet.")


def test_the_log_is_rotated_not_grown_without_bound(tmp_path: Path) -> None:
    guard = CrashGuard(tmp_path)
    guard.log_path.write_text("x" * (MAX_LOG_BYTES + 1), encoding="utf-8")
    try:
        raise RuntimeError("etter rotasjon")
    except RuntimeError as exc:
        guard.handle(type(exc), exc, exc.__traceback__, "MainThread")
    assert (tmp_path / (LOG_NAME + ".1")).stat().st_size == MAX_LOG_BYTES + 1
    assert "etter rotasjon" in guard.log_path.read_text(encoding="utf-8")


def test_an_unwritable_log_still_gives_the_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    guard = CrashGuard(blocker / "logs")
    reports: list[tuple[str, str]] = []
    guard.caught.connect(lambda summary, path: reports.append((summary, path)))
    try:
        raise KeyError("k")
    except KeyError as exc:
        guard.handle(type(exc), exc, exc.__traceback__, "MainThread")
    assert reports == [("KeyError: 'k'", "")]
    assert capsys.readouterr().err == (
        "plenum: unexpected error: KeyError: 'k' (the log could not be written)\n")


def test_install_and_uninstall_restore_the_previous_hooks(tmp_path: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    guard = CrashGuard(tmp_path)
    guard.install()
    assert (sys.excepthook, threading.excepthook) != before
    guard.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_default_log_folder_is_the_users_log_folder(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert CrashGuard().log_path == tmp_path / "plenum" / "log" / LOG_NAME


def test_an_exception_during_start_up_is_logged_before_any_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import present

    def broken_loader(path: Path) -> None:
        raise RuntimeError(f"fault while reading {path.name}")

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    monkeypatch.setattr("app.event.loader.load_event", broken_loader)
    before = (sys.excepthook, threading.excepthook)
    args = argparse.Namespace(event=str(tmp_path / "dag.yaml"), session=None, lang=None, resume=False)

    assert present.run(args) == 1
    log = (tmp_path / "plenum" / "log" / LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log
    assert "RuntimeError: fault while reading dag.yaml" in log and "broken_loader" in log
    assert capsys.readouterr().err == (
        "plenum: unexpected error: RuntimeError: fault while reading dag.yaml "
        f"(details in {tmp_path / 'plenum' / 'log' / LOG_NAME})\n")
    assert (sys.excepthook, threading.excepthook) == before  # handed back on the way out
