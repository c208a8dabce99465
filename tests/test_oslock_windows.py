"""The Windows file lock's logic (LockFileEx behaving like flock), run here against a fake of
Windows' byte-range locks that follows the documented rules: shared locks coexist, an exclusive
one excludes every other lock on the byte, including the same handle's own shared lock."""

from __future__ import annotations

import pytest

from teachin.store.oslock import (
    ERROR_LOCK_VIOLATION,
    ERROR_NOT_LOCKED,
    LOCKFILE_EXCLUSIVE_LOCK,
    LOCKFILE_FAIL_IMMEDIATELY,
    WindowsLocks,
)


class FakeKernel32:
    """One file's first byte: which handles lock it, and how."""

    def __init__(self) -> None:
        self.shared: list[int] = []  # a handle may appear more than once: locks stack
        self.exclusive: int | None = None
        self.calls: list[tuple[str, int, int]] = []

    def lock(self, handle: int, flags: int) -> int:
        self.calls.append(("lock", handle, flags))
        busy = self.exclusive is not None or (flags & LOCKFILE_EXCLUSIVE_LOCK and self.shared)
        if busy:
            if not flags & LOCKFILE_FAIL_IMMEDIATELY:
                raise AssertionError("a blocking call would wait forever here")
            return ERROR_LOCK_VIOLATION
        if flags & LOCKFILE_EXCLUSIVE_LOCK:
            self.exclusive = handle
        else:
            self.shared.append(handle)
        return 0

    def unlock(self, handle: int) -> int:
        self.calls.append(("unlock", handle, 0))
        if self.exclusive == handle:
            self.exclusive = None
        elif handle in self.shared:
            self.shared.remove(handle)
        else:
            return ERROR_NOT_LOCKED
        return 0


@pytest.fixture
def kernel() -> FakeKernel32:
    return FakeKernel32()


def test_shared_locks_coexist_and_keep_an_exclusive_one_out(kernel: FakeKernel32) -> None:
    # Two processes (two WindowsLocks, two handles) on one lock file, as two open stores.
    first, second = WindowsLocks(kernel), WindowsLocks(kernel)
    assert first.lock(1, exclusive=False, blocking=True)
    assert second.lock(2, exclusive=False, blocking=True)
    third = WindowsLocks(kernel)
    assert third.lock(3, exclusive=True, blocking=False) is False  # not alone: not now
    first.unlock(1)
    second.unlock(2)
    assert third.lock(3, exclusive=True, blocking=False) is True  # alone now


def test_asking_again_on_a_handle_converts_its_lock_as_flock_does(kernel: FakeKernel32) -> None:
    """The store opens: presence lock exclusive ("alone?"), then the same handle shared."""
    locks = WindowsLocks(kernel)
    assert locks.lock(1, exclusive=True, blocking=False)
    assert locks.lock(1, exclusive=False, blocking=True)  # down to shared
    assert (kernel.exclusive, kernel.shared) == (None, [1])
    assert locks.lock(1, exclusive=True, blocking=False)  # and up again, alone
    assert (kernel.exclusive, kernel.shared) == (1, [])


def test_the_open_sequence_of_two_stores(kernel: FakeKernel32) -> None:
    """db.open_store: try exclusive; release; take shared. The second store is not alone."""
    a, b = WindowsLocks(kernel), WindowsLocks(kernel)
    assert a.lock(1, exclusive=True, blocking=False)
    a.unlock(1)
    assert a.lock(1, exclusive=False, blocking=True)
    assert b.lock(2, exclusive=True, blocking=False) is False
    b.unlock(2)  # releasing what it never got: no call, no error (flock allows it)
    assert b.lock(2, exclusive=False, blocking=True)
    assert sorted(kernel.shared) == [1, 2]
    assert ("unlock", 2, 0) not in kernel.calls


def test_flags_say_shared_or_exclusive_and_waiting_or_not(kernel: FakeKernel32) -> None:
    locks = WindowsLocks(kernel, handle_of=lambda fd: fd + 100)
    locks.lock(5, exclusive=True, blocking=True)
    locks.unlock(5)
    locks.lock(5, exclusive=False, blocking=False)
    assert kernel.calls == [
        ("lock", 105, LOCKFILE_EXCLUSIVE_LOCK),
        ("unlock", 105, 0),
        ("lock", 105, LOCKFILE_FAIL_IMMEDIATELY),
    ]


def test_other_windows_errors_are_raised_not_taken_for_busy() -> None:
    class Broken:
        def lock(self, handle: int, flags: int) -> int:
            return 6  # ERROR_INVALID_HANDLE

        def unlock(self, handle: int) -> int:
            return 0

    with pytest.raises(OSError, match="Windows error 6"):
        WindowsLocks(Broken()).lock(1, exclusive=False, blocking=False)


def test_a_closed_descriptor_holds_nothing(kernel: FakeKernel32) -> None:
    locks = WindowsLocks(kernel)
    locks.lock(1, exclusive=False, blocking=True)
    kernel.unlock(1)  # what closing the handle does on Windows
    locks.forget(1)
    locks.unlock(1)  # nothing to release: no call
    assert kernel.calls[-1] == ("unlock", 1, 0) and len(kernel.calls) == 2
