<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../../app/ui/audience_window.py" line="29"/>
        <source>Plenum: audience</source>
        <translation>Plenum: publikum</translation>
    </message>
</context>
<context>
    <name>ConsoleCrashReport</name>
    <message>
        <location filename="../../app/ui/faults/crash_guard.py" line="143"/>
        <source>%1. The details are saved in %2</source>
        <translation>%1. Detaljer er lagret i %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/crash_guard.py" line="146"/>
        <source>%1. The log could not be written.</source>
        <translation>%1. Loggen kunne ikke skrives.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/faults/crash_guard.py" line="148"/>
        <source>(%n errors so far)</source>
        <translation>
            <numerusform>(%n feil så langt)</numerusform>
            <numerusform>(%n feil så langt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/crash_guard.py" line="149"/>
        <source>Something went wrong, but Plenum is still running.</source>
        <translation>Noe gikk galt, men Plenum kjører videre.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../app/ui/notes/follow_ups.py" line="23"/>
        <source>FOLLOW-UP POINTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/follow_ups.py" line="29"/>
        <source>New point, Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/follow_ups.py" line="31"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTimers</name>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="59"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="62"/>
        <source>Add timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="63"/>
        <source>GROUP TIMERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="74"/>
        <source>No group has its own timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="135"/>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="136"/>
        <source>-1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="137"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="153"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="157"/>
        <source>Pause</source>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/group_timers.py" line="157"/>
        <source>Resume</source>
        <translation type="unfinished">Fortsett</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="34"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="44"/>
        <source>One name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="50"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="51"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="52"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="53"/>
        <source>Note-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="54"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="57"/>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="58"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="59"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="60"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="65"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="117"/>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="118"/>
        <source>Could not add the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="138"/>
        <source>Could not save the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="145"/>
        <source>Could not move the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/groups_dialog.py" line="151"/>
        <source>Could not remove the group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupworkPage</name>
    <message>
        <location filename="../../app/ui/groupwork/page.py" line="68"/>
        <source>Task + time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/page.py" line="69"/>
        <source>All tasks + time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/page.py" line="70"/>
        <source>Time only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/page.py" line="71"/>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/page.py" line="83"/>
        <source>Chime muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/page.py" line="88"/>
        <source>TASKS THIS ROUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/page.py" line="91"/>
        <source>ROUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/page.py" line="95"/>
        <source>ON THE PROJECTOR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../app/ui/notes/history.py" line="43"/>
        <source>HISTORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/history.py" line="47"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/notes/history.py" line="71"/>
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/history.py" line="74"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/history.py" line="76"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/history.py" line="78"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../app/ui/session/notes_transfer.py" line="30"/>
        <source>Import notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/session/notes_transfer.py" line="37"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/session/notes_transfer.py" line="46"/>
        <source>Importing %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/session/notes_transfer.py" line="53"/>
        <source>Imported %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/session/notes_transfer.py" line="54"/>
        <source>%n summary(ies) saved, %1 already identical.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/session/notes_transfer.py" line="58"/>
        <source>New groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/session/notes_transfer.py" line="61"/>
        <source>%n conflict(s): the session had different text. Nothing was overwritten; the imported text is now current and the earlier text is in the history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/session/notes_transfer.py" line="67"/>
        <source>%1: %2, task %3 (earlier text: version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/session/notes_transfer.py" line="75"/>
        <source>Nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../app/ui/keys.py" line="74"/>
        <source>Next slide</source>
        <translation>Neste lysbilde</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="80"/>
        <source>Previous slide</source>
        <translation>Forrige lysbilde</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="82"/>
        <source>First slide</source>
        <translation>Første lysbilde</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="83"/>
        <source>Last slide</source>
        <translation>Siste lysbilde</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="84"/>
        <source>Go to slide number</source>
        <translation>Gå til lysbilde nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="89"/>
        <source>Black screen (again to return)</source>
        <translation>Svart skjerm (en gang til for å gå tilbake)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="95"/>
        <source>White screen (again to return)</source>
        <translation>Hvit skjerm (en gang til for å gå tilbake)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="101"/>
        <source>Freeze the audience screen (again to release)</source>
        <translation>Frys publikumsskjermen (en gang til for å slippe)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="107"/>
        <source>Overview of all slides</source>
        <translation>Oversikt over alle lysbilder</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="109"/>
        <source>Shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="110"/>
        <source>Swap screens</source>
        <translation>Bytt skjermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="115"/>
        <source>Present fullscreen (one screen)</source>
        <translation>Vis i fullskjerm (én skjerm)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="121"/>
        <source>Leave fullscreen, close overview</source>
        <translation>Gå ut av fullskjerm, lukk oversikten</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="123"/>
        <source>Presentation</source>
        <translation>Presentasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="124"/>
        <source>Group work</source>
        <translation>Gruppearbeid</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="125"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="126"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="131"/>
        <source>Larger speaker notes</source>
        <translation>Større notater</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="137"/>
        <source>Smaller speaker notes</source>
        <translation>Mindre notater</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="146"/>
        <source>Next task (while group work is on the projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="152"/>
        <source>Previous task (while group work is on the projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="158"/>
        <source>Group work on the projector (again: back to the slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="164"/>
        <source>Group work: task + time, all tasks + time, time only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="170"/>
        <source>Group work: start, pause or resume the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="176"/>
        <source>Group work: one minute more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keys.py" line="182"/>
        <source>Group work: one minute less</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../app/ui/session/report_export.py" line="32"/>
        <source>en</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesGrid</name>
    <message numerus="yes">
        <location filename="../../app/ui/notes/grid.py" line="76"/>
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/grid.py" line="76"/>
        <source>No notes yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../app/ui/notes/page.py" line="63"/>
        <source>Groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="75"/>
        <source>Show in plenum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="76"/>
        <source>All tasks in plenum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="77"/>
        <source>Back to the slides (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="85"/>
        <source>No session is open. Use File → Open session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="88"/>
        <source>Ctrl+↑/↓ group  ·  Ctrl+PgUp/PgDn task  ·  Ctrl+Enter show in plenum  ·  while shown: PgDn/PgUp page, Esc back to the slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="112"/>
        <source>GROUPS AND TASKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="217"/>
        <source>%1 · TASK %2 OF %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="223"/>
        <source>Read-only: another Plenum has this session open; notes cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/notes/page.py" line="255"/>
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="258"/>
        <source>saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="276"/>
        <source>saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/notes/page.py" line="279"/>
        <source>NOT SAVED: %1. The text stays here and is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../app/ui/console/notes_view.py" line="29"/>
        <source>No notes for this slide.</source>
        <translation>Ingen notater til dette lysbildet.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../app/ui/faults/notices.py" line="56"/>
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
        <location filename="../../app/ui/console/presentation_page.py" line="51"/>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/presentation_page.py" line="68"/>
        <source>CURRENT SLIDE</source>
        <translation>NÅVÆRENDE LYSBILDE</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/presentation_page.py" line="73"/>
        <source>NEXT</source>
        <translation>NESTE</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/presentation_page.py" line="76"/>
        <source>NOTES  (Ctrl+plus / Ctrl+minus)</source>
        <translation>NOTATER  (Ctrl+pluss / Ctrl+minus)</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/presentation_page.py" line="96"/>
        <source>Slide %1 / %2</source>
        <translation>Lysbilde %1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/presentation_page.py" line="101"/>
        <source>Go to %1 ↵</source>
        <translation>Gå til %1 ↵</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../../app/ui/console/window.py" line="49"/>
        <source>Plenum: presenter console</source>
        <translation>Plenum: presentatørkonsoll</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="52"/>
        <source>Presentation</source>
        <translation>Presentasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="52"/>
        <source>Group work</source>
        <translation>Gruppearbeid</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="52"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="52"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="146"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="147"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="148"/>
        <source>Black screen</source>
        <translation>Svart skjerm</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="149"/>
        <source>White screen</source>
        <translation>Hvit skjerm</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="150"/>
        <source>Freeze the audience screen</source>
        <translation>Frys publikumsskjermen</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="151"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="152"/>
        <source>&amp;Screens</source>
        <translation>&amp;Skjermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="153"/>
        <source>Swap screens</source>
        <translation>Bytt skjermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="154"/>
        <source>Present fullscreen</source>
        <translation>Vis i fullskjerm</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/window.py" line="156"/>
        <source>Audience screen</source>
        <translation>Publikumsskjerm</translation>
    </message>
</context>
<context>
    <name>ProblemsBanner</name>
    <message>
        <location filename="../../app/ui/console/problems_banner.py" line="24"/>
        <source>The event file has problems. Still showing the last version that loaded.</source>
        <translation>Arrangementsfilen har feil. Viser fortsatt siste versjon som lot seg laste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/problems_banner.py" line="31"/>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../app/ui/programme/page.py" line="95"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="95"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="95"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="95"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="96"/>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="116"/>
        <source>Mark selected started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="117"/>
        <source>Mark selected finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="118"/>
        <source>Start next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="188"/>
        <source>Projected end %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../app/ui/session/report_export.py" line="44"/>
        <source>Export report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/session/report_export.py" line="59"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/session/report_export.py" line="61"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/session/report_export.py" line="63"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/session/report_export.py" line="89"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/session/report_export.py" line="111"/>
        <source>The report is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/session/report_export.py" line="118"/>
        <source>The report could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundControls</name>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="33"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="36"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="39"/>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="40"/>
        <source>+5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="41"/>
        <source>-1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="42"/>
        <source>Reset</source>
        <translation type="unfinished">Nullstill</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="43"/>
        <source>Yes, reset the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="45"/>
        <source>Cancel</source>
        <translation type="unfinished">Avbryt</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="46"/>
        <source>End round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="62"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="98"/>
        <source>Pause</source>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="98"/>
        <source>Resume</source>
        <translation type="unfinished">Fortsett</translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="106"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="106"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="107"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/round_controls.py" line="107"/>
        <source>Round ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionBanner</name>
    <message>
        <location filename="../../app/ui/session/banner.py" line="29"/>
        <source>Dismiss</source>
        <translation type="unfinished">Lukk</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/console/shortcuts_dialog.py" line="16"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
</context>
<context>
    <name>TalkClock</name>
    <message>
        <location filename="../../app/ui/console/talk_clock.py" line="41"/>
        <source>Reset</source>
        <translation>Nullstill</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/talk_clock.py" line="42"/>
        <source>Yes, reset the time</source>
        <translation>Ja, nullstill tiden</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/talk_clock.py" line="44"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/talk_clock.py" line="68"/>
        <source>Starts at the first slide change</source>
        <translation>Starter ved første lysbildeskifte</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/talk_clock.py" line="69"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/talk_clock.py" line="69"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/talk_clock.py" line="79"/>
        <source>On schedule</source>
        <translation>I rute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/console/talk_clock.py" line="81"/>
        <source>%n min behind schedule</source>
        <translation>
            <numerusform>%n min bak skjema</numerusform>
            <numerusform>%n min bak skjema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/console/talk_clock.py" line="83"/>
        <source>%n min ahead of schedule</source>
        <translation>
            <numerusform>%n min foran skjema</numerusform>
            <numerusform>%n min foran skjema</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksList</name>
    <message>
        <location filename="../../app/ui/groupwork/tasks_list.py" line="31"/>
        <source>◀ Previous task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/groupwork/tasks_list.py" line="32"/>
        <source>Next task ▶</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../app/ui/console/top_bar.py" line="75"/>
        <source>ON THE SCREEN</source>
        <translation>PÅ LERRETET</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/top_bar.py" line="105"/>
        <source>Live</source>
        <translation>Direkte</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/top_bar.py" line="107"/>
        <source>Black</source>
        <translation>Svart</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/top_bar.py" line="107"/>
        <source>White</source>
        <translation>Hvit</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/top_bar.py" line="110"/>
        <source>Frozen</source>
        <translation>Fryst</translation>
    </message>
    <message>
        <location filename="../../app/ui/console/top_bar.py" line="112"/>
        <source>Held by another mode</source>
        <translation>Holdt av annen modus</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="19"/>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="20"/>
        <source>the folder does not exist</source>
        <translation>mappen finnes ikke</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="21"/>
        <source>no permission to write in the folder</source>
        <translation>ingen skrivetilgang til mappen</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="22"/>
        <source>the disk is read-only</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="23"/>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="24"/>
        <source>the file name or path is too long</source>
        <translation>filnavnet eller stien er for lang</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="43"/>
        <source>Could not save %1: %2.</source>
        <translation>Kunne ikke lagre %1: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="45"/>
        <source>Nothing was changed on the disk.</source>
        <translation>Ingenting ble endret på disken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="49"/>
        <source>You can save it as %1 instead.</source>
        <translation>Du kan lagre den som %1 i stedet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults/write_failure.py" line="52"/>
        <source>Save in %1</source>
        <translation>Lagre i %1</translation>
    </message>
</context>
<context>
    <name>slides</name>
    <message>
        <location filename="../../app/render/layouts.py" line="171"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../app/render/slide_painter.py" line="118"/>
        <source>Slide %1 cannot be shown</source>
        <translation>Lysbilde %1 kan ikke vises</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message numerus="yes">
        <location filename="../../app/ui/programme/page.py" line="38"/>
        <source>%n min behind schedule</source>
        <translation type="unfinished">
            <numerusform>%n min bak skjema</numerusform>
            <numerusform>%n min bak skjema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/programme/page.py" line="40"/>
        <source>%n min ahead of schedule</source>
        <translation type="unfinished">
            <numerusform>%n min foran skjema</numerusform>
            <numerusform>%n min foran skjema</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/programme/page.py" line="41"/>
        <source>on schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
