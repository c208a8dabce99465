"""THIRD-PARTY-NOTICES: every owner of a bundled file is named with its licence, the LGPL and
GPL texts and Qt's source are there, changes the build made are told; a file no one owns stops
the build; the pins cover what is bundled. With a built bundle at hand (TEACHIN_BUILT_BUNDLE,
else build/x/teachin), its notices are checked against the files really inside it."""

from __future__ import annotations

import importlib.metadata as md
import json
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "packaging"))

import notices  # noqa: E402
import pins  # noqa: E402

BUNDLED = ["PySide6_Essentials", "shiboken6", "numpy", "pyqtgraph", "sqlite-utils"]


def some_files(name: str, count: int = 3) -> list[str]:
    dist = md.distribution(name)
    files = [f for f in dist.files or [] if str(f).endswith((".py", ".so", ".pyd", ".dll"))]
    return [str(dist.locate_file(f)) for f in files[:count]]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[str]]:
    sources = [p for name in BUNDLED for p in some_files(name)]
    sources += [os.__file__, str(REPO / "src" / "teachin" / "app.py")]
    folder = tmp_path_factory.mktemp("bundle")
    listing = folder / "sources.json"
    listing.write_text(json.dumps(sources), encoding="utf-8")
    report = {"icu_data": "replaced by an empty table", "libpython_stripped": True}
    path, owners = notices.write_notices(folder, listing, report)
    assert (folder / "LICENSE.txt").read_text(encoding="utf-8").startswith("MIT License")
    return path.read_text(encoding="utf-8"), owners


def test_every_owner_of_a_bundled_file_is_listed(written: tuple[str, list[str]]) -> None:
    text, owners = written
    assert set(owners) == {*BUNDLED, "Python", "Teach-in"}
    assert notices.listed_owners(text) == set(owners)
    for name in BUNDLED:
        version = md.version(name)
        assert f"  - {name} {version}  (" in text


def test_the_lgpl_gpl_ofl_and_qt_source_are_in_the_notices(written: tuple[str, list[str]]) -> None:
    text, _ = written
    qt = md.version("PySide6_Essentials")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "GNU GENERAL PUBLIC LICENSE" in text
    assert "SIL OPEN FONT LICENSE" in text.upper()
    assert f"qt-everywhere-src-{qt}" in text
    assert f"pyside-setup.git/tag/?h=v{qt}" in text
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in text.upper()
    assert "libicudata is replaced by an empty table" in text
    assert "libpython's debug information is removed" in text


def test_a_file_nobody_owns_is_reported_as_unknown(tmp_path: Path) -> None:
    stray = tmp_path / "stray.so"
    stray.write_bytes(b"")
    owners = notices.owners_of([str(stray)], notices.index_distributions())
    assert list(owners) == ["unknown"]


def test_the_pins_cover_every_bundled_distribution_and_the_build_tools() -> None:
    pinned = pins.read_pins()
    for name in [*BUNDLED, "pyinstaller", "pyinstaller-hooks-contrib"]:
        assert pins.canonical(name) in pinned, name
    assert pinned["pyside6-essentials"] == "6.11.3"  # pitfall 1: 6.12.0 crashes Python 3.11


def test_a_package_at_another_version_than_its_pin_is_reported(tmp_path: Path) -> None:
    constraints = tmp_path / "constraints.txt"
    numpy = md.version("numpy")
    constraints.write_text(
        f"# comment\nnumpy=={numpy}\npyqtgraph==0.0.1\nno-such-package-here==1.0\n",
        encoding="utf-8",
    )
    assert pins.differences(constraints) == [
        "no-such-package-here not installed (pinned 1.0)",
        f"pyqtgraph {md.version('pyqtgraph')} installed, 0.0.1 pinned",
    ]


def built_bundle() -> Path | None:
    folder = Path(os.environ.get("TEACHIN_BUILT_BUNDLE", REPO / "build" / "x" / "teachin"))
    return folder if (folder / notices.NOTICES_NAME).is_file() else None


@pytest.mark.skipif(built_bundle() is None, reason="no built bundle (build_installer.py)")
def test_the_built_notices_name_every_distribution_inside_the_bundle() -> None:
    """Found independently of the build's own record: the files on disk and the modules in
    the executable's archive, each traced to the installed distribution that has it."""
    from PyInstaller.archive.readers import pkg_archive_contents

    bundle = built_bundle()
    assert bundle is not None
    by_relative: dict[str, str] = {}
    for dist in md.distributions():
        for entry in dist.files or []:
            by_relative.setdefault(str(entry).replace("\\", "/"), dist.metadata["Name"])
    inside = bundle / "_internal"
    found: set[str] = set()
    for path in inside.rglob("*"):
        if path.is_file():
            owner = by_relative.get(path.relative_to(inside).as_posix())
            if owner:
                found.add(owner)
    exe = bundle / ("teachin.exe" if sys.platform == "win32" else "teachin")
    for module in pkg_archive_contents(str(exe)):
        stem = module.replace(".", "/")
        for candidate in (f"{stem}.py", f"{stem}/__init__.py"):
            if candidate in by_relative:
                found.add(by_relative[candidate])
    found.discard("teachin")  # our own (listed as Teach-in)
    listed = notices.listed_owners((bundle / notices.NOTICES_NAME).read_text(encoding="utf-8"))
    assert {"PySide6_Essentials", "shiboken6", "numpy", "pyqtgraph", "sqlite-utils"} <= found
    assert found - listed == set()
    # GNU readline (GPL-3.0) would put the whole bundle under the GPL: bundle_filter drops it.
    assert not any("readline" in name for name in listed)


def test_a_dependency_added_since_the_pins_were_written_is_named(tmp_path: Path) -> None:
    constraints = tmp_path / "constraints.txt"
    lines = pins.CONSTRAINTS.read_text(encoding="utf-8").splitlines()
    constraints.write_text(
        "\n".join(line for line in lines if not line.startswith("pyqtgraph==")), encoding="utf-8"
    )
    assert pins.unpinned(constraints) == [f"pyqtgraph {md.version('pyqtgraph')}"]
