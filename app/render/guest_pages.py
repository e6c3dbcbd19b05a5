"""Pages of a guest's PDF on screens: rasterised by PDFium at the target's device pixels.

A guest page is drawn like a picture slide, but its pixels come from PDFium
(pypdfium2) at exactly the size of the view, so text stays as sharp as the
guest's own PDF viewer shows it. Rasterising a page takes tens of
milliseconds, so the pages next to the current one are rasterised ahead of
need on a background thread (``GuestPageCache.prefetch``, called by ``prepare_slide``), and
the images are kept in a cache with a memory budget, as decoded pictures are.
A paint that finds its page missing rasterises it there and then.

PDF output (``plenum export-deck``) gets no pixels: the export puts the
guest's original vector page in their place (``export.splice_guest_pages``).
A page that cannot be rasterised draws the placeholder a missing picture
gets, and never stops the presentation.

PDFium is not thread-safe: every call holds ``guest_pdf.PDFIUM_LOCK``.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPaintEngine, QPainter, QTransform

from app.event.guest_pdf import PDFIUM_LOCK, GuestPdfProblem, open_document
from app.event.model import GuestPage
from app.render.images import fitted_rect, placeholder_items
from app.render.plan import Frame, Item

PLACEHOLDER_PX = 40.0

log = logging.getLogger(__name__)

BUDGET_BYTES = 28 * 1_048_576  # the projector's page and its two neighbours, the console's views
OPEN_DOCUMENTS = 4  # guests' files kept open (parsing a large PDF again costs time)

_PageKey = tuple[str, int, int, int, int]  # path, file mtime (ns), page, width, height


@dataclass
class GuestPageItem:
    """A guest's page letterboxed into ``rect`` on the slide's canvas.

    ``fallback`` is what to draw when the page cannot be rasterised (the
    placeholder a missing picture gets).
    """

    page: GuestPage
    rect: QRectF
    cache: GuestPageCache
    fallback: list[Item] = field(default_factory=list)

    def draw(self, painter: QPainter) -> None:
        engine = painter.paintEngine()
        if engine is not None and engine.type() == QPaintEngine.Type.Pdf:
            return  # the deck's export puts the original vector page here
        transform = painter.combinedTransform()  # to device pixels, pixel ratio included
        if transform.type().value > QTransform.TransformationType.TxScale.value:
            self._draw_fallback(painter)
            return
        target = transform.mapRect(self.rect)
        pixels = QSize(max(1, round(target.width())), max(1, round(target.height())))
        ratio = painter.device().devicePixelRatioF()
        image = self.cache.page_image(self.page, pixels, ratio)
        if image is None:
            self._draw_fallback(painter)
            return
        painter.save()
        painter.resetTransform()  # what stays is the pixel ratio's scale
        painter.drawImage(QPointF(round(target.left()) / ratio, round(target.top()) / ratio), image)
        painter.restore()

    def device_pixels(self, canvas_to_device: float) -> QSize:
        """The page's size in device pixels when the canvas is drawn at this scale."""
        size = QSizeF(self.rect.size()) * canvas_to_device
        return QSize(max(1, round(size.width())), max(1, round(size.height())))

    def _draw_fallback(self, painter: QPainter) -> None:
        for item in self.fallback:
            item.draw(painter)


def guest_slide(frame: Frame, scale: float) -> tuple[list[Item], float]:
    """A page of a guest's PDF, as large as the canvas allows, letterboxed on the theme's
    background; the placeholder when the file cannot be shown."""
    page = frame.slide.guest
    canvas = QRectF(0, 0, frame.width, frame.height)
    area = canvas.adjusted(frame.margin, frame.margin / 2, -frame.margin, -frame.margin / 2)
    placeholder = _placeholder(frame, area, page)
    if page is None or page.path is None or page.size is None:
        return placeholder, 0.0
    item = GuestPageItem(page, fitted_rect(QSizeF(*page.size), canvas), frame.render.guest_pages,
                         placeholder)
    return [item], 0.0


def _placeholder(frame: Frame, area: QRectF, page: GuestPage | None) -> list[Item]:
    """What a missing picture shows: the file's name (and the page) in a dashed frame."""
    caption = f"{page.src} · {page.number}" if page is not None else ""
    return placeholder_items(frame, area, [frame.para(caption, PLACEHOLDER_PX,
                                                      color=frame.palette.muted, align="center")], 1.0)


class GuestPageCache:
    """Rasterised guest pages within a budget (``BUDGET_BYTES``), the guests' open files, and
    the thread that rasterises ahead, for one ``RenderContext``."""

    def __init__(self, budget_bytes: int = BUDGET_BYTES) -> None:
        self._budget = budget_bytes
        self._pages: OrderedDict[_PageKey, QImage] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()  # guards _pages, _bytes and _pending
        self._documents: OrderedDict[str, tuple[int, Any]] = OrderedDict()  # path -> (mtime, doc)
        self._pending: dict[_PageKey, GuestPage] = {}  # asked for by prefetch, not made yet
        self._worker: Any = None  # a ThreadPoolExecutor, made on first use

    def page_image(self, page: GuestPage, pixels: QSize, ratio: float = 1.0) -> QImage | None:
        """The page rasterised at ``pixels``; None if the file or page cannot be read."""
        key = _key(page, pixels)
        if key is None:
            return None
        with self._lock:
            image = self._pages.get(key)
            if image is not None:
                self._pages.move_to_end(key)
            larger = self._larger_cached(key) if image is None else None
        if image is None and larger is not None:
            # A smaller view (the console's, a thumbnail) of a page the projector has:
            # scaled from it in a few ms, instead of waiting for PDFium, which the
            # background thread may be holding for the next page.
            image = larger.scaled(pixels, Qt.AspectRatioMode.IgnoreAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            self._remember(key, image)
        if image is None:
            image = self._rasterise_cached(page, key)
        if image is not None and image.devicePixelRatio() != ratio:
            image = QImage(image)  # a shallow copy: the cached one keeps its own ratio
            image.setDevicePixelRatio(ratio)
        return image

    def prefetch(self, page: GuestPage, pixels: QSize) -> None:
        """Rasterise the page at ``pixels`` on the background thread, if it is not cached yet."""
        key = _key(page, pixels)
        if key is None:
            return
        with self._lock:
            if key in self._pages or key in self._pending:
                return
            self._pending[key] = page
        if self._worker is None:
            from concurrent.futures import ThreadPoolExecutor

            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="guest-pages")
        self._worker.submit(self._rasterise_largest_pending)

    def wait_for_prefetch(self) -> None:
        """Block until every page asked for by ``prefetch`` has been rasterised."""
        if self._worker is not None:
            self._worker.submit(lambda: None).result()

    def is_cached(self, page: GuestPage, pixels: QSize) -> bool:
        """Whether the page is ready at ``pixels``, so that a paint only copies it."""
        key = _key(page, pixels)
        with self._lock:
            return key is not None and key in self._pages

    @property
    def cached_bytes(self) -> int:
        """Bytes the rasterised pages take; at most the budget (or the newest page)."""
        return self._bytes

    def close(self) -> None:
        """Finish the pages asked for, stop the thread and close the guests' files."""
        if self._worker is not None:
            self._worker.shutdown(wait=True)
            self._worker = None
        with PDFIUM_LOCK:
            while self._documents:
                _, (_, document) = self._documents.popitem()
                document.close()

    def _rasterise_largest_pending(self) -> None:
        """The projector's page first: it is the largest, the slowest to make and the first
        the next key press needs; the console's smaller views are scaled from it."""
        with self._lock:
            if not self._pending:
                return
            key = max(self._pending, key=lambda k: k[3] * k[4])
            page = self._pending.pop(key)
        self._rasterise_cached(page, key)

    def _rasterise_cached(self, page: GuestPage, key: _PageKey) -> QImage | None:
        with PDFIUM_LOCK:
            with self._lock:
                image = self._pages.get(key)  # the other thread may have made it meanwhile
            if image is not None:
                return image
            try:
                image = self._rasterise(key)
            except Exception:  # a damaged page: the placeholder, never a stopped talk
                log.exception("cannot rasterise page %d of %s", page.number, page.path)
                return None
        self._remember(key, image)
        return image

    def _remember(self, key: _PageKey, image: QImage) -> None:
        with self._lock:
            if key in self._pages:
                return
            self._pages[key] = image
            self._bytes += image.sizeInBytes()
            while len(self._pages) > 1 and self._bytes > self._budget:
                _, dropped = self._pages.popitem(last=False)
                self._bytes -= dropped.sizeInBytes()

    def _larger_cached(self, key: _PageKey) -> QImage | None:
        """The largest cached image of the same page at least as large as ``key``'s (lock held)."""
        best: QImage | None = None
        for other, image in self._pages.items():
            if other[:3] == key[:3] and other[3] >= key[3] and other[4] >= key[4] and (
                    best is None or image.width() > best.width()):
                best = image
        return best

    def _rasterise(self, key: _PageKey) -> QImage:
        """Called with PDFIUM_LOCK held. PDFium draws straight into the image's own pixels
        (its public C API through ``pypdfium2.raw``): one buffer per page, no copy of it."""
        import ctypes

        import pypdfium2.raw as pdfium_c

        path, mtime, number, width, height = key
        document = self._document(Path(path), mtime)
        pdf_page = document[number - 1]
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFFFF)  # paper: a page's transparent parts are white, as in any viewer
        pixels = (ctypes.c_ubyte * image.sizeInBytes()).from_buffer(image.bits())
        bitmap = pdfium_c.FPDFBitmap_CreateEx(width, height, pdfium_c.FPDFBitmap_BGRx, pixels,
                                              image.bytesPerLine())
        try:
            pdfium_c.FPDF_RenderPageBitmap(bitmap, pdf_page.raw, 0, 0, width, height, 0,
                                           pdfium_c.FPDF_ANNOT)
        finally:
            pdfium_c.FPDFBitmap_Destroy(bitmap)
            pdf_page.close()
        del pixels
        return image

    def _document(self, path: Path, mtime: int) -> Any:
        """The open document for ``path`` as of ``mtime``; called with PDFIUM_LOCK held."""
        name = str(path)
        known = self._documents.get(name)
        if known is not None and known[0] == mtime:
            self._documents.move_to_end(name)
            return known[1]
        if known is not None:
            known[1].close()
            del self._documents[name]
        try:
            document = open_document(path)
        except GuestPdfProblem as exc:
            raise OSError(f"{path}: {exc}") from None
        self._documents[name] = (mtime, document)
        while len(self._documents) > OPEN_DOCUMENTS:
            _, (_, oldest) = self._documents.popitem(last=False)
            oldest.close()
        return document


def _key(page: GuestPage, pixels: QSize) -> _PageKey | None:
    """The cache key: the file as the event loaded it (no disk access while painting; a
    replaced file reloads the event, whose pages carry the new stamp), page and size."""
    if page.path is None:
        return None
    return (str(page.path), page.stamp, page.number, pixels.width(), pixels.height())
