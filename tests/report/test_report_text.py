"""User text to lines to set: nothing interpreted, nothing lost, however narrow the line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.report.fonts import register_fonts
from app.report.plaintext import break_line
from app.report.text import (
    NBSP,
    TAB,
    emphasis,
    plain_line,
    plain_lines,
    split_marker,
    text_blocks,
)

HOSTILE = [
    "<b>ikke fet</b>",
    "AT&T & co",
    "5 < 7 > 3",
    "<img src=x onerror=alert(1)>",
    "<script>alert('x')</script>",
    "&amp; &lt; &#65; er ikke entiteter",
    "<br/> <para> </font>",
    "ŋ ŧ đ č š ž",
]
FONT = register_fonts("Noto Sans").regular


def _set(line: str, width: float = 120) -> list[str]:
    """The visual lines ``line`` is set in, as the text each one draws."""
    return ["".join(text for text, _ in runs) for runs, _ in break_line([(line, FONT)], width, 10.5)]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_set_as_itself(text: str) -> None:
    assert " ".join(_set(plain_line(text), width=1000)) == text


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=80),
       st.floats(min_value=5, max_value=400))
def test_any_line_is_set_with_every_character(text: str, width: float) -> None:
    """Every character of a line is drawn, in order, however narrow the line.

    Lines break only at an ordinary space, which the break replaces; a word
    wider than the line is cut between characters, losing nothing.
    """
    line = plain_line(text)
    lines = _set(line, width)
    assert "".join(lines).replace(" ", "") == line.replace(" ", "")
    assert all(" " not in piece.strip(" ") or line_fits(piece, width) for piece in lines)
    assert all(piece.strip(" ") == piece for piece in lines)


def line_fits(text: str, width: float) -> bool:
    return stringWidth(text, FONT, 10.5) <= width * 1.05 + 1e-6


def test_lines_are_kept() -> None:
    assert plain_lines("en\n\n  to") == ["en", "", f"{NBSP}{NBSP}to"]


def test_tabs_and_space_runs_stay_visible() -> None:
    assert plain_line("a\tb") == f"a{TAB}b"
    assert plain_line("a   b") == f"a {NBSP}{NBSP}b"
    assert plain_line("  innrykk") == f"{NBSP}{NBSP}innrykk"
    assert plain_line("<b>\t&  x") == f"<b>{TAB}& {NBSP}x"


def test_line_breaks_are_kept_and_list_lines_are_their_own_blocks() -> None:
    blocks = text_blocks(
        "Innledning <b>\nandre linje\n\n- første\n  fortsetter\n  - under\n1. nummer\nslutt"
    )
    assert [(b.marker, b.lines, b.depth) for b in blocks] == [
        (None, ("Innledning <b>", "andre linje"), 0),
        ("-", ("første", "fortsetter"), 0),
        ("-", ("under",), 1),
        ("1.", ("nummer",), 0),
        (None, ("slutt",), 0),
    ]
    assert [b.gap_before for b in blocks] == [False, True, False, False, False]


def test_word_line_breaks_and_control_characters() -> None:
    blocks = text_blocks("en\x0bto\x0ctre\x00fire\r\nfem")
    assert [b.lines for b in blocks] == [("en", "to", "tre\u2400fire", "fem")]


def test_markers_recognised() -> None:
    assert split_marker("a) Drøfte felles saker") == ("a)", "Drøfte felles saker")
    assert split_marker("• punkt") == ("•", "punkt")
    assert split_marker("2020 var et år") == (None, "2020 var et år")


def test_event_text_gets_only_inline_emphasis() -> None:
    assert emphasis("Dette er **viktig** og *nytt*") == [[
        ("Dette er ", False, False), ("viktig", True, False), (" og ", False, False),
        ("nytt", False, True),
    ]]
    assert emphasis("**a *b* c**\n<b>x</b> 2 * 3 * 4") == [
        [("a ", True, False), ("b", True, True), (" c", True, False)],
        [("<b>x</b> 2 * 3 * 4", False, False)],
    ]
