"""What keeps answers safe around the database: backups, quarantine of a damaged file, refusing
a folder that cannot keep answers, and several processes on one data folder."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from teachin.store import answers as ops
from teachin.store import open_store
from teachin.store.backup import backups, check_file
from teachin.store.db import MIN_FREE_BYTES, StoreError


def _fill(store, nickname: str = "Ana", count: int = 50) -> str:
    attempt = ops.start_attempt(store, nickname=nickname, quiz="pre")
    for i in range(count):
        ops.record_answer(
            store, answer_id=ops.new_id(), attempt_id=attempt, question=f"q{i}", response="x" * 200
        )
    return attempt


def test_every_start_makes_a_checked_backup_and_keeps_the_last_five(data_dir: Path) -> None:
    with open_store() as store:
        _fill(store, count=3)
    for _ in range(7):
        open_store().close()
    kept = backups(data_dir / "teachin.db")
    assert len(kept) == 5
    assert all(check_file(b, full=True) is None for b in kept)
    conn = sqlite3.connect(kept[0])
    assert conn.execute("SELECT count(*) FROM answers").fetchone()[0] == 3
    conn.close()


def test_an_interrupted_backup_leaves_no_debris(data_dir: Path) -> None:
    open_store().close()
    (data_dir / "backups").mkdir(exist_ok=True)
    partial = data_dir / "backups" / "teachin-20200101-000000-000000.db.partial"
    partial.write_bytes(b"half a backup")
    with open_store(make_backup=False) as store:
        made = store.backup()  # what the kiosk calls when a session ends
    assert check_file(made, full=True) is None
    assert not partial.exists()
    assert all(p.suffix == ".db" for p in (data_dir / "backups").iterdir())


def _corrupt_pages(path: Path) -> None:
    """Scribble over the middle of the file, as a dying USB stick or a bad sector would."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(os.urandom(4096 * 3))


@pytest.mark.parametrize("damage", ["pages", "header"])
def test_damaged_database_is_kept_aside_and_last_backup_restored(
    data_dir: Path, damage: str
) -> None:
    with open_store() as store:
        attempt = _fill(store, count=60)
    open_store().close()  # this start backs up all 60 answers
    with open_store() as store:  # ...then two more, which only the damaged file will hold
        ops.record_answer(store, answer_id="late", attempt_id=attempt, question="x", response=1)
    path = data_dir / "teachin.db"
    if damage == "pages":
        _corrupt_pages(path)
    else:
        path.write_bytes(b"this is not a database at all" * 100)
    assert check_file(path) is not None

    with open_store() as store:
        assert len(store.notices) == 1
        assert "damaged" in store.notices[0] and "restored" in store.notices[0]
        assert len(ops.answers_for_attempt(store, attempt)) == 60
        assert check_file(path, full=True) is None
        # The facilitator's message is also in the log.
        assert store.db["events"].count_where("kind = 'notice'") == 1
    kept = list((data_dir / "quarantine").glob("teachin-*.db"))
    assert len(kept) == 1 and check_file(kept[0]) is not None


def test_damaged_without_backup_starts_fresh_and_says_so(data_dir: Path) -> None:
    path = data_dir / "teachin.db"
    path.write_bytes(b"garbage" * 1000)
    with open_store() as store:
        assert "no good backup" in store.notices[0]
        assert store.db["answers"].count == 0
    assert len(list((data_dir / "quarantine").iterdir())) == 1


def test_damaged_file_open_elsewhere_is_not_moved(data_dir: Path) -> None:
    other = open_store()  # another window holds the folder (flock is per open file)
    try:
        other.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # so page 1 is read from the file
        path = data_dir / "teachin.db"
        with open(path, "r+b") as handle:
            handle.write(b"garbage header!!")
        with pytest.raises(StoreError, match="another Teach-in window"):
            open_store(make_backup=False)
        assert path.exists() and not (data_dir / "quarantine").exists()
    finally:
        other.close()


# --- folders that cannot keep answers: a real small or read-only file system (tmpfs) ---------


@contextlib.contextmanager
def _tmpfs(where: Path, size: str, *, read_only: bool = False):
    where.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode().strip()}")
    try:
        if read_only:
            subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_read_only_folder_refuses_to_start(tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "ro", "8M", read_only=True) as folder:
        with pytest.raises(StoreError, match="Cannot save answers") as error:
            open_store(folder / "teachin.db")
        assert "Read-only file system" in str(error.value)


def test_nearly_full_disk_refuses_to_start(tmp_path: Path) -> None:
    with (
        _tmpfs(tmp_path / "small", f"{MIN_FREE_BYTES // 2}") as folder,
        pytest.raises(StoreError, match="nearly full"),
    ):
        open_store(folder / "teachin.db")


def test_disk_filling_up_mid_quiz_refuses_the_answer_and_keeps_the_others(
    tmp_path: Path,
) -> None:
    with _tmpfs(tmp_path / "fills", f"{MIN_FREE_BYTES * 2}") as folder:
        store = open_store(folder / "teachin.db")
        attempt = _fill(store, count=5)
        ballast = folder / "ballast"
        with open(ballast, "wb") as handle, contextlib.suppress(OSError):
            while True:  # until ENOSPC
                handle.write(b"\0" * 65536)
                handle.flush()
        with pytest.raises(StoreError, match="could not save the answer: database or disk is full"):
            for i in range(2000):  # the WAL's free pages may take a few answers first
                ops.record_answer(
                    store, answer_id=ops.new_id(), attempt_id=attempt, question=f"z{i}",
                    response="y" * 4000,
                )  # fmt: skip
        saved = store.db["answers"].count
        ballast.unlink()
        ops.record_answer(store, answer_id="after", attempt_id=attempt, question="ok", response=1)
        assert store.db["answers"].count == saved + 1
        store.close()
        assert check_file(folder / "teachin.db", full=True) is None


# --- two processes on one data folder -----------------------------------------------------

WRITER = """
import sys
from pathlib import Path
from teachin.store import open_store, answers
store = open_store(Path(sys.argv[1]))
attempt = answers.start_attempt(store, nickname=sys.argv[2], quiz="pre")
for i in range(int(sys.argv[3])):
    answers.record_answer(store, answer_id=f"{sys.argv[2]}-{i}", attempt_id=attempt,
                          question=f"q{i % 7}", response=i)
store.close()
print("done")
"""


def test_two_processes_writing_at_once_lose_nothing(data_dir: Path) -> None:
    path = data_dir / "teachin.db"
    count = 400
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), name, str(count)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("ana", "bo")
    ]
    # Meanwhile this process reads, as the room chart would.
    seen = 0
    while any(w.poll() is None for w in writers):
        if path.exists():
            with contextlib.suppress(StoreError), open_store(read_only=True) as viewer:
                seen = max(seen, len(ops.answers_for_question(viewer, "pre", "q0")))
    for writer in writers:
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        assert out.strip() == "done"
    with open_store() as store:
        ids = {row["id"] for row in store.db["answers"].rows}
        assert ids == {f"{n}-{i}" for n in ("ana", "bo") for i in range(count)}
        assert store.notices == []
    assert check_file(path, full=True) is None


def test_second_window_in_one_process_can_write_too(data_dir: Path) -> None:
    first, second = open_store(), open_store(make_backup=False)
    try:
        a = ops.start_attempt(first, nickname="Ana", quiz="pre")
        b = ops.start_attempt(second, nickname="Bo", quiz="pre")
        for i in range(20):
            ops.record_answer(first, answer_id=str(uuid.uuid4()), attempt_id=a, question="q",
                              response=i)  # fmt: skip
            ops.record_answer(second, answer_id=str(uuid.uuid4()), attempt_id=b, question="q",
                              response=i)  # fmt: skip
        assert first.db["answers"].count == 40
    finally:
        first.close()
        second.close()


def test_room_answers_follow_a_quiz_in_another_process(data_dir: Path) -> None:
    from teachin.store.reader import RoomAnswers

    room = RoomAnswers()
    assert room("pre", "q0") == []  # no database yet: the deck still shows, waiting
    script = WRITER.replace('question=f"q{i % 7}"', 'question="q0"')
    done = subprocess.run(
        [sys.executable, "-c", script, str(data_dir / "teachin.db"), "ana", "3"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert room("pre", "q0") == [2]  # Ana's latest answer to q0
    with open_store() as kiosk:  # a second participant answers while the reader stays open
        attempt = ops.start_attempt(kiosk, nickname="Bo", quiz="pre")
        ops.record_answer(kiosk, answer_id="b", attempt_id=attempt, question="q0", response=7)
        assert sorted(room("pre", "q0")) == [2, 7]
    room.close()
