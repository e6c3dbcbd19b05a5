"""User text to lines to set (and to markup for the contents): nothing interpreted, nothing lost."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from app.report.text import (
    NBSP,
    TAB,
    emphasis,
    escape_text,
    plain_line,
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
STYLE = ParagraphStyle("t", fontName="Helvetica")


def _parsed_text(markup: str) -> str:
    return "".join(frag.text for frag in Paragraph(markup, STYLE).frags)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_parses_back_to_itself(text: str) -> None:
    assert _parsed_text(escape_text(text)) == text


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=80))
def test_any_line_survives_reportlabs_parser(text: str) -> None:
    """Every visible character of a line reaches the PDF, in order.

    Blanks at the ends are compared stripped: reportlab drops exotic leading
    spaces (U+1680) and trailing ones; indentation with ordinary spaces is
    kept and tested separately.
    """
    expected = text.replace("\t", TAB).replace(NBSP, " ").strip()
    got = _parsed_text(escape_text(text)) if text else ""
    assert got.replace(NBSP, " ").strip() == expected


def test_tabs_and_space_runs_stay_visible() -> None:
    assert escape_text("a\tb") == f"a{TAB}b"
    assert escape_text("a   b") == f"a {NBSP}{NBSP}b"
    assert escape_text("  innrykk") == f"{NBSP}{NBSP}innrykk"
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
    assert [b.lines for b in blocks] == [("en", "to", "trefire", "fem")]


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
