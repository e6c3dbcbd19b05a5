<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../app/ui/audience_window.py" line="29"/>
        <source>Plenum: projector</source>
        <translation>Plenum: lerretet</translation>
    </message>
</context>
<context>
    <name>ConsoleCrashReport</name>
    <message>
        <location filename="../../app/ui/faults/crash_guard.py" line="80"/>
        <source>%1. The details are saved in %2</source>
        <translation>%1. Detaljer er lagret i %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/crash_guard.py" line="83"/>
        <source>%1. The log could not be written.</source>
        <translation>%1. Loggen kunne ikke skrives.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/faults/crash_guard.py" line="85"/>
        <source>(%n errors so far)</source>
        <translation>
            <numerusform>(%n feil så langt)</numerusform>
            <numerusform>(%n feil så langt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/crash_guard.py" line="86"/>
        <source>Something went wrong, but Plenum is still running.</source>
        <translation>Noe gikk galt, men Plenum kjører videre.</translation>
    </message>
</context>
<context>
    <name>CountdownView</name>
    <message>
        <location filename="../../app/ui/timer/countdown_view.py" line="215"/>
        <source>paused</source>
        <translation>pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/timer/countdown_view.py" line="217"/>
        <source>over time</source>
        <translation>over tiden</translation>
    </message>
    <message>
        <location filename="../../app/ui/timer/countdown_view.py" line="219"/>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
</context>
<context>
    <name>CrashResume</name>
    <message>
        <location filename="../../app/ui/resume.py" line="77"/>
        <source>Plenum did not shut down normally. Continue where you were?</source>
        <translation>Plenum ble ikke avsluttet normalt. Fortsett der du var?</translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="78"/>
        <source>The notes are saved. Continuing goes back to the slide, the projector and the countdowns as they were.</source>
        <translation>Notatene er lagret. Fortsett går tilbake til lysbildet, lerretet og nedtellingene slik de var.</translation>
    </message>
    <message>
        <location filename="../../app/ui/resume.py" line="80"/>
        <source>Continue where I was</source>
        <translation>Fortsett der jeg var</translation>
    </message>
</context>
<context>
    <name>DelayBadge</name>
    <message>
        <location filename="../../app/ui/console/delay_badges.py" line="30"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/delay_badges.py" line="32"/>
        <source>%1 h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/delay_badges.py" line="33"/>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/delay_badges.py" line="50"/>
        <source>Day: %1 behind</source>
        <translation>Dagen: %1 bak</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/delay_badges.py" line="51"/>
        <source>Day: %1 ahead</source>
        <translation>Dagen: %1 foran</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/delay_badges.py" line="52"/>
        <source>Day: on schedule</source>
        <translation>Dagen: i rute</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/delay_badges.py" line="60"/>
        <source>Talk: %1 behind</source>
        <translation>Foredraget: %1 bak</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/delay_badges.py" line="61"/>
        <source>Talk: %1 ahead</source>
        <translation>Foredraget: %1 foran</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/delay_badges.py" line="62"/>
        <source>Talk: on schedule</source>
        <translation>Foredraget: i rute</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/delay_badges.py" line="67"/>
        <source>How late the day&apos;s agenda runs against its planned times.</source>
        <translation>Hvor sent dagens program går, målt mot de planlagte tidene.</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/delay_badges.py" line="72"/>
        <source>How the talk keeps pace with its slides&apos; planned durations.</source>
        <translation>Hvordan foredraget holder tempoet, målt mot lysbildenes planlagte varighet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/delay_badges.py" line="77"/>
        <source>Rehearsal</source>
        <translation>Øving</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/delay_badges.py" line="82"/>
        <source>Rehearsal: the event is on %1, not today. Times count from the first item you start, as if it began at its planned time.</source>
        <translation>Øving: arrangementet er %1, ikke i dag. Tidene regnes fra det første punktet du starter, som om det begynte til planlagt tid.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../app/ui/session/dialogs.py" line="23"/>
        <source>Open session</source>
        <translation>Åpne økt</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/dialogs.py" line="23"/>
        <source>Plenum sessions (*.plenum)</source>
        <translation>Plenum-økter (*.plenum)</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/dialogs.py" line="28"/>
        <source>Import notes</source>
        <translation>Importer notater</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/dialogs.py" line="28"/>
        <source>Notes files (*.yaml *.yml)</source>
        <translation>Notatfiler (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/dialogs.py" line="33"/>
        <location filename="../../app/ui/session/dialogs.py" line="51"/>
        <source>Export notes for group</source>
        <translation>Eksporter notater for gruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/dialogs.py" line="33"/>
        <source>Notes files (*.yaml)</source>
        <translation>Notatfiler (*.yaml)</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/dialogs.py" line="38"/>
        <source>Export report (PDF)</source>
        <translation>Eksporter rapport (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/dialogs.py" line="38"/>
        <location filename="../../app/ui/session/dialogs.py" line="43"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/dialogs.py" line="43"/>
        <source>Print handout</source>
        <translation>Skriv ut oppslag</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/dialogs.py" line="51"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>FollowNoteLine</name>
    <message>
        <location filename="../../app/ui/programme/page.py" line="138"/>
        <source>Followed the round: “%1” started %2</source>
        <translation>Fulgte runden: «%1» startet %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="140"/>
        <source>Followed the round: “%1” finished %2</source>
        <translation>Fulgte runden: «%1» ferdig %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="144"/>
        <source>; start “%1” from the Programme page</source>
        <translation>; start «%1» fra Program-siden</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="147"/>
        <source>; the items before it are marked finished</source>
        <translation>; punktene før er markert ferdige</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="149"/>
        <source>Marked finished at %1, with no start of their own:</source>
        <translation>Markert ferdige %1, uten egen starttid:</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="157"/>
        <source>Start “%1”</source>
        <translation>Start «%1»</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../app/ui/notes/follow_ups.py" line="25"/>
        <source>FOLLOW-UP POINTS</source>
        <translation>OPPFØLGINGSPUNKTER</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/follow_ups.py" line="30"/>
        <source>New point, Enter to add</source>
        <translation>Nytt punkt, Enter for å legge til</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/follow_ups.py" line="32"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>GroupTimers</name>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="61"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="66"/>
        <source>Add timer</source>
        <translation>Legg til tidtaker</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="67"/>
        <source>GROUP TIMERS</source>
        <translation>TIDTAKERE PER GRUPPE</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="74"/>
        <source>No group has its own timer.</source>
        <translation>Ingen gruppe har egen tidtaker.</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="148"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="149"/>
        <source>-1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">Fjern</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="206"/>
        <source>paused</source>
        <translation>pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="210"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="210"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="35"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="46"/>
        <source>One name per line</source>
        <translation>Ett navn per linje</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="52"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="53"/>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="54"/>
        <source>Chair</source>
        <translation>Møteleder</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="55"/>
        <source>Note-taker</source>
        <translation>Referent</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="56"/>
        <source>Members</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="59"/>
        <source>Add group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="60"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="61"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="62"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="67"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="119"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="120"/>
        <source>Could not add the group</source>
        <translation>Kunne ikke legge til gruppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="140"/>
        <source>Could not save the group</source>
        <translation>Kunne ikke lagre gruppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="147"/>
        <source>Could not move the group</source>
        <translation>Kunne ikke flytte gruppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="153"/>
        <source>Could not remove the group</source>
        <translation>Kunne ikke fjerne gruppen</translation>
    </message>
</context>
<context>
    <name>GroupworkPage</name>
    <message>
        <location filename="../../app/ui/groupwork/page.py" line="116"/>
        <source>Task + time</source>
        <translation>Oppgave + tid</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/page.py" line="117"/>
        <source>All tasks + time</source>
        <translation>Alle oppgaver + tid</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/page.py" line="118"/>
        <source>Time only</source>
        <translation>Bare tid</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/page.py" line="119"/>
        <source>Slides</source>
        <translation>Lysbilder</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/page.py" line="129"/>
        <source>Chime muted</source>
        <translation>Lyd av</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/page.py" line="134"/>
        <source>TASKS THIS ROUND</source>
        <translation>OPPGAVER I DENNE RUNDEN</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/page.py" line="138"/>
        <source>ROUND</source>
        <translation>RUNDE</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/page.py" line="142"/>
        <source>ON THE PROJECTOR</source>
        <translation>PÅ LERRETET</translation>
    </message>
</context>
<context>
    <name>GroupworkScreen</name>
    <message>
        <location filename="../../app/ui/groupwork/screens.py" line="95"/>
        <source>paused</source>
        <translation>pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/screens.py" line="97"/>
        <source>ends at %1</source>
        <translation>slutt kl. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/screens.py" line="84"/>
        <source>OVER TIME</source>
        <translation>OVER TIDEN</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/screens.py" line="85"/>
        <source>TIME LEFT</source>
        <translation>TID IGJEN</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/screens.py" line="240"/>
        <location filename="../../app/ui/groupwork/screens.py" line="286"/>
        <source>No task chosen</source>
        <translation>Ingen oppgave valgt</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/screens.py" line="244"/>
        <source>TASK %1</source>
        <translation>OPPGAVE %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/screens.py" line="247"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/screens.py" line="282"/>
        <source>TASKS</source>
        <translation>OPPGAVER</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/screens.py" line="82"/>
        <source>GROUP WORK</source>
        <translation>GRUPPEARBEID</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/screens.py" line="123"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/screens.py" line="92"/>
        <source>ended at %1</source>
        <translation>avsluttet kl. %1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../app/ui/notes/history.py" line="45"/>
        <source>HISTORY</source>
        <translation>HISTORIKK</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/history.py" line="51"/>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/notes/history.py" line="75"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n ord</numerusform>
            <numerusform>%n ord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/history.py" line="78"/>
        <source>imported</source>
        <translation>importert</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/history.py" line="80"/>
        <source>restored</source>
        <translation>gjenopprettet</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/history.py" line="82"/>
        <source>from a device</source>
        <translation>fra en enhet</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/history.py" line="84"/>
        <source>current</source>
        <translation>gjeldende</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../app/ui/session/notes_transfer.py" line="31"/>
        <source>Import notes</source>
        <translation>Importer notater</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/notes_transfer.py" line="39"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/session/notes_transfer.py" line="48"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importerer %n fil(er) …</numerusform>
            <numerusform>Importerer %n fil(er) …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/session/notes_transfer.py" line="55"/>
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>Importerte %n fil(er).</numerusform>
            <numerusform>Importerte %n fil(er).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/session/notes_transfer.py" line="56"/>
        <source>%n summary(ies) saved, %1 already identical.</source>
        <translation>
            <numerusform>%n oppsummering(er) lagret, %1 var allerede like.</numerusform>
            <numerusform>%n oppsummering(er) lagret, %1 var allerede like.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/session/notes_transfer.py" line="60"/>
        <source>New groups: %1</source>
        <translation>Nye grupper: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/session/notes_transfer.py" line="63"/>
        <source>%n conflict(s): the session had different text. Nothing was overwritten; the imported text is now current and the earlier text is in the history.</source>
        <translation>
            <numerusform>%n konflikt(er): økta hadde en annen tekst. Ingenting er overskrevet; den importerte teksten gjelder nå, og den tidligere ligger i historikken.</numerusform>
            <numerusform>%n konflikt(er): økta hadde en annen tekst. Ingenting er overskrevet; den importerte teksten gjelder nå, og den tidligere ligger i historikken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/session/notes_transfer.py" line="69"/>
        <source>%1: %2, task %3 (earlier text: version %4)</source>
        <translation>%1: %2, oppgave %3 (tidligere tekst: versjon %4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/notes_transfer.py" line="77"/>
        <source>Nothing was imported:</source>
        <translation>Ingenting ble importert:</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <location filename="../../app/ui/share/controls.py" line="119"/>
        <source>Join</source>
        <translation>Bli med</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/controls.py" line="120"/>
        <source>Scan your group&apos;s code with the phone&apos;s camera</source>
        <translation>Skann koden til gruppen din med mobilkameraet</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../app/ui/keys.py" line="99"/>
        <source>Next slide</source>
        <translation>Neste lysbilde</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="105"/>
        <source>Previous slide</source>
        <translation>Forrige lysbilde</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="107"/>
        <source>First slide</source>
        <translation>Første lysbilde</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="108"/>
        <source>Last slide</source>
        <translation>Siste lysbilde</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="109"/>
        <source>Go to slide number</source>
        <translation>Gå til lysbilde nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="114"/>
        <source>Black screen (again to return)</source>
        <translation>Svart skjerm (en gang til for å gå tilbake)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="121"/>
        <source>White screen (again to return)</source>
        <translation>Hvit skjerm (en gang til for å gå tilbake)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="128"/>
        <source>Freeze the projector (again to release)</source>
        <translation>Frys lerretet (en gang til for å slippe)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="135"/>
        <source>Overview of all slides</source>
        <translation>Oversikt over alle lysbilder</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="141"/>
        <source>Shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="148"/>
        <source>Swap screens</source>
        <translation>Bytt skjermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="155"/>
        <source>Present fullscreen (one screen)</source>
        <translation>Vis i fullskjerm (én skjerm)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="162"/>
        <source>Leave fullscreen, close overview</source>
        <translation>Gå ut av fullskjerm, lukk oversikten</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="69"/>
        <location filename="../../app/ui/keys.py" line="169"/>
        <source>Presentation</source>
        <translation>Presentasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="68"/>
        <source>Everywhere</source>
        <translation>Overalt</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="70"/>
        <location filename="../../app/ui/keys.py" line="176"/>
        <source>Group work</source>
        <translation>Gruppearbeid</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="71"/>
        <location filename="../../app/ui/keys.py" line="183"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="190"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="197"/>
        <source>Larger speaker notes</source>
        <translation>Større talenotater</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="203"/>
        <source>Smaller speaker notes</source>
        <translation>Mindre talenotater</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="212"/>
        <source>Next task (while group work is on the projector)</source>
        <translation>Neste oppgave (mens gruppearbeid vises på lerretet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="219"/>
        <source>Previous task (while group work is on the projector)</source>
        <translation>Forrige oppgave (mens gruppearbeid vises på lerretet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="226"/>
        <source>Group work on the projector (again: back to the slides)</source>
        <translation>Gruppearbeid på lerretet (en gang til: tilbake til lysbildene)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="233"/>
        <source>Group work: task + time, all tasks + time, time only</source>
        <translation>Gruppearbeid: oppgave + tid, alle oppgaver + tid, bare tid</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="240"/>
        <source>Group work: start, pause or resume the round</source>
        <translation>Gruppearbeid: start, pause eller fortsett runden</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="247"/>
        <source>Group work: one minute more</source>
        <translation>Gruppearbeid: ett minutt mer</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="254"/>
        <source>Group work: one minute less</source>
        <translation>Gruppearbeid: ett minutt mindre</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="263"/>
        <source>Previous group</source>
        <translation>Forrige gruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="270"/>
        <source>Next group</source>
        <translation>Neste gruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="277"/>
        <source>Previous task</source>
        <translation>Forrige oppgave</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="284"/>
        <source>Next task</source>
        <translation>Neste oppgave</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="291"/>
        <source>Show the summary in plenary</source>
        <translation>Vis oppsummeringen i plenum</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="298"/>
        <source>Next page of the summary (while one is on the projector)</source>
        <translation>Neste side av oppsummeringen (mens den vises på lerretet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="305"/>
        <source>Previous page of the summary</source>
        <translation>Forrige side av oppsummeringen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="312"/>
        <source>Summary off the projector, back to the slides</source>
        <translation>Ta oppsummeringen av lerretet, tilbake til lysbildene</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../app/ui/session/report_export.py" line="33"/>
        <source>en</source>
        <translation>nb</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <location filename="../../app/ui/share/panel.py" line="84"/>
        <source>Renew link</source>
        <translation>Forny lenke</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/panel.py" line="84"/>
        <source>Renew: the old link stops</source>
        <translation>Forny: den gamle lenken slutter å virke</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/panel.py" line="85"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>NotesGrid</name>
    <message numerus="yes">
        <location filename="../../app/ui/notes/grid.py" line="99"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n ord</numerusform>
            <numerusform>%n ord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/grid.py" line="99"/>
        <source>No notes yet</source>
        <translation>Ingen notater ennå</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../app/ui/notes/page.py" line="82"/>
        <source>Groups…</source>
        <translation>Grupper …</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="94"/>
        <source>Show in plenary</source>
        <translation>Vis i plenum</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="95"/>
        <source>All tasks in plenary</source>
        <translation>Alle oppgaver i plenum</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="96"/>
        <source>Back to the slides (Esc)</source>
        <translation>Tilbake til lysbildene (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="104"/>
        <source>No session is open. Use File → Open session.</source>
        <translation>Ingen økt er åpen. Velg Fil → Åpne økt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="107"/>
        <source>Ctrl+↑/↓ group  ·  Ctrl+PgUp/PgDn task  ·  Ctrl+Enter show in plenary  ·  to page it with PgDn/PgUp, click the preview first</source>
        <translation>Ctrl+↑/↓ gruppe  ·  Ctrl+PgUp/PgDn oppgave  ·  Ctrl+Enter vis i plenum  ·  for å bla i den med PgDn/PgUp: klikk på forhåndsvisningen først</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="132"/>
        <source>GROUPS AND TASKS</source>
        <translation>GRUPPER OG OPPGAVER</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="262"/>
        <source>%1 · TASK %2 OF %3</source>
        <translation>%1 · OPPGAVE %2 AV %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="268"/>
        <source>Read-only: another Plenum has this session open; notes cannot be edited here.</source>
        <translation>Skrivebeskyttet: en annen Plenum har økta åpen; notatene kan ikke redigeres her.</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="325"/>
        <source>saved %1 from a device</source>
        <translation>lagret %1 fra en enhet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/notes/page.py" line="378"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n ord</numerusform>
            <numerusform>%n ord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="381"/>
        <source>saving…</source>
        <translation>lagrer …</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="401"/>
        <source>saved %1</source>
        <translation>lagret %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="404"/>
        <source>NOT SAVED: %1. The text stays here and is tried again.</source>
        <translation>IKKE LAGRET: %1. Teksten blir stående her, og lagringen prøves igjen.</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../app/ui/console/notes_view.py" line="29"/>
        <source>No speaker notes for this slide.</source>
        <translation>Ingen talenotater til dette lysbildet.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../app/ui/faults/notices.py" line="58"/>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../app/ui/console/placeholder_page.py" line="17"/>
        <source>%1 is not available in this version yet.</source>
        <translation>%1 er ikke tilgjengelig i denne versjonen ennå.</translation>
    </message>
</context>
<context>
    <name>PresentationPage</name>
    <message>
        <location filename="../../app/ui/console/presentation_page.py" line="92"/>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/presentation_page.py" line="106"/>
        <source>CURRENT SLIDE</source>
        <translation>NÅVÆRENDE LYSBILDE</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/presentation_page.py" line="111"/>
        <source>NEXT</source>
        <translation>NESTE</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/presentation_page.py" line="114"/>
        <source>SPEAKER NOTES  (Ctrl+plus / Ctrl+minus)</source>
        <translation>TALENOTATER  (Ctrl+pluss / Ctrl+minus)</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/presentation_page.py" line="134"/>
        <source>Slide %1 / %2</source>
        <translation>Lysbilde %1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/presentation_page.py" line="139"/>
        <source>Go to %1 ↵</source>
        <translation>Gå til %1 ↵</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../../app/ui/console/window.py" line="64"/>
        <source>Plenum: presenter console</source>
        <translation>Plenum: presentatørkonsoll</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="69"/>
        <source>Presentation</source>
        <translation>Presentasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="69"/>
        <source>Group work</source>
        <translation>Gruppearbeid</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="69"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="69"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="224"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="225"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="226"/>
        <source>Black screen</source>
        <translation>Svart skjerm</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="227"/>
        <source>White screen</source>
        <translation>Hvit skjerm</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="228"/>
        <source>Freeze the projector</source>
        <translation>Frys lerretet</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="229"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="230"/>
        <source>&amp;Screens</source>
        <translation>&amp;Skjermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="231"/>
        <source>Swap screens</source>
        <translation>Bytt skjermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="232"/>
        <source>Present fullscreen</source>
        <translation>Vis i fullskjerm</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="234"/>
        <source>Projector</source>
        <translation>Lerretet</translation>
    </message>
</context>
<context>
    <name>ProblemsBanner</name>
    <message>
        <location filename="../../app/ui/console/problems_banner.py" line="47"/>
        <source>The event file has problems. Still showing the last version that loaded.</source>
        <translation>Arrangementsfilen har feil. Viser fortsatt siste versjon som lot seg laste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/problems_banner.py" line="55"/>
        <source>The event file loaded, but has problems to fix:</source>
        <translation>Arrangementsfilen ble lastet, men har feil som bør rettes:</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/problems_banner.py" line="33"/>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../app/ui/programme/page.py" line="240"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="241"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="242"/>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="243"/>
        <source>Finished</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="244"/>
        <source>Deviation</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="267"/>
        <source>Mark selected started</source>
        <translation>Marker valgt som startet</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="268"/>
        <source>Mark selected finished</source>
        <translation>Marker valgt som ferdig</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="269"/>
        <source>Start next item</source>
        <translation>Start neste punkt</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="271"/>
        <source>Start the item after the running one, which finishes.</source>
        <translation>Start punktet etter det som pågår, som da blir ferdig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="272"/>
        <source>Follow automatically</source>
        <translation>Følg automatisk</translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="379"/>
        <source>Projected end %1</source>
        <translation>Forventet slutt %1</translation>
    </message>
</context>
<context>
    <name>RefusedImagesNotice</name>
    <message numerus="yes">
        <location filename="../../app/ui/faults/refused_images.py" line="100"/>
        <source>%n picture(s) will be shown as a placeholder</source>
        <translation>
            <numerusform>%n bilde vises som plassholder</numerusform>
            <numerusform>%n bilder vises som plassholder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/refused_images.py" line="105"/>
        <source>Slide %1: %2 is %3, too large to show; scale it down, e.g. to 3840 px wide.</source>
        <translation>Lysbilde %1: %2 er %3, for stort til å vises; skaler det ned, f.eks. til 3840 px bredde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/refused_images.py" line="108"/>
        <source>Slide %1: %2 cannot be read (damaged or incomplete); save it again as PNG or JPEG.</source>
        <translation>Lysbilde %1: %2 kan ikke leses (skadet eller ufullstendig); lagre det på nytt som PNG eller JPEG.</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../app/ui/session/report_export.py" line="45"/>
        <source>Export report (PDF)</source>
        <translation>Eksporter rapport (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/report_export.py" line="61"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/report_export.py" line="63"/>
        <source>Open folder</source>
        <translation>Åpne mappe</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/report_export.py" line="65"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/report_export.py" line="91"/>
        <source>Writing the report…</source>
        <translation>Skriver rapporten …</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/report_export.py" line="113"/>
        <source>The report is ready</source>
        <translation>Rapporten er klar</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/report_export.py" line="120"/>
        <source>The report could not be written</source>
        <translation>Rapporten kunne ikke skrives</translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message>
        <location filename="../../app/ui/share/room_list.py" line="36"/>
        <location filename="../../app/ui/share/room_list.py" line="80"/>
        <source>Share with the groups</source>
        <translation>Del med gruppene</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/room_list.py" line="40"/>
        <source>Links and QR codes…</source>
        <translation>Lenker og QR-koder …</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/room_list.py" line="54"/>
        <source>THE GROUPS&apos; OWN DEVICES</source>
        <translation>GRUPPENES EGNE ENHETER</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/room_list.py" line="80"/>
        <source>Sharing is on</source>
        <translation>Deling er på</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/room_list.py" line="84"/>
        <source>On: the groups&apos; links work on this network.</source>
        <translation>På: gruppenes lenker virker på dette nettet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/room_list.py" line="86"/>
        <source>Off. Switch on to give each group a link to its tasks, time and notes on its own phones and laptops.</source>
        <translation>Av. Slå på for å gi hver gruppe en lenke til oppgavene, tiden og notatene på egne mobiler og PC-er.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/room_list.py" line="89"/>
        <source>Open a session to share with the groups.</source>
        <translation>Åpne en økt for å dele med gruppene.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/share/room_list.py" line="98"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n enhet</numerusform>
            <numerusform>%n enheter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/share/room_list.py" line="98"/>
        <source>no devices</source>
        <translation>ingen enheter</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/room_list.py" line="101"/>
        <source>typed %1</source>
        <translation>skrev %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/room_list.py" line="103"/>
        <source>done %1</source>
        <translation>ferdig %1</translation>
    </message>
</context>
<context>
    <name>RoundControls</name>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="56"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="64"/>
        <source>until</source>
        <translation>til kl.</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="65"/>
        <source>The round ends at this time of day, whenever it starts.</source>
        <translation>Runden slutter på dette klokkeslettet, uansett når den startes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="73"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="76"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="77"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="78"/>
        <source>-1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="79"/>
        <source>Reset</source>
        <translation>Nullstill</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="79"/>
        <source>Yes, reset the round</source>
        <translation>Ja, nullstill runden</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="79"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="81"/>
        <source>End round</source>
        <translation>Avslutt runde</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="63"/>
        <source>Length</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="130"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="130"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="147"/>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="147"/>
        <source>Running</source>
        <translation>Går</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="148"/>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="148"/>
        <source>Round ended</source>
        <translation>Runden er avsluttet</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="137"/>
        <source>Round ended %1</source>
        <translation>Avsluttet kl. %1</translation>
    </message>
</context>
<context>
    <name>Rundown</name>
    <message>
        <location filename="../../app/ui/programme/page.py" line="47"/>
        <source>When on, the rundown follows the talk:
• the first slide advance starts the first item, if none has started;
• starting the group-work round starts the group-work item, and items before it
  that were never marked are marked finished then;
• ending the round finishes the group-work item; the next one starts when you say so.
What it marks is shown at the top. &quot;Start next item&quot; and the marks below always work by hand.</source>
        <translation>Når dette er på, følger programmet foredraget:
• første bla i lysbildene starter første punkt, om ingen er startet;
• når gruppearbeidet startes, startes gruppearbeidspunktet, og punkter før det
  som aldri ble markert, markeres ferdige da;
• når gruppearbeidet avsluttes, er gruppearbeidspunktet ferdig; det neste starter når du sier fra.
Det som markeres, vises øverst. «Start neste punkt» og merkingene her virker alltid for hånd.</translation>
    </message>
</context>
<context>
    <name>SessionBanner</name>
    <message>
        <location filename="../../app/ui/session/banner.py" line="31"/>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <location filename="../../app/ui/session/controls.py" line="109"/>
        <source>The session could not be opened: %1</source>
        <translation>Økta kunne ikke åpnes: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/controls.py" line="132"/>
        <source>Read-only: the session&apos;s disk or folder cannot be written to (%1). Notes cannot be edited here; copy the session to a disk you can write to, to go on writing.</source>
        <translation>Skrivebeskyttet: øktens disk eller mappe kan ikke skrives til (%1). Notatene kan ikke redigeres her; kopier økten til en disk du kan skrive til for å skrive videre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/controls.py" line="137"/>
        <source>Read-only: %1. Notes cannot be edited here; they are shown as the other Plenum saves them.</source>
        <translation>Skrivebeskyttet: %1. Notatene kan ikke redigeres her; de vises slik den andre Plenum lagrer dem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/controls.py" line="145"/>
        <source>The event file has changed since this session was made: %1. The notes are kept; the session now refers to the new version.</source>
        <translation>Arrangementsfila er endret siden økta ble opprettet: %1. Notatene er beholdt; økta viser nå til den nye versjonen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/controls.py" line="176"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/controls.py" line="182"/>
        <source>Open session…</source>
        <translation>Åpne økt …</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/controls.py" line="183"/>
        <source>Recent sessions</source>
        <translation>Nylige økter</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/controls.py" line="186"/>
        <source>Import notes…</source>
        <translation>Importer notater …</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/controls.py" line="188"/>
        <source>Export notes for group…</source>
        <translation>Eksporter notater for gruppe …</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/controls.py" line="191"/>
        <source>Export report (PDF)…</source>
        <translation>Eksporter rapport (PDF) …</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/controls.py" line="199"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/controls.py" line="216"/>
        <source>Open a session you can write to before importing.</source>
        <translation>Åpne en økt du kan skrive til før du importerer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/controls.py" line="230"/>
        <location filename="../../app/ui/session/controls.py" line="259"/>
        <source>Open a session first.</source>
        <translation>Åpne en økt først.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="vanished">Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/controls.py" line="253"/>
        <source>Notes for %1 written to %2</source>
        <translation>Notatene for %1 er skrevet til %2</translation>
    </message>
</context>
<context>
    <name>SessionProblem</name>
    <message>
        <location filename="../../app/ui/faults/session_problem.py" line="27"/>
        <source>The session was written by a newer Plenum (format %1; this Plenum reads format %2). Update Plenum.</source>
        <translation>Økten er skrevet av en nyere Plenum (format %1; denne Plenum leser format %2). Oppdater Plenum.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/session_problem.py" line="32"/>
        <source>The session file has an unknown format (version %1).</source>
        <translation>Øktfilen har et ukjent format (versjon %1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/session_problem.py" line="36"/>
        <source>The session file is damaged or truncated.</source>
        <translation>Øktfilen er skadet eller avkortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/session_problem.py" line="39"/>
        <source>Another Plenum is writing to this session.</source>
        <translation>En annen Plenum skriver til denne økten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/session_problem.py" line="41"/>
        <source>The file is not a Plenum session (it is empty or another kind of file).</source>
        <translation>Filen er ikke en Plenum-økt (den er tom eller en annen type fil).</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/session_problem.py" line="44"/>
        <source>The file cannot be read as a database.</source>
        <translation>Filen kan ikke leses som en database.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/session_problem.py" line="46"/>
        <source>Plenum has no permission to use the file.</source>
        <translation>Plenum har ikke tilgang til filen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/session_problem.py" line="48"/>
        <source>The file does not exist.</source>
        <translation>Filen finnes ikke.</translation>
    </message>
</context>
<context>
    <name>SessionRescue</name>
    <message>
        <location filename="../../app/ui/faults/broken_session.py" line="117"/>
        <source>The session file cannot be used: %1</source>
        <translation>Øktfilen kan ikke brukes: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/broken_session.py" line="118"/>
        <source>The file is kept as it is. The presentation goes on without a session until you choose:</source>
        <translation>Filen beholdes som den er. Presentasjonen fortsetter uten økt til du velger:</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/broken_session.py" line="120"/>
        <source>Open a copy read-only</source>
        <translation>Åpne en kopi skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/broken_session.py" line="121"/>
        <location filename="../../app/ui/faults/broken_session.py" line="157"/>
        <source>Start a new session</source>
        <translation>Start en ny økt</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/broken_session.py" line="132"/>
        <source>Could not move the broken session aside: %1</source>
        <translation>Kunne ikke flytte den ødelagte økten til side: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/broken_session.py" line="138"/>
        <source>A new session was started.</source>
        <translation>En ny økt er startet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/broken_session.py" line="139"/>
        <source>The broken file was kept as %1.</source>
        <translation>Den ødelagte filen er beholdt som %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/broken_session.py" line="154"/>
        <source>Nothing could be read from %1.</source>
        <translation>Ingenting kunne leses fra %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/broken_session.py" line="156"/>
        <source>The file is kept as it is; you can start a new session.</source>
        <translation>Filen beholdes som den er; du kan starte en ny økt.</translation>
    </message>
    <message>
        <source>%1. The file is kept as it is; you can start a new session.</source>
        <translation type="vanished">%1. Filen beholdes som den er; du kan starte en ny økt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/broken_session.py" line="160"/>
        <source>Showing a read-only copy of the damaged session: %1</source>
        <translation>Viser en skrivebeskyttet kopi av den skadde økten: %1</translation>
    </message>
</context>
<context>
    <name>ShareControls</name>
    <message>
        <location filename="../../app/ui/share/controls.py" line="56"/>
        <source>Share with the groups</source>
        <translation>Del med gruppene</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/controls.py" line="60"/>
        <source>Links and QR codes…</source>
        <translation>Lenker og QR-koder …</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/controls.py" line="157"/>
        <source>Scan the code, or type the address into the browser:</source>
        <translation>Skann koden, eller skriv adressen i nettleseren:</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/controls.py" line="158"/>
        <source>Links for the groups</source>
        <translation>Lenker for gruppene</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <location filename="../../app/ui/share/panel.py" line="107"/>
        <location filename="../../app/ui/share/panel.py" line="174"/>
        <source>Share with the groups</source>
        <translation>Del med gruppene</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/panel.py" line="119"/>
        <source>Devices must be on the same network as this computer (Wi-Fi that isolates its clients blocks them: use this computer&apos;s or a phone&apos;s hotspot).</source>
        <translation>Enhetene må være på samme nett som denne PC-en (et trådløst nett som isolerer klientene stenger dem ute: bruk PC-ens eller en mobils hotspot).</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/panel.py" line="129"/>
        <source>Print handout…</source>
        <translation>Skriv ut oppslag …</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/panel.py" line="133"/>
        <source>Open handout</source>
        <translation>Åpne oppslaget</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/panel.py" line="136"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/panel.py" line="145"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/panel.py" line="157"/>
        <source>EACH GROUP&apos;S LINK</source>
        <translation>HVER GRUPPES LENKE</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/panel.py" line="174"/>
        <source>Sharing is on</source>
        <translation>Deling er på</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/panel.py" line="175"/>
        <source>The groups open their links on their own phones and laptops.</source>
        <translation>Gruppene åpner lenkene sine på egne mobiler og PC-er.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/panel.py" line="176"/>
        <source>Sharing is off: no device can reach this computer.</source>
        <translation>Deling er av: ingen enhet når denne PC-en.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/panel.py" line="197"/>
        <source>Read-only: tasks and time</source>
        <translation>Bare lesing: oppgaver og tid</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/panel.py" line="206"/>
        <source>Back to the slides</source>
        <translation>Tilbake til lysbildene</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/panel.py" line="207"/>
        <source>Show «Join» in plenary</source>
        <translation>Vis «Bli med» i plenum</translation>
    </message>
    <message>
        <source>Show «Join» in plenum</source>
        <translation type="vanished">Vis «Bli med» i plenum</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/panel.py" line="217"/>
        <source>Handout saved: %1</source>
        <translation>Oppslaget er lagret: %1</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../app/ui/share/sharing.py" line="114"/>
        <source>Open a session you can write to before sharing: the groups&apos; notes are saved in it.</source>
        <translation>Åpne en økt du kan skrive i før du deler: gruppenes notater lagres i den.</translation>
    </message>
    <message>
        <location filename="../../app/ui/share/sharing.py" line="136"/>
        <source>Sharing could not start: %1</source>
        <translation>Delingen kunne ikke starte: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/console/shortcuts_dialog.py" line="24"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/shortcuts_dialog.py" line="31"/>
        <source>While a text or number field has the cursor, plain keys type in it; Ctrl keys, Esc and F-keys still work. Click the preview to give the keys back to the slides.</source>
        <translation>Når markøren står i et tekst- eller tallfelt, skriver vanlige taster i feltet; Ctrl-taster, Esc og F-tastene virker fortsatt. Klikk på forhåndsvisningen for å gi tastene tilbake til lysbildene.</translation>
    </message>
</context>
<context>
    <name>SummaryShow</name>
    <message>
        <location filename="../../app/ui/notes/in_plenum.py" line="38"/>
        <source>(no notes)</source>
        <translation>(ingen notater)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/in_plenum.py" line="41"/>
        <source>page %1/%2</source>
        <translation>side %1/%2</translation>
    </message>
</context>
<context>
    <name>TalkClock</name>
    <message>
        <location filename="../../app/ui/console/talk_clock.py" line="36"/>
        <source>Reset</source>
        <translation>Nullstill</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/talk_clock.py" line="36"/>
        <source>Yes, reset the time</source>
        <translation>Ja, nullstill tiden</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/talk_clock.py" line="36"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/talk_clock.py" line="54"/>
        <source>Starts at the first slide change</source>
        <translation>Starter ved første lysbildeskifte</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/talk_clock.py" line="57"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/talk_clock.py" line="59"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/talk_clock.py" line="59"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
</context>
<context>
    <name>TasksList</name>
    <message>
        <location filename="../../app/ui/groupwork/tasks_list.py" line="68"/>
        <source>◀ Previous task</source>
        <translation>◀ Forrige oppgave</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/tasks_list.py" line="69"/>
        <source>Next task ▶</source>
        <translation>Neste oppgave ▶</translation>
    </message>
</context>
<context>
    <name>TimerWindow</name>
    <message>
        <location filename="../../app/ui/timer/window.py" line="36"/>
        <source>Timer</source>
        <translation>Tidtaker</translation>
    </message>
    <message>
        <location filename="../../app/ui/timer/window.py" line="118"/>
        <source>sound off</source>
        <translation>lyd av</translation>
    </message>
    <message>
        <location filename="../../app/ui/timer/window.py" line="121"/>
        <source>Space: pause · + / -: one minute · M: sound · S: screen · Esc: close</source>
        <translation>Mellomrom: pause · + / -: ett minutt · M: lyd · S: skjerm · Esc: lukk</translation>
    </message>
    <message>
        <location filename="../../app/ui/timer/window.py" line="115"/>
        <source>Close the timer? Esc again closes it · any other key keeps it</source>
        <translation>Lukke tidtakeren? Esc en gang til lukker · en annen tast beholder den</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../app/ui/console/top_bar.py" line="79"/>
        <source>ON THE PROJECTOR</source>
        <translation>PÅ LERRETET</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/top_bar.py" line="120"/>
        <source>Live</source>
        <translation>Direkte</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/top_bar.py" line="122"/>
        <source>Black</source>
        <translation>Svart</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/top_bar.py" line="122"/>
        <source>White</source>
        <translation>Hvit</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/top_bar.py" line="124"/>
        <source>Frozen</source>
        <translation>Fryst</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/top_bar.py" line="131"/>
        <source>Group work</source>
        <translation>Gruppearbeid</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/top_bar.py" line="134"/>
        <source>Summary: %1</source>
        <translation>Oppsummering: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/top_bar.py" line="135"/>
        <source>Another mode</source>
        <translation>Annen visning</translation>
    </message>
    <message>
        <source>Held by another mode</source>
        <translation type="vanished">Holdt av annen modus</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="20"/>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="21"/>
        <source>the folder does not exist</source>
        <translation>mappen finnes ikke</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="22"/>
        <source>no permission to write in the folder</source>
        <translation>ingen skrivetilgang til mappen</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="23"/>
        <source>the file is open in another program or read-only; close it there and try again</source>
        <translation>filen er åpen i et annet program eller skrivebeskyttet; lukk den der og prøv igjen</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="25"/>
        <source>the disk is read-only</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="26"/>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="27"/>
        <source>the file name or path is too long</source>
        <translation>filnavnet eller stien er for lang</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="46"/>
        <source>Could not save %1: %2.</source>
        <translation>Kunne ikke lagre %1: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="48"/>
        <source>Nothing was changed on the disk.</source>
        <translation>Ingenting ble endret på disken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="52"/>
        <source>You can save it as %1 instead.</source>
        <translation>Du kan lagre den som %1 i stedet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="55"/>
        <source>Save in %1</source>
        <translation>Lagre i %1</translation>
    </message>
</context>
<context>
    <name>slides</name>
    <message>
        <location filename="../../app/render/layouts.py" line="213"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../app/render/slide_painter.py" line="152"/>
        <source>Slide %1 cannot be shown</source>
        <translation>Lysbilde %1 kan ikke vises</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message numerus="yes">
        <source>%n min behind schedule</source>
        <translation type="obsolete">
            <numerusform>%n min bak skjema</numerusform>
            <numerusform>%n min bak skjema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead of schedule</source>
        <translation type="obsolete">
            <numerusform>%n min foran skjema</numerusform>
            <numerusform>%n min foran skjema</numerusform>
        </translation>
    </message>
</context>
</TS>
