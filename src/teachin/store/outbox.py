"""What this laptop's answers still owe a live room (issue 15): the outbox, derived from the store.

There is no second copy of any answer. Answers are only ever added, so SQLite's rowid orders
them as they were given; per room this laptop remembers two marks in its ``settings`` table
(laptop-local, never merged): the last answer rowid the room acknowledged, and the latest
attempt finish time it was sent. The outbox is this laptop's own answers past the mark, oldest
first. A room is known by its database's device id, so a presenter that restarts on the same
folder keeps the marks, and one on a new folder gets everything again (merging is idempotent:
same ids, set union).

Reads go through a connection of their own (``open_store(read_only=True)``): the kiosk's
connection may be inside an answer's transaction at that moment, and rows read there could
still roll back. Marks are written through the kiosk's own Store (one writing connection).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from teachin.store.db import Store
from teachin.store.settings import get_setting, set_setting

MARK_PREFIX = "room_sent:"  # + the room's database device id


@dataclass(frozen=True)
class Mark:
    """How far a room holds this laptop's rows: answers to ``rowid``, finishes to ``finished``."""

    rowid: int = 0
    finished: str = ""


@dataclass(frozen=True)
class Batch:
    """Rows to send, as kiosk_batch.py reads them, and the mark once the room holds them all."""

    participants: list[dict[str, Any]]
    attempts: list[dict[str, Any]]
    answers: list[dict[str, Any]]
    rowids: list[int]  # of ``answers``, in order
    finished: str  # the latest finish time among ``attempts`` (or the old mark's)

    def body(self) -> dict[str, Any]:
        tables = ("participants", "attempts", "answers")
        return {table: getattr(self, table) for table in tables}


def read_mark(store: Store, room: str) -> Mark:
    value = get_setting(store, MARK_PREFIX + room, {})
    if not isinstance(value, dict):
        return Mark()
    rowid, finished = value.get("rowid", 0), value.get("finished", "")
    if not isinstance(rowid, int) or not isinstance(finished, str):
        return Mark()
    return Mark(rowid, finished)


def save_mark(store: Store, room: str, mark: Mark) -> None:
    set_setting(store, MARK_PREFIX + room, {"rowid": mark.rowid, "finished": mark.finished})


def waiting(conn: sqlite3.Connection, device_id: str, mark: Mark) -> int:
    """How many of this laptop's answers the room has not acknowledged."""
    row = conn.execute(
        "SELECT count(*) FROM answers WHERE rowid > ? AND device_id = ?", [mark.rowid, device_id]
    ).fetchone()
    return int(row[0])


def next_batch(conn: sqlite3.Connection, device_id: str, mark: Mark, limit: int) -> Batch | None:
    """The oldest ``limit`` unacknowledged answers with their attempts and participants, plus
    attempts finished since the mark; None when there is nothing to send. One read transaction,
    so the rows agree with each other."""
    conn.execute("BEGIN")
    try:
        answers = _rows(
            conn,
            "SELECT rowid, id, attempt_id, quiz, question, response, correct, points, answered_at,"
            " device_id FROM answers WHERE rowid > ? AND device_id = ? ORDER BY rowid LIMIT ?",
            [mark.rowid, device_id, limit],
        )
        finished = _rows(
            conn,
            "SELECT * FROM attempts WHERE device_id = ? AND finished_at > ? "
            "ORDER BY finished_at LIMIT ?",
            [device_id, mark.finished, limit],
        )
        wanted = list(dict.fromkeys(a["attempt_id"] for a in answers))
        attempts = {a["id"]: a for a in finished}
        for attempt in _rows_in(conn, "attempts", wanted):
            attempts.setdefault(attempt["id"], attempt)
        people = list(dict.fromkeys(a["participant_id"] for a in attempts.values()))
        participants = _rows_in(conn, "participants", people)
    finally:
        conn.execute("COMMIT")
    if not answers and not finished:
        return None
    rowids = [answer.pop("rowid") for answer in answers]
    latest = max([mark.finished, *(a["finished_at"] for a in finished)])
    return Batch(participants, list(attempts.values()), answers, rowids, latest)


def _rows(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _rows_in(conn: sqlite3.Connection, table: str, ids: list[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    return _rows(conn, f"SELECT * FROM {table} WHERE id IN ({marks})", ids)
