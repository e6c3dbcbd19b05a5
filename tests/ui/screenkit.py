"""Plug and unplug screens of the offscreen platform while the app runs.

Qt's offscreen plugin can change its screens at run time: its native
interface hands out a ``setConfiguration(QJsonObject, iface)`` function
(``nativeResourceForIntegration("setConfiguration")``, qtbase
src/plugins/platforms/offscreen/qoffscreencommon.cpp), which diffs the new
screen list against the old one and calls ``QWindowSystemInterface::
handleScreenAdded``/``handleScreenRemoved``, exactly as a real platform does
when a cable is pulled. PySide6 does not bind that resource
(``QGuiApplication.platformFunction`` asks another hook and gets null), so it
is reached through ctypes: the native interface from
``QGuiApplication::platformNativeInterface()``, its
``nativeResourceForIntegration`` through the vtable slot the base class's
exported vtable names, and the ``QJsonObject`` built by
``QJsonDocument::fromJson``. Where any of that is missing (another platform
or Qt build), ``set_screens`` skips the test.
"""

from __future__ import annotations

import ctypes
import json
import sys
from pathlib import Path
from typing import Any

import PySide6
import pytest
import shiboken6
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication

_P = ctypes.c_void_p
_SLOTS_SEARCHED = 40


class _Offscreen:
    """The plugin's ``setConfiguration``, found once."""

    def __init__(self) -> None:
        if QGuiApplication.platformName() != "offscreen" or not sys.platform.startswith("linux"):
            raise OSError("needs the offscreen platform on Linux")
        lib = Path(PySide6.__file__).parent / "Qt" / "lib"
        gui = ctypes.CDLL(str(lib / "libQt6Gui.so.6"))
        self._core = ctypes.CDLL(str(lib / "libQt6Core.so.6"))
        native_interface = gui._ZN15QGuiApplication23platformNativeInterfaceEv
        native_interface.restype = _P
        self._iface = native_interface()
        base = ctypes.cast(gui._ZN24QPlatformNativeInterface28nativeResourceForIntegrationERK10QByteArray, _P)
        base_vtable = ctypes.cast(gui._ZTV24QPlatformNativeInterface, _P).value
        assert base_vtable is not None and self._iface
        # An Itanium vtable symbol starts with offset-to-top and typeinfo, then the slots.
        slots = [_P.from_address(base_vtable + 16 + 8 * i).value for i in range(_SLOTS_SEARCHED)]
        if base.value not in slots:
            raise OSError("nativeResourceForIntegration not found in the vtable")
        vtable = _P.from_address(self._iface).value
        assert vtable is not None
        resource = ctypes.CFUNCTYPE(_P, _P, _P)(_P.from_address(vtable + 8 * slots.index(base.value)).value)
        name = QByteArray(b"setConfiguration")
        function = resource(self._iface, shiboken6.getCppPointer(name)[0])
        if not function:
            raise OSError("the platform has no setConfiguration")
        self._apply = ctypes.CFUNCTYPE(None, _P, _P)(function)

    def apply(self, configuration: dict[str, Any]) -> None:
        text = QByteArray(json.dumps(configuration).encode())
        # QJsonDocument and QJsonObject are one pointer each; returned through a hidden pointer.
        document, obj = ctypes.create_string_buffer(64), ctypes.create_string_buffer(64)
        from_json = self._core._ZN13QJsonDocument8fromJsonERK10QByteArrayP15QJsonParseError
        from_json.argtypes = [_P, _P, _P]
        from_json(ctypes.addressof(document), shiboken6.getCppPointer(text)[0], None)
        to_object = self._core._ZNK13QJsonDocument6objectEv
        to_object.argtypes = [_P, _P]
        to_object(ctypes.addressof(obj), ctypes.addressof(document))
        self._apply(ctypes.addressof(obj), self._iface)
        # The two small values are left allocated: a few bytes per call, in tests only.


_found: list[_Offscreen] = []


def set_screens(screens: list[dict[str, Any]]) -> None:
    """Make ``screens`` (the offscreen config's entries) the screens there are, now."""
    if not _found:
        try:
            _found.append(_Offscreen())
        except (OSError, AttributeError) as error:
            pytest.skip(f"cannot change the offscreen platform's screens here: {error}")
    _found[0].apply({"screens": screens})
