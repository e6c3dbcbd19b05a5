"""A widget that shows one piece of audience content, letterboxed.

The audience window, the console's live preview and its current/next slides
are all this view with a different ``source``: it asks the model what to show
on every paint and keeps no state of its own. The projector and the console's
current slide paint slides straight into their windows: a pixmap per slide
would be 8 MB each on the projector and 1.3 MB on a laptop's console, times
the neighbours kept ready, while each window's own backing store already
keeps the frame. They stay fast because the slides next to the current one
are prepared (laid out, large text and pictures made at the view's size)
while the presenter talks, and a prepared slide draws in about a millisecond
at the console's size. The console's small views (next slide, previews) take
slides from the shared pixmap cache.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from app.presenting.content import AudienceContent, SlideContent
from app.presenting.presentation import Presentation
from app.render.slide_painter import letterbox, paint_slide, prepare_slide
from app.ui.screens import screen_for, slide_index_of
from app.ui.slide_images import SlideImages

ContentSource = Callable[[], AudienceContent | None]


class ContentView(QWidget):
    """Draws ``source()``; when it returns None, draws ``empty_text`` instead.

    Views in the console pass a ``surround`` colour: the slide is outlined on
    the console's background. Without one (the projector) the content's
    backdrop fills everything, so letterbox bars match the theme.
    ``prewarm_next`` prepares the slides after and before the current one
    when it changes; ``direct`` paints slides directly instead of through the
    pixmap cache; ``immediate`` repaints synchronously on a change;
    ``after_first_frame`` leaves the slide out of the view's first paint and
    draws it in the next event-loop turn, so a window's first frame (the
    console's, on a single screen) waits only for the slide that matters.
    """

    def __init__(
        self,
        presentation: Presentation,
        images: SlideImages,
        source: ContentSource,
        parent: QWidget | None = None,
        *,
        empty_text: str = "",
        prewarm_next: bool = False,
        immediate: bool = False,
        direct: bool = False,
        surround: QColor | None = None,
        after_first_frame: bool = False,
    ) -> None:
        super().__init__(parent)
        self._presentation = presentation
        self._images = images
        self._source = source
        self._empty_text = empty_text
        self._prewarm_next = prewarm_next
        self._immediate = immediate
        self._direct = direct
        self._surround = surround
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # A click on a picture of the projector takes the keyboard out of a text field:
        # the view uses no key itself, so the keys go on to its window's key handling.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._live = QTimer(self)
        self._live.timeout.connect(self.update)
        self._warm = QTimer(self, singleShot=True, interval=0)
        self._warm.timeout.connect(self._warm_neighbours)
        self._warm_pending = False  # prepare the neighbours after the next paint
        self._first_frame_pending = after_first_frame
        self._after_first_frame = QTimer(self, singleShot=True, interval=0)
        self._after_first_frame.timeout.connect(self.update)
        unsubscribe = presentation.changed.subscribe(self._on_changed)
        self.destroyed.connect(lambda *_: unsubscribe())
        self._on_changed()

    def stop_timers(self) -> None:
        """Stop the live repaint and prewarm timers (windows call this when closing)."""
        self._live.stop()
        self._warm.stop()
        self._after_first_frame.stop()

    def _on_changed(self) -> None:
        content = self._source()
        live_ms = screen_for(content).live_ms if content is not None else None
        if live_ms is None:
            self._live.stop()
        elif not self._live.isActive():
            self._live.start(live_ms)
        self._warm_pending = self._prewarm_next
        if self._immediate and self.isVisible():
            # The projector is painted now, before the console's views queue
            # their repaints: the room sees the slide first.
            self.repaint()
        else:
            self.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._warm_pending = self._prewarm_next

    def _warm_neighbours(self) -> None:
        """Prepare the next and the previous slide while the presenter talks, so either key is quick."""
        event = self._presentation.event
        current = self._presentation.index
        target = letterbox(self._slide_area(), event.theme.canvas_size)
        ratio = self.devicePixelRatioF()
        for index in (current + 1, current - 1):
            if not 0 <= index < len(event.slides):
                continue
            if self._direct:
                prepare_slide(self._images.render, event, index, target.size(), ratio)
            else:
                self._images.pixmap(event, index, target.size().toSize(), ratio)

    def _slide_area(self) -> QRectF:
        area = QRectF(self.rect())
        return area.adjusted(1, 1, -1, -1) if self._surround is not None else area

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self._warm_pending:
            # After this paint, never before it: the slide on screen comes first.
            self._warm_pending = False
            self._warm.start()
        painter = QPainter(self)
        event = self._presentation.event
        content = self._source()
        area = QRectF(self.rect())
        if content is None:
            painter.fillRect(area, self._surround or QColor("#000000"))
            painter.setPen(QColor("#80868b"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        screen = screen_for(content)
        target = letterbox(self._slide_area(), event.theme.canvas_size)
        if self._surround is not None:
            painter.fillRect(area, self._surround)
            painter.fillRect(target, screen.backdrop(event, content))
            painter.setPen(self._surround.lighter(180))
            painter.drawRect(target.adjusted(-1, -1, 0, 0))
        if self._first_frame_pending:
            self._first_frame_pending = False
            if self._surround is None:
                painter.fillRect(area, screen.backdrop(event, content))
            self._after_first_frame.start()
            return
        index = slide_index_of(content)
        if index is not None and event.slides and self._direct:
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            # paint_slide fills the letterbox bars with the theme itself.
            paint_slide(painter, self._images.render, event, index,
                        area if self._surround is None else target)
            return
        if self._surround is None:
            painter.fillRect(area, screen.backdrop(event, content))
        if index is not None and event.slides:
            pixmap = self._images.pixmap(event, index, target.size().toSize(), self.devicePixelRatioF())
            painter.drawPixmap(target.topLeft(), pixmap)
        else:
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            screen.paint(painter, self._images.render, event, content, target)


def current_slide(presentation: Presentation) -> ContentSource:
    """The console's current slide, whatever the audience sees."""
    return lambda: SlideContent(presentation.index) if presentation.slide_count else None


def next_slide(presentation: Presentation) -> ContentSource:
    """The slide after the current one, or None at the end."""

    def source() -> AudienceContent | None:
        following = presentation.index + 1
        return SlideContent(following) if following < presentation.slide_count else None

    return source


def audience(presentation: Presentation) -> ContentSource:
    return lambda: presentation.content
