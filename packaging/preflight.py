"""Checks before a build, each failing with a message that says what to install.

- PyInstaller (and its hooks) must be importable by this Python;
- PySide6 must be installed with its Qt platform plugins (offscreen for the self-test, plus the
  platform's own screen plugin);
- on Linux, the xcb screen plugin's system libraries must be present, or PyInstaller silently
  leaves them out and the bundle only starts on laptops that happen to have them (pitfall 8).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

# The app reads ldd and names Debian packages the same way when it cannot open a window.
from teachin.display import debian_package, parse_ldd_missing

__all__ = ["check", "debian_package", "missing_libraries", "parse_ldd_missing", "qt_plugin_dir"]

NATIVE_PLUGIN = {"linux": "xcb", "win32": "windows", "darwin": "cocoa"}


def check(*, allow_missing_platform_libs: bool = False) -> tuple[list[str], list[str]]:
    """(problems that stop the build, warnings)."""
    problems: list[str] = []
    warnings: list[str] = []
    if importlib.util.find_spec("PyInstaller") is None:
        problems.append(
            "PyInstaller is not installed for this Python "
            f"({sys.executable}). Install the build extras: pip install -e '.[build]'"
        )
    if importlib.util.find_spec("PySide6") is None:
        problems.append("PySide6 is not installed: pip install -e .")
        return problems, warnings
    plugins = qt_plugin_dir() / "platforms"
    native = next((v for k, v in NATIVE_PLUGIN.items() if sys.platform.startswith(k)), "xcb")
    for name in ("offscreen", native):
        if not list(plugins.glob(f"*q{name}*")):
            problems.append(
                f"Qt's {name} platform plugin is missing from {plugins}: "
                "reinstall PySide6-Essentials"
            )
    if sys.platform.startswith("linux"):
        xcb = next(iter(plugins.glob("libqxcb.so")), None)
        missing = missing_libraries(xcb) if xcb else []
        if missing:
            packages = " ".join(sorted({debian_package(lib) for lib in missing}))
            text = (
                f"Qt's screen plugin needs system libraries this machine lacks: "
                f"{', '.join(missing)}. Install them (Debian/Ubuntu): "
                f"apt-get install {packages}"
            )
            if allow_missing_platform_libs:
                warnings.append(text + " -- building anyway: each laptop must have them")
            else:
                problems.append(text + " (or pass --allow-missing-platform-libs)")
    return problems, warnings


def qt_plugin_dir() -> Path:
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin is not None
    root = Path(spec.origin).parent
    for candidate in (root / "Qt" / "plugins", root / "plugins"):
        if candidate.is_dir():
            return candidate
    return root / "Qt" / "plugins"


def missing_libraries(binary: Path) -> list[str]:
    """Sonames ``ldd`` cannot resolve for ``binary`` (Linux)."""
    if not shutil.which("ldd"):
        return []
    result = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, check=False)
    return parse_ldd_missing(result.stdout)
