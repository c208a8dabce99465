"""The bundle's exclusion rules: what must stay in, what goes, on all three platform layouts."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))

import bundle_filter as bf
import linux_slim

KEPT = [
    # pyqtgraph imports these by name even with OpenGL off (pitfall 4)
    "PySide6/QtOpenGL.abi3.so",
    "PySide6/QtOpenGLWidgets.abi3.so",
    "PySide6/QtOpenGL.pyd",
    "PySide6/Qt/lib/libQt6OpenGL.so.6",
    "PySide6/Qt6OpenGLWidgets.dll",
    "PySide6/Qt/lib/QtOpenGL.framework/Versions/A/QtOpenGL",
    # libQt6Gui links libQt6DBus on Linux: the library stays, only the binding goes
    "PySide6/Qt/lib/libQt6DBus.so.6",
    "libQt6DBus.so.6",
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt6Widgets.dll",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "numpy.libs/libscipy_openblas64_-32a4b2a6.so",
    "numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so",
    "deck/slides/01-intro.md",
    "deck/assets/fonts/NotoSans-Regular.ttf",
    "libpython3.11.so.1.0",
    # hashlib.scrypt (the facilitator PIN) exists only with OpenSSL's libcrypto
    "libcrypto.so.3",
    "libcrypto-3.dll",
    "python3.11/lib-dynload/_hashlib.cpython-311-x86_64-linux-gnu.so",
]

DROPPED = [
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/translations/qt_fr.qm",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "libQt6Network.so.6",
    "PySide6/Qt6Network.dll",
    "PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork",
    "PySide6/QtNetwork.abi3.so",
    "PySide6/QtTest.pyd",
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt6Pdf.dll",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/plugins/tls/qschannelbackend.dll",
    "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-egldevice-integration.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/opengl32sw.dll",
    "libssl.so.3",
    "libssl-3.dll",
]


@pytest.mark.parametrize("dest", KEPT)
def test_vital_files_stay_in(dest: str) -> None:
    assert bf.drop_reason(dest) is None
    assert bf.drop_reason(dest.replace("/", "\\")) is None  # Windows TOC paths


@pytest.mark.parametrize("dest", DROPPED)
def test_unused_qt_pieces_are_left_out(dest: str) -> None:
    assert bf.drop_reason(dest)
    assert bf.drop_reason(dest.replace("/", "\\"))


def test_filter_toc_splits_and_says_why() -> None:
    toc = [(d, f"/src/{d}", "BINARY") for d in ["PySide6/Qt/lib/libQt6Network.so.6", *KEPT[:3]]]
    kept, dropped = bf.filter_toc(toc)
    assert [e[0] for e in kept] == KEPT[:3]
    assert dropped == [("PySide6/Qt/lib/libQt6Network.so.6", "Qt module the app does not use")]


def test_pyqtgraph_opengl_modules_are_hidden_imports_not_excludes() -> None:
    for name in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "pyqtgraph"):
        assert name in bf.HIDDEN_IMPORTS
        assert name not in bf.EXCLUDED_MODULES
    # Excluding pydoc broke start-up once (perf-reliability.md 1.2): keep the stdlib list short.
    assert "pydoc" not in bf.EXCLUDED_MODULES
    assert "_hashlib" not in bf.EXCLUDED_MODULES  # hashlib.scrypt hashes the facilitator PIN


def test_prune_keeps_what_kept_binaries_link_and_drops_the_rest() -> None:
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("libxcb.so.1", "/s/libxcb.so.1", "BINARY"),  # reached through libxcb-cursor
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),  # only GTK's theme plugin needed it
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),  # loaded by the bootloader
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    needed = {
        "/s/libqxcb.so": ["libxcb-cursor.so.0", "libc.so.6"],
        "/s/libxcb-cursor.so.0": ["libxcb.so.1"],
        "/s/libxcb.so.1": ["libxcb-cursor.so.0"],  # a cycle must not loop forever
    }
    kept, dropped = bf.prune_unreached(binaries, lambda src: needed.get(src, []))
    assert dropped == ["libcairo.so.2"]
    assert [e[0] for e in kept] == [b[0] for b in binaries if b[0] != "libcairo.so.2"]


def test_symlinks_to_dropped_files_go_too() -> None:
    toc = [
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
    ]
    present = {"PySide6/Qt/lib/libQt6Core.so.6"}
    assert [e[0] for e in bf.drop_dangling_symlinks(toc, present)] == [
        "libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
    ]


def test_missing_must_keep_names_what_is_absent() -> None:
    complete = [
        "PySide6/QtOpenGL.abi3.so",
        "PySide6/QtOpenGLWidgets.abi3.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
    ]
    assert bf.missing_must_keep(complete, "linux") == []
    assert bf.missing_must_keep(complete[1:], "linux") == ["QtOpenGL binding"]
    assert bf.missing_must_keep(complete, "win32") == ["windows platform plugin"]


def test_icu_stub_targets_only_the_data_library() -> None:
    assert linux_slim.icu_major("PySide6/Qt/lib/libicudata.so.73") == 73
    assert linux_slim.icu_major("libicudata.so.74") == 74
    assert linux_slim.icu_major("PySide6/Qt/lib/libicuuc.so.73") is None
    assert linux_slim.icu_major("PySide6/icudt73.dll") is None


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("cc"), reason="Linux cc"
)
def test_icu_stub_is_a_loadable_empty_icu_table(tmp_path: Path) -> None:
    stub = linux_slim.build_stub(73, tmp_path)
    assert stub is not None and stub.name == "libicudata.so.73"
    header = (ctypes.c_ubyte * 40).in_dll(ctypes.CDLL(str(stub)), "icudt73_dat")
    raw = bytes(header)
    assert int.from_bytes(raw[0:2], "little") == 32  # headerSize
    assert raw[2:4] == b"\xda\x27"  # ICU's magic
    assert raw[12:16] == b"ToCP"  # a table of contents...
    assert int.from_bytes(raw[32:36], "little") == 0  # ...with no entries
    assert stub.stat().st_size < 100_000


@pytest.mark.skipif(not shutil.which("cc") or not shutil.which("strip"), reason="needs cc, strip")
def test_strip_debug_copy_shrinks_a_copy_and_keeps_the_original(tmp_path: Path) -> None:
    source = tmp_path / "lib.c"
    source.write_text("int answer(void) { return 42; }\n" * 1, encoding="utf-8")
    original = tmp_path / "libanswer.so"
    subprocess.run(["cc", "-g3", "-shared", "-fPIC", "-o", original, source], check=True)
    before = original.read_bytes()
    stripped = linux_slim.strip_debug_copy(original, tmp_path / "out")
    assert stripped is not None and stripped != original
    assert original.read_bytes() == before
    assert stripped.stat().st_size < len(before)
    assert ctypes.CDLL(str(stripped)).answer() == 42  # symbols are kept
