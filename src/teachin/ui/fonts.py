"""Register the bundled fonts with Qt once, so slides look the same on every laptop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from teachin import paths

_registered: set[Path] = set()


def register_fonts(folder: Path | None = None) -> list[str]:
    """Add every .ttf/.otf in ``folder`` (default: the built-in deck's fonts) to Qt's font list.

    Needs a QGuiApplication. Safe to call repeatedly: a folder is only read once.
    Returns the font families added by this call.
    """
    folder = (folder or paths.fonts_dir()).resolve()
    if folder in _registered or not folder.is_dir():
        return []
    _registered.add(folder)
    families: list[str] = []
    for font_file in sorted(folder.iterdir()):
        if font_file.suffix.lower() in {".ttf", ".otf"}:
            font_id = QFontDatabase.addApplicationFont(str(font_file))
            if font_id >= 0:  # -1: unreadable file; Qt then falls back to a system font
                families += QFontDatabase.applicationFontFamilies(font_id)
    return sorted(set(families))
