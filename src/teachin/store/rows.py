"""Rows that come from elsewhere (a bundle's database) checked before they are merged.

SQLite keeps whatever type a value arrives with, so a bundle made by hand or damaged in a way
its checksum was made over can hold an answer whose response is not JSON, a time that is not a
time, a 50 MB nickname, or an id that is already here with other content. Every reader of the
results (the room chart, ``results show``, the export) would then fail or mislead; so such a
bundle is refused whole, with the first bad row named.
"""

from __future__ import annotations

import json
import sqlite3

from teachin.store.schema import MERGED_TABLES

SHORT = 1_000  # ids, names: characters
LONG = 100_000  # a response or an event's detail (JSON text)

# Each rule is an SQL condition on the column ``{c}`` that is true for a bad value, and what is
# wrong then; all run in SQLite (a bundle of 60,000 answers is checked in one pass of C).
Rule = tuple[str, str]
TEXT: Rule = (
    f"typeof({{c}}) != 'text' OR length({{c}}) NOT BETWEEN 1 AND {SHORT}",
    f"is not text of 1 to {SHORT:,} characters",
)
# The form now_iso() writes, with a real date and time: SQLite reads 30 February as 2 March
# (a round trip of the date alone shows it) and allows hour 24, which Python's fromisoformat
# refuses; a year before 2000 is no workshop's (and year 1 overflows a local time west of UTC).
# (A round trip of the whole time would not do: a julianday is only good to ~50 us.)
TIME: Rule = (
    "typeof({c}) != 'text' OR {c} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T"
    "[0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]+00:00' "
    "OR date(julianday(substr({c}, 1, 10))) IS NOT substr({c}, 1, 10) "
    "OR substr({c}, 12, 2) > '23' OR substr({c}, 1, 4) NOT BETWEEN '2000' AND '9998'",
    "is not a time",
)
# Python reads what SQLite calls JSON, but for nesting deeper than its recursion limit and
# integers of over 4,300 digits: values that long are read in Python too (bad_rows).
JSON: Rule = (
    f"typeof({{c}}) != 'text' OR length({{c}}) > {LONG} OR NOT json_valid({{c}})",
    "is not JSON text",
)
FLAG: Rule = (
    "{c} IS NOT NULL AND (typeof({c}) != 'integer' OR {c} NOT IN (0, 1))",
    "is not 0, 1 or empty",
)
POINTS: Rule = (
    "{c} IS NOT NULL AND (typeof({c}) NOT IN ('integer', 'real') OR abs({c}) > 1e9)",
    "is not a number of points",
)


def _or_empty(rule: Rule) -> Rule:
    return "{c} IS NOT NULL AND (" + rule[0] + ")", rule[1]


MAYBE_TEXT, MAYBE_TIME, MAYBE_JSON = _or_empty(TEXT), _or_empty(TIME), _or_empty(JSON)

COLUMNS: dict[str, dict[str, Rule]] = {
    "participants": {"id": TEXT, "nickname": TEXT, "device_id": TEXT, "created_at": TIME},
    "attempts": {
        "id": TEXT,
        "participant_id": TEXT,
        "quiz": TEXT,
        "quiz_version": MAYBE_TEXT,
        "device_id": TEXT,
        "started_at": TIME,
        "finished_at": MAYBE_TIME,
    },
    "answers": {
        "id": TEXT,
        "attempt_id": TEXT,
        "quiz": TEXT,
        "question": TEXT,
        "response": JSON,
        "correct": FLAG,
        "points": POINTS,
        "answered_at": TIME,
        "device_id": TEXT,
    },
    "events": {
        "id": TEXT,
        "at": TIME,
        "device_id": TEXT,
        "kind": TEXT,
        "attempt_id": MAYBE_TEXT,
        "detail": MAYBE_JSON,
    },
}
JSON_COLUMNS = {("answers", "response"), ("events", "detail")}


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
    for table, rules in COLUMNS.items():
        # One pass per table; sizes first, so a huge cell is never read into Python.
        cases = [f"WHEN length(CAST({c} AS BLOB)) > {4 * LONG} THEN '{c} is too large'"
                 for c in rules]  # fmt: skip
        cases += [f"WHEN {sql.format(c=c)} THEN '{c} {why}'" for c, (sql, why) in rules.items()]
        found = conn.execute(
            f"SELECT id, why FROM (SELECT CAST(id AS BLOB) AS id, CASE {' '.join(cases)} END"
            f" AS why FROM {schema}.{table}) WHERE why IS NOT NULL LIMIT 1"
        ).fetchone()
        if found:
            shown = found[0].decode("utf-8", "replace")[:40] if found[0] else "?"
            return f"{table} {shown!r}: {found[1]}"
    for table, column in JSON_COLUMNS:
        rows = conn.execute(
            f"SELECT id, {column} FROM {schema}.{table} WHERE length({column}) > {SHORT}"
        )
        for row_id, text in rows:
            try:
                json.loads(text)
            except (ValueError, RecursionError):
                return f"{table} {str(row_id)[:40]!r}: {column} is not JSON text"
    return None


# Columns that never change once written; an attempt's finished_at may go from empty to a time.
_SAME = {
    "participants": ("nickname", "device_id", "created_at"),
    "attempts": ("participant_id", "quiz", "quiz_version", "device_id", "started_at"),
    "answers": tuple(c for c in COLUMNS["answers"] if c != "id"),
    "events": tuple(c for c in COLUMNS["events"] if c != "id"),
}


def colliding_row(conn: sqlite3.Connection, incoming: str = "bundle.{}") -> str | None:
    """A row of ``incoming`` (a table name pattern, ``{}`` for the table) whose id is already
    in ``main`` with other content, or None. Ids are UUIDs made where the row was written, so
    that is a forged or damaged row; merging it would silently keep one of the two."""
    for table, columns in _SAME.items():
        differs = [f"b.{c} IS NOT m.{c}" for c in columns]
        if table == "attempts":  # both finished, at different times: not the same attempt
            differs.append(
                "(b.finished_at IS NOT m.finished_at AND b.finished_at IS NOT NULL"
                " AND m.finished_at IS NOT NULL)"
            )
        found = conn.execute(
            f"SELECT b.id FROM {incoming.format(table)} b JOIN main.{table} m ON m.id = b.id "
            f"WHERE {' OR '.join(differs)} LIMIT 1"
        ).fetchone()
        if found:
            return f"{table} {str(found[0])[:40]!r} is already here with other content"
    return None
