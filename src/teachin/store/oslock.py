"""OS-level file locks, so several Teach-in processes can share one data folder safely.

Two locks per folder:

- the *write lock* (exclusive, held for one write transaction at a time). SQLite's own locking
  already serialises writers, but SQLite before 3.51.3 has a WAL-reset bug that needs two
  writers or checkpointers at once (pitfalls 6). Taking this lock around every write, and so
  around every auto-checkpoint (it runs inside COMMIT), keeps to one at a time across processes.
- the *presence lock* (shared by every open store). Taking it exclusively succeeds only when no
  other process has the folder open: that is when a damaged file may be moved aside.

POSIX uses ``fcntl.flock``. Windows uses ``LockFileEx`` (through ctypes) on the lock file's
first byte, which has shared and exclusive modes too; ``WindowsLocks`` holds the logic that
makes it behave like flock (a new request on a handle replaces the lock it holds, a busy lock
is "not now" rather than an error) behind ``LockCalls``, so it is tested with a fake here.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Protocol

from teachin.i18n import translate

LOCKFILE_FAIL_IMMEDIATELY = 0x1
LOCKFILE_EXCLUSIVE_LOCK = 0x2
ERROR_LOCK_VIOLATION = 33  # the range is locked by another handle
ERROR_NOT_LOCKED = 158


class LockCalls(Protocol):
    """Windows' two calls on one byte of a file handle; each returns a Win32 error code,
    0 for success."""

    def lock(self, handle: int, flags: int) -> int: ...

    def unlock(self, handle: int) -> int: ...


class WindowsLocks:
    """flock's behaviour from LockFileEx: shared or exclusive, waiting or not.

    LockFileEx locks stack per handle and a handle's own shared lock blocks its exclusive
    request, where flock converts the lock in place; so a handle holding a lock is unlocked
    before it asks for another (not atomic, as flock's conversion is not either)."""

    def __init__(self, calls: LockCalls, handle_of=lambda fd: fd) -> None:
        self._calls = calls
        self._handle_of = handle_of
        self._held: set[int] = set()  # descriptors holding a lock

    def lock(self, fd: int, *, exclusive: bool, blocking: bool) -> bool:
        if fd in self._held:
            self.unlock(fd)
        flags = LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0
        if not blocking:
            flags |= LOCKFILE_FAIL_IMMEDIATELY
        error = self._calls.lock(self._handle_of(fd), flags)
        if error == ERROR_LOCK_VIOLATION and not blocking:
            return False
        if error:
            raise OSError(
                translate("store", "LockFileEx failed: Windows error {error}").format(error=error)
            )
        self._held.add(fd)
        return True

    def unlock(self, fd: int) -> None:
        if fd not in self._held:
            return  # flock allows unlocking what is not locked; UnlockFileEx would fail
        self._held.discard(fd)
        error = self._calls.unlock(self._handle_of(fd))
        if error not in (0, ERROR_NOT_LOCKED):
            raise OSError(
                translate("store", "UnlockFileEx failed: Windows error {error}").format(error=error)
            )

    def forget(self, fd: int) -> None:
        """The descriptor was closed (which drops its locks)."""
        self._held.discard(fd)


if sys.platform == "win32":  # pragma: no cover - runs on the Windows CI runner only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        # OVERLAPPED: the offset of the locked range (0) and an unused event.
        _fields_ = [
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        ]

    class _Kernel32:
        def __init__(self) -> None:
            kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
            self._lock = kernel32.LockFileEx
            self._lock.argtypes = [
                wintypes.HANDLE,
                wintypes.DWORD,
                wintypes.DWORD,
                wintypes.DWORD,
                wintypes.DWORD,
                ctypes.POINTER(_Overlapped),
            ]
            self._lock.restype = wintypes.BOOL
            self._unlock = kernel32.UnlockFileEx
            self._unlock.argtypes = [
                wintypes.HANDLE,
                wintypes.DWORD,
                wintypes.DWORD,
                wintypes.DWORD,
                ctypes.POINTER(_Overlapped),
            ]
            self._unlock.restype = wintypes.BOOL

        def lock(self, handle: int, flags: int) -> int:
            ok = self._lock(handle, flags, 0, 1, 0, ctypes.byref(_Overlapped()))
            return 0 if ok else ctypes.get_last_error()

        def unlock(self, handle: int) -> int:
            ok = self._unlock(handle, 0, 1, 0, ctypes.byref(_Overlapped()))
            return 0 if ok else ctypes.get_last_error()

    _windows = WindowsLocks(_Kernel32(), msvcrt.get_osfhandle)
    _lock, _unlock, _forget = _windows.lock, _windows.unlock, _windows.forget

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

    def _forget(fd: int) -> None:
        pass


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
            _forget(self._fd)
            self._fd = -1
