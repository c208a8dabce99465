"""Register the bundled fonts with Qt once, so slides look the same on every laptop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from teachin import paths

_registered: dict[Path, list[str]] = {}  # folder -> the families its files gave


def register_fonts(folder: Path | None = None) -> list[str]:
    """Add every .ttf/.otf in ``folder`` (default: the built-in deck's fonts) to Qt's font list
    and return the font families they hold. Needs a QGuiApplication. A folder is read once;
    later calls return the same families."""
    folder = (folder or paths.fonts_dir()).resolve()
    if folder not in _registered:
        families: set[str] = set()
        files = sorted(folder.iterdir()) if folder.is_dir() else []
        for font_file in files:
            if font_file.suffix.lower() in {".ttf", ".otf"}:
                font_id = QFontDatabase.addApplicationFont(str(font_file))
                if font_id >= 0:  # -1: unreadable file; Qt then falls back to a system font
                    families.update(QFontDatabase.applicationFontFamilies(font_id))
        _registered[folder] = sorted(families)
    return list(_registered[folder])
