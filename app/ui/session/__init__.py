"""The session in the app: opening it, autosaving into it, menus and banners around it.

``CurrentSession`` owns the open ``SessionStore`` and its ``AutosaveWriter``
and turns the writer's thread callbacks into Qt signals on the UI thread.
``SessionControls`` wires it into ``PresenterApp``: the File menu (open, recent
sessions, import/export notes, export the report), the read-only and
event-changed banner, the title bar and the remembered slide position.
"""
