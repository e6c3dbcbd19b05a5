"""The UI language: Norwegian bokmål by default, English (the source strings) on request.

English has a translation file too, holding only the plural forms: the source
strings say "%n word(s)", which Qt turns into "1 word" and "0 words" only
through a translation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QTranslator

from app.paths import RESOURCES

TRANSLATIONS = RESOURCES / "translations"

# Marks a message for lupdate and returns it unchanged, for tables translated
# when shown (``QCoreApplication.translate(context, message)``). Typed here once:
# PySide6's stub says it returns ``object``; it returns the message, a str.
QT_TRANSLATE_NOOP: Callable[[str, str], str] = QtCore.QT_TRANSLATE_NOOP  # type: ignore[assignment]


def install_translator(app: QCoreApplication, language: str) -> QTranslator:
    """Install ``plenum_<language>.qm``. Keep the result alive."""
    translator = QTranslator(app)
    path = TRANSLATIONS / f"plenum_{language}.qm"
    if not translator.load(str(path)):
        raise RuntimeError(f"{path}: cannot load the translation; run the update in docs/translations.md")
    app.installTranslator(translator)
    return translator
