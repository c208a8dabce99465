"""Version information for the Windows executables (Properties → Details; what SmartScreen
and an IT department's inventory show), from pyproject.toml's version.

PyInstaller's ``EXE(version=FILE)`` reads FILE as the Python expression written here."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
COPYRIGHT = "Teach-in contributors, MIT licence"


def project_version(pyproject: Path = REPO / "pyproject.toml") -> str:
    return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` -> (0, 1, 0, 0); ``1.2.0rc1`` -> (1, 2, 0, 0): Windows wants four numbers."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    return (*numbers, *[0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_info_text(version: str, exe_name: str, description: str) -> str:
    four = version_tuple(version)

    def strings(*pairs: tuple[str, str]) -> str:
        return ", ".join(f"StringStruct({k!r}, {v!r})" for k, v in pairs)

    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={four}, prodvers={four}, mask=0x3F, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [{
        strings(
            ("CompanyName", "Teach-in"),
            ("FileDescription", description),
            ("FileVersion", version),
            ("InternalName", exe_name.removesuffix(".exe")),
            ("LegalCopyright", COPYRIGHT),
            ("OriginalFilename", exe_name),
            ("ProductName", "Teach-in"),
            ("ProductVersion", version),
        )
    }])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""


def write_version_file(folder: Path, exe_name: str, description: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"version-{exe_name.removesuffix('.exe').replace(' ', '-')}.txt"
    path.write_text(version_info_text(project_version(), exe_name, description), encoding="utf-8")
    return path
