"""The translation files are finished: every message translated, every count in its plural forms.

"One name for each thing in each language" is kept by the words in the
``.ts`` files; these checks keep the files themselves whole, so that a string
added in the code and left half-done by ``lupdate`` (unfinished, or a counted
message turned singular, see docs/translations.md) fails here instead of
showing English in the Norwegian UI, or "1 word(s)" in the English one.
"""

from __future__ import annotations

import ast
import functools
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nb", "en")


def messages(language: str) -> list[tuple[str, ET.Element]]:
    """(context name, message element) for every message still in use (not obsolete)."""
    tree = ET.parse(TRANSLATIONS / f"plenum_{language}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in ("obsolete", "vanished"):
                found.append((name, message))
    return found


@functools.cache  # the code is the same for both languages: scanned once
def counted_messages_in_code() -> frozenset[tuple[str, str]]:
    """(context, source) of every ``tr``/``translate`` call whose text has a count (%n)."""
    found = set()
    for path in (ROOT / "app").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if node.func.attr == "tr" and texts and "%n" in texts[0]:
                owner = [c.name for c in classes if any(n is node for n in ast.walk(c))][-1]  # innermost
                found.add((owner, texts[0]))
            elif node.func.attr == "translate" and len(texts) >= 2 and "%n" in texts[1]:
                found.add((texts[0], texts[1]))
    return frozenset(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_message_is_unfinished_or_empty(language: str) -> None:
    bad = []
    for context, message in messages(language):
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(form and form.strip() for form in forms):
            bad.append(f"{context}: {message.findtext('source')!r}")
    assert bad == [], f"plenum_{language}.ts has unfinished messages; see docs/translations.md"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_count_in_the_code_has_its_plural_forms(language: str) -> None:
    plural = {(context, m.findtext("source")): len(list(m.iter("numerusform")))
              for context, m in messages(language) if m.get("numerus") == "yes"}
    counted = counted_messages_in_code()
    assert len(counted) >= 5  # the scan finds the tr(..., n) calls at all
    missing = sorted(key for key in counted if plural.get(key, 0) < 2)
    assert missing == [], (f"plenum_{language}.ts lacks the plural forms of these (context, source); "
                           "run the update in docs/translations.md and fill them in")


def test_a_counted_message_is_never_singular() -> None:
    singular = [f"{context}: {m.findtext('source')!r}" for context, m in messages("nb")
                if "%n" in (m.findtext("source") or "") and m.get("numerus") != "yes"]
    assert singular == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_file_is_up_to_date(language: str, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    compiled = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(TRANSLATIONS / f"plenum_{language}.ts"), "-qm", str(compiled)],
                   check=True, capture_output=True)
    shipped = TRANSLATIONS / f"plenum_{language}.qm"
    assert compiled.read_bytes() == shipped.read_bytes(), f"run pyside6-lrelease on plenum_{language}.ts"
