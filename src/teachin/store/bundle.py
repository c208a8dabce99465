"""Results bundles: how answers travel from laptop to laptop without a network.

A bundle is one zip file holding ``results.db`` (a ``VACUUM INTO`` snapshot: one consistent file,
no -wal) and ``manifest.json`` (device, app and schema version, row counts, the sha256 of
``results.db``). Merging checks all of that, then copies rows with
``INSERT ... ON CONFLICT(id) DO NOTHING``: every row has a UUID made where it was written, so
merging is a set union and merging the same bundle twice changes nothing. A bundle that fails a
check is copied to ``quarantine/`` and reported; the database is left untouched by it. Many
bundles merge in one transaction, a savepoint each (``merge_bundles``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils.db import Database

from teachin import __version__
from teachin.i18n import translate
from teachin.store.backup import QUARANTINE_DIR, check_file, text_fault, text_problem
from teachin.store.db import Store, StoreError, log_event, migrate
from teachin.store.rows import bad_rows, colliding_row
from teachin.store.schema import MERGED_TABLES, SCHEMA_VERSION
from teachin.store.util import fsync_dir, fsync_file, now_iso, stamp

FORMAT = "teachin-results-bundle"
FORMAT_VERSION = 1
DB_ENTRY = "results.db"
MANIFEST_ENTRY = "manifest.json"
LOCAL_SETTINGS = ("pin_hash",)  # never leaves the laptop
MAX_MANIFEST_BYTES = 1 << 20
MAX_DB_BYTES = 1 << 30  # a workshop's 100,000 answers take ~30 MiB
# What reading a damaged zip raises, beside BadZipFile: a flipped byte in the deflated data
# (zlib.error), an unknown compression method (NotImplementedError), an entry marked encrypted
# (RuntimeError), a manifest that is not UTF-8 or JSON (ValueError) or nested too deep for
# json (RecursionError), a cut file (EOFError, OSError).
UNREADABLE_ZIP = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    NotImplementedError,
    RuntimeError,
    ValueError,
    RecursionError,
    EOFError,
    OSError,
)


class BundleError(Exception):
    """A bundle that cannot be merged; the message says why."""


@dataclass
class MergeReport:
    bundle: Path
    sha256: str
    device_name: str
    added: dict[str, int] = field(default_factory=dict)
    already_merged: str | None = None  # when it was merged before, if it was

    def __str__(self) -> str:
        if self.already_merged:
            return f"{self.bundle}: already merged on {self.already_merged}; nothing changed"
        counts = ", ".join(f"{n} {table}" for table, n in self.added.items())
        return f"{self.bundle}: merged from {self.device_name}: added {counts}"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _counts(conn: sqlite3.Connection, schema: str = "main") -> dict[str, int]:
    return {
        t: conn.execute(f"SELECT count(*) FROM {schema}.{t}").fetchone()[0] for t in MERGED_TABLES
    }


def _setting(store: Store, key: str) -> str:
    row = store.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else ""


def export_bundle(store: Store, destination: Path) -> Path:
    """Write this laptop's results as one bundle file into the folder ``destination`` (or to
    that file name if it ends in .zip). Returns the bundle's path; raises BundleError, with
    nothing left behind, when it cannot be written there (read-only, full, a file in the way)."""
    device_name = _setting(store, "device_name") or "laptop"
    if destination.suffix.lower() == ".zip":
        target = destination
    else:
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in device_name)
        target = destination / f"teachin-results-{safe}-{stamp()}.zip"
    try:
        counts = _write_bundle(store, target, device_name)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):  # nothing half-written is left
            target.with_name(target.name + ".partial").unlink()
        why = getattr(error, "strerror", None) or error
        said = translate("store", "cannot write a bundle to {target}: {why}")
        raise BundleError(said.format(target=target, why=why)) from error
    log_event(store, "bundle_exported", {"file": target.name, "counts": counts})
    return target


def _write_bundle(store: Store, target: Path, device_name: str) -> dict[str, int]:
    """Snapshot, check and zip the results into ``target``; returns the row counts."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as error:  # a file where a folder should be
        raise NotADirectoryError(
            error.errno, translate("store", "a file is in the way of that folder")
        ) from error
    with tempfile.TemporaryDirectory(prefix="teachin-bundle-") as scratch:
        snapshot = Path(scratch) / DB_ENTRY
        store.conn.execute("VACUUM INTO ?", (str(snapshot),))
        conn = sqlite3.connect(str(snapshot), isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            marks = ",".join("?" * len(LOCAL_SETTINGS))
            conn.execute(f"DELETE FROM settings WHERE key IN ({marks})", LOCAL_SETTINGS)
            conn.execute("VACUUM")  # so the deleted values leave no trace in free pages
            counts = _counts(conn)
        finally:
            conn.close()
        problem = check_file(snapshot, full=True)
        if problem:
            said = translate("store", "the snapshot of {path} failed its check: {problem}")
            raise BundleError(said.format(path=store.path, problem=problem))
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "device_id": store.device_id,
            "device_name": device_name,
            "schema_version": SCHEMA_VERSION,
            "created_at": now_iso(),
            "counts": counts,
            "files": {
                DB_ENTRY: {"sha256": sha256_file(snapshot), "bytes": snapshot.stat().st_size}
            },
        }
        partial = target.with_name(target.name + ".partial")
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST_ENTRY, json.dumps(manifest, indent=2))
            archive.write(snapshot, DB_ENTRY)
        fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
    return counts


def _read_bundle(
    bundle: Path, scratch: Path, read_later: dict[str, list[str]]
) -> tuple[dict, Path]:
    """Check a bundle and unpack its database into ``scratch``; raise BundleError if bad.
    ``read_later``: the columns, by table, whose text the caller checks as it reads them."""
    if not bundle.is_file():
        raise BundleError(translate("store", "no such file"))
    if not zipfile.is_zipfile(bundle):
        with open(bundle, "rb") as handle:
            if handle.read(4) == b"PK\x03\x04":  # starts as a zip, but its end is missing
                raise BundleError(
                    translate("store", "the file is damaged or incomplete (was it fully copied?)")
                )
        raise BundleError(translate("store", "not a Teach-in results bundle (not a zip file)"))
    try:
        with zipfile.ZipFile(bundle) as archive:
            names = set(archive.namelist())
            if not {MANIFEST_ENTRY, DB_ENTRY} <= names:
                said = translate("store", "not a Teach-in results bundle (needs {entry})")
                raise BundleError(said.format(entry=MANIFEST_ENTRY))
            # Sizes from the zip's directory bound what is unpacked (reads stop there).
            if archive.getinfo(MANIFEST_ENTRY).file_size > MAX_MANIFEST_BYTES:
                raise BundleError(
                    translate("store", "not a Teach-in results bundle (its manifest is too large)")
                )
            if archive.getinfo(DB_ENTRY).file_size > MAX_DB_BYTES:
                said = translate("store", "its results are larger than {size} MiB")
                raise BundleError(said.format(size=MAX_DB_BYTES >> 20))
            # Reading an entry checks its CRC-32 at the end (BadZipFile): the two entries used
            # are each decompressed once, with no separate testzip() pass.
            manifest = json.loads(archive.read(MANIFEST_ENTRY))
            archive.extract(DB_ENTRY, scratch)
    except UNREADABLE_ZIP as error:
        said = translate("store", "the file is damaged ({name}: {error})")
        raise BundleError(said.format(name=type(error).__name__, error=error)) from error
    problem = _manifest_problem(manifest)
    if problem:
        raise BundleError(problem)
    snapshot = scratch / DB_ENTRY
    if sha256_file(snapshot) != manifest["files"][DB_ENTRY]["sha256"]:
        raise BundleError(
            translate("store", "the results inside do not match the manifest's sha256 checksum")
        )
    problem = check_file(snapshot, full=True, text_read_later=read_later)
    if problem:
        raise _Damaged.saying(problem)
    return manifest, snapshot


class _Damaged(BundleError):
    """The database inside fails the file check (or, for the cells merged, the reading)."""

    @classmethod
    def saying(cls, problem: str) -> _Damaged:
        said = translate("store", "the results database inside is damaged ({problem})")
        return cls(said.format(problem=problem))


def _manifest_problem(manifest: object) -> str | None:
    """What makes ``manifest`` (decoded JSON of any shape) unusable, or None."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return "not a Teach-in results bundle (unknown manifest format)"
    for key in ("format_version", "schema_version"):
        value = manifest.get(key)
        if type(value) is not int or value < 0:  # bool is an int subclass: not a version
            return f"its manifest is damaged ({key} is {_shown(value)}, not a version number)"
    if manifest["format_version"] > FORMAT_VERSION:
        return "made by a newer Teach-in; merge it with that version"
    if manifest["schema_version"] > SCHEMA_VERSION:
        return "its database is from a newer Teach-in; merge it with that version"
    files = manifest.get("files")
    entry = files.get(DB_ENTRY) if isinstance(files, dict) else None
    digest = entry.get("sha256") if isinstance(entry, dict) else None
    if not (isinstance(digest, str) and len(digest) == 64):
        return f"its manifest is damaged (no sha256 checksum for {DB_ENTRY})"
    for key in ("device_id", "device_name"):
        if not isinstance(manifest.get(key, ""), str):
            return f"its manifest is damaged ({key} is {_shown(manifest[key])}, not text)"
    return None


def _shown(value: object) -> str:
    text = json.dumps(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _bring_up_to_date(snapshot: Path) -> None:
    """Migrate the unpacked copy to this build's schema, so the tables line up, and check
    every row it would bring (rows.py)."""
    db = Database(sqlite3.connect(str(snapshot), isolation_level=None))
    try:
        db.execute("PRAGMA trusted_schema=OFF")  # its views and triggers run nothing of ours
        migrate(db, snapshot)  # refuses a newer schema, whatever the manifest said
        problem = bad_rows(db.conn)
    finally:
        db.close()
    if problem:
        said = translate("store", "the results inside hold a bad row ({problem})")
        raise BundleError(said.format(problem=problem))


def _keep_aside(store: Store, bundle: Path) -> Path | None:
    if not bundle.is_file():
        return None
    folder = store.path.parent / QUARANTINE_DIR
    kept = folder / f"{bundle.stem}-{stamp()}{bundle.suffix}"
    try:
        folder.mkdir(exist_ok=True)
        shutil.copyfile(bundle, kept)
    except OSError:  # e.g. a full disk: the refusal still stands, only the copy is missing
        return None
    return kept


def _rejected(store: Store, bundle: Path, why: object) -> BundleError:
    kept = _keep_aside(store, bundle)
    where = f"; a copy was kept in {kept}" if kept else ""
    return BundleError(f"{bundle}: {why}{where}")


@dataclass
class _Checked:
    """A bundle checked away from the store (``_check``): its manifest and rows, or why it
    was refused and at which step."""

    bundle: Path
    manifest: dict | None = None
    rows: dict[str, list[tuple]] = field(default_factory=dict)  # by table, columns as main's
    unreadable: Exception | None = None  # the zip, manifest or checksum failed
    unsound: Exception | None = None  # its rows failed (only if it was never merged before)


def _check(bundle: Path, columns: dict[str, str]) -> _Checked:
    """Every check that needs no store: the zip, the manifest, the checksum, SQLite's
    integrity check, the migration to this schema and every row (rows.py); then its rows are
    read, ``columns`` of each table. Runs on a worker thread while the previous bundle is
    copied in: it touches only its own temporary folder.

    Each cell is read into Python once: the file check leaves out the cells that are merged,
    since reading them (``_rows``) decodes each one anyway. Text that is not UTF-8 is refused
    as damaged, ahead of any other fault of the rows, wherever it is."""
    checked = _Checked(bundle)
    read_later = {table: names.split(", ") for table, names in columns.items()}
    with tempfile.TemporaryDirectory(prefix="teachin-merge-") as scratch:
        try:
            checked.manifest, snapshot = _read_bundle(bundle, Path(scratch), read_later)
        except (BundleError, StoreError, sqlite3.Error) as error:
            checked.unreadable = error
            return checked
        try:
            _bring_up_to_date(snapshot)
            checked.rows = _rows(snapshot, columns)
        except _Damaged as error:
            checked.unreadable = error
        except (BundleError, StoreError, sqlite3.Error) as error:
            # Refused before its rows were read: read their text now (this happens to refused
            # bundles only), so that text which is not UTF-8 is still what is reported.
            problem = text_fault(snapshot)
            if problem:
                checked.unreadable = _Damaged.saying(problem)
            else:
                checked.unsound = error
    return checked  # the rows are in memory: the unpacked copy is gone


def _rows(snapshot: Path, columns: dict[str, str]) -> dict[str, list[tuple]]:
    """The rows to merge, ``columns`` of each table. Reading a text cell that is not UTF-8
    fails (sqlite3.OperationalError: Could not decode to UTF-8): _Damaged, as the file check
    would say it."""
    conn = sqlite3.connect(f"{snapshot.as_uri()}?mode=ro", uri=True)
    try:
        rows = {}
        for table, names in columns.items():
            try:
                rows[table] = conn.execute(f"SELECT {names} FROM {table}").fetchall()
            except (sqlite3.OperationalError, UnicodeDecodeError) as error:
                raise _Damaged.saying(text_problem(table, error)) from error
        return rows
    finally:
        conn.close()


def merge_bundle(store: Store, bundle: Path) -> MergeReport:
    """Merge one bundle into ``store``. Raises BundleError (after keeping a copy of the bundle
    in quarantine/) if it is not sound; then nothing in the database changed."""
    [outcome] = merge_bundles(store, [bundle])
    if isinstance(outcome, BundleError):
        raise outcome
    return outcome


def merge_bundles(store: Store, bundles: Iterable[Path]) -> Iterator[MergeReport | BundleError]:
    """Merge the bundles in ONE transaction, yielding each one's report or why it was refused.
    Each bundle goes in under its own savepoint: a refused one is rolled back to it (the
    database unchanged by it) and quarantined; the others are committed together at the end,
    one fsync for all. A kill before that commit leaves the database as before the merge, and
    merging again is idempotent (rows by id, bundles by sha256). Stopping early (closing the
    generator: the window's Stop button) commits the bundles already reported.

    The next bundle is unpacked and checked on a worker thread while this one is copied in
    (SQLite lets go of the GIL while it works). One bundle is checked ahead, no more."""
    files = list(bundles)
    if not files:
        return
    columns = {t: _columns(store, t) for t in MERGED_TABLES}
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="teachin-check") as pool:
        ahead = pool.submit(_check, files[0], columns)
        try:
            with store.write():
                _make_incoming(store, columns)
                try:
                    for k, bundle in enumerate(files):
                        assert ahead is not None
                        checking, ahead = ahead, None
                        if k + 1 < len(files):
                            ahead = pool.submit(_check, files[k + 1], columns)
                        try:
                            outcome = _merge_checked(store, checking.result(), columns)
                        except BundleError as error:
                            outcome = error
                        except Exception as error:  # an unforeseen failure: this bundle only
                            why = f"it is damaged ({type(error).__name__}: {error})"
                            outcome = _rejected(store, bundle, why)
                        try:
                            yield outcome
                        except GeneratorExit:  # stopped: keep what was reported merged
                            break
                finally:
                    if store.conn.in_transaction:
                        _drop_incoming(store)
        except sqlite3.Error as error:  # e.g. the disk filled up at the commit
            said = translate("store", "the merged results could not be saved: {error}")
            raise StoreError(said.format(error=error)) from error
        finally:  # a bundle checked ahead cleans up after itself
            if ahead is not None:
                ahead.cancel()


def _make_incoming(store: Store, columns: dict[str, str]) -> None:
    """Temporary tables a bundle's rows are loaded into, to be checked against this laptop's
    and copied over. (An attached bundle database could not be detached before the commit.)
    No declared types: values arrive exactly as the bundle holds them."""
    for table, names in columns.items():
        store.conn.execute(f"CREATE TEMP TABLE incoming_{table} ({names})")


def _drop_incoming(store: Store) -> None:
    for table in MERGED_TABLES:
        store.conn.execute(f"DROP TABLE IF EXISTS temp.incoming_{table}")


def _merge_checked(store: Store, checked: _Checked, columns: dict[str, str]) -> MergeReport:
    bundle = checked.bundle
    if checked.unreadable is not None:
        raise _rejected(store, bundle, checked.unreadable) from checked.unreadable
    manifest = checked.manifest
    assert manifest is not None
    digest = manifest["files"][DB_ENTRY]["sha256"]
    report = MergeReport(bundle, digest, manifest.get("device_name", "?")[:60])
    try:
        row = store.db.execute("SELECT imported_at FROM imports WHERE sha256 = ?", [digest])
        earlier = row.fetchone()
    except sqlite3.Error as error:
        raise _rejected(store, bundle, error) from error
    if earlier:  # these very bytes passed every check before
        report.already_merged = earlier[0]
        return report
    if checked.unsound is not None:
        raise _rejected(store, bundle, checked.unsound) from checked.unsound
    try:
        try:  # most bundles bring only rows new here: straight in, nothing to compare
            with store.write():  # a savepoint: a refusal leaves no trace of this bundle
                report.added = _insert_all_new(store, checked.rows, columns)
                _record_import(store, manifest, digest, bundle, report.added)
        except _NotAllNew:  # rolled back to the savepoint: compare the rows already here
            with store.write():
                report.added = _compare_and_copy(store, checked.rows, columns)
                _record_import(store, manifest, digest, bundle, report.added)
    except BundleError as error:
        raise _rejected(store, bundle, error) from error
    except sqlite3.Error as error:
        raise _rejected(store, bundle, f"could not merge ({error})") from error
    return report


class _NotAllNew(Exception):
    """Some of a bundle's rows are here already (by id): they must be compared first."""


def _marks(names: str) -> str:
    return ",".join("?" * len(names.split(",")))


def _insert_all_new(
    store: Store, rows: dict[str, list[tuple]], columns: dict[str, str]
) -> dict[str, int]:
    """Insert every row, or raise _NotAllNew as soon as one's id is here already (inside the
    caller's savepoint, which then rolls back)."""
    added: dict[str, int] = {}
    for table in MERGED_TABLES:
        names = columns[table]
        before = store.conn.total_changes
        insert = f"INSERT INTO main.{table} ({names}) VALUES ({_marks(names)})"
        store.conn.executemany(f"{insert} ON CONFLICT(id) DO NOTHING", rows[table])
        added[table] = store.conn.total_changes - before
        if added[table] != len(rows[table]):
            raise _NotAllNew
    return added


def _columns(store: Store, table: str) -> str:
    return ", ".join(r[1] for r in store.conn.execute(f"PRAGMA main.table_info({table})"))


def _compare_and_copy(
    store: Store, rows: dict[str, list[tuple]], columns: dict[str, str]
) -> dict[str, int]:
    """Load the rows into the incoming tables; refuse them if one is here with other content
    (rows.py); else copy those not here yet (and the finish of an attempt finished elsewhere
    since). Inside the caller's savepoint."""
    for table, loaded in rows.items():
        store.conn.execute(f"DELETE FROM temp.incoming_{table}")
        marks = _marks(columns[table])
        store.conn.executemany(f"INSERT INTO temp.incoming_{table} VALUES ({marks})", loaded)
    clash = colliding_row(store.conn, "temp.incoming_{}")
    if clash:
        said = translate("store", "its results disagree with this laptop's: {clash}")
        raise BundleError(said.format(clash=clash))
    added: dict[str, int] = {}
    for table in MERGED_TABLES:
        names = columns[table]
        conflict = "DO NOTHING"
        if table == "attempts":  # an attempt finished on the other laptop after an export
            conflict = (
                "DO UPDATE SET finished_at = excluded.finished_at "
                "WHERE attempts.finished_at IS NULL AND excluded.finished_at IS NOT NULL"
            )
        before = store.conn.total_changes
        # "WHERE true" resolves the parsing ambiguity of INSERT ... SELECT ... ON CONFLICT.
        store.conn.execute(
            f"INSERT INTO main.{table} ({names}) SELECT {names} FROM temp.incoming_{table} "
            f"WHERE true ON CONFLICT(id) {conflict}"
        )
        added[table] = store.conn.total_changes - before
    return added


def _record_import(
    store: Store, manifest: dict, digest: str, bundle: Path, added: dict[str, int]
) -> None:
    """The import (so these bytes are known next time) and its event."""
    store.db["imports"].insert(
        {
            "id": str(uuid.uuid4()),
            "sha256": digest,
            "device_id": manifest.get("device_id"),
            "file": bundle.name,
            "imported_at": now_iso(),
            "counts": json.dumps(added),
        }
    )
    log_event(store, "bundle_merged", {"file": bundle.name, "sha256": digest, **added})
