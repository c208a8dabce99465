"""Open the results database safely: checks, backups, quarantine, pragmas, migrations.

``open_store()`` is the one way in. In order, it

1. refuses a data folder it cannot write to, or a nearly full disk, with a clear message:
   a quiz must not take answers it cannot keep;
2. runs ``PRAGMA quick_check``; a damaged file is moved to ``quarantine/`` with a timestamp, the
   newest good backup is restored, and ``Store.notices`` tells the facilitator;
3. makes a backup with ``VACUUM INTO`` (checked, fsynced, renamed; the last few are kept);
4. sets WAL, ``synchronous=FULL``, ``busy_timeout``, foreign keys, and checks they took;
5. refuses a schema newer than this build, migrates an older one (after the backup).

Writes go through ``Store.write()``: ``BEGIN IMMEDIATE`` under the folder's write lock, so
several processes on one folder take turns rather than fail (see oslock.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import sqlite3
import tempfile
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils.db import Database

from teachin import __version__, paths
from teachin.i18n import translate
from teachin.store import backup
from teachin.store.oslock import FileLock, LockTimeout
from teachin.store.schema import SCHEMA_VERSION, migrations
from teachin.store.util import now_iso

DB_NAME = "teachin.db"
MIN_FREE_BYTES = 20 * 1024 * 1024  # below this the quiz refuses to start
BUSY_TIMEOUT_MS = 10_000
LOCK_TIMEOUT_S = 15.0


class StoreError(Exception):
    """Something the facilitator must fix; the message says what, in plain words."""


@dataclass
class Store:
    """An open results database. ``db`` is the sqlite-utils handle (use it for reads);
    write only inside ``with store.write():``."""

    db: Database
    path: Path
    device_id: str
    read_only: bool = False
    notices: list[str] = field(default_factory=list)  # for the facilitator, e.g. "restored..."
    # Set when the database was found damaged: what was kept aside and what was restored.
    recovery: backup.Recovery | None = None
    _write_lock: FileLock | None = None
    _presence: FileLock | None = None
    _thread_lock: threading.RLock = field(default_factory=threading.RLock)
    _closed: bool = False
    _scratch: Path | None = None  # a private copy read in place of ``path``; deleted on close

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @contextlib.contextmanager
    def write(self) -> Iterator[Database]:
        """One write transaction: BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error."""
        if self.read_only or self._write_lock is None:
            raise StoreError(translate("store", "{path} is open read-only").format(path=self.path))
        with self._thread_lock:
            if self.conn.in_transaction:  # nested in our own write(): a savepoint inside it
                with self.db.atomic():
                    yield self.db
                return
            try:
                self._write_lock.acquire(timeout=LOCK_TIMEOUT_S)
            except LockTimeout as error:
                raise StoreError(
                    translate(
                        "store", "another Teach-in window kept the results database busy; try again"
                    )
                ) from error
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self.db
                    self.conn.execute("COMMIT")
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise
            finally:
                self._write_lock.release()

    def backup(self) -> Path:
        """Take a checked backup now (e.g. when a quiz session ends); returns its path."""
        return backup.make_backup(self.path)

    def close(self) -> None:
        """Close the connection. The last closer checkpoints the WAL, so hold the write lock."""
        with self._thread_lock:
            if self._closed:
                return
            self._closed = True
            if self._write_lock is not None:
                with contextlib.suppress(LockTimeout):
                    self._write_lock.acquire(timeout=LOCK_TIMEOUT_S)
            self.db.close()
            for lock in (self._write_lock, self._presence):
                if lock is not None:
                    lock.close()
            if self._scratch is not None:
                shutil.rmtree(self._scratch, ignore_errors=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def default_path() -> Path:
    return paths.data_dir() / DB_NAME


def open_store(
    path: Path | None = None,
    *,
    read_only: bool = False,
    make_backup: bool = True,
    reopen: bool = False,
) -> Store:
    """Open (creating if needed) the database at ``path`` (default: the data folder's).

    ``read_only=True`` is for viewers such as the room chart: no checks, no writes, and the
    file must exist. ``reopen=True`` is for a short visit to a file this process opened and
    checked before (the presenter's slide log, every 30 s): the folder probe, the file check
    (~0.2 s with 100,000 answers, a stall of the slides), the backup and the "opened" event
    are left out; the locks, the safe settings and the schema version still hold. Damage
    since the first open is found by the next full open (a kiosk starting), as during a quiz.
    Raises ``StoreError`` with a message fit to show the facilitator.
    """
    path = Path(path) if path else default_path()
    if read_only:
        return _open_read_only(path)
    folder = path.parent
    if not reopen:
        check_writable(folder)
    presence = FileLock(folder / f"{path.name}.presence.lock")
    write_lock = FileLock(folder / f"{path.name}.write.lock")
    try:
        alone = presence.try_acquire(exclusive=True)
        write_lock.acquire(timeout=LOCK_TIMEOUT_S)
        try:
            recovery = None
            if not reopen:
                recovery = _check_or_restore(path, alone=alone, make_backup=make_backup)
            db, device_id = _prepare(path)
        finally:
            write_lock.release()
        if alone:  # from now on others may open the folder too
            presence.release()
        presence.acquire(exclusive=False, timeout=LOCK_TIMEOUT_S)
    except BaseException as error:
        presence.close()
        write_lock.close()
        if isinstance(error, LockTimeout):
            raise StoreError(
                translate("store", "another Teach-in process kept {path} locked; try again").format(
                    path=path
                )
            ) from error
        if isinstance(error, sqlite3.Error | OSError):
            raise StoreError(
                translate("store", "cannot open the results database {path}: {error}").format(
                    path=path, error=error
                )
            ) from error
        raise
    notices = [recovery.message] if recovery else []
    store = Store(db, path, device_id, False, notices, recovery, write_lock, presence)
    if not reopen:
        log_event(store, "opened", {"app": __version__, "sqlite": sqlite3.sqlite_version})
    for notice in notices:
        log_event(store, "notice", {"message": notice})
    return store


def damage(path: Path, *, text: bool = True) -> str | None:
    """What is wrong with the database file at ``path`` (which exists), or None.
    ``text=False``: leave out reading every cell (a backup's check is about to read them)."""
    if backup.is_empty(path):  # cut to nothing, unless it was never written (no backup yet)
        return "the file is empty (0 bytes)" if backup.backups(path) else None
    return backup.check_file(path, text=text)


def _check_or_restore(path: Path, *, alone: bool, make_backup: bool) -> backup.Recovery | None:
    """Check the file and back it up; a damaged one is kept aside and the newest good backup
    put in its place. Runs under the write lock."""
    if not (path.exists() or path.is_symlink()):
        return None
    # With a backup, every cell is read once, in the copy (VACUUM INTO copies them as they
    # are): reading them here as well took a third of the time of a start with 100,000 answers.
    problem = damage(path, text=not make_backup)
    if problem is None and make_backup:
        try:
            backup.make_backup(path)
        except backup.BackupCheckFailed:  # the copy is unsound: the full check says why
            problem = backup.check_file(path, full=True)
            if problem is None:
                raise
    if problem is None:
        return None
    if not alone:
        raise StoreError(
            translate(
                "store",
                "The results database {path} is damaged ({problem}), and another Teach-in window "
                "has it open. Close every Teach-in window, then start again: the damaged file "
                "will be kept aside and the last backup restored.",
            ).format(path=path, problem=problem)
        )
    return backup.quarantine_and_restore(path, problem)


def _prepare(path: Path) -> tuple[Database, str]:
    """Connect, configure, migrate. Runs under the write lock."""
    db = Database(_connect(path))
    try:
        _configure(db, path)
        migrate(db, path)
        return db, _ensure_device(db)
    except BaseException:
        db.close()
        raise


def _open_read_only(path: Path) -> Store:
    if not path.exists():
        raise StoreError(translate("store", "no results database at {path} yet").format(path=path))
    conn = backup.connect_read_only(path)
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        db = Database(conn)
        row = db.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()
    except sqlite3.Error as error:  # e.g. still being created by the quiz on this laptop
        conn.close()
        raise StoreError(
            translate("store", "cannot read {path} yet: {error}").format(path=path, error=error)
        ) from error
    return Store(db, path, row[0] if row else "", read_only=True)


def open_for_reading(path: Path | None = None) -> Store:
    """Open the database to read results, writing nothing anywhere: no check of the folder, no
    backup, no migration, no -wal or -shm made, so a copy on a locked stick reads as well as
    the kiosk's own folder. A damaged file is left as it is and its newest good backup is read
    instead, ``recovery`` and ``notices`` saying so. Raises StoreError when there is nothing to
    read or the database is from a newer Teach-in."""
    path = Path(path) if path else default_path()
    if not (path.exists() or path.is_symlink()):
        raise StoreError(translate("store", "no results database at {path} yet").format(path=path))
    problem = damage(path) if backup.is_empty(path) or not path.is_file() else None
    if problem is None and backup.is_empty(path):
        raise StoreError(translate("store", "no answers yet: {path} is empty").format(path=path))
    if problem is None:
        conn, scratch = _reading_connection(path)
        problem = backup.check_connection(conn)
        if problem is None:
            return _reading_store(conn, path, scratch)
        conn.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    good = backup.newest_good_backup(path)
    if good is None:
        raise StoreError(
            translate(
                "store",
                "The results database {path} is damaged ({problem}) and has no good backup.",
            ).format(path=path, problem=problem)
        )
    recovery = backup.Recovery(problem, path, good, kept_in_place=True)
    return _reading_store(backup.connect_read_only(good, immutable=True), good, None, recovery)


def _reading_connection(path: Path) -> tuple[sqlite3.Connection, Path | None]:
    """A read-only connection to ``path`` that writes nothing beside it, and the private
    folder it reads a copy in (to delete on close), if it needed one."""
    wal = path.with_name(path.name + "-wal")
    if not wal.exists():  # closed cleanly, so nobody is writing it: read the file as it is
        return backup.connect_read_only(path, immutable=True), None
    if os.access(path.parent, os.W_OK):  # a quiz may be writing it now: read it live
        conn = backup.connect_read_only(path)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return conn, None
    # Recent answers are in the -wal, and SQLite reads that only with a -shm file beside it,
    # which it cannot make here: read a private copy of both.
    scratch = Path(tempfile.mkdtemp(prefix="teachin-read-"))
    shutil.copyfile(path, scratch / path.name)
    shutil.copyfile(wal, scratch / wal.name)
    return backup.connect_read_only(scratch / path.name), scratch


def _reading_store(
    conn: sqlite3.Connection,
    path: Path,
    scratch: Path | None,
    recovery: backup.Recovery | None = None,
) -> Store:
    db = Database(conn)
    try:
        found = schema_version(db)
        if found > SCHEMA_VERSION:
            raise StoreError(_newer_message(path, found))
        if not db["settings"].exists():
            raise StoreError(
                translate("store", "no answers yet: {path} holds no results").format(path=path)
            )
        row = db.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()
    except (StoreError, sqlite3.Error) as error:
        conn.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        if isinstance(error, StoreError):
            raise
        raise StoreError(
            translate("store", "cannot read {path}: {error}").format(path=path, error=error)
        ) from error
    notices = [recovery.message] if recovery else []
    return Store(db, path, str(row[0]) if row else "", True, notices, recovery, _scratch=scratch)


def check_writable(folder: Path) -> None:
    """Raise StoreError unless ``folder`` exists (or can be made), is writable and has room."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-probe-{uuid.uuid4().hex}"
        with open(probe, "wb") as handle:
            handle.write(b"\0" * 4096)
            handle.flush()
            os.fsync(handle.fileno())
        probe.unlink()
    except OSError as error:
        raise StoreError(
            translate(
                "store",
                "Cannot save answers in {folder}: {value}. The quiz will not start, so that no "
                "answer is lost. Choose a writable folder with --data-dir.",
            ).format(folder=folder, value=error.strerror or error)
        ) from error
    free = shutil.disk_usage(folder).free
    if free < MIN_FREE_BYTES:
        raise StoreError(
            translate(
                "store",
                "The disk holding {folder} is nearly full ({value} KiB free). The quiz will not "
                "start, so that no answer is lost. Free some space or use --data-dir.",
            ).format(folder=folder, value=free // 1024)
        )


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: no implicit DEFERRED BEGIN; every write uses BEGIN IMMEDIATE.
    return sqlite3.connect(
        str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )


def _configure(db: Database, path: Path) -> None:
    """Set the pragmas and check they took (a read-only file system refuses WAL)."""
    try:
        mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        db.execute("PRAGMA synchronous=FULL")
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys=ON")
    except sqlite3.Error as error:
        raise StoreError(
            translate("store", "cannot use {path}: {error}").format(path=path, error=error)
        ) from error
    settings = {
        "journal_mode": (mode, "wal"),
        "synchronous": (db.execute("PRAGMA synchronous").fetchone()[0], 2),
        "foreign_keys": (db.execute("PRAGMA foreign_keys").fetchone()[0], 1),
    }
    wrong = {name: got for name, (got, want) in settings.items() if got != want}
    if wrong:
        raise StoreError(
            translate(
                "store", "{path}: SQLite refused safe settings {wrong}; is the folder local?"
            ).format(path=path, wrong=wrong)
        )


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database, path: Path) -> None:
    """Refuse a newer schema; apply pending migrations in one BEGIN IMMEDIATE transaction."""
    found = schema_version(db)
    if found > SCHEMA_VERSION:
        raise StoreError(_newer_message(path, found))
    if found == SCHEMA_VERSION:
        return
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        migrations.apply(db)  # its own atomic() blocks nest as savepoints in this transaction
        db.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise


def _newer_message(path: Path, found: int) -> str:
    return (
        f"{path} was written by a newer Teach-in (schema {found}, this one knows up to "
        f"{SCHEMA_VERSION}). Use the newer Teach-in, or --data-dir for a fresh folder."
    )


def _ensure_device(db: Database) -> str:
    row = db.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()
    if row:
        return str(row[0])
    device_id = str(uuid.uuid4())
    db.conn.execute("BEGIN IMMEDIATE")
    db["settings"].insert_all(
        [
            {"key": "device_id", "value": device_id},
            {"key": "device_name", "value": socket.gethostname() or "laptop"},
            {"key": "created_at", "value": now_iso()},
        ],
        pk="key",
        ignore=True,
    )
    db.conn.execute("COMMIT")
    return str(db.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()[0])


def log_event(
    store: Store,
    kind: str,
    detail: dict | None = None,
    *,
    attempt_id: str | None = None,
    at: str | None = None,
) -> None:
    """Append one row to ``events`` (its own transaction); ``at``: when it happened, if not now."""
    with store.write() as db:
        db["events"].insert(
            {
                "id": str(uuid.uuid4()),
                "at": at or now_iso(),
                "device_id": store.device_id,
                "kind": kind,
                "attempt_id": attempt_id,
                "detail": json.dumps(detail or {}, ensure_ascii=False),
            }
        )
