"""Inline emphasis: only **bold** and *italic* are marks; everything else is literal."""

from __future__ import annotations

import pytest

from app.render.inline import Run, parse_inline, plain_text


def test_bold_and_italic_become_runs() -> None:
    assert parse_inline("a **b** *c*") == (
        Run("a "), Run("b", bold=True), Run(" "), Run("c", italic=True))


def test_italic_inside_bold() -> None:
    assert parse_inline("**x *y* z**") == (
        Run("x ", bold=True), Run("y", bold=True, italic=True), Run(" z", bold=True))


@pytest.mark.parametrize("text", [
    "<b>fet</b> & <img src=x>", "5 * 3 * 2", "**unclosed", "a ** b ** c", "# not a heading",
    "[lenke](http://x)", "`kode`", "ŋ ŧ đ č š ž 🎉",
])
def test_everything_else_is_kept_exactly(text: str) -> None:
    assert plain_text(text) == text
    assert all(not run.bold and not run.italic for run in parse_inline(text))
