"""A guest's own slides as a PDF: which pages, and whether the file can be shown at all.

Guests bring their deck exported from PowerPoint or Keynote. The event file
names it with ``pdf:``; each chosen page becomes a slide. Everything that can
be wrong with such a file (missing, not a PDF, encrypted, damaged, a page out
of range) is found here, when the event loads, so ``plenum check`` reports it
with its line and column and the day never meets it first on the projector.

PDFium (pypdfium2, the engine Chrome uses) reads the file; it is imported only
when an event has a ``pdf`` slide, so other events start without it. The file
is read through ``app.reading`` like every other input: a regular file only,
at most ``MAX_GUEST_PDF_BYTES``.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from app.reading import read_limited

if TYPE_CHECKING:
    import pypdfium2

MAX_GUEST_PDF_BYTES = 200 * 1_048_576
MAX_GUEST_PAGES = 2_000  # pages one ``pdf:`` entry may show
MAX_GUEST_FILE_PAGES = 10_000  # pages the file itself may have

# PDFium is not thread-safe: every call into it, from any thread, holds this.
PDFIUM_LOCK = threading.RLock()

_RANGE = re.compile(r"^\s*(\d+)\s*(?:(-)\s*(\d+)?)?\s*$")


class GuestPdfProblem(Exception):
    """Why a guest PDF cannot be shown, in words for ``plenum check``."""


class GuestDocument(NamedTuple):
    """What the event needs of a guest PDF: the size of each page, in points, and the
    file's modification time when it was read (a replaced file is a new version)."""

    page_sizes: tuple[tuple[float, float], ...]
    stamp: int


def parse_pages(spec: str, count: int) -> list[int]:
    """1-based page numbers from ``"1-3,5,8-"`` (``8-``: to the last page), in the order given.

    Raises ``GuestPdfProblem`` for a malformed part, a page past ``count`` or a
    range that runs backwards.
    """
    pages: list[int] = []
    for part in spec.split(","):
        match = _RANGE.match(part)
        if match is None:
            raise GuestPdfProblem(
                f"pages {spec!r}: {part.strip()!r} is not a page or a range; "
                "write pages like \"1-3,5,8-\"")
        first = int(match.group(1))
        last = (int(match.group(3)) if match.group(3) else count) if match.group(2) else first
        if first < 1 or last < first:
            raise GuestPdfProblem(f"pages {spec!r}: {part.strip()!r} runs backwards or starts at 0; "
                                  "pages count from 1")
        if last > count:
            raise GuestPdfProblem(f"pages {spec!r}: the PDF has {count} page"
                                  f"{'s' if count != 1 else ''}, so page {last} does not exist")
        pages.extend(range(first, last + 1))
    if len(pages) > MAX_GUEST_PAGES:
        raise GuestPdfProblem(f"pages {spec!r} picks {len(pages):,} pages; at most "
                              f"{MAX_GUEST_PAGES:,} can be shown: pick fewer")
    return pages


def page_spec(pages: list[int]) -> str:
    """Page numbers written back as ``parse_pages`` reads them: [3, 1, 2, 5] -> "3,1-2,5"."""
    runs: list[list[int]] = []
    for page in pages:
        if runs and page == runs[-1][1] + 1:
            runs[-1][1] = page
        else:
            runs.append([page, page])
    return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def open_document(path: Path) -> pypdfium2.PdfDocument:
    """The PDF at ``path``, opened by PDFium; raises ``GuestPdfProblem`` saying what is wrong.

    Call with ``PDFIUM_LOCK`` held; the document is the caller's to close.
    """
    try:
        data = read_limited(path, MAX_GUEST_PDF_BYTES)
    except FileNotFoundError:
        raise GuestPdfProblem("file not found: put the guest's PDF in the event's folder") from None
    except OSError as exc:
        raise GuestPdfProblem(f"cannot be read: {exc.strerror or exc}") from None
    if b"%PDF-" not in data[:1024]:
        raise GuestPdfProblem("is not a PDF: ask the guest to export the slides as PDF "
                              "(PowerPoint: File → Export → PDF)")
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise GuestPdfProblem("is protected by a password: ask the guest for a copy "
                                  "without one (or print it to PDF)") from None
        raise GuestPdfProblem("is damaged: PDFium cannot read it; ask the guest to export "
                              "it again") from None


def inspect_pdf(path: Path) -> GuestDocument:
    """The page sizes of the PDF at ``path``; raises ``GuestPdfProblem``."""
    with PDFIUM_LOCK:
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            stamp = 0  # open_document says what is wrong with it
        document = open_document(path)
        try:
            count = len(document)
            if count == 0:
                raise GuestPdfProblem("has no pages")
            if count > MAX_GUEST_FILE_PAGES:
                raise GuestPdfProblem(f"has {count:,} pages; at most {MAX_GUEST_FILE_PAGES:,} "
                                      "can be read: split the file")
            sizes = []
            for index in range(count):
                width, height = document.get_page_size(index)
                sizes.append((float(width), float(height)))
            return GuestDocument(tuple(sizes), stamp)
        finally:
            document.close()
