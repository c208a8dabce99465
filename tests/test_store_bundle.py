"""Results across laptops: bundles, merging (idempotent, any order), broken bundles, and the
``teachin results`` commands."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from teachin.__main__ import main
from teachin.store import answers as ops
from teachin.store import open_store, pin
from teachin.store.bundle import (
    BundleError,
    MergeReport,
    export_bundle,
    merge_bundle,
    merge_bundles,
)
from teachin.store.schema import MERGED_TABLES, SCHEMA_VERSION


def _laptop(folder: Path, name: str, people: int = 3, questions: int = 4) -> Path:
    """A laptop's database with ``people`` attempts; returns its bundle."""
    with open_store(folder / name / "teachin.db") as store:
        for p in range(people):
            attempt = ops.start_attempt(store, nickname=f"{name}-{p}", quiz="pre")
            for q in range(questions):
                ops.record_answer(
                    store, answer_id=ops.new_id(), attempt_id=attempt, question=f"q{q}",
                    response={"choice": (p + q) % 3}, correct=(p + q) % 3 == 0, points=1.0,
                )  # fmt: skip
            ops.finish_attempt(store, attempt_id=attempt)
        pin.set_pin(store, "9999")
        return export_bundle(store, folder / "usb")


def _content(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}")) for t in MERGED_TABLES[:3]}
    finally:
        conn.close()


def test_bundle_is_one_zip_with_manifest_and_checksum(tmp_path: Path) -> None:
    bundle = _laptop(tmp_path, "a")
    with zipfile.ZipFile(bundle) as archive:
        assert sorted(archive.namelist()) == ["manifest.json", "results.db"]
        manifest = json.loads(archive.read("manifest.json"))
        data = archive.read("results.db")
    assert manifest["files"]["results.db"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert manifest["counts"]["answers"] == 12 and manifest["counts"]["attempts"] == 3
    # The PIN hash never leaves the laptop.
    snapshot = tmp_path / "snap.db"
    snapshot.write_bytes(data)
    conn = sqlite3.connect(snapshot)
    assert conn.execute("SELECT count(*) FROM settings WHERE key = 'pin_hash'").fetchone() == (0,)
    assert b"scrypt$" not in data
    conn.close()


def test_merging_twice_changes_nothing(tmp_path: Path, data_dir: Path) -> None:
    bundle = _laptop(tmp_path, "a")
    with open_store() as store:
        first = merge_bundle(store, bundle)
        assert first.added["answers"] == 12 and first.added["participants"] == 3
        before = _content(store.path)
        second = merge_bundle(store, bundle)
        assert second.already_merged is not None and "nothing changed" in str(second)
        assert _content(store.path) == before
        assert store.db["imports"].count == 1


def test_same_rows_in_a_new_bundle_are_not_duplicated(tmp_path: Path, data_dir: Path) -> None:
    first = _laptop(tmp_path, "a")
    with open_store(tmp_path / "a" / "teachin.db") as laptop:  # export again: new file, same rows
        second = export_bundle(laptop, tmp_path / "usb2")
    with open_store() as store:
        merge_bundle(store, first)
        report = merge_bundle(store, second)
        assert report.already_merged is None
        assert report.added["answers"] == 0 and report.added["attempts"] == 0
        assert store.db["answers"].count == 12


def test_merge_order_does_not_matter(tmp_path: Path) -> None:
    bundles = [_laptop(tmp_path, name) for name in ("a", "b", "c")]
    results = []
    for order, name in (((0, 1, 2), "m1"), ((2, 0, 1), "m2")):
        with open_store(tmp_path / name / "teachin.db") as store:
            for index in order:
                merge_bundle(store, bundles[index])
            results.append(_content(store.path))
    assert results[0] == results[1]
    assert len(results[0]["answers"]) == 36


def test_attempt_finished_after_an_earlier_export_is_updated(tmp_path: Path) -> None:
    with open_store(tmp_path / "a" / "teachin.db") as laptop:
        attempt = ops.start_attempt(laptop, nickname="Ana", quiz="pre")
        early = export_bundle(laptop, tmp_path / "usb")
        ops.finish_attempt(laptop, attempt_id=attempt)
        late = export_bundle(laptop, tmp_path / "usb")
    with open_store(tmp_path / "m" / "teachin.db") as store:
        merge_bundle(store, early)
        assert not ops.attempts_for(store, "Ana")[0].finished
        merge_bundle(store, late)
        merge_bundle(store, early)  # an older bundle does not reopen it
        assert ops.attempts_for(store, "Ana")[0].finished


def _rewrite(bundle: Path, target: Path, *, manifest=None, data=None) -> Path:
    with zipfile.ZipFile(bundle) as archive:
        original_manifest = json.loads(archive.read("manifest.json"))
        original_data = archive.read("results.db")
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest or original_manifest))
        archive.writestr("results.db", data if data is not None else original_data)
    return target


def _damaged_bundles(tmp_path: Path, bundle: Path) -> list[tuple[str, Path]]:
    """(what the error says, bundle) for each way a bundle can arrive broken."""
    raw = bundle.read_bytes()
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(raw[: len(raw) // 2])
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data_ok = archive.read("results.db")
    data = bytearray(data_ok)
    data[len(data) // 2] ^= 0xFF
    newer = dict(manifest, schema_version=manifest["schema_version"] + 1)
    # A valid checksum over a damaged database: only the integrity check can catch it.
    broken = bytearray(data)
    broken[4096 + 10 : 4096 + 200] = b"\xff" * 190
    forged = dict(manifest)
    forged["files"] = {"results.db": {"sha256": hashlib.sha256(broken).hexdigest()}}
    # The manifest claims this schema, but the database inside is from a newer build.
    newer_inside = tmp_path / "newer-inside.db"
    newer_inside.write_bytes(bytes(data_ok))
    conn = sqlite3.connect(newer_inside)
    conn.execute(  # as a newer Teach-in leaves it: its migrations recorded, the version to match
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('teachin', 'm999_future', '2030-01-01')"
    )
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    inside = newer_inside.read_bytes()
    lying = dict(manifest, files={"results.db": {"sha256": hashlib.sha256(inside).hexdigest()}})
    text = tmp_path / "notes.zip"
    text.write_text("hello")
    return [
        ("damaged or incomplete", truncated),
        ("sha256 checksum", _rewrite(bundle, tmp_path / "flipped.zip", data=bytes(data))),
        ("newer Teach-in", _rewrite(bundle, tmp_path / "newer.zip", manifest=newer)),
        (
            "database inside is damaged",
            _rewrite(bundle, tmp_path / "forged.zip", manifest=forged, data=bytes(broken)),
        ),
        ("newer Teach-in", _rewrite(bundle, tmp_path / "lying.zip", manifest=lying, data=inside)),
        ("not a zip file", text),
    ]


def test_broken_bundles_are_rejected_kept_aside_and_change_nothing(
    tmp_path: Path, data_dir: Path
) -> None:
    good = _laptop(tmp_path, "a")
    with open_store() as store:
        merge_bundle(store, _laptop(tmp_path, "b"))
        before = _content(store.path)
        for expected, bad in _damaged_bundles(tmp_path, good):
            with pytest.raises(BundleError, match=expected) as error:
                merge_bundle(store, bad)
            assert "a copy was kept in" in str(error.value)
        assert _content(store.path) == before
        assert store.db["imports"].count == 1
        kept = list((data_dir / "quarantine").iterdir())
        assert len(kept) == 6
        assert merge_bundle(store, good).added["answers"] == 12  # good ones still merge


def test_many_bundles_merge_as_one_at_a_time_would(tmp_path: Path, data_dir: Path) -> None:
    """merge_bundles checks the next bundle on a worker thread while it copies this one in;
    the outcomes, the database and the quarantine are what merging them in turn gives."""
    good = [_laptop(tmp_path, name) for name in ("a", "b", "c")]
    damaged = [bad for _, bad in _damaged_bundles(tmp_path, good[0])]
    files = [good[0], *damaged, good[1], good[0], good[2]]
    with open_store() as store:
        outcomes = list(merge_bundles(store, files))
        content = _content(store.path)
    assert [type(o) for o in outcomes] == [
        MergeReport, *[BundleError] * len(damaged), MergeReport, MergeReport, MergeReport
    ]  # fmt: skip
    assert [o.added.get("answers") for o in outcomes if isinstance(o, MergeReport)] == [
        12, 12, None, 12
    ]  # fmt: skip
    assert outcomes[len(damaged) + 2].already_merged  # the first bundle, again
    assert len(list((data_dir / "quarantine").iterdir())) == len(damaged)
    one_by_one = tmp_path / "one" / "teachin.db"
    with open_store(one_by_one) as store:
        for bundle in files:
            with contextlib.suppress(BundleError):
                merge_bundle(store, bundle)
    assert _content(one_by_one) == content


def test_stopping_a_merge_early_leaves_no_unpacked_bundle(tmp_path: Path, data_dir: Path) -> None:
    import tempfile

    files = [_laptop(tmp_path, name) for name in ("a", "b", "c")]
    scratch = Path(tempfile.gettempdir())
    before = set(scratch.glob("teachin-merge-*"))
    with open_store() as store:
        outcomes = merge_bundles(store, files)
        assert next(outcomes).added["answers"] == 12
        outcomes.close()  # the facilitator pressed Stop; the second was being checked
        assert store.db["imports"].count == 1
    assert set(scratch.glob("teachin-merge-*")) == before


KILLED_MERGE = """
import sys, time
from pathlib import Path
from teachin.store import open_store
from teachin.store.bundle import merge_bundles

database, stop_after, *files = sys.argv[1:]
with open_store(Path(database), make_backup=False) as store:
    for k, outcome in enumerate(merge_bundles(store, [Path(f) for f in files])):
        print(k, type(outcome).__name__, flush=True)
        if k == int(stop_after):
            time.sleep(60)  # killed here, the transaction still open
"""


@pytest.mark.parametrize("stop_after", [1, 2])
def test_a_merge_killed_midway_changes_nothing_and_can_be_run_again(
    tmp_path: Path, stop_after: int
) -> None:
    """Several bundles merge in one transaction: SIGKILL after some (or all) were reported,
    before the commit, leaves the database as it was and sound; merging again adds them all."""
    import os
    import signal
    import subprocess
    import sys

    import teachin

    files = [_laptop(tmp_path, name) for name in ("a", "b", "c")]
    target = tmp_path / "gather" / "teachin.db"
    with open_store(target, make_backup=False) as store:  # one bundle is already here
        list(merge_bundles(store, files[:1]))
    before = _content(target)
    env = {**os.environ, "PYTHONPATH": str(Path(teachin.__file__).parents[1])}
    args = [sys.executable, "-c", KILLED_MERGE, str(target), str(stop_after), *map(str, files)]
    child = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    seen = [child.stdout.readline().split() for _ in range(stop_after + 1)]
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert seen[1:] == [[str(k), "MergeReport"] for k in range(1, stop_after + 1)]
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM imports").fetchone() == (1,)
    finally:
        conn.close()
    assert _content(target) == before  # all or nothing: nothing
    with open_store(target, make_backup=False) as store:
        outcomes = list(merge_bundles(store, files))
    assert [o.added.get("answers") for o in outcomes] == [None, 12, 12]
    assert outcomes[0].already_merged
    assert len(_content(target)["answers"]) == 3 * 12


def test_a_refused_bundle_rolls_back_alone_among_several(tmp_path: Path) -> None:
    """A bundle refused at its insert (rows clashing with this laptop's) is rolled back to
    its savepoint: the bundles before and after it are merged, in the same transaction."""
    good = [_laptop(tmp_path, name) for name in ("a", "b", "c")]
    target = tmp_path / "gather" / "teachin.db"
    clashing = tmp_path / "clash"
    with open_store(target, make_backup=False) as store:
        list(merge_bundles(store, [good[0]]))
        store.conn.execute("UPDATE answers SET points = 7 WHERE rowid = 1")  # this laptop's edit
        clash = export_bundle(store, clashing)
        store.conn.execute("UPDATE answers SET points = 1 WHERE rowid = 1")
    fresh = tmp_path / "fresh" / "teachin.db"
    with open_store(fresh, make_backup=False) as store:
        outcomes = list(merge_bundles(store, [good[0], good[1], clash, good[2]]))
        assert isinstance(outcomes[2], BundleError)
        assert "already here with other content" in str(outcomes[2])
        assert [o.added["answers"] for o in outcomes if isinstance(o, MergeReport)] == [12] * 3
        assert store.db["imports"].count == 3
    assert len(_content(fresh)["answers"]) == 36
    assert (fresh.parent / "quarantine").is_dir()


# --- the command line ----------------------------------------------------------------------


def test_results_bundle_merge_show_export(tmp_path: Path, data_dir: Path, capsys) -> None:
    other = _laptop(tmp_path, "other", people=2)
    with open_store() as store:
        attempt = ops.start_attempt(store, nickname="Zoë", quiz="pre")
        ops.record_answer(
            store, answer_id="z1", attempt_id=attempt, question="q0", response="x", correct=False
        )
        ops.record_answer(
            store, answer_id="z2", attempt_id=attempt, question="q0", response={"choice": 0},
            correct=True, points=2.0,
        )  # fmt: skip

    assert main(["results", "merge", str(other), str(other)]) == 0
    out = capsys.readouterr().out
    assert "added 2 participants, 2 attempts, 8 answers" in out
    assert "already merged" in out

    assert main(["results", "show"]) == 0
    out = capsys.readouterr().out
    assert "Quiz pre (Before we start): 3 people took part, 3 attempt(s), 2 finished" in out
    assert "2 laptop(s)" in out
    # q0 (not in the deck's pre quiz): Zoë's current answer is the correct one; other-0
    # right, other-1 wrong.
    assert "q0 (no longer in the quiz file)\n     3 answered · 67 % right" in out
    zoe = next(line for line in out.splitlines() if "Zoë" in line)
    assert zoe.split()[1:4] == ["1", "1", "2"] and "not yet" in zoe

    target = tmp_path / "out.csv"
    assert main(["results", "export", str(target)]) == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 10
    mine = {r["answer id"]: r for r in rows if r["participant"] == "Zoë"}
    current = "counts (1 = the latest, 0 = changed later)"
    assert mine["z1"][current] == "0" and mine["z2"][current] == "1"
    assert json.loads(mine["z2"]["answer as stored"]) == {"choice": 0}
    assert mine["z2"]["points"] == "2"

    assert main(["results", "bundle", str(tmp_path / "stick")]) == 0
    [made] = (tmp_path / "stick").glob("teachin-results-*.zip")
    with open_store(tmp_path / "fresh" / "teachin.db") as fresh:
        assert merge_bundle(fresh, made).added["answers"] == 10


def test_results_merge_reports_a_broken_bundle(tmp_path: Path, capsys) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 not really")
    assert main(["results", "merge", str(junk)]) == 1
    err = capsys.readouterr().err
    assert f"ERROR: {junk}:" in err and "Traceback" not in err


def test_results_show_on_an_empty_folder(capsys) -> None:
    assert main(["results", "show"]) == 0
    assert "No answers yet." in capsys.readouterr().out


def test_results_refuses_a_newer_database_cleanly(data_dir: Path, capsys) -> None:
    open_store().close()
    conn = sqlite3.connect(data_dir / "teachin.db")
    conn.execute(  # as a newer Teach-in leaves it: its migrations recorded, the version to match
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('teachin', 'm999_future', '2030-01-01')"
    )
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    assert main(["results", "show"]) == 1
    assert "newer Teach-in" in capsys.readouterr().err


def test_datasette_style_plain_sqlite_read(data_dir: Path) -> None:
    import sqlite_utils

    with open_store() as store:
        attempt = ops.start_attempt(store, nickname="Ana", quiz="pre")
        ops.record_answer(store, answer_id="a", attempt_id=attempt, question="q", response=[1])
    plain = sqlite_utils.Database(data_dir / "teachin.db")
    assert [r["response"] for r in plain["answers"].rows] == ["[1]"]
    plain.close()


def test_self_test_store_check_passes(tmp_path: Path) -> None:
    from teachin.selftest_store import check_store

    check_store(tmp_path)
    assert (tmp_path / "facilitator" / "teachin.db").exists()


# --- bundles made by hand or damaged where no checksum looks: refused whole, kept aside ------


def _edited(bundle: Path, target: Path, sql: str) -> Path:
    """``bundle`` with ``sql`` run on its database, the manifest's checksum made to match."""
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        (target.parent / "edit.db").write_bytes(archive.read("results.db"))
    conn = sqlite3.connect(target.parent / "edit.db", isolation_level=None)
    conn.executescript(sql)
    conn.close()
    data = (target.parent / "edit.db").read_bytes()
    (target.parent / "edit.db").unlink()
    manifest["files"]["results.db"]["sha256"] = hashlib.sha256(data).hexdigest()
    return _rewrite(bundle, target, manifest=manifest, data=data)


def _deflate_error_at(bundle: Path) -> int:
    """The offset of a byte in the deflated results.db whose flip makes zlib itself fail."""
    import zlib

    with zipfile.ZipFile(bundle) as archive:
        info = archive.getinfo("results.db")
    raw = bundle.read_bytes()
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start, start + info.compress_size):
        stream = bytearray(raw[start : start + info.compress_size])
        stream[offset - start] ^= 0xFF
        try:
            zlib.decompressobj(-15).decompress(bytes(stream))
        except zlib.error:
            return offset
    raise AssertionError("no flip upsets zlib")


LONG_NICKNAME = (
    "UPDATE participants SET nickname = (WITH RECURSIVE n(i) AS "
    "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) SELECT group_concat('x', '') FROM n)"
)
THIRTIETH_OF_FEBRUARY = (
    "UPDATE answers SET answered_at = '2026-02-30T10:00:00.000000+00:00' WHERE rowid = 1"
)
# Valid JSON to SQLite (it nests 2,000 deep), but past Python's recursion limit.
TOO_DEEP_FOR_PYTHON = (
    "UPDATE answers SET response = printf('%.*c', 1500, '[') || printf('%.*c', 1500, ']')"
)
HUGE_RESPONSE = "UPDATE answers SET response = json_quote(hex(randomblob(300000)))"
VIEW_FOR_TABLE = (
    "ALTER TABLE events RENAME TO old_events; CREATE VIEW events AS SELECT * FROM old_events"
)
ORPHAN = "PRAGMA foreign_keys=OFF; UPDATE answers SET attempt_id = 'nowhere'"


def _hostile_bundles(tmp_path: Path, bundle: Path, here: Path) -> list[tuple[str, Path]]:
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    digest = manifest["files"]["results.db"]
    flipped = bytearray(bundle.read_bytes())
    flipped[_deflate_error_at(bundle)] ^= 0xFF
    (tmp_path / "zlib.zip").write_bytes(bytes(flipped))
    conn = sqlite3.connect(here)  # an answer this laptop already has, for a forged twin
    mine = conn.execute("SELECT id FROM answers LIMIT 1").fetchone()[0]
    conn.close()

    twin = f"UPDATE answers SET id = '{mine}' WHERE rowid = 1"

    def manifest_with(name: str, **changes: object) -> Path:
        return _rewrite(bundle, tmp_path / name, manifest=dict(manifest, **changes))

    def edited(name: str, sql: str) -> Path:
        return _edited(bundle, tmp_path / name, sql)

    return [
        ("sha256 checksum for results.db", manifest_with("files-list.zip", files=[digest])),
        ('schema_version is "1"', manifest_with("schema-text.zip", schema_version="1")),
        ('format_version is "1"', manifest_with("format-text.zip", format_version="1")),
        ("format_version is true", manifest_with("format-bool.zip", format_version=True)),
        ("schema_version is null", manifest_with("schema-null.zip", schema_version=None)),
        ("device_name is", manifest_with("name-list.zip", device_name=["a"])),
        ("unknown manifest format", _rewrite(bundle, tmp_path / "list.zip", manifest=[1, 2])),
        ("error", tmp_path / "zlib.zip"),
        ("response is not JSON", edited("json.zip", "UPDATE answers SET response = '{oops'")),
        ("answered_at is not a time", edited("time.zip", "UPDATE answers SET answered_at = 5")),
        ("points is not a number", edited("points.zip", "UPDATE answers SET points = 'x'")),
        ("answered_at is not a time", edited("february.zip", THIRTIETH_OF_FEBRUARY)),
        ("response is not JSON", edited("deep.zip", TOO_DEEP_FOR_PYTHON)),
        ("correct is not 0, 1", edited("flag.zip", "UPDATE answers SET correct = 7")),
        ("nickname is not text of 1 to 1,000", edited("huge.zip", LONG_NICKNAME)),
        ("response is too large", edited("huger.zip", HUGE_RESPONSE)),
        ("already here with other content", edited("twin.zip", twin)),
        ("a view named", edited("view.zip", VIEW_FOR_TABLE)),
        ("refers to a", edited("orphan.zip", ORPHAN)),
    ]


def test_hostile_bundles_are_rejected_kept_aside_and_change_nothing(
    tmp_path: Path, data_dir: Path
) -> None:
    good = _laptop(tmp_path, "a")
    with open_store() as store:
        merge_bundle(store, _laptop(tmp_path, "b"))
        before = _content(store.path)
        cases = _hostile_bundles(tmp_path, good, store.path)
        for expected, bad in cases:
            with pytest.raises(BundleError, match=expected) as error:
                merge_bundle(store, bad)
            assert str(bad) in str(error.value) and "a copy was kept in" in str(error.value)
        assert _content(store.path) == before
        assert store.db["imports"].count == 1
        assert len(list((data_dir / "quarantine").iterdir())) == len(cases)
        assert merge_bundle(store, good).added["answers"] == 12  # good ones still merge


def test_a_bundle_that_cannot_be_written_is_refused_plainly(
    tmp_path: Path, data_dir: Path, capsys
) -> None:
    from test_store_safety import _tmpfs

    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file where a folder of the path should be")
    with open_store() as store:
        ops.start_attempt(store, nickname="Ana", quiz="pre")
        with pytest.raises(BundleError, match="a file is in the way"):
            export_bundle(store, blocker / "stick")
        with _tmpfs(tmp_path / "locked", "64M", read_only=True) as locked:
            with pytest.raises(BundleError, match="Read-only file system"):
                export_bundle(store, locked)
            assert list(locked.iterdir()) == []  # no partial file left behind
    assert main(["results", "bundle", str(blocker / "stick")]) != 0
    err = capsys.readouterr().err
    assert "cannot write a bundle" in err and "Traceback" not in err


NOT_UTF8 = "CAST(x'7b22ff227d' AS TEXT)"  # {"?"} with a byte no UTF-8 text holds
TEXT_NOT_UTF8 = {  # where the text is: (the table named in the refusal, the edit)
    "an answer's response": (
        "answers",
        f"UPDATE answers SET response = {NOT_UTF8} WHERE rowid = 2",
    ),
    "a nickname": ("participants", f"UPDATE participants SET nickname = {NOT_UTF8}"),
    "an event's detail": ("events", f"UPDATE events SET detail = {NOT_UTF8} WHERE rowid = 1"),
    "a setting": ("settings", f"INSERT INTO settings VALUES ('x', {NOT_UTF8})"),
    "a column of its own in answers": (
        "answers",
        f"ALTER TABLE answers ADD COLUMN note TEXT; UPDATE answers SET note = {NOT_UTF8}",
    ),
    "a table of its own": (
        "notes",
        f"CREATE TABLE notes (t); INSERT INTO notes VALUES ({NOT_UTF8})",
    ),
}


@pytest.mark.parametrize("where", TEXT_NOT_UTF8)
def test_text_that_is_not_utf8_is_refused_wherever_it_is(
    tmp_path: Path, data_dir: Path, where: str
) -> None:
    """The rows merged are checked as they are read, the rest of the file by the file check:
    either way such a bundle is refused as damaged, naming the table, and changes nothing."""
    table, sql = TEXT_NOT_UTF8[where]
    bad = _edited(_laptop(tmp_path, "a"), tmp_path / "bad.zip", sql)
    with open_store() as store:
        merge_bundle(store, _laptop(tmp_path, "b"))
        before = _content(store.path)
        with pytest.raises(BundleError, match=f"damaged \\(unreadable text in table {table}:"):
            merge_bundle(store, bad)
        assert _content(store.path) == before and store.db["imports"].count == 1


def test_bytes_kept_as_a_blob_are_no_fault(tmp_path: Path, data_dir: Path) -> None:
    """Not stricter than before either: the same bytes as a blob, in a table of its own."""
    sql = "CREATE TABLE notes (t); INSERT INTO notes VALUES (x'7b22ff227d')"
    bundle = _edited(_laptop(tmp_path, "a"), tmp_path / "blob.zip", sql)
    with open_store() as store:
        assert merge_bundle(store, bundle).added["answers"] == 12
