"""Build the PDF report: ``build_report(data, out_path)``. Imports reportlab.

Kept apart from ``app.report`` so the app imports reportlab only when a
report is asked for. The document is laid out and drawn in one pass; the
numbers only the end knows ("Side x av y", the contents' page numbers) are
added to the finished pages just before the file is written (``deferred``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.report.atomic import atomic_output
from app.report.deferred import DeferredCanvas, PageNumbers
from app.report.flowables import Heading
from app.report.fonts import register_fonts
from app.report.layout import Block, Frame, Item, PageLayout
from app.report.model import ReportInput
from app.report.plaintext import draw_runs, line_width
from app.report.story import StoryBuilder
from app.report.styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TEXT_WIDTH,
    Styles,
    make_styles,
)
from app.report.words import word

Progress = Callable[[float], None]
LANG_TAGS = {"nb": "nb-NO", "en": "en"}
HEADER_SIZE = 8.5
# The running header's baseline: 8.5 pt text on a 10 pt line, just above its rule.
HEADER_BASELINE = float(PAGE_HEIGHT - MARGIN_TOP + 10 * mm + 1 + 10 - HEADER_SIZE)
FRAME = Frame(MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - MARGIN_TOP)
# A heading this high up on its page is what the page opens with.
_TOP_QUARTER = MARGIN_BOTTOM + 0.75 * (FRAME.top - FRAME.bottom)
# Share of the work the pass is; writing the file is the rest.
_PASS_SHARE = 0.95


class ReportDocument:
    """A4 pages: a cover, then pages with a running header and "Side x av y"."""

    def __init__(self, out: BinaryIO, data: ReportInput, styles: Styles, numbers: PageNumbers,
                 export_line: str, progress: Progress | None) -> None:
        info = data.event.info
        self.canvas = DeferredCanvas(
            out,
            finish=self._finish,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            pageCompression=1,
            lang=LANG_TAGS[data.language],
            # Every page starts in the embedded font, so no unembedded
            # Helvetica is referenced (PDF/A checkers and some printers object).
            initialFontName=styles.fonts.regular,
            initialFontSize=10.5,
        )
        self.canvas.setAuthor(info.organiser)
        self.canvas.setTitle(info.title)
        self.canvas.setSubject(word(data.language, "subject", title=info.title))
        self.canvas.setCreator("Plenum")
        self.canvas.setKeywords("")
        self.data = data
        self.styles = styles
        self.numbers = numbers
        self.export_line = export_line
        self._footers: list[int] = []
        self._progress = progress
        self._reported = 0.0
        self._running = ""
        self._running_top = ""
        self._layout = PageLayout(
            self.canvas, FRAME, "cover", begin_page=self._begin_page, end_page=self._end_page,
            placed=self._placed, progress=self._on_progress,
        )
        # The running header is runs, not one drawString, so a title's emoji
        # or Sámi letters get the same font fallback as the text.
        title = _fit(info.title, styles.fonts.regular, HEADER_SIZE, TEXT_WIDTH * 0.52)
        self._header = styles.fonts.runs(title, styles.fonts.regular)

    def build(self, items: list[Item]) -> None:
        """Lay out and draw ``items``, then write the file."""
        self._layout.run(items)
        self.canvas.save()

    # -- layout hooks ------------------------------------------------------

    def _placed(self, block: Block, y: float) -> None:
        if not isinstance(block, Heading):
            return
        if block.running:
            self._running = block.running
            if y > _TOP_QUARTER:
                self._running_top = block.running  # the page opens with it
        self.canvas.addOutlineEntry(
            block.outline_title, block.key, block.outline_level,
            closed=block.outline_level >= 1,
        )
        self.numbers.heading_pages[block.key] = self._layout.page

    def _begin_page(self, page: int, template: str) -> None:
        if template == "cover":
            self._draw_cover(self.canvas)
        else:
            self._draw_page(self.canvas, page)

    def _end_page(self, page: int, template: str) -> None:
        self.canvas.end_text()  # the page's text, then its header's right side
        if template != "cover":
            self._draw_running(self.canvas)

    def _finish(self, canvas: DeferredCanvas) -> None:
        """The numbers only the last page knows: "Side x av y" and the contents' pages."""
        pages = canvas.getPageNumber() - 1
        fonts, muted = self.styles.fonts, self.styles.palette.muted
        right = PAGE_WIDTH - MARGIN_LEFT

        def footer(number: int) -> Callable[[DeferredCanvas], None]:
            runs = fonts.runs(word(self.data.language, "page", page=number, pages=pages),
                              fonts.regular)

            def draw(c: DeferredCanvas) -> None:
                c.setFillColor(muted)
                draw_runs(c, right - line_width(runs, HEADER_SIZE), MARGIN_BOTTOM - 10 * mm,
                          runs, HEADER_SIZE)
            return draw

        for number in self._footers:
            canvas.fill(f"page{number}", footer(number))
        self.numbers.draw_contents(canvas)

    # -- page furniture ----------------------------------------------------

    def _draw_cover(self, canvas: DeferredCanvas) -> None:
        pal = self.styles.palette
        canvas.saveState()
        canvas.setFillColor(pal.accent)
        canvas.rect(0, PAGE_HEIGHT - 14 * mm, PAGE_WIDTH, 14 * mm, stroke=0, fill=1)
        canvas.setStrokeColor(pal.accent)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_LEFT, 30 * mm, PAGE_WIDTH - MARGIN_LEFT, 30 * mm)
        canvas.setFillColor(pal.muted)
        canvas.setFont(self.styles.fonts.regular, 10)
        canvas.drawString(MARGIN_LEFT, 24 * mm, self.export_line)
        canvas.restoreState()
        canvas.showOutline()

    def _draw_running(self, canvas: DeferredCanvas) -> None:
        """The header's right side: what the top of this page belongs to."""
        fonts = self.styles.fonts
        label = _fit(self._running_top, fonts.regular, HEADER_SIZE, TEXT_WIDTH * 0.4)
        self._running_top = self._running
        if not label:
            return
        runs = fonts.runs(label, fonts.regular)
        canvas.saveState()
        canvas.setFillColor(self.styles.palette.muted)
        draw_runs(canvas, PAGE_WIDTH - MARGIN_LEFT - line_width(runs, HEADER_SIZE),
                  HEADER_BASELINE, runs, HEADER_SIZE)
        canvas.restoreState()

    def _draw_page(self, canvas: DeferredCanvas, page: int) -> None:
        pal, fonts = self.styles.palette, self.styles.fonts
        top = PAGE_HEIGHT - MARGIN_TOP + 10 * mm
        right = PAGE_WIDTH - MARGIN_LEFT
        canvas.saveState()
        canvas.setFont(fonts.regular, HEADER_SIZE)
        canvas.setFillColor(pal.muted)
        draw_runs(canvas, MARGIN_LEFT, HEADER_BASELINE, self._header, HEADER_SIZE)
        canvas.setStrokeColor(pal.rule)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_LEFT, top - 1, right, top - 1)
        self._footers.append(page)
        canvas.reserve(f"page{page}")
        canvas.drawString(MARGIN_LEFT, MARGIN_BOTTOM - 10 * mm,
                          word(self.data.language, "documentation"))
        canvas.restoreState()

    # -- progress ----------------------------------------------------------

    def _on_progress(self, done: float) -> None:
        self.report(done * _PASS_SHARE, step=0.01)

    def report(self, fraction: float, step: float = 0.0) -> None:
        """Tell the caller, never going backwards and not more often than ``step``."""
        if self._progress is not None and fraction >= self._reported + step and (
            fraction > self._reported or fraction == 1.0
        ):
            self._reported = fraction
            self._progress(fraction)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """One line of ``text`` that fits ``width``, shortened with an ellipsis if needed."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "\u2026", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "\u2026"


def build_report(
    data: ReportInput,
    out_path: Path | str,
    *,
    by_group: bool = False,
    appendix: bool = True,
    progress: Progress | None = None,
) -> None:
    """Write the report of ``data`` to ``out_path`` as a PDF, atomically.

    ``by_group`` orders the answers by group instead of by task (the
    appendix then shows them by task); ``appendix=False`` leaves the appendix
    out. ``progress(fraction)`` is called with rising values from 0 to 1 on
    the calling thread. Raises ``ReportWriteError`` (one-line message, no
    file left behind) when the file cannot be written.
    """
    out_path = Path(out_path)
    with atomic_output(out_path, data.language) as out:
        fonts = register_fonts(data.event.theme.font)
        styles = make_styles(fonts, data.event.theme)
        builder = StoryBuilder(data, styles, by_group=by_group, appendix=appendix)
        story = builder.build()
        doc = ReportDocument(out, data, styles, story.numbers, builder.export_line(), progress)
        doc.build(story.items)
        doc.report(1.0)
