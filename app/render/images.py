"""Image slides: the picture as large as fits, aspect kept, or a placeholder that says why.

A missing or undecodable file must not stop a presentation or leave a blank
hole the audience wonders about: it becomes a clearly drawn placeholder with
the alt text and the file name, and rendering carries on.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPaintEngine, QPainter, QPainterPath, QPen

from app.render.image_guard import decode_image, size_caption
from app.render.plan import TOP, Fill, Frame, Item, Text, heading
from app.render.text_fit import lay_out

PLACEHOLDER_ALT_PX, PLACEHOLDER_FILE_PX = 40.0, 30.0


def load_image(path: Path | None) -> QImage | None:
    """The decoded image, or None when it is missing or not an image Qt can read.

    Decoding a photo costs tens of milliseconds, so the last few decoded
    images are kept across reloads of the event; only a few, because a
    decoded photo is megabytes and the screens draw from the scaled copies
    (see ``Picture``). They are kept by content, not by name: a deck that
    uses the same picture in several files (the seed's placeholders, a logo
    copied per slide) decodes and keeps it once.
    """
    key = content_key(path)
    if key is None or path is None:
        return None
    if key in _decoded:
        _decoded.move_to_end(key)
        return _decoded[key]
    image = decode_image(path)[0]
    _remember(_decoded, key, image, DECODED_BUDGET)
    if image is not None:
        _sizes[key] = image.size()
        while len(_sizes) > DIGESTS_KEPT:
            del _sizes[next(iter(_sizes))]
    return image


def picture_size(path: Path | None) -> QSize | None:
    """The picture's size in pixels, or None when it cannot be shown (missing, refused,
    undecodable): what a plan needs. Known from the first decoding of the content on,
    so laying a slide out again needs no pixels, and the decoded image can go once
    its first scaled copy exists (see ``Picture``)."""
    key = content_key(path)
    if key is None:
        return None
    size = _sizes.get(key)
    if size is not None:
        return size
    image = load_image(path)
    return None if image is None else image.size()


DECODED_BUDGET = 4 * 1024 * 1024  # one 1200x800 picture; the newest is always kept
# Scaled copies: the projector's current picture and its neighbours' (a 1920x1080
# projector shows a 3:2 photo at about 1050x700, 2.9 MB) and the console's small ones.
SCALED_BUDGET = 10 * 1024 * 1024
# Smaller copies (the console's views, the overview) are not kept: those views keep
# the whole slide as a pixmap, and remaking such a copy from a kept one takes a millisecond.
KEPT_FROM_BYTES = 1024 * 1024
MAX_ENTRIES = 32
_ContentKey = bytes
_FileKey = tuple[str, int, int, int]
_decoded: OrderedDict[_ContentKey, QImage | None] = OrderedDict()
_scaled: OrderedDict[tuple[_ContentKey, int, int], QImage] = OrderedDict()
_digests: OrderedDict[_FileKey, _ContentKey] = OrderedDict()
_sizes: dict[_ContentKey, QSize] = {}
DIGESTS_KEPT = 256


def content_key(path: Path | None) -> _ContentKey | None:
    """A digest of the file's bytes (None if it cannot be read), remembered per
    (path, modification time, size, inode) so an unchanged file is read once."""
    if path is None:
        return None
    try:
        stat = path.stat()
        file_key = (str(path), stat.st_mtime_ns, stat.st_size, stat.st_ino)
        digest = _digests.get(file_key)
        if digest is None:
            digest = bytes(QCryptographicHash.hash(path.read_bytes(),
                                                   QCryptographicHash.Algorithm.Sha256).data())
    except OSError:
        return None
    _digests[file_key] = digest
    _digests.move_to_end(file_key)
    while len(_digests) > DIGESTS_KEPT:
        _digests.popitem(last=False)
    return digest


def _remember(cache: OrderedDict, key: object, image: QImage | None,  # type: ignore[type-arg]
              budget: int) -> None:
    """Add ``image``; drop the least recently used over ``budget`` bytes (the newest stays)."""
    cache[key] = image
    cache.move_to_end(key)
    while len(cache) > 1 and (len(cache) > MAX_ENTRIES or cached_bytes(cache) > budget):
        cache.popitem(last=False)


def cached_bytes(cache: OrderedDict) -> int:  # type: ignore[type-arg]
    """Bytes of the images in one of this module's caches (for the memory tests)."""
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
    """An image file drawn into ``rect``, smoothly, without rescaling it on every repaint.

    Rasters get a copy pre-scaled to the device pixels (rescaling a photo
    each frame costs more than the whole rest of the slide); a PDF gets the
    original, so the handout keeps the image's full resolution. The plan
    keeps the file's name, not its pixels: the decoded and scaled images
    live in bounded caches, so walking through a deck of photos does not
    keep every photo in memory. A decoded photo is kept only until its first
    scaled copy exists; smaller copies (the console's views) are made from
    that copy.
    """

    path: Path
    rect: QRectF

    def draw(self, painter: QPainter) -> None:
        engine = painter.paintEngine()
        transform = painter.combinedTransform()
        vector = engine is not None and engine.type() == QPaintEngine.Type.Pdf
        if vector or transform.type().value > transform.TransformationType.TxScale.value:
            image = load_image(self.path)
            if image is not None:
                painter.drawImage(self.rect, image)
            return
        ratio = painter.device().devicePixelRatioF()
        target = transform.mapRect(self.rect)
        pixels = QSize(max(1, round(target.width() * ratio)),
                       max(1, round(target.height() * ratio)))
        scaled = self._scaled(pixels, ratio)
        if scaled is None:
            return
        painter.save()
        painter.resetTransform()
        painter.drawImage(QPointF(round(target.left()), round(target.top())), scaled)
        painter.restore()

    def _scaled(self, pixels: QSize, ratio: float) -> QImage | None:
        digest = content_key(self.path)
        if digest is None:
            return None
        key = (digest, pixels.width(), pixels.height())
        scaled = _scaled.get(key)
        if scaled is not None:
            _scaled.move_to_end(key)
            return scaled
        source = _larger_copy(digest, pixels)
        if source is None:
            source = load_image(self.path)
            if source is None:
                return None
        scaled = source.scaled(pixels, Qt.AspectRatioMode.IgnoreAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(ratio)
        if scaled.sizeInBytes() >= KEPT_FROM_BYTES:
            _remember(_scaled, key, scaled, SCALED_BUDGET)
            # From now on smaller copies come from this one: the decoded photo, often
            # larger than any screen, need not stay in memory.
            _decoded.pop(digest, None)
        return scaled


def _larger_copy(digest: _ContentKey, pixels: QSize) -> QImage | None:
    """The smallest scaled copy of the picture at least ``pixels`` large, if one is kept."""
    copies = [image for (key, width, height), image in _scaled.items()
              if key == digest and width >= pixels.width() and height >= pixels.height()]
    return min(copies, key=lambda image: image.width() * image.height(), default=None)


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
    size = picture_size(image.path) if image else None
    if image is not None and size is not None:
        items.append(Picture(image.path, fitted_rect(QSizeF(size), area)))
    else:
        items.extend(_placeholder(frame, area, scale))
    # The heading may take at most half the body: the picture gets the rest.
    return items, (frame.body_bottom - TOP) / 2 / max(1.0, area.height())


def _placeholder(frame: Frame, area: QRectF, scale: float) -> list[Item]:
    palette = frame.palette
    image = frame.slide.image
    alt = (image.alt or "") if image else ""
    source = image.src if image else ""
    refused = size_caption(image.path) if image else None
    if refused:
        source = f"{source} ({refused})"
    width = area.width() * 0.8
    paras = []
    if alt:
        paras.append(frame.para(alt, PLACEHOLDER_ALT_PX, bold=True, align="center"))
    if source:
        paras.append(frame.para(source, PLACEHOLDER_FILE_PX, color=palette.muted,
                                align="center", space_before=0.6 if alt else 0.0))
    icon = QRectF(area.center().x() - 60, 0, 120, 90)
    items: list[Item] = [Fill(area, palette.tint), DashedFrame(area, palette.muted)]
    if paras:
        laid = lay_out(paras, width, scale)
        block = icon.height() + 48 + laid.height
        top = area.center().y() - block / 2
        items.append(Text(laid, QPointF(area.center().x() - width / 2, top + icon.height() + 48)))
    else:
        top = area.center().y() - icon.height() / 2
    items.append(MissingPictureIcon(icon.translated(0, top), palette.muted))
    return items
