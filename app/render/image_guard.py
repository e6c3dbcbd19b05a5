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

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from app.event.model import Event, Problem

MAX_SIDE_PX = 12_000
MAX_PIXELS = 100_000_000
# 100 megapixels at 4 bytes each, with headroom for Qt's intermediate buffers.
ALLOCATION_LIMIT_MB = 512


def size_problem(path: Path) -> str | None:
    """Why the image is too large to decode, from its header alone; None when it may be decoded."""
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    size = QImageReader(str(path)).size()
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
    refused = size_problem(path)
    if refused:
        return None, refused
    reader = QImageReader(str(path))
    size = reader.size()
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
    if size_problem(path) is None:
        return None
    size = QImageReader(str(path)).size()
    return f"{size.width()} x {size.height()} px"


def image_problems(event: Event) -> list[Problem]:
    """Warnings for ``plenum check``: images that exist but would show as a placeholder."""
    problems = []
    for number, slide in enumerate(event.slides, start=1):
        image = slide.image
        if image is None or not image.path.is_file():
            continue  # a missing file is already the loader's problem
        _, reason = decode_image(image.path)
        if reason:
            # Like a missing image: the day goes on with a placeholder, but check fails.
            problems.append(Problem(str(event.path), max(slide.line, 1), 1,
                                    f"slide {number}: image {image.src!r} {reason}", blocking=False))
    return problems
