"""Faults on the day: what Plenum does when something goes wrong while presenting.

An unexpected exception is logged and reported without stopping the talk
(``crash_guard``); every fault the facilitator should know about is told in
the console, never on the projector (``notices``).
"""
