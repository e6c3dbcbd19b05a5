"""A group's summary on the projector: large, fitted, paged when it is long.

``SummaryContent`` is what ``Presentation.hold`` gets; the painter is
registered with ``app.ui.screens``. Text goes through ``TextCache.fit`` (plain
text, only ``**bold**``/``*italic*``), so ``<b>`` is drawn as ``<b>``.

Paging: a summary that fits at ``SINGLE_FLOOR`` px or larger is one page,
fitted as large as it can be (up to ``BODY_PX``). A longer one is split into
pages at ``PAGE_PX``, a size the back row reads comfortably. Pages are filled:
a paragraph that does not fit whole starts on the page where the one before
ends, broken after its last sentence (else its last word) that fits, so no
page is left half empty while the rest waits on the next (a list item moves
to the next page whole, keeping its marker). Several tasks at once ("Alle
oppgaver i plenum") show only the tasks with notes; only when none has any
is "(ingen notater)" a page. ``SummaryShow`` pages a summary once, with
``paginate``, when it puts it on the projector; the content carries its pages,
so the painter and PageDown/PageUp read the same ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from app.event.model import Event
from app.presenting.content import AudienceContent
from app.render.context import RenderContext
from app.render.palette import palette_for
from app.render.slide_painter import canvas
from app.render.text_fit import TextCache
from app.report.text import split_marker
from app.ui.screens import register_screen

CANVAS = (1920, 1080)
BODY_RECT = QRectF(130, 260, 1660, 700)
BODY_PX = 60.0
SINGLE_FLOOR = 40.0
PAGE_PX = 44.0


@dataclass(frozen=True)
class SummarySection:
    """One task's summary: the task's title and the text as typed."""

    title: str
    text: str


@dataclass(frozen=True)
class SummaryPage:
    section: SummarySection
    text: str
    fitted: bool  # one page for the section: fit as large as possible


@dataclass(frozen=True)
class SummaryContent(AudienceContent):
    """A group's summaries on the projector, in ``pages`` (see ``paginate``), showing
    page ``page`` (0-based). ``page_label`` is "side %1/%2", translated by whoever
    builds the content."""

    group: str
    pages: tuple[SummaryPage, ...]
    page: int = 0
    page_label: str = "page %1/%2"


def paginate(texts: TextCache, sections: tuple[SummarySection, ...],
             empty_text: str) -> tuple[SummaryPage, ...]:
    """The pages of ``sections`` (only those with text; ``empty_text`` if none has any)."""
    pages: list[SummaryPage] = []
    with_notes = [section for section in sections if section.text.strip()]
    for section in with_notes or sections[:1]:
        text = section.text.strip("\n") if section.text.strip() else empty_text
        if not _overflows(texts, text, BODY_PX, SINGLE_FLOOR):
            pages.append(SummaryPage(section, text, True))
            continue
        pages.extend(SummaryPage(section, chunk, False) for chunk in _split(texts, text))
    return tuple(pages)


def _overflows(texts: TextCache, text: str, size: float, floor: float) -> bool:
    return texts.fit(text, BODY_RECT, size=size, floor=floor, color="#000000", lists=True).overflow


def _split(texts: TextCache, text: str) -> list[str]:
    """Filled pages at ``PAGE_PX``: whole paragraphs, and the start of the next where it fits."""
    pages: list[str] = []
    current: list[str] = []
    for paragraph in text.split("\n"):
        if not _overflows(texts, "\n".join([*current, paragraph]), PAGE_PX, PAGE_PX):
            current.append(paragraph)
            continue
        if current:
            if split_marker(paragraph)[0] is None:
                words = paragraph.split(" ")
                count = _at_sentence_end(words, _most_words(texts, words, current))
                if count:
                    current.append(" ".join(words[:count]))
                    paragraph = " ".join(words[count:])
            pages.append("\n".join(current).strip("\n"))
            current = []
        while _overflows(texts, paragraph, PAGE_PX, PAGE_PX):
            words = paragraph.split(" ")
            count = max(1, _at_sentence_end(words, _most_words(texts, words, [])))  # paging always moves on
            pages.append(" ".join(words[:count]))
            paragraph = " ".join(words[count:])
        current = [paragraph]
    if current and "\n".join(current).strip():
        pages.append("\n".join(current).strip("\n"))
    return pages or [text]


def _most_words(texts: TextCache, words: list[str], before: list[str]) -> int:
    """How many leading words fit on one page after the lines ``before`` (0 if none does)."""
    low, high = 0, len(words)
    while low < high:
        middle = (low + high + 1) // 2
        if _overflows(texts, "\n".join([*before, " ".join(words[:middle])]), PAGE_PX, PAGE_PX):
            high = middle - 1
        else:
            low = middle
    return low


def _at_sentence_end(words: list[str], count: int) -> int:
    """``count`` moved back to the end of the last sentence among the words, if one ends in
    the later half of them; a page then ends where a sentence does."""
    for end in range(count, count // 2, -1):
        if words[end - 1].endswith((".", "!", "?", ":")):
            return end
    return count


def paint_summary(painter: QPainter, render: RenderContext, event: Event, content: AudienceContent,
                  target: QRectF) -> None:
    assert isinstance(content, SummaryContent)
    fit = render.text.fit
    palette = palette_for(event.theme)
    pages = content.pages
    if not pages:
        return
    number = max(0, min(content.page, len(pages) - 1))
    page = pages[number]
    with canvas(painter, target, CANVAS):
        painter.fillRect(QRectF(130, 96, 12, 130), palette.accent)
        fit(content.group, QRectF(170, 90, 1600, 60), size=40, color=palette.accent,
            bold=True).draw(painter)
        fit(page.section.title, QRectF(170, 150, 1620, 80), size=56, color=palette.text,
            bold=True, floor=36).draw(painter)
        if page.fitted:
            body = fit(page.text, BODY_RECT, size=BODY_PX, floor=SINGLE_FLOOR, color=palette.text,
                       lists=True)
        else:
            body = fit(page.text, BODY_RECT, size=PAGE_PX, floor=PAGE_PX, color=palette.text, lists=True)
        body.draw(painter)
        if len(pages) > 1:
            label = content.page_label.replace("%1", str(number + 1)).replace("%2", str(len(pages)))
            fit(label, QRectF(1420, 990, 370, 50), size=30, color=palette.muted,
                align="right").draw(painter)


register_screen(SummaryContent, paint_summary)
