"""The report's fixed words and date formats, in bokmål (default) and English.

The report is a document, not a UI, so it does not go through Qt's
translation files (the report must build without Qt); its few dozen words
live here, one table per language, and a test checks both tables have the
same keys.
"""

from __future__ import annotations

import datetime as dt

from app.report.model import Language

# Typography the report uses, spelt as escapes so the source stays unambiguous.
EN_DASH = "\u2013"
MINUS = "\u2212"

WORDS: dict[Language, dict[str, str]] = {
    "nb": {
        "documentation": "Dokumentasjon fra gruppearbeidet",
        "exported": "Eksportert {date}",
        "contents": "Innhold",
        "day": "Dagen slik den ble gjennomført",
        "day_intro": (
            "Programmet med planlagte og faktiske tider. Der ingenting ble logget, "
            "vises bare planlagt tid."
        ),
        "item": "Post",
        "planned": "Planlagt",
        "actual": "Faktisk",
        "deviation": "Avvik",
        "on_time": "i rute",
        "late": "+{n} min",
        "early": MINUS + "{n} min",
        "not_logged": "ikke logget",
        "from_time": "fra {time}",
        "no_agenda": "Programmet har ingen poster.",
        "day_late": "Dagen ble avsluttet {n} min etter planen.",
        "day_early": "Dagen ble avsluttet {n} min før planen.",
        "day_on_time": "Dagen ble avsluttet som planlagt.",
        "last_late": "Sist loggført: «{title}» ble avsluttet {n} min etter planen.",
        "last_early": "Sist loggført: «{title}» ble avsluttet {n} min før planen.",
        "last_on_time": "Sist loggført: «{title}» ble avsluttet som planlagt.",
        "groups": "Gruppene",
        "group": "Gruppe",
        "room": "Rom",
        "chair": "Møteleder",
        "note_taker": "Referent",
        "members": "Deltakere",
        "no_groups": "Ingen grupper er registrert.",
        "by_task": "Svar per oppgave",
        "by_group": "Svar per gruppe",
        "task": "Oppgave {n}",
        "no_notes": "(ingen notater)",
        "from_device": "Skrevet på gruppens egen enhet.",
        "follow_up": "Oppfølgingspunkter",
        "follow_up_intro": "Punkter gruppene ba om at arbeidsgruppen følger opp.",
        "no_follow_up": "(ingen oppfølgingspunkter)",
        "appendix_groups": "Vedlegg: alle svar per gruppe",
        "appendix_tasks": "Vedlegg: alle svar per oppgave",
        "other_tasks": "Andre notater",
        "page": "Side {page} av {pages}",
        "subject": "Dokumentasjon fra gruppearbeidet: {title}",
        "write_failed": "Kan ikke skrive rapporten til {path}: {reason}",
        "no_folder": "mappen finnes ikke",
        "not_writable": "ingen skrivetilgang til mappen",
        "in_use": ("filen er åpen i et annet program eller skrivebeskyttet; "
                   "lukk den der og prøv igjen (den gamle filen er uendret)"),
        "disk_full": "disken er full",
        "is_folder": "det er en mappe",
        "read_only": "disken er skrivebeskyttet",
        "name_too_long": "filnavnet eller stien er for lang",
        "save_instead": "lagre den som {path} i stedet",
    },
    "en": {
        "documentation": "Documentation of the group work",
        "exported": "Exported {date}",
        "contents": "Contents",
        "day": "The day as it ran",
        "day_intro": (
            "The programme with planned and actual times. Where nothing was logged, "
            "only the planned time is shown."
        ),
        "item": "Item",
        "planned": "Planned",
        "actual": "Actual",
        "deviation": "Deviation",
        "on_time": "on time",
        "late": "+{n} min",
        "early": MINUS + "{n} min",
        "not_logged": "not logged",
        "from_time": "from {time}",
        "no_agenda": "The programme has no items.",
        "day_late": "The day ended {n} min later than planned.",
        "day_early": "The day ended {n} min earlier than planned.",
        "day_on_time": "The day ended as planned.",
        "last_late": "Last logged: \u201c{title}\u201d ended {n} min later than planned.",
        "last_early": "Last logged: \u201c{title}\u201d ended {n} min earlier than planned.",
        "last_on_time": "Last logged: \u201c{title}\u201d ended as planned.",
        "groups": "The groups",
        "group": "Group",
        "room": "Room",
        "chair": "Chair",
        "note_taker": "Note-taker",
        "members": "Members",
        "no_groups": "No groups are registered.",
        "by_task": "Answers by task",
        "by_group": "Answers by group",
        "task": "Task {n}",
        "no_notes": "(no notes)",
        "from_device": "Typed on the group's own device.",
        "follow_up": "Follow-up points",
        "follow_up_intro": "Points the groups asked the working group to follow up.",
        "no_follow_up": "(no follow-up points)",
        "appendix_groups": "Appendix: all answers by group",
        "appendix_tasks": "Appendix: all answers by task",
        "other_tasks": "Other notes",
        "page": "Page {page} of {pages}",
        "subject": "Documentation of the group work: {title}",
        "write_failed": "Cannot write the report to {path}: {reason}",
        "no_folder": "the folder does not exist",
        "not_writable": "no permission to write in the folder",
        "in_use": ("the file is open in another program or read-only; "
                   "close it there and try again (the old file is unchanged)"),
        "disk_full": "the disk is full",
        "is_folder": "it is a folder",
        "read_only": "the disk is read-only",
        "name_too_long": "the file name or path is too long",
        "save_instead": "save it as {path} instead",
    },
}

_MONTHS: dict[Language, tuple[str, ...]] = {
    "nb": (
        "januar", "februar", "mars", "april", "mai", "juni",
        "juli", "august", "september", "oktober", "november", "desember",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}


def word(language: Language, key: str, **values: object) -> str:
    """The fixed text ``key`` in ``language``, with ``{placeholders}`` filled in."""
    text = WORDS[language][key]
    return text.format(**values) if values else text


def format_date(day: dt.date, language: Language) -> str:
    """``1. september 2021`` / ``1 September 2021``."""
    month = _MONTHS[language][day.month - 1]
    return f"{day.day}. {month} {day.year}" if language == "nb" else f"{day.day} {month} {day.year}"


def format_date_range(start: dt.date, end: dt.date | None, language: Language) -> str:
    """One date, or a range written the way each language shortens it.

    Norwegian "1.-2. september 2021" and "30. september - 1. oktober 2021",
    English "1-2 September 2021", each with an en dash.
    """
    if end is None or end == start:
        return format_date(start, language)
    dot = "." if language == "nb" else ""
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}{dot}{EN_DASH}{format_date(end, language)}"
    if start.year == end.year:
        month = _MONTHS[language][start.month - 1]
        return f"{start.day}{dot} {month} {EN_DASH} {format_date(end, language)}"
    return f"{format_date(start, language)} {EN_DASH} {format_date(end, language)}"


def format_delay(minutes: int, language: Language) -> str:
    """``+7 min``, ``3 min`` after a real minus sign, or ``i rute``."""
    if minutes == 0:
        return word(language, "on_time")
    return word(language, "late" if minutes > 0 else "early", n=abs(minutes))


def format_span(start: dt.time | None, end: dt.time | None, language: Language) -> str:
    """``13:05`` en dash ``13:50``; ``fra 13:05`` for an item still running (not a time and
    two dashes); a dash for none."""
    if start is not None and end is None:
        return word(language, "from_time", time=format_time(start))
    if start is None and end is None:
        return EN_DASH
    return f"{format_time(start)}{EN_DASH}{format_time(end)}"


def format_time(t: dt.time | None) -> str:
    """``13:05``; an en dash where there is no time."""
    return EN_DASH if t is None else f"{t.hour:02d}:{t.minute:02d}"
