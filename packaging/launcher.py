"""Entry point of the frozen app: ``teachin.__main__.main`` behind the fatal-error guard.

A fault that escapes start-up (unwritable data folder, full disk, damaged deck, ...) becomes a
message window and a console line instead of PyInstaller's traceback dialog or a silent exit.

With ``TEACHIN_FIRST_FRAME`` set, the app prints ``FIRST_FRAME <seconds>`` once the first
slide is painted (seconds since ``TEACHIN_T0``, the caller's clock, else since this line ran)
and, if the value is ``exit``, quits: benchmarks/bench_bundle.py measures start-up with it.
"""

import os
import sys
import time

from teachin.startup_errors import run_guarded


def install_first_frame_probe(exit_after: bool) -> None:
    """Report the first paint of a SlideView (the slide itself, not an empty window)."""
    started = float(os.environ.get("TEACHIN_T0") or time.time())
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    import teachin.app

    class Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and type(watched).__name__ == "SlideView":
                QApplication.instance().removeEventFilter(self)
                print(f"FIRST_FRAME {time.time() - started:.3f}", flush=True)
                if exit_after:
                    QTimer.singleShot(0, QApplication.quit)
            return False

    make_application = teachin.app.make_application

    def make_application_with_probe():
        app = make_application()
        app._first_frame_probe = Probe(app)
        app.installEventFilter(app._first_frame_probe)
        return app

    teachin.app.make_application = make_application_with_probe


def command_line(executable: str, argv: list[str]) -> list[str]:
    """The kiosk's own launcher ("Teach-in Quiz.exe", the quiz .desktop/.app) runs `quiz`:
    a double-click gives no arguments, so its name says what to start."""
    name = os.path.basename(executable).lower()
    if "quiz" in name and "quiz" not in argv:
        return ["quiz", *argv]
    return argv


if __name__ == "__main__":
    sys.argv[1:] = command_line(sys.executable, sys.argv[1:])
    if probe := os.environ.get("TEACHIN_FIRST_FRAME"):
        install_first_frame_probe(exit_after=probe == "exit")
    sys.exit(run_guarded(argv=sys.argv[1:]))
