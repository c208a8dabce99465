"""Qt widgets: the slide view and the renderers built on it (shot, handout).

Importing this package also stops PySide's import hook from reading sources (see below); every
widget module is imported through it, so the hook is quiet before the widgets and pyqtgraph load.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the import hook answered below)


def _quiet_pyside_import_hook() -> None:
    """PySide6 calls ``__feature__.feature_imported`` after every import statement; for each
    module not seen before it reads the module's whole source to look for "PySide6" (that is
    how it learns which modules may opt in to ``from __feature__ import snake_case``). Teach-in
    opts in to no feature, so the answer never matters, but the reading does: ~10 ms of
    start-up (typing, inspect, our modules) and ~70 ms of pyqtgraph's import (342 modules).
    Record each module as "ignore" (-1, the hook's own answer for modules without PySide6)
    without reading it. If a PySide release renames these, nothing changes but the speed."""
    feature = sys.modules.get("__feature__")
    table = getattr(feature, "pyside_feature_dict", None)
    if feature is None or not isinstance(table, dict) or not hasattr(feature, "feature_imported"):
        return

    def feature_imported(module: ModuleType) -> None:
        table.setdefault(getattr(module, "__name__", ""), -1)

    feature.feature_imported = feature_imported


_quiet_pyside_import_hook()
