"""The report draws emoji, arrows, Sámi, Hebrew and Arabic from the fonts Plenum ships, on any system."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportkit import pdf_pages, reading_words, words
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen.canvas import Canvas

from app.paths import FONTS
from app.report import fonts
from app.report.direction import joined

TEXT = "Sámi: áčđŋšŧž ÁČĐŊŠŦŽ → ← ↑ ↓ ⇒ ✓ ✗ ★ ☐ ⚠ 🙂 🎉 👍 ❤ 📅"
# Noto Sans has neither script; Windows' fallbacks (Segoe UI Symbol) have neither either.
HEBREW = "סיכום הקבוצה, תודה רבה"
ARABIC = "السلام عليكم، نتائج المجموعة"  # drawn as presentation forms, lam-alef as one
SUMMARY = "\n".join([TEXT, HEBREW, ARABIC])

# A fresh process with the system's fallback fonts hidden, as on a Mac or a bare Windows.
_BUILD = f"""
import dataclasses, datetime as dt, sys
import app.report.fonts as fonts
fonts.SYSTEM_FALLBACKS.clear()
from app.event.loader import load_event
from app.paths import DEFAULT_EVENT
from app.report import GroupReport, ReportInput, planned_agenda
from app.report.build import build_report
event = load_event(DEFAULT_EVENT).event
group = GroupReport(name="Gruppe 1", chair="Máret Ŋuolja", summaries={{"funn": {SUMMARY!r}}})
build_report(ReportInput(event, (group,), planned_agenda(event), dt.date(2021, 9, 2)), sys.argv[1])
"""


@pytest.fixture(scope="module")
def report_without_system_fonts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fonts") / "rapport.pdf"
    subprocess.run([sys.executable, "-c", _BUILD, str(out)], check=True, timeout=120)
    return out


# A fresh process building three reports in turn: which fallback fonts has each one read?
_READ_AS_NEEDED = """
import datetime as dt, json, sys, tempfile
from pathlib import Path
from reportlab.pdfbase import pdfmetrics
from app.event.loader import load_event
from app.paths import DEFAULT_EVENT
from app.report import GroupReport, ReportInput, planned_agenda
from app.report.build import build_report
event = load_event(DEFAULT_EVENT).event
read = []
with tempfile.TemporaryDirectory() as folder:
    for summary in sys.argv[1:]:
        group = GroupReport(name="Gruppe 1", summaries={"funn": summary})
        build_report(ReportInput(event, (group,), planned_agenda(event), dt.date(2021, 9, 2)),
                     Path(folder) / "rapport.pdf")
        read.append(sorted(n for n in pdfmetrics.getRegisteredFontNames() if "Fallback" in n))
print(json.dumps(read))
"""


@pytest.mark.slow  # a fresh interpreter
def test_a_fallback_font_is_read_only_when_a_character_gets_that_far() -> None:
    latin, emoji, hebrew = json.loads(subprocess.run(
        [sys.executable, "-c", _READ_AS_NEEDED, "Sámi: Čáhcesuolu ŋ ŧ", "Bra 👍", HEBREW],
        check=True, timeout=120, capture_output=True, text=True).stdout)
    assert latin == []
    assert emoji == ["Plenum-Fallback-NotoEmoji-Regular"]
    # Hebrew comes after the emoji, symbols and maths fonts, and before Arabic and the system's.
    assert hebrew == [f"Plenum-Fallback-{name}-Regular"
                      for name in ("NotoEmoji", "NotoSansHebrew", "NotoSansMath", "NotoSansSymbols2")]


def _embedded_fonts(pdf: Path) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


@pytest.mark.slow  # builds the report in a fresh interpreter
def test_every_glyph_comes_from_a_shipped_font(report_without_system_fonts: Path) -> None:
    text = " ".join(words("\n".join(pdf_pages(report_without_system_fonts))))
    assert " ".join(words(TEXT)) in text
    assert "\ufffd" not in text
    used = _embedded_fonts(report_without_system_fonts)
    assert {"NotoEmoji-Regular", "NotoSansSymbols2-Regular", "NotoSansMath-Regular"} <= used, used
    assert not [name for name in used if "DejaVu" in name or "Symbola" in name]


@pytest.mark.slow  # builds the report in a fresh interpreter
def test_hebrew_and_arabic_come_from_shipped_fonts(report_without_system_fonts: Path) -> None:
    text = "\n".join(pdf_pages(report_without_system_fonts))
    assert "\ufffd" not in text
    found = " ".join(reading_words(text))
    assert " ".join(reading_words(HEBREW)) in found
    assert " ".join(reading_words(ARABIC)) in found
    assert "\ufe8d\ufedf\ufeb4\ufefc\ufee1" in text  # السلام joined: the forms the font must have
    used = _embedded_fonts(report_without_system_fonts)
    assert {"NotoSansHebrew-Regular", "NotoSansArabic-Regular"} <= used, used


def _assigned(first: int, last: int) -> list[str]:
    return [chr(code) for code in range(first, last + 1) if unicodedata.category(chr(code)) != "Cn"]


def test_the_shipped_fonts_have_every_hebrew_letter_and_every_arabic_form_drawn() -> None:
    """Every Arabic letter in each place in a word (and lam-alef), as the report joins
    it into presentation forms, and the Hebrew letters and points, in a shipped font."""
    shipped = [f"{fonts.SHIPPED_FAMILY}-Regular.ttf", *fonts.SHIPPED_FALLBACKS]
    have = set().union(*(map(chr, ttfonts.TTFontFace(str(FONTS / name)).charToGlyph) for name in shipped))
    letters = [ch for ch in _assigned(0x0600, 0x06FF) if unicodedata.category(ch) == "Lo"]
    drawn = {ch for letter in [*letters, "لا", "لأ", "لإ", "لآ"]
             for text in (letter, f"ب{letter}", f"{letter}ب", f"ب{letter}ب") for ch in joined(text)}
    assert len([ch for ch in drawn if "\ufb50" <= ch <= "\ufeff"]) > 200  # the joined forms
    hebrew = {*_assigned(0x0591, 0x05C7), *_assigned(0x05D0, 0x05EA), *_assigned(0x05F0, 0x05F4)}
    assert sorted(f"U+{ord(ch):04X}" for ch in drawn | hebrew if ch not in have) == []


@pytest.mark.parametrize(("platform", "system_font"), [
    ("linux", "DejaVuSans.ttf"), ("darwin", "Arial Unicode.ttf"), ("win32", "seguisym.ttf")])
def test_shipped_fallbacks_come_before_the_systems_own(
    monkeypatch: pytest.MonkeyPatch, platform: str, system_font: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    files = fonts.fallback_files()
    shipped = len(fonts.SHIPPED_FALLBACKS)
    assert files[:shipped] == tuple(FONTS / name for name in fonts.SHIPPED_FALLBACKS)
    assert system_font in [path.name for path in files[shipped:]]
    assert all(path.is_file() for path in files[:shipped])


def test_an_unknown_system_has_only_the_shipped_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "freebsd14")
    assert fonts.fallback_files() == tuple(FONTS / name for name in fonts.SHIPPED_FALLBACKS)


# The ToUnicode fix in app/report/fonts.py wraps reportlab's ttfonts.makeToUnicodeCMap,
# which has no public hook: these tests fail when that stops working or is no longer needed.
EMOJI = "🎉 👍 📅"


@pytest.fixture(scope="module")
def emoji_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Emoji drawn with reportlab's public canvas API, the report's fonts module imported."""
    out = tmp_path_factory.mktemp("emoji") / "emoji.pdf"
    pdfmetrics.registerFont(ttfonts.TTFont("Test-NotoEmoji", str(FONTS / "NotoEmoji-Regular.ttf")))
    canvas = Canvas(str(out))
    canvas.setFont("Test-NotoEmoji", 20)
    canvas.drawString(72, 700, EMOJI)
    canvas.save()
    return out


def test_emoji_are_copied_and_searched_as_emoji(emoji_pdf: Path) -> None:
    assert words("".join(pdf_pages(emoji_pdf))) == EMOJI.split()
    (font,) = [font.get_object() for font in PdfReader(emoji_pdf).pages[0]["/Resources"]["/Font"].values()
               if str(font.get_object()["/BaseFont"]).endswith("NotoEmoji-Regular")]
    cmap = font["/ToUnicode"].get_object().get_data().decode("ascii")
    assert "<D83CDF89>" in cmap  # 🎉 as UTF-16, the surrogate pair the PDF spec asks for
    assert "<1F389>" not in cmap


def test_reportlab_still_writes_the_cmap_the_fix_expects() -> None:
    """reportlab's own function, under the wrapper: if this fails, re-check or drop the wrapper."""
    reportlabs = inspect.unwrap(ttfonts.makeToUnicodeCMap)
    assert reportlabs is not ttfonts.makeToUnicodeCMap, "the ToUnicode fix is not installed"
    assert list(inspect.signature(reportlabs).parameters) == ["fontname", "subset"]
    cmap = reportlabs("AAAAAA+NotoEmoji-Regular", [0, 0x1F389])
    # Still one bfchar line per code with the code point in hex: when reportlab
    # writes "<01> <D83CDF89>" itself, the fix in app/report/fonts.py can go.
    assert "<01> <1F389>" in cmap.splitlines()
