"""Archive naming and writing: what an organiser downloads must unpack to a runnable folder."""

from __future__ import annotations

import os
import stat
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))

import archive


@pytest.mark.parametrize(
    ("sys_platform", "machine", "expected"),
    [
        ("linux", "x86_64", "teachin-0.1.0-linux-x86_64.tar.xz"),
        ("linux", "aarch64", "teachin-0.1.0-linux-arm64.tar.xz"),
        ("win32", "AMD64", "teachin-0.1.0-windows-x86_64.zip"),
        ("darwin", "arm64", "teachin-0.1.0-macos-arm64.zip"),
        ("darwin", "x86_64", "teachin-0.1.0-macos-x86_64.zip"),
    ],
)
def test_archive_name_has_version_platform_and_native_format(
    sys_platform: str, machine: str, expected: str
) -> None:
    assert archive.archive_name("0.1.0", sys_platform, machine) == expected


def _fake_bundle(root: Path) -> Path:
    bundle = root / "teachin"
    (bundle / "_internal" / "deck" / "slides").mkdir(parents=True)
    exe = bundle / "teachin"
    exe.write_bytes(b"#!/bin/sh\necho hi\n")
    exe.chmod(0o755)
    (bundle / "_internal" / "deck" / "slides" / "01.md").write_text("# One\n", encoding="utf-8")
    (bundle / "_internal" / "libQt6Core.so.6").symlink_to("deck/slides/01.md")
    return bundle


def test_tar_xz_keeps_executable_bit_and_symlinks(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    target = archive.write_archive(bundle, tmp_path / "out" / "teachin-0.1.0-linux-x86_64.tar.xz")
    with tarfile.open(target) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    root = tmp_path / "unpacked" / "teachin-0.1.0-linux-x86_64"
    assert os.access(root / "teachin", os.X_OK)
    link = root / "_internal" / "libQt6Core.so.6"
    assert link.is_symlink() and link.read_text(encoding="utf-8") == "# One\n"
    assert not (tmp_path / "out" / "teachin-0.1.0-linux-x86_64.tar.xz.part").exists()


def test_zip_keeps_unix_modes_and_stores_symlinks_as_links(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    target = archive.write_archive(bundle, tmp_path / "teachin-0.1.0-macos-arm64.zip")
    with zipfile.ZipFile(target) as zf:
        infos = {i.filename: i for i in zf.infolist()}
        exe = infos["teachin-0.1.0-macos-arm64/teachin"]
        assert stat.S_IMODE(exe.external_attr >> 16) & 0o111
        link = infos["teachin-0.1.0-macos-arm64/_internal/libQt6Core.so.6"]
        assert stat.S_ISLNK(link.external_attr >> 16)
        assert zf.read(link) == b"deck/slides/01.md"
        assert zf.read("teachin-0.1.0-macos-arm64/_internal/deck/slides/01.md") == b"# One\n"


def test_unknown_archive_type_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown archive type"):
        archive.write_archive(_fake_bundle(tmp_path), tmp_path / "teachin.rar")


def test_folder_size_counts_files_not_symlinks(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    size, files = archive.folder_size(bundle)
    assert files == 2
    assert size == len(b"#!/bin/sh\necho hi\n") + len(b"# One\n")


def test_snapshot_notices_a_file_written_into_the_bundle(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    before = archive.snapshot(bundle)
    assert archive.snapshot_changes(before, archive.snapshot(bundle)) == []
    (bundle / "teachin.db").write_bytes(b"x")
    (bundle / "_internal" / "deck" / "slides" / "01.md").write_text("# Changed!\n")
    assert archive.snapshot_changes(before, archive.snapshot(bundle)) == [
        "_internal/deck/slides/01.md",
        "teachin.db",
    ]


def test_drop_summary_counts_reasons() -> None:
    report = (
        '{"filtered": [["a.qm", "Qt translations"], ["b.qm", "Qt translations"],'
        ' ["libQt6Network.so.6", "unused"]], "pruned": ["libcairo.so.2"],'
        ' "icu_data": "replaced by an empty table"}'
    )
    assert archive.summarise_drops(report) == (
        "left out: 2 Qt translations; 1 unused; 1 libraries only the left-out plugins linked; "
        "ICU data: replaced by an empty table"
    )


def test_tar_xz_without_the_xz_tool_falls_back_to_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive.shutil, "which", lambda name: None)
    target = archive.write_archive(_fake_bundle(tmp_path), tmp_path / "t-1-linux-x86_64.tar.xz")
    with tarfile.open(target, "r:xz") as tar:
        assert "t-1-linux-x86_64/_internal/deck/slides/01.md" in tar.getnames()
