"""Four groups' plausible notes for the seed event, as a secretariat would get them.

Written the way note-takers type on the day: short paragraphs, dash lists,
a numbered list, a URL, one group that skipped a task. Used by the report
tests and for looking at a real report (``python -m tests.report.seed_notes OUT.pdf``).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from app.event.loader import load_event
from app.event.model import Event
from app.paths import DEFAULT_EVENT
from app.report.model import AgendaEntry, GroupReport, Language, ReportInput

GROUP_1 = GroupReport(
    name="Gruppe 1",
    room="Sal A",
    chair="Kari Nordmann",
    note_taker="Ola Nordmann",
    members=("Per Hansen", "Åse Berg", "Nils Aslak Guttorm", "Ingrid Solberg", "Tone Haugen"),
    summaries={
        "funn": (
            "Gruppen mener innsatsområdene i rapporten treffer godt, særlig areal og "
            "transport. Det er bred enighet om at regionalt samarbeid er nødvendig for å "
            "lykkes med klimamålene.\n\n"
            "Innspill:\n"
            "- Rapporten bør si mer om forskjellene mellom kommunene i ytre og indre del "
            "av regionen.\n"
            "- Næringsutvikling og kompetanse kommer for svakt fram.\n"
            "- Funnene om pendling bør brukes aktivt i dialogen med staten."
        ),
        "rolle": (
            "Osloregionens viktigste rolle har vært som møteplass på tvers av kommune- og "
            "fylkesgrenser. Det gir tillit og gjør det lettere å samarbeide i enkeltsaker.\n\n"
            "Stikkord:\n"
            "- Felles stemme overfor staten (NTP, jernbane, regionale planer)\n"
            "- Arena for erfaringsutveksling mellom administrasjonene\n"
            "- Flerkjernet utvikling: styrke regionbyene, ikke bare Oslo"
        ),
        "arbeidsformer": (
            "a) Fungerer bra. Faggruppene er nyttige, men bør ha tydeligere mandat.\n"
            "b) Strategiene er gode, men lite kjent i kommunestyrene.\n"
            "c) Prosjektene er for få og for små til å synes.\n"
            "d) Høringsuttalelsene har hatt gjennomslag, særlig i samferdsel.\n"
            "e) Lite kjent for gruppen.\n"
            "f) Samlinger som denne er verdifulle og bør holdes årlig."
        ),
        "kommunene": (
            "Ja, men Osloregionen må ikke bli et ekstra forvaltningsnivå. Gruppen ønsker en "
            "sterkere kobling til kommunenes samfunnsutviklerrolle gjennom felles "
            "kunnskapsgrunnlag og maler for planarbeid."
        ),
        "kunnskapshull": (
            "Vi vet for lite om hvordan innbyggerne bruker regionen i hverdagen, og om "
            "næringslivets behov for kompetanse. Se også "
            "https://www.osloregionen.no/wp-content/uploads/2021/08/kunnskapsgrunnlag-osloregionen-2030-nibr-rapport.pdf"
        ),
    },
    follow_up=(
        "Kartlegge kompetansehull om næringsutvikling i regionbyene",
        "Gi faggruppene et skriftlig mandat",
    ),
)

GROUP_2 = GroupReport(
    name="Gruppe 2",
    room="Møterom Glomma",
    chair="Eirik Johansen",
    note_taker="Sara Olsen",
    members=("Mona Lie", "Trond Bakken", "Hilde Strand", "Ahmed Ali"),
    summaries={
        "funn": (
            "Rapporten gir et godt bilde av regionen, men er lang. En kortversjon til "
            "politikerne etterlyses.\n"
            "Gruppen savner konkrete forslag til hva som bør prioriteres de neste fire årene."
        ),
        "rolle": (
            "1. Påvirke nasjonale myndigheter i saker som er felles for regionen.\n"
            "2. Bygge nettverk og felles identitet.\n"
            "3. Være et kunnskapsmiljø for kommunene.\n\n"
            "Gruppen mener punkt 1 har vært viktigst, og at punkt 3 bør styrkes."
        ),
        "arbeidsformer": (
            "Det fungerer bra at sekretariatet er lite og fleksibelt. Mindre bra at "
            "informasjonen ikke når ut til alle kommunene.\n\n"
            "Forbedringspunkter:\n"
            "- Nyhetsbrev to ganger i året til alle kommunestyremedlemmer\n"
            "- Felles kalender for møter og samlinger\n"
            "- Bedre oppfølging av vedtak i representantskapet"
        ),
        "kommunene": (
            "Delte meninger i gruppen. Noen mener Osloregionen bør holde seg til "
            "interessepolitikk; andre ønsker konkret hjelp i plan- og utviklingsarbeid, "
            "særlig for de minste kommunene."
        ),
        "kunnskapshull": "",
    },
    follow_up=("Lage en kortversjon av NIBR-rapporten til politisk nivå",),
)

GROUP_3 = GroupReport(
    name="Gruppe 3",
    room="Sal B",
    chair="Liv Marit Eriksen",
    note_taker="Jonas Berg",
    members=("Kristin Dahl", "Odd Arne Moen", "Siri Hovland"),
    summaries={
        "funn": (
            "Funnene om boligbygging og arealbruk vakte mest diskusjon. Gruppen er "
            "bekymret for at vekst i randkommunene skjer uten god kollektivdekning.\n\n"
            "Innsatsområdene bør henge tettere sammen: klima, areal og transport må sees "
            "under ett."
        ),
        "rolle": (
            "- Felles stemme i samferdselssaker\n"
            "- Pådriver for grønn omstilling\n"
            "  (eksempel: felles innkjøp av utslippsfrie kjøretøy)\n"
            "- Internasjonal profilering av regionen"
        ),
        "arbeidsformer": (
            "Gruppen har best erfaring med b) og d). Prosjektene (c) oppleves som lite "
            "forankret i kommunene, og deltakelse i internasjonale prosjekter (e) er "
            "ukjent for de fleste."
        ),
        "kommunene": (
            "Osloregionen kan bidra mest ved å samle og dele kunnskap, og ved å koordinere "
            "kommunenes innspill til regionale planer. Det bør ikke bli en ny "
            "rapporteringsplikt for kommunene."
        ),
        "kunnskapshull": (
            "- Hvordan pandemien har endret pendling og hjemmekontor\n"
            "- Næringslivets syn på regionen som bo- og arbeidsmarked\n"
            "- Effekten av Osloregionens eget arbeid: hva har faktisk blitt bedre?"
        ),
    },
)

GROUP_4 = GroupReport(
    name="Gruppe 4",
    room="Kantina",
    chair="Bjørn Vik",
    note_taker="Marte Lund",
    members=("Anne Grethe Nilsen", "Petter Sæther", "Rune Karlsen", "Elin Fjeld", "Vidar Holm"),
    summaries={
        "funn": (
            "Gruppen slutter seg i hovedsak til funnene. Det er viktig at rapporten brukes "
            "som grunnlag for revisjon av samarbeidsavtalen."
        ),
        "rolle": (
            "Osloregionen har vært viktigst som møteplass og som felles stemme overfor "
            "staten. Framover bør rollen som kunnskapsmiljø styrkes, slik at regionen kan "
            "utvikles flerkjernet med utgangspunkt i lokale fortrinn."
        ),
        "arbeidsformer": "",
        "kommunene": (
            "Ja. Et konkret forslag er et felles kompetansenettverk for samfunnsplanleggere "
            "i medlemskommunene, med to samlinger i året."
        ),
        "kunnskapshull": (
            "Lite kunnskap om hvordan regionen oppleves av unge voksne, og om behovet for "
            "kompetanse i kommunene fram mot 2030."
        ),
    },
    follow_up=(
        "Foreslå et kompetansenettverk for samfunnsplanleggere",
        "Vurdere en undersøkelse blant unge voksne i regionen",
    ),
)

GROUPS = (GROUP_1, GROUP_2, GROUP_3, GROUP_4)


def seed_agenda(event: Event) -> tuple[AgendaEntry, ...]:
    """The seed agenda as it ran: a late start, a long presentation, plenary not yet logged."""
    actual = {
        0: (dt.time(12, 34), dt.time(12, 56)),
        1: (dt.time(12, 56), dt.time(13, 6)),
        2: (dt.time(13, 6), dt.time(13, 58)),
        3: (dt.time(13, 58), dt.time(14, 12)),
        4: (dt.time(14, 12), dt.time(16, 5)),
    }
    return tuple(
        AgendaEntry(item.title, item.start, item.end, *actual.get(index, (None, None)))
        for index, item in enumerate(event.agenda)
    )


def seed_report(language: Language = "nb", event_path: Path = DEFAULT_EVENT) -> ReportInput:
    event = load_event(event_path).event
    assert event is not None
    return ReportInput(
        event=event,
        groups=GROUPS,
        agenda=seed_agenda(event),
        exported=dt.date(2021, 9, 2),
        language=language,
    )


if __name__ == "__main__":
    from app.report.build import build_report

    build_report(seed_report(), sys.argv[1], by_group="--by-group" in sys.argv)
