"""Guest PDFs for tests: made with the same script as the example deck, with known text."""

from __future__ import annotations

from pathlib import Path

from tools import make_guest_pdf

PAGES = [
    ("Gjestens side en", ["Kjent tekst alfa"]),
    ("Gjestens side to", ["Kjent tekst beta"]),
    ("Gjestens side tre", ["Kjent tekst gamma"]),
]


def write_guest_pdf(path: Path, pages: list[tuple[str, list[str]]] | None = None,
                    size: tuple[float, float] = (720.0, 540.0)) -> Path:
    """A PDF of ``pages`` (default: three pages with known text), ``size`` in points."""
    return make_guest_pdf.write_guest_pdf(path, pages or PAGES, size)


def guest_event(folder: Path, entry: str, *, theme: str = "") -> Path:
    """An event file in ``folder`` with a title slide, the ``pdf:`` entry ``entry``
    (YAML lines, indented as a list item), and a closing slide."""
    path = folder / "gjest.yaml"
    path.write_text(
        "event: {title: Med gjest, organiser: Test, date: 2021-09-01}\n"
        + theme
        + "slides:\n  - title: Før gjesten\n" + entry + "  - title: Etter gjesten\n",
        encoding="utf-8")
    return path
