"""What the audience sees: every layout draws, text is literal, a missing image is a placeholder."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from app.event.model import (
    AgendaItem,
    GroupWork,
    Image,
    Person,
    Point,
    Slide,
    Task,
    Theme,
)
from app.render.export import export_pdf
from app.render.palette import palette_for
from app.render.slide_painter import paint_slide, render_slide_image

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="poppler-utils (pdftotext) is not installed")


def pdf_text(render, event, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    out = export_pdf(render, event, tmp_path / "deck.pdf")
    return subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout


def _colours(image: QImage, step: int = 7) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)}


def _all_layouts() -> tuple[Slide, ...]:
    people = tuple(Person(f"Person {i}", role="Rolle", note="Notat" if i % 2 else None)
                   for i in range(7))
    return (
        Slide("title", title="Velkommen", subtitle="1.\u20132. september"),
        Slide("section", title="Del 1"),
        Slide("bullets", title="Punkter", lead="Innledning", bullets=(
            Point("Ett"), Point("To", 2), Point("Tre", 3))),
        Slide("people", title="Folk", people=people),
        Slide("image", title="Bilde", image=Image("mangler.png", Path("/nope/mangler.png"),
                                                   alt="Standen")),
        Slide("tasks", title="Oppgaver", tasks=("a",)),
        Slide("agenda"),
    )


@pytest.mark.parametrize("aspect", ["16:9", pytest.param("4:3", marks=pytest.mark.slow)])  # each 0.5 s
def test_every_layout_renders_at_any_size(make_event, aspect: str, render) -> None:  # type: ignore[no-untyped-def]
    event = make_event(
        *_all_layouts(), theme=Theme(aspect=aspect, footer="Dato: 9/3/2021"),
        agenda=(AgendaItem("Gruppearbeid", dt.time(14), dt.time(16), groupwork=True),),
        groupwork=GroupWork(tasks=(Task("a", "Diskutere", points=(Point("a) Først"),)),)),
    )
    background = palette_for(event.theme).background.name()
    for index in range(len(event.slides)):
        for width in (1920, 1024, 320):
            image = render_slide_image(render, event, index, width)
            assert image.width() == width
            assert len(_colours(image)) > 3, f"slide {index + 1} at {width} px looks empty"
        assert background in _colours(render_slide_image(render, event, index, 640)) or index == 0


def test_letterboxed_into_a_4_3_target_with_theme_background(make_event, render) -> None:  # type: ignore[no-untyped-def]
    event = make_event(Slide("title", title="Velkommen"), theme=Theme(background="#fafafa"))
    image = QImage(1024, 768, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    painter = QPainter(image)
    paint_slide(painter, render, event, 0, QRectF(0, 0, 1024, 768))
    painter.end()
    assert image.pixelColor(512, 10).name() == "#fafafa"  # bar above the 16:9 slide
    assert image.pixelColor(512, 760).name() == "#fafafa"
    assert image.pixelColor(512, 384).name() == palette_for(event.theme).accent.name()


def test_missing_image_draws_a_placeholder_naming_alt_and_file(make_event, tmp_path, render) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    event = make_event(
        Slide("image", title="Mangler", image=Image("images/borte.png", tmp_path / "borte.png",
                                                    alt="Osloregionens stand")),
        Slide("image", image=Image("broken.png", broken, alt="Ødelagt bilde")),
    )
    tint = palette_for(event.theme).tint.name()
    for index in range(2):
        image = render_slide_image(render, event, index, 960)
        assert image.pixelColor(480, 300).name() == tint
    if shutil.which("pdftotext"):
        text = pdf_text(render, event, tmp_path)
        for expected in ("Osloregionens stand", "images/borte.png", "Ødelagt bilde", "broken.png"):
            assert expected in text


def test_a_real_image_keeps_its_aspect(make_event, tmp_path, render) -> None:  # type: ignore[no-untyped-def]
    picture = QImage(400, 100, QImage.Format.Format_RGB32)
    picture.fill(QColor("#ff0000"))
    picture.save(str(tmp_path / "wide.png"))
    event = make_event(Slide("image", image=Image("wide.png", tmp_path / "wide.png", alt="rød")))
    image = render_slide_image(render, event, 0, 1920)
    red = [y for y in range(0, 1080, 2) if image.pixelColor(960, y).name() == "#ff0000"]
    width = sum(1 for x in range(0, 1920, 2) if image.pixelColor(x, 540).name() == "#ff0000")
    assert 2 * width / (red[-1] - red[0] + 2) == pytest.approx(4.0, rel=0.03)


@needs_pdftotext
def test_text_is_literal_except_bold_and_italic(make_event, tmp_path, render) -> None:  # type: ignore[no-untyped-def]
    event = make_event(Slide("bullets", title="<b>Ikke fet</b> & <img src=x>", bullets=(
        Point("**fet** og *kursiv* og a < b"), Point("ŋ ŧ đ č š ž Ŋ Ŧ Đ Č Š Ž"))))
    text = pdf_text(render, event, tmp_path)
    assert "<b>Ikke fet</b> & <img src=x>" in text
    assert "fet og kursiv og a < b" in text and "**" not in text
    assert "ŋŧđčšžŊŦĐČŠŽ" in text.replace(" ", "")  # pdftotext guesses spaces from gaps


def test_painting_a_slide_that_does_not_exist_does_not_raise(make_event, caplog, render) -> None:  # type: ignore[no-untyped-def]
    event = make_event(Slide("section", title="Eneste"))
    image = render_slide_image(render, event, 5, 480)
    assert len(_colours(image)) > 1  # a visible notice, not a crash
    assert "cannot draw slide 6" in caplog.text
