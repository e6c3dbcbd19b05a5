"""Slow work off the UI thread: results arrive on the UI thread, and quitting mid-job is quiet."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from app.ui.jobs import active_jobs, run_job, wait_for_jobs


def test_result_and_progress_arrive_on_the_ui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[str, object, bool]] = []
    ui_thread = threading.get_ident()

    def work(report: object) -> str:
        report(0.5)  # type: ignore[operator]
        return f"done off the UI thread: {threading.get_ident() != ui_thread}"

    job = run_job(work, on_done=lambda r: seen.append(("done", r, threading.get_ident() == ui_thread)),
                  on_progress=lambda f: seen.append(("progress", f, threading.get_ident() == ui_thread)))
    qtbot.waitUntil(lambda: not job.running)
    assert seen == [("progress", 0.5, True), ("done", "done off the UI thread: True", True)]


def test_work_that_outlives_its_job_object_ends_quietly(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    gate = threading.Event()
    job = run_job(lambda report: gate.wait(5) and report(1.0))
    shiboken6.delete(job)  # what quitting the app does to a job still running
    gate.set()
    assert wait_for_jobs(5000)
    assert "Error" not in capfd.readouterr().err
    assert active_jobs() == ()
