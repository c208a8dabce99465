"""The presenter's slide log (store/slide_log.py): what was shown reaches the database in short
visits from the presenter's timer, the file is checked at the first visit only (checking a
workshop's 100,000 answers every 30 s stalled the slides), a damaged file is still found and
dealt with, and a write that fails never stops the show."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from teachin.store import answers as ops
from teachin.store import backup, open_store
from teachin.store.db import open_for_reading
from teachin.store.slide_log import SLIDE_SHOWN, SlideLog, logged


def _quiz_ran(path: Path) -> None:
    """A kiosk took one answer (its open made a backup), then closed."""
    with open_store(path) as store:
        attempt = ops.start_attempt(store, nickname="Ana", quiz="pre")
        ops.record_answer(
            store, answer_id="a1", attempt_id=attempt, question="q1",
            response={"choice": 1}, correct=True,
        )  # fmt: skip


def _slides(path: Path) -> list[int]:
    with open_for_reading(path) as store:
        return [e.detail["slide"] for e in logged(store) if e.kind == SLIDE_SHOWN]


def _opened_events(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM events WHERE kind = 'opened'").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def file_checks(monkeypatch) -> list[Path]:
    """Every full check of a database file (quick_check and reading every cell), by path."""
    checked: list[Path] = []
    real = backup.check_file

    def counting(path: Path, **options) -> str | None:
        checked.append(path)
        return real(path, **options)

    monkeypatch.setattr(backup, "check_file", counting)
    return checked


def test_only_the_first_flush_checks_the_file_and_every_slide_arrives(
    data_dir: Path, file_checks: list[Path]
) -> None:
    path = data_dir / "teachin.db"
    _quiz_ran(path)
    file_checks.clear()
    opened = _opened_events(path)
    log = SlideLog(path)
    for slide in range(1, 7):  # six slides over three timer ticks
        log.shown(slide, 0, f"Slide {slide}")
        if slide % 2 == 0:
            log.flush()
    assert file_checks == [path]  # the first visit only
    assert _slides(path) == [1, 2, 3, 4, 5, 6]
    assert _opened_events(path) == opened + 1  # one "opened" for the show, not one a visit
    with open_for_reading(path) as store:
        assert store.db["answers"].count == 1


NOT_UTF8 = "UPDATE participants SET nickname = CAST(x'41ff' AS TEXT)"  # only the check sees it


def _run(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.fixture
def showing(data_dir: Path) -> tuple[Path, SlideLog]:
    """Two starts of a quiz (so a backup holds its answer), then the slides from the first
    flush on."""
    path = data_dir / "teachin.db"
    _quiz_ran(path)
    _quiz_ran(path)
    log = SlideLog(path)
    log.shown(1, 0, "Welcome")
    log.flush()
    return path, log


def test_a_damaged_file_is_still_found_at_the_first_flush(data_dir: Path) -> None:
    path = data_dir / "teachin.db"
    _quiz_ran(path)
    _quiz_ran(path)
    _run(path, NOT_UTF8)
    log = SlideLog(path)
    log.shown(1, 0, "Welcome")
    log.flush()
    assert len(list((data_dir / "quarantine").iterdir())) == 1  # kept aside, as it was
    assert backup.check_file(path) is None  # the backup in its place
    assert _slides(path) == [1]


def test_a_file_damaged_during_the_show_is_dealt_with_at_the_next_flush(showing) -> None:
    path, log = showing
    for companion in ("-wal", "-shm"):
        path.with_name(path.name + companion).unlink(missing_ok=True)
    path.write_text("Notes for Thursday's workshop\n" * 200)  # SQLite sees this one
    log.shown(2, 0, "Agenda")
    log.flush()  # the short visit fails; a full open keeps the file aside, restores the backup
    assert len(list((path.parent / "quarantine").iterdir())) == 1
    assert _slides(path) == [2]  # the backup predates slide 1
    with open_for_reading(path) as store:
        assert store.db["answers"].count == 1


def test_damage_sqlite_cannot_see_is_kept_aside_by_the_next_full_open(showing) -> None:
    """Between checks the log writes as a kiosk does during a quiz; the damaged file is kept
    aside, and the backup restored, by the next full open at the latest (a kiosk starting)."""
    path, log = showing
    _run(path, NOT_UTF8)
    log.shown(2, 0, "Agenda")
    log.flush()
    with open_store(path) as kiosk:
        assert kiosk.db["answers"].count == 1
        assert [row[0] for row in kiosk.conn.execute("SELECT nickname FROM participants")]
    assert len(list((path.parent / "quarantine").iterdir())) == 1


def test_a_write_refused_during_the_show_stops_the_log_quietly(showing, caplog) -> None:
    path, log = showing
    # Every new event refused, as a full disk would.
    _run(path, "CREATE TRIGGER no BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'full'); END")
    log.shown(2, 0, "Agenda")
    log.flush()  # no exception into the presenter's timer
    assert "not logging what the presenter shows" in caplog.text
    log.shown(3, 0, "Break")
    log.close()
    assert _slides(path) == [1]
