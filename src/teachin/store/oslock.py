"""OS-level file locks, so several Teach-in processes can share one data folder safely.

Two locks per folder:

- the *write lock* (exclusive, held for one write transaction at a time). SQLite's own locking
  already serialises writers, but SQLite before 3.51.3 has a WAL-reset bug that needs two
  writers or checkpointers at once (pitfalls 6). Taking this lock around every write, and so
  around every auto-checkpoint (it runs inside COMMIT), keeps to one at a time across processes.
- the *presence lock* (shared by every open store). Taking it exclusively succeeds only when no
  other process has the folder open: that is when a damaged file may be moved aside.

POSIX uses ``fcntl.flock``. Windows uses ``msvcrt.locking``, which has no shared mode, so there
the presence lock is exclusive-only and "alone" checks always succeed.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - not testable on this machine
    import msvcrt

    def _lock(fd: int, *, exclusive: bool, blocking: bool) -> bool:
        if not exclusive:
            return True  # msvcrt has no shared locks; the write lock still guards writes
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int, *, exclusive: bool, blocking: bool) -> bool:
        flags = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        if not blocking:
            flags |= fcntl.LOCK_NB
        try:
            fcntl.flock(fd, flags)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class LockTimeout(Exception):
    """The lock stayed taken by another process for longer than the timeout."""


class FileLock:
    """A lock on one file; the file is created if missing and never deleted (deleting a lock
    file that another process holds open would let a third process lock a different inode)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)

    def acquire(self, *, exclusive: bool = True, timeout: float | None = None) -> None:
        """Take the lock, waiting up to ``timeout`` seconds (None: forever)."""
        if timeout is None:
            _lock(self._fd, exclusive=exclusive, blocking=True)
            return
        deadline = time.monotonic() + timeout
        delay = 0.001
        while not _lock(self._fd, exclusive=exclusive, blocking=False):
            if time.monotonic() >= deadline:
                raise LockTimeout(f"{self.path} is held by another process")
            time.sleep(delay)
            delay = min(delay * 2, 0.05)

    def try_acquire(self, *, exclusive: bool = True) -> bool:
        return _lock(self._fd, exclusive=exclusive, blocking=False)

    def release(self) -> None:
        _unlock(self._fd)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # closing drops any lock this descriptor held
            self._fd = -1
