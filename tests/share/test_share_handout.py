"""The printed handout: every group's card with its name, room, link and a code that scans."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from qr_scan import scan
from reportlab.lib.pagesizes import A4

from app.files import WriteFailed
from app.share.cards import JoinCard
from app.share.handout import MARGIN, PER_PAGE, HandoutWords, grid_for, write_handout
from app.share.qr import qr_code

WORDS = HandoutWords(event="Faggruppesamling 2021", scan="Skann koden, eller skriv inn adressen:",
                     pdf_title="Lenker for gruppene")


def cards(count: int) -> list[JoinCard]:
    rooms = ["Møterom Tana", None, "Kantina, bord ved vinduet"]
    return [JoinCard("Gr. <b>2</b> & ŋ" if i == 1 else f"Gruppe {i + 1}", rooms[i % 3],
                     f"http://192.168.1.20:8765/t/{i:02d}Abcdefghijklmnop-qrstuv_wxyz01/")
            for i in range(count)]


def pdf_text(pdf: Path, box: tuple[float, float, float, float] | None = None) -> str:
    """The page's text, or only what lies in ``box`` (left, top, width, height in points)."""
    crop = [] if box is None else ["-r", "72", *(arg for flag, value in zip(
        ("-x", "-y", "-W", "-H"), box, strict=True) for arg in (flag, str(round(value))))]
    return subprocess.run(["pdftotext", *crop, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def card_boxes(count: int) -> list[tuple[float, float, float, float]]:
    columns, rows, _scale = grid_for(count)
    width, height = (A4[0] - 2 * MARGIN) / columns, (A4[1] - 2 * MARGIN) / rows
    return [(MARGIN + (i % columns) * width, MARGIN + (i // columns) * height, width, height)
            for i in range(count)]


def pages(pdf: Path, out: Path, dpi: int = 150) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out / "page")], check=True)
    return sorted(out.glob("page-*.png"))


# pdftotext and pdftoppm run per card and page: the quick loop keeps one card and one scanned page.
@pytest.mark.parametrize("count", [1, *(pytest.param(n, marks=pytest.mark.slow) for n in (4, 6, 12))])
def test_every_card_shows_name_room_and_link_as_typed(tmp_path: Path, count: int) -> None:
    pdf = write_handout(cards(count), tmp_path / "lenker.pdf", WORDS)
    for card, box in zip(cards(count), card_boxes(count), strict=True):
        text = pdf_text(pdf, box)
        assert card.group in text  # "<b>" printed as typed, not taken as markup
        if card.room:
            assert card.room in text
        assert card.url in "".join(text.split())  # a long link is printed over two lines
        assert "Faggruppesamling 2021" in text
    assert len(pages(pdf, tmp_path)) == 1


@pytest.mark.parametrize("count", [6, pytest.param(12, marks=pytest.mark.slow)])
def test_every_code_scans_to_its_link(tmp_path: Path, count: int) -> None:
    pdf = write_handout(cards(count), tmp_path / "lenker.pdf", WORDS)
    (page,) = pages(pdf, tmp_path)
    assert sorted(scan(page)) == sorted(card.url for card in cards(count))


@pytest.mark.slow  # rasterises and scans every page
def test_more_groups_than_a_page_holds_continue_on_the_next(tmp_path: Path) -> None:
    pdf = write_handout(cards(PER_PAGE + 1), tmp_path / "lenker.pdf", WORDS)
    first, second = pages(pdf, tmp_path, dpi=150)
    assert len(scan(first)) == PER_PAGE
    assert scan(second) == [cards(PER_PAGE + 1)[-1].url]


def test_a_failed_write_says_why_and_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "lenker.pdf"
    with pytest.raises(WriteFailed) as failed:
        write_handout(cards(2), target, WORDS)
    assert failed.value.reason == "no_folder"
    assert not target.parent.exists()


def test_an_old_handout_stays_whole_when_building_a_new_one_fails(tmp_path: Path) -> None:
    out = write_handout(cards(2), tmp_path / "lenker.pdf", WORDS)
    before = out.read_bytes()
    with pytest.raises(AttributeError):
        write_handout([JoinCard("Gruppe 1", None, None)], out, WORDS)  # type: ignore[arg-type]
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["lenker.pdf"]


def test_runs_cover_exactly_the_dark_modules() -> None:
    code = qr_code("http://10.0.0.5:8765/t/token/")
    dark = {(x + i, y) for x, y, length in code.runs for i in range(length)}
    expected = {(x, y) for y, row in enumerate(code.rows) for x, on in enumerate(row) if on}
    assert dark == expected
    assert code.size == len(code.rows[0]) >= 21
