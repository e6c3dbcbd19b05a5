"""The group page in Debian's headless Chromium against a room server on loopback.

The "console" here is the core the console drives: the same GroupworkRound,
published through follow_round, and the same session. Browser waits poll
with a bounded timeout; the page and the round both read the real clock.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from contextlib import closing, redirect_stdout
from pathlib import Path

import pytest
from chromiumkit import Browser, available
from roomkit import Room, start_server

from app.cli import main as plenum

pytestmark = [pytest.mark.skipif(not available(), reason="needs Debian's chromium and chromium-driver"),
              pytest.mark.slow]  # a real browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with closing(Browser()) as opened:
        yield opened


@pytest.fixture
def page(browser: Browser, room: Room) -> Iterator[Browser]:
    yield browser
    browser.driver.get("about:blank")


def open_page(browser: Browser, url: str) -> None:
    browser.driver.get(url)
    browser.driver.execute_script("localStorage.clear()")
    browser.driver.get(url)
    browser.wait(lambda: browser.text("digits") not in ("", "--:--", "None"), what="the countdown")


def type_notes(browser: Browser, text: str) -> None:
    from selenium.webdriver.common.by import By

    browser.driver.find_element(By.ID, "notes-text").send_keys(text)


def page_seconds(browser: Browser, element: str = "digits") -> int:
    """The countdown as the page shows it, in signed seconds (overtime negative)."""
    shown = browser.text(element)
    sign = -1 if shown.startswith("+") else 1
    total = 0
    for part in shown.lstrip("+").split(":"):
        total = total * 60 + int(part)
    return sign * total


def test_typed_text_lands_in_the_session_and_in_export_notes(page: Browser, room: Room,
                                                             tmp_path: Path) -> None:
    open_page(page, room.url(room.group))
    type_notes(page, "Gruppen mener <b>samarbeid</b> & 🙂 virker")
    page.wait(lambda: re.fullmatch(r"lagret \d\d:\d\d:\d\d", page.text("notes-state")), what="lagret")
    saved = room.store.summary(room.group.id, room.round.current_task.id)  # type: ignore[union-attr]
    assert saved is not None and saved.text == "Gruppen mener <b>samarbeid</b> & 🙂 virker"
    assert saved.source == "device"
    out = tmp_path / "notes.yaml"
    with redirect_stdout(io.StringIO()):
        assert plenum(["export-notes", "--session", str(room.store.path), "--group", room.group.name,
                       "--out", str(out)]) == 0
    assert "Gruppen mener <b>samarbeid</b> & 🙂 virker" in out.read_text(encoding="utf-8")


def test_the_countdown_matches_the_console_through_pause_and_plus_a_minute(page: Browser, room: Room) -> None:
    room.round.start()
    open_page(page, room.url(room.group))

    def matches() -> bool:
        return abs(page_seconds(page) - room.round.countdown.remaining()) <= 1.0

    page.wait(matches, what="running countdown")
    room.round.pause()
    page.wait(lambda: page.text("caption") == "pause", what="paused caption")
    assert matches()
    room.round.add(60)
    page.wait(lambda: abs(page_seconds(page) - room.round.countdown.remaining()) <= 1.0, what="+1 min")
    assert page_seconds(page) == pytest.approx(room.round.countdown.remaining(), abs=1.0)
    room.round.start()
    page.wait(lambda: page.text("caption").startswith("slutt kl."), what="running again")
    assert matches()


def test_the_page_follows_the_facilitators_next_task(page: Browser, room: Room) -> None:
    open_page(page, room.url(room.group))
    assert page.text("task-title") == room.round.tasks[0].title
    room.round.next_task()
    page.wait(lambda: page.text("task-title") == room.round.tasks[1].title, what="next task")
    assert page.text("task-count") == f"OPPGAVE 2 av {len(room.round.tasks)}"


def test_text_typed_while_the_server_is_down_arrives_after_the_restart(page: Browser, room: Room) -> None:
    url = room.url(room.group)
    open_page(page, url)
    task_id = room.round.current_task.id  # type: ignore[union-attr]

    def stored(text: str) -> bool:
        saved = room.store.summary(room.group.id, task_id)
        return saved is not None and saved.text == text

    room.server.stop()  # type: ignore[attr-defined]
    page.wait(lambda: page.visible("link-state"), what="offline notice")
    type_notes(page, "skrevet uten nett")
    page.wait(lambda: "nettleseren" in page.text("notes-state"), what="kept in the browser")
    room.restart()
    page.wait(lambda: stored("skrevet uten nett"), timeout=20, what="saved after the restart")

    # The page closed while offline: the words wait in local storage until it is opened again.
    page.wait(lambda: page.text("notes-state").startswith("lagret"), what="saved shown")
    room.server.stop()  # type: ignore[attr-defined]
    page.wait(lambda: page.visible("link-state"), what="offline again")
    type_notes(page, ", og etter omlasting")
    page.wait(lambda: "nettleseren" in page.text("notes-state"), what="kept again")
    page.driver.get("about:blank")
    room.restart()
    page.driver.get(url)
    page.wait(lambda: stored("skrevet uten nett, og etter omlasting"), timeout=20, what="saved after reload")


def test_two_windows_typing_into_one_cell_keep_both_texts(page: Browser, room: Room) -> None:
    other = Browser()
    try:
        open_page(page, room.url(room.group))
        open_page(other, room.url(room.group))
        type_notes(page, "Alpha mener")
        type_notes(other, "Beta tenker")
        task_id = room.round.current_task.id  # type: ignore[union-attr]

        def both() -> bool:
            saved = room.store.summary(room.group.id, task_id)
            return saved is not None and "Alpha mener" in saved.text and "Beta tenker" in saved.text

        page.wait(both, timeout=15, what="both texts in the session")
        final = room.store.summary(room.group.id, task_id).text  # type: ignore[union-attr]
        for browser in (page, other):
            browser.wait(lambda b=browser: b.driver.execute_script(
                "return document.getElementById('notes-text').value") == final, what="both pages merged")
    finally:
        other.close()


def test_bare_time_and_the_view_link(page: Browser, room: Room) -> None:
    room.round.start()
    page.driver.get(room.url(room.group, "tid"))
    page.wait(lambda: page.text("bare-digits") not in ("", "--:--"), what="bare digits")
    assert page.text("bare-title") == room.round.tasks[0].title
    assert abs(page_seconds(page, "bare-digits") - room.round.countdown.remaining()) <= 1.0
    assert not page.visible("notes-text")
    page.driver.get(room.url(None))
    page.wait(lambda: page.text("who") == "Visning", what="view page")
    assert not page.visible("notes-text") and not page.visible("done")


def test_a_renewed_link_shows_why_it_stopped(page: Browser, room: Room) -> None:
    url = room.url(room.group)
    open_page(page, url)
    room.links.renew(room.group.id)
    page.wait(lambda: "virker ikke" in page.text("refused-text"), what="refused notice")


def test_all_tasks_follow_ups_done_and_the_groups_own_timer(page: Browser, room: Room) -> None:
    from selenium.webdriver.common.by import By

    room.round.start()
    open_page(page, room.url(room.group))
    driver = page.driver
    driver.find_element(By.ID, "all-tasks").click()
    driver.find_elements(By.CSS_SELECTOR, "#task-list button")[2].click()
    page.wait(lambda: page.text("task-title") == room.round.tasks[2].title, what="third task a tap away")
    assert page.text("notes-label") == "Notater til oppgave 3"

    driver.find_element(By.ID, "follow-up-new").send_keys("Kartlegge <i>kompetanse</i>")
    driver.find_element(By.ID, "follow-up-add").click()
    written = ["Kartlegge <i>kompetanse</i>"]
    page.wait(lambda: [f.text for f in room.store.follow_ups(room.group.id)] == written, what="follow-up")
    page.wait(lambda: page.text("follow-ups-title") == "Oppfølgingspunkter (1)", what="follow-up shown")

    driver.find_element(By.ID, "done").click()
    page.wait(lambda: str(room.group.id) in room.store.get_state("share.done", {}), what="done saved")
    page.wait(lambda: page.text("done").startswith("Ferdig"), what="done shown")

    room.round.add_group_timer(room.group.name, dt.timedelta(minutes=7))
    page.wait(lambda: page.text("timer-label").startswith("GRUPPENS TID"), what="own timer")
    own = room.round.groups[room.group.name]
    page.wait(lambda: abs(page_seconds(page) - own.remaining()) <= 1.0, what="own timer's time")


def test_english_by_the_events_language(page: Browser, room: Room) -> None:
    room.server.stop()  # type: ignore[attr-defined]
    room.server = start_server(room, language="en")
    open_page(page, room.url(room.group))
    page.wait(lambda: page.text("timer-label") == "TIME LEFT", what="English")
    assert page.text("done") == "We are done"


def test_the_page_ticks_within_half_a_second_of_the_console(page: Browser, room: Room) -> None:
    """The page's own reading (offset-corrected, ticked locally) against the round's, at one instant."""
    room.round.start()
    open_page(page, room.url(room.group))
    page.wait(lambda: page.driver.execute_script("return bestRtt < 1000"), what="clock offset measured")
    for _ in range(5):
        before = room.round.countdown.remaining()
        on_page = float(page.driver.execute_script("return remaining(round.timer)"))
        after = room.round.countdown.remaining()
        assert after - 0.5 <= on_page <= before + 0.5


def test_overtime_digits_fit_on_a_phone(page: Browser, room: Room) -> None:
    room.round.set_duration(dt.timedelta(seconds=1))
    room.round.start()
    fits = ("const d = document.getElementById(arguments[0]);"
            "return d.scrollWidth <= d.clientWidth && d.textContent.startsWith('+');")
    for suffix, digits in (("", "digits"), ("tid", "bare-digits")):
        page.driver.get(room.url(room.group, suffix))
        page.wait(lambda d=digits: page.text(d).startswith("+"), what="overtime")
        assert page.driver.execute_script(fits, digits), page.text(digits)
    assert page.text("bare-caption") == ""  # OVER TIDEN is said once, in the label, as on the console


def test_a_follow_up_being_edited_keeps_its_text_through_a_push(page: Browser, room: Room) -> None:
    from selenium.webdriver.common.by import By

    point = room.store.add_follow_up(room.group.id, "Kartlegge")
    open_page(page, room.url(room.group))
    page.wait(lambda: page.driver.find_elements(By.CSS_SELECTOR, "#follow-up-list input"), what="point")
    field = page.driver.find_element(By.CSS_SELECTOR, "#follow-up-list input")
    field.send_keys(" kompetansehull")
    page.driver.execute_script("arguments[0].beforePush = true", field)
    room.server.group_changed(room.group.id)  # type: ignore[attr-defined]  # the console touched the group
    page.wait(lambda: page.driver.execute_script(
        "const e = document.activeElement; return !e.beforePush && e.value"), what="redrawn")
    assert page.driver.execute_script("return document.activeElement.value") == "Kartlegge kompetansehull"
    page.driver.find_element(By.ID, "notes-text").click()  # leave the field: it is saved
    page.wait(lambda: [f.text for f in room.store.follow_ups(room.group.id)] == ["Kartlegge kompetansehull"],
              what="saved on leaving")
    assert room.store.follow_ups(room.group.id)[0].id == point.id


def test_plenum_serve_on_the_seed_event_links_work_in_the_browser(browser: Browser, tmp_path: Path) -> None:
    import os
    import shutil
    import signal
    import subprocess
    import sys

    from app.paths import SLIDES

    shutil.copytree(SLIDES, tmp_path / "slides")
    event = tmp_path / "slides" / "faggruppesamling-2021.yaml"
    with subprocess.Popen([sys.executable, "-m", "app", "serve", str(event), "--bind", "127.0.0.1"],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                          env={**os.environ, "PYTHONUNBUFFERED": "1"}) as serve:
        assert serve.stdout is not None
        lines = [serve.stdout.readline().rstrip("\n").split("\t") for _ in range(5)]
        assert [name for name, _ in lines] == ["Gruppe 1", "Gruppe 2", "Gruppe 3", "Gruppe 4", "view"]
        open_page(browser, lines[1][1])
        assert browser.text("who") == "Gruppe 2"
        type_notes(browser, "Fra plenum serve")
        browser.wait(lambda: browser.text("notes-state").startswith("lagret"), what="saved")
        serve.send_signal(signal.SIGTERM)
        assert serve.wait(timeout=15) == 0
    out = tmp_path / "gruppe2.yaml"
    with redirect_stdout(io.StringIO()):
        assert plenum(["export-notes", "--session", str(event.with_suffix(".plenum")), "--group", "Gruppe 2",
                       "--out", str(out)]) == 0
    assert "Fra plenum serve" in out.read_text(encoding="utf-8")
    browser.driver.get("about:blank")
