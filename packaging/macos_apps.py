"""macOS: the shipped folder holds Teach-in.app (PyInstaller's BUNDLE: the presenter and the
command line) and Teach-in Quiz.app, a small launcher app that starts the kiosk from it, so
each opens with a double-click and shows its own icon in the Dock and Finder."""

from __future__ import annotations

import plistlib
import shutil
from pathlib import Path

PRESENTER_APP = "Teach-in.app"
QUIZ_APP = "Teach-in Quiz.app"
LAUNCHER = "teachin-quiz"
CLI = f"{PRESENTER_APP}/Contents/MacOS/teachin"  # the one executable, inside the .app

LAUNCHER_SCRIPT = """#!/bin/sh
# Teach-in Quiz: the kiosk of the Teach-in.app beside this app.
here=$(cd "$(dirname "$0")/../../.." && pwd)
exec "$here/{cli}" quiz "$@"
"""


def make_quiz_app(folder: Path, version: str, icns: Path | None) -> Path:
    """Write ``folder``/Teach-in Quiz.app beside Teach-in.app."""
    app = folder / QUIZ_APP
    if app.exists():
        shutil.rmtree(app)
    macos = app / "Contents" / "MacOS"
    resources = app / "Contents" / "Resources"
    macos.mkdir(parents=True)
    resources.mkdir()
    script = macos / LAUNCHER
    script.write_text(LAUNCHER_SCRIPT.format(cli=CLI), encoding="utf-8")
    script.chmod(0o755)
    info = {
        "CFBundleName": "Teach-in Quiz",
        "CFBundleDisplayName": "Teach-in Quiz",
        "CFBundleIdentifier": "org.teach-in.quiz",
        "CFBundleExecutable": LAUNCHER,
        "CFBundlePackageType": "APPL",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSMinimumSystemVersion": "12.0",
        "NSHighResolutionCapable": True,
    }
    if icns is not None and icns.is_file():
        shutil.copyfile(icns, resources / "teachin-quiz.icns")
        info["CFBundleIconFile"] = "teachin-quiz.icns"
    with (app / "Contents" / "Info.plist").open("wb") as out:
        plistlib.dump(info, out)
    return app


def gather(dist: Path, folder: Path, version: str, quiz_icns: Path | None) -> Path:
    """Replace PyInstaller's plain folder ``folder`` by one holding the two apps: the .app
    carries everything, so the plain folder would only double the archive."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    shutil.move(str(dist / PRESENTER_APP), folder / PRESENTER_APP)
    make_quiz_app(folder, version, quiz_icns)
    return folder
