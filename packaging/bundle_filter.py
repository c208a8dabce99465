"""What goes into the frozen bundle and what is left out: plain data + pure functions.

Used by ``packaging/teachin.spec`` (at build time, inside PyInstaller) and by the tests. No
PyInstaller import here, so the rules can be tested in a second.

Three facts shape the rules (docs: /work/shared/pitfalls.md 4, 5, 9):
- pyqtgraph 0.14 imports QtOpenGL and QtOpenGLWidgets through ``importlib`` even with OpenGL
  off, so they must stay in (as hidden imports) although nothing visible needs them;
- ``excludes`` drops Python modules only: the shared libraries, plugins and translations that
  Qt's hooks collected stay unless the spec filters ``a.binaries`` / ``a.datas`` itself;
- libQt6Gui links libQt6DBus on Linux, so the DBus *library* stays though its bindings go.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# Python modules the app never imports. Each was tried: the frozen self-test passes without it.
EXCLUDED_MODULES = [
    "PySide6.QtNetwork",
    "PySide6.QtTest",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtDBus",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtPdf",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtSql",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "tkinter",
    "_tkinter",
    "ssl",
    "_ssl",
    "xmlrpc",
    "pytest",
    "IPython",
    "matplotlib",
    "scipy",
    "PyInstaller",
    # GNU readline is GPL-3.0: bundling it would put the whole bundle under the GPL. Only an
    # interactive Python prompt uses it (with libtinfo, which then goes too).
    "readline",
]

# QtOpenGL*: loaded by pyqtgraph via importlib, invisible to PyInstaller (pitfall 4).
# pyqtgraph (and with it numpy) is listed too, so the charts are in even if a command that
# draws them is only imported by name at run time.
HIDDEN_IMPORTS = ["PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "pyqtgraph"]

_QT_DROPPED = "Network|Test|Svg|SvgWidgets|Qml|QmlModels|QmlMeta|QmlWorkerScript|Quick|Pdf|Xml|Sql"
_QT_DROPPED += "|EglFSDeviceIntegration|EglFsKmsSupport|Concurrent|Designer|Help|UiTools"

# (pattern on the bundle path with forward slashes, why it goes). First match wins.
DROP_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(^|/)PySide6/(Qt/)?translations/"), "Qt translations (the spec adds qtbase_fr)"),
    (
        re.compile(rf"(^|/)(lib)?Qt6?({_QT_DROPPED})(\.abi3)?(\.so|\.dll|\.dylib|\.framework|/|$)"),
        "Qt module the app does not use",
    ),
    (re.compile(rf"(^|/)PySide6/Qt({_QT_DROPPED})\.(abi3\.so|pyd|pyi)"), "unused Qt binding"),
    (
        re.compile(
            r"(^|/)PySide6/(Qt/)?plugins/(tls|networkinformation|egldeviceintegrations|generic"
            r"|sqldrivers|qmltooling|designer|platforminputcontexts/libibus)"
        ),
        "Qt plugin for networking, embedded displays or input hardware",
    ),
    (
        re.compile(
            r"(^|/)PySide6/(Qt/)?plugins/platforms/(lib)?q(eglfs|linuxfb|minimalegl|vnc|vkkhr)"
        ),
        "Qt platform for embedded displays",
    ),
    (
        re.compile(r"(^|/)PySide6/(Qt/)?plugins/platformthemes/(lib)?qgtk3"),
        "GTK theme (pulls in GTK's libraries; Qt draws its own dialogs)",
    ),
    (
        re.compile(r"(^|/)PySide6/(Qt/)?plugins/imageformats/(lib)?q(icns|tga|tiff|wbmp|webp|pdf)"),
        "image format the deck does not use",
    ),
    # Mesa's software OpenGL for Windows (~20 MB): charts draw with the raster engine.
    (re.compile(r"(^|/)opengl32sw\.dll$"), "software OpenGL (charts draw without OpenGL)"),
    # libssl only: libcrypto stays, hashlib.scrypt (the facilitator PIN) needs OpenSSL.
    (re.compile(r"(^|/)libssl[-.0-9_a-z]*\.(so|dll|dylib)"), "TLS (the app is offline)"),
]

# Whatever the rules say, these must survive: the build fails if the filter would drop one.
MUST_KEEP = [
    re.compile(
        r"(^|/)(lib)?Qt6?(Core|Gui|Widgets|OpenGL|OpenGLWidgets|DBus)(\.so|\.dll|\.framework|$)"
    ),
    re.compile(r"(^|/)PySide6/Qt(OpenGL|OpenGLWidgets)\.(abi3\.so|pyd)$"),
    re.compile(
        r"(^|/)PySide6/(Qt/)?plugins/platforms/(lib)?q(offscreen|xcb|wayland|windows|cocoa)"
    ),
    re.compile(r"(^|/)numpy(\.libs|/)"),
    re.compile(r"(^|/)(lib)?crypto[-.0-9_a-z]*\.(so|dll|dylib)"),
]


def drop_reason(dest: str) -> str | None:
    """Why the file at bundle path ``dest`` is left out, or None to keep it."""
    path = dest.replace("\\", "/")
    if any(keep.search(path) for keep in MUST_KEEP):
        return None
    for pattern, why in DROP_RULES:
        if pattern.search(path):
            return why
    return None


def filter_toc(toc: Iterable[tuple[str, str, str]]) -> tuple[list, list]:
    """Split a PyInstaller TOC (dest, source, kind) into (kept, dropped with reasons)."""
    kept, dropped = [], []
    for entry in toc:
        why = drop_reason(entry[0])
        if why is None:
            kept.append(entry)
        else:
            dropped.append((entry[0], why))
    return kept, dropped


def prune_unreached(
    binaries: list[tuple[str, str, str]], imports_of: Callable[[str], Iterable[str]]
) -> tuple[list, list[str]]:
    """Drop top-level shared libraries that no kept binary links to any more.

    PyInstaller collects a plugin's link dependencies (GTK's cairo, pango, ...) along with the
    plugin; filtering the plugin out leaves them behind. A *loose* library is a top-level
    ``lib*.so*`` BINARY (not libpython); everything else is a root. A loose library stays if a
    root reaches it through ``imports_of(source)`` (the DT_NEEDED names). Linux only: elsewhere
    libraries are found by other rules than DT_NEEDED.
    """

    def is_loose(entry: tuple[str, str, str]) -> bool:
        dest, _, kind = entry
        return (
            kind == "BINARY"
            and "/" not in dest.replace("\\", "/")
            and dest.startswith("lib")
            and ".so" in dest
            and not dest.startswith("libpython")
        )

    loose = {e[0]: e for e in binaries if is_loose(e)}
    reached: set[str] = set()
    todo = [e[1] for e in binaries if not is_loose(e) and e[2] != "SYMLINK"]
    while todo:
        for name in imports_of(todo.pop()):
            if name in loose and name not in reached:
                reached.add(name)
                todo.append(loose[name][1])
    kept = [e for e in binaries if not is_loose(e) or e[0] in reached]
    dropped = [e[0] for e in binaries if is_loose(e) and e[0] not in reached]
    return kept, dropped


def drop_dangling_symlinks(toc: list[tuple[str, str, str]], present: set[str]) -> list:
    """Remove SYMLINK entries whose target is no longer in the bundle."""
    return [e for e in toc if e[2] != "SYMLINK" or e[1].replace("\\", "/") in present]


def missing_must_keep(dests: Iterable[str], platform: str) -> list[str]:
    """Names of vital pieces absent from the bundle (checked after filtering)."""
    paths = [d.replace("\\", "/") for d in dests]
    platform_plugin = {"linux": "xcb", "win32": "windows", "darwin": "cocoa"}.get(platform, "xcb")
    needed = {
        "QtOpenGL binding": r"PySide6/QtOpenGL\.(abi3\.so|pyd)$",
        "QtOpenGLWidgets binding": r"PySide6/QtOpenGLWidgets\.(abi3\.so|pyd)$",
        "offscreen platform plugin": r"plugins/platforms/(lib)?qoffscreen",
        f"{platform_plugin} platform plugin": rf"plugins/platforms/(lib)?q{platform_plugin}",
    }
    return [what for what, rx in needed.items() if not any(re.search(rx, p) for p in paths)]
