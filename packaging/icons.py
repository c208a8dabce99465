"""The app icons, rendered from their SVG sources (assets/icons/*.svg) with Qt's QSvgRenderer.

    python packaging/icons.py OUT_DIR          # PNGs, .ico and .icns for a build
    python packaging/icons.py --update-assets  # the PNGs the app shows as its window icon

The bundle leaves QtSvg out (bundle_filter.py), so the app itself shows a PNG rendered here;
the build machine has QtSvg (PySide6-Essentials ships it). ICO and ICNS are written here in
a few lines (both are a directory of PNG images), so no Pillow or platform tool is needed.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "assets" / "icons"
ICONS = ("teachin", "teachin-quiz")  # presenter, kiosk
RUNTIME_SIZE = 256  # the committed PNG the window icon is made from
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size (Apple's "ic07".."ic10").
ICNS_TYPES = {128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10", 32: b"ic11", 64: b"ic12"}
DESKTOP_SIZES = (48, 256)  # hicolor sizes for the Linux menu


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    _ = QApplication.instance() or QApplication(["icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (allowed since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: big-endian type + length chunks of PNG data."""
    chunks = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(pngs.items())
        if size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def write_all(out: Path) -> dict[str, Path]:
    """For each icon: NAME.ico, NAME.icns, NAME-SIZE.png in ``out``; returns the .ico/.icns
    paths by name ("teachin.ico", ...)."""
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    sizes = sorted(set(ICO_SIZES) | set(ICNS_TYPES) | set(DESKTOP_SIZES))
    for name in ICONS:
        pngs = {size: render_png(SOURCES / f"{name}.svg", size) for size in sizes}
        for size in DESKTOP_SIZES:
            (out / f"{name}-{size}.png").write_bytes(pngs[size])
        for suffix, data in (
            (".ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
            (".icns", icns_bytes(pngs)),
        ):
            path = out / f"{name}{suffix}"
            path.write_bytes(data)
            written[path.name] = path
    return written


def runtime_png(name: str) -> Path:
    return SOURCES / f"{name}.png"


def update_assets() -> None:
    for name in ICONS:
        runtime_png(name).write_bytes(render_png(SOURCES / f"{name}.svg", RUNTIME_SIZE))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", metavar="OUT_DIR")
    parser.add_argument("--update-assets", action="store_true")
    args = parser.parse_args(argv)
    if args.update_assets:
        update_assets()
    if args.out:
        for path in write_all(Path(args.out)).values():
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
