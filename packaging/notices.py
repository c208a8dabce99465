"""THIRD-PARTY-NOTICES.txt for the bundle, from what PyInstaller actually put in it.

The spec writes the source path of every module, library and data file it bundles
(``TEACHIN_BUNDLE_SOURCES``); each path is traced to its owner:

- a Python distribution installed in the build environment (its RECORD lists the file):
  name, version, licence from its metadata, and the licence files it ships;
- the Python runtime itself (the standard library, libpython): the PSF licence;
- a system library copied in on Linux (Qt's X11 libraries): its Debian package's copyright file;
- Teach-in itself (src/, the deck): our MIT licence, the fonts' OFL.

Then the parts the LGPL asks for: Qt and PySide6 are under the LGPL-3.0, where their source
is, the LGPL-3.0 and GPL-3.0 texts, and what the build changed (libraries it modified).
"""

from __future__ import annotations

import importlib.metadata as md
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LICENSE_TEXTS = Path(__file__).resolve().parent / "licenses"
NOTICES_NAME = "THIRD-PARTY-NOTICES.txt"
# Licence texts shipped here for distributions that name a licence without carrying its text.
SPDX_TEXTS = {"Apache-2.0": "Apache-2.0.txt", "LGPL-3.0": "LGPL-3.0.txt", "GPL-3.0": "GPL-3.0.txt"}
LICENSE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)
QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6", "shiboken6", "pyside6-addons"}


@dataclass
class Owner:
    """Who a bundled file comes from, and the files that bundle it."""

    name: str
    version: str = ""
    licence: str = ""
    homepage: str = ""
    licence_files: list[Path] = field(default_factory=list)
    files: int = 0


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def index_distributions(dists: Iterable[md.Distribution] | None = None) -> dict[str, str]:
    """Every file of every installed distribution (resolved path) -> distribution name."""
    owners: dict[str, str] = {}
    for dist in dists if dists is not None else md.distributions():
        name = dist.metadata["Name"]
        for entry in dist.files or []:
            path = os.path.realpath(dist.locate_file(entry))
            owners.setdefault(path, name)
    return owners


def python_licence_file() -> Path | None:
    base = Path(sys.base_prefix)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (base / "LICENSE.txt", base / "lib" / version / "LICENSE.txt"):
        if candidate.is_file():
            return candidate
    legacy = Path("/usr/lib") / version / "LICENSE.txt"
    return legacy if legacy.is_file() else None


def owners_of(sources: Iterable[str], index: dict[str, str]) -> dict[str, Owner]:
    """Group the bundled files by owner (a distribution name, "Python", "Teach-in", or a
    system package); files no rule recognises are grouped under "unknown"."""
    found: dict[str, Owner] = {}
    stdlib = os.path.realpath(Path(sys.base_prefix))
    repo = os.path.realpath(REPO)
    for source in sources:
        path = os.path.realpath(source)
        name = index.get(path)
        if name is None:
            if path.startswith(repo + os.sep):
                name = "Teach-in"
            elif path.startswith(stdlib + os.sep) and "site-packages" not in path:
                name = "Python"
            elif package := debian_package_of(source) or debian_package_of(path):
                name = f"system:{package}"
            else:
                name = "unknown"
        owner = found.setdefault(name, Owner(name))
        owner.files += 1
    return found


_dpkg_cache: dict[str, str | None] = {}


def debian_package_of(path: str) -> str | None:
    """The Debian package that installed ``path`` (Linux build machines), else None. With
    merged /usr, dpkg may know a file as /lib/... or /usr/lib/..., by either link name."""
    if not path.startswith(("/usr/", "/lib")) or not shutil.which("dpkg-query"):
        return None
    if path not in _dpkg_cache:
        variants = [path, path.removeprefix("/usr") if path.startswith("/usr/") else "/usr" + path]
        _dpkg_cache[path] = next(filter(None, map(_dpkg_query, variants)), None)
    return _dpkg_cache[path]


def _dpkg_query(path: str) -> str | None:
    result = subprocess.run(["dpkg-query", "-S", path], capture_output=True, text=True, check=False)
    return result.stdout.split(":", 1)[0].strip() or None if result.returncode == 0 else None


def describe(owner: Owner) -> Owner:
    """Fill in version, licence and licence files from the owner's metadata."""
    if owner.name == "Python":
        owner.version = ".".join(map(str, sys.version_info[:3]))
        owner.licence = "PSF-2.0 (Python Software Foundation License)"
        owner.homepage = "https://www.python.org/"
        owner.licence_files = [p for p in [python_licence_file()] if p]
        return owner
    if owner.name == "Teach-in":
        owner.licence = "MIT (our code); SIL OFL 1.1 (the Noto Sans fonts)"
        owner.licence_files = [REPO / "LICENSE", REPO / "assets" / "fonts" / "OFL.txt"]
        return owner
    if owner.name.startswith("system:"):
        package = owner.name.split(":", 1)[1]
        owner.licence = "see the Debian copyright file below"
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        owner.licence_files = [copyright_file] if copyright_file.is_file() else []
        owner.homepage = f"https://packages.debian.org/source/stable/{package}"
        return owner
    if owner.name == "unknown":
        return owner
    dist = md.distribution(owner.name)
    meta = dist.metadata
    owner.version = meta["Version"] or ""
    owner.licence = (
        meta["License-Expression"]
        or _short_licence(meta["License"])
        or "; ".join(
            c.split("::")[-1].strip()
            for c in meta.get_all("Classifier") or []
            if c.startswith("License ::")
        )
    )
    urls = [u.split(",", 1)[-1].strip() for u in meta.get_all("Project-URL") or []]
    owner.homepage = meta["Home-page"] or (urls[0] if urls else "")
    owner.licence_files = sorted(
        {
            Path(dist.locate_file(entry))
            for entry in dist.files or []
            if LICENSE_FILE.search(str(entry)) and ".dist-info/" in str(entry).replace("\\", "/")
        }
    )
    if not owner.licence_files:  # a licence named, its text not shipped: ours
        for spdx, file in SPDX_TEXTS.items():
            if spdx in owner.licence:
                owner.licence_files.append(LICENSE_TEXTS / file)
    return owner


def _short_licence(text: str | None) -> str:
    """Some distributions put the whole licence text in the License field: keep line one."""
    return (text or "").strip().splitlines()[0] if text and text.strip() else ""


def render(owners: dict[str, Owner], modified: list[str], qt_version: str) -> str:
    rule = "=" * 78
    ordered = sorted(owners.values(), key=lambda o: (o.name != "Teach-in", o.name.lower()))
    lines = [
        "Teach-in: third-party notices",
        "",
        "This folder is Teach-in (MIT licence, see LICENSE.txt) together with the third-party",
        "software listed below, each under its own licence. The list is generated when the",
        "bundle is built, from the files PyInstaller put into it.",
        "",
        "Contents:",
    ]
    lines += [f"  - {o.name} {o.version}  ({o.licence or 'licence unknown'})" for o in ordered]
    lines += [
        "",
        rule,
        "Qt and Qt for Python (PySide6, shiboken6): LGPL-3.0",
        rule,
        f"This bundle contains Qt {qt_version} libraries and the PySide6/shiboken6 bindings, used",
        "under the GNU Lesser General Public License version 3 (LGPL-3.0; texts below).",
        "They are unmodified and kept as separate shared libraries in the _internal folder,",
        "so you may replace them with your own build of the same version (see the organisers'",
        "guide, docs/organisers.md, 'Licences').",
        "Source code:",
        f"  Qt:      https://download.qt.io/official_releases/qt/ (qt-everywhere-src-{qt_version})",
        "           and https://code.qt.io/cgit/qt/",
        f"  PySide6: https://download.qt.io/official_releases/QtForPython/pyside6/ (sources of "
        f"{qt_version})",
        f"           and https://code.qt.io/cgit/pyside/pyside-setup.git/tag/?h=v{qt_version}",
        "Whoever passes this bundle on passes these source locations on with it (GPL-3.0",
        "section 6, which the LGPL-3.0 builds on); docs/organisers.md says more.",
        "",
        rule,
        "Changes this build made to third-party files",
        rule,
    ]
    lines += [f"  - {item}" for item in modified] or ["  (none)"]
    lines += ["", "Everything else is bundled as published."]
    for owner in ordered:
        lines += ["", rule, f"{owner.name} {owner.version}".rstrip(), rule]
        lines.append(f"Licence: {owner.licence or 'not stated in its metadata'}")
        if owner.homepage:
            lines.append(f"Home: {owner.homepage}")
        for path in owner.licence_files:
            lines += [
                "",
                f"--- {path.name} ---",
                path.read_text(encoding="utf-8", errors="replace"),
            ]
    for spdx in ("LGPL-3.0", "GPL-3.0"):
        lines += ["", rule, f"{spdx} (the licence of Qt and PySide6 in this bundle)", rule]
        lines.append((LICENSE_TEXTS / SPDX_TEXTS[spdx]).read_text(encoding="utf-8"))
    return "\n".join(lines) + "\n"


def modifications(drop_report: dict) -> list[str]:
    """What the spec changed in third-party files (its drop report), in words."""
    changes = []
    if str(drop_report.get("icu_data", "")).startswith("replaced"):
        changes.append(
            "ICU (Unicode licence): the data library libicudata is replaced by an empty table "
            "built from packaging/linux_slim.py (Qt then shows and sorts English text without "
            "ICU's locale data). The ICU code libraries are unmodified."
        )
    if drop_report.get("libpython_stripped"):
        changes.append(
            "Python (PSF licence): libpython's debug information is removed (strip --strip-debug); "
            "the code is unchanged."
        )
    return changes


def write_notices(
    bundle: Path, sources_json: Path, drop_report: dict | None = None
) -> tuple[Path, list[str]]:
    """Write THIRD-PARTY-NOTICES.txt and LICENSE.txt into ``bundle``; returns the notices
    path and the owners named in it."""
    sources = json.loads(sources_json.read_text(encoding="utf-8"))
    owners = owners_of(sources, index_distributions())
    for owner in owners.values():
        describe(owner)
    qt = owners.get("PySide6_Essentials") or next(
        (o for o in owners.values() if canonical(o.name) in QT_DISTRIBUTIONS), Owner("Qt")
    )
    text = render(owners, modifications(drop_report or {}), qt.version or "6")
    path = bundle / NOTICES_NAME
    path.write_text(text, encoding="utf-8")
    shutil.copyfile(REPO / "LICENSE", bundle / "LICENSE.txt")
    return path, sorted(owners)


def listed_owners(notices_text: str) -> set[str]:
    """The owners a notices file lists in its contents."""
    contents = notices_text.split("\n\n", 2)[2].split("\n\n", 1)[0]
    return {line[4:].split(" ", 1)[0] for line in contents.splitlines() if line.startswith("  - ")}
