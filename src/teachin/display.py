"""Before opening windows on Linux: is there a screen Qt can use, and can its X11 plugin load?

Without one Qt aborts the process with "could not connect to display" or "Could not load the
Qt platform plugin "xcb" ... Reinstalling the application may fix this problem", which sends
people the wrong way. ``problem()`` finds both cases first (in a few milliseconds, no Qt
import) and returns what is missing and how to get it. Elsewhere (Windows, macOS, Wayland,
offscreen) Qt's own platform is trusted.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from teachin.i18n import translate

# Qt's X11 plugin links these (Debian/Ubuntu names); the bundle carries them, a pip install
# needs them on the system.
XCB_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
    "libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-sync1 "
    "libxcb-shm0 libxcb-util1 libgl1 libegl1 libfontconfig1 libdbus-1-3"
)


def no_screen_hint() -> str:
    return translate(
        "display",
        "Start Teach-in from the laptop's own desktop session (not over SSH; `ssh -X` forwards "
        "windows but is too slow to present). To check an installation without a screen: "
        "QT_QPA_PLATFORM=offscreen teachin --self-test",
    )


def problem(env: Mapping[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """What stops Qt from opening windows here, told plainly; None if nothing we can see."""
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return None
    requested = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    if requested and requested != "xcb":
        return None  # wayland, offscreen, ...: Qt reports those itself
    if not requested and env.get("WAYLAND_DISPLAY"):
        return None  # Qt picks Wayland there
    display = env.get("DISPLAY", "")
    if not display:
        said = translate(
            "display", "No screen to open a window on: neither DISPLAY nor WAYLAND_DISPLAY is set."
        )
        return f"{said} {no_screen_hint()}"
    if missing := plugin_libraries_missing():
        said = translate(
            "display",
            "Qt's X11 screen plugin cannot load: this system lacks {libraries}. "
            "Install (Debian/Ubuntu): sudo apt-get install {packages} "
            "(all Qt needs: sudo apt-get install {all_packages})",
        )
        return said.format(
            libraries=", ".join(missing),
            packages=" ".join(debian_packages(missing)),
            all_packages=XCB_PACKAGES,
        )
    if not can_connect(display):
        said = translate(
            "display", "Cannot open the X11 display {display!r}: no X server answers there."
        )
        return f"{said.format(display=display)} {no_screen_hint()}"
    return None


def xcb_plugin() -> Path | None:
    """PySide6's X11 platform plugin, found without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    root = Path(spec.origin).parent
    for plugins in (root / "Qt" / "plugins", root / "plugins"):
        plugin = plugins / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def plugin_libraries_missing(plugin: Path | None = None) -> list[str]:
    """Libraries the X11 plugin needs that cannot be found: loading it tells whether any is
    missing (the first only); ``ldd`` then lists them all."""
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return []
    try:
        ctypes.CDLL(str(plugin))
        return []
    except OSError as error:
        first = re.findall(r"(lib[\w.+-]+\.so[.\d]*): cannot open", str(error))
    if shutil.which("ldd"):
        result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
        if found := parse_ldd_missing(result.stdout):
            return found
    return first or [plugin.name]


def parse_ldd_missing(ldd_output: str) -> list[str]:
    found = re.findall(r"^\s*(\S+) => not found", ldd_output, flags=re.MULTILINE)
    return sorted(set(found))


def debian_package(soname: str) -> str:
    """Debian's package name for a library: libxcb-icccm.so.4 -> libxcb-icccm4,
    libxkbcommon-x11.so.0 -> libxkbcommon-x11-0 (a dash when the name ends in a digit)."""
    match = re.match(r"(?P<name>.+?)\.so\.(?P<major>\d+)", soname)
    if not match:
        return soname
    name, major = match["name"].lower(), match["major"]
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def debian_packages(sonames: list[str]) -> list[str]:
    return sorted({debian_package(name) for name in sonames})


def can_connect(display: str) -> bool:
    """Whether an X server answers at ``display``, asked through libxcb as Qt would. True
    when libxcb itself cannot be loaded here (then the plugin check has said so)."""
    try:  # already loaded with the plugin (from the bundle, or the system)
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection is not None:
            xcb.xcb_disconnect(connection)
