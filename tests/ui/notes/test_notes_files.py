"""From the File menu: the report PDF built off the UI thread, notes imported and exported."""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread
from pytestqt.qtbot import QtBot

from app.paths import DEFAULT_EVENT, PROJECT_ROOT
from app.session import SessionStore, export_notes
from app.ui.console.window import Mode
from app.ui.jobs import run_job
from app.ui.presenter import PresenterApp


def test_jobs_run_off_the_ui_thread_and_report_on_it(qtbot: QtBot) -> None:
    ui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(report):  # type: ignore[no-untyped-def]
        seen["worker"] = QThread.currentThread()
        report(0.5)
        return 42

    job = run_job(work, on_done=lambda r: seen.update(result=r, done_on=QThread.currentThread()),
                  on_progress=lambda f: seen.update(progress=f))
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen["result"] == 42 and seen["progress"] == 0.5
    assert seen["done_on"] is ui_thread and seen["worker"] is not ui_thread

    def broken(_report):  # type: ignore[no-untyped-def]
        raise OSError("disken er full")

    errors: list[Exception] = []
    job = run_job(broken, on_error=errors.append)
    with qtbot.waitSignal(job.failed, timeout=5000):
        pass
    assert [str(e) for e in errors] == ["disken er full"] and not job.running


def test_report_export_writes_a_pdf_with_progress_and_offers_to_open_it(
        qtbot: QtBot, notes_app: PresenterApp, tmp_path: Path) -> None:
    page = notes_app.sessions.notes_page
    page.select(0, 0)
    page.editor.setPlainText("Rapporttekst <b>ikke fet</b>")
    dialogs = notes_app.sessions.dialogs
    out = tmp_path / "ut" / "rapport.pdf"
    out.parent.mkdir()
    dialogs.report_out = out  # type: ignore[attr-defined]
    notes_app.sessions.export_report()
    panel = notes_app.sessions.report_panel
    assert dialogs.asked[-1] == "save_report dag-rapport.pdf"  # type: ignore[attr-defined]
    assert panel.isVisible() and panel.running and not panel.open_button.isEnabled()
    values: list[int] = []
    panel.progress.valueChanged.connect(values.append)
    assert panel.job is not None
    with qtbot.waitSignal(panel.job.finished, timeout=60_000):
        pass
    assert out.read_bytes().startswith(b"%PDF")
    assert values and values[-1] == 100 and len(values) > 2
    assert panel.open_button.isEnabled() and panel.heading.text() == "The report is ready"


def test_report_export_error_is_shown_in_the_panel(qtbot: QtBot, notes_app: PresenterApp,
                                                    tmp_path: Path) -> None:
    notes_app.sessions.dialogs.report_out = tmp_path / "finnes-ikke" / "r.pdf"  # type: ignore[attr-defined]
    notes_app.sessions.export_report()
    panel = notes_app.sessions.report_panel
    assert panel.job is not None
    with qtbot.waitSignal(panel.job.failed, timeout=60_000):
        pass
    assert "finnes-ikke" in panel.message.text()
    assert panel.heading.text() == "The report could not be written"
    assert not panel.open_button.isEnabled()


def test_import_lists_conflicts_and_export_writes_the_group(
        qtbot: QtBot, notes_app: PresenterApp, tmp_path: Path) -> None:
    store = notes_app.session
    assert store is not None
    group = store.groups()[0]
    store.save_summary(group.id, "funn", "Vår tekst")
    other = tmp_path / "laptop2.plenum"
    with SessionStore.create(other, notes_app.presentation.event) as theirs:
        theirs.save_summary(theirs.groups()[0].id, "funn", "Deres tekst & <b>")
        notes = tmp_path / "gruppe.yaml"
        notes.write_text(export_notes(theirs, theirs.groups()[0].id), encoding="utf-8")
    feature = notes_app.sessions
    feature.dialogs.notes_files = [notes]  # type: ignore[attr-defined]
    feature.import_notes()
    panel = feature.import_panel
    qtbot.waitUntil(lambda: panel.conflicts.count() == 1, timeout=10_000)
    assert panel.isVisible()
    assert "gruppe.yaml" in panel.conflicts.item(0).text() and "funn" in panel.conflicts.item(0).text()
    assert "1 conflict(s)" in panel.summary.text()
    current = store.summary(group.id, "funn")
    assert current is not None and current.text == "Deres tekst & <b>"
    page = feature.notes_page
    qtbot.waitUntil(lambda: page.grid.item(0, 0).text() == "4")

    out = tmp_path / "eksport.yaml"
    feature.dialogs.notes_out = out  # type: ignore[attr-defined]
    feature.export_notes()
    assert "Deres tekst &amp;" not in out.read_text(encoding="utf-8")
    assert "Deres tekst & <b>" in out.read_text(encoding="utf-8")


@pytest.mark.slow  # starts the app in a fresh interpreter
def test_app_start_does_not_import_reportlab(tmp_path: Path) -> None:
    """The seed event opened as `plenum` opens it, to its first frame and the session;
    nor the room server, aiohttp or segno while nobody switches sharing on."""
    script = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('MODULES', 'reportlab' in sys.modules,"
        " 'app.session' in sys.modules, flush=True))\n"
        "atexit.register(lambda: print('SHARING', sorted(m for m in sys.modules if m.startswith("
        "('aiohttp', 'segno', 'app.share', 'app.ui.share.panel', 'app.ui.share.join_screen'))),"
        " flush=True))\n"
        "from bench.first_frame import run_to_first_frame\n"
        f"sys.exit(run_to_first_frame([{str(DEFAULT_EVENT)!r},"
        f" '--session', {str(tmp_path / 's.plenum')!r}]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "first-frame" in done.stdout
    assert "MODULES False" in done.stdout, done.stdout
    assert "SHARING []" in done.stdout, done.stdout


def test_a_failed_notes_export_says_why_and_saves_in_documents_in_one_click(
        notes_app: PresenterApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = tmp_path / "Dokumenter"
    documents.mkdir()
    monkeypatch.setattr("app.files.platformdirs.user_documents_dir", lambda: str(documents))
    real_fsync = os.fsync
    calls: list[int] = []

    def full_once(fd: int) -> None:  # the USB stick is full for the first write only
        calls.append(fd)
        if len(calls) == 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr("app.files.os.fsync", full_once)
    feature = notes_app.sessions
    notes_app.sessions.notes_page.editor.setPlainText("Funn <b> & ŋ")
    out = tmp_path / "usb" / "gruppe.yaml"
    out.parent.mkdir()
    feature.dialogs.notes_out = out  # type: ignore[attr-defined]
    feature.export_notes()
    notice = notes_app.console.notices.notice("write")
    assert notice is not None and notice.isVisible()
    assert notice.heading.text() == f"Could not save {out}: the disk is full."
    instead = documents / out.name
    assert str(instead) in notice.details.text() and "Nothing was changed" in notice.details.text()
    assert [b.text() for b in notice.buttons] == ["Save in Dokumenter", "Dismiss"]
    assert list(out.parent.iterdir()) == []  # no partial file left on the stick
    notice.buttons[0].click()
    assert "Funn <b> & ŋ" in instead.read_text(encoding="utf-8") and not notice.isVisible()
    assert str(instead) in feature.banner.messages()["action"]


def test_the_report_says_an_item_is_still_running(qtbot: QtBot, notes_app: PresenterApp,
                                                   tmp_path: Path) -> None:
    """Finding 11: the report printed "20:07" and two dashes for the item that had started and not ended."""
    notes_app.console.set_mode(Mode.PROGRAMME)
    programme = notes_app.console.mode_page(Mode.PROGRAMME)
    qtbot.mouseClick(programme.next_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert re.fullmatch(r"\d\d:\d\d", programme.table.item(0, 2).text())  # type: ignore[attr-defined]
    out = tmp_path / "rapport.pdf"
    notes_app.sessions.dialogs.report_out = out  # type: ignore[attr-defined]
    notes_app.sessions.export_report()
    job = notes_app.sessions.report_panel.job
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(out), "-"],
                          capture_output=True, check=True).stdout.decode("utf-8")
    # The UI is in English here, and so is the report. (Its times are the system's local time,
    # the test clock's zone is another, so the hour is not compared.)
    assert re.search(r"Velkommen og kort om Osloregionen 12:30\u201312:50 from \d\d:\d\d ", text)
    assert "\u2013\u2013" not in text
