"""Helpers for the report tests: a PDF's text as pdftotext gives it."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest


def pdf_pages(path: Path) -> list[str]:
    """Each page's text as ``pdftotext -raw`` gives it (content order).

    ``-raw`` because pdftotext's default layout analysis drops the spaces
    between one-letter words ("5 < 7" reads "5<7") even in a correct PDF.
    """
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    return out.split("\f")[:-1]


def words(text: str) -> list[str]:
    """Whitespace-insensitive view of text: tabs, NBSP and line wraps all count as breaks."""
    return text.split()


# pdftotext marks the right-to-left stretches it found with embedding controls.
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def reading_words(text: str) -> list[str]:
    """Words as a reader searches them: without direction marks, Arabic presentation
    forms as their letters (NFKC), punctuation off."""
    plain = unicodedata.normalize("NFKC", _DIRECTION_MARKS.sub(" ", text))
    return [word.strip(".,،()") for word in plain.split() if word.strip(".,،()")]
