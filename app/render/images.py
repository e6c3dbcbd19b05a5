"""Image slides: the picture as large as fits, aspect kept, or a placeholder that says why.

A missing or undecodable file must not stop a presentation or leave a blank
hole the audience wonders about: it becomes a clearly drawn placeholder with
the alt text and the file name, and rendering carries on.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCryptographicHash, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPaintEngine, QPainter, QPainterPath, QPen

from app.event.images import MAX_IMAGE_BYTES
from app.reading import read_limited
from app.render.image_guard import decode_image, size_caption
from app.render.plan import TOP, Fill, Frame, Item, Text, heading
from app.render.text_fit import Para

PLACEHOLDER_ALT_PX, PLACEHOLDER_FILE_PX = 40.0, 30.0


class PictureCache:
    """Pictures decoded for screens, their reduced copies and their sizes, for one
    ``RenderContext``; every entry is bounded (budgets below), the newest always kept."""

    def __init__(self) -> None:
        self._decoded: OrderedDict[_ContentKey, QImage | None] = OrderedDict()
        self._reduced: OrderedDict[tuple[_ContentKey, int, int, float], QImage] = OrderedDict()
        self._digests: OrderedDict[_FileKey, _ContentKey] = OrderedDict()
        self._sizes: dict[_ContentKey, QSize] = {}

    def load(self, path: Path | None) -> QImage | None:
        """The picture decoded for screens, or None when it is missing or not an image Qt can read.

        Screens draw pictures straight from this image (see ``Picture``), so it is
        decoded no larger than the logical canvas (``SCREEN_BOX``): a photo from
        a camera is decoded to about 2 megapixels, not its own 12. Decoding costs
        tens of milliseconds, so the last few are kept across reloads of the
        event, by content, not by name: a deck that uses the same picture in
        several files (the seed's placeholders, a logo copied per slide) decodes
        and keeps it once.
        """
        key = self.content_key(path)
        return None if key is None or path is None else self.decoded(key, path)

    def decoded(self, key: _ContentKey, path: Path) -> QImage | None:
        """``load`` for a picture whose ``content_key`` is known: a paint asks for the
        key once, not once per lookup (each asks the file system)."""
        if key in self._decoded:
            self._decoded.move_to_end(key)
            return self._decoded[key]
        image = _for_drawing(decode_image(path, SCREEN_BOX)[0])
        _remember(self._decoded, key, image, DECODED_BUDGET)
        if image is not None:
            self._sizes[key] = image.size()
            while len(self._sizes) > DIGESTS_KEPT:
                del self._sizes[next(iter(self._sizes))]
        return image

    def size(self, path: Path | None) -> QSize | None:
        """The picture's size as decoded for screens, or None when it cannot be shown (missing,
        refused, undecodable): what a plan needs, of which only the shape matters. Known
        from the first decoding of the content on, so laying a slide out again needs no
        pixels."""
        key = self.content_key(path)
        if key is None:
            return None
        size = self._sizes.get(key)
        if size is not None:
            return size
        assert path is not None  # a key comes only from a path
        image = self.decoded(key, path)
        return None if image is None else image.size()

    def reduced(self, content: _ContentKey, image: QImage, pixels: QSize, ratio: float) -> QImage:
        """``image`` (the picture whose ``content_key`` is ``content``) smoothly reduced to
        ``pixels``, kept for the next paint at that size."""
        key = (content, pixels.width(), pixels.height(), ratio)
        small = self._reduced.get(key)
        if small is None:
            small = image.scaled(pixels, Qt.AspectRatioMode.IgnoreAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
            small.setDevicePixelRatio(ratio)
            _remember(self._reduced, key, small, SMALL_BUDGET)
        else:
            self._reduced.move_to_end(key)
        return small

    def content_key(self, path: Path | None) -> _ContentKey | None:
        """A digest of the file's bytes (None if it cannot be read), remembered per
        (path, modification time, size, inode) so an unchanged file is read once."""
        if path is None:
            return None
        try:
            stat = path.stat()
            file_key = (str(path), stat.st_mtime_ns, stat.st_size, stat.st_ino)
            digest = self._digests.get(file_key)
            if digest is None:
                digest = bytes(QCryptographicHash.hash(read_limited(path, MAX_IMAGE_BYTES),
                                                       QCryptographicHash.Algorithm.Sha256).data())
        except OSError:
            return None
        self._digests[file_key] = digest
        self._digests.move_to_end(file_key)
        while len(self._digests) > DIGESTS_KEPT:
            self._digests.popitem(last=False)
        return digest

    @property
    def decoded_count(self) -> int:
        """How many pictures are kept decoded (a missing one counts: it is not read again)."""
        return len(self._decoded)

    @property
    def decoded_bytes(self) -> int:
        """Bytes of the pictures kept decoded; at most ``DECODED_BUDGET`` (or the newest)."""
        return _bytes_of(self._decoded)

    @property
    def reduced_images(self) -> list[QImage]:
        """The reduced copies kept, oldest first."""
        return list(self._reduced.values())

    @property
    def reduced_bytes(self) -> int:
        """Bytes of the reduced copies; at most ``SMALL_BUDGET`` (or the newest)."""
        return _bytes_of(self._reduced)


def load_original(path: Path) -> QImage | None:
    """The picture at its full resolution, for PDFs (a handout keeps every pixel); not kept."""
    return _for_drawing(decode_image(path)[0])


def _for_drawing(image: QImage | None) -> QImage | None:
    """Pictures with transparency premultiplied once, as the painter blends them."""
    if image is not None and image.hasAlphaChannel():
        return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    return image


SCREEN_BOX = QSize(1920, 1080)  # the logical canvas: the most a 1080p projector shows
# The current slide's picture and its two neighbours', each at most a screen (8 MB);
# the seed's two 1200x800 pictures take 7.3 MB. The newest is always kept.
DECODED_BUDGET = 3 * 1920 * 1080 * 4
# Reduced copies for views that show a picture at less than half its decoded size (the
# overview's thumbnails): drawing those straight from the picture would alias.
SMALL_BUDGET = 2 * 1024 * 1024
DIRECT_FROM = 0.5  # drawn straight from the decoded picture down to half its size
MAX_ENTRIES = 32
_ContentKey = bytes
_FileKey = tuple[str, int, int, int]
DIGESTS_KEPT = 256
_Key = TypeVar("_Key", bound=Hashable)
_Image = TypeVar("_Image", QImage, QImage | None)


def _remember(cache: OrderedDict[_Key, _Image], key: _Key, image: _Image, budget: int) -> None:
    """Add ``image``; drop the least recently used over ``budget`` bytes (the newest stays)."""
    cache[key] = image
    cache.move_to_end(key)
    while len(cache) > 1 and (len(cache) > MAX_ENTRIES or _bytes_of(cache) > budget):
        cache.popitem(last=False)


def _bytes_of(cache: Mapping[Any, QImage | None]) -> int:
    """Bytes of the images in one of ``PictureCache``'s stores."""
    return sum(image.sizeInBytes() for image in cache.values() if image is not None)


def fitted_rect(size: QSizeF, area: QRectF) -> QRectF:
    """The largest rectangle of ``size``'s shape centred in ``area``: never stretched."""
    if size.isEmpty():
        return QRectF(area)
    factor = min(area.width() / size.width(), area.height() / size.height())
    width, height = size.width() * factor, size.height() * factor
    return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)


@dataclass
class Picture:
    """An image file drawn into ``rect``, smoothly, aspect kept.

    Screens draw the picture as decoded for screens (``PictureCache.load``), scaled
    as it is drawn onto whole device pixels: about 3 ms for a full-screen
    picture. A smooth copy per screen size took 30 ms to make, and even one
    copy at the picture's canvas size (1-2 ms less per paint) measured +5 MiB
    of peak memory on the seed, which shows one picture at two sizes. Only
    views showing it at less than half its size (thumbnails) get a reduced
    copy, which stays sharp where drawing it straight would alias. A PDF gets
    the original, so the handout keeps the image's full resolution. The plan
    keeps the file's name, not its pixels: decoded images live in a bounded
    cache, so walking through a deck of photos does not keep every photo in
    memory.
    """

    path: Path
    rect: QRectF
    cache: PictureCache

    def draw(self, painter: QPainter) -> None:
        engine = painter.paintEngine()
        if engine is not None and engine.type() == QPaintEngine.Type.Pdf:
            original = load_original(self.path)
            if original is not None:
                painter.drawImage(self.rect, original)
            return
        content = self.cache.content_key(self.path)
        image = None if content is None else self.cache.decoded(content, self.path)
        if content is None or image is None:
            return
        transform = painter.combinedTransform()  # to device pixels: it includes the pixel ratio
        ratio = painter.device().devicePixelRatioF()
        target = transform.mapRect(self.rect)
        pixels = QSize(max(1, round(target.width())), max(1, round(target.height())))
        # After resetTransform() the painter still scales by the pixel ratio.
        corner = QPointF(round(target.left()) / ratio, round(target.top()) / ratio)
        rotated = transform.type().value > transform.TransformationType.TxScale.value
        if rotated:
            painter.drawImage(self.rect, image)
            return
        if pixels.width() >= DIRECT_FROM * image.width():
            # On whole device pixels and without antialiasing the painter scales a
            # full-screen picture in about 3 ms instead of 4.5, with crisp edges.
            painter.save()
            painter.resetTransform()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.drawImage(QRectF(corner, QSizeF(pixels) / ratio), image)
            painter.restore()
            return
        small = self.cache.reduced(content, image, pixels, ratio)
        painter.save()
        painter.resetTransform()
        painter.drawImage(corner, small)
        painter.restore()


@dataclass
class DashedFrame:
    rect: QRectF
    color: QColor

    def draw(self, painter: QPainter) -> None:
        pen = QPen(self.color, 4, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect.adjusted(2, 2, -2, -2))


@dataclass
class MissingPictureIcon:
    """A framed landscape with a slash: "picture missing", in any language."""

    rect: QRectF
    color: QColor

    def draw(self, painter: QPainter) -> None:
        r = self.rect
        painter.setPen(QPen(self.color, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(r, 10, 10)
        hills = QPainterPath(QPointF(r.left() + 10, r.bottom() - 12))
        hills.lineTo(r.left() + r.width() * 0.38, r.top() + r.height() * 0.45)
        hills.lineTo(r.left() + r.width() * 0.58, r.top() + r.height() * 0.7)
        hills.lineTo(r.left() + r.width() * 0.72, r.top() + r.height() * 0.55)
        hills.lineTo(r.right() - 10, r.bottom() - 12)
        painter.drawPath(hills)
        painter.drawEllipse(QPointF(r.left() + r.width() * 0.74, r.top() + r.height() * 0.28),
                            r.width() * 0.08, r.width() * 0.08)
        painter.drawLine(QPointF(r.left() - 8, r.bottom() + 8), QPointF(r.right() + 8, r.top() - 8))


def image_slide(frame: Frame, scale: float) -> tuple[list[Item], float]:
    items, top = heading(frame, scale)
    area = QRectF(frame.margin, top, frame.content_width, frame.body_bottom - top)
    image = frame.slide.image
    pictures = frame.render.pictures
    size = pictures.size(image.path) if image else None
    if image is not None and image.path is not None and size is not None:
        items.append(Picture(image.path, fitted_rect(QSizeF(size), area), pictures))
    else:
        items.extend(_placeholder(frame, area, scale))
    # The heading may take at most half the body: the picture gets the rest.
    return items, (frame.body_bottom - TOP) / 2 / max(1.0, area.height())


def _placeholder(frame: Frame, area: QRectF, scale: float) -> list[Item]:
    palette = frame.palette
    image = frame.slide.image
    alt = (image.alt or "") if image else ""
    source = image.src if image else ""
    refused = size_caption(image.path) if image and image.path else None
    if refused:
        source = f"{source} ({refused})"
    paras = []
    if alt:
        paras.append(frame.para(alt, PLACEHOLDER_ALT_PX, bold=True, align="center"))
    if source:
        paras.append(frame.para(source, PLACEHOLDER_FILE_PX, color=palette.muted,
                                align="center", space_before=0.6 if alt else 0.0))
    return placeholder_items(frame, area, paras, scale)


def placeholder_items(frame: Frame, area: QRectF, paras: list[Para], scale: float) -> list[Item]:
    """What stands where a picture or a guest's page cannot be shown: a tinted, dashed
    frame with the missing-picture icon, and ``paras`` (what was missing) under it."""
    palette = frame.palette
    width = area.width() * 0.8
    icon = QRectF(area.center().x() - 60, 0, 120, 90)
    items: list[Item] = [Fill(area, palette.tint), DashedFrame(area, palette.muted)]
    if paras:
        laid = frame.lay_out(paras, width, scale)
        block = icon.height() + 48 + laid.height
        top = area.center().y() - block / 2
        items.append(Text(laid, QPointF(area.center().x() - width / 2, top + icon.height() + 48)))
    else:
        top = area.center().y() - icon.height() / 2
    items.append(MissingPictureIcon(icon.translated(0, top), palette.muted))
    return items
