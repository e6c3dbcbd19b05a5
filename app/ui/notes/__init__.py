"""The Notater mode: the groups-by-tasks grid, the summary editor, history, groups,
follow-up points, and a group's summary shown in plenum.

``NotesPage`` is the console page; ``SummaryContent`` and its painter put a
summary on the projector; ``SummaryShow`` pages through it and returns to the
slides.
"""
