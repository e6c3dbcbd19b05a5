"""Build the PDF report: ``build_report(data, out_path)``. Imports reportlab.

Kept apart from ``app.report`` so the app imports reportlab only when a
report is asked for. The document is laid out and drawn in one pass; the
numbers only the end knows ("Side x av y", the contents' page numbers) are
added to the finished pages just before the file is written (``deferred``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.report.atomic import atomic_output
from app.report.deferred import DeferredCanvas, PageNumbers
from app.report.flowables import Heading
from app.report.fonts import register_fonts
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
# Share of the work the pass is; writing the file is the rest.
_PASS_SHARE = 0.95


class ReportDocument(BaseDocTemplate):  # type: ignore[misc]
    """A4 pages: a cover, then pages with a running header and "Side x av y"."""

    def __init__(self, out: Any, data: ReportInput, styles: Styles, numbers: PageNumbers,
                 export_line: str, progress: Progress | None) -> None:
        info = data.event.info
        super().__init__(
            out,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_LEFT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=info.title,
            author=info.organiser,
            subject=word(data.language, "subject", title=info.title),
            creator="Plenum",
            lang=LANG_TAGS[data.language],
            pageCompression=1,
            # Every page starts in the embedded font, so no unembedded
            # Helvetica is referenced (PDF/A checkers and some printers object).
            initialFontName=styles.fonts.regular,
            initialFontSize=10.5,
        )
        self.data = data
        self.styles = styles
        self.numbers = numbers
        self.export_line = export_line
        self._footers: list[int] = []
        self._progress = progress
        self._reported = 0.0
        self._story_size = 1
        self._running = ""
        self._running_top = ""
        frame = Frame(
            MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="text",
        )
        self.addPageTemplates([
            PageTemplate("cover", [frame], onPage=self._draw_cover),
            PageTemplate("body", [frame], onPage=self._draw_page, onPageEnd=self._draw_running),
        ])
        self.setProgressCallBack(self._on_progress)
        # The running header is runs, not one drawString, so a title's emoji
        # or Sámi letters get the same font fallback as the text.
        title = _fit(info.title, styles.fonts.regular, HEADER_SIZE, TEXT_WIDTH * 0.52)
        self._header = styles.fonts.runs(title, styles.fonts.regular)

    # -- reportlab hooks ---------------------------------------------------

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading) and flowable.running:
            self._running = flowable.running
            if self.frame._y > self.frame._y1 + 0.75 * self.frame._height:
                self._running_top = flowable.running  # the page opens with it
        if isinstance(flowable, Heading):
            self.canv.addOutlineEntry(
                flowable.outline_title, flowable.key, flowable.outline_level,
                closed=flowable.outline_level >= 1,
            )
            self.numbers.heading_pages[flowable.key] = self.page

    def make_canvas(self, *args: Any, **kwargs: Any) -> Canvas:
        return DeferredCanvas(*args, finish=self._finish, **kwargs)

    def _finish(self, canvas: DeferredCanvas) -> None:
        """The numbers only the last page knows: "Side x av y" and the contents' pages."""
        pages = canvas.getPageNumber() - 1
        fonts, muted = self.styles.fonts, self.styles.palette.muted
        right = PAGE_WIDTH - MARGIN_LEFT

        def footer(number: int) -> Callable[[Canvas], None]:
            runs = fonts.runs(word(self.data.language, "page", page=number, pages=pages),
                              fonts.regular)

            def draw(c: Canvas) -> None:
                c.setFillColor(muted)
                draw_runs(c, right - line_width(runs, HEADER_SIZE), MARGIN_BOTTOM - 10 * mm,
                          runs, HEADER_SIZE)
            return draw

        for number in self._footers:
            canvas.draw_on_page(number, footer(number))
        self.numbers.draw_contents(canvas)

    # -- page furniture ----------------------------------------------------

    def _draw_cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
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

    def _draw_running(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
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

    def _draw_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
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
        self._footers.append(doc.page)
        canvas.drawString(MARGIN_LEFT, MARGIN_BOTTOM - 10 * mm,
                          word(self.data.language, "documentation"))
        canvas.restoreState()

    # -- progress ----------------------------------------------------------

    def _on_progress(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._story_size = max(1, value)
        elif kind == "PROGRESS" and self._progress is not None:
            done = min(1.0, max(0.0, value / self._story_size))
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
        doc.build(story.flowables, canvasmaker=doc.make_canvas)
        doc.report(1.0)
