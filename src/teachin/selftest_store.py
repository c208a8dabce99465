"""The store part of ``teachin --self-test``: a real database in a temporary folder.

Opens a database, answers an attempt, reads it back through a second (read-only) connection,
retries an answer, takes a backup, sets and checks a PIN, restores that backup in place of a
damaged copy, exports a bundle and merges it into a second database twice. Any failure raises
with a message saying which step broke.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path


class StoreCheckFailed(Exception):
    pass


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise StoreCheckFailed(what)


def check_store(tmpdir: Path) -> None:
    from teachin.store import answers as ops
    from teachin.store import open_store, pin
    from teachin.store.backup import backups, check_file
    from teachin.store.bundle import export_bundle, merge_bundle

    tmpdir = Path(tmpdir)
    path = tmpdir / "laptop" / "teachin.db"
    responses = {"q1": {"choice": 2}, "q2": "free text — ünïcode", "q3": [1, 3]}
    with open_store(path) as store:
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
        _expect(mode == "wal", f"journal_mode is {mode}, not wal")
        attempt = ops.start_attempt(store, nickname="self-test", quiz="selftest")
        for question, response in responses.items():
            _expect(
                ops.record_answer(
                    store,
                    answer_id=f"st-{question}",
                    attempt_id=attempt,
                    question=question,
                    response=response,
                    correct=question != "q2",
                ),
                f"answer {question} was not stored",
            )
        again = ops.record_answer(
            store, answer_id="st-q1", attempt_id=attempt, question="q1", response={"choice": 2}
        )
        _expect(again is False, "a retried answer was stored twice")
        ops.finish_attempt(store, attempt_id=attempt)
        pin.set_pin(store, "4321")
        _expect(pin.check_pin(store, "4321") and not pin.check_pin(store, "1234"), "PIN check")
        bundle = export_bundle(store, tmpdir / "usb")

    with open_store(path, read_only=True) as viewer:
        got = {q: a.response for q, a in ops.answers_for_attempt(viewer, attempt).items()}
        _expect(got == responses, f"answers read back differ: {got}")
        _expect(ops.attempts_for(viewer, "self-test")[0].finished, "attempt not finished")
    with open_store(path) as reopened:  # this start makes a backup
        _expect(reopened.notices == [], f"unexpected notices: {reopened.notices}")
    _expect(bool(backups(path)), "no backup was made")
    _expect(check_file(path, full=True) is None, "integrity_check failed")

    damaged = tmpdir / "damaged" / "teachin.db"  # a copy of the laptop's folder, damaged
    shutil.copytree(path.parent, damaged.parent)
    damaged.write_bytes(b"no longer a database " * 200)
    with open_store(damaged) as restored:
        recovery = restored.recovery
        _expect(recovery is not None and recovery.restored_from is not None, "no restore")
        got = {q: a.response for q, a in ops.answers_for_attempt(restored, attempt).items()}
        _expect(got == responses, f"the restored backup holds {got}")

    with open_store(tmpdir / "facilitator" / "teachin.db") as merged:
        first = merge_bundle(merged, bundle)
        second = merge_bundle(merged, bundle)
        _expect(first.added.get("answers") == 3, f"merge added {first.added}")
        _expect(second.already_merged is not None, "merging twice was not a no-op")
        count = merged.db["answers"].count
        _expect(count == 3, f"{count} answers after merging twice")
    try:
        conn = sqlite3.connect(tmpdir / "facilitator" / "teachin.db")
        conn.execute("SELECT count(*) FROM answers").fetchone()
        conn.close()
    except sqlite3.Error as error:
        raise StoreCheckFailed(f"merged database is not plain SQLite: {error}") from error
