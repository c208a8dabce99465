"""Shared laptops feeding one live room (issue 15): answer-to-room latency and catch-up.

    python benchmarks/bench_forward.py [--kiosks 4] [--answers 60] [--queued 1000]

On loopback, in one run:

- A room (teachin.room.server.Room, its own data folder) in this process, and ``--kiosks`` kiosk
  processes, each with its own data folder and forwarder, answering together at a participant's
  pace compressed (one answer every 0.2-0.8 s each). For every answer: the time from its commit
  on the kiosk (what the participant sees acknowledged) to the row being in the room's database,
  and to the room chart's reader (store.reader.RoomAnswers) returning it, polled every 2 ms.
  Baseline: the same answer committed to a local database (record_answer), the kiosk's own
  step. p50/p95 of each, and the ratio to the baseline.
- Catch-up: a kiosk with ``--queued`` answers stored while the link was down, then the link
  back: the time until the room holds them all. Baseline: the same batches read, checked and
  merged straight into a database with no network (outbox.next_batch, kiosk_batch.store_batch).
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from teachin.room.forwarder import BATCH, Forwarder  # noqa: E402
from teachin.room.server import Room  # noqa: E402
from teachin.store.answers import new_id, record_answer, start_attempt  # noqa: E402
from teachin.store.db import DB_NAME, open_store  # noqa: E402
from teachin.store.reader import RoomAnswers  # noqa: E402

CODE = "BENCH"
QUIZ, QUESTION = "bench", "q1"  # the room knows no quiz: any response is taken as given


def answer(store, text: str) -> tuple[str, float, float]:
    """One participant's answer, committed: (its id, seconds the commit took, commit time).
    The response is the answer's id, so the room chart's reader shows which one it sees."""
    attempt = start_attempt(store, nickname=f"P-{text[:8]}", quiz=QUIZ)
    started = time.perf_counter()
    record_answer(store, answer_id=text, attempt_id=attempt, question=QUESTION, response=text)
    return text, time.perf_counter() - started, time.time()


def kiosk_main(folder: str, address: str, count: int, out: multiprocessing.Queue) -> None:
    store = open_store(Path(folder) / DB_NAME, make_backup=False)
    forwarder = Forwarder(store, address, CODE, poll_s=0.25)
    forwarder.start()
    rng = random.Random(folder)
    for _ in range(count):
        time.sleep(rng.uniform(0.2, 0.8))
        out.put(answer(store, new_id()))
        forwarder.wake()  # as the kiosk window would after each saved answer
    forwarder.flush(120)
    forwarder.stop()
    store.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def line(label: str, values: list[float], base: list[float] | None = None) -> None:
    p50, p95 = percentile(values, 0.5) * 1000, percentile(values, 0.95) * 1000
    text = f"  {label:<34} p50 {p50:8.1f} ms   p95 {p95:8.1f} ms"
    if base:
        b50, b95 = percentile(base, 0.5) * 1000, percentile(base, 0.95) * 1000
        text += f"   ({p50 / b50:.0f}x / {p95 / b95:.0f}x the baseline)"
    print(text)


def latency(tmp: Path, kiosks: int, answers: int) -> None:
    room = Room(tmp / "room", {}, "127.0.0.1", 0, CODE)
    room.start()
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    processes = [
        context.Process(
            target=kiosk_main, args=(str(tmp / f"kiosk{n}"), f"127.0.0.1:{room.port}", answers, out)
        )
        for n in range(kiosks)
    ]
    for process in processes:
        process.start()
    committed: dict[str, float] = {}
    local: list[float] = []
    in_db: dict[str, float] = {}
    on_chart: dict[str, float] = {}
    db = sqlite3.connect(f"{(tmp / 'room' / DB_NAME).as_uri()}?mode=ro", uri=True)
    chart = RoomAnswers(tmp / "room" / DB_NAME)
    last_rowid, total = 0, kiosks * answers
    deadline = time.monotonic() + answers * 2 + 60
    while len(on_chart) < total and time.monotonic() < deadline:
        while not out.empty():
            answer_id, took, at = out.get()
            committed[answer_id] = at
            local.append(took)
        # Each stamped after its own read: a row counts as seen when a read returned it.
        rows = db.execute("SELECT rowid, id FROM answers WHERE rowid > ?", [last_rowid]).fetchall()
        now = time.time()
        for rowid, answer_id in rows:
            in_db.setdefault(answer_id, now)
            last_rowid = rowid
        shown = chart(QUIZ, QUESTION)
        now = time.time()
        for answer_id in shown:
            on_chart.setdefault(answer_id, now)
        time.sleep(0.002)
    for process in processes:
        process.join(60)
    while not out.empty():
        answer_id, took, at = out.get()
        committed[answer_id] = at
        local.append(took)
    chart.close()
    db.close()
    kiosk_rows = room.kiosks()
    room.stop()
    lost = set(committed) - set(in_db)
    print(f"{kiosks} kiosks answering together, {len(committed)} answers")
    line("baseline: commit on the kiosk", local)
    line(
        "kiosk commit -> room database",
        [in_db[i] - committed[i] for i in committed if i in in_db],
        local,
    )
    line(
        "kiosk commit -> room chart reader",
        [on_chart[i] - committed[i] for i in committed if i in on_chart],
        local,
    )
    print(f"  lost {len(lost)}; room.kiosks(): {[(k.name, k.received) for k in kiosk_rows]}")


def catch_up(tmp: Path, queued: int) -> None:
    from teachin.room.kiosk_batch import parse_batch, store_batch
    from teachin.store import outbox

    kiosk = open_store(tmp / "queued" / DB_NAME, make_backup=False)
    for _ in range(queued):
        answer(kiosk, new_id())
    room = Room(tmp / "room2", {}, "127.0.0.1", 0, CODE)
    room.start()
    started = time.perf_counter()
    forwarder = Forwarder(kiosk, f"127.0.0.1:{room.port}", CODE)
    forwarder.start()  # the link is back: everything stored meanwhile goes, oldest first
    while forwarder.status().sent < queued:
        time.sleep(0.005)
    took = time.perf_counter() - started
    forwarder.stop()
    room.stop()
    # Baseline: the same batches read, checked and merged with no network in between.
    with open_store(tmp / "merged" / DB_NAME, make_backup=False) as target:
        merge_started, mark = time.perf_counter(), outbox.Mark()
        while batch := outbox.next_batch(kiosk.conn, kiosk.device_id, mark, BATCH):
            store_batch(target, parse_batch(batch.body(), kiosk.device_id, {}))
            mark = outbox.Mark(batch.rowids[-1], batch.finished)
        merged = time.perf_counter() - merge_started
    kiosk.close()
    print(f"catch-up of {queued} answers queued while the link was down")
    print(f"  forwarded to the room          {took * 1000:8.1f} ms")
    print(f"  baseline: merged locally       {merged * 1000:8.1f} ms   ({took / merged:.0f}x)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kiosks", type=int, default=4)
    parser.add_argument("--answers", type=int, default=60, help="answers per kiosk")
    parser.add_argument("--queued", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        latency(Path(folder), args.kiosks, args.answers)
        catch_up(Path(folder), args.queued)
    return 0


if __name__ == "__main__":
    sys.exit(main())
