"""Answers for the presenter's room chart, read live from a database another process writes.

``RoomAnswers()`` is the ``answers(quiz, question)`` callable that ``charts.build_chart`` takes:
it returns the responses that count now (one per attempt, cleared ones left out). It opens the
database read-only and only when first asked, so the deck starts even before any quiz has run
on this laptop; until then, and whenever the file cannot be read, the room has no answers yet.
A read-only connection in WAL mode sees each new commit of the kiosk on the next read.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from teachin.store.answers import answers_for_question
from teachin.store.db import Store, StoreError, default_path, open_store


class RoomAnswers:
    def __init__(self, path: Path | None = None) -> None:
        self._path = path  # None: the data folder's database, resolved on first use
        self._store: Store | None = None

    def __call__(self, quiz: str, question: str) -> list[Any]:
        store = self._open()
        if store is None:
            return []
        try:
            return [answer.response for answer in answers_for_question(store, quiz, question)]
        except sqlite3.Error:  # e.g. replaced by a restored backup: open afresh next time
            self.close()
            return []

    def _open(self) -> Store | None:
        if self._store is None:
            try:
                self._store = open_store(self._path or default_path(), read_only=True)
            except StoreError:
                return None
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
