"""Backups with ``VACUUM INTO``, integrity checks, and moving a damaged file aside.

A backup is written under a temporary name, checked, fsynced, then renamed, so a crash or a
kill mid-backup leaves at worst a ``.partial`` file that the next backup removes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Collection, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils.migrations import Migrations

from teachin.store.schema import SCHEMA_VERSION, migrations
from teachin.store.util import fsync_dir, fsync_file, stamp

KEEP_BACKUPS = 5
BACKUP_DIR = "backups"
QUARANTINE_DIR = "quarantine"


class BackupCheckFailed(sqlite3.DatabaseError):
    """The fresh copy of a database is unsound, so the database it was copied from is too."""


def check_file(
    path: Path,
    *,
    full: bool = False,
    read_only: bool = False,
    text: bool = True,
    text_read_later: Mapping[str, Collection[str]] | None = None,
) -> str | None:
    """None if ``path`` is a sound Teach-in database, else what is wrong, in a few words.

    Sound means: SQLite's own check passes (``quick_check``, or ``integrity_check`` with
    ``full``, which also checks indexes against tables), every text cell reads as UTF-8
    (SQLite does not check that, and Python cannot read such a cell), and the schema version
    agrees with the migrations recorded. An empty file is sound to SQLite; the caller decides
    (see ``is_empty``). ``read_only`` opens it as immutable, so that nothing in its folder is
    written (for files nobody writes to: backups, a copy on a locked stick).

    Reading every cell is the slow part (~0.15 s for 100,000 answers), so a caller that has
    them read elsewhere says so rather than have them read twice: ``text=False`` when all are
    (the check of a backup about to be made reads its copy's cells, the same cells), and
    ``text_read_later`` for the columns, by table, it reads itself next (reading a cell decodes
    it, so a cell that is not UTF-8 stops that read: report it with ``text_problem``).
    """
    if path.is_dir():
        return "a folder is in its place"
    if not path.is_file():  # a pipe or a device would block or fail the open
        return "not a regular file"
    try:
        conn = connect_read_only(path, immutable=True) if read_only else sqlite3.connect(path)
    except sqlite3.Error as error:
        return str(error)
    try:
        return check_connection(conn, full=full, text=text, text_read_later=text_read_later)
    finally:
        conn.close()


def check_connection(
    conn: sqlite3.Connection,
    *,
    full: bool = False,
    text: bool = True,
    text_read_later: Mapping[str, Collection[str]] | None = None,
) -> str | None:
    """``check_file`` on an open connection: None if sound, else what is wrong."""
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}(5)")]
        if rows != ["ok"]:
            return _one_line("; ".join(rows))
        unreadable = _unreadable_text(conn, text_read_later) if text else None
        return unreadable or _odd_schema_version(conn)
    # "file is not a database", "malformed"; a column name that is not UTF-8 (UnicodeDecodeError)
    except (sqlite3.Error, UnicodeDecodeError) as error:
        return _one_line(str(error))


def _one_line(text: str, limit: int = 300) -> str:
    """SQLite's reports span lines ("*** in database main ***"); a message is one line."""
    text = " ".join(text.replace("*** in database main ***", "").split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def connect_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A connection that cannot change ``path``. ``mode=ro`` sees other processes' commits, but
    SQLite may create the -wal and -shm files beside a WAL database; ``immutable`` writes
    nothing at all and assumes nobody else does either (a closed file, a backup, a copy)."""
    mode = "immutable=1" if immutable else "mode=ro"
    return sqlite3.connect(
        f"{path.absolute().as_uri()}?{mode}",
        uri=True,
        isolation_level=None,
        check_same_thread=False,
    )


def is_empty(path: Path) -> bool:
    """A 0-byte file: SQLite takes it for a new database, but it may be one cut to nothing."""
    return path.is_file() and path.stat().st_size == 0


def _unreadable_text(
    conn: sqlite3.Connection, read_later: Mapping[str, Collection[str]] | None = None
) -> str | None:
    """Read every cell once: a text cell that is not UTF-8 passes SQLite's checks, then stops
    every reader of its table (``sqlite3.OperationalError: Could not decode to UTF-8``).
    ``read_later``: columns, by table, that the caller reads itself next (and reports with
    ``text_problem``); they are left out here."""
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        quoted = _quoted(table)
        columns = "*"
        later = (read_later or {}).get(table)
        if later is not None:
            # What "*" would read (all but a virtual table's hidden columns), less those.
            info = conn.execute(f"PRAGMA table_xinfo({quoted})")
            rest = [_quoted(row[1]) for row in info if row[6] != 1 and row[1] not in later]
            if not rest:
                continue
            columns = ", ".join(rest)
        try:
            for _ in conn.execute(f"SELECT {columns} FROM {quoted}"):
                pass
        except (sqlite3.OperationalError, UnicodeDecodeError) as error:
            return text_problem(table, error)
    return None


def text_problem(table: str, error: Exception) -> str:
    """What the check says of a cell of ``table`` that failed to read as UTF-8."""
    return _one_line(f"unreadable text in table {table[:40]}: {error}", 160)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _odd_schema_version(conn: sqlite3.Connection) -> str | None:
    """A schema version that its recorded migrations do not bear out (a damaged header): a
    newer Teach-in records each of its migrations, so it is told apart from a real one."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if 0 <= version <= SCHEMA_VERSION:
        return None  # an older or current schema: the migrations bring it up to date
    table = Migrations.migrations_table
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [table]).fetchone():
        return f"its schema version reads {version}, yet no migration is recorded"
    applied = conn.execute(
        f"SELECT count(*) FROM {table} WHERE migration_set = ?", [migrations.name]
    ).fetchone()[0]
    if version < 0 or applied != version:
        return f"its schema version reads {version}, but {applied} migration(s) are recorded"
    return None


def backups(db_path: Path) -> list[Path]:
    """This database's finished backups, newest first."""
    folder = db_path.parent / BACKUP_DIR
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.db"), reverse=True)


def make_backup(db_path: Path, *, keep: int = KEEP_BACKUPS) -> Path:
    """Snapshot ``db_path`` into ``backups/``; keep the newest ``keep``. Returns the new file.
    Raises BackupCheckFailed, keeping nothing, if the copy fails ``check_file(full=True)``."""
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
    problem = _check_copy(partial)
    if problem:
        partial.unlink(missing_ok=True)
        raise BackupCheckFailed(f"backup of {db_path} failed its check: {problem}")
    fsync_file(partial)
    os.replace(partial, target)
    fsync_dir(folder)
    for old in backups(db_path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def _check_copy(copy: Path) -> str | None:
    """``check_file(copy, full=True)`` with its two slow parts side by side, on two
    connections: SQLite's integrity check (which lets go of the GIL) and reading every cell.
    For a file ``VACUUM INTO`` has just written, so well formed that reading it before its
    check is safe; on two cores it takes the time of the integrity check alone."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="teachin-text") as pool:
        text = pool.submit(text_fault, copy)
        problem = check_file(copy, full=True, text=False)
        return problem or text.result()


def text_fault(path: Path) -> str | None:
    """``_unreadable_text`` of the database at ``path`` (which nobody writes to), on a
    connection of its own."""
    conn = connect_read_only(path, immutable=True)  # nobody writes a copy being checked
    try:
        return _unreadable_text(conn)
    except (sqlite3.Error, UnicodeDecodeError) as error:  # e.g. a table name that is not UTF-8
        return _one_line(str(error))
    finally:
        conn.close()


def move_aside(path: Path, folder: Path | None = None) -> Path:
    """Move ``path`` (with its -wal and -shm, which belong to it) into ``folder`` (default: the
    ``quarantine/`` beside it) under a timestamped name; returns the new path of the main file."""
    folder = folder or path.parent / QUARANTINE_DIR
    folder.mkdir(exist_ok=True)
    target = folder / f"{path.stem}-{stamp()}{path.suffix}"
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    os.replace(path, target)
    fsync_dir(path.parent)
    return target


@dataclass(frozen=True)
class Recovery:
    """What was done about a damaged database, for the facilitator (``message``)."""

    problem: str  # what was wrong, in a few words
    damaged: Path  # where the damaged file is now (it is never deleted)
    restored_from: Path | None  # the backup now in its place; None: a new, empty database
    set_aside: tuple[Path, ...] = ()  # backups that failed their check, kept in quarantine too
    kept_in_place: bool = False  # only read: nothing was moved, the backup is read instead

    @property
    def message(self) -> str:
        if self.kept_in_place and self.restored_from is not None:
            return (
                f"The results database {self.damaged} is damaged ({self.problem}). Showing "
                f"its newest good backup, {self.restored_from.name}, instead: answers given "
                "after that backup are not shown. Nothing was changed; the quiz keeps the "
                "damaged file aside and restores this backup when it next starts."
            )
        if self.restored_from is None:
            return (
                f"The results database was damaged ({self.problem}) and there was no good "
                f"backup. It was moved to {self.damaged}; a new, empty database was started."
            )
        return (
            f"The results database was damaged ({self.problem}). It was moved to "
            f"{self.damaged}, and the backup {self.restored_from.name} was restored: answers "
            "given after that backup are only in the damaged copy."
        )


def quarantine_and_restore(db_path: Path, problem: str) -> Recovery:
    """Move a damaged database aside and put the newest good backup in its place.

    Nothing is deleted: the damaged file stays in ``quarantine/`` for whoever can rescue
    answers from it, and so does any backup that fails its check on the way (the newest
    backups are rotated out otherwise, and they may hold answers the restored one lacks).
    """
    kept = move_aside(db_path)
    set_aside: list[Path] = []
    for candidate in backups(db_path):
        if check_file(candidate) is not None:
            set_aside.append(move_aside(candidate, kept.parent))
            continue
        partial = db_path.with_name(db_path.name + ".partial")
        shutil.copyfile(candidate, partial)
        fsync_file(partial)
        os.replace(partial, db_path)
        fsync_dir(db_path.parent)
        return Recovery(problem, kept, candidate, tuple(set_aside))
    with contextlib.suppress(FileNotFoundError):
        db_path.unlink()
    return Recovery(problem, kept, None, tuple(set_aside))


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest backup that passes its check, read without writing anything."""
    for candidate in backups(db_path):
        if check_file(candidate, read_only=True) is None:
            return candidate
    return None
