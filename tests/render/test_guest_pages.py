"""A guest's PDF pages on screens, in PNGs and in the exported deck."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdfium2
import pytest
from guestkit import guest_event, write_guest_pdf
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from app.cli import main
from app.event.loader import load_event
from app.render import guest_pages
from app.render.slide_painter import paint_slide, prepare_slide


def _pdfium_page(path: Path, number: int, width: int) -> QImage:
    """The page as PDFium itself renders it, ``width`` pixels wide."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        page = document[number - 1]
        bitmap = page.render(scale=width / page.get_size()[0], prefer_bgrx=True,
                             fill_color=(255, 255, 255, 255))
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB32).copy()
        bitmap.close()
        page.close()
        return image
    finally:
        document.close()


def _far_pixels(a: QImage, b: QImage) -> int:
    assert (a.width(), a.height()) == (b.width(), b.height())
    far = 0
    for y in range(0, a.height(), 3):
        for x in range(0, a.width(), 3):
            ca, cb = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            far += max(abs(ca.red() - cb.red()), abs(ca.green() - cb.green()),
                       abs(ca.blue() - cb.blue())) > 48
    return far


@pytest.mark.slow  # compares three 1920 px pages pixel by pixel
def test_plenum_render_draws_each_page_as_pdfium_does(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = write_guest_pdf(tmp_path / "gjest.pdf", size=(960.0, 540.0))  # the event's own 16:9
    event = guest_event(tmp_path, "  - pdf: gjest.pdf\n")
    assert main(["render", str(event), "--out", str(tmp_path / "png")]) == 0
    for number in (1, 2, 3):
        ours = QImage(str(tmp_path / "png" / f"slide-{number + 1:02d}.png"))
        assert ours.width() == 1920
        theirs = _pdfium_page(pdf, number, ours.width())
        assert _far_pixels(ours.convertToFormat(QImage.Format.Format_RGB32), theirs) == 0


def test_a_4_3_page_is_letterboxed_on_the_theme_background(qapp, tmp_path: Path, render) -> None:  # type: ignore[no-untyped-def]
    write_guest_pdf(tmp_path / "gjest.pdf", size=(720.0, 540.0))
    path = guest_event(tmp_path, "  - pdf: gjest.pdf\n    pages: 1\n",
                       theme='theme: {background: "#203040"}\n')
    event = load_event(path).event
    assert event is not None
    image = QImage(1920, 1080, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_slide(painter, render, event, 1, QRectF(0, 0, 1920, 1080))
    painter.end()
    assert QColor(image.pixel(100, 540)).name() == "#203040"  # a bar beside the 1440 px page
    assert QColor(image.pixel(1820, 540)).name() == "#203040"
    assert QColor(image.pixel(960, 540)).name() == "#ffffff"  # the page itself
    assert QColor(image.pixel(300, 20)).name() == "#1d3557"  # its title band, from its left edge


def test_the_exported_deck_holds_the_guest_pages_as_text(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write_guest_pdf(tmp_path / "gjest.pdf")
    event = guest_event(tmp_path, '  - pdf: gjest.pdf\n    pages: "3,1"\n')
    out = tmp_path / "deck.pdf"
    assert main(["export-deck", str(event), "--out", str(out)]) == 0
    pages = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")
    assert "Før gjesten" in pages[0]
    assert "Kjent tekst gamma" in pages[1] and "Kjent tekst alfa" not in pages[1]
    assert "Kjent tekst alfa" in pages[2]
    assert "Etter gjesten" in pages[3]


def test_neighbours_are_rasterised_ahead_on_a_background_thread(qapp, tmp_path: Path, render) -> None:  # type: ignore[no-untyped-def]
    write_guest_pdf(tmp_path / "gjest.pdf")
    event = load_event(guest_event(tmp_path, "  - pdf: gjest.pdf\n")).event
    assert event is not None
    page = event.slides[2].guest
    assert page is not None
    # 4:3 in the 1366x768 view's 16:9 canvas: 1024 x 768 device pixels.
    assert not render.guest_pages.is_cached(page, QSize(1024, 768))
    prepare_slide(render, event, 2, QRectF(0, 0, 1366, 768).size())
    render.guest_pages.wait_for_prefetch()
    assert render.guest_pages.is_cached(page, QSize(1024, 768))


def test_a_page_that_cannot_be_read_draws_the_placeholder(qapp, tmp_path: Path, render) -> None:  # type: ignore[no-untyped-def]
    pdf = write_guest_pdf(tmp_path / "gjest.pdf")
    event = load_event(guest_event(tmp_path, "  - pdf: gjest.pdf\n")).event
    assert event is not None
    pdf.write_bytes(b"%PDF-1.7\n" + b"\x00" * 200)  # damaged after the event loaded
    image = QImage(960, 540, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_slide(painter, render, event, 1, QRectF(0, 0, 960, 540))  # must not raise
    painter.end()
    assert render.guest_pages.page_image(event.slides[1].guest, QSize(720, 540)) is None  # type: ignore[arg-type]
    tint = QColor(image.pixel(200, 100))
    assert tint.name() != "#ffffff" and tint.name() != "#000000"  # the placeholder's wash


def test_the_cache_stays_within_its_budget(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cache = guest_pages.GuestPageCache(budget_bytes=3 * 1920 * 1080 * 4)
    write_guest_pdf(tmp_path / "gjest.pdf", [(f"Side {n}", ["tekst"]) for n in range(1, 9)],
                    size=(960.0, 540.0))
    event = load_event(guest_event(tmp_path, "  - pdf: gjest.pdf\n")).event
    assert event is not None
    for index in range(1, 9):
        assert cache.page_image(event.slides[index].guest, QSize(1920, 1080)) is not None  # type: ignore[arg-type]
    assert cache.cached_bytes <= 3 * 1920 * 1080 * 4
    cache.close()


@pytest.mark.slow  # a fresh interpreter
def test_an_event_without_guest_pages_never_loads_pdfium_or_pypdf(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from app.cli import main\n"
        "from app.paths import DEFAULT_EVENT\n"
        f"assert main(['render', str(DEFAULT_EVENT), '--out', {str(tmp_path / 'png')!r}]) == 0\n"
        f"assert main(['export-deck', str(DEFAULT_EVENT), '--out', {str(tmp_path / 'd.pdf')!r}]) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('pypdfium2', 'pypdf', "
        "'app.render.guest_pages')))\n"
        "print('LOADED', loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "LOADED []" in done.stdout, done.stdout
