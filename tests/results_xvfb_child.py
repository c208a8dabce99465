"""Run by test_results_xvfb.py in its own process on a real X server (Xvfb): the presenter's
results window (Ctrl+R) opened as the presenter opens it, and one JSON line on stdout with what
the X server says of it: the window's place and size and the window manager's frame round it.

    python results_xvfb_child.py DECK_DIR
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk_xvfb_child import x_geometry  # what xwininfo says of a window
from teachin.ui.results.window import open_results


def x_says(window: QWidget) -> dict[str, int]:
    """Place and size (xwininfo) and the frame's left, right, top, bottom (0 without one)."""
    found = x_geometry(window)
    extents = subprocess.run(
        ["xprop", "-id", str(int(window.winId())), "_NET_FRAME_EXTENTS"],
        capture_output=True,
        text=True,
    ).stdout  # "_NET_FRAME_EXTENTS(CARDINAL) = 1, 1, 20, 5", or "not found" with no manager
    numbers = extents.partition("=")[2].split(",")
    sides = [int(n) for n in numbers] if len(numbers) == 4 else [0, 0, 0, 0]
    found.update(zip(("left", "right", "top", "bottom"), sides, strict=True))
    return found


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = open_results(Path(sys.argv[1]))
    QTest.qWaitForWindowExposed(window)
    QTest.qWait(700)  # the window manager has framed and placed it
    screen = window.screen().geometry()
    said = x_says(window)
    print(json.dumps({"x": said, "screen": [screen.width(), screen.height()]}), flush=True)
    window.close()
    app.quit()


if __name__ == "__main__":
    main()
