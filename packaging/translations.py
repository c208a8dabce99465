"""The interface's translations: refresh the .ts catalogues from the code, compile them to .qm.

    python packaging/translations.py            # lupdate (refresh .ts), then lrelease (.qm)
    python packaging/translations.py --release  # lrelease only (what build_installer.py does)
    python packaging/translations.py --check    # exit 1 if a .ts is stale, unfinished, or
                                                # its .qm is not the one lrelease makes of it

Source: src/teachin/translations/teachin_<lang>.ts, edited with Qt Linguist
(``pyside6-linguist``) or any text editor. The compiled .qm sits beside it in git, so a checkout
or a wheel runs translated without Qt's tools; tests/test_i18n.py checks it matches its .ts.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "src" / "teachin"
CATALOGUES = PACKAGE / "translations"
LANGUAGES = ("fr",)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the running Python's environment."""
    beside = Path(sys.executable).parent / (name + (".exe" if sys.platform == "win32" else ""))
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def ts_path(code: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"teachin_{code}.ts"


def sources() -> list[str]:
    """Every Python file of the package, relative to the repository (stable locations)."""
    return sorted(str(p.relative_to(REPO)) for p in PACKAGE.rglob("*.py"))


def update(ts: Path) -> None:
    """Refresh ``ts`` from the code: new strings come in unfinished, gone ones are marked
    vanished (lupdate keeps them; ``--no-obsolete`` drops them)."""
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts",
         str(ts)],
        cwd=REPO, check=True, capture_output=True, text=True,
    )  # fmt: skip


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )


def unfinished(ts: Path) -> list[str]:
    """Source texts without a finished translation: empty, unfinished, obsolete or vanished."""
    left = []
    for message in ElementTree.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") in ("unfinished", "obsolete", "vanished")
            or not (translation.text or "".join(translation.itertext())).strip()
        ):
            left.append(message.findtext("source") or "")
    return left


def problems() -> list[str]:
    """What --check reports: stale or unfinished catalogues, .qm files out of date."""
    found = []
    with tempfile.TemporaryDirectory() as temp:
        for code in LANGUAGES:
            ts, copy = ts_path(code), ts_path(code, Path(temp))
            shutil.copy(ts, copy)
            update(copy)
            if copy.read_bytes() != ts.read_bytes():
                found.append(f"{ts.relative_to(REPO)}: not up to date with the code (run "
                             "python packaging/translations.py)")  # fmt: skip
            found += [f"{ts.relative_to(REPO)}: unfinished: {text!r}" for text in unfinished(ts)]
            qm = Path(temp) / "fresh.qm"
            release(ts, qm)
            if not filecmp.cmp(qm, ts.with_suffix(".qm"), shallow=False):
                qm_name = ts.with_suffix(".qm").relative_to(REPO)
                found.append(f"{qm_name}: not compiled from its .ts (run python "
                             "packaging/translations.py --release)")  # fmt: skip
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--release", action="store_true", help="compile only")
    parser.add_argument("--check", action="store_true", help="report, change nothing")
    args = parser.parse_args(argv)
    if args.check:
        for line in (found := problems()):
            print(line, file=sys.stderr)
        return 1 if found else 0
    for code in LANGUAGES:
        ts = ts_path(code)
        if not args.release:
            update(ts)
        release(ts, ts.with_suffix(".qm"))
        if left := unfinished(ts):
            print(f"{ts.relative_to(REPO)}: {len(left)} unfinished", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
