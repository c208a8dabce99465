"""The presenter on one small laptop screen of a real X server (Xvfb) with no window manager
(a bare X session, where nobody maximises a window): the console fills the screen instead of
keeping its 1280x800 start size, which hid the slide counter, the timer and the last help rows
below a 720-px screen's edge. Needs Debian's xvfb (.ci/run installs it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_kiosk_xvfb import x_server
from two_screens import DECK

CHILD = r"""
import json, sys
from pathlib import Path
from teachin.app import Presenter, make_application
from teachin.content.deck import load_deck

app = make_application()
presenter = Presenter(load_deck(Path(sys.argv[1])))
presenter.show()
for _ in range(50):
    app.processEvents()
frame = presenter.console.frameGeometry()
print(json.dumps({"console": frame.getRect(), "screen": app.primaryScreen().geometry().getRect()}))
"""


@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)])
def test_console_fills_a_small_screen_without_a_window_manager(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    width, height = size
    (tmp_path / "deck" / "slides").mkdir(parents=True)
    (tmp_path / "deck" / "slides" / "01-only.md").write_text(DECK, encoding="utf-8")
    with x_server(width, height, window_manager=False) as display:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "TEACHIN_DATA_DIR": str(tmp_path / "data"),
            "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[1] / "src"), *sys.path]),
        }
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(tmp_path / "deck")],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["screen"] == [0, 0, width, height]
    assert seen["console"] == [0, 0, width, height]
