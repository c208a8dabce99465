"""Rows that come from elsewhere (a bundle's database) checked before they are merged.

SQLite keeps whatever type a value arrives with, so a bundle made by hand or damaged in a way
its checksum was made over can hold an answer whose response is not JSON, a time that is not a
time, a 50 MB nickname, or an id that is already here with other content. Every reader of the
results (the room chart, ``results show``, the export) would then fail or mislead; so such a
bundle is refused whole, with the first bad row named.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable
from datetime import datetime

from teachin.store.schema import MERGED_TABLES

SHORT = 1_000  # ids, names, times: characters
LONG = 100_000  # a response or an event's detail (JSON text)

Check = Callable[[object], str | None]


def _text(limit: int, *, optional: bool = False) -> Check:
    def check(value: object) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or not value:
            return "is not text"
        return f"is longer than {limit:,} characters" if len(value) > limit else None

    return check


def _time(*, optional: bool = False) -> Check:
    def check(value: object) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or len(value) > 64:
            return "is not a time"
        try:
            datetime.fromisoformat(value)
        except ValueError:
            return "is not a time"
        return None

    return check


def _json(*, optional: bool = False) -> Check:
    def check(value: object) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            return "is not JSON text"
        if len(value) > LONG:
            return f"is longer than {LONG:,} characters"
        try:
            json.loads(value)
        except (ValueError, RecursionError):
            return "is not JSON text"
        return None

    return check


def _flag(value: object) -> str | None:
    return (
        None if value in (None, 0, 1) and not isinstance(value, float) else "is not 0, 1 or empty"
    )


def _points(value: object) -> str | None:
    if value is None:
        return None
    if type(value) not in (int, float) or not math.isfinite(value) or abs(value) > 1e9:
        return "is not a number of points"
    return None


ID, NAME = _text(SHORT), _text(SHORT)
COLUMNS: dict[str, dict[str, Check]] = {
    "participants": {"id": ID, "nickname": NAME, "device_id": ID, "created_at": _time()},
    "attempts": {
        "id": ID,
        "participant_id": ID,
        "quiz": NAME,
        "quiz_version": _text(SHORT, optional=True),
        "device_id": ID,
        "started_at": _time(),
        "finished_at": _time(optional=True),
    },
    "answers": {
        "id": ID,
        "attempt_id": ID,
        "quiz": NAME,
        "question": NAME,
        "response": _json(),
        "correct": _flag,
        "points": _points,
        "answered_at": _time(),
        "device_id": ID,
    },
    "events": {
        "id": ID,
        "at": _time(),
        "device_id": ID,
        "kind": NAME,
        "attempt_id": _text(SHORT, optional=True),
        "detail": _json(optional=True),
    },
}


def bad_rows(conn: sqlite3.Connection, schema: str = "main") -> str | None:
    """The first thing wrong with the merged tables of ``schema``, or None if all is sound:
    real tables (no views or triggers standing in), rows that refer to rows that exist, and
    every value of the type and size the readers expect."""
    objects = conn.execute(
        f"SELECT type, name FROM {schema}.sqlite_master WHERE type IN ('view', 'trigger')"
        " OR name IN (" + ",".join("?" * len(MERGED_TABLES)) + ") AND type != 'table'",
        MERGED_TABLES,
    ).fetchone()
    if objects:
        return f"a {objects[0]} named {objects[1][:40]!r} where only tables belong"
    orphan = conn.execute(f"PRAGMA {schema}.foreign_key_check").fetchone()
    if orphan:
        return f"a row of {orphan[0]} refers to a {orphan[2]} row that is not there"
    for table, checks in COLUMNS.items():
        # Sizes first, in SQLite: a huge cell is refused without being read into Python.
        sizes = " OR ".join(f"length(CAST({c} AS BLOB)) > {4 * LONG}" for c in checks)
        huge = conn.execute(f"SELECT rowid FROM {schema}.{table} WHERE {sizes} LIMIT 1")
        if huge.fetchone():
            return f"{table}: a value larger than {4 * LONG:,} bytes"
        rows = conn.execute(f"SELECT {', '.join(checks)} FROM {schema}.{table}")
        for row in rows:
            for (column, check), value in zip(checks.items(), row, strict=True):
                why = check(value)
                if why:
                    return f"{table} {str(row[0])[:40]!r}: {column} {why}"
    return None


# Columns that never change once written; an attempt's finished_at may go from empty to a time.
_SAME = {
    "participants": ("nickname", "device_id", "created_at"),
    "attempts": ("participant_id", "quiz", "quiz_version", "device_id", "started_at"),
    "answers": tuple(c for c in COLUMNS["answers"] if c != "id"),
    "events": tuple(c for c in COLUMNS["events"] if c != "id"),
}


def colliding_row(conn: sqlite3.Connection, incoming: str = "bundle") -> str | None:
    """A row of ``incoming`` whose id is already in ``main`` with other content, or None.
    Ids are UUIDs made where the row was written, so that is a forged or damaged row; merging
    it would silently keep one of the two."""
    for table, columns in _SAME.items():
        differs = [f"b.{c} IS NOT m.{c}" for c in columns]
        if table == "attempts":  # both finished, at different times: not the same attempt
            differs.append(
                "(b.finished_at IS NOT m.finished_at AND b.finished_at IS NOT NULL"
                " AND m.finished_at IS NOT NULL)"
            )
        found = conn.execute(
            f"SELECT b.id FROM {incoming}.{table} b JOIN main.{table} m ON m.id = b.id "
            f"WHERE {' OR '.join(differs)} LIMIT 1"
        ).fetchone()
        if found:
            return f"{table} {str(found[0])[:40]!r} is already here with other content"
    return None
