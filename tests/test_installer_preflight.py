"""Before a build: a missing PyInstaller or missing Qt platform libraries give a clear message."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "packaging"))
sys.path.insert(0, str(REPO))

import build_installer  # noqa: E402
import preflight  # noqa: E402

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /x/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
"""


def _without(monkeypatch: pytest.MonkeyPatch, module: str) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        preflight.importlib.util,
        "find_spec",
        lambda name, *a: None if name == module else real(name, *a),
    )


def test_ldd_output_gives_each_missing_library_once() -> None:
    assert preflight.parse_ldd_missing(LDD_OUTPUT) == [
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxkbcommon-x11.so.0",
    ]


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
    ],
)
def test_debian_package_names(soname: str, package: str) -> None:
    assert preflight.debian_package(soname) == package


def test_missing_pyinstaller_stops_the_build_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _without(monkeypatch, "PyInstaller")
    code = build_installer.main(["--out", str(tmp_path / "dist"), "--work", str(tmp_path / "w")])
    err = capsys.readouterr().err
    assert code == 3
    assert "PyInstaller is not installed" in err
    assert "pip install -e '.[build]'" in err
    assert not (tmp_path / "dist").exists()  # stopped before freezing anything


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd check is Linux-only")
def test_missing_xcb_libraries_stop_the_build_unless_allowed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(preflight, "missing_libraries", lambda _: ["libxcb-cursor.so.0"])
    # Only the screen-library problem matters here (the test run may lack the build extra).
    problems, warnings = preflight.check()
    problems = [p for p in problems if "PyInstaller" not in p]
    assert warnings == []
    assert len(problems) == 1
    assert "libxcb-cursor.so.0" in problems[0]
    assert "apt-get install libxcb-cursor0" in problems[0]
    assert "--allow-missing-platform-libs" in problems[0]

    problems, warnings = preflight.check(allow_missing_platform_libs=True)
    assert [p for p in problems if "PyInstaller" not in p] == []
    assert "each laptop must have them" in warnings[0]


def test_missing_offscreen_plugin_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "platforms").mkdir()
    monkeypatch.setattr(preflight, "qt_plugin_dir", lambda: tmp_path)
    problems, _ = preflight.check(allow_missing_platform_libs=True)
    assert any("offscreen platform plugin is missing" in p for p in problems)


def test_this_machine_passes_preflight() -> None:
    """A machine set up to build (the `build` extra installed, as .ci/run does before building)
    passes the pre-flight checks. The README's test command installs only the `test` extra."""
    pytest.importorskip("PyInstaller", reason="the build extra is not installed")
    problems, _ = preflight.check(allow_missing_platform_libs=True)
    assert problems == []
