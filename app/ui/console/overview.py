"""The overview grid: every slide as a thumbnail; arrows or a click, then Enter, jumps.

Thumbnails are rendered once per version of the event and kept, so opening
the overview a second time is instant.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from app.event.model import Event
from app.presenting.presentation import Presentation
from app.render.slide_painter import paint_slide
from app.ui.plain_text import plain_tooltip

THUMB = QSize(288, 162)
CELL = QSize(THUMB.width() + 24, THUMB.height() + 52)  # the narrowest cell: thumbnail, gap, title


class OverviewGrid(QListWidget):
    """``chosen(index)`` fires when the presenter picks a slide."""

    chosen = Signal(int)

    def __init__(self, presentation: Presentation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presentation = presentation
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
        return super().viewportEvent(event)

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
        ratio = self.devicePixelRatioF()
        for number, slide in enumerate(event.slides, start=1):
            thumbnail = _thumbnail(event, number - 1, ratio)
            icon = QIcon(thumbnail)
            icon.addPixmap(thumbnail, QIcon.Mode.Selected)  # no selection tint over the slide
            item = QListWidgetItem(icon, "")
            # The title is the author's text: item text is never interpreted as markup.
            item.setText(f"{number}  {slide.title or ''}".strip())
            item.setToolTip(plain_tooltip(slide.title or ""))
            self.addItem(item)
        self._built_for = event


def _thumbnail(event: Event, index: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(THUMB * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    paint_slide(painter, event, index, QRectF(0, 0, THUMB.width(), THUMB.height()))
    painter.end()
    return pixmap
