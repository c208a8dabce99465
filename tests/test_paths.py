"""Where the data folder is on each system, on a faked platform and environment: the local
(not roaming) folder on Windows, never the doubled Teach-in/Teach-in, and a laptop whose
answers are in the old doubled folder keeps them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teachin import paths

ON_LINUX = sys.platform.startswith("linux")


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        (
            "win32",
            {"LOCALAPPDATA": r"C:\Users\ana\AppData\Local", "APPDATA": r"\\server\ana\Roaming"},
            r"C:\Users\ana\AppData\Local\Teach-in",
        ),
        ("win32", {}, r"C:\Users\ana\AppData\Local\Teach-in"),  # no variables: the usual place
        ("darwin", {}, "/Users/ana/Library/Application Support/Teach-in"),
        ("linux", {}, "/home/ana/.local/share/Teach-in"),
        ("linux", {"XDG_DATA_HOME": "/data/ana"}, "/data/ana/Teach-in"),
        ("linux", {"XDG_DATA_HOME": "relative/x"}, "/home/ana/.local/share/Teach-in"),
    ],
)
def test_the_data_folder_is_the_local_one_named_once(
    platform: str, env: dict[str, str], expected: str
) -> None:
    homes = {"win32": r"C:\Users\ana", "darwin": "/Users/ana", "linux": "/home/ana"}
    home = homes[platform]
    found = paths.standard_data_dir(platform, env, home)
    assert found == expected
    assert "Teach-in" + ("\\" if platform == "win32" else "/") + "Teach-in" not in found
    assert "Roaming" not in found


def test_answers_in_the_old_doubled_folder_are_not_left_behind(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path)}
    old = tmp_path / "Teach-in" / "Teach-in"
    assert paths.standard_data_dir("linux", env, "/nowhere") == str(tmp_path / "Teach-in")
    old.mkdir(parents=True)
    (old / "teachin.db").write_bytes(b"")
    assert paths.standard_data_dir("linux", env, "/nowhere") == str(old)
    (tmp_path / "Teach-in" / "teachin.db").write_bytes(b"")  # both: the new one wins
    assert paths.standard_data_dir("linux", env, "/nowhere") == str(tmp_path / "Teach-in")


def test_the_data_folder_is_found_without_loading_qt() -> None:
    code = (
        "import sys; from teachin import paths; paths.data_dir(); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'"
    )
    env = {k: v for k, v in os.environ.items() if k != paths.DATA_DIR_ENV}
    env["PYTHONPATH"] = str(Path(paths.__file__).parents[1])
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)


def test_flag_then_variable_then_standard(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"
    paths.set_data_dir(tmp_path / "flag")
    assert paths.data_dir() == tmp_path / "flag"
    paths.set_data_dir(None)
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    if ON_LINUX:
        assert paths.data_dir() == tmp_path / ".local" / "share" / "Teach-in"


def test_a_damaged_settings_file_is_ignored_and_replaced(data_dir: Path, tmp_path: Path) -> None:
    (data_dir / "settings.json").write_bytes(b"\xff{not json")
    assert paths.choose_deck(None) is None  # the built-in deck
    deck = tmp_path / "deck"
    (deck / "slides").mkdir(parents=True)
    assert paths.choose_deck(str(deck)) == deck
    assert paths.choose_deck(None) == deck


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.binary(max_size=200)
    | st.text(max_size=80).map(str.encode)
    | st.dictionaries(st.sampled_from(["last_deck", "x"]), st.text(max_size=30) | st.integers())
    .map(json.dumps)
    .map(str.encode)
)
def test_any_settings_file_gives_a_deck_or_the_builtin_one(data_dir: Path, raw: bytes) -> None:
    (data_dir / "settings.json").write_bytes(raw)
    assert paths.choose_deck(None) is None or paths.choose_deck(None).is_dir()
