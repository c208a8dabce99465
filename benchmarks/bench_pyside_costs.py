"""Two PySide costs the start-up avoids (docs/architecture.md, "Start-up"), each measured in
fresh processes beside a baseline from the same run.

    python benchmarks/bench_pyside_costs.py [--runs 9]

1. Building the `Qt` namespace (93 enums, built when `Qt` is first named): the time to name it
   right after a QApplication exists, beside a bare PySide6 window's whole cold start
   (start_child.py bare) - the first slide is painted without it.
2. PySide's import hook reading every module's source after PySide6 loads: importing the rest
   of the presenter (teachin.app) and pyqtgraph with the hook as PySide ships it, and as
   `teachin.ui` leaves it (quiet).
Children print one number (ms); medians of --runs, alternating.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

QT_NAMESPACE = """
import time
from PySide6.QtWidgets import QApplication
import PySide6.QtCore as QtCore
app = QApplication([])
t = time.perf_counter()
QtCore.Qt
print((time.perf_counter() - t) * 1000)
"""

IMPORT = """
import sys, time
import PySide6.QtWidgets
shipped = sys.modules["__feature__"].feature_imported
import teachin.ui  # replaces __feature__.feature_imported with a version that reads nothing
if "{quiet}" == "no":
    sys.modules["__feature__"].feature_imported = shipped
t = time.perf_counter()
import {module}
print((time.perf_counter() - t) * 1000)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # byte-code caches, as an installed app has
    return env


def _run(args: list[str], extra: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, *args],
        env=dict(_env(), **(extra or {})),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


def _bare_start_ms() -> float:
    line = _run([str(HERE / "start_child.py"), "bare"], {"BENCH_T0": repr(time.time())})
    return float(line.split()[2]) * 1000  # CPU seconds to the bare window's first paint


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, Qt offscreen, median of {runs}")

    def imported(module: str, quiet: str) -> float:
        return float(_run(["-c", IMPORT.format(module=module, quiet=quiet)]))

    imported("pyqtgraph", "yes")  # warm the file cache and byte-code
    imported("teachin.app", "yes")
    qt, bare = [], []
    times: dict[tuple[str, str], list[float]] = {}
    for _ in range(runs):
        qt.append(float(_run(["-c", QT_NAMESPACE])))
        bare.append(_bare_start_ms())
        for module in ("teachin.app", "pyqtgraph"):
            for quiet in ("no", "yes"):
                times.setdefault((module, quiet), []).append(imported(module, quiet))

    m = statistics.median
    print(
        f"building the Qt namespace: {m(qt):.1f} ms = {m(qt) / m(bare):.2f}x of a bare PySide6 "
        f"window's cold start ({m(bare):.0f} ms CPU)"
    )
    for module in ("teachin.app", "pyqtgraph"):
        loud, quiet = m(times[module, "no"]), m(times[module, "yes"])
        print(
            f"import {module}: {loud:.0f} ms with PySide's import hook reading sources, "
            f"{quiet:.0f} ms with it quiet -> {quiet / loud:.2f}x (saves {loud - quiet:.0f} ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
