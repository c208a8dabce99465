"""Time from `teachin quiz` to the kiosk shown, beside a bare PySide6 window started the same way.

    python benchmarks/bench_kiosk.py [--runs 7]

Both children are this file run with `--child bare|kiosk` under Qt's offscreen platform,
alternating; each prints the seconds from its launch to its first paint, then quits. The kiosk
child goes through `teachin.__main__.main(["quiz", "--windowed"])` on a fresh data folder, so
the figure includes loading the deck, opening (creating, checking, backing up) the database
and building the name screen. Quoted as medians and their ratio: the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def _quit_after_first_paint(t0: float) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class Hook(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                QTimer.singleShot(0, self.finish)
            return False

        def finish(self) -> None:
            print(f"FIRST_PAINT {time.time() - t0:.4f}", flush=True)
            for window in QApplication.topLevelWidgets():
                window.may_close = True  # the kiosk refuses to close without the PIN
            QApplication.quit()

    hook = Hook()
    QApplication.instance().installEventFilter(hook)
    _KEEP.append(hook)


_KEEP: list[object] = []


def child(kind: str, t0: float) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    if kind == "bare":
        app = QApplication(sys.argv[:1])
        window = QLabel("Type your name")
        window.resize(1280, 800)
        window.show()
        _quit_after_first_paint(t0)
        return app.exec()
    from teachin.__main__ import main

    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, lambda: _quit_after_first_paint(t0))
    return main(["--data-dir", tempfile.mkdtemp(), "quiz", "--windowed"])


def run_child(kind: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.time()
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--t0", repr(t0)],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )  # fmt: skip
    for line in done.stdout.splitlines():
        if line.startswith("FIRST_PAINT"):
            return float(line.split()[1])
    raise RuntimeError(f"{kind}: no first paint\n{done.stdout}\n{done.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", choices=["bare", "kiosk"])
    parser.add_argument("--t0", type=float)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.t0)
    run_child("bare"), run_child("kiosk")  # warm-up: byte-code caches, disk cache
    times: dict[str, list[float]] = {"bare": [], "kiosk": []}
    for _ in range(args.runs):
        for kind in times:
            times[kind].append(run_child(kind))
    bare, kiosk = (statistics.median(times[k]) for k in ("bare", "kiosk"))
    print(f"bare PySide6 window to first paint: median {bare * 1000:.0f} ms (n={args.runs})")
    print(f"teachin quiz to kiosk shown:        median {kiosk * 1000:.0f} ms (n={args.runs})")
    print(f"ratio kiosk / bare: {kiosk / bare:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
