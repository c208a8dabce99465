"""A damaged results database, each way it can arrive: the damaged file is kept aside as it was
(moved, never overwritten), the newest good backup is put in its place, the facilitator is told
(``Store.recovery``, ``Store.notices``, the events log, the CLI), and every answer any backup
holds is still there."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from teachin.__main__ import main
from teachin.store import answers as ops
from teachin.store import open_store
from teachin.store.backup import backups, check_file
from teachin.store.db import StoreError, open_for_reading


def _workshop(data_dir: Path) -> tuple[set[str], set[str]]:
    """Three starts of the quiz: 10 answers, then 10 more, then 5 more that no backup holds.
    Returns (ids some backup holds, ids only in the database itself)."""
    ids: list[str] = []
    for start, count in enumerate((10, 10, 5)):
        with open_store() as store:  # each start backs up what was there
            attempt = ops.start_attempt(store, nickname=f"Ana{start}", quiz="pre")
            for i in range(count):
                ids.append(f"s{start}-{i}")
                ops.record_answer(
                    store, answer_id=ids[-1], attempt_id=attempt, question=f"q{i}",
                    response={"choice": i % 3}, correct=True,
                )  # fmt: skip
    path = data_dir / "teachin.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the damage below hits the file itself
    conn.close()
    return set(ids[:20]), set(ids[20:])


def _in_backups(path: Path) -> set[str]:
    held: set[str] = set()
    for made in backups(path):
        conn = sqlite3.connect(made)
        held |= {row[0] for row in conn.execute("SELECT id FROM answers")}
        conn.close()
    return held


def _sql(statement: str) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        conn = sqlite3.connect(path)
        conn.execute(statement)
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()

    return damage


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _header_only(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


def _flipped_pages(path: Path) -> None:
    """Random bytes over three pages in the middle, as a dying stick or a bad sector would."""
    data = bytearray(path.read_bytes())
    noise = random.Random(11)
    start = (len(data) // 4096 // 2) * 4096
    data[start : start + 3 * 4096] = noise.randbytes(3 * 4096)
    path.write_bytes(bytes(data))


def _byte_in_text(path: Path) -> None:
    """One byte of an answer's text on disk turned into 0xFF: not UTF-8, yet SQLite's checks
    pass (the crash seen in `results show`)."""
    data = bytearray(path.read_bytes())
    at = data.index(b'{"choice": 1}')
    data[at + 3] = 0xFF
    path.write_bytes(bytes(data))


def _folder(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "something.txt").write_text("a folder where the database should be")


def _text(path: Path) -> None:
    path.write_text("Notes for Thursday's workshop\n" * 200)


DAMAGES = {
    "empty file": _empty,
    "truncated": _truncated,
    "only the header": _header_only,
    "flipped pages": _flipped_pages,
    "invalid UTF-8 byte on disk": _byte_in_text,
    "invalid UTF-8 in a response": _sql(
        "UPDATE answers SET response = CAST(x'7b22ff227d' AS TEXT) WHERE id = 's2-1'"
    ),
    "invalid UTF-8 in a nickname": _sql(
        "UPDATE participants SET nickname = CAST(x'41ff' AS TEXT) WHERE nickname = 'Ana2'"
    ),
    "invalid UTF-8 in a setting": _sql(
        "INSERT INTO settings VALUES ('kiosk_quiz', CAST(x'22ff22' AS TEXT))"
    ),
    "user_version newer than its migrations": _sql("PRAGMA user_version = 2"),
    "user_version garbage (huge)": _sql("PRAGMA user_version = 1234567"),
    "user_version garbage (negative)": _sql("PRAGMA user_version = -7"),
    "a folder in its place": _folder,
    "a text file in its place": _text,
}


def _fingerprint(path: Path) -> str:
    if path.is_dir():
        return "folder:" + ",".join(sorted(p.name for p in path.iterdir()))
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("damage", DAMAGES)
def test_damaged_database_is_kept_aside_restored_and_told(data_dir: Path, damage: str) -> None:
    path = data_dir / "teachin.db"
    backed_up, _ = _workshop(data_dir)
    assert _in_backups(path) == backed_up
    DAMAGES[damage](path)
    damaged = _fingerprint(path)

    with open_store() as store:
        recovery = store.recovery
        assert recovery is not None and recovery.restored_from is not None
        assert store.notices == [recovery.message]
        assert "damaged" in recovery.message and recovery.restored_from.name in recovery.message
        assert store.db["events"].count_where("kind = 'notice'") == 1  # in the log too
        ids = {row[0] for row in store.db.execute("SELECT id FROM answers")}
        assert ids == backed_up  # everything the backups hold; the rest is in the kept copy
        ops.all_answers(store)  # and every answer reads
    assert check_file(path, full=True) is None

    # The damaged file is kept as it was (with the answers only it holds), where the message
    # says.
    assert recovery.damaged.parent == data_dir / "quarantine"
    assert str(recovery.damaged) in recovery.message
    assert _fingerprint(recovery.damaged) == damaged

    with open_store() as again:  # the next start is an ordinary one
        assert again.recovery is None and again.notices == []


def test_empty_file_without_any_backup_is_a_new_database(data_dir: Path) -> None:
    """A file SQLite made but never wrote (killed right after creating it): nothing to lose."""
    (data_dir / "teachin.db").write_bytes(b"")
    with open_store() as store:
        assert store.recovery is None and store.notices == []
        assert store.db["answers"].count == 0
    assert not (data_dir / "quarantine").exists()


def test_a_damaged_newest_backup_is_kept_aside_and_an_older_one_restored(data_dir: Path) -> None:
    backed_up, _ = _workshop(data_dir)
    path = data_dir / "teachin.db"
    newest = backups(path)[0]
    _sql("UPDATE answers SET response = CAST(x'ff' AS TEXT) WHERE id = 's1-0'")(newest)
    _sql("UPDATE answers SET response = CAST(x'ff' AS TEXT) WHERE id = 's1-0'")(path)
    with open_store() as store:
        recovery = store.recovery
        assert recovery is not None and recovery.restored_from is not None
        assert recovery.restored_from != newest
        ids = {row[0] for row in store.db.execute("SELECT id FROM answers")}
        assert ids == {i for i in backed_up if i.startswith("s0-")}
    # The bad backup is not left to be rotated away: it is kept with the damaged database.
    [kept_backup] = recovery.set_aside
    assert kept_backup.parent == data_dir / "quarantine" and not newest.exists()


def test_results_show_on_a_damaged_database_says_so_and_shows_the_backup(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _workshop(data_dir)
    _byte_in_text(data_dir / "teachin.db")
    assert main(["results", "show"]) == 0
    out, err = capsys.readouterr()
    assert "damaged" in err and "Traceback" not in err
    assert "Quiz pre (Before we start): 2 people took part, 2 attempt(s)" in out


def test_a_real_newer_database_is_refused_untouched_not_taken_for_damaged(data_dir: Path) -> None:
    _workshop(data_dir)
    path = data_dir / "teachin.db"
    _sql(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('teachin', 'm999_future', '2030-01-01')"
    )(path)
    _sql("PRAGMA user_version = 2")(path)
    before = _fingerprint(path)
    with pytest.raises(StoreError, match="newer Teach-in"):
        open_store()
    with pytest.raises(StoreError, match="newer Teach-in"):
        open_for_reading()
    assert _fingerprint(path) == before and not (data_dir / "quarantine").exists()


def test_a_pipe_in_place_of_the_database_does_not_hang(data_dir: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    _workshop(data_dir)
    path = data_dir / "teachin.db"
    path.unlink()
    os.mkfifo(path)
    with open_store() as store:
        assert store.recovery is not None and "not a regular file" in store.recovery.problem
        assert store.db["answers"].count == 20
