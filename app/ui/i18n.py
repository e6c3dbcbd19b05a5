"""The UI language: Norwegian bokmål by default, English (the source strings) on request."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from app.paths import RESOURCES

TRANSLATIONS = RESOURCES / "translations"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install ``plenum_<language>.qm``; English needs none. Keep the result alive."""
    if language == "en":
        return None
    translator = QTranslator(app)
    path = TRANSLATIONS / f"plenum_{language}.qm"
    if not translator.load(str(path)):
        raise RuntimeError(f"{path}: cannot load the translation; run the update in docs/translations.md")
    app.installTranslator(translator)
    return translator
