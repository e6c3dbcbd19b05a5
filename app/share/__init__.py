"""Sharing the room with the groups' own devices (issue 13), without Qt.

``links`` (tokens, URLs, addresses, port) imports only the stdlib and the
session; the room server (aiohttp) is a separate module imported only when
sharing starts, so the presenter's start-up does not pay for it.
"""
