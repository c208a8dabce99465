"""Bundle size, archive size, start-up and memory of the frozen app against a bare window.

    python benchmarks/bench_bundle.py [--app DIST/teachin] [--runs 7] [--out DIR]

In one run it freezes ``packaging/bare_window.py`` (a PySide6 + pyqtgraph window) the naive way
(PyInstaller defaults, one folder), builds the app with build_installer.py unless ``--app``
names a bundle already built, then measures both:

- folder size and tar.xz / tar.gz size (targets: app folder <= 0.75x the bare naive folder,
  app tar.xz <= 60 MB), with everything the bundle ships beside the app: icons, LICENSE.txt,
  THIRD-PARTY-NOTICES.txt, the Linux launchers (the app installs no Qt translations: its UI is
  English, so the bundle carries none);
- start-up to the first painted slide, offscreen, median of ``--runs`` alternating runs
  (target <= 1.3x the bare window); "cold" runs first drop the page cache when this user may
  (root on Linux), else only warm runs are reported;
- peak memory (max RSS) of each process at that point, from the kernel (``wait4``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "packaging"))
import archive  # noqa: E402

DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", metavar="DIR", help="an app bundle already built (dist/teachin)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", default=str(REPO / "benchmarks" / "out" / "bundle"))
    args = parser.parse_args()
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)

    bare = freeze_bare(out)
    app = Path(args.app).resolve() if args.app else build_app(out)
    rows = {"bare window, naive": bare, "Teach-in": app}

    sizes = {name: measure_sizes(folder, out) for name, folder in rows.items()}
    cold = can_drop_caches()
    starts = measure_starts(bare, app, args.runs, cold=False)
    cold_starts = measure_starts(bare, app, max(3, args.runs // 2), cold=True) if cold else None

    report(sizes, starts, cold_starts)
    print(f"shipped beside the app: {', '.join(shipped_extras(app)) or 'nothing (old bundle?)'}")
    results = {"sizes": sizes, "warm": starts, "cold": cold_starts}
    (out / "bundle.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


def freeze_bare(out: Path) -> Path:
    """PyInstaller with its defaults: what a first attempt at shipping a Qt window gives."""
    work = out / "bare-work"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--onedir",
        "--name",
        "bare_window",
        "--distpath",
        str(out / "bare-dist"),
        "--workpath",
        str(work),
        "--specpath",
        str(work),
        str(REPO / "packaging" / "bare_window.py"),
    ]
    print("freezing the bare window (PyInstaller defaults) ...", flush=True)
    subprocess.run(command, check=True, capture_output=True)
    return out / "bare-dist" / "bare_window"


def build_app(out: Path) -> Path:
    print("building the app with build_installer.py ...", flush=True)
    command = [
        sys.executable,
        str(REPO / "build_installer.py"),
        "--out",
        str(out / "app-dist"),
        "--work",
        str(out / "app-work"),
        "--no-archive",
    ]
    subprocess.run(command, check=True)
    return out / "app-dist" / "teachin"


def measure_sizes(folder: Path, out: Path) -> dict[str, float]:
    size, files = archive.folder_size(folder)
    result = {"folder_mb": size / 1e6, "files": files}
    xz = archive.write_archive(folder, out / f"{folder.name}-bench-linux.tar.xz")
    result["tar_xz_mb"] = xz.stat().st_size / 1e6
    gz = out / f"{folder.name}-bench.tar.gz"
    with tarfile.open(gz, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name)
    result["tar_gz_mb"] = gz.stat().st_size / 1e6
    return result


def can_drop_caches() -> bool:
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
        return True
    except OSError:
        return False


def measure_starts(bare: Path, app: Path, runs: int, *, cold: bool) -> dict[str, dict]:
    """Alternate bare and app runs so that machine load hits both alike."""
    samples: dict[str, list[tuple[float, float]]] = {"bare window, naive": [], "Teach-in": []}
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as home:
        for _ in range(runs):
            for name, command, env in (
                ("bare window, naive", [str(bare / "bare_window")], {"BENCH_EXIT": "1"}),
                ("Teach-in", [str(app / "teachin")], {"TEACHIN_FIRST_FRAME": "exit"}),
            ):
                if cold:
                    can_drop_caches()
                samples[name].append(start_once(command, env, home))
    return {
        name: {
            "first_frame_s": statistics.median(s[0] for s in values),
            "first_frame_min_s": min(s[0] for s in values),
            "first_frame_max_s": max(s[0] for s in values),
            "peak_rss_mb": statistics.median(s[1] for s in values),
            "runs": len(values),
        }
        for name, values in samples.items()
    }


def start_once(command: list[str], extra: dict[str, str], home: str) -> tuple[float, float]:
    """Seconds from spawn to the first painted frame, and the process's peak RSS in MB."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, **extra)
    env["TEACHIN_DATA_DIR"] = str(Path(home, "data"))
    t0 = time.time()
    env["BENCH_T0"] = env["TEACHIN_T0"] = repr(t0)
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    first = None
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("FIRST_FRAME"):
            first = time.time() - t0
    _, status, usage = os.wait4(process.pid, 0)
    if first is None or os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command[0]}: no first frame (exit {status})")
    return first, usage.ru_maxrss / 1024  # KiB on Linux


def shipped_extras(app: Path) -> list[str]:
    """Which of the files an organiser expects beside the app this bundle has."""
    wanted = [
        "LICENSE.txt",
        "THIRD-PARTY-NOTICES.txt",
        "install-menu.sh",
        "_internal/deck/assets/icons/teachin.png",
        "_internal/deck/assets/icons/teachin-quiz.png",
    ]
    return [name for name in wanted if (app / name).is_file()]


def report(sizes: dict, warm: dict, cold: dict | None) -> None:
    bare, app = "bare window, naive", "Teach-in"
    print()
    print(
        f"{'':22}{'folder':>10}{'files':>7}{'tar.xz':>9}{'tar.gz':>9}"
        f"{'first frame':>13}{'peak RSS':>10}"
    )
    for name in (bare, app):
        s, w = sizes[name], warm[name]
        print(
            f"{name:22}{s['folder_mb']:>8.1f}MB{s['files']:>7}{s['tar_xz_mb']:>7.1f}MB"
            f"{s['tar_gz_mb']:>7.1f}MB{w['first_frame_s']:>11.3f} s{w['peak_rss_mb']:>8.0f}MB"
        )
    ratio = sizes[app]["folder_mb"] / sizes[bare]["folder_mb"]
    start = warm[app]["first_frame_s"] / warm[bare]["first_frame_s"]
    memory = warm[app]["peak_rss_mb"] / warm[bare]["peak_rss_mb"]
    print()
    print(f"folder: {ratio:.2f}x the bare naive bundle (target <= 0.75x)")
    print(f"tar.xz: {sizes[app]['tar_xz_mb']:.1f} MB (target <= 60 MB)")
    print(
        f"warm start to first slide: {start:.2f}x the bare window (target <= 1.3x), "
        f"runs={warm[app]['runs']}, app range {warm[app]['first_frame_min_s']:.3f}-"
        f"{warm[app]['first_frame_max_s']:.3f} s"
    )
    if cold:
        ratio_cold = cold[app]["first_frame_s"] / cold[bare]["first_frame_s"]
        print(
            f"cold start (page cache dropped): app {cold[app]['first_frame_s']:.3f} s, bare "
            f"{cold[bare]['first_frame_s']:.3f} s: {ratio_cold:.2f}x (target <= 1.3x)"
        )
    else:
        print("cold start: not measured (this user cannot drop the page cache)")
    print(f"peak memory after start: {memory:.2f}x the bare window")


if __name__ == "__main__":
    sys.exit(main())
