"""Reading results writes nothing: an organiser opens a copy on a locked-down stick (a read-only
file system), or looks at the kiosk's own folder, and the folder is left exactly as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from teachin.store import answers as ops
from teachin.store import open_store
from teachin.store.db import StoreError, open_for_reading
from test_store_safety import _tmpfs


def _answers(folder: Path, count: int = 12) -> set[str]:
    ids = {f"a{i}" for i in range(count)}
    with open_store(folder / "teachin.db") as store:
        attempt = ops.start_attempt(store, nickname="Ana", quiz="pre")
        for answer_id in sorted(ids):
            ops.record_answer(store, answer_id=answer_id, attempt_id=attempt, question=answer_id,
                              response={"choice": 1}, correct=True)  # fmt: skip
    return ids


def _state(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder``: its size and modification time (ns)."""
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


def _read_ids(folder: Path) -> set[str]:
    with open_for_reading(folder / "teachin.db") as store:
        assert store.read_only
        return {a.id for a in ops.all_answers(store)}


def test_reading_a_closed_database_leaves_its_folder_as_it_was(tmp_path: Path) -> None:
    ids = _answers(tmp_path)
    before = _state(tmp_path)
    assert _read_ids(tmp_path) == ids
    assert _state(tmp_path) == before  # no -wal, -shm, backup, lock or probe file; no change


def test_reading_from_a_read_only_file_system(tmp_path: Path) -> None:
    ids = _answers(tmp_path / "laptop")
    with _tmpfs(tmp_path / "stick", "8M") as stick:
        shutil.copytree(tmp_path / "laptop", stick / "copy")
        subprocess_remount_read_only(stick)
        before = _state(stick)
        assert _read_ids(stick / "copy") == ids
        assert _state(stick) == before
        with pytest.raises(StoreError, match="Cannot save answers"):  # writing is refused
            open_store(stick / "copy" / "teachin.db")


def test_reading_a_copy_taken_while_the_quiz_was_writing(tmp_path: Path) -> None:
    """Copied mid-quiz: the newest answers are only in teachin.db-wal, and SQLite cannot make
    the -shm it needs to read that on a read-only stick; they are read all the same."""
    laptop = tmp_path / "laptop"
    _answers(laptop, count=3)
    with _tmpfs(tmp_path / "stick", "8M") as stick:
        store = open_store(laptop / "teachin.db")
        try:
            attempt = ops.start_attempt(store, nickname="Bo", quiz="pre")
            ops.record_answer(store, answer_id="late", attempt_id=attempt, question="q",
                              response=2)  # fmt: skip
            (stick / "copy").mkdir()
            for name in ("teachin.db", "teachin.db-wal"):
                shutil.copyfile(laptop / name, stick / "copy" / name)
        finally:
            store.close()
        conn = sqlite3.connect(f"{(stick / 'copy' / 'teachin.db').as_uri()}?immutable=1", uri=True)
        assert conn.execute("SELECT count(*) FROM answers WHERE id = 'late'").fetchone() == (0,)
        conn.close()  # the main file alone does not have it
        subprocess_remount_read_only(stick)
        before = _state(stick)
        with open_for_reading(stick / "copy" / "teachin.db") as reader:
            assert "late" in {a.id for a in ops.all_answers(reader)}
            scratch = reader._scratch
            assert scratch is not None and scratch.exists()
        assert not scratch.exists()  # the private copy is gone with the reader
        assert _state(stick) == before


def test_a_damaged_database_on_a_read_only_stick_shows_its_backup(tmp_path: Path) -> None:
    ids = _answers(tmp_path / "laptop")
    open_store(tmp_path / "laptop" / "teachin.db").close()  # a backup of all of them
    with _tmpfs(tmp_path / "stick", "8M") as stick:
        shutil.copytree(tmp_path / "laptop", stick / "copy")
        (stick / "copy" / "teachin.db").write_bytes(b"not a database any more" * 300)
        subprocess_remount_read_only(stick)
        before = _state(stick)
        with open_for_reading(stick / "copy" / "teachin.db") as reader:
            assert {a.id for a in ops.all_answers(reader)} == ids
            recovery = reader.recovery
            assert recovery is not None and recovery.kept_in_place
            assert reader.notices == [recovery.message]
            assert "Nothing was changed" in recovery.message
        assert _state(stick) == before


def test_reading_says_plainly_when_there_is_nothing_to_read(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no results database"):
        open_for_reading(tmp_path / "teachin.db")
    (tmp_path / "teachin.db").write_bytes(b"")
    with pytest.raises(StoreError, match="no answers yet"):
        open_for_reading(tmp_path / "teachin.db")
    (tmp_path / "teachin.db").write_bytes(b"junk" * 1000)  # damaged, and no backup
    with pytest.raises(StoreError, match=r"damaged .* no good backup"):
        open_for_reading(tmp_path / "teachin.db")


def subprocess_remount_read_only(where: Path) -> None:
    import subprocess

    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
