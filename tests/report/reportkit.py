"""Helpers for the report tests: a PDF's text as pdftotext gives it."""

from __future__ import annotations

import shutil
import subprocess
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
