"""Results bundles: how answers travel from laptop to laptop without a network.

A bundle is one zip file holding ``results.db`` (a ``VACUUM INTO`` snapshot: one consistent file,
no -wal) and ``manifest.json`` (device, app and schema version, row counts, the sha256 of
``results.db``). Merging checks all of that, then copies rows with
``INSERT ... ON CONFLICT(id) DO NOTHING``: every row has a UUID made where it was written, so
merging is a set union and merging the same bundle twice changes nothing. A bundle that fails a
check is copied to ``quarantine/`` and reported; the database is left untouched.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils.db import Database

from teachin import __version__
from teachin.store.backup import QUARANTINE_DIR, check_file
from teachin.store.db import Store, StoreError, log_event, migrate
from teachin.store.schema import MERGED_TABLES, SCHEMA_VERSION
from teachin.store.util import fsync_dir, fsync_file, now_iso, stamp

FORMAT = "teachin-results-bundle"
FORMAT_VERSION = 1
DB_ENTRY = "results.db"
MANIFEST_ENTRY = "manifest.json"
LOCAL_SETTINGS = ("pin_hash",)  # never leaves the laptop


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
    that file name if it ends in .zip). Returns the bundle's path."""
    device_name = _setting(store, "device_name") or "laptop"
    if destination.suffix.lower() == ".zip":
        target = destination
    else:
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in device_name)
        target = destination / f"teachin-results-{safe}-{stamp()}.zip"
    target.parent.mkdir(parents=True, exist_ok=True)
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
            raise BundleError(f"the snapshot of {store.path} failed its check: {problem}")
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
    log_event(store, "bundle_exported", {"file": target.name, "counts": counts})
    return target


def _read_bundle(bundle: Path, scratch: Path) -> tuple[dict, Path]:
    """Check a bundle and unpack its database into ``scratch``; raise BundleError if bad."""
    if not bundle.is_file():
        raise BundleError("no such file")
    if not zipfile.is_zipfile(bundle):
        with open(bundle, "rb") as handle:
            if handle.read(4) == b"PK\x03\x04":  # starts as a zip, but its end is missing
                raise BundleError("the file is damaged or incomplete (was it fully copied?)")
        raise BundleError("not a Teach-in results bundle (not a zip file)")
    try:
        with zipfile.ZipFile(bundle) as archive:
            if archive.testzip() is not None:
                raise BundleError("the file is damaged (a checksum inside the zip is wrong)")
            names = set(archive.namelist())
            if not {MANIFEST_ENTRY, DB_ENTRY} <= names:
                raise BundleError(f"not a Teach-in results bundle (needs {MANIFEST_ENTRY})")
            manifest = json.loads(archive.read(MANIFEST_ENTRY))
            archive.extract(DB_ENTRY, scratch)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise BundleError(f"the file is damaged ({error})") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("not a Teach-in results bundle (unknown manifest format)")
    if manifest.get("format_version", 0) > FORMAT_VERSION:
        raise BundleError("made by a newer Teach-in; merge it with that version")
    if int(manifest.get("schema_version", 0)) > SCHEMA_VERSION:
        raise BundleError("its database is from a newer Teach-in; merge it with that version")
    snapshot = scratch / DB_ENTRY
    expected = manifest.get("files", {}).get(DB_ENTRY, {}).get("sha256")
    if sha256_file(snapshot) != expected:
        raise BundleError("the results inside do not match the manifest's sha256 checksum")
    problem = check_file(snapshot, full=True)
    if problem:
        raise BundleError(f"the results database inside is damaged ({problem})")
    return manifest, snapshot


def _bring_up_to_date(snapshot: Path) -> None:
    """Migrate the unpacked copy to this build's schema, so the tables line up."""
    db = Database(sqlite3.connect(str(snapshot), isolation_level=None))
    try:
        migrate(db, snapshot)  # refuses a newer schema, whatever the manifest said
    finally:
        db.close()


def _keep_aside(store: Store, bundle: Path) -> Path | None:
    folder = store.path.parent / QUARANTINE_DIR
    if not bundle.is_file():
        return None
    folder.mkdir(exist_ok=True)
    kept = folder / f"{bundle.stem}-{stamp()}{bundle.suffix}"
    shutil.copyfile(bundle, kept)
    return kept


def merge_bundle(store: Store, bundle: Path) -> MergeReport:
    """Merge one bundle into ``store``. Raises BundleError (after keeping a copy of the bundle
    in quarantine/) if it is not sound; then nothing in the database changed."""
    with tempfile.TemporaryDirectory(prefix="teachin-merge-") as scratch:
        try:
            manifest, snapshot = _read_bundle(bundle, Path(scratch))
            _bring_up_to_date(snapshot)
        except (BundleError, StoreError, sqlite3.Error) as error:
            kept = _keep_aside(store, bundle)
            where = f"; a copy was kept in {kept}" if kept else ""
            raise BundleError(f"{bundle}: {error}{where}") from error
        digest = manifest["files"][DB_ENTRY]["sha256"]
        report = MergeReport(bundle, digest, str(manifest.get("device_name", "?")))
        row = store.db.execute("SELECT imported_at FROM imports WHERE sha256 = ?", [digest])
        if earlier := row.fetchone():
            report.already_merged = earlier[0]
            return report
        store.conn.execute("ATTACH DATABASE ? AS bundle", (str(snapshot),))
        try:
            report.added = _copy_rows(store, manifest, digest, bundle)
        except sqlite3.Error as error:
            kept = _keep_aside(store, bundle)
            raise BundleError(
                f"{bundle}: could not merge ({error}); a copy was kept in {kept}"
            ) from error
        finally:
            store.conn.execute("DETACH DATABASE bundle")
    log_event(store, "bundle_merged", {"file": bundle.name, "sha256": digest, **report.added})
    return report


def _copy_rows(store: Store, manifest: dict, digest: str, bundle: Path) -> dict[str, int]:
    added: dict[str, int] = {}
    with store.write() as db:
        for table in MERGED_TABLES:
            columns = ", ".join(db[table].columns_dict)
            conflict = "DO NOTHING"
            if table == "attempts":  # an attempt finished on the other laptop after an export
                conflict = (
                    "DO UPDATE SET finished_at = excluded.finished_at "
                    "WHERE attempts.finished_at IS NULL AND excluded.finished_at IS NOT NULL"
                )
            before = store.conn.total_changes
            # "WHERE true" resolves the parsing ambiguity of INSERT ... SELECT ... ON CONFLICT.
            db.execute(
                f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM bundle.{table} "
                f"WHERE true ON CONFLICT(id) {conflict}"
            )
            added[table] = store.conn.total_changes - before
        db["imports"].insert(
            {
                "id": str(uuid.uuid4()),
                "sha256": digest,
                "device_id": manifest.get("device_id"),
                "file": bundle.name,
                "imported_at": now_iso(),
                "counts": json.dumps(added),
            }
        )
    return added
