"""A group's summary on the projector: large, fitted, paged when it is long.

``SummaryContent`` is what ``Presentation.hold`` gets; the painter is
registered with ``app.ui.screens``. Text goes through ``fit_text`` (plain
text, only ``**bold**``/``*italic*``), so ``<b>`` is drawn as ``<b>``.

Paging: a summary that fits at ``SINGLE_FLOOR`` px or larger is one page,
fitted as large as it can be (up to ``BODY_PX``). A longer one is split into
pages at ``PAGE_PX``, a size the back row reads comfortably, by paragraphs,
and a paragraph too long for a page by words. ``pages_of`` is shared by the
painter and by ``SummaryShow``, which clamps PageDown/PageUp to the count.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from app.event.model import Event
from app.presenting.content import AudienceContent
from app.render.palette import palette_for
from app.render.slide_painter import canvas
from app.render.text_fit import fit_text
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
class SummaryContent(AudienceContent):
    """``group``'s summaries on the projector, showing page ``page`` (0-based).

    ``empty_text`` is what a section without text shows ("(ingen notater)"),
    translated by whoever builds the content; ``page_label`` is "side %1/%2".
    """

    group: str
    sections: tuple[SummarySection, ...]
    page: int = 0
    empty_text: str = "(no notes)"
    page_label: str = "page %1/%2"


@dataclass(frozen=True)
class SummaryPage:
    section: SummarySection
    text: str
    fitted: bool  # one page for the section: fit as large as possible


def pages_of(content: SummaryContent) -> tuple[SummaryPage, ...]:
    return _pages(content.sections, content.empty_text)


@lru_cache(maxsize=64)
def _pages(sections: tuple[SummarySection, ...], empty_text: str) -> tuple[SummaryPage, ...]:
    pages: list[SummaryPage] = []
    for section in sections:
        text = section.text.strip("\n") if section.text.strip() else empty_text
        if not _overflows(text, BODY_PX, SINGLE_FLOOR):
            pages.append(SummaryPage(section, text, True))
            continue
        pages.extend(SummaryPage(section, chunk, False) for chunk in _split(text))
    return tuple(pages)


def _overflows(text: str, size: float, floor: float) -> bool:
    return fit_text(text, BODY_RECT, size=size, floor=floor, color="#000000").overflow


def _split(text: str) -> list[str]:
    """Greedy pages at ``PAGE_PX``: whole paragraphs where they fit, else words."""
    pages: list[str] = []
    current: list[str] = []
    for paragraph in text.split("\n"):
        if not _overflows("\n".join([*current, paragraph]), PAGE_PX, PAGE_PX):
            current.append(paragraph)
            continue
        if current:
            pages.append("\n".join(current).strip("\n"))
            current = []
        while _overflows(paragraph, PAGE_PX, PAGE_PX):
            words = paragraph.split(" ")
            count = _most_words(words)
            pages.append(" ".join(words[:count]))
            paragraph = " ".join(words[count:])
        current = [paragraph]
    if current and "\n".join(current).strip():
        pages.append("\n".join(current).strip("\n"))
    return pages or [text]


def _most_words(words: list[str]) -> int:
    """How many leading words fit on one page (at least one, so paging always moves on)."""
    low, high = 1, len(words)
    while low < high:
        middle = (low + high + 1) // 2
        if _overflows(" ".join(words[:middle]), PAGE_PX, PAGE_PX):
            high = middle - 1
        else:
            low = middle
    return low


def paint_summary(painter: QPainter, event: Event, content: AudienceContent, target: QRectF) -> None:
    assert isinstance(content, SummaryContent)
    palette = palette_for(event.theme)
    pages = pages_of(content)
    if not pages:
        return
    number = max(0, min(content.page, len(pages) - 1))
    page = pages[number]
    with canvas(painter, target, CANVAS):
        painter.fillRect(QRectF(130, 96, 12, 130), palette.accent)
        fit_text(content.group, QRectF(170, 90, 1600, 60), size=40, color=palette.accent,
                 bold=True).draw(painter)
        fit_text(page.section.title, QRectF(170, 150, 1620, 80), size=56, color=palette.text,
                 bold=True, floor=36).draw(painter)
        if page.fitted:
            body = fit_text(page.text, BODY_RECT, size=BODY_PX, floor=SINGLE_FLOOR, color=palette.text)
        else:
            body = fit_text(page.text, BODY_RECT, size=PAGE_PX, floor=PAGE_PX, color=palette.text)
        body.draw(painter)
        if len(pages) > 1:
            label = content.page_label.replace("%1", str(number + 1)).replace("%2", str(len(pages)))
            fit_text(label, QRectF(1420, 990, 370, 50), size=30, color=palette.muted,
                     align="right").draw(painter)


register_screen(SummaryContent, paint_summary)
