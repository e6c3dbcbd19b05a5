"""Slides to files: PNG per slide and a vector PDF deck, both written atomically.

Both go through ``paint_slide``, so a handout is the projector's slide, and
both write a temporary file beside the target, fsync it and rename it over
the target: a crash or a full disk leaves the old file, never half a new one.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from app import files
from app.event.model import Event
from app.render.context import RenderContext
from app.render.fonts import ensure_gui_application
from app.render.slide_painter import paint_slide, render_slide_image

PDF_RESOLUTION = 1200  # device units per inch; text and shapes stay vectors anyway
SLIDE_HEIGHT_INCHES = 7.5  # the height of a PowerPoint slide, so printing scales as usual


class ExportError(Exception):
    """A file could not be written; the message is one line naming the path."""


def slide_file_names(event: Event, indices: Sequence[int]) -> list[str]:
    digits = max(2, len(str(len(event.slides))))
    return [f"slide-{index + 1:0{digits}d}.png" for index in indices]


def export_pngs(render: RenderContext, event: Event, folder: Path, indices: Sequence[int],
                width: int) -> list[Path]:
    """Write slides ``indices`` (0-based) as PNGs ``width`` pixels wide into ``folder``."""
    ensure_gui_application()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create folder {folder}: {exc.strerror or exc}") from exc
    written = []
    for index, name in zip(indices, slide_file_names(event, indices), strict=True):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6's stubs: save's format is str (they say bytes, which it refuses), and
        # QByteArray.data() returns bytes (they say bytes or another buffer).
        render_slide_image(render, event, index, width).save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        written.append(write_atomically(folder / name, data.data()))  # type: ignore[arg-type]
    return written


def export_pdf(render: RenderContext, event: Event, path: Path) -> Path:
    """Write the whole deck as a PDF, one page per slide, text as real (selectable) text."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    canvas_w, canvas_h = event.theme.canvas_size
    page = QSizeF(SLIDE_HEIGHT_INCHES * canvas_w / canvas_h, SLIDE_HEIGHT_INCHES)
    writer.setPageLayout(QPageLayout(QPageSize(page, QPageSize.Unit.Inch),
                                     QPageLayout.Orientation.Portrait, QMarginsF()))
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(event.info.title)
    writer.setCreator("Plenum")
    painter = QPainter(writer)
    try:
        for index in range(len(event.slides)):
            if index:
                writer.newPage()
            paint_slide(painter, render, event, index,
                        QRectF(0, 0, writer.width(), writer.height()))
    finally:
        painter.end()
    buffer.close()
    deck: bytes = data.data()  # type: ignore[assignment]  # bytes (the stub: bytes or another buffer)
    if any(slide.guest is not None for slide in event.slides):
        deck = splice_guest_pages(event, deck)
    return write_atomically(path, deck)


def splice_guest_pages(event: Event, deck: bytes) -> bytes:
    """The deck with each guest slide's page replaced by the guest's original page.

    The original is placed as a vector page, scaled and centred on the slide's
    page (letterboxed on the theme's background, which the deck's page already
    has), so its text stays text: selectable, searchable and sharp in print.
    """
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.errors import PyPdfError

    from app.event.guest_pdf import MAX_GUEST_PDF_BYTES
    from app.reading import read_limited

    writer = PdfWriter(clone_from=PdfReader(BytesIO(deck)))
    guests: dict[Path, PdfReader] = {}
    for index, slide in enumerate(event.slides):
        page = slide.guest
        if page is None or page.path is None:
            continue
        try:
            if page.path not in guests:
                guests[page.path] = PdfReader(BytesIO(read_limited(page.path, MAX_GUEST_PDF_BYTES)))
            original = guests[page.path].pages[page.number - 1]
            box = original.mediabox
            target = writer.pages[index]
            width, height = float(target.mediabox.width), float(target.mediabox.height)
            scale = min(width / float(box.width), height / float(box.height))
            dx = (width - float(box.width) * scale) / 2 - float(box.left) * scale
            dy = (height - float(box.height) * scale) / 2 - float(box.bottom) * scale
            target.merge_transformed_page(original, Transformation().scale(scale).translate(dx, dy))
        except (OSError, PyPdfError, IndexError, ValueError) as exc:
            raise ExportError(f"{page.path}: page {page.number} cannot be copied into the deck: "
                              f"{exc}") from exc
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def write_atomically(path: Path, data: bytes) -> Path:
    """``path`` ends up holding either its old content or all of ``data``."""
    try:
        return files.write_atomically(path, data)
    except files.WriteFailed as exc:
        raise ExportError(str(exc)) from exc
