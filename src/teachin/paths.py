"""Where things live: the built-in deck (read-only) and the data folder (writable).

Order for the data folder: ``--data-dir`` flag, then ``TEACHIN_DATA_DIR``, then Qt's per-user
AppDataLocation. Nothing is ever written beside the executable or inside the install folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Teach-in"
DATA_DIR_ENV = "TEACHIN_DATA_DIR"

_data_dir_override: Path | None = None
_deck_dir_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Remember the ``--data-dir`` given on the command line (None clears it)."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    """The folder for the database, backups and settings. Not created here."""
    if _data_dir_override is not None:
        return _data_dir_override
    if env := os.environ.get(DATA_DIR_ENV):
        return Path(env).expanduser().resolve()
    return _standard_data_dir()


def _standard_data_dir() -> Path:
    # Imported lazily so that content/ and quiz/ users never pull in Qt.
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    # Always our names: a QApplication made from argv would otherwise be called "teachin" (or
    # "python") and put the kiosk's answers in another folder than `teachin results` reads.
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        location = str(Path.home() / ".local" / "share" / APP_NAME)
    return Path(location)


def set_deck_dir(path: str | os.PathLike[str] | None) -> None:
    """Remember ``--deck DIR``: used wherever a command is not given a deck folder itself."""
    global _deck_dir_override
    _deck_dir_override = Path(path).expanduser().resolve() if path else None


def deck_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The deck a command works on: its own argument, else ``--deck``, else the built-in one."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    return _deck_dir_override or builtin_deck()


def builtin_deck() -> Path:
    """The deck shipped with the app: frozen bundle, installed wheel, or the source checkout."""
    candidates = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "deck")
    package = Path(__file__).resolve().parent
    candidates.append(package / "_deck")
    candidates.append(package.parent.parent)  # src/teachin -> repository root
    for candidate in candidates:
        if (candidate / "slides").is_dir():
            return candidate
    return candidates[-1]


def fonts_dir(deck: Path | None = None) -> Path:
    return (deck or builtin_deck()) / "assets" / "fonts"
