"""A damaged session file at start: a clear message, and the offers of a copy or a new session.

The broken file is never deleted: starting anew moves it aside as
``<name>.broken-<time>``, and the copy is made without touching it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from app.event.loader import load_event
from app.session import SessionStore
from app.session.schema import SCHEMA_VERSION
from app.timing.clock import FakeClock
from app.ui.faults.broken_session import move_aside, rescue_copy
from app.ui.faults.notices import Notice
from app.ui.presenter import PresenterApp

NOW = dt.datetime(2021, 9, 1, 13, 5, 9, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def _session(event_file: Path, path: Path, summaries: int = 30) -> Path:
    event = load_event(event_file).event
    assert event is not None
    with SessionStore.create(path, event) as store:
        group = store.add_group("Gruppe <b>1</b> ŋ")
        for n in range(summaries):
            store.save_summary(group.id, f"oppgave-{n}", f"Svar {n} " + "tekst " * 200)
    return path


def _truncated(path: Path) -> bytes:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path.read_bytes()


def _not_sqlite(path: Path) -> bytes:
    path.write_bytes(b"Dette er et Word-dokument, ikke en okt.\n" * 10)
    return path.read_bytes()


def _newer_version(path: Path) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    return path.read_bytes()


def _session_notice(presenter: PresenterApp) -> Notice:
    notice = presenter.console.notices.notice("session")
    assert notice is not None
    return notice


@pytest.mark.parametrize(("damage", "says"), [
    (_truncated, "Øktfilen er skadet eller avkortet."),
    (_not_sqlite, "Filen er ikke en Plenum-økt (den er tom eller en annen type fil)."),
    (_newer_version, "Økten er skrevet av en nyere Plenum (format 99; denne Plenum leser format "
                     f"{SCHEMA_VERSION}). "
                     "Oppdater Plenum."),
])
def test_a_damaged_session_is_explained_and_a_new_one_keeps_the_old_file(
    presenter: PresenterApp, event_file: Path, tmp_path: Path,
    damage: Callable[[Path], bytes], says: str, clock: FakeClock,
) -> None:
    path = _session(event_file, tmp_path / "dag.plenum")
    broken = damage(path)
    clock.set_wall(NOW)
    assert presenter.open_session(path) is False
    notice = _session_notice(presenter)
    assert notice.heading.text() == f"Øktfilen kan ikke brukes: {path}"
    reason, what_now = notice.details.text().split("\n")
    assert reason == f"{path}: {says}"  # the store's English reason, in the UI's language
    assert what_now.startswith("Filen beholdes som den er.")
    assert [b.text() for b in notice.buttons] == [
        "Åpne en kopi skrivebeskyttet", "Start en ny økt", "Lukk"]
    assert "open" not in presenter.sessions.banner.messages()  # one message, not two
    assert presenter.audience.isVisible() and presenter.session is None

    notice.buttons[1].click()
    aside = tmp_path / "dag.plenum.broken-20210901-130509"
    assert aside.read_bytes() == broken
    assert presenter.session is not None and not presenter.session.read_only
    assert presenter.session.path == path
    done = _session_notice(presenter)
    assert done.heading.text() == "En ny økt er startet."
    assert done.details.text() == f"Den ødelagte filen er beholdt som {aside}."


def test_a_truncated_session_opens_as_a_read_only_copy_with_what_survives(
    presenter: PresenterApp, event_file: Path, tmp_path: Path, clock: FakeClock
) -> None:
    path = _session(event_file, tmp_path / "dag.plenum")
    broken = _truncated(path)
    clock.set_wall(NOW)
    assert presenter.open_session(path) is False
    _session_notice(presenter).buttons[0].click()
    store = presenter.session
    assert store is not None and store.read_only
    assert store.path == tmp_path / "dag-kopi-20210901-130509.plenum"
    assert [g.name for g in store.groups()] == ["Gruppe <b>1</b> ŋ"]  # on an intact page
    assert path.read_bytes() == broken  # the damaged file was not touched
    assert _session_notice(presenter).heading.text().startswith("Viser en skrivebeskyttet kopi")


def test_a_file_with_nothing_readable_says_so_and_still_offers_a_new_session(
    presenter: PresenterApp, tmp_path: Path
) -> None:
    path = tmp_path / "dag.plenum"
    _not_sqlite(path)
    assert presenter.open_session(path) is False
    _session_notice(presenter).buttons[0].click()
    notice = _session_notice(presenter)
    assert notice.heading.text() == f"Ingenting kunne leses fra {path}."
    assert notice.details.text() == ("Filen kan ikke leses som en database.\n"
                                     "Filen beholdes som den er; du kan starte en ny økt.")
    assert [b.text() for b in notice.buttons] == ["Start en ny økt", "Lukk"]
    assert presenter.session is None and path.exists()


def test_rescue_copy_keeps_readable_rows(event_file: Path, tmp_path: Path) -> None:
    path = _session(event_file, tmp_path / "hel.plenum", summaries=3)
    rows = rescue_copy(path, tmp_path / "kopi.plenum")
    with SessionStore.open(tmp_path / "kopi.plenum", read_only=True) as copy:
        group = copy.group_by_name("Gruppe <b>1</b> ŋ")
        assert group is not None
        assert copy.summaries(group.id)["oppgave-2"].text.startswith("Svar 2 ")
    assert rows > 3


def test_move_aside_never_overwrites_an_earlier_broken_file(tmp_path: Path) -> None:
    first = tmp_path / "s.plenum"
    first.write_bytes(b"one")
    (tmp_path / "s.plenum-wal").write_bytes(b"wal")
    a = move_aside(first, NOW)
    first.write_bytes(b"two")
    b = move_aside(first, NOW)
    assert (a.read_bytes(), b.read_bytes()) == (b"one", b"two") and a != b
    assert (tmp_path / "s.plenum.broken-20210901-130509-wal").read_bytes() == b"wal"
    assert not first.exists()


def test_a_healthy_session_on_a_read_only_disk_opens_read_only_and_says_why(
    small_disk: Callable[..., Path], presenter: PresenterApp, event_file: Path
) -> None:  # small_disk first: it is unmounted after the presenter closed the session
    disk = small_disk(1024)
    path = _session(event_file, disk / "dag.plenum", summaries=2)
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    before = path.read_bytes()
    assert presenter.open_session(path) is True  # not "damaged", no offer to set it aside
    store = presenter.session
    assert store is not None and store.read_only and store.on_unwritable_disk
    assert [g.name for g in store.groups()] == ["Gruppe <b>1</b> ŋ"]
    assert presenter.sessions.banner.messages()["read-only"] == (
        f"Skrivebeskyttet: øktens disk eller mappe kan ikke skrives til ({path}). Notatene kan "
        "ikke redigeres her; kopier økten til en disk du kan skrive til for å skrive videre.")
    assert presenter.console.notices.notice("session") is None
    assert path.read_bytes() == before
