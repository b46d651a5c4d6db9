"""One writer per warehouse: an exclusive advisory lock on `<db>.lock`, held for a whole run."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

#: How the kernel refuses a write to a file that is there: a read-only mount, permissions, `chattr +i`.
_NOT_WRITABLE = (errno.EROFS, errno.EACCES, errno.EPERM)


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse."""


class LockUnusable(RuntimeError):
    """The lock path is a symlink, a directory or otherwise not a file this run may write its PID to."""


@contextlib.contextmanager
def warehouse_lock(db: Path, timeout_seconds: float = 0.0) -> Iterator[None]:
    """Hold the warehouse's run lock, waiting up to `timeout_seconds`, else raise `WarehouseBusy`.

    The lock is released by the kernel when the process dies, so a killed run never blocks the next.
    """
    lock_path = db.with_name(db.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    try:  # never follow a symlink: the PID written below would overwrite whatever it points to
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        if exc.errno in _NOT_WRITABLE:
            raise LockUnusable(
                f"cannot write the run lock {lock_path} ({exc.strerror}): the warehouse's folder and its files "
                "must be writable"
            ) from exc
        raise LockUnusable(
            f"cannot use {lock_path} as the run lock ({exc.strerror}): it must be a plain file; remove it"
        ) from exc
    deadline = time.monotonic() + timeout_seconds
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(
                        f"another news-etl run is writing to {db}; this run ends without changes"
                    ) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)
