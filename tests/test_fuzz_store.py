"""Fuzzing the store's readers of outside bytes with hypothesis: results bundles (mutated real
bundles: flipped bytes, cuts, manifests of any JSON shape, damaged inner databases with a
matching checksum) and the settings table (any value of any type). Each input ends in a merge,
a ``BundleError`` with a quarantine copy, or a default with a notice: never another exception,
never a change to the answers already kept, and within hypothesis' deadline."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
import zipfile
from datetime import timedelta
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teachin.store import answers as ops
from teachin.store import open_store
from teachin.store.bundle import BundleError, export_bundle, merge_bundle
from teachin.store.schema import MERGED_TABLES
from teachin.store.settings import KIOSK_QUIZ, NAMES, SHAPES, get_setting

FUZZ = settings(
    deadline=timedelta(seconds=5),  # a hang or a quadratic blow-up, not a speed target
    suppress_health_check=[HealthCheck.too_slow],
)


@cache
def _bundle() -> tuple[bytes, dict, bytes]:
    """A real bundle (two people, six answers, a finished attempt): its bytes, manifest and
    database."""
    folder = Path(tempfile.mkdtemp(prefix="teachin-fuzz-"))
    with open_store(folder / "laptop" / "teachin.db") as store:
        for name in ("Ana", "Bo"):
            attempt = ops.start_attempt(store, nickname=name, quiz="pre")
            for q in range(3):
                ops.record_answer(
                    store, answer_id=ops.new_id(), attempt_id=attempt, question=f"q{q}",
                    response={"choice": q}, correct=q == 1, points=float(q),
                )  # fmt: skip
            ops.finish_attempt(store, attempt_id=attempt)
        bundle = export_bundle(store, folder / "stick")
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = archive.read("results.db")
    return bundle.read_bytes(), manifest, data


def _content(store) -> dict[str, list[tuple]]:
    """The merged tables, but for this laptop's own log (each merge adds a line to it)."""
    mine = "WHERE device_id != ?"
    return {
        t: sorted(store.conn.execute(f"SELECT * FROM main.{t} {mine}", [store.device_id]))
        for t in MERGED_TABLES
    }


class _Facilitator:
    """The laptop merging, one for each test: it already holds the real bundle's rows, so a
    mutated bundle that still merges may add nothing, and any change to the kept answers is a
    fault."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.store = open_store(folder / "data" / "teachin.db")
        original = folder / "original.zip"
        original.write_bytes(_bundle()[0])
        merge_bundle(self.store, original)
        self.kept = _content(self.store)
        self.count = 0

    def merge(self, data: bytes) -> str:
        """Merge ``data`` as a bundle file; returns why it was refused, or "" if it merged."""
        self.count += 1
        bad = self.folder / f"bundle-{self.count}.zip"
        bad.write_bytes(data)
        message = ""
        try:
            merge_bundle(self.store, bad)
        except BundleError as error:
            message = str(error)
            assert message.startswith(f"{bad}: ") and "\n" not in message
            kept = list((self.folder / "data" / "quarantine").glob(f"bundle-{self.count}-*"))
            assert len(kept) == 1 and kept[0].read_bytes() == data
        assert _content(self.store) == self.kept
        return message


@pytest.fixture(scope="module")
def facilitator(tmp_path_factory: pytest.TempPathFactory):
    laptop = _Facilitator(tmp_path_factory.mktemp("facilitator"))
    yield laptop
    laptop.store.close()


def _zip(manifest_text: str | bytes, data: bytes) -> bytes:
    path = Path(tempfile.mkdtemp(prefix="teachin-fuzz-")) / "b.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", manifest_text)
        archive.writestr("results.db", data)
    return path.read_bytes()


flips = st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), max_size=8)


@settings(parent=FUZZ, max_examples=150)
@given(flips=flips, cut=st.one_of(st.none(), st.floats(0, 1)))
def test_bundle_with_flipped_bytes_or_cut_short(facilitator: _Facilitator, flips, cut) -> None:
    data = bytearray(_bundle()[0])
    for where, mask in flips:
        data[int(where * len(data))] ^= mask
    if cut is not None:
        data = data[: int(cut * len(data))]
    facilitator.merge(bytes(data))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=12,
)
manifest_keys = st.sampled_from(
    ["format", "format_version", "schema_version", "files", "device_id", "device_name", "counts"]
)


@settings(parent=FUZZ, max_examples=150)
@given(
    whole=st.one_of(st.none(), json_values),
    changes=st.dictionaries(manifest_keys, json_values, max_size=3),
    raw=st.one_of(st.none(), st.binary(max_size=60)),
)
def test_bundle_manifest_of_any_shape(facilitator: _Facilitator, whole, changes, raw) -> None:
    """Any JSON in place of the manifest, the real one with any value at any of its keys, or
    any bytes at all; the database beside it is the real one."""
    _, manifest, data = _bundle()
    if raw is not None:
        text: str | bytes = raw
    elif whole is not None:
        text = json.dumps(whole)
    else:
        text = json.dumps(dict(manifest, **changes))
    facilitator.merge(_zip(text, data))


@settings(parent=FUZZ, max_examples=100)
@given(flips=flips, cut=st.one_of(st.none(), st.floats(0.1, 1)))
def test_bundle_database_damaged_under_a_matching_checksum(
    facilitator: _Facilitator, flips, cut
) -> None:
    """The inner database damaged and the manifest's checksum made to match, so the checks of
    the database itself are what stands between it and the kept answers."""
    _, manifest, original = _bundle()
    data = bytearray(original)
    for where, mask in flips:
        data[int(where * len(data))] ^= mask
    if cut is not None:
        data = data[: int(cut * len(data))]
    files = {"results.db": {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}}
    facilitator.merge(_zip(json.dumps(dict(manifest, files=files)), bytes(data)))


TEXT_CELLS = [
    ("participants", "nickname"),
    ("attempts", "quiz"),
    ("answers", "question"),
    ("answers", "response"),
    ("events", "detail"),
    ("settings", "value"),  # not merged: the file check reads it
]


@settings(parent=FUZZ, max_examples=80)
@given(
    cell=st.sampled_from(TEXT_CELLS),
    raw=st.one_of(st.binary(max_size=24), st.text(max_size=12).map(str.encode)),
)
def test_bundle_cell_holding_any_bytes_as_text(facilitator: _Facilitator, cell, raw) -> None:
    """Any bytes stored as text in one cell, checksum made to match: the bundle is refused
    as holding unreadable text exactly when they are not UTF-8 (the merged cells are checked
    as they are read, the others by the file check)."""
    table, column = cell
    _, manifest, original = _bundle()
    folder = Path(tempfile.mkdtemp(prefix="teachin-fuzz-"))
    edited = folder / "results.db"
    edited.write_bytes(original)
    conn = sqlite3.connect(edited)
    conn.execute(
        f"UPDATE {table} SET {column} = CAST(? AS TEXT) "
        f"WHERE rowid = (SELECT max(rowid) FROM {table})",
        [raw],
    )
    conn.commit()
    conn.close()
    data = edited.read_bytes()
    files = {"results.db": {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}}
    try:
        raw.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError:
        utf8 = False
    said = facilitator.merge(_zip(json.dumps(dict(manifest, files=files)), data))
    assert ("unreadable text" in said) == (not utf8), said


# --- the settings table ----------------------------------------------------------------------

stored_values = st.one_of(
    st.text(max_size=40),
    json_values.map(json.dumps),
    st.binary(max_size=40).map(lambda b: ("blob", b)),
    st.binary(min_size=1, max_size=40).map(lambda b: ("text", b)),  # bytes stored as text
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False),
    st.sampled_from(["[" * 5000 + "]" * 5000, '"' + "x" * (2 << 20) + '"', "1" * 5000]),
)


@pytest.fixture(scope="module")
def kiosk_store(tmp_path_factory: pytest.TempPathFactory):
    with open_store(tmp_path_factory.mktemp("kiosk") / "teachin.db") as store:
        yield store


@settings(parent=FUZZ, max_examples=300)
@given(key=st.sampled_from([KIOSK_QUIZ, NAMES, "other"]), value=stored_values)
def test_settings_table_holding_anything(kiosk_store, key: str, value) -> None:
    store = kiosk_store
    store.notices.clear()
    if isinstance(value, tuple):  # raw bytes, as a blob or as (maybe not UTF-8) text
        kind, raw = value
        cast = "CAST(? AS TEXT)" if kind == "text" else "?"
        sql = f"INSERT OR REPLACE INTO settings (key, value) VALUES (?, {cast})"
        store.conn.execute(sql, [key, raw])
    else:
        store.conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", [key, value])
    default = object()
    got = get_setting(store, key, default)
    if got is default:
        assert any(key in notice for notice in store.notices)
    else:
        assert SHAPES.get(key, lambda _v: True)(got)
        assert store.notices == []
