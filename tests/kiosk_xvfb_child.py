"""Run by test_kiosk_xvfb.py in its own process on a real X server (Xvfb): `teachin quiz` as
people start it, then, once it is ready, the PIN set up, every screen walked through with real
key presses, and per screen what X says of the window and what cannot be read (one JSON line
each on stdout). Screenshots go to SHOTS_DIR when that is set.

    python kiosk_xvfb_child.py DATA_DIR DECK_DIR
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent))
import kiosk_driving as kd
from teachin.ui.kiosk.window import KioskWindow


class KeysOnly:
    """What ``kiosk_driving.each_screen`` needs of pytest-qt's qtbot, with QTest."""

    def keyClicks(self, widget, text: str) -> None:
        QTest.keyClicks(widget, text)

    def keyClick(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(widget, key, modifier)


def x_geometry(window: KioskWindow) -> dict[str, int]:
    """The window's size and place as the X server has them (xwininfo), not as Qt thinks."""
    out = subprocess.run(
        ["xwininfo", "-id", str(int(window.winId()))], capture_output=True, text=True, check=True
    ).stdout
    fields = {}
    for line in out.splitlines():
        key, _, value = line.strip().partition(":")
        if key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height"):
            fields[key.split()[-1].lower()] = int(value)
    return fields


def report(window: KioskWindow) -> None:
    shots = os.environ.get("SHOTS_DIR")
    screen = window.screen()
    for _ in range(2):
        QApplication.processEvents()
    QTest.qWait(200)  # the window manager has had its say
    bot = KeysOnly()
    QTest.keyClicks(window.pin_screen.edit, kd.PIN)
    QTest.keyClicks(window.pin_screen.again, kd.PIN)
    walk = kd.each_screen(bot, window)
    first = True
    while True:
        name = "pin-setup" if first else next(walk, None)
        if name is None:
            break
        QTest.qWait(60)
        line = {
            "screen": name,
            "x": x_geometry(window),
            "qt": list(window.geometry().getRect()),
            "logical_screen": list(screen.geometry().getRect()),
            "problems": kd.cut_off_texts(window),
        }
        print(json.dumps(line), flush=True)
        if shots:
            window.grab().save(str(Path(shots) / f"{name}.png"))
        if first:
            QTest.keyClick(window.pin_screen.again, Qt.Key.Key_Return)
            first = False
    window.may_close = True
    QApplication.quit()


def main() -> int:
    data_dir, deck_dir = sys.argv[1:3]
    original = KioskWindow.ready

    def ready(self, store, quiz_name) -> None:
        original(self, store, quiz_name)
        QTimer.singleShot(300, lambda: report(self))

    KioskWindow.ready = ready
    from teachin.__main__ import main as teachin

    return teachin(["--data-dir", data_dir, "--deck", deck_dir, "quiz", "every"])


if __name__ == "__main__":
    sys.exit(main())
