"""The page-layout loop keeps platypus' rules, and long tables repeat their header row."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from reportkit import pdf_pages, words

from app.event.model import Event
from app.report import GroupReport, ReportInput, planned_agenda
from app.report.build import build_report
from app.report.layout import CondPageBreak, Frame, LayoutError, PageBreak, PageLayout

FRAME = Frame(x=10, bottom=0, width=100, top=100)


class Box:
    """A block of fixed height that records where it was drawn."""

    def __init__(self, name: str, height: float, before: float = 0, after: float = 0,
                 drawn: list[tuple[str, int, float]] | None = None) -> None:
        self.name, self.height = name, height
        self.space_before, self.space_after = float(before), float(after)
        self.drawn = drawn if drawn is not None else []
        self.layout: PageLayout | None = None

    def wrap(self, width: float, avail: float) -> float:
        return self.height

    def split(self, width: float, avail: float) -> Sequence[Box]:
        return ()

    def draw(self, canvas: object, x: float, y: float) -> None:
        assert x == FRAME.x and self.layout is not None
        self.drawn.append((self.name, self.layout.page, y))


class Pages:
    """A canvas that only turns pages."""

    def showPage(self) -> None:
        pass


def _lay_out(items: list[Box | CondPageBreak | PageBreak]) -> list[tuple[str, int, float]]:
    drawn: list[tuple[str, int, float]] = []
    layout = PageLayout(Pages(), FRAME, "body", begin_page=lambda page, template: None,  # type: ignore[arg-type]
                        end_page=lambda page, template: None, placed=lambda block, y: None)
    for item in items:
        if isinstance(item, Box):
            item.drawn, item.layout = drawn, layout
    layout.run(items)
    return drawn


def test_space_before_is_dropped_at_a_page_top_and_overlaps_the_space_after() -> None:
    drawn = _lay_out([Box("a", 10, before=8, after=6), Box("b", 10, before=9),
                      Box("c", 10, before=2), Box("d", 60, before=5)])
    # a at the top, its space dropped; b 9 below a (the larger of 6 and 9);
    # c its own 2 below b; d does not fit and starts page 2 without its space.
    assert drawn == [("a", 1, 90.0), ("b", 1, 71.0), ("c", 1, 59.0), ("d", 2, 40.0)]


def test_cond_page_break_breaks_only_when_too_little_is_left() -> None:
    drawn = _lay_out([Box("a", 50), CondPageBreak(40), Box("b", 10), CondPageBreak(45),
                      Box("c", 10)])
    assert drawn == [("a", 1, 50.0), ("b", 1, 40.0), ("c", 2, 90.0)]


def test_page_break_and_a_block_larger_than_a_page() -> None:
    assert _lay_out([Box("a", 10), PageBreak(), Box("b", 10)]) == [("a", 1, 90.0),
                                                                    ("b", 2, 90.0)]
    with pytest.raises(LayoutError):
        _lay_out([Box("a", 10), Box("huge", 120)])


def test_long_tables_split_between_rows_and_repeat_their_header(
    tmp_path: Path, seed_event: Event
) -> None:
    groups = tuple(
        GroupReport(f"Lag {n:02d}", room=f"Rom {n}", chair="Kari Nordmann",
                    members=tuple(f"Medlem {n}-{m}" for m in range(n % 7 + 1)))
        for n in range(1, 61)
    )
    agenda = tuple(dataclasses.replace(item, title=f"Post {n:02d} {item.title}")
                   for n, item in enumerate(planned_agenda(seed_event) * 15, start=1))
    out = tmp_path / "lang-tabell.pdf"
    build_report(ReportInput(seed_event, groups, agenda, dt.date(2021, 9, 2)), out,
                 appendix=False)
    pages = [" ".join(words(page)) for page in pdf_pages(out)]
    day = [page for page in pages if any(f"Post {n:02d} " in page for n in range(1, 61))]
    rows = [f"Lag {n:02d} Rom {n} " for n in range(1, 61)]
    table = [page for page in pages if any(row in page for row in rows)]
    assert len(day) >= 2 and len(table) >= 2
    for page in day:
        assert {"Planlagt", "Faktisk", "Avvik"} <= set(page.split())
    for page in table:
        assert {"Møteleder", "Referent", "Deltakere"} <= set(page.split())
    # Every row once, in order, and whole: a group's last member on its page.
    text = " ".join(pages)
    assert all(text.count(row) == 1 for row in rows)
    positions = [text.index(row) for row in rows]
    assert positions == sorted(positions)
    for n, row in enumerate(rows, start=1):
        assert f"Medlem {n}-{n % 7}" in next(page for page in pages if row in page)


def test_a_table_row_taller_than_a_page_continues_under_its_header(
    tmp_path: Path, seed_event: Event
) -> None:
    """platypus stops with a LayoutError here; a big group is a real case, not an error."""
    members = tuple(f"Deltaker{m:03d} Etternavn" for m in range(700))
    groups = (GroupReport("Lag 1", room="Rom 1", chair="Kari", members=("Ola",)),
              GroupReport("Storlaget", room="Aula", chair="Per", members=members),
              GroupReport("Lag 3", room="Rom 3", chair="Anne", members=("Eva",)))
    out = tmp_path / "stort-lag.pdf"
    build_report(ReportInput(seed_event, groups, planned_agenda(seed_event), dt.date(2021, 9, 2)),
                 out, appendix=False)
    pages = [" ".join(words(page)) for page in pdf_pages(out)]
    spanned = [page for page in pages if "Deltaker" in page]
    assert len(spanned) >= 2
    for page in spanned:
        assert {"Møteleder", "Referent", "Deltakere"} <= set(page.split())
        assert "Storlaget Aula Per" in page  # whose list goes on, on every page
    text = " ".join(pages)
    assert all(f"Deltaker{m:03d}" in text for m in range(700))
    assert text.index("Lag 1 Rom 1") < text.index("Storlaget") < text.index("Deltaker699") \
        < text.index("Lag 3 Rom 3")
    assert all(text.count(f"Deltaker{m:03d}") == 1 for m in range(700))  # each name once
