"""Naming, writing and measuring the bundle's archive (pure Python, stdlib only).

Linux gets tar.xz (tar keeps the executable bit and the symlinks PyInstaller makes); Windows
and macOS get zip, which both open with a double click. Zip entries keep Unix modes and
symlinks, which macOS's Archive Utility honours.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

_OS_NAMES = {"linux": "linux", "win32": "windows", "darwin": "macos"}
_MACHINES = {
    "amd64": "x86_64",
    "x86_64": "x86_64",
    "x64": "x86_64",
    "arm64": "arm64",
    "aarch64": "arm64",
}


def archive_name(version: str, sys_platform: str, machine: str) -> str:
    """``teachin-0.1.0-linux-x86_64.tar.xz``, ``teachin-0.1.0-windows-x86_64.zip``, ..."""
    os_name = next((v for k, v in _OS_NAMES.items() if sys_platform.startswith(k)), sys_platform)
    arch = _MACHINES.get(machine.lower(), machine.lower() or "unknown")
    suffix = ".tar.xz" if os_name == "linux" else ".zip"
    return f"teachin-{version}-{os_name}-{arch}{suffix}"


def archive_stem(path: Path) -> str:
    name = path.name
    for suffix in (".tar.xz", ".zip"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def write_archive(folder: Path, target: Path) -> Path:
    """Pack ``folder`` as ``<archive stem>/...`` into ``target`` (format from its suffix)."""
    root = archive_stem(target)
    entries = sorted(folder.rglob("*"))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    if target.name.endswith(".tar.xz"):
        _write_tar_xz(folder, entries, root, partial)
    elif target.name.endswith(".zip"):
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for path in entries:
                _zip_add(zf, path, f"{root}/{path.relative_to(folder).as_posix()}")
    else:
        raise ValueError(f"{target.name}: unknown archive type (want .tar.xz or .zip)")
    os.replace(partial, target)
    return target


def _write_tar_xz(folder: Path, entries: list[Path], root: str, target: Path) -> None:
    """xz -6 on all cores when the xz tool exists (minutes faster than Python's one-thread
    lzma on 2 cores, and within 2% of -9's size here); else Python's lzma."""
    xz = shutil.which("xz")
    with target.open("wb") as out:
        if xz:
            process = subprocess.Popen([xz, "-6", "-T0", "-c"], stdin=subprocess.PIPE, stdout=out)
            assert process.stdin is not None
            with tarfile.open(fileobj=process.stdin, mode="w|") as tar:
                _tar_add(tar, folder, entries, root)
            process.stdin.close()
            if process.wait() != 0:
                raise OSError(f"xz failed with exit code {process.returncode}")
        else:
            with tarfile.open(fileobj=out, mode="w:xz", preset=6) as tar:
                _tar_add(tar, folder, entries, root)


def _tar_add(tar: tarfile.TarFile, folder: Path, entries: list[Path], root: str) -> None:
    tar.add(folder, arcname=root, recursive=False)
    for path in entries:
        tar.add(path, arcname=f"{root}/{path.relative_to(folder).as_posix()}", recursive=False)


def _zip_add(zf: zipfile.ZipFile, path: Path, name: str) -> None:
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):  # stored as a link, as `zip -y` does
        entry = zipfile.ZipInfo(name)
        entry.create_system = 3  # Unix, so the mode bits below are read
        entry.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(entry, os.readlink(path))
    elif stat.S_ISDIR(info.st_mode):
        entry = zipfile.ZipInfo(name + "/")
        entry.create_system = 3
        entry.external_attr = (stat.S_IFDIR | 0o755) << 16 | 0x10
        zf.writestr(entry, b"")
    else:
        zf.write(path, name)


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of regular files under ``folder`` (symlinks count as nothing)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Path -> (size, mtime_ns) of everything under ``folder``, to notice writes into it."""
    result = {}
    for path in folder.rglob("*"):
        info = os.lstat(path)
        result[path.relative_to(folder).as_posix()] = (info.st_size, info.st_mtime_ns)
    return result


def snapshot_changes(before: dict, after: dict) -> list[str]:
    """Paths added, removed or modified between two snapshots."""
    return sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))


def summarise_drops(report_json: str) -> str:
    """One line from the spec's report: how many files were left out, and why."""
    report = json.loads(report_json)
    reasons = Counter(why for _, why in report["filtered"])
    parts = [f"{n} {why}" for why, n in reasons.most_common()]
    if report["pruned"]:
        parts.append(f"{len(report['pruned'])} libraries only the left-out plugins linked")
    text = "left out: " + ("; ".join(parts) if parts else "nothing")
    return text + f"; ICU data: {report.get('icu_data', 'kept')}"
