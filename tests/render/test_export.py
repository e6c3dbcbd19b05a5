"""plenum render and plenum export-deck: files as promised, atomic, clear failures, full text."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.cli import main
from app.cli.deck_input import parse_slide_list
from app.paths import DEFAULT_EVENT

SEED_TEXT = Path(__file__).parent / "seed" / "faggruppesamling-2021.txt"
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="poppler-utils (pdftotext) is not installed")


def test_render_writes_the_chosen_slides(qapp, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "png"
    assert main(["render", str(DEFAULT_EVENT), "--out", str(out), "--slides", "1,3-5",
                 "--width", "640"]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["slide-01.png", "slide-03.png", "slide-04.png", "slide-05.png"]
    image = QImage(str(out / "slide-03.png"))
    assert (image.width(), image.height()) == (640, 360)
    assert "4 slides written" in capsys.readouterr().out


def test_slide_lists() -> None:
    assert parse_slide_list(None, 3) == [0, 1, 2]
    assert parse_slide_list("3, 1-2,2", 5) == [2, 0, 1]
    for bad in ("0", "4-9", "x", "3-1", ""):
        with pytest.raises(ValueError):
            parse_slide_list(bad, 5)


@pytest.mark.parametrize("verb,out", [("render", "folder-file"), ("export-deck", "no/such/dir/d.pdf")])
def test_unwritable_target_is_one_clear_line(qapp, tmp_path, capsys, verb: str, out: str) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / out
    if out == "folder-file":
        target.write_text("a file where a folder should be")
    assert main([verb, str(DEFAULT_EVENT), "--out", str(target)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(target.parent if verb == "render" else target) in err
    assert "Traceback" not in err


def test_a_broken_event_is_not_exported(qapp, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.yaml"
    bad.write_text("event: [\n", encoding="utf-8")
    assert main(["export-deck", str(bad), "--out", str(tmp_path / "d.pdf")]) == 1
    assert "bad.yaml" in capsys.readouterr().err
    assert not (tmp_path / "d.pdf").exists()


def _normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def seed_sentences() -> list[str]:
    """The sentences of the original deck, as its PDF text gives them.

    Pages, paragraphs and bullets are split where the original's text breaks them
    (pdftotext left blank lines inside some wrapped titles and bullets), then
    into sentences. The footer and slide numbers are dropped (pdftotext glued
    them together, "9/3/202111"), as are bullets and the list numbers the
    deck typed by hand, and the people slide's "Name:" colons, which the
    people layout replaces by putting the name above the role.
    """
    text = SEED_TEXT.read_text(encoding="utf-8")
    text = re.sub(r"Dato: 9/3/2021\d*", "\n\n", text)
    text = re.sub(r"\n[ \t]+(?=\S)", "\n\n", text)  # an indented line starts a new page
    text = re.sub(r"^\s*\d+\s*$", "", text, flags=re.M)
    text = re.sub(r"^\s*(?:[•\u2013]|\d\.|[a-f]\))\s+", "\n\n", text, flags=re.M)
    text = re.sub(r"(Øyvind|Eva|Mari|Merete|Margrethe):", r"\1", text)
    sentences = []
    for block in re.split(r"\n\s*\n", text):
        flat = _normalise(block)
        sentences += [s for s in re.split(r"(?<=[.?!:])\s+(?=[A-ZÆØÅ0-9])", flat) if s]
    return sentences


@needs_pdftotext
def test_export_deck_holds_every_sentence_of_the_seed(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "deck.pdf"
    assert main(["export-deck", str(DEFAULT_EVENT), "--out", str(pdf)]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pdf"]  # no temporary file left
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.count("\f") == 18
    flat = _normalise(text)
    sentences = seed_sentences()
    assert len(sentences) > 60
    missing = [s for s in sentences if s not in flat]
    assert missing == []
