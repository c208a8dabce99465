"""The presenter on one small laptop screen of a real X server (Xvfb) with no window manager
(a bare X session, where nobody maximises a window): the console fills the screen instead of
keeping its 1280x800 start size, which hid the slide counter, the timer and the last help rows
below a 720-px screen's edge. Needs Debian's xvfb (.ci/run installs it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_kiosk_xvfb import x_server
from two_screens import DECK, run_on_x

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
        seen = run_on_x(CHILD, display, tmp_path)[-1]
    assert seen["screen"] == [0, 0, width, height]
    assert seen["console"] == [0, 0, width, height]
