"""The UI language: Norwegian bokmål by default, English (the source strings) on request.

English has a translation file too, holding only the plural forms: the source
strings say "%n word(s)", which Qt turns into "1 word" and "0 words" only
through a translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from app.paths import RESOURCES

TRANSLATIONS = RESOURCES / "translations"


def install_translator(app: QCoreApplication, language: str) -> QTranslator:
    """Install ``plenum_<language>.qm``. Keep the result alive."""
    translator = QTranslator(app)
    path = TRANSLATIONS / f"plenum_{language}.qm"
    if not translator.load(str(path)):
        raise RuntimeError(f"{path}: cannot load the translation; run the update in docs/translations.md")
    app.installTranslator(translator)
    return translator
