"""The repository's own tools: scripts that make its example files and icons.

A package so that the benchmark and the tests import what they share with a
script (``from tools.make_guest_pdf import write_guest_pdf``) from the
checkout, as they import ``bench``. Not shipped: the wheel holds only
``app``, ``resources`` and ``slides`` (pyproject.toml).
"""
