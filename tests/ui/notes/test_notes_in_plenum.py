"""«Vis i plenum»: the summary on the audience window, literal, paged, and back with Esc."""

from __future__ import annotations

from noteskit import type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.presenting.content import SlideContent
from app.render.text_fit import fit_text
from app.ui.notes.summary_screen import BODY_PX, BODY_RECT, SINGLE_FLOOR, SummaryContent, pages_of
from app.ui.presenter import PresenterApp

HOSTILE = "<b>ikke fet</b> & 5 < 7 > 3 ŋ ŧ đ 🙂"


def audience_image(app: PresenterApp) -> QImage:
    return app.audience.view.grab().toImage()


def test_show_in_plenum_puts_the_literal_text_on_the_audience_window(
        qtbot: QtBot, notes_app: PresenterApp) -> None:
    page = notes_app.sessions.notes_page
    page.select(0, 1)
    type_text(page.editor, HOSTILE)
    slide = audience_image(notes_app)
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    content = notes_app.presentation.content
    assert isinstance(content, SummaryContent)
    group = page.current_group()
    assert group is not None and content.group == group.name
    assert content.sections[0].title == "Hva har vært og er Osloregionens viktigste rolle og funksjon?"
    assert content.sections[0].text == HOSTILE  # the pending text: shown even before it is saved
    (only,) = pages_of(content)
    assert only.text == HOSTILE
    laid = fit_text(only.text, BODY_RECT, size=BODY_PX, floor=SINGLE_FLOOR, color="#000000").laid
    assert "<b>ikke fet</b>" in "".join(line.layout.text() for line in laid._lines)
    assert audience_image(notes_app) != slide


def test_page_keys_step_a_long_summary_and_esc_returns_to_the_slides(
        qtbot: QtBot, notes_app: PresenterApp) -> None:
    page = notes_app.sessions.notes_page
    page.select(1, 0)
    long_text = "\n".join(f"Punkt {n}: " + "regionalt samarbeid om areal og transport " * 6
                          for n in range(1, 25))
    page.editor.setPlainText(long_text)
    index = notes_app.presentation.index
    page.show_in_plenum()
    show = notes_app.sessions.summary_show
    count = show.page_count()
    assert count >= 3
    first = audience_image(notes_app)
    qtbot.keyClick(notes_app.audience, Qt.Key.Key_PageDown)
    content = notes_app.presentation.content
    assert isinstance(content, SummaryContent) and content.page == 1
    assert audience_image(notes_app) != first
    for _ in range(count + 2):
        qtbot.keyClick(notes_app.console, Qt.Key.Key_PageDown)
    assert isinstance(notes_app.presentation.content, SummaryContent)
    assert notes_app.presentation.content.page == count - 1  # stops at the last page
    qtbot.keyClick(notes_app.console, Qt.Key.Key_PageUp)
    assert notes_app.presentation.content.page == count - 2
    words = " ".join(p.text for p in pages_of(content)).split()
    assert words == long_text.split()  # every word on some page, none twice
    assert notes_app.presentation.index == index
    qtbot.keyClick(notes_app.audience, Qt.Key.Key_Escape)
    assert notes_app.presentation.content == SlideContent(index)


def test_all_tasks_in_plenum_shows_one_section_per_task_and_marks_empty_ones(
        notes_app: PresenterApp) -> None:
    page = notes_app.sessions.notes_page
    page.select(0, 2)
    page.editor.setPlainText("Bare denne")
    page.show_in_plenum(all_tasks=True)
    content = notes_app.presentation.content
    assert isinstance(content, SummaryContent)
    assert [s.text for s in content.sections] == ["", "", "Bare denne", "", ""]
    assert [p.text for p in pages_of(content)] == ["(no notes)"] * 2 + ["Bare denne"] + ["(no notes)"] * 2
