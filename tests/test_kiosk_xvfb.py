"""The kiosk on a real X server (Xvfb), started as `teachin quiz` is: it fills the screen it
starts on with no window manager (a bare X session, as kiosk set-ups use: before, it opened as a
1000 x 517 window) and with one (openbox), at 100 % and at 150 % scaling (QT_SCALE_FACTOR), and
every screen, walked through with key presses, shows its text in full. The window's size is
asked of the X server (xwininfo), not of Qt. Needs Debian's xvfb, x11-utils and openbox
(.ci/run installs them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

from kiosk_driving import EVERY_KIND

CHILD = Path(__file__).with_name("kiosk_xvfb_child.py")


@contextmanager
def x_server(
    width: int, height: int, window_manager: bool, more: Sequence[tuple[int, int]] = ()
) -> Iterator[str]:
    """An Xvfb display of one ``width`` x ``height`` screen (and openbox on it): its name.
    ``more``: further screens (X screens 1, 2…; without Xinerama Qt sees each as a QScreen)."""
    read, write = os.pipe()
    screens = []
    for number, (wide, high) in enumerate(((width, height), *more)):
        screens += ["-screen", str(number), f"{wide}x{high}x24"]
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), *screens, "-nolisten", "tcp"],
        pass_fds=[write],
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = f":{pipe.readline().strip()}"
    manager = None
    try:
        if window_manager:
            env = {**os.environ, "DISPLAY": display}
            manager = subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL)
            time.sleep(0.5)  # openbox takes the screen before the kiosk maps its window
        yield display
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                process.wait(10)


def run_kiosk(display: str, tmp_path: Path, scale: float = 1.0) -> list[dict]:
    deck = tmp_path / "deck"
    (deck / "quizzes").mkdir(parents=True)
    (deck / "slides").mkdir()
    (deck / "quizzes" / "every.gift").write_text(EVERY_KIND, encoding="utf-8")
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_SCALE_FACTOR": str(scale),
        "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[1] / "src"), *sys.path]),
    }
    done = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path / "data"), str(deck)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stderr[-2000:]
    return lines


CASES = [
    pytest.param(1366, 768, False, 1.0, id="1366x768-bare-X"),
    pytest.param(1366, 768, True, 1.0, id="1366x768-openbox"),
    pytest.param(1024, 768, False, 1.5, id="1024x768-150%-bare-X"),
    pytest.param(1280, 720, True, 1.25, id="1280x720-125%-openbox"),
]


@pytest.mark.parametrize(("width", "height", "window_manager", "scale"), CASES)
def test_the_kiosk_fills_its_screen_and_every_screen_reads_in_full(
    tmp_path, width, height, window_manager, scale
):
    with x_server(width, height, window_manager) as display:
        lines = run_kiosk(display, tmp_path, scale)
    assert [line["screen"] for line in lines][:3] == ["pin-setup", "name", "question-welcome"]
    assert lines[-1]["screen"] == "facilitator"
    for line in lines:
        x = line["x"]
        assert (x["x"], x["y"]) == (0, 0), line["screen"]
        # 1024 / 1.5 is 682.7 logical pixels: Qt rounds to 683, which is 1024.5 on the screen.
        assert abs(x["width"] - width) <= 1 and abs(x["height"] - height) <= 1, line["screen"]
        logical = [0, 0, round(width / scale), round(height / scale)]
        assert line["qt"] == logical == line["logical_screen"], line["screen"]
        assert line["problems"] == [], line["screen"]
