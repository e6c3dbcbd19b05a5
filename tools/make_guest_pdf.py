"""Write a small guest deck as PDF, the kind a speaker exports from PowerPoint or Keynote.

``slides/guests/eksempel-gjest.pdf`` is made by this script: the worked
example in docs/event-format.md shows it with a ``pdf:`` slide. Its pages
are 4:3, so in a 16:9 event they are letterboxed, as many guests' decks are.
The tests and the benchmark make their own decks with ``write_guest_pdf``
(``from tools.make_guest_pdf import write_guest_pdf``), with known text.
Run: python tools/make_guest_pdf.py
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "slides" / "guests" / "eksempel-gjest.pdf"
FONTS = ROOT / "resources" / "fonts"
EXAMPLE = [
    ("Eksempel på en gjests presentasjon", ["Laget som PDF, slik en gjest tar den med",
                                             "Sidene vises i Plenum som egne lysbilder"]),
    ("Hva vi har sett på", ["Innsatsområdene i samarbeidet", "Regionens rolle og funksjon",
                            "Kunnskapshull og videre arbeid"]),
    ("Foreløpige funn", ["Møteplassen verdsettes høyt", "Ønske om tydeligere prioriteringer",
                         "Behov for kortere rapporter til politisk nivå"]),
    ("Spørsmål?", ["Takk for oppmerksomheten"]),
]


def write_guest_pdf(out: Path, pages: Sequence[tuple[str, Sequence[str]]],
                    size: tuple[float, float] = (720.0, 540.0)) -> Path:
    """A PDF of ``pages`` (title, lines) with real, selectable text, ``size`` in points."""
    for face, file in (("GuestSans", "NotoSans-Regular.ttf"), ("GuestSans-Bold", "NotoSans-Bold.ttf")):
        if face not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(face, str(FONTS / file)))
    out.parent.mkdir(parents=True, exist_ok=True)
    width, height = size
    canvas = Canvas(str(out), pagesize=size, pageCompression=1, invariant=1)
    canvas.setTitle("Gjestepresentasjon")
    for number, (title, lines) in enumerate(pages, start=1):
        canvas.setFillColor(HexColor("#1d3557"))
        canvas.rect(0, height - 0.2 * height, width, 0.2 * height, stroke=0, fill=1)
        canvas.setFillColor(HexColor("#ffffff"))
        canvas.setFont("GuestSans-Bold", height * 0.06)
        canvas.drawString(width * 0.06, height * 0.87, title)
        canvas.setFillColor(HexColor("#1f1f1f"))
        canvas.setFont("GuestSans", height * 0.045)
        for row, line in enumerate(lines):
            canvas.drawString(width * 0.08, height * (0.66 - 0.1 * row), "\u2013 " + line)
        canvas.setFillColor(HexColor("#e63946"))
        canvas.circle(width * 0.92, height * 0.1, height * 0.03, stroke=0, fill=1)
        canvas.setFont("GuestSans", height * 0.03)
        canvas.setFillColor(HexColor("#6c757d"))
        canvas.drawRightString(width * 0.86, height * 0.09, f"{number} / {len(pages)}")
        canvas.showPage()
    canvas.save()
    return out


def main() -> int:
    print(write_guest_pdf(OUT, EXAMPLE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
