"""A guest's PDF in the event file: each chosen page a slide, every problem at its line and column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from guestkit import guest_event, write_guest_pdf
from reportlab.pdfgen.canvas import Canvas

from app.cli import main
from app.event.guest_pdf import GuestPdfProblem, page_spec, parse_pages
from app.event.loader import load_event


def test_each_page_of_a_three_page_pdf_is_a_slide(tmp_path: Path) -> None:
    write_guest_pdf(tmp_path / "gjest.pdf")
    event = load_event(guest_event(tmp_path, "  - pdf: gjest.pdf\n")).event
    assert event is not None
    assert [s.layout for s in event.slides] == ["section", "pdf", "pdf", "pdf", "section"]
    pages = [s.guest for s in event.slides[1:4]]
    assert [p.number for p in pages if p] == [1, 2, 3]
    assert all(p is not None and p.size == (720.0, 540.0) and p.path == tmp_path / "gjest.pdf"
               for p in pages)
    assert not any(s.show_footer for s in event.slides[1:4])  # the guest's pages carry their own


def test_pages_notes_and_duration(tmp_path: Path) -> None:
    write_guest_pdf(tmp_path / "gjest.pdf")
    entry = ('  - pdf: gjest.pdf\n    pages: "3,1-2"\n    notes:\n      2: Spør om utvalget.\n'
             "    duration: 9m\n")
    result = load_event(guest_event(tmp_path, entry))
    assert result.problems == ()
    assert result.event is not None
    guests = result.event.slides[1:4]
    assert [s.guest.number for s in guests if s.guest] == [3, 1, 2]
    assert [s.notes for s in guests] == ["", "", "Spør om utvalget."]
    assert [s.duration for s in guests] == [dt.timedelta(minutes=3)] * 3


def test_one_pdf_named_in_several_entries_shows_and_faults_at_each(tmp_path: Path) -> None:
    write_guest_pdf(tmp_path / "gjest.pdf")
    entries = ('  - pdf: gjest.pdf\n    pages: "1"\n  - pdf: borte.pdf\n'
               '  - pdf: gjest.pdf\n    pages: "3"\n  - pdf: borte.pdf\n')
    result = load_event(guest_event(tmp_path, entries))
    assert result.event is not None
    assert [s.guest.number for s in result.event.slides if s.guest and s.guest.path] == [1, 3]
    assert [(p.line, p.col) for p in result.problems] == [(6, 10), (9, 10)]
    assert all("pdf 'borte.pdf': file not found" in p.message for p in result.problems)


@pytest.mark.parametrize(("spec", "pages"), [
    ("1-3,5,8-", [1, 2, 3, 5, 8, 9, 10]), ("4", [4]), (" 2 - 3 ", [2, 3]), ("10-", [10]),
])
def test_page_ranges(spec: str, pages: list[int]) -> None:
    assert parse_pages(spec, 10) == pages
    assert parse_pages(page_spec(pages), 10) == pages  # said back in a message, read the same


@pytest.mark.parametrize(("spec", "says"), [
    ("1-3,x", "'x' is not a page or a range"), ("0-2", "pages count from 1"),
    ("5-2", "runs backwards"), ("11", "the PDF has 10 pages, so page 11 does not exist"),
])
def test_wrong_page_ranges_say_why(spec: str, says: str) -> None:
    with pytest.raises(GuestPdfProblem, match=says):
        parse_pages(spec, 10)


def _encrypted(path: Path) -> None:
    canvas = Canvas(str(path), encrypt="hemmelig")
    canvas.drawString(100, 100, "Skjult")
    canvas.showPage()
    canvas.save()


PROBLEMS = {
    "missing file": (lambda folder: None, "  - pdf: borte.pdf\n", 4, 10,
                     "pdf 'borte.pdf': file not found"),
    "not a pdf": (lambda folder: (folder / "borte.pdf").write_bytes(b"PK\x03\x04 a pptx"),
                  "  - pdf: borte.pdf\n", 4, 10, "is not a PDF: ask the guest to export"),
    "encrypted": (lambda folder: _encrypted(folder / "borte.pdf"), "  - pdf: borte.pdf\n", 4, 10,
                  "is protected by a password"),
    "damaged": (lambda folder: (folder / "borte.pdf").write_bytes(b"%PDF-1.7\n\x00garbage" * 50),
                "  - pdf: borte.pdf\n", 4, 10, "is damaged"),
    "outside the folder": (lambda folder: None, "  - pdf: ../borte.pdf\n", 4, 10,
                           "goes out of the event's folder"),
    "absolute path": (lambda folder: None, "  - pdf: /etc/passwd\n", 4, 10, "is an absolute path"),
    "page out of range": (lambda folder: write_guest_pdf(folder / "borte.pdf"),
                          '  - pdf: borte.pdf\n    pages: "2-7"\n', 5, 12,
                          "the PDF has 3 pages, so page 7 does not exist"),
    "notes for a page not shown": (lambda folder: write_guest_pdf(folder / "borte.pdf"),
                                   '  - pdf: borte.pdf\n    pages: "1-2"\n    notes:\n      3: Nei\n',
                                   7, 7, "notes: '3' is not the number of a page shown"),
}


@pytest.mark.parametrize("problem", PROBLEMS)
def test_every_problem_is_reported_at_its_line_and_column(
    problem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    make, entry, line, col, says = PROBLEMS[problem]
    folder = tmp_path / "dag"
    folder.mkdir()
    make(folder)
    path = guest_event(folder, entry)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr()
    assert f"{path}:{line}:{col}: error: " in out.out, out.out
    assert says in out.out, out.out
    assert "Traceback" not in out.out + out.err
    if problem != "notes for a page not shown":  # a mistake in the YAML itself blocks, as any does
        # A file that cannot be shown does not stop the day: its pages or a placeholder.
        event = load_event(path).event
        assert event is not None and any(s.layout == "pdf" for s in event.slides)
