"""What makes the bundle launchable by a double-click: icons rendered from our SVGs (PNG, ICO,
ICNS), Windows version information from pyproject's version, the Linux launchers and menu
install, the macOS quiz app, and the kiosk executable that starts `quiz` by its name."""

from __future__ import annotations

import ast
import os
import plistlib
import shlex
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "packaging"))

import icons  # noqa: E402
import launcher  # noqa: E402
import macos_apps  # noqa: E402
import windows_version  # noqa: E402

LINUX = REPO / "packaging" / "linux"
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="shell scripts")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    out = tmp_path_factory.mktemp("icons")
    icons.write_all(out)
    return out


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_ico_holds_every_size_as_png(rendered: Path) -> None:
    data = (rendered / "teachin.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for i, size in enumerate(icons.ICO_SIZES):
        w, h, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        assert (w or 256, h or 256) == (size, size)
        assert png_size(data[offset : offset + length]) == (size, size)


def test_icns_chunks_are_pngs_of_their_declared_sizes(rendered: Path) -> None:
    data = (rendered / "teachin-quiz.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    sizes = {kind: size for size, kind in icons.ICNS_TYPES.items()}
    at, seen = 8, []
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        assert png_size(data[at + 8 : at + length]) == (sizes[kind], sizes[kind])
        seen.append(kind)
        at += length
    assert sorted(seen) == sorted(icons.ICNS_TYPES.values())


def test_the_icon_is_drawn_not_blank(rendered: Path, qapp: object) -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(rendered / "teachin-48.png"))
    colours = {image.pixel(x, y) for x in range(0, 48, 3) for y in range(0, 48, 3)}
    assert image.width() == 48 and len(colours) >= 4  # background, screen, bars


@pytest.mark.parametrize("name", icons.ICONS)
def test_the_committed_window_icons_are_the_svgs_rendered(name: str, qapp: object) -> None:
    """assets/icons/NAME.png (the window icon) is up to date with NAME.svg: after editing the
    SVG, run `python packaging/icons.py --update-assets`."""
    from PySide6.QtGui import QImage

    committed = QImage(str(icons.runtime_png(name)))
    fresh = QImage.fromData(icons.render_png(icons.SOURCES / f"{name}.svg", icons.RUNTIME_SIZE))
    assert committed.size() == fresh.size()
    differ = sum(
        committed.pixel(x, y) != fresh.pixel(x, y)
        for x in range(0, committed.width(), 4)
        for y in range(0, committed.height(), 4)
    )
    assert differ < 40  # antialiasing may differ between Qt versions, the drawing may not


def test_windows_version_information_comes_from_pyproject() -> None:
    version = windows_version.project_version()
    text = windows_version.version_info_text(version, "Teach-in Quiz.exe", "Teach-in quiz kiosk")
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates it as a Python expression
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    four = windows_version.version_tuple(version)
    assert f"filevers={four}" in text
    for field in (
        "StringStruct('ProductVersion', '" + version + "')",
        "StringStruct('OriginalFilename', 'Teach-in Quiz.exe')",
        "StringStruct('FileDescription', 'Teach-in quiz kiosk')",
    ):
        assert field in text
    assert windows_version.version_tuple("1.2.0rc1") == (1, 2, 0, 0)
    assert windows_version.version_tuple("2") == (2, 0, 0, 0)


@pytest.mark.parametrize(
    ("exe", "argv", "expected"),
    [
        (r"C:\Teach-in\Teach-in Quiz.exe", [], ["quiz"]),
        (
            r"C:\Teach-in\Teach-in Quiz.exe",
            ["--data-dir", "D:\\x"],
            ["quiz", "--data-dir", "D:\\x"],
        ),
        (r"C:\Teach-in\Teach-in.exe", [], []),
        ("/opt/teachin/teachin", ["quiz"], ["quiz"]),
        (r"C:\Teach-in\Teach-in Quiz.exe", ["quiz", "pre"], ["quiz", "pre"]),
    ],
)
def test_the_kiosk_executable_starts_the_quiz(
    exe: str, argv: list[str], expected: list[str]
) -> None:
    name = exe.replace("\\", "/")
    assert launcher.command_line(name, argv) == expected


def fake_bundle(tmp_path: Path) -> Path:
    """A bundle folder whose `teachin` records its arguments."""
    bundle = tmp_path / "my apps" / "teachin"
    icons_dir = bundle / "_internal" / "deck" / "assets" / "icons"
    icons_dir.mkdir(parents=True)
    for name in icons.ICONS:
        shutil.copy(icons.runtime_png(name), icons_dir)
    exe = bundle / "teachin"
    exe.write_text('#!/bin/sh\necho "$@" > "$(dirname "$0")/ran"\n', encoding="utf-8")
    exe.chmod(0o755)
    for launcher_file in LINUX.iterdir():
        shutil.copy(launcher_file, bundle)
    return bundle


def desktop_exec(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(line.split("=", 1)[1] for line in lines if line.startswith("Exec="))


@POSIX
@pytest.mark.parametrize(
    ("desktop", "expected"), [("Teach-in.desktop", ""), ("Teach-in Quiz.desktop", "quiz")]
)
def test_a_double_click_on_a_launcher_in_the_folder_starts_its_program(
    tmp_path: Path, desktop: str, expected: str
) -> None:
    """The file manager expands %k to the launcher's own path and runs Exec, no terminal."""
    bundle = fake_bundle(tmp_path)
    launcher_file = bundle / desktop
    assert "Terminal=false" in launcher_file.read_text(encoding="utf-8")
    argv = [
        str(launcher_file) if word == "%k" else word
        for word in shlex.split(desktop_exec(launcher_file))
    ]
    subprocess.run(argv, check=True, timeout=10)
    assert (bundle / "ran").read_text(encoding="utf-8").strip() == expected


@POSIX
def test_install_menu_adds_both_entries_with_icons_and_absolute_paths(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path)
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    subprocess.run([str(bundle / "install-menu.sh")], check=True, env=env, timeout=20)
    apps = home / "data" / "applications"
    hicolor = home / "data" / "icons" / "hicolor" / "256x256" / "apps"
    assert sorted(p.name for p in apps.glob("*.desktop")) == [
        "teachin-quiz.desktop",
        "teachin.desktop",
    ]
    assert sorted(p.name for p in hicolor.iterdir()) == ["teachin-quiz.png", "teachin.png"]
    for name, args in (("teachin", []), ("teachin-quiz", ["quiz"])):
        entry = (apps / f"{name}.desktop").read_text(encoding="utf-8")
        assert f"Icon={name}\n" in entry  # the name the app gives Qt (setDesktopFileName)
        argv = shlex.split(desktop_exec(apps / f"{name}.desktop"))
        assert argv == [str(bundle / "teachin"), *args]  # absolute, spaces quoted
        subprocess.run(argv, check=True, timeout=10)
        assert (bundle / "ran").read_text(encoding="utf-8").split() == args
    subprocess.run([str(bundle / "install-menu.sh"), "--remove"], check=True, env=env, timeout=20)
    assert list(apps.glob("*.desktop")) == [] and list(hicolor.iterdir()) == []


@POSIX
def test_the_macos_quiz_app_starts_the_kiosk_of_the_app_beside_it(tmp_path: Path) -> None:
    folder = tmp_path / "Teach in"
    cli = folder / macos_apps.CLI
    cli.parent.mkdir(parents=True)
    cli.write_text('#!/bin/sh\necho "$@" > "$(dirname "$0")/ran"\n', encoding="utf-8")
    cli.chmod(0o755)
    icns = tmp_path / "q.icns"
    icns.write_bytes(b"icns\x00\x00\x00\x08")
    app = macos_apps.make_quiz_app(folder, "0.1.0", icns)
    info = plistlib.loads((app / "Contents" / "Info.plist").read_bytes())
    assert info["CFBundleExecutable"] == macos_apps.LAUNCHER
    assert (app / "Contents" / "Resources" / info["CFBundleIconFile"]).is_file()
    subprocess.run([str(app / "Contents" / "MacOS" / macos_apps.LAUNCHER)], check=True, timeout=10)
    assert (cli.parent / "ran").read_text(encoding="utf-8").strip() == "quiz"
