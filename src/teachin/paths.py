"""Where things live: the built-in deck (read-only) and the data folder (writable).

Order for the data folder: ``--data-dir`` flag, then ``TEACHIN_DATA_DIR``, then the per-user
*local* data folder: ``%LOCALAPPDATA%\\Teach-in`` on Windows (not the roaming ``%APPDATA%``: a
roaming or redirected profile is copied over the network at log-on and log-off, a bad home for
a live SQLite database), ``~/Library/Application Support/Teach-in`` on macOS and
``$XDG_DATA_HOME/Teach-in`` (``~/.local/share/Teach-in``) elsewhere. Earlier versions used
Qt's AppDataLocation, which doubles the name (``.../Teach-in/Teach-in``, and roaming on
Windows): a laptop with answers there keeps using that folder. Computed here without Qt, so
``teachin check`` and ``results`` never load it. Nothing is ever written beside the executable
or inside the install folder.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path, PureWindowsPath

APP_NAME = "Teach-in"
DATA_DIR_ENV = "TEACHIN_DATA_DIR"
DATABASE_NAME = "teachin.db"
SETTINGS_NAME = "settings.json"  # this laptop's app settings (the last deck used)

log = logging.getLogger("teachin.paths")

_data_dir_override: Path | None = None
_deck_dir_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Remember the ``--data-dir`` given on the command line (None clears it)."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    """The folder for the database, backups, settings and log. Not created here."""
    if _data_dir_override is not None:
        return _data_dir_override
    if env := os.environ.get(DATA_DIR_ENV):
        return Path(env).expanduser().resolve()
    return Path(standard_data_dir())


def standard_data_dir(
    platform: str = sys.platform, env: Mapping[str, str] | None = None, home: str | None = None
) -> str:
    """The per-user data folder on ``platform`` (a ``sys.platform`` value), given the
    environment ``env`` and home folder ``home`` (the real ones by default); the legacy
    doubled folder instead when only it holds a database."""
    env = os.environ if env is None else env
    home = home if home is not None else str(Path.home())
    new, legacy = _candidates(platform, env, home)
    if not _has_database(new) and _has_database(legacy):
        return legacy
    return new


def _has_database(folder: str) -> bool:
    return os.path.isfile(os.path.join(folder, DATABASE_NAME))


def _candidates(platform: str, env: Mapping[str, str], home: str) -> tuple[str, str]:
    """(where the data folder goes, where Qt's AppDataLocation put it before)."""
    if platform == "win32":
        win_home = PureWindowsPath(home)
        local = env.get("LOCALAPPDATA") or str(win_home / "AppData" / "Local")
        roaming = env.get("APPDATA") or str(win_home / "AppData" / "Roaming")
        legacy = PureWindowsPath(roaming, APP_NAME, APP_NAME)
        return str(PureWindowsPath(local, APP_NAME)), str(legacy)
    if platform == "darwin":
        base = Path(home, "Library", "Application Support")
    else:
        xdg = env.get("XDG_DATA_HOME", "")
        # The XDG spec: a relative path is invalid and must be ignored.
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path(home, ".local", "share")
    return str(base / APP_NAME), str(base / APP_NAME / APP_NAME)


def set_deck_dir(path: str | os.PathLike[str] | None) -> None:
    """Remember ``--deck DIR``: used wherever a command is not given a deck folder itself."""
    global _deck_dir_override
    _deck_dir_override = Path(path).expanduser().resolve() if path else None


def deck_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The deck a command works on: its own argument, else ``--deck``, else the built-in one."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    return _deck_dir_override or builtin_deck()


def choose_deck(given: str | os.PathLike[str] | None, *, builtin: bool = False) -> Path | None:
    """The deck for a command that opens windows, remembered across runs: ``given`` (and
    remember it), the built-in one if asked (and forget any other), else the last one used
    if it is still there. None means the built-in deck."""
    if given:
        chosen = Path(given).expanduser().resolve()
        _save_setting("last_deck", str(chosen))
        return chosen
    if builtin:
        _save_setting("last_deck", None)
        return None
    last = _load_settings().get("last_deck")
    if not isinstance(last, str) or not last:
        return None
    try:
        usable = Path(last, "slides").is_dir()
    except (OSError, ValueError):  # a name no file system takes (a NUL byte, too long)
        usable = False
    if not usable:
        log.warning(f"{last}: the deck used last time is gone; using the built-in deck")
        return None
    return Path(last)


def _settings_path() -> Path:
    return data_dir() / SETTINGS_NAME


def _load_settings() -> dict[str, object]:
    try:
        settings = json.loads(_settings_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:  # unreadable or damaged: start from nothing
        log.warning(f"{_settings_path()}: ignored ({error})")
        return {}
    return settings if isinstance(settings, dict) else {}


def _save_setting(key: str, value: object) -> None:
    settings = _load_settings()
    if settings.get(key) == value:
        return
    settings[key] = value
    path = _settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".part")
        partial.write_text(json.dumps(settings, indent=1), encoding="utf-8")
        os.replace(partial, path)  # never a half-written file
    except OSError as error:  # remembering is a convenience: never stop the show for it
        log.warning(f"{path}: cannot remember the deck ({error.strerror or error})")


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


def icons_dir() -> Path:
    """The app's icons (window icon PNGs, their SVG sources): always the built-in deck's."""
    return builtin_deck() / "assets" / "icons"


def fonts_dir(deck: Path | None = None) -> Path:
    return (deck or builtin_deck()) / "assets" / "fonts"
