"""Answers for the presenter's room chart, read live from a database another process writes.

``RoomAnswers()`` is the ``answers(quiz, question)`` callable that ``charts.build_chart`` takes:
it returns the responses that count now (one per attempt, cleared ones left out). It opens the
database read-only and only when first asked, so the deck starts even before any quiz has run
on this laptop; until then, and whenever the file cannot be read, the room has no answers yet.
A read-only connection in WAL mode sees each new commit of the kiosk on the next read.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from teachin.store.db import Store, StoreError, default_path, open_store

# Answers are only ever added (a changed answer is a new row), so a reader that remembers the
# last rowid it saw needs only the new rows on each refresh: the cost follows what the room
# typed since, not the size of the table (re-reading 10,000 answers took ~50 ms here).
_NEW_ROWS = """
SELECT rowid, attempt_id, answered_at, id, response FROM answers
WHERE quiz = ? AND question = ? AND rowid > ? ORDER BY rowid
"""


@dataclass
class _Seen:
    rowid: int = 0
    # attempt id -> ((answered_at, id), decoded response or None) of its latest answer
    latest: dict[str, tuple[tuple[str, str], Any]] = field(default_factory=dict)


class RoomAnswers:
    def __init__(self, path: Path | None = None) -> None:
        self._path = path  # None: the data folder's database, resolved on first use
        self._store: Store | None = None
        self._seen: dict[tuple[str, str], _Seen] = {}

    def __call__(self, quiz: str, question: str) -> list[Any]:
        """The response that counts now of every attempt (cleared ones left out), in the order
        the attempts first answered."""
        store = self._open()
        if store is None:
            return []
        seen = self._seen.setdefault((quiz, question), _Seen())
        try:
            rows = store.conn.execute(_NEW_ROWS, [quiz, question, seen.rowid]).fetchall()
        except sqlite3.Error:  # e.g. replaced by a restored backup: open afresh next time
            self.close()
            return []
        for rowid, attempt, answered_at, answer_id, response in rows:
            key = (answered_at, answer_id)
            # A merged bundle may bring an older answer after a newer one: the latest counts.
            if attempt not in seen.latest or key > seen.latest[attempt][0]:
                seen.latest[attempt] = (key, json.loads(response))
            seen.rowid = rowid
        return [value for _, value in seen.latest.values() if value is not None]

    def _open(self) -> Store | None:
        if self._store is None:
            try:
                self._store = open_store(self._path or default_path(), read_only=True)
            except StoreError:
                return None
        return self._store

    def close(self) -> None:
        self._seen.clear()
        if self._store is not None:
            self._store.close()
            self._store = None
