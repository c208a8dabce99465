"""Rows for the results summaries (``quiz.summary``), read read-only and incrementally.

``ResultsReader(path).read(quizzes)`` returns every attempt and the answer that counts of each
attempt to each question of ``quizzes`` (default: all). Answers are only ever added (a changed
answer is a new row), so the reader remembers, per quiz, the last rowid it read, and a refresh
reads only what the room typed since; attempts are added and finished once, so it reads the new
ones and those that were open. ``changed()`` is the cheap test a
window polls: the newest answer's rowid and the attempts' count and finished count.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from teachin.i18n import translate
from teachin.quiz.summary import Given, Taking
from teachin.store.db import Store, StoreError, default_path, open_store
from teachin.store.db import open_for_reading as _open_for_reading
from teachin.store.schema import SCHEMA_VERSION

# Attempts are added, and finished once: a refresh reads the new ones and those it last saw
# open (their rowids as a JSON list) that have finished since. No ORDER BY: the summaries order
# what they show themselves, and a sort of every attempt would cost more than reading them.
_ATTEMPTS = """
SELECT a.rowid, a.id, a.quiz, p.nickname, a.started_at, a.finished_at IS NOT NULL
FROM attempts a JOIN participants p ON p.id = a.participant_id
WHERE a.rowid > ? OR (a.finished_at IS NOT NULL AND a.rowid IN (SELECT value FROM json_each(?)))
"""
# Answers are only added, so the rows after the last one read are a range of rowids: walked in
# the table itself (a search by the (quiz, question) index would look up every row it finds,
# several times slower than reading the table in order, and need a sort by rowid).
# A number (choices' indexes, estimates: most answers) comes back decoded by SQLite, which is
# several times quicker than json.loads in Python; anything else is decoded in Python.
_NEW_ANSWERS = """
SELECT attempt_id, question, answered_at, id, response, correct, points,
  CASE WHEN json_valid(response) THEN
    CASE json_type(response) WHEN 'integer' THEN json_extract(response, '$')
                             WHEN 'real' THEN json_extract(response, '$') END END
FROM answers NOT INDEXED WHERE rowid > ? AND rowid <= ? AND quiz = ?
"""
_STATE = """
SELECT (SELECT max(rowid) FROM answers), (SELECT count(*) FROM attempts),
       (SELECT count(*) FROM attempts WHERE finished_at IS NOT NULL)
"""


def open_for_reading(path: Path | None = None) -> Store:
    """The database opened read-only, writing nothing anywhere (``store.db.open_for_reading``):
    a damaged file is left as it is and its newest good backup read instead, ``notices`` saying
    so; refused with a StoreError if it is missing, has nothing to read, or is from a newer
    Teach-in."""
    return _open_for_reading(Path(path) if path else default_path())


def _open_live(path: Path) -> Store:
    """The database opened read-only but live (it sees what the kiosks commit after it was
    opened), refused with a StoreError if it is missing, not a database, or from a newer
    Teach-in. A damaged file fails here or at the first read; the window then says so and
    offers the newest backup."""
    store = open_store(path, read_only=True)
    try:
        found = store.conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as error:
        store.close()
        said = translate("store", "cannot read the results in {path}: {error}")
        raise StoreError(said.format(path=path, error=error)) from error
    if found > SCHEMA_VERSION:  # read it with the Teach-in that wrote it
        store.close()
        said = translate(
            "store",
            "{path} was written by a newer Teach-in (schema {found}, this one knows up to "
            "{known}); read it with that version",
        )
        raise StoreError(said.format(path=path, found=found, known=SCHEMA_VERSION))
    return store


def _decoded(response: str) -> object:
    """A stored response; text that is not JSON (a damaged bundle) is kept as it is."""
    try:
        return json.loads(response)
    except (ValueError, RecursionError):
        return response


@dataclass(frozen=True)
class Rows:
    takings: list[Taking]
    # quiz -> the answer that counts per (attempt, question); cleared ones left out
    by_quiz: dict[str, list[Given]]
    changed: frozenset[str] = frozenset()  # quizzes whose rows changed since the last read

    @property
    def given(self) -> list[Given]:
        return [g for given in self.by_quiz.values() for g in given]


class ResultsReader:
    """A read-only view of one results database that refreshes cheaply."""

    def __init__(self, path: Path | None = None, store: Store | None = None) -> None:
        self.path = Path(path) if path else (store.path if store else default_path())
        self._store = store  # a caller's open store (not closed here), else opened read-only
        self._own = store is None
        self._rowids: dict[str, int] = {}  # quiz -> the last answer rowid read
        # quiz -> (attempt, question) -> ((answered_at, id), Given or None when cleared)
        self._latest: dict[str, dict[tuple[str, str], tuple[tuple[str, str], Given | None]]] = {}
        self._lists: dict[str, list[Given]] = {}  # quiz -> its answers that count, as last built
        self._state: tuple[int, int, int] | None = None
        self._known: dict[int, Taking] = {}  # attempts as read, by rowid
        self._attempt_rowid = 0

    def _open(self) -> Store:
        if self._store is None:
            self._store = _open_live(self.path)
        return self._store

    def state(self) -> tuple[int, int, int]:
        """(newest answer's rowid, attempts, finished attempts): changes when anything does."""
        row = self._open().conn.execute(_STATE).fetchone()
        return (row[0] or 0, row[1], row[2])

    def changed(self) -> bool:
        """True if the database changed since the last ``read`` (or was never read)."""
        try:
            return self.state() != self._state
        except (sqlite3.Error, StoreError):
            return True

    def read(self, quizzes: Iterable[str] | None = None) -> Rows:
        """Every attempt and the answers that count now to ``quizzes`` (default: every quiz
        with an attempt); quizzes read before are in ``by_quiz`` as last read. Each quiz is read
        on its own (the answers' (quiz, question) index), so a window showing one quiz reads
        only that one. Raises StoreError when the file cannot be read (missing, damaged, not a
        Teach-in database)."""
        try:
            conn = self._open().conn
            state = self.state()
            takings, changed = self._takings(conn)
            names = {t.quiz for t in takings} if quizzes is None else set(quizzes)
            for quiz in names:
                self._read_quiz(conn, quiz, state[0], changed)
        except sqlite3.Error as error:
            self.close()
            said = translate("store", "cannot read the results in {path}: {error}")
            raise StoreError(said.format(path=self.path, error=error)) from error
        self._state = state
        for quiz in changed:  # only the quizzes that changed are listed again
            latest = self._latest.get(quiz, {})
            self._lists[quiz] = [g for _, g in latest.values() if g is not None]
        return Rows(takings, dict(self._lists), frozenset(changed))

    def _read_quiz(self, conn: sqlite3.Connection, quiz: str, top: int, changed: set[str]) -> None:
        """The answers to ``quiz`` stored since it was last read, up to rowid ``top`` (the
        newest when the read began: later ones are read next time)."""
        latest = self._latest.setdefault(quiz, {})
        rows = conn.execute(_NEW_ANSWERS, [self._rowids.get(quiz, 0), top, quiz])
        self._rowids[quiz] = max(top, self._rowids.get(quiz, 0))
        for attempt, question, at, answer_id, response, correct, points, number in rows:
            key, seen = (at, answer_id), latest.get((attempt, question))
            if seen is not None and seen[0] > key:
                continue  # a merged bundle brought an older answer after a newer one
            value = number if number is not None else _decoded(response)
            mark = None if correct is None else bool(correct)
            given = None if value is None else Given(attempt, question, value, mark, points)
            latest[attempt, question] = (key, given)
            changed.add(quiz)

    def _takings(self, conn: sqlite3.Connection) -> tuple[list[Taking], set[str]]:
        """Every attempt, and the quizzes with a new or newly finished attempt since the last
        read (only those rows are read)."""
        known, changed = self._known, set()
        open_ones = json.dumps([rowid for rowid, t in known.items() if not t.finished])
        for rowid, *values in conn.execute(_ATTEMPTS, [self._attempt_rowid, open_ones]):
            taking = known[rowid] = Taking(*values[:4], bool(values[4]))
            changed.add(taking.quiz)
            self._attempt_rowid = max(self._attempt_rowid, rowid)
        return list(known.values()), changed

    def close(self) -> None:
        self._rowids, self._latest, self._state, self._known, self._lists = {}, {}, None, {}, {}
        self._attempt_rowid = 0
        if self._store is not None and self._own:
            self._store.close()
            self._store = None


# The answer that counted at a moment: the latest per attempt given by then.
_AS_AT = """
SELECT n.response FROM answers n
WHERE n.quiz = ? AND n.question = ? AND n.answered_at <= ?
  AND NOT EXISTS (SELECT 1 FROM answers m WHERE m.attempt_id = n.attempt_id
    AND m.question = n.question AND m.answered_at <= ?
    AND (m.answered_at, m.id) > (n.answered_at, n.id))
ORDER BY n.answered_at, n.id
"""


def responses_as_at(store: Store, quiz: str, question: str, at: str) -> list[object]:
    """The responses that counted at ``at`` (ISO UTC): what a room chart showed then."""
    rows = store.conn.execute(_AS_AT, [quiz, question, at, at])
    values = []
    for (response,) in rows:
        try:
            value = json.loads(response)
        except ValueError:
            continue
        if value is not None:
            values.append(value)
    return values
