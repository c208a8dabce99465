"""Build the Teach-in bundle: one folder that runs with no Python and no internet.

    python build_installer.py [--out DIR] [--clean]

Steps: check the tools (and that the installed packages are the pinned ones,
packaging/constraints.txt), render the icons from assets/icons/*.svg, freeze with PyInstaller
(packaging/teachin.spec: one folder, unused Qt modules, plugins and translations left out, no
strip, no UPX; icons and Windows version information on the executables, Teach-in.app on macOS),
add LICENSE.txt, THIRD-PARTY-NOTICES.txt (from what was bundled) and the launchers (Linux
.desktop files and install-menu.sh; Teach-in Quiz.app on macOS), write an archive the platform
opens without extra tools (zip on Windows and macOS, tar.xz on Linux), print the sizes, then run
the frozen app's ``--self-test`` offscreen from a clean home folder and fail if it fails or if
it wrote anything inside its own folder. Exit 0 only when all of that passed.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent
sys.path.insert(0, str(REPO / "packaging"))
sys.path.insert(0, str(REPO / "src"))

import archive  # noqa: E402  (packaging/archive.py)
import notices  # noqa: E402  (packaging/notices.py)
import pins  # noqa: E402  (packaging/pins.py)
import preflight  # noqa: E402  (packaging/preflight.py)
import translations  # noqa: E402  (packaging/translations.py)

SPEC = REPO / "packaging" / "teachin.spec"
APP = "teachin"
SELF_TEST_TIMEOUT_S = 300
# PyInstaller log lines worth showing as progress (the full log goes to a file).
PROGRESS_MARKS = (
    "Analyzing teachin",
    "Analyzing /",
    "Looking for ",
    "Building PYZ",
    "Building EXE",
    "Building COLLECT",
    "Build complete",
    "ERROR",
    "Traceback",
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out",
        default=str(REPO / "dist"),
        metavar="DIR",
        help="output folder for the bundle and the archive (default: dist/)",
    )
    parser.add_argument(
        "--work",
        default=str(REPO / "build"),
        metavar="DIR",
        help="PyInstaller's scratch folder (default: build/)",
    )
    parser.add_argument(
        "--clean",
        action="store_true",
        help="discard PyInstaller's cache and the previous bundle first",
    )
    parser.add_argument(
        "--keep-icu",
        action="store_true",
        help="Linux: keep Qt's 31 MB ICU data instead of the empty stub",
    )
    parser.add_argument("--no-archive", action="store_true", help="skip writing the archive")
    parser.add_argument(
        "--no-self-test",
        action="store_true",
        help="skip the frozen self-test (for debugging the build only)",
    )
    parser.add_argument(
        "--allow-unpinned",
        action="store_true",
        help="build although installed packages differ from packaging/constraints.txt",
    )
    parser.add_argument(
        "--allow-missing-platform-libs",
        action="store_true",
        help="build even if Qt's screen plugin lacks system libraries here "
        "(a headless CI machine: the bundle then needs them on each laptop)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # a Windows code page must not stop the build
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    out, work = Path(args.out).resolve(), Path(args.work).resolve()
    started = time.monotonic()

    problems, warnings = preflight.check(
        allow_missing_platform_libs=args.allow_missing_platform_libs
    )
    unpinned = pins.differences()
    if unpinned:
        text = "installed packages differ from packaging/constraints.txt: " + "; ".join(unpinned)
        text += (
            " (pip install -c packaging/constraints.txt -e '.[build]', or see docs/organisers.md"
        )
        text += " to update the pins)"
        if args.allow_unpinned:
            warnings.append(text + " -- building anyway (--allow-unpinned)")
        else:
            problems.append(text)
    if extra := pins.unpinned():
        warnings.append(
            f"not pinned in packaging/constraints.txt: {', '.join(extra)} "
            "(python packaging/pins.py --update, then commit constraints.txt)"
        )
    for line in warnings:
        print(f"warning: {line}")
    if problems:
        for line in problems:
            print(f"error: {line}", file=sys.stderr)
        return 3

    step("1/4", f"freezing with PyInstaller into {out} (about 2 minutes on 2 cores)")
    if args.keep_icu:
        os.environ["TEACHIN_KEEP_ICU"] = "1"
    # The .qm catalogues from their .ts (committed too; this makes sure the bundle's match).
    if translations.main(["--release"]) != 0:
        return 1
    icons = render_icons(work / "icons")
    os.environ["TEACHIN_ICONS_DIR"] = str(icons)
    sources = work / "bundle-sources.json"
    os.environ["TEACHIN_BUNDLE_SOURCES"] = str(sources)
    if not freeze(out, work, clean=args.clean, started=started):
        return 1
    bundle = out / APP
    if not add_extras(bundle, out, work, icons, sources):
        return 1
    folder_bytes, files = archive.folder_size(bundle)
    print(f"      bundle folder: {bundle}  {mb(folder_bytes)}, {files} files")

    archive_path = None
    if not args.no_archive:
        step("2/4", "writing the archive")
        from teachin import __version__

        archive_path = out / archive.archive_name(__version__, sys.platform, platform.machine())
        archive.write_archive(bundle, archive_path)
        print(f"      archive: {archive_path}  {mb(archive_path.stat().st_size)}")

    if not args.no_self_test:
        step("3/4", "running the frozen app's --self-test offscreen from a clean home folder")
        if not self_test(bundle):
            return 1

    step("4/4", f"done in {time.monotonic() - started:.0f} s")
    print(f"folder  {mb(folder_bytes):>9}  {bundle}")
    if archive_path:
        print(f"archive {mb(archive_path.stat().st_size):>9}  {archive_path}")
    return 0


def freeze(out: Path, work: Path, *, clean: bool, started: float) -> bool:
    work.mkdir(parents=True, exist_ok=True)
    log_path = work / "pyinstaller.log"
    drop_report = work / "dropped.json"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--distpath",
        str(out),
        "--workpath",
        str(work),
    ]
    if clean:
        command.append("--clean")
    env = dict(
        os.environ,
        TEACHIN_DROP_REPORT=str(drop_report),
        PYTHONUNBUFFERED="1",
        PYTHONIOENCODING="utf-8",
    )
    with log_path.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            encoding="utf-8",
            errors="replace",
            env=env,
            cwd=REPO,
        )
        assert process.stdout is not None
        for line in process.stdout:
            log.write(line)
            if any(mark in line for mark in PROGRESS_MARKS):
                text = line.split(": ", 1)[-1].strip()
                print(f"      [{time.monotonic() - started:4.0f} s] {text[:110]}", flush=True)
        code = process.wait()
    if code != 0:
        print(f"error: PyInstaller failed (exit {code}); full log: {log_path}", file=sys.stderr)
        return False
    if drop_report.exists():
        print("      " + archive.summarise_drops(drop_report.read_text(encoding="utf-8")))
    return True


def render_icons(folder: Path) -> Path:
    """PNG, ICO and ICNS from assets/icons/*.svg (packaging/icons.py, Qt's SVG renderer)."""
    import icons  # packaging/icons.py: imports PySide6, so only when building

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    icons.write_all(folder)
    return folder


def add_extras(bundle: Path, out: Path, work: Path, icons: Path, sources: Path) -> bool:
    """Licences, notices and launchers beside the executables."""
    import json

    from teachin import __version__

    if sys.platform == "darwin":  # the folder becomes Teach-in.app + Teach-in Quiz.app
        import macos_apps

        macos_apps.gather(out, bundle, __version__, icons / "teachin-quiz.icns")
    report_path = work / "dropped.json"
    report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.exists() else {}
    path, owners = notices.write_notices(bundle, sources, report)
    print(f"      {path.name}: {len(owners)} owners of bundled files: {', '.join(owners)}")
    if "unknown" in owners:
        print(
            "error: some bundled files have no known owner (see 'unknown' in the notices)",
            file=sys.stderr,
        )
        return False
    if sys.platform.startswith("linux"):
        for launcher in (REPO / "packaging" / "linux").iterdir():
            target = bundle / launcher.name
            target.write_bytes(launcher.read_bytes())
            target.chmod(0o755)
    return True


def executable(bundle: Path) -> Path:
    if sys.platform == "win32":
        return bundle / f"{APP}.exe"
    if sys.platform == "darwin":
        import macos_apps

        return bundle / macos_apps.CLI
    return bundle / APP


def self_test(bundle: Path) -> bool:
    exe = executable(bundle)
    before = archive.snapshot(bundle)
    with tempfile.TemporaryDirectory(prefix="teachin-selftest-") as home:
        # A fresh user: the app must find (and create) its data folder in the home folder.
        env = {k: v for k, v in os.environ.items() if not k.startswith("TEACHIN_")}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            HOME=home,
            USERPROFILE=home,
            XDG_DATA_HOME=str(Path(home, "xdg-data")),
            APPDATA=str(Path(home, "AppData")),
            LOCALAPPDATA=str(Path(home, "LocalAppData")),
            TEACHIN_NO_DIALOG="1",
        )
        # Run from elsewhere: the app must not depend on the current folder.
        try:
            result = subprocess.run(
                [str(exe), "--self-test"],
                cwd=home,
                env=env,
                encoding="utf-8",  # the frozen app runs in UTF-8 mode
                errors="replace",
                capture_output=True,
                timeout=SELF_TEST_TIMEOUT_S,
            )
        except subprocess.TimeoutExpired:
            print(f"error: the frozen self-test hung for {SELF_TEST_TIMEOUT_S} s", file=sys.stderr)
            return False
        for line in (result.stdout + result.stderr).splitlines():
            print(f"      | {line}")
        if result.returncode != 0:
            print(f"error: the frozen self-test failed (exit {result.returncode})", file=sys.stderr)
            return False
    changed = archive.snapshot_changes(before, archive.snapshot(bundle))
    if changed:
        print(
            "error: the frozen app wrote inside its own folder (it must run read-only): "
            + ", ".join(changed[:5]),
            file=sys.stderr,
        )
        return False
    print("      self-test passed; nothing was written inside the bundle folder")
    return True


def step(number: str, text: str) -> None:
    print(f"[{number}] {text}", flush=True)


def mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


if __name__ == "__main__":
    sys.exit(main())
