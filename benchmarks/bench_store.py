"""Answer-save latency, merge, open and slide-log flush times, each beside a baseline measured
in the same run.

    python benchmarks/bench_store.py [--answers 2000] [--laptops 10] [--open-answers 100000]
        [--flushes 20] [--only save,merge,check,open,flush] [--dir DIR]

1. Saving one answer with ``record_answer`` (WAL, synchronous=FULL, BEGIN IMMEDIATE under the
   folder's write lock, UUID made before the write) against a raw ``sqlite3`` INSERT + COMMIT
   into the same table with the same pragmas. Blocks of the two alternate so disk noise hits
   both. Target: p50 and p95 ratio <= 1.5x.
2. Merging bundles from ``--laptops`` laptops (30 participants x 20 answers each), against a
   bare ``ATTACH`` + ``INSERT ... SELECT`` of the same rows without checks; then merging all of
   them again (must add nothing).
3. Checking those bundles, and one bundle of ``--open-answers`` answers, and reading their rows
   for the merge (``bundle._check``), against unpacking them, SQLite's ``integrity_check`` and
   reading the same rows: the difference is the checksum, the manifest, the row rules
   (rows.py) and reading the cells the merge does not read to find text that is not UTF-8.
4. Opening a database of ``--open-answers`` answers as the kiosk does (``open_store``: checks,
   a checked backup, pragmas) against SQLite's own checks and backup alone (``quick_check``,
   ``VACUUM INTO``, ``integrity_check`` of the copy): the difference is reading every cell to
   find text that is not UTF-8 (which SQLite's checks pass), once, in the copy, beside its
   integrity check. Wall and CPU time: on a machine with no core free, wall time hides that.
5. The presenter's slide-log flush (every 30 s from its timer) on that database: two slides
   written in one short visit through ``SlideLog.flush``, against a bare ``sqlite3`` visit that
   writes the same two rows (connect, WAL + synchronous=FULL, BEGIN IMMEDIATE, INSERT, COMMIT,
   close). The first flush checks the file as every open does; the later ones should not (a
   fresh log each time shows what every flush cost when each one checked the file).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
import uuid
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from teachin.store import answers as ops
from teachin.store import bundle as bundle_module
from teachin.store import open_store
from teachin.store.bundle import export_bundle, merge_bundle
from teachin.store.schema import MERGED_TABLES
from teachin.store.slide_log import SlideLog
from teachin.store.util import now_iso


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_save(folder: Path, total: int, block: int = 100) -> None:
    store = open_store(folder / "store" / "teachin.db")
    attempt = ops.start_attempt(store, nickname="bench", quiz="pre")
    raw_path = folder / "raw" / "teachin.db"
    open_store(raw_path).close()  # same schema and indexes for the baseline
    raw = sqlite3.connect(raw_path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "busy_timeout=10000"):
        raw.execute(f"PRAGMA {pragma}")
    raw_attempt = ops.new_id()
    raw.execute("INSERT INTO participants VALUES ('p', 'bench', 'd', '')")
    raw.execute(
        "INSERT INTO attempts VALUES (?, 'p', 'pre', NULL, 'd', ?, NULL)", (raw_attempt, now_iso())
    )
    response = '{"choice": 2}'
    timings: dict[str, list[float]] = {"raw sqlite3 insert+commit": [], "record_answer": []}
    for round_ in range(total // block):
        for method in list(timings) if round_ % 2 == 0 else list(reversed(timings)):
            for i in range(block):
                answer_id = str(uuid.uuid4())
                start = time.perf_counter()
                if method == "record_answer":
                    ops.record_answer(
                        store, answer_id=answer_id, attempt_id=attempt, question=f"q{i % 20}",
                        response={"choice": 2}, correct=True, points=1.0,
                    )  # fmt: skip
                else:
                    raw.execute("BEGIN IMMEDIATE")
                    raw.execute(
                        "INSERT INTO answers VALUES (?, ?, 'pre', ?, ?, 1, 1.0, ?, 'd')",
                        (answer_id, raw_attempt, f"q{i % 20}", response, now_iso()),
                    )
                    raw.execute("COMMIT")
                timings[method].append(time.perf_counter() - start)
    store.close()
    raw.close()
    base = timings["raw sqlite3 insert+commit"]
    print(f"Answer save, {total} each, WAL + synchronous=FULL, SQLite {sqlite3.sqlite_version}")
    for method, values in timings.items():
        p50, p95 = percentile(values, 0.5), percentile(values, 0.95)
        ratio = f"x{p50 / percentile(base, 0.5):.2f} p50, x{p95 / percentile(base, 0.95):.2f} p95"
        print(f"  {method:<28} p50 {p50 * 1000:6.3f} ms  p95 {p95 * 1000:6.3f} ms  {ratio}")


def _laptop(folder: Path, index: int, participants: int = 30, questions: int = 20) -> Path:
    with open_store(folder / f"laptop{index}" / "teachin.db") as store:
        for p in range(participants):
            attempt = ops.start_attempt(store, nickname=f"p{index}-{p}", quiz="pre")
            for q in range(questions):
                ops.record_answer(
                    store, answer_id=ops.new_id(), attempt_id=attempt, question=f"q{q}",
                    response={"choice": (p + q) % 4}, correct=(p + q) % 4 == 0,
                )  # fmt: skip
            ops.finish_attempt(store, attempt_id=attempt)
        return export_bundle(store, folder / "bundles")


def bench_merge(folder: Path, bundles: list[Path]) -> None:
    laptops = len(bundles)
    # Baseline: the bare copy, with no checks, no migration, no import record.
    bare = sqlite3.connect(folder / "bare.db", isolation_level=None)
    open_store(folder / "bare-schema" / "teachin.db").close()
    schema = sqlite3.connect(folder / "bare-schema" / "teachin.db")
    schema.backup(bare)
    schema.close()
    start = time.perf_counter()
    for i, bundle in enumerate(bundles):
        with zipfile.ZipFile(bundle) as archive:
            archive.extract("results.db", folder / f"bare-{i}")
        bare.execute("ATTACH ? AS b", (str(folder / f"bare-{i}" / "results.db"),))
        bare.execute("BEGIN IMMEDIATE")
        for table in MERGED_TABLES:
            bare.execute(
                f"INSERT INTO {table} SELECT * FROM b.{table} WHERE true ON CONFLICT DO NOTHING"
            )
        bare.execute("COMMIT")
        bare.execute("DETACH b")
    bare_time = time.perf_counter() - start
    with open_store(folder / "merged" / "teachin.db") as store:
        start = time.perf_counter()
        reports = [merge_bundle(store, b) for b in bundles]
        first = time.perf_counter() - start
        start = time.perf_counter()
        again = [merge_bundle(store, b) for b in bundles]
        second = time.perf_counter() - start
        answers = store.db["answers"].count
    assert all(r.already_merged for r in again)
    added = sum(r.added["answers"] for r in reports)
    size = bundles[0].stat().st_size // 1024
    print(f"Merge, {laptops} bundles of {size} KiB, {added} answers in all ({answers} stored)")
    print(f"  bare ATTACH + INSERT SELECT      {bare_time * 1000:8.1f} ms")
    print(f"  merge_bundle (checked)           {first * 1000:8.1f} ms  x{first / bare_time:.2f}")
    print(f"  merge all again (no-op)          {second * 1000:8.1f} ms")


def bench_check(bundles: list[Path], columns: dict[str, str], what: str, runs: int = 5) -> None:
    """What checks a bundle and reads its rows for the merge (``bundle._check``, on the
    worker thread) against unpacking it, SQLite's integrity check and reading the same rows."""

    def bare() -> None:
        for bundle in bundles:
            with tempfile.TemporaryDirectory() as scratch, zipfile.ZipFile(bundle) as archive:
                archive.extract("results.db", scratch)
                conn = sqlite3.connect(Path(scratch) / "results.db")
                conn.execute("PRAGMA integrity_check").fetchall()
                for table, names in columns.items():
                    conn.execute(f"SELECT {names} FROM {table}").fetchall()
                conn.close()

    def checked() -> None:
        for bundle in bundles:
            result = bundle_module._check(bundle, columns)
            assert result.unreadable is None and result.unsound is None

    best = fastest({"unpack + integrity_check + read": bare, "bundle._check": checked}, runs)
    report(f"Check and read {what}, fastest of {runs}", best)


def fastest(runs_of: dict[str, Callable[[], object]], runs: int) -> dict[str, tuple[float, float]]:
    """The least wall and CPU time (all threads) of each, over ``runs`` rounds that take them in
    turn, forwards then backwards, so that other work on the machine hits each alike."""
    best = dict.fromkeys(runs_of, (1e9, 1e9))
    steps = list(runs_of.items())
    for round_ in range(runs):
        for name, run in steps if round_ % 2 == 0 else reversed(steps):
            start, cpu = time.perf_counter(), time.process_time()
            run()
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu
            best[name] = min(best[name][0], wall), min(best[name][1], cpu)
    return best


def report(title: str, best: dict[str, tuple[float, float]]) -> None:
    """Each time beside the first one (the baseline), as a ratio."""
    base, base_cpu = next(iter(best.values()))
    print(title)
    for name, (wall, cpu) in best.items():
        print(
            f"  {name:<32} {wall * 1000:8.1f} ms  x{wall / base:.2f}"
            f"   CPU {cpu * 1000:8.1f} ms  x{cpu / base_cpu:.2f}"
        )


def big_database(path: Path, total: int) -> Path:
    """A database of ``total`` answers (100 each from ``total // 100`` people)."""
    with open_store(path) as store, store.write() as db:
        when, me = now_iso(), store.device_id
        for p in range(total // 100):
            person, attempt = ops.new_id(), ops.new_id()
            db.execute("INSERT INTO participants VALUES (?, ?, ?, ?)", [person, f"p{p}", me, when])
            db.execute(
                "INSERT INTO attempts VALUES (?, ?, 'pre', NULL, ?, ?, NULL)",
                [attempt, person, me, when],
            )
            db.conn.executemany(
                "INSERT INTO answers VALUES (?, ?, 'pre', ?, '{\"choice\": 2}', 1, 1.0, ?, ?)",
                [(ops.new_id(), attempt, f"q{q}", when, me) for q in range(100)],
            )
    return path


def bench_open(path: Path, total: int, runs: int = 5) -> None:
    folder = path.parent

    def sqlite_alone() -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA quick_check").fetchall()
        copy = folder / "copy.db"
        conn.execute("VACUUM INTO ?", (str(copy),))
        conn.close()
        check = sqlite3.connect(copy)
        check.execute("PRAGMA integrity_check").fetchall()
        check.close()
        copy.unlink()

    def kiosk() -> None:
        open_store(path).close()

    # The cells are read beside SQLite's integrity check: on a machine with no core free the
    # wall time hides that, the CPU time (of all threads) does not.
    best = fastest({"SQLite checks + backup alone": sqlite_alone, "open_store": kiosk}, runs)
    size = path.stat().st_size // 1024
    report(f"Open with {total} answers ({size} KiB), fastest of {runs}", best)


def bench_flush(path: Path, total: int, flushes: int) -> None:
    def bare_visit() -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("BEGIN IMMEDIATE")
        for slide in (1, 2):
            detail = json.dumps({"slide": slide, "module": 0, "title": "Bench"})
            conn.execute(
                "INSERT INTO events VALUES (?, ?, ?, 'slide_shown', NULL, ?)",
                (ops.new_id(), now_iso(), "bench", detail),
            )
        conn.execute("COMMIT")
        conn.close()

    def flush(log: SlideLog, round_: int) -> None:
        log.shown(2 * round_ + 1, 0, "Bench")
        log.shown(2 * round_ + 2, 0, "Bench")
        log.flush()

    timings: dict[str, list[float]] = {"bare": [], "first": [], "later": [], "fresh": []}
    log = SlideLog(path)
    for round_ in range(flushes):
        steps = [
            ("bare", bare_visit),
            ("first" if round_ == 0 else "later", partial(flush, log, round_)),
            ("fresh", partial(flush, SlideLog(path), round_)),
        ]
        for name, run in steps if round_ % 2 == 0 else reversed(steps):
            start = time.perf_counter()
            run()
            timings[name].append(time.perf_counter() - start)
    base = statistics.median(timings["bare"])
    print(f"Slide-log flush of 2 slides with {total} answers, median of {flushes}")
    rows = (
        ("bare sqlite3 visit, same rows", timings["bare"]),
        ("first flush (checks the file), 1", timings["first"]),
        ("later flushes", timings["later"]),
        ("fresh log each flush", timings["fresh"]),
    )
    for name, values in rows:
        seconds = statistics.median(values)
        print(f"  {name:<32} {seconds * 1000:8.1f} ms  x{seconds / base:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=2000)
    parser.add_argument("--laptops", type=int, default=10)
    parser.add_argument("--open-answers", type=int, default=100_000)
    parser.add_argument("--flushes", type=int, default=20)
    parser.add_argument("--only", default="save,merge,check,open,flush", help="comma-separated")
    parser.add_argument("--dir", type=Path, default=Path.cwd(), help="on the disk to measure")
    args = parser.parse_args()
    only = set(args.only.split(","))
    with tempfile.TemporaryDirectory(prefix="bench-store-", dir=args.dir) as scratch:
        folder = Path(scratch)
        if "save" in only:
            bench_save(folder, args.answers)
        if only & {"merge", "check"}:
            bundles = [_laptop(folder, i) for i in range(args.laptops)]
        if "merge" in only:
            bench_merge(folder, bundles)
        if only & {"open", "flush", "check"}:
            big = big_database(folder / "big" / "teachin.db", args.open_answers)
        if "check" in only:
            with open_store(big, make_backup=False) as store:
                columns = {t: bundle_module._columns(store, t) for t in MERGED_TABLES}
                big_bundle = export_bundle(store, folder / "big-bundle")
            bench_check(bundles, columns, f"{len(bundles)} bundles")
            bench_check([big_bundle], columns, f"one bundle of {args.open_answers} answers")
        if "open" in only:
            bench_open(big, args.open_answers)
        if "flush" in only:
            bench_flush(big, args.open_answers, args.flushes)


if __name__ == "__main__":
    main()
