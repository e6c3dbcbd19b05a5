"""Pictures the projector will show as a placeholder, told in the console at start.

An image that is absurdly large or cannot be decoded (``app.render.image_guard``)
becomes a placeholder on its slide, and ``plenum check`` reports it; but the
facilitator who just opens the deck would first learn of it with the room
watching. So once the console has painted its first frame, the event's
pictures are checked off the UI thread (decoding them takes time) and the
refused ones are listed in a notice, by slide number and file, with what to
do. A reloaded event is checked again; the notice goes when nothing is left.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.event.model import Event
from app.presenting.presentation import Presentation
from app.render.image_guard import decode_image, size_caption
from app.ui.faults.notices import NoticeArea
from app.ui.first_frame import AfterFirstPaint
from app.ui.jobs import Job, run_job

KEY = "images"


@dataclass(frozen=True)
class RefusedPicture:
    """One picture shown as a placeholder: ``too_large`` is its size ("30000 x 30000 px"),
    None when it cannot be decoded."""

    slide: int  # 1-based, as the facilitator counts
    src: str  # as written in the event file
    too_large: str | None


def refused_pictures(event: Event) -> list[RefusedPicture]:
    """The event's pictures that exist but would show as a placeholder (``plenum check``'s rule)."""
    refused = []
    for number, slide in enumerate(event.slides, start=1):
        image = slide.image
        if image is None or image.path is None or not image.path.is_file():
            continue  # a missing file is the loader's problem
        caption = size_caption(image.path)
        if caption is not None:
            refused.append(RefusedPicture(number, image.src, caption))
        elif decode_image(image.path)[0] is None:
            refused.append(RefusedPicture(number, image.src, None))
    return refused


class RefusedImagesNotice(QObject):
    """Checks the pictures after ``window``'s first paint and after each reload."""

    def __init__(self, presentation: Presentation, notices: NoticeArea, window: QWidget) -> None:
        super().__init__(notices)
        self._presentation = presentation
        self._notices = notices
        self._checked: Event | None = None
        self._started = self._stopped = False
        self._job: Job | None = None
        self.checked = False  # the current event's pictures have been checked
        self._unsubscribe = presentation.changed.subscribe(self._on_changed)
        AfterFirstPaint(window, self.check)

    def check(self) -> None:
        """Check the current event's pictures off the UI thread; the notice follows."""
        if self._stopped:
            return
        event = self._presentation.event
        self._started = True
        self._checked = event
        self.checked = False
        if self._job is not None:
            self._job.forget()  # its event is no longer shown
        self._job = run_job(lambda _report: refused_pictures(event),
                            on_done=lambda found: self._show(event, found))

    def stop(self) -> None:
        """The app is closing: no more checks, and a check still running reports nothing."""
        self._unsubscribe()
        self._stopped = True
        if self._job is not None:
            self._job.forget()

    def _on_changed(self) -> None:
        if self._started and self._presentation.event is not self._checked:
            self.check()  # a reload; before the first paint the first check will see it

    def _show(self, event: Event, found: list[RefusedPicture]) -> None:
        if event is not self._presentation.event:
            return  # reloaded meanwhile: that check reports
        self.checked = True
        if not found:
            self._notices.dismiss(KEY)
            return
        self._notices.show_notice(
            KEY, self.tr("%n picture(s) will be shown as a placeholder", "", len(found)),
            "\n".join(self._line(picture) for picture in found), tone="warning")

    def _line(self, picture: RefusedPicture) -> str:
        if picture.too_large is not None:
            text = self.tr("Slide %1: %2 is %3, too large to show; scale it down, "
                           "e.g. to 3840 px wide.").replace("%3", picture.too_large)
        else:
            text = self.tr("Slide %1: %2 cannot be read (damaged or incomplete); "
                           "save it again as PNG or JPEG.")
        return text.replace("%1", str(picture.slide)).replace("%2", picture.src)
