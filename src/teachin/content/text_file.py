"""Reading a content file's bytes, the same way for every reader (slides, GIFT, CSV): whatever
is wrong with the file becomes one ``Problem`` at the line of the trouble, never an exception.
"""

from __future__ import annotations

import re
from pathlib import Path

from teachin.content.model import Problem
from teachin.i18n import translate

# Far above any real deck file (the largest is a few tens of KB), small enough that every reader
# finishes in seconds: a bigger file is refused rather than stalling `check`, the show or a kiosk.
MAX_BYTES = 8 * 1024 * 1024

# Characters that would break a one-line `path:line: message` (str.splitlines() breaks on all).
_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def read_bytes(path: Path) -> tuple[bytes | None, Problem | None]:
    """The file's bytes, or None and the reason it cannot be used."""
    try:
        if not path.exists():
            return None, Problem(
                path, 1, translate("content", "cannot read the file: it does not exist")
            )
        if not path.is_file():  # a folder, or a FIFO or device: reading might never end
            return None, Problem(
                path, 1, translate("content", "cannot read the file: not a regular file")
            )
        with path.open("rb") as file:
            raw = file.read(MAX_BYTES + 1)  # never more, even if the file grows meanwhile
    except OSError as error:
        return None, Problem(
            path,
            1,
            translate("content", "cannot read the file: {value}").format(
                value=error.strerror or error
            ),
        )
    if len(raw) > MAX_BYTES:
        return None, Problem(
            path, 1, translate("content", "too large: a content file is at most 8 MB")
        )
    return raw, None


def decode(raw: bytes, path: Path) -> tuple[str | None, Problem | None]:
    """UTF-8 text, or None and the line of the first byte that is not UTF-8. A byte-order mark
    stays (a quiz's version is the hash of its text as read): readers drop it."""
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        before = error.object[: error.start]
        line = before.replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1
        byte = error.object[error.start]
        return None, Problem(
            path,
            line,
            translate(
                "content", "not UTF-8 text (byte 0x{byte:02x}, {reason}); save it as UTF-8"
            ).format(byte=byte, reason=error.reason),
        )


def read_text(path: Path) -> tuple[str | None, Problem | None]:
    """``read_bytes`` then ``decode``."""
    raw, problem = read_bytes(path)
    return (None, problem) if raw is None else decode(raw, path)


def split_lines(text: str) -> list[str]:
    """Lines as an editor numbers them: split at \\n, \\r\\n and \\r only (not at the form feeds,
    vertical tabs or Unicode separators str.splitlines() also breaks at)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def one_line(message: str) -> str:
    """``message`` with any line break written as an escape, so a problem stays one line."""
    return _LINE_BREAKS.sub(lambda m: repr(m.group())[1:-1], message)


def shortened(text: str, limit: int = 60) -> str:
    """User text to show in a message: at most ``limit`` characters, on one line."""
    return one_line(text if len(text) <= limit else text[: limit - 1] + "…")


def quoted(text: str, limit: int = 60) -> str:
    """User text inside a message: quoted, escaped like repr(), shortened when long."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
