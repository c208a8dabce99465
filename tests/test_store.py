"""The results store: answers kept once and read back, schema versioning, pragmas, the PIN."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from teachin.store import answers as ops
from teachin.store import open_store, pin
from teachin.store.db import StoreError, default_path
from teachin.store.schema import SCHEMA_VERSION


@pytest.fixture
def store(data_dir: Path):
    with open_store() as opened:
        yield opened


def test_database_lives_in_the_data_folder(store, data_dir: Path) -> None:
    assert store.path == data_dir / "teachin.db" == default_path()
    assert store.path.exists()


def test_safe_pragmas_are_in_force(store) -> None:
    pragma = lambda name: store.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 5000
    assert pragma("user_version") == SCHEMA_VERSION


def test_answer_is_committed_and_read_back_by_another_connection(store) -> None:
    attempt = ops.start_attempt(store, nickname="Ana", quiz="pre", quiz_version="abc")
    answer_id = ops.new_id()
    response = {"choices": [2, 0], "text": "Kapitalismus — ça va"}
    assert ops.record_answer(
        store, answer_id=answer_id, attempt_id=attempt, question="q1", response=response,
        correct=True, points=1.5,
    )  # fmt: skip
    # A second, independent connection sees it at once: it was committed, not merely buffered.
    other = sqlite3.connect(store.path)
    row = other.execute("SELECT id, quiz, response, correct, points FROM answers").fetchone()
    other.close()
    assert row[0] == answer_id and row[1] == "pre" and row[3] == 1 and row[4] == 1.5
    [answer] = ops.answers_for_question(store, "pre", "q1")
    assert answer.response == response
    assert answer.nickname == "Ana" and answer.correct is True


def test_retry_with_the_same_id_does_not_duplicate(store) -> None:
    attempt = ops.start_attempt(store, nickname="Ana", quiz="pre")
    answer_id = ops.new_id()
    kwargs = dict(answer_id=answer_id, attempt_id=attempt, question="q1", response="b")
    assert ops.record_answer(store, **kwargs) is True
    assert ops.record_answer(store, **kwargs) is False
    assert store.db["answers"].count == 1


def test_unknown_attempt_is_refused_loudly(store) -> None:
    with pytest.raises(StoreError, match="no attempt"):
        ops.record_answer(
            store, answer_id=ops.new_id(), attempt_id="nope", question="q", response=1
        )
    assert store.db["answers"].count == 0


def test_changed_answer_supersedes_but_history_is_kept(store) -> None:
    attempt = ops.start_attempt(store, nickname="Ana", quiz="pre")
    for response in ("a", "b", "c"):
        ops.record_answer(
            store, answer_id=ops.new_id(), attempt_id=attempt, question="q1", response=response
        )
    assert [a.response for a in ops.answers_for_question(store, "pre", "q1")] == ["c"]
    assert ops.answers_for_attempt(store, attempt)["q1"].response == "c"
    assert [a.response for a in ops.all_answers(store)] == ["a", "b", "c"]


def test_a_cleared_answer_leaves_the_room_chart(store) -> None:
    attempt = ops.start_attempt(store, nickname="Ana", quiz="pre")
    ops.record_answer(store, answer_id="1", attempt_id=attempt, question="q", response=2)
    ops.record_answer(store, answer_id="2", attempt_id=attempt, question="q", response=None)
    assert ops.answers_for_question(store, "pre", "q") == []
    assert ops.answers_for_attempt(store, attempt)["q"].response is None  # resume sees it
    ops.record_answer(store, answer_id="3", attempt_id=attempt, question="q", response=0)
    assert [a.response for a in ops.answers_for_question(store, "pre", "q")] == [0]


def test_room_chart_gets_one_current_answer_per_attempt(store) -> None:
    for nickname, response in (("Ana", 1), ("Bo", 2), ("Cy", 2)):
        attempt = ops.start_attempt(store, nickname=nickname, quiz="pre")
        ops.record_answer(
            store, answer_id=ops.new_id(), attempt_id=attempt, question="q1", response=response
        )
    other = ops.start_attempt(store, nickname="Dee", quiz="post")
    ops.record_answer(store, answer_id=ops.new_id(), attempt_id=other, question="q1", response=9)
    chart = ops.answers_for_question(store, "pre", "q1")
    assert sorted((a.nickname, a.response) for a in chart) == [("Ana", 1), ("Bo", 2), ("Cy", 2)]


def test_attempts_for_nickname_and_finishing(store) -> None:
    first = ops.start_attempt(store, nickname=" Ana ", quiz="pre")
    second = ops.start_attempt(store, nickname="Ana", quiz="post")
    ops.start_attempt(store, nickname="Bo", quiz="pre")
    ops.finish_attempt(store, attempt_id=first)
    found = ops.attempts_for(store, "Ana")
    assert [a.id for a in found] == [first, second]
    assert found[0].finished and not found[1].finished
    assert [a.id for a in ops.attempts_for(store, "Ana", quiz="post")] == [second]
    # One participant row for Ana on this laptop, however often she starts.
    assert store.db["participants"].count == 2


def test_start_attempt_retry_with_same_id_is_harmless(store) -> None:
    attempt_id = ops.new_id()
    ops.start_attempt(store, nickname="Ana", quiz="pre", attempt_id=attempt_id)
    ops.start_attempt(store, nickname="Ana", quiz="pre", attempt_id=attempt_id)
    assert store.db["attempts"].count == 1


def test_nested_writes_are_one_transaction(store) -> None:
    attempt = ops.start_attempt(store, nickname="Ana", quiz="pre")
    with pytest.raises(RuntimeError), store.write():
        ops.record_answer(store, answer_id="in", attempt_id=attempt, question="q", response=1)
        raise RuntimeError("the outer step failed")
    assert store.db["answers"].count == 0  # rolled back with the outer transaction
    with store.write():
        ops.record_answer(store, answer_id="in", attempt_id=attempt, question="q", response=1)
    assert store.db["answers"].count == 1
    store.close()
    store.close()  # closing twice is harmless


def test_reopen_keeps_device_id_and_answers(data_dir: Path) -> None:
    with open_store() as first:
        attempt = ops.start_attempt(first, nickname="Ana", quiz="pre")
        ops.record_answer(first, answer_id="a1", attempt_id=attempt, question="q", response=1)
        device = first.device_id
    with open_store() as again:
        assert again.device_id == device
        assert ops.answers_for_attempt(again, attempt)["q"].response == 1
        assert again.notices == []


def test_newer_schema_is_refused_untouched(data_dir: Path) -> None:
    open_store().close()
    path = data_dir / "teachin.db"
    conn = sqlite3.connect(path)
    # What a newer Teach-in leaves: one more migration recorded, and the version to match (a
    # version its migrations do not bear out is a damaged header: tests/test_store_damaged.py).
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('teachin', 'm999_future', '2030-01-01')"
    )
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer Teach-in"):
        open_store()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    conn.close()


def test_old_schema_is_migrated_after_a_backup(data_dir: Path) -> None:
    # A database from before any migration (an empty file, user_version 0) is brought up to date.
    path = data_dir / "teachin.db"
    sqlite3.connect(path).close()
    with open_store() as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert {"answers", "attempts", "participants", "events", "settings"} <= set(
            store.db.table_names()
        )
        applied = [m["name"] for m in store.db["_sqlite_migrations"].rows]
        assert applied[0] == "m001_initial"


def test_read_only_viewer_sees_answers_and_cannot_write(store) -> None:
    attempt = ops.start_attempt(store, nickname="Ana", quiz="pre")
    ops.record_answer(store, answer_id=ops.new_id(), attempt_id=attempt, question="q", response=3)
    with open_store(read_only=True) as viewer:
        assert [a.response for a in ops.answers_for_question(viewer, "pre", "q")] == [3]
        with pytest.raises(StoreError):
            ops.start_attempt(viewer, nickname="Bo", quiz="pre")


def test_read_only_viewer_works_after_the_quiz_closed(data_dir: Path) -> None:
    with open_store() as store:
        attempt = ops.start_attempt(store, nickname="Ana", quiz="pre")
        ops.record_answer(store, answer_id="a", attempt_id=attempt, question="q", response=1)
    with open_store(read_only=True) as viewer:
        assert [a.id for a in ops.answers_for_question(viewer, "pre", "q")] == ["a"]
    with open_store() as again:  # and the quiz starts again without fuss
        assert again.notices == [] and again.db["answers"].count == 1


def test_read_only_viewer_without_a_database_says_so() -> None:
    with pytest.raises(StoreError, match="no results database"):
        open_store(read_only=True)


def test_pin_is_stored_only_as_a_salted_scrypt_hash(store) -> None:
    assert not pin.has_pin(store) and not pin.check_pin(store, "1234")
    pin.set_pin(store, "2468")
    stored = store.db["settings"].get("pin_hash")["value"]
    assert stored.startswith("scrypt$") and "2468" not in stored
    assert pin.check_pin(store, "2468")
    assert not pin.check_pin(store, "2469") and not pin.check_pin(store, "")
    # Same PIN, new salt: two hashes differ, both verify.
    again = pin.hash_pin("2468")
    assert again != stored and pin.verify_pin("2468", again)
    with pytest.raises(ValueError):
        pin.set_pin(store, "12")
    assert not pin.verify_pin("2468", "garbage")


def test_a_later_migration_runs_once_after_a_backup_and_old_builds_refuse(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlite_utils.migrations import Migrations

    from teachin.store import backup, db, schema

    with open_store() as store:  # written by "this" build (schema 1)
        attempt = ops.start_attempt(store, nickname="Ana", quiz="pre")
        ops.record_answer(store, answer_id="a", attempt_id=attempt, question="q", response=1)

    newer = Migrations("teachin")
    newer(name="m001_initial")(schema.m001_initial)

    @newer()
    def m002_add_room(database) -> None:
        database["attempts"].add_column("room", str)

    with monkeypatch.context() as patched:
        patched.setattr(db, "migrations", newer)
        patched.setattr(db, "SCHEMA_VERSION", 2)
        with open_store() as store:  # the "next" build migrates...
            assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 2
            assert "room" in store.db["attempts"].columns_dict
            assert ops.answers_for_attempt(store, attempt)["q"].response == 1
        # ...after a backup that still has the old schema
        oldest = sqlite3.connect(backup.backups(data_dir / "teachin.db")[0])
        assert oldest.execute("PRAGMA user_version").fetchone()[0] == 1
        oldest.close()
        with open_store() as store:  # and only once
            names = [row["name"] for row in store.db["_sqlite_migrations"].rows]
            assert names == ["m001_initial", "m002_add_room"]
    with pytest.raises(StoreError, match="newer Teach-in"):  # the old build keeps off it
        open_store(data_dir / "teachin.db")
