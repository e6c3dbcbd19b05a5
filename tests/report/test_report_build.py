"""The PDF itself: hostile text verbatim, outline, metadata, page numbers, long text, fonts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportkit import pdf_pages, words
from seed_notes import seed_report

from app.event.model import Event
from app.report import GroupReport, ReportInput, planned_agenda
from app.report.build import build_report

HOSTILE = [
    "<b>ikke fet</b>",
    "AT&T & co",
    "5 < 7 > 3",
    "<img src=x onerror=alert(1)>",
    "<script>alert('x')</script>",
    "kolonne1\tkolonne2",
    "ŋ ŧ đ č š ž Ŋ Ŧ Đ Č Š Ž",
    "&amp; &lt; er ikke entiteter",
    '<font size="40">stor</font>',
    "Bra møte 🎉 👍",
]


def _hostile_data(event: Event) -> ReportInput:
    text = "\n".join(HOSTILE) + "\n- liste <b>\n1. nummer & mer"
    group = GroupReport(
        name="<b>Gruppe</b> & 1 🎉",
        room="<i>Sal</i> ŋ",
        chair="5 < 7",
        note_taker="Ola <script>",
        members=("<img src=x>", "Đ Č"),
        summaries={"funn": text},
        follow_up=("<b>følg opp</b> & ŧ 👍",),
    )
    info = dataclasses.replace(event.info, title="Samling <b>&</b> ŋ", organiser="Råd & <i>co</i>")
    hostile_event = dataclasses.replace(event, info=info)
    return ReportInput(hostile_event, (group, GroupReport("Gruppe 2")),
                       planned_agenda(event), dt.date(2021, 9, 2))


@pytest.fixture(scope="module")
def hostile_pdf(tmp_path_factory: pytest.TempPathFactory, seed_event: Event) -> Path:
    out = tmp_path_factory.mktemp("hostile") / "rapport.pdf"
    build_report(_hostile_data(seed_event), out)
    return out


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "rapport.pdf"
    build_report(seed_report(), out)
    return out


def _contains(haystack: str, needle: str) -> bool:
    return " ".join(words(needle)) in " ".join(words(haystack))


@pytest.mark.parametrize("needle", [*HOSTILE, "- liste <b>", "1. nummer & mer",
                                    "<b>Gruppe</b> & 1 🎉", "<i>Sal</i> ŋ", "Ola <script>",
                                    "<img src=x>, Đ Č", "• <b>følg opp</b> & ŧ 👍",
                                    "Samling <b>&</b> ŋ", "Råd & <i>co</i>"])
def test_hostile_text_comes_out_verbatim(hostile_pdf: Path, needle: str) -> None:
    assert _contains("\n".join(pdf_pages(hostile_pdf)), needle)


def test_every_answer_is_in_main_part_and_appendix(hostile_pdf: Path) -> None:
    text = "\n".join(pdf_pages(hostile_pdf))
    assert " ".join(words(text)).count("<script>alert('x')</script>") == 2


def test_empty_cells_say_ingen_notater(hostile_pdf: Path, seed_event: Event) -> None:
    text = "\n".join(pdf_pages(hostile_pdf))
    tasks = len(seed_event.groupwork.tasks)
    # group 1 wrote one of five tasks, group 2 none: (4 + 5) empty cells, twice
    assert text.count("(ingen notater)") == 2 * (tasks - 1 + tasks)
    assert text.count("(ingen oppfølgingspunkter)") == 1


def test_page_numbers_and_running_header(seed_pdf: Path) -> None:
    pages = pdf_pages(seed_pdf)
    total = len(pages)
    assert total >= 8
    assert "Side" not in pages[0]
    for number, page in enumerate(pages[1:], start=2):
        assert f"Side {number} av {total}" in page
        assert "Faggruppesamling september 2021" in page


Tree = list[tuple[str, "Tree"]]


def _tree(outline: list) -> Tree:  # type: ignore[type-arg]
    """pypdf's flat outline (an entry, then a list of its children) as (title, children)."""
    tree: Tree = []
    for item in outline:
        if isinstance(item, list):
            title, _ = tree[-1]
            tree[-1] = (title, _tree(item))
        else:
            tree.append((item.title, []))
    return tree


def test_outline_has_every_section_task_and_group(seed_pdf: Path) -> None:
    tree = dict(_tree(PdfReader(seed_pdf).outline))
    assert list(tree) == ["Innhold", "Dagen slik den ble gjennomført", "Gruppene",
                          "Svar per oppgave", "Oppfølgingspunkter",
                          "Vedlegg: alle svar per gruppe"]
    groups = ["Gruppe 1", "Gruppe 2", "Gruppe 3", "Gruppe 4"]
    tasks = tree["Svar per oppgave"]
    assert len(tasks) == 5
    assert tasks[0][0] == "Oppgave 1: Diskutere funn i rapport."
    for _, under_task in tasks:
        assert [title for title, _ in under_task] == groups
    assert [title for title, _ in tree["Oppfølgingspunkter"]] == groups
    appendix = tree["Vedlegg: alle svar per gruppe"]
    assert [title for title, _ in appendix] == groups
    assert [title for title, _ in appendix[0][1]] == [title for title, _ in tasks]


def test_outline_entries_point_at_their_pages(seed_pdf: Path) -> None:
    reader = PdfReader(seed_pdf)
    pages = pdf_pages(seed_pdf)
    for item in reader.outline:
        if not isinstance(item, list):
            page = reader.get_destination_page_number(item)
            assert item.title.split(":")[0] in pages[page]


def test_metadata(seed_pdf: Path) -> None:
    reader = PdfReader(seed_pdf)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Faggruppesamling september 2021"
    assert meta.author == "Osloregionen interkommunalt politisk råd"
    assert meta.subject == "Dokumentasjon fra gruppearbeidet: Faggruppesamling september 2021"
    assert reader.trailer["/Root"]["/Lang"] == "nb-NO"


def test_fonts_are_embedded_truetype(seed_pdf: Path) -> None:
    reader = PdfReader(seed_pdf)
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():  # no Helvetica, not even unused
            font = font.get_object()
            names.add(str(font["/BaseFont"]).split("+")[-1])
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic"} <= names


def test_contents_page_numbers_are_right(seed_pdf: Path) -> None:
    pages = pdf_pages(seed_pdf)
    layout = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(seed_pdf), "-"],
                            capture_output=True, check=True).stdout.decode("utf-8")
    entries = re.findall(r"^\s*(\S.*?)[ .]+ (\d+)$", layout, flags=re.MULTILINE)
    assert len(entries) >= 10
    for title, page in entries:
        body = " ".join(words(pages[int(page) - 1]))
        assert title.split(": ", 1)[-1][:20] in body, (title, page)


def test_a_5000_word_summary_flows_over_pages_with_every_word(
    tmp_path: Path, seed_event: Event
) -> None:
    long_text = " ".join(f"ord{n:04d}" for n in range(5000))
    group = GroupReport("Gruppe 1", summaries={"funn": long_text})
    out = tmp_path / "lang.pdf"
    build_report(ReportInput(seed_event, (group,), (), dt.date(2021, 9, 2)), out,
                 appendix=False)
    pages = pdf_pages(out)
    found = [w for w in words("\n".join(pages)) if w.startswith("ord")]
    assert found == long_text.split()
    assert sum(1 for page in pages if "ord" in page) >= 6


def test_long_words_and_urls_wrap_without_loss(tmp_path: Path, seed_event: Event) -> None:
    url = "https://www.example.no/" + "/".join(["kunnskapsgrunnlag"] * 12) + ".pdf"
    word = "Osloregion" * 15
    group = GroupReport("Gruppe 1", summaries={"funn": f"Se {url} og {word}."})
    out = tmp_path / "url.pdf"
    build_report(ReportInput(seed_event, (group,), (), dt.date(2021, 9, 2)), out,
                 appendix=False)
    text = "".join(words("\n".join(pdf_pages(out))))
    assert url in text
    assert word in text


def test_by_group_and_no_appendix(tmp_path: Path) -> None:
    out = tmp_path / "gruppe.pdf"
    data = seed_report()
    build_report(data, out, by_group=True, appendix=False)
    tree = dict(_tree(PdfReader(out).outline))
    assert not any(title.startswith("Vedlegg") for title in tree)
    task_titles = [f"Oppgave {n}: {t.title}"
                   for n, t in enumerate(data.event.groupwork.tasks, start=1)]
    by_group = tree["Svar per gruppe"]
    assert [title for title, _ in by_group] == [*task_titles, "Gruppe 1", "Gruppe 2",
                                                "Gruppe 3", "Gruppe 4"]
    assert [title for title, _ in by_group[-1][1]] == task_titles


def test_by_group_appendix_is_by_task(tmp_path: Path) -> None:
    out = tmp_path / "gruppe.pdf"
    build_report(seed_report(), out, by_group=True)
    tree = dict(_tree(PdfReader(out).outline))
    assert len(tree["Vedlegg: alle svar per oppgave"]) == 5


def test_english_fixed_words(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    build_report(seed_report(language="en"), out)
    pages = pdf_pages(out)
    assert f"Page 2 of {len(pages)}" in pages[1]
    assert "(no notes)" in "\n".join(pages)
    assert PdfReader(out).trailer["/Root"]["/Lang"] == "en"


def test_progress_rises_to_one(tmp_path: Path) -> None:
    seen: list[float] = []
    build_report(seed_report(), tmp_path / "r.pdf", progress=seen.append)
    assert seen == sorted(seen)
    assert seen[0] < 0.5
    assert seen[-1] == 1.0
    assert len(seen) >= 10


def test_app_report_does_not_import_reportlab() -> None:
    code = (
        "import sys, app.report, app.report.from_session\n"
        "assert not [m for m in sys.modules if m.startswith('reportlab')], 'reportlab loaded'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
