"""Crash test: quiz writers killed with SIGKILL at random moments, well over 100 times.

Every answer whose ``record_answer`` returned before the kill (logged "A <id>" after it returned)
must be in the database afterwards, with its content; a write that was in flight at the kill is
retried by the next writer with the *same* id, and must not be duplicated; ``integrity_check``
must say ok and no start may mistake the file for damaged.

To keep 100+ kills inside a minute, a spawner process imports the store once and forks each
writer (no SQLite connection is open at the fork). Every fourth round runs two writers at once.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

import pytest

KILLS = 104  # rounds; every fourth kills two writers: 130 kills


def _read_log(log: Path) -> list[list[str]]:
    if not log.exists():
        return []
    return [line.split() for line in log.read_text().splitlines() if line.strip()]


def _writer(slot: int, folder: Path, log: Path) -> None:
    """One quiz writer: resume from its log (retrying whatever was in flight), then answer."""
    from teachin.store import answers, open_store

    lines = _read_log(log)
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    note = lambda *words: os.write(fd, (" ".join(map(str, words)) + "\n").encode())  # noqa: E731
    acked = {words[1] for words in lines if words[0] == "A"}
    pending = [words for words in lines if words[0] == "P" and words[1] not in acked]
    attempts = [words[1] for words in lines if words[0] == "PT"]
    seq = max((int(words[2]) for words in lines if words[0] == "P"), default=0)

    store = open_store(folder / "teachin.db")
    attempt = attempts[-1] if attempts else answers.new_id()
    if not attempts:
        note("PT", attempt)
    answers.start_attempt(store, nickname=f"writer{slot}", quiz="crash", attempt_id=attempt)
    note("T", attempt)

    def answer(answer_id: str, n: int) -> bool:
        response = {"slot": slot, "seq": n, "text": f"answer {n} " * 10}
        return answers.record_answer(
            store, answer_id=answer_id, attempt_id=attempt, question=f"q{n % 20}",
            response=response, correct=n % 3 == 0, points=float(n % 5),
        )  # fmt: skip

    for _, answer_id, n in pending:  # the kiosk retries what it had not seen confirmed
        stored_now = answer(answer_id, int(n))
        note("A", answer_id, n)
        note("R", answer_id, int(stored_now))
    while True:
        seq += 1
        answer_id = answers.new_id()
        note("P", answer_id, seq)  # the id exists before the write
        answer(answer_id, seq)
        note("A", answer_id, seq)  # acknowledged only after the commit returned


def _spawner() -> None:
    """Read "slot folder log" lines; fork a writer for each and print its pid."""
    import teachin.store.answers  # noqa: F401  (imported once, before any fork)

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped automatically
    for line in sys.stdin:
        slot, folder, log = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                _writer(int(slot), Path(folder), Path(log))
            except BaseException:
                Path(log).with_suffix(".err").write_text(traceback.format_exc())
            os._exit(1)
        print(pid, flush=True)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the spawner forks its writers")
def test_answers_acknowledged_before_sigkill_survive(tmp_path: Path) -> None:
    from teachin.store import open_store
    from teachin.store.backup import check_file

    folder = tmp_path / "data"
    folder.mkdir()
    logs = [tmp_path / "slot0.log", tmp_path / "slot1.log"]
    spawner = subprocess.Popen(
        [sys.executable, __file__, "--spawner"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    rng = random.Random(20261129)
    kills = answering_rounds = 0
    try:
        for round_ in range(KILLS):
            slots = (0, 1) if round_ % 4 == 3 else (0,)
            pids = []
            for slot in slots:
                spawner.stdin.write(f"{slot} {folder} {logs[slot]}\n")
                spawner.stdin.flush()
                pids.append(int(spawner.stdout.readline()))
            if round_ % 5 == 0:  # while opening: checks, backup, migration
                time.sleep(rng.uniform(0.0, 0.05))
            else:  # mid-quiz: once answers are flowing, at a random moment
                _wait_for_answers(logs[slots[-1]])
                answering_rounds += 1
                time.sleep(rng.uniform(0.0, 0.15))
            for pid in pids:
                os.kill(pid, signal.SIGKILL)
                kills += 1
            _wait_gone(pids)
    finally:
        spawner.stdin.close()
        spawner.wait(timeout=10)

    errors = [log.with_suffix(".err") for log in logs if log.with_suffix(".err").exists()]
    assert not errors, errors[0].read_text()
    assert kills >= 100
    db_path = folder / "teachin.db"
    assert check_file(db_path, full=True) is None
    with open_store(db_path) as store:
        assert store.notices == []  # never mistaken for damaged
        rows = {
            row["id"]: row for row in store.db.query("SELECT id, question, response FROM answers")
        }
        attempts = store.db["attempts"].count
    assert not (folder / "quarantine").exists()
    assert attempts == 2  # each slot's attempt id was reused across restarts

    import json

    acked_total = retried = 0
    for slot, log in enumerate(logs):
        lines = _read_log(log)
        acked = {words[1]: int(words[2]) for words in lines if words[0] == "A"}
        retried += sum(1 for words in lines if words[0] == "R")
        acked_total += len(acked)
        missing = [answer_id for answer_id in acked if answer_id not in rows]
        assert not missing, f"slot {slot}: {len(missing)} acknowledged answers lost"
        for answer_id, seq in acked.items():
            response = json.loads(rows[answer_id]["response"])
            assert (response["slot"], response["seq"]) == (slot, seq)
        # No answer stored twice: one row per (slot, seq), however many retries.
        seqs = [
            json.loads(r["response"])["seq"]
            for r in rows.values()
            if json.loads(r["response"])["slot"] == slot
        ]
        assert len(seqs) == len(set(seqs))
    assert acked_total >= answering_rounds
    print(
        f"\n{kills} kills ({answering_rounds} rounds mid-quiz), {acked_total} acknowledged, "
        f"{len(rows)} stored, {retried} retries"
    )


def _wait_for_answers(log: Path, timeout: float = 10.0) -> None:
    """Wait until the writer logging to ``log`` acknowledges one more answer."""
    count = lambda: log.read_bytes().count(b"\nA ") if log.exists() else 0  # noqa: E731
    before = count()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if count() > before:
            return
        time.sleep(0.002)
    raise AssertionError(f"no answer acknowledged within {timeout} s")


def _wait_gone(pids: list[int]) -> None:
    deadline = time.monotonic() + 10
    for pid in pids:
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.002)


if __name__ == "__main__" and sys.argv[1:] == ["--spawner"]:
    _spawner()
