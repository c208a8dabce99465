"""The command line as a user types it: global options anywhere, --help per command, exit codes
and messages on standard error, `new-deck`, the remembered deck, the log file, no display."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

from teachin import display, logs, paths
from teachin.__main__ import COMMANDS, EXIT_FAILURE, EXIT_USAGE, build_parser, main

REPO = Path(__file__).resolve().parent.parent
RESULTS_ACTIONS = ("show", "export", "bundle", "merge")


def run_teachin(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "teachin", *args],
        env={**env, "PYTHONPATH": str(REPO / "src"), "TEACHIN_NO_DIALOG": "1"},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["quiz", "--data-dir", "X", "--deck", "D"],
        ["--data-dir", "X", "--deck", "D", "quiz"],
        ["--data-dir", "X", "quiz", "--deck", "D"],
        ["results", "show", "--data-dir", "X", "--deck", "D"],
        ["results", "--data-dir", "X", "merge", "b.zip", "--deck", "D"],
    ],
)
def test_global_options_work_before_and_after_the_command(argv: list[str]) -> None:
    args = build_parser().parse_args(argv)
    assert (args.data_dir, args.deck) == ("X", "D")


def test_an_option_given_before_the_command_is_not_undone_by_the_command() -> None:
    args = build_parser().parse_args(["--deck", "D", "--data-dir", "X", "check"])
    assert (args.deck, args.data_dir, args.deck_dir) == ("D", "X", None)


def test_results_show_reads_the_data_dir_given_after_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["results", "show", "--data-dir", str(tmp_path / "elsewhere")]) == 0
    assert str(tmp_path / "elsewhere" / "teachin.db") in capsys.readouterr().out


def test_check_uses_the_deck_given_after_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "deck"
    (deck / "slides").mkdir(parents=True)
    (deck / "slides" / "01-one.md").write_text("# One\n\n::: chart nonsense\n", encoding="utf-8")
    code = main(["check", "--deck", str(deck)])
    out = capsys.readouterr().out
    assert "1 slides" in out  # this deck's one slide, not the built-in 84
    assert code in (0, 1)


@pytest.mark.parametrize("words", [[name] for name in COMMANDS if name != "results"])
def test_each_command_has_its_own_help(
    words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main([*words, "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: teachin {words[0]} ")
    assert "--data-dir DIR" in out and "Exit codes" in out


@pytest.mark.parametrize("action", RESULTS_ACTIONS)
def test_each_results_action_has_its_own_help(
    action: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["results", action, "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: teachin results {action} ")
    assert "--data-dir DIR" in out


@pytest.mark.parametrize(
    "argv",
    [["bogus"], ["results"], ["results", "merge"], ["shot", "--slide", "x"], ["quiz", "--nope"]],
)
def test_usage_errors_exit_2_on_standard_error(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "usage: teachin" in captured.err and "error:" in captured.err


def test_help_and_readme_document_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "1 failed" in out and "2 wrong command line" in out
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "Exit codes" in readme


# --- new-deck and the remembered deck -------------------------------------------------------
def test_new_deck_copies_the_builtin_deck_which_then_checks_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "my deck"
    assert main(["new-deck", str(target)]) == 0
    builtin = paths.builtin_deck()
    for part in ("slides", "quizzes", "assets/data", "assets/fonts"):
        names = sorted(p.name for p in (builtin / part).iterdir())
        assert sorted(p.name for p in (target / part).iterdir()) == names
    assert "teachin --builtin-deck" in capsys.readouterr().out
    assert main(["check", str(target)]) == 0


def test_new_deck_refuses_a_folder_that_is_not_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["new-deck", str(tmp_path)]) == EXIT_FAILURE
    captured = capsys.readouterr()
    assert "not empty" in captured.err and captured.out == ""
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


@pytest.fixture
def fake_present(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """`teachin present` without windows: records the deck the command would show."""
    shown: list[Path] = []
    module = types.SimpleNamespace(run=lambda args: shown.append(paths.deck_dir(args.deck_dir)))
    monkeypatch.setitem(sys.modules, "fake_present", module)
    monkeypatch.setitem(COMMANDS, "present", "fake_present:run")
    return shown


def test_the_last_deck_presented_is_used_until_told_otherwise(
    tmp_path: Path, fake_present: list[Path]
) -> None:
    mine = tmp_path / "mine"
    main(["new-deck", str(mine)])
    main(["present", str(mine)])  # named once ...
    main([])  # ... then plain `teachin`
    main(["present"])
    main(["--builtin-deck"])  # back to the built-in deck, and that is remembered too
    main(["present"])
    builtin = paths.builtin_deck()
    assert fake_present == [mine, mine, mine, builtin, builtin]


def test_a_remembered_deck_that_is_gone_falls_back_to_the_builtin_one(
    tmp_path: Path, fake_present: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    mine = tmp_path / "mine"
    main(["new-deck", str(mine)])
    main(["present", "--deck", str(mine)])
    shutil.rmtree(mine)
    main(["present"])
    assert fake_present == [mine, paths.builtin_deck()]
    assert "the deck used last time is gone" in capsys.readouterr().err


# --- the log file -----------------------------------------------------------------------------
def test_deck_problems_of_the_presenter_go_to_the_log_file_and_stderr(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    empty = tmp_path / "empty"
    (empty / "slides").mkdir(parents=True)
    assert main(["present", str(empty)]) == EXIT_FAILURE
    text = (data_dir / "logs" / "teachin.log").read_text(encoding="utf-8")
    assert "present started" in text
    assert f"{empty}: no slides to present" in text
    assert f"{empty}: no slides to present" in capsys.readouterr().err


def test_the_log_file_rotates_at_its_size_cap(data_dir: Path) -> None:
    logs.start("test")
    deck_log = logging.getLogger("teachin.deck")
    line = "x" * 1000
    for _ in range(logs.LOG_BYTES * (logs.LOG_BACKUPS + 2) // 1000):
        deck_log.info(line)
    files = sorted((data_dir / "logs").iterdir())
    assert [f.name for f in files] == ["teachin.log", "teachin.log.1", "teachin.log.2"]
    assert all(f.stat().st_size <= logs.LOG_BYTES for f in files)


def test_an_unwritable_log_folder_costs_nothing_but_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    paths.set_data_dir(blocker)  # logs/ would have to be made inside a file
    logs.start("test")
    logging.getLogger("teachin.store").warning("still said")
    logging.getLogger("teachin.store").warning("and again")
    assert capsys.readouterr().err == "still said\nand again\n"


def test_a_fault_goes_to_the_log_file_with_its_traceback_not_to_the_console(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from teachin import startup_errors

    def broken(argv: object) -> int:
        raise ValueError("bad byte in slide 3")

    assert startup_errors.run_guarded(broken, []) == EXIT_FAILURE
    text = (data_dir / "logs" / "teachin.log").read_text(encoding="utf-8")
    assert "bad byte in slide 3" in text and "Traceback" in text
    assert "Traceback" not in capsys.readouterr().err


def test_open_log_folder_asks_the_desktop_to_show_the_folder(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert logs.open_log_folder() is False  # nothing logged yet: no folder to show
    logs.start("test")
    logging.getLogger("teachin.deck").warning("something")
    assert logs.open_log_folder() is True
    assert [url.toLocalFile() for url in opened] == [str(data_dir / "logs")]


# --- no display ----------------------------------------------------------------------------------
def _clean_env(tmp_path: Path) -> dict[str, str]:
    drop = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "TEACHIN_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    env["TEACHIN_DATA_DIR"] = str(tmp_path / "data")
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
@pytest.mark.parametrize("command", [[], ["quiz"]])
def test_without_a_display_the_app_says_so_instead_of_qt_aborting(
    tmp_path: Path, command: list[str]
) -> None:
    result = run_teachin(*command, env=_clean_env(tmp_path), cwd=tmp_path)
    assert result.returncode == EXIT_FAILURE
    assert "No screen to open a window on" in result.stderr
    assert "Reinstalling" not in result.stderr and "Aborted" not in result.stderr
    log = (tmp_path / "data" / "logs" / "teachin.log").read_text(encoding="utf-8")
    assert "No screen to open a window on" in log


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 only")
def test_a_display_nobody_answers_on_is_named(tmp_path: Path, monkeypatch) -> None:
    env = {**_clean_env(tmp_path), "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":93"}
    result = run_teachin(env=env, cwd=tmp_path)
    assert result.returncode == EXIT_FAILURE
    assert "Reinstalling" not in result.stderr
    # Either the plugin lacks libraries here (then they are named), or the display is.
    if "cannot load" in result.stderr:
        assert "sudo apt-get install" in result.stderr and "libxcb-cursor0" in result.stderr
    else:
        assert "Cannot open the X11 display ':93'" in result.stderr
    assert display.can_connect(":93") is False


def test_missing_plugin_libraries_are_named_with_their_debian_packages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        display, "plugin_libraries_missing", lambda: ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    )
    message = display.problem({"DISPLAY": ":0"}, "linux")
    assert message is not None
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in message
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 " in message


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF plugins")
def test_a_plugin_whose_libraries_are_missing_is_found_out(tmp_path: Path) -> None:
    """A copy of Qt's X11 plugin away from Qt's libraries cannot load: each missing one named."""
    plugin = display.xcb_plugin()
    if plugin is None:
        pytest.skip("no xcb plugin in this PySide6")
    copy = tmp_path / "platforms" / plugin.name
    copy.parent.mkdir()
    shutil.copy(plugin, copy)
    # In a fresh process: where Qt's X11 library is loaded already, its name alone satisfies
    # the copy's dependency.
    code = (
        "import pathlib, sys; from teachin import display; "
        "print(display.plugin_libraries_missing(pathlib.Path(sys.argv[1])))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(copy)],
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "libQt6XcbQpa.so" in result.stdout


@pytest.mark.parametrize(
    ("env", "platform"),
    [
        ({}, "win32"),
        ({}, "darwin"),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux"),
    ],
)
def test_other_platforms_are_left_to_qt(env: dict[str, str], platform: str) -> None:
    assert display.problem(env, platform) is None
