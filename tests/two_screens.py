"""Run a presenter script in a child process on two virtual screens (a 1600x1000 laptop and a
1920x1080 projector), using the offscreen platform's screen config: screens cannot be added to
a running test process, so each such test gets a Qt of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1600, "height": 1000, "logicalDpi": 96},
        {"name": "projector", "x": 1600, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
    ]
}
DECK = "---\ntitle: Only\nminutes: 3\n---\n\n# First\n\nHello\n\n---\n\n# Second\n\nWorld\n"


def run_on_two_screens(
    child: str, folder: Path, deck: str = DECK, files: dict[str, str] | None = None
) -> dict:
    """Write ``deck`` as a one-module deck in ``folder`` (plus ``files``, by path in the deck
    folder), run ``child`` with the deck folder as its argument, and return the JSON object it
    prints last."""
    (folder / "deck" / "slides").mkdir(parents=True)
    (folder / "deck" / "slides" / "01-only.md").write_text(deck, encoding="utf-8")
    for name, text in (files or {}).items():
        (folder / "deck" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "deck" / name).write_text(text, encoding="utf-8")
    config = folder / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    return run_child(child, folder / "deck", f"offscreen:configfile={config}")


def run_child(child: str, deck: Path, platform: str = "offscreen") -> dict:
    """Run the presenter script ``child`` in a Python of its own with ``deck`` as its argument
    (exec() and quit() would upset the test session's QApplication) and return the JSON object
    it prints last."""
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    done = subprocess.run(
        [sys.executable, "-c", child, str(deck)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_on_x(child: str, display: str, folder: Path) -> list[dict]:
    """Run the presenter script ``child`` on the X ``display`` with the deck in
    ``folder / "deck"`` (its data in ``folder / "data"``); the JSON lines it printed."""
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "TEACHIN_DATA_DIR": str(folder / "data"),
        "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[1] / "src"), *sys.path]),
    }
    done = subprocess.run(
        [sys.executable, "-c", child, str(folder / "deck")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stderr[-2000:]
    return lines
