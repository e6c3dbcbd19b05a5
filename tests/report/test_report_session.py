"""From a session file to a report: the adapter and ``plenum report``."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportkit import pdf_pages, words
from seed_notes import GROUPS

from app.cli import main
from app.event.model import Event
from app.report.from_session import report_input_from_session
from app.session import SessionStore

OSLO_SUMMER = dt.timezone(dt.timedelta(hours=2))


@pytest.fixture
def session(tmp_path: Path, seed_event: Event) -> Iterator[Path]:
    path = tmp_path / "dag.plenum"
    with SessionStore.create(path, seed_event) as store:
        for group, notes in zip(store.groups(), GROUPS, strict=True):
            store.update_group(group.id, room=notes.room, chair=notes.chair,
                               note_taker=notes.note_taker, members=notes.members)
            for task_id, text in notes.summaries.items():
                store.save_summary(group.id, task_id, text)
            for point in notes.follow_up:
                store.add_follow_up(group.id, point)
        first = seed_event.agenda[0]
        day = dt.datetime(2021, 9, 1, tzinfo=OSLO_SUMMER)
        store.log_agenda_start(0, first.title, first.start, first.end,
                               at=day.replace(hour=12, minute=34))
        store.log_agenda_end(0, at=day.replace(hour=12, minute=57))
    yield path


def test_adapter_reads_groups_summaries_follow_ups_and_agenda(session: Path) -> None:
    data = report_input_from_session(session, tz=OSLO_SUMMER, exported=dt.date(2021, 9, 2))
    assert [g.name for g in data.groups] == [g.name for g in GROUPS]
    first = data.groups[0]
    assert (first.room, first.chair, first.note_taker) == ("Sal A", "Kari Nordmann",
                                                           "Ola Nordmann")
    assert first.members == GROUPS[0].members
    assert first.summary("funn") == GROUPS[0].summaries["funn"]
    assert data.groups[1].summary("kunnskapshull") == ""
    assert data.groups[3].follow_up == GROUPS[3].follow_up
    opening = data.agenda[0]
    assert (opening.actual_start, opening.actual_end) == (dt.time(12, 34), dt.time(12, 57))
    assert opening.end_delay == 7
    assert all(not item.logged for item in data.agenda[1:])
    assert len(data.agenda) == len(data.event.agenda)


def test_adapter_reads_a_session_that_is_open_for_writing(session: Path) -> None:
    with SessionStore.open(session) as live:
        live.save_summary(live.groups()[0].id, "funn", "Skrevet nå")
        data = report_input_from_session(session)
    assert data.groups[0].summary("funn") == "Skrevet nå"


def test_plenum_report_writes_the_pdf(session: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "rapport.pdf"
    assert main(["report", "--session", str(session), "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    text = " ".join(words("\n".join(pdf_pages(out))))
    assert "Faggruppesamling september 2021" in text
    assert " ".join(words(GROUPS[2].summaries["rolle"])) in text
    assert "Vedlegg: alle svar per gruppe" in text


def test_plenum_report_leaves_the_callers_garbage_collector_running(session: Path, tmp_path: Path) -> None:
    # Tests and scripts call main() in-process; a report must not switch off the
    # cyclic collector for everything that runs after it.
    assert gc.isenabled()
    assert main(["report", "--session", str(session), "--out", str(tmp_path / "r.pdf")]) == 0
    assert gc.isenabled()


def test_plenum_report_options(session: Path, tmp_path: Path) -> None:
    assert main(["report", "--session", str(session), "--by-group", "--no-appendix",
                 "--lang", "en"]) == 0
    out = session.with_name("dag-report.pdf")
    text = "\n".join(pdf_pages(out))
    assert "Answers by group" in text
    assert "Appendix" not in text


@pytest.mark.parametrize("problem", ["missing session", "unwritable out", "not a session"])
def test_plenum_report_fails_in_one_line(problem: str, session: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    args = ["report", "--session", str(session), "--out", str(tmp_path / "r.pdf")]
    if problem == "missing session":
        args[2] = str(tmp_path / "borte.plenum")
    elif problem == "unwritable out":
        args[4] = str(tmp_path / "ingen-mappe" / "r.pdf")
    else:
        (tmp_path / "tekst.plenum").write_text("ikke en sesjon", encoding="utf-8")
        args[2] = str(tmp_path / "tekst.plenum")
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert ("ingen-mappe" if problem == "unwritable out" else Path(args[2]).name) in err
    assert not (tmp_path / "r.pdf").exists()


def test_answers_typed_on_a_groups_device_are_marked(tmp_path: Path, seed_event: Event) -> None:
    from app.report.build import build_report

    path = tmp_path / "delt.plenum"
    with SessionStore.create(path, seed_event) as store:
        first, second = store.groups()[:2]
        store.save_summary(first.id, "funn", "Fra mobilen", source="device")
        store.save_summary(second.id, "funn", "Fra konsollen")
        store.save_summary(second.id, "rolle", "Først fra mobilen", source="device")
        store.save_summary(second.id, "rolle", "Så rettet i konsollen")  # the console's edit is current
    data = report_input_from_session(path, seed_event, exported=dt.date(2021, 9, 2))
    assert data.groups[0].from_devices == {"funn"}
    assert data.groups[1].from_devices == frozenset()
    out = tmp_path / "rapport.pdf"
    build_report(data, out)
    text = "\n".join(pdf_pages(out))
    marker = "Skrevet på gruppens egen enhet."
    # Once in the answers by task, once in the appendix by group: both under "Fra mobilen".
    assert text.count(marker) == 2
    for at in [m for m in range(len(text)) if text.startswith(marker, m)]:
        assert text[:at].rstrip().endswith("Fra mobilen")
