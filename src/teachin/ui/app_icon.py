"""The app's icon on its windows (title bar, task bar, Alt+Tab): a PNG rendered from
assets/icons/*.svg (packaging/icons.py), since the bundle carries no SVG support."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from teachin import paths

PRESENTER, KIOSK = "teachin", "teachin-quiz"


def set_app_icon(name: str = PRESENTER) -> None:
    """Every window of this process shows icon ``name``; on Linux the desktop file of the
    same name (install-menu.sh) gives the task bar the same one under Wayland."""
    png = paths.icons_dir() / f"{name}.png"
    if png.is_file():  # a missing icon is cosmetic: never a reason not to start
        QGuiApplication.setWindowIcon(QIcon(str(png)))
    QGuiApplication.setDesktopFileName(name)
