"""Images come from other people: refuse absurd sizes before decoding, and say why.

A 30,000 x 30,000 PNG is a few kilobytes on disk and 3.6 GB once decoded; a
truncated JPEG decodes to nothing. Either must become the renderer's
placeholder, quickly and without exhausting memory, and ``plenum check``
must tell the author what to fix. The size is read from the file's header
(``QImageReader.size`` decodes no pixels) and judged before any decoding;
Qt's own allocation limit backs the judgement up for formats whose header
lies.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from app.event.images import (
    HEAD_BYTES,
    MAX_IMAGE_BYTES,
    NOT_AN_IMAGE,
    image_kind,
    image_problem,
    svg_problem,
    unreadable,
)
from app.event.model import Event, Problem
from app.reading import read_limited

MAX_SIDE_PX = 12_000
MAX_PIXELS = 100_000_000
# 100 megapixels at 4 bytes each, with headroom for Qt's intermediate buffers.
ALLOCATION_LIMIT_MB = 512


def _source(path: Path) -> tuple[bytes, str] | str:
    """The file's bytes and kind ("png", "svg"), or why it may not be decoded.

    Qt decodes from these bytes, never from the path: the file is read once,
    bounded, as a regular file (``app.reading``), its kind is the one its bytes
    show (a PDF renamed ``.png`` is not handed to Qt's PDF plugin), and an SVG
    is decoded only after ``svg_problem`` found no reference to another file.
    """
    try:
        data = read_limited(path, MAX_IMAGE_BYTES)
    except OSError as exc:
        return unreadable(path, exc)
    kind = image_kind(data[:HEAD_BYTES])
    if kind is None:
        return NOT_AN_IMAGE
    if kind == "svg":
        problem = svg_problem(data)
        if problem:
            return problem
    return data, kind


class _Decoder:
    """A ``QImageReader`` over bytes in memory (it keeps the buffer it reads alive)."""

    def __init__(self, data: bytes, kind: str) -> None:
        QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
        self.buffer = QBuffer()
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.reader = QImageReader(self.buffer, kind.encode())


def _size_problem(size: QSize) -> str | None:
    """Why the image is too large to decode, from its header alone; None when it may be decoded."""
    if not size.isValid():
        return None  # the header gives no size; the decoder and its allocation limit decide
    width, height = size.width(), size.height()
    if max(width, height) > MAX_SIDE_PX or width * height > MAX_PIXELS:
        return (f"is {width} x {height} px, too large to show safely (the limit is {MAX_SIDE_PX} px "
                f"a side and {MAX_PIXELS // 1_000_000} megapixels); scale it down, e.g. to 3840 px wide")
    return None


def decode_image(path: Path, within: QSize | None = None) -> tuple[QImage | None, str | None]:
    """The decoded image, or None and the reason it cannot be shown.

    With ``within``, a larger picture is decoded straight to the largest size
    of its shape that fits (JPEG decoders do that at a fraction of the cost and
    memory of a full decode): a 12-megapixel photo is 48 MB decoded, a screen
    shows 2.
    """
    source = _source(path)
    if isinstance(source, str):
        return None, source
    decoder = _Decoder(*source)  # held: the reader reads from its buffer
    reader = decoder.reader
    size = reader.size()  # read from the header: no pixels decoded
    refused = _size_problem(size)
    if refused:
        return None, refused
    if within is not None and size.isValid() and (
            size.width() > within.width() or size.height() > within.height()):
        reader.setScaledSize(size.scaled(within, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None, f"cannot be decoded ({reader.errorString()}); save it again as PNG or JPEG"
    return image, None


def size_caption(path: Path) -> str | None:
    """``"30000 x 30000 px"`` for an image refused for its size: the placeholder's reason,
    in digits, so the projector needs no language."""
    source = _source(path)
    if isinstance(source, str):
        return None
    decoder = _Decoder(*source)
    size = decoder.reader.size()
    if _size_problem(size) is None:
        return None
    return f"{size.width()} x {size.height()} px"


def image_problems(event: Event) -> list[Problem]:
    """Warnings for ``plenum check``: images that exist but would show as a placeholder."""
    problems = []
    reasons: dict[Path, str | None] = {}  # a picture on many slides is decoded once
    for number, slide in enumerate(event.slides, start=1):
        image = slide.image
        if image is None or image.path is None:
            continue  # outside the folder: already the loader's problem
        if image.path not in reasons:
            # Missing or not an image is already the loader's problem.
            reasons[image.path] = (None if image_problem(image.path) is not None
                                   else decode_image(image.path)[1])
        reason = reasons[image.path]
        if reason:
            # Like a missing image: the day goes on with a placeholder, but check fails.
            problems.append(Problem(str(event.path), max(slide.line, 1), 1,
                                    f"slide {number}: image {image.src!r} {reason}", blocking=False))
    return problems
