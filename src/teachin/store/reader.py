"""Answers for the presenter's room chart, read live from a database another process writes.

``RoomAnswers()`` is the ``answers(quiz, question)`` callable that ``charts.build_chart`` takes:
it returns the responses that count now (one per attempt, cleared ones left out). It opens the
database read-only and only when first asked, so the deck starts even before any quiz has run
on this laptop; until then, and whenever the file cannot be read, the room has no answers yet.
A read-only connection in WAL mode sees each new commit of the kiosk on the next read.

What the facilitator must know comes out of ``take_notices()``: the kiosk found the database
damaged and restored a backup (its notice in the events log; the file is then a new one, which
is opened afresh), or the file cannot be read at all.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from teachin.store.db import Store, StoreError, default_path, open_store
from teachin.store.util import now_iso

# Answers are only ever added (a changed answer is a new row), so a reader that remembers the
# last rowid it saw needs only the new rows on each refresh: the cost follows what the room
# typed since, not the size of the table (re-reading 10,000 answers took ~50 ms here).
_NEW_ROWS = """
SELECT rowid, attempt_id, answered_at, id, response FROM answers
WHERE quiz = ? AND question = ? AND rowid > ? ORDER BY rowid
"""
_NEW_NOTICES = "SELECT at, detail FROM events WHERE kind = 'notice' AND at > ? ORDER BY at"


@dataclass
class _Seen:
    rowid: int = 0
    # attempt id -> ((answered_at, id), decoded response or None) of its latest answer
    latest: dict[str, tuple[tuple[str, str], Any]] = field(default_factory=dict)


class RoomAnswers:
    def __init__(self, path: Path | None = None) -> None:
        self._path = path  # None: the data folder's database, resolved on first use
        self._store: Store | None = None
        self._file: tuple[int, int] | None = None  # (device, inode) of the file opened
        self._seen: dict[tuple[str, str], _Seen] = {}
        self._notices_after = now_iso()  # notices logged before the presenter started are old
        self._notices: list[str] = []

    def __call__(self, quiz: str, question: str) -> list[Any]:
        """The response that counts now of every attempt (cleared ones left out), in the order
        the attempts first answered."""
        store = self._open()
        if store is None:
            return []
        seen = self._seen.setdefault((quiz, question), _Seen())
        try:
            rows = store.conn.execute(_NEW_ROWS, [quiz, question, seen.rowid]).fetchall()
            self._read_notices(store)
        except sqlite3.Error as error:  # e.g. replaced by a restored backup: open afresh next time
            if _is_damage(error):
                self._tell(
                    f"The results database cannot be read ({error}). The quiz keeps it aside "
                    "and restores its newest backup when it next starts."
                )
            self.close()
            return []
        for rowid, attempt, answered_at, answer_id, response in rows:
            seen.rowid = rowid
            try:
                value = json.loads(response)
            except (TypeError, ValueError, RecursionError):  # not an answer the room can show
                continue
            key = (answered_at, answer_id)
            # A merged bundle may bring an older answer after a newer one: the latest counts.
            if attempt not in seen.latest or key > seen.latest[attempt][0]:
                seen.latest[attempt] = (key, value)
        return [value for _, value in seen.latest.values() if value is not None]

    def take_notices(self) -> list[str]:
        """What the facilitator has not been told yet, once."""
        notices, self._notices = self._notices, []
        return notices

    def _tell(self, notice: str) -> None:
        if notice not in self._notices:
            self._notices.append(notice)

    def _read_notices(self, store: Store) -> None:
        for at, detail in store.conn.execute(_NEW_NOTICES, [self._notices_after]).fetchall():
            self._notices_after = max(self._notices_after, str(at))
            try:
                self._tell(str(json.loads(detail)["message"]))
            except (TypeError, ValueError, KeyError, RecursionError):
                continue

    def _open(self) -> Store | None:
        path = self._path or default_path()
        if self._store is not None and self._file != _identity(path):
            self.close()  # the kiosk put a restored backup in its place: read that one
        if self._store is None:
            try:
                self._store = open_store(path, read_only=True)
            except StoreError:
                return None
            self._file = _identity(path)
        return self._store

    def close(self) -> None:
        self._seen.clear()
        self._file = None
        if self._store is not None:
            self._store.close()
            self._store = None


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _is_damage(error: sqlite3.Error) -> bool:
    """A damaged file rather than a passing state (busy, locked, still being created)."""
    if isinstance(error, sqlite3.OperationalError):
        return "decode" in str(error)
    return isinstance(error, sqlite3.DatabaseError)
