"""The overview grid: every slide as a thumbnail; arrows or a click, then Enter, jumps.

Thumbnails are drawn when their row comes into view, in the turn after a
scroll, and the most recent ``THUMBNAILS_KEPT`` are kept per version of the
event: opening the overview again is instant, and a deck of 20,000 slides
costs a screenful of thumbnails (not 20,000 of them, 3.7 GB, drawn before
the grid shows).
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from app.event.model import Event
from app.presenting.presentation import Presentation
from app.render.context import RenderContext
from app.render.slide_painter import paint_slide
from app.ui.plain_text import plain_tooltip

THUMB = QSize(288, 162)
CELL = QSize(THUMB.width() + 24, THUMB.height() + 52)  # the narrowest cell: thumbnail, gap, title
THUMBNAILS_KEPT = 240  # several screenfuls; 45 MB at 288x162 (more on a high-DPI screen)


class OverviewGrid(QListWidget):
    """``chosen(index)`` fires when the presenter picks a slide."""

    chosen = Signal(int)

    def __init__(self, presentation: Presentation, render: RenderContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presentation = presentation
        self._render = render
        self._built_for: Event | None = None
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(THUMB)
        self.setGridSize(CELL)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.itemActivated.connect(lambda item: self.chosen.emit(self.row(item)))
        self.itemClicked.connect(lambda item: self.chosen.emit(self.row(item)))
        self._drawn: OrderedDict[int, None] = OrderedDict()  # rows with a thumbnail, oldest first
        self._blank = QIcon()
        self._draw_visible = QTimer(self, singleShot=True, interval=0)
        self._draw_visible.timeout.connect(self._thumbnails_for_visible_rows)
        # Not start itself: it would take the scroll position for its interval.
        self.verticalScrollBar().valueChanged.connect(lambda _: self._draw_visible.start())

    def open_at_current(self) -> None:
        """Rebuild if the event changed, select the current slide, take focus."""
        event = self._presentation.event
        if event is not self._built_for:
            self._build(event)
        self.setCurrentRow(self._presentation.index)
        self.setFocus()

    def move_selection(self, step: int) -> None:
        """For a clicker talking to the audience window while the grid is open."""
        row = max(0, min(self.count() - 1, self.currentRow() + step))
        self.setCurrentRow(row)

    def choose_selected(self) -> None:
        if self.currentRow() >= 0:
            self.chosen.emit(self.currentRow())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter is ours: the list would emit activated and then pass the key on,
        # and the console would read it as "next slide".
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose_selected()
            return
        super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        # The viewport, not the list: it narrows again when the scroll bar appears.
        if event.type() == QEvent.Type.Resize:
            self._spread_columns()
            self._draw_visible.start()
        return super().viewportEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._draw_visible.start()

    def _spread_columns(self) -> None:
        """As many columns as fit, widened to share the width: no empty column on the right."""
        width = self.viewport().width()
        columns = max(1, width // CELL.width())
        # A few pixels to spare: the list wraps a row that would end exactly at the edge.
        cell = QSize(max(CELL.width(), (width - 4) // columns), CELL.height())
        if cell != self.gridSize():
            self.setGridSize(cell)

    def _build(self, event: Event) -> None:
        self.clear()
        self._drawn.clear()
        blank = QPixmap(THUMB)
        blank.fill(Qt.GlobalColor.transparent)
        self._blank = QIcon(blank)  # one for all rows not drawn yet: every cell has its size
        for number, slide in enumerate(event.slides, start=1):
            # The title is the author's text: item text is never interpreted as markup.
            item = QListWidgetItem(self._blank, f"{number}  {slide.title or ''}".strip())
            item.setToolTip(plain_tooltip(slide.title or ""))
            self.addItem(item)
        self._built_for = event
        self._draw_visible.start()

    def _visible_rows(self) -> range:
        """The rows whose cells the viewport shows, from the grid's geometry (uniform cells)."""
        if self.count() == 0:
            return range(0)
        grid, view = self.gridSize(), self.viewport().rect()
        columns = max(1, view.width() // max(1, grid.width()))
        # The first cell at least partly in view: down the first column until one is hit.
        hits = (self.indexAt(QPoint(grid.width() // 2, y)).row()
                for y in range(0, grid.height() + 1, 8))
        first = next((row for row in hits if row >= 0), 0)
        first -= first % columns
        rows_shown = view.height() // max(1, grid.height()) + 2
        return range(first, min(self.count(), first + rows_shown * columns))

    def _thumbnails_for_visible_rows(self) -> None:
        event = self._built_for
        if event is None or not self.isVisible():
            return
        ratio = self.devicePixelRatioF()
        for row in self._visible_rows():
            if row in self._drawn:
                self._drawn.move_to_end(row)
                continue
            thumbnail = _thumbnail(self._render, event, row, ratio)
            icon = QIcon(thumbnail)
            icon.addPixmap(thumbnail, QIcon.Mode.Selected)  # no selection tint over the slide
            self.item(row).setIcon(icon)
            self._drawn[row] = None
        while len(self._drawn) > THUMBNAILS_KEPT:
            oldest, _ = self._drawn.popitem(last=False)
            self.item(oldest).setIcon(self._blank)


def _thumbnail(render: RenderContext, event: Event, index: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(THUMB * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    paint_slide(painter, render, event, index, QRectF(0, 0, THUMB.width(), THUMB.height()))
    painter.end()
    return pixmap
