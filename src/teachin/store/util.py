"""Small helpers shared by the store modules."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path


def now_iso() -> str:
    """UTC time as ISO 8601 text with microseconds: sorts correctly as a string."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def stamp() -> str:
    """A timestamp safe in file names, e.g. 20261129-171530-123456."""
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


def fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); directories cannot be opened this way on Windows."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
