"""The database schema as forward-only migrations (sqlite-utils ``Migrations``).

Every migration ever shipped stays here, in order, unchanged; a new column or table is a new
function at the end. ``SCHEMA_VERSION`` (the count) is mirrored in ``PRAGMA user_version`` so an
older Teach-in can see a database is too new for it without knowing the migration names.

Every merged row carries a UUID primary key made on the laptop where it was written, so merging
results from several laptops is a set union (see bundle.py).
"""

from __future__ import annotations

from sqlite_utils.db import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("teachin")

# Tables copied between laptops by bundles, parents before children (foreign keys).
MERGED_TABLES = ("participants", "attempts", "answers", "events")


@migrations()
def m001_initial(db: Database) -> None:
    # Laptop-local: this laptop's id and name, the facilitator PIN hash. Never merged.
    db["settings"].create({"key": str, "value": str}, pk="key", not_null={"value"})
    db["participants"].create(
        {"id": str, "nickname": str, "device_id": str, "created_at": str},
        pk="id",
        not_null={"nickname", "device_id", "created_at"},
    )
    db["participants"].create_index(["nickname"])
    db["attempts"].create(
        {
            "id": str,
            "participant_id": str,
            "quiz": str,
            "quiz_version": str,  # e.g. a hash of the quiz file, so results name what was asked
            "device_id": str,
            "started_at": str,
            "finished_at": str,  # NULL while the attempt is open
        },
        pk="id",
        not_null={"participant_id", "quiz", "device_id", "started_at"},
        foreign_keys=[("participant_id", "participants", "id")],
    )
    db["attempts"].create_index(["participant_id"])
    # An answer is an immutable fact; answering the same question again adds a row and the
    # latest one counts. ``response`` is JSON text defined by the quiz engine.
    db["answers"].create(
        {
            "id": str,
            "attempt_id": str,
            "quiz": str,
            "question": str,
            "response": str,
            "correct": int,  # 1/0, NULL when the question is not marked (e.g. an opinion)
            "points": float,
            "answered_at": str,
            "device_id": str,
        },
        pk="id",
        not_null={"attempt_id", "quiz", "question", "response", "answered_at", "device_id"},
        foreign_keys=[("attempt_id", "attempts", "id")],
    )
    db["answers"].create_index(["quiz", "question"])
    db["answers"].create_index(["attempt_id"])
    # Things worth knowing afterwards: opened, backup restored, bundle merged, PIN changed...
    db["events"].create(
        {"id": str, "at": str, "device_id": str, "kind": str, "attempt_id": str, "detail": str},
        pk="id",
        not_null={"at", "device_id", "kind"},
    )
    # One row per bundle merged into this database: merging it again is then a no-op.
    db["imports"].create(
        {
            "id": str,
            "sha256": str,
            "device_id": str,
            "file": str,
            "imported_at": str,
            "counts": str,
        },
        pk="id",
        not_null={"sha256", "imported_at"},
    )
    db["imports"].create_index(["sha256"], unique=True)


SCHEMA_VERSION = len(migrations.pending(Database(memory=True)))
