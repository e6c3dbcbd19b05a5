"""«Vis i plenum»: the summary on the audience window, literal, paged, and back with Esc."""

from __future__ import annotations

from noteskit import type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.presenting.content import SlideContent
from app.ui.notes.summary_screen import BODY_PX, BODY_RECT, SINGLE_FLOOR, SummaryContent
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
    (only,) = content.pages
    assert only.section.title == "Hva har vært og er Osloregionens viktigste rolle og funksjon?"
    assert only.text == HOSTILE  # the pending text: shown even before it is saved
    texts = notes_app.console.render_context.text
    laid = texts.fit(only.text, BODY_RECT, size=BODY_PX, floor=SINGLE_FLOOR, color="#000000").laid
    assert laid.text == HOSTILE  # laid out as typed: "<b>" is not markup
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
    words = " ".join(p.text for p in content.pages).split()
    assert words == long_text.split()  # every word on some page, none twice
    assert notes_app.presentation.index == index
    qtbot.keyClick(notes_app.audience, Qt.Key.Key_Escape)
    assert notes_app.presentation.content == SlideContent(index)


def test_all_tasks_in_plenum_opens_on_the_notes_not_on_an_empty_page(
        qtbot: QtBot, notes_app: PresenterApp) -> None:
    """Finding 9: page 1 of 8 was "(ingen notater)"; the tasks without notes are left out."""
    page = notes_app.sessions.notes_page
    qtbot.mouseClick(page.show_all_button, Qt.MouseButton.LeftButton)  # no notes anywhere yet
    content = notes_app.presentation.content
    assert isinstance(content, SummaryContent)
    assert [p.text for p in content.pages] == ["(no notes)"]  # said once, not once per task
    page.select(0, 2)
    qtbot.mouseClick(page.editor.viewport(), Qt.MouseButton.LeftButton)
    type_text(page.editor, "Bare denne")
    qtbot.mouseClick(page.show_all_button, Qt.MouseButton.LeftButton)
    content = notes_app.presentation.content
    assert isinstance(content, SummaryContent)
    (only,) = content.pages
    assert only.text == "Bare denne" and only.section.title == page.tasks()[2].title
    assert notes_app.sessions.summary_show.page_count() == 1


def body_fill(image: QImage) -> float:
    """How far down the summary's body area the text reaches (0 empty, 1 full), on the projector."""
    scale = image.width() / 1920
    background = image.pixelColor(5, 5)
    left, right = int(BODY_RECT.left() * scale), int(BODY_RECT.right() * scale)
    top, bottom = int(BODY_RECT.top() * scale), int(BODY_RECT.bottom() * scale)
    lowest = top
    for y in range(top, bottom, 2):
        if any(image.pixelColor(x, y) != background for x in range(left, right, 3)):
            lowest = y
    return (lowest - top) / (bottom - top)


def test_summary_pages_are_filled_before_the_next_page(qtbot: QtBot, notes_app: PresenterApp) -> None:
    """Finding 9: a page ended half empty while the next paragraph waited on the next page."""
    page = notes_app.sessions.notes_page
    page.select(1, 0)
    sentence = "Gruppa mener regionen bør samarbeide tettere om areal og transport. "
    paragraphs = [f"Avsnitt {n}. " + sentence * 7 for n in range(1, 6)]  # each some 60 % of a page
    page.editor.setPlainText("\n".join(paragraphs))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    show = notes_app.sessions.summary_show
    count = show.page_count()
    assert count >= 3
    fills = []
    for number in range(count):
        content = notes_app.presentation.content
        assert isinstance(content, SummaryContent) and content.page == number
        fills.append(body_fill(audience_image(notes_app)))
        qtbot.keyClick(notes_app.audience, Qt.Key.Key_PageDown)
    assert min(fills[:-1]) > 0.85, fills  # every page but the last is full
    pages = [p.text for p in content.pages]
    assert " ".join(pages).split() == "\n".join(paragraphs).split()  # every word once, in order
    assert all(text.rstrip().endswith(".") for text in pages)  # pages end where sentences do
