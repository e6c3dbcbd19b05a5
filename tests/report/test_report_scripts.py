"""Hebrew and Arabic read right on the page and come out of pdftotext as typed; controls show.

A PDF reader takes right-to-left letters as drawn in display order, so the
report draws them in that order (and Arabic joined): ``pdftotext`` then gives
every word's letters in the order the note-taker typed them. Control
characters (BEL, ESC, DEL, NUL) no font draws are shown as control pictures
instead of vanishing.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path

import pytest
from reportkit import pdf_pages, reading_words

from app.event.model import Event
from app.report import GroupReport, ReportInput
from app.report.build import build_report
from app.report.direction import display_order, paragraph_direction, reading_order
from app.report.text import visible_controls

HEBREW = "שלום עולם, זה מבחן של רפורט"
ARABIC = "مرحبا بالعالم، هذا اختبار للتقرير"
MIXED = "Møtet i תל אביב var bra (2021)"
CONTROLS = "varsel\x07 escape\x1b slett\x7f null\x00 slutt"


@pytest.fixture(scope="module")
def scripts_pdf(tmp_path_factory: pytest.TempPathFactory, seed_event: Event) -> Path:
    group = GroupReport(f"Gruppe {HEBREW.split()[0]}",
                        summaries={"funn": "\n".join([HEBREW, ARABIC, MIXED, CONTROLS])},
                        follow_up=(f"Følg opp {ARABIC.split()[0]} \x07",))
    out = tmp_path_factory.mktemp("scripts") / "rapport.pdf"
    build_report(ReportInput(seed_event, (group,), (), dt.date(2021, 9, 2)), out, appendix=False)
    return out


@pytest.mark.parametrize("typed", [HEBREW, ARABIC, MIXED])
def test_every_right_to_left_word_comes_out_in_typed_order(scripts_pdf: Path, typed: str) -> None:
    found = set(reading_words("\n".join(pdf_pages(scripts_pdf))))
    expected = reading_words(typed)
    assert [w for w in expected if w not in found] == []
    reversed_words = [w[::-1] for w in expected if len(w) > 2 and w[::-1] != w]
    assert [w for w in reversed_words if w in found] == []


@pytest.mark.parametrize("typed", [HEBREW, ARABIC, MIXED])
def test_the_words_are_written_in_reading_order(scripts_pdf: Path, typed: str) -> None:
    """In the content's order (``pdftotext -raw``), the words come as typed, not as shown."""
    found = " ".join(reading_words("\n".join(pdf_pages(scripts_pdf))))
    assert " ".join(reading_words(typed)) in found


def test_arabic_is_drawn_joined(scripts_pdf: Path) -> None:
    text = "\n".join(pdf_pages(scripts_pdf))
    # The glyphs drawn are the joined (presentation) forms, not isolated letters.
    assert "\ufee3\ufeae\ufea3\ufe92\ufe8e" in text  # مرحبا: initial meem, final reh, ...


def test_control_characters_show_as_control_pictures(scripts_pdf: Path) -> None:
    text = "\n".join(pdf_pages(scripts_pdf))
    assert "varsel\u2407 escape\u241b slett\u2421 null\u2400 slutt" in text
    assert "\u2407" in text.split("Følg opp")[1]  # in a follow-up point too


def test_visible_controls_keep_tab_and_line_breaks() -> None:
    assert visible_controls("a\tb\nc\x01d") == "a\tb\nc\u2401d"


def test_a_left_to_right_line_is_left_alone() -> None:
    runs = [("Møtet i Arendal", "Noto")]
    assert paragraph_direction(runs) is None
    assert display_order(runs, None) == runs


def test_a_right_to_left_line_keeps_each_characters_font_and_mirrors_brackets() -> None:
    runs = [("שלום ", "Fallback"), ("(", "Noto"), ("עולם", "Fallback"), (")", "Noto")]
    direction = paragraph_direction(runs)
    shown = display_order(runs, direction)
    assert direction == "R"
    assert "".join(chunk for chunk, _ in shown) == "(םלוע) םולש"
    assert all(face == ("Noto" if chunk in "()" else "Fallback") for chunk, face in shown
               if chunk.strip())



def test_pieces_keep_their_place_but_come_in_reading_order() -> None:
    shown = [("Hebraisk: ", "N"), ("מבחן", "F"), (" ", "N"), ("זה", "F"), (" ,", "N"),
             ("עולם", "F"), (" ", "N"), ("שלום", "F"), (". slutt", "N")]
    placed = reading_order(shown, lambda text, _font: float(len(text)))
    assert [text for text, _, _ in placed] == [
        "Hebraisk:", " ", "שלום", " ", "עולם", ",", " ", "זה", " ", "מבחן", ".", " ", "slutt"]
    by_place = sorted(placed, key=lambda piece: piece[2])
    assert "".join(text for text, _, _ in by_place) == "".join(chunk for chunk, _ in shown)
    assert all(b[2] == a[2] + len(a[0]) for a, b in pairwise(by_place))
