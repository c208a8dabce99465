"""Backups with ``VACUUM INTO``, integrity checks, and moving a damaged file aside.

A backup is written under a temporary name, checked, fsynced, then renamed, so a crash or a
kill mid-backup leaves at worst a ``.partial`` file that the next backup removes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path

from teachin.store.util import fsync_dir, fsync_file, stamp

KEEP_BACKUPS = 5
BACKUP_DIR = "backups"
QUARANTINE_DIR = "quarantine"


def check_file(path: Path, *, full: bool = False) -> str | None:
    """None if ``path`` is a sound SQLite database, else what is wrong, in a few words.

    ``full`` runs ``integrity_check`` (slower, also checks indexes against tables) instead of
    ``quick_check``.
    """
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
    except sqlite3.Error as error:
        return str(error)
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}(5)")]
    except sqlite3.DatabaseError as error:
        return str(error)
    finally:
        conn.close()
    return None if rows == ["ok"] else "; ".join(rows)


def backups(db_path: Path) -> list[Path]:
    """This database's finished backups, newest first."""
    folder = db_path.parent / BACKUP_DIR
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.db"), reverse=True)


def make_backup(db_path: Path, *, keep: int = KEEP_BACKUPS) -> Path:
    """Snapshot ``db_path`` into ``backups/``; keep the newest ``keep``. Returns the new file."""
    folder = db_path.parent / BACKUP_DIR
    folder.mkdir(exist_ok=True)
    for stale in folder.glob("*.partial"):  # left by a crash during an earlier backup
        stale.unlink(missing_ok=True)
    target = folder / f"{db_path.stem}-{stamp()}.db"
    partial = target.with_name(target.name + ".partial")
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    try:
        conn.execute("VACUUM INTO ?", (str(partial),))
    finally:
        conn.close()
    problem = check_file(partial, full=True)
    if problem:
        partial.unlink(missing_ok=True)
        raise sqlite3.DatabaseError(f"backup of {db_path} failed its check: {problem}")
    fsync_file(partial)
    os.replace(partial, target)
    fsync_dir(folder)
    for old in backups(db_path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def move_aside(path: Path, folder_name: str = QUARANTINE_DIR) -> Path:
    """Move ``path`` (with its -wal and -shm, which belong to it) into ``folder_name/`` under a
    timestamped name; returns the new path of the main file."""
    folder = path.parent / folder_name
    folder.mkdir(exist_ok=True)
    target = folder / f"{path.stem}-{stamp()}{path.suffix}"
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    os.replace(path, target)
    fsync_dir(path.parent)
    return target


def quarantine_and_restore(db_path: Path, problem: str) -> str:
    """Move a damaged database aside and put the newest good backup in its place.

    Returns the message for the facilitator. Nothing is deleted: the damaged file stays in
    ``quarantine/`` for whoever can rescue answers from it.
    """
    kept = move_aside(db_path)
    for candidate in backups(db_path):
        if check_file(candidate) is None:
            partial = db_path.with_name(db_path.name + ".partial")
            shutil.copyfile(candidate, partial)
            fsync_file(partial)
            os.replace(partial, db_path)
            fsync_dir(db_path.parent)
            return (
                f"The results database was damaged ({problem}). It was moved to {kept}, and "
                f"the backup {candidate.name} was restored: answers given after that backup "
                "are only in the damaged copy."
            )
    with contextlib.suppress(FileNotFoundError):
        db_path.unlink()
    return (
        f"The results database was damaged ({problem}) and there was no good backup. It was "
        f"moved to {kept}; a new, empty database was started."
    )
