<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConsoleCrashReport</name>
    <message numerus="yes">
        <location filename="../../app/ui/faults/crash_guard.py" line="85"/>
        <source>(%n errors so far)</source>
        <translation>
            <numerusform>(%n error so far)</numerusform>
            <numerusform>(%n errors so far)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/notes/history.py" line="75"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/session/notes_transfer.py" line="48"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/session/notes_transfer.py" line="55"/>
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>Imported %n file.</numerusform>
            <numerusform>Imported %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/session/notes_transfer.py" line="56"/>
        <source>%n summary(ies) saved, %1 already identical.</source>
        <translation>
            <numerusform>%n summary saved, %1 already identical.</numerusform>
            <numerusform>%n summaries saved, %1 already identical.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/session/notes_transfer.py" line="63"/>
        <source>%n conflict(s): the session had different text. Nothing was overwritten; the imported text is now current and the earlier text is in the history.</source>
        <translation>
            <numerusform>%n conflict: the session had different text. Nothing was overwritten; the imported text is now current and the earlier text is in the history.</numerusform>
            <numerusform>%n conflicts: the session had different text. Nothing was overwritten; the imported text is now current and the earlier text is in the history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesGrid</name>
    <message numerus="yes">
        <location filename="../../app/ui/notes/grid.py" line="99"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/notes/page.py" line="378"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusedImagesNotice</name>
    <message numerus="yes">
        <location filename="../../app/ui/faults/refused_images.py" line="100"/>
        <source>%n picture(s) will be shown as a placeholder</source>
        <translation>
            <numerusform>%n picture will be shown as a placeholder</numerusform>
            <numerusform>%n pictures will be shown as a placeholder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message numerus="yes">
        <location filename="../../app/ui/share/room_list.py" line="98"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rundown</name>
    <message numerus="yes">
        <source>%n min behind schedule</source>
        <translation type="vanished">
            <numerusform>%n min behind schedule</numerusform>
            <numerusform>%n min behind schedule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead of schedule</source>
        <translation type="vanished">
            <numerusform>%n min ahead of schedule</numerusform>
            <numerusform>%n min ahead of schedule</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkClock</name>
    <message numerus="yes">
        <source>%n min behind schedule</source>
        <translation type="vanished">
            <numerusform>%n min behind schedule</numerusform>
            <numerusform>%n min behind schedule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead of schedule</source>
        <translation type="vanished">
            <numerusform>%n min ahead of schedule</numerusform>
            <numerusform>%n min ahead of schedule</numerusform>
        </translation>
    </message>
</context>
</TS>
