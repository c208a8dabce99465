"""The presenter's results window on a real X server (Xvfb) at the sizes laptops have, with a
window manager (openbox) and without: the whole window is on the screen, title bar included
(before, it was placed with its inside at the screen's corner, its title bar above the screen).
Needs Debian's xvfb, x11-utils and openbox (.ci/run installs them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_kiosk_xvfb import x_server

CHILD = Path(__file__).with_name("results_xvfb_child.py")


@pytest.mark.parametrize(
    ("width", "height", "window_manager"),
    [(1366, 768, True), (1366, 768, False), (1280, 720, True), (1280, 720, False)],
)
def test_the_results_window_is_wholly_on_the_screen(repo, data_dir, width, height, window_manager):
    with x_server(width, height, window_manager) as display:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "PYTHONPATH": os.pathsep.join([str(repo / "src"), *sys.path]),
        }
        done = subprocess.run(
            [sys.executable, str(CHILD), str(repo)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stderr[-2000:]
    x = lines[0]["x"]
    assert x["y"] - x["top"] >= 0 and x["x"] - x["left"] >= 0, x  # the title bar is on screen
    assert x["x"] + x["width"] + x["right"] <= width, x
    assert x["y"] + x["height"] + x["bottom"] <= height, x
    if window_manager:
        assert x["top"] > 0, x  # framed: a title bar to see
    # It fills the screen (less the frame): the charts have the room there is.
    assert x["width"] + x["left"] + x["right"] >= width - 2, x
    assert x["height"] + x["top"] + x["bottom"] >= height - 2, x
