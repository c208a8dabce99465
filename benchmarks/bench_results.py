"""The results window, the workshop report and gathering bundles, each beside a baseline measured
in the same run.

    python benchmarks/bench_results.py [--answers 100000] [--bundles 50] [--runs 3]

1. Opening the results window on a database of ``--answers`` answers to the deck's quizzes
   (read, summarize, show the first question's chart), against a plain SQL scan of the same
   answers (``SELECT ... FROM answers`` into Python). Target: <= 300 ms.
2. Refreshing it after a room's 40 new answers arrive (the poll finds the change, reads only the
   new rows, sums up again, moves the bars), against the same plain scan. Target: <= 100 ms.
3. The workshop report (PDF) for a 40-person workshop (everyone takes the pre, post and every
   checkpoint quiz), against gathering its figures without drawing. Target: <= 5 s.
4. Merging ``--bundles`` bundles of 40 participants x 30 answers with the window's "Add results
   from other laptops…", against plain sqlite3 inserts of the same rows. Target: <= 2 s.

Runs offscreen (QT_QPA_PLATFORM=offscreen unless set). Prints medians over ``--runs``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from teachin import paths
from teachin.content.deck import load_deck
from teachin.content.gift import Quiz
from teachin.quiz.scoring import correct_response
from teachin.store.bundle import export_bundle, merge_bundle, merge_bundles
from teachin.store.db import open_store
from teachin.store.results import open_for_reading
from teachin.store.util import now_iso
from teachin.ui.results.report import gather, write_report
from teachin.ui.results.window import ResultsWindow

ROOM = 40
SCAN = "SELECT attempt_id, question, answered_at, id, response, correct, points FROM answers"


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def plain_scan(db: Path) -> None:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    rows = conn.execute(SCAN).fetchall()
    [json.loads(r[4]) for r in rows]
    conn.close()


def some_response(question, rng: random.Random) -> object:
    """A plausible answer: right about half the time, else another option or number."""
    right = correct_response(question)
    kind = question.kind
    if kind in ("single", "truefalse", "poll"):
        return rng.randrange(len(question.choices))
    if kind == "multiple":
        return sorted(rng.sample(range(len(question.choices)), 2))
    if kind == "numeric":
        return float(right) * rng.choice((0.5, 1.0, 1.0, 2.0, 4.0))
    if kind in ("short", "essay"):
        return rng.choice(("yes", "no", "it depends", "more than I thought"))
    return right


def fill(db: Path, quizzes: dict[str, Quiz], people: int, rounds: int, seed: int = 1) -> int:
    """``people`` people take every quiz ``rounds`` times; returns how many answers."""
    rng = random.Random(seed)
    with open_store(db, make_backup=False) as store:
        device, now = store.device_id, now_iso()
        people_rows = [(str(uuid.uuid4()), f"Person {p}", device, now) for p in range(people)]
        attempts, answers = [], []
        for _ in range(rounds):
            for quiz in quizzes.values():
                for person, *_ in people_rows:
                    attempt = str(uuid.uuid4())
                    attempts.append((attempt, person, quiz.name, None, device, now, now))
                    for q in quiz.questions:
                        if q.kind == "description":
                            continue
                        value = some_response(q, rng)
                        right = value == correct_response(q) if q.scored else None
                        answers.append((str(uuid.uuid4()), attempt, quiz.name, q.name,
                                        json.dumps(value), right, float(bool(right)), now_iso(),
                                        device))  # fmt: skip
        with store.write():
            conn = store.conn
            conn.executemany("INSERT INTO participants VALUES (?, ?, ?, ?)", people_rows)
            conn.executemany("INSERT INTO attempts VALUES (?, ?, ?, ?, ?, ?, ?)", attempts)
            conn.executemany("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", answers)
    return len(answers)


def bench_window(folder: Path, quizzes: dict[str, Quiz], answers: int, runs: int) -> None:
    db = folder / "window" / "teachin.db"
    per_person = sum(sum(q.kind != "description" for q in z.questions) for z in quizzes.values())
    people = max(1, answers // per_person)
    count = fill(db, quizzes, people, 1)
    scan = median_ms(lambda: plain_scan(db), runs)
    opened: list[ResultsWindow] = []

    def open_window() -> None:
        window = ResultsWindow(quizzes, path=db)
        window.resize(1366, 768)
        window.show()
        QApplication.processEvents()
        opened.append(window)

    open_ms = median_ms(open_window, runs)
    window = opened[-1]
    pre = quizzes["pre"]

    def new_answers() -> None:
        fill(db, {"pre": pre}, ROOM // 4, 1, seed=random.randrange(1 << 30))

    refresh_times = []
    for _ in range(runs):
        new_answers()
        start = time.perf_counter()
        window.poll()
        QApplication.processEvents()
        refresh_times.append((time.perf_counter() - start) * 1000)
    refresh_ms = statistics.median(refresh_times)
    idle_ms = median_ms(window.poll, runs)
    for w in opened:
        w.close()
    print(f"\nresults window, {count:,} answers ({people:,} people x every quiz)")
    print(f"  plain SQL scan of the answers   {scan:8.1f} ms")
    print(f"  open (read, sum up, draw)       {open_ms:8.1f} ms  ({open_ms / scan:.1f}x the scan;"
          f" target <= 300 ms)")  # fmt: skip
    print(f"  refresh after new answers       {refresh_ms:8.1f} ms  ({refresh_ms / scan:.2f}x the"
          f" scan; target <= 100 ms)")  # fmt: skip
    print(f"  poll with nothing new           {idle_ms:8.2f} ms")


def bench_report(folder: Path, quizzes: dict[str, Quiz], runs: int) -> None:
    db = folder / "report" / "teachin.db"
    count = fill(db, quizzes, ROOM, 1)
    deck = load_deck(paths.deck_dir())

    def figures() -> None:
        with open_for_reading(db) as store:
            gather(store, deck, "3 December 2026", "Union hall")

    def report() -> None:
        with open_for_reading(db) as store:
            data = gather(store, deck, "3 December 2026", "Union hall")
        write_report(data, folder / "report.pdf")

    base = median_ms(figures, runs)
    made = median_ms(report, runs)
    print(f"\nworkshop report, {ROOM} people, {count:,} answers, every quiz")
    print(f"  gather the figures only         {base:8.1f} ms")
    print(f"  the report PDF                  {made:8.1f} ms  ({made / base:.1f}x; target <= 5 s)")


def bench_merge(folder: Path, bundles: int) -> None:
    quiz_rows = [(f"q{k}", k) for k in range(30)]
    made: list[Path] = []
    rows: list[tuple[list, list, list]] = []
    for b in range(bundles):
        with open_store(folder / "laptops" / f"l{b}" / "teachin.db", make_backup=False) as store:
            device, now = store.device_id, now_iso()
            people = [(str(uuid.uuid4()), f"P{b}-{p}", device, now) for p in range(ROOM)]
            attempts = [(str(uuid.uuid4()), p[0], "bench", None, device, now, now) for p in people]
            answers = [(str(uuid.uuid4()), a[0], "bench", q, json.dumps(k % 4), k % 2, 1.0, now,
                        device) for a in attempts for q, k in quiz_rows]  # fmt: skip
            with store.write():
                conn = store.conn
                conn.executemany("INSERT INTO participants VALUES (?, ?, ?, ?)", people)
                conn.executemany("INSERT INTO attempts VALUES (?, ?, ?, ?, ?, ?, ?)", attempts)
                conn.executemany("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", answers)
            made.append(export_bundle(store, folder / "usb"))
            rows.append((people, attempts, answers))

    plain = folder / "plain" / "teachin.db"
    open_store(plain, make_backup=False).close()  # the same schema and indexes
    conn = sqlite3.connect(plain, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    start = time.perf_counter()
    conn.execute("BEGIN")
    for people, attempts, answers in rows:
        conn.executemany("INSERT INTO participants VALUES (?, ?, ?, ?)", people)
        conn.executemany("INSERT INTO attempts VALUES (?, ?, ?, ?, ?, ?, ?)", attempts)
        conn.executemany("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", answers)
    conn.execute("COMMIT")
    plain_ms = (time.perf_counter() - start) * 1000
    conn.close()

    bare = folder / "bare" / "teachin.db"
    with open_store(bare, make_backup=False) as store:
        start = time.perf_counter()
        for bundle in made:
            merge_bundle(store, bundle)
        bare_ms = (time.perf_counter() - start) * 1000

    piped = folder / "piped" / "teachin.db"
    with open_store(piped, make_backup=False) as store:
        start = time.perf_counter()
        for _ in merge_bundles(store, made):
            pass
        piped_ms = (time.perf_counter() - start) * 1000

    target = folder / "gather" / "teachin.db"
    open_store(target, make_backup=False).close()
    window = ResultsWindow({}, path=target)
    window.open_writable = lambda: open_store(target, make_backup=False)
    start = time.perf_counter()
    lines = window.merge_bundles(made)
    merge_ms = (time.perf_counter() - start) * 1000
    window.close()
    added = sum("1200 new answer(s)" in line for line in lines)
    print(f"\nmerge {bundles} bundles x {ROOM} participants x 30 answers ({added} added in full)")
    print(f"  plain sqlite3 inserts, one txn  {plain_ms:8.1f} ms")
    print(f"  store.bundle.merge_bundle loop  {bare_ms:8.1f} ms  ({bare_ms / plain_ms:.1f}x;"
          " a transaction and an fsync each)")  # fmt: skip
    print(f"  store.bundle.merge_bundles      {piped_ms:8.1f} ms  ({piped_ms / plain_ms:.1f}x;"
          " one transaction, a savepoint per bundle)")  # fmt: skip
    print(f"  'Add results from other laptops…' {merge_ms:6.1f} ms  ({merge_ms / plain_ms:.1f}x;"
          f" target <= 2 s)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--bundles", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", type=Path, help="work here (default: a temporary folder)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    deck = load_deck(paths.deck_dir())
    quizzes = dict(deck.quizzes)
    with tempfile.TemporaryDirectory(prefix="bench-results-", dir=args.dir) as scratch:
        folder = Path(scratch)
        bench_window(folder, quizzes, args.answers, args.runs)
        bench_report(folder, quizzes, args.runs)
        bench_merge(folder, args.bundles)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
