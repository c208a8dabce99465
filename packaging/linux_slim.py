"""Two Linux-only savings the exclusion filter cannot make (together about 48 MB).

1. Qt's 31 MB ICU data library becomes ICU's empty "stubdata" table.

PySide6's Linux wheels link libQt6Core to ICU, whose data library holds collation, charset and
break-iterator tables the app never uses: it shows English text in UTF-8, and Qt draws and
breaks text with its own tables. With the stub, ICU finds no data and Qt falls back to its own
code (QCollator compares code points; legacy 8-bit codecs are unavailable). The frozen
self-test checks the app still works; ``build_installer.py --keep-icu`` keeps the real data.

2. libpython loses its debug information (23 MB -> 6.5 MB with pyenv's or python.org's build):
``strip --strip-debug`` on that one file only, which keeps every symbol. This is *not*
PyInstaller's ``strip=True`` (which strips everything and breaks numpy's OpenBLAS, pitfall 5).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

# Same layout as ICU's source/stubdata/stubdata.cpp: a ToC header with zero entries.
STUB_SOURCE = """#include <stdint.h>
struct icu_stub { uint16_t headerSize; uint8_t magic1, magic2;
  struct { uint16_t size, reserved; uint8_t isBigEndian, charsetFamily, sizeofUChar, reservedByte;
           uint8_t dataFormat[4], formatVersion[4], dataVersion[4]; } info;
  char padding[8]; uint32_t count, reserved; uint32_t toc[4]; };
__attribute__((visibility("default"))) const struct icu_stub ENTRY = {
  32, 0xda, 0x27, {20, 0, 0, 0, 2, 0, {0x54, 0x6f, 0x43, 0x50}, {1, 0, 0, 0}, {0, 0, 0, 0}},
  {0}, 0, 0, {0, 0, 0, 0}};
"""
DATA_LIBRARY = re.compile(r"(^|/)libicudata\.so\.(?P<major>\d+)$")


def icu_major(dest: str) -> int | None:
    """73 for ``PySide6/Qt/lib/libicudata.so.73``; None for anything else."""
    match = DATA_LIBRARY.search(dest.replace("\\", "/"))
    return int(match["major"]) if match else None


def build_stub(major: int, workdir: Path) -> Path | None:
    """Compile ``libicudata.so.<major>`` holding an empty table; None without a C compiler."""
    compiler = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if compiler is None:
        return None
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / "icudata_stub.c"
    source.write_text(STUB_SOURCE.replace("ENTRY", f"icudt{major}_dat"), encoding="utf-8")
    target = workdir / f"libicudata.so.{major}"
    command = [
        compiler,
        "-shared",
        "-fPIC",
        "-O2",
        f"-Wl,-soname,libicudata.so.{major}",
        "-o",
        str(target),
        str(source),
    ]
    subprocess.run(command, check=True, capture_output=True)
    return target


def strip_debug_copy(source: Path, workdir: Path) -> Path | None:
    """A copy of ``source`` without debug sections; None when ``strip`` is missing."""
    strip = shutil.which("strip")
    if strip is None:
        return None
    workdir.mkdir(parents=True, exist_ok=True)
    target = workdir / Path(source).name
    shutil.copy2(source, target)
    subprocess.run([strip, "--strip-debug", str(target)], check=True, capture_output=True)
    return target
