"""One writer at a time in a workspace: every command that writes holds `hold(root, what)`.

The lock is the operating system's (filelock: fcntl on Linux and macOS, LockFileEx on Windows),
so a zhoubao that is killed or crashes releases it with its last breath: a lock is never left
behind. A second writer waits a few seconds, saying so, then refuses in words. Holding it, a
writer first finishes or undoes what a crashed one left halfway (transaction.recover).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from zhoubao_cli.errors import BusyError
from zhoubao_cli.fileio import cannot_write, clean_stale_temp

LOCK_NAME = ".zhoubao.lock"
HOLDER_NAME = ".zhoubao.holder"  # what the holder is writing, for a waiter's message
WAIT_S = 10.0  # ZHOUBAO_LOCK_WAIT sets another wait, in seconds

# This thread's holds, by workspace: a nested hold is free. Another thread (a web page's) waits
# for the lock like another process.
_local = threading.local()


def wait_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get("ZHOUBAO_LOCK_WAIT", WAIT_S)))
    except ValueError:
        return WAIT_S


@contextlib.contextmanager
def hold(root: Path, what: str, *, wait: float | None = None) -> Iterator[None]:
    """Be the only zhoubao writing in the workspace at root while inside.

    what names the work for a waiter's message: “第19期”, “合订本”. A BusyError (exit 1) after
    `wait` seconds (default ZHOUBAO_LOCK_WAIT or 10) if another zhoubao still holds it.
    """
    from filelock import FileLock, Timeout

    from zhoubao_cli.transaction import recover

    key = Path(os.path.abspath(root))
    _held: dict[Path, int] = _local.__dict__.setdefault("held", {})
    if _held.get(key):
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    seconds = wait_seconds() if wait is None else wait
    lock = FileLock(str(key / LOCK_NAME), mode=0o666)
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            holder = _holder(key) or what
            print(f"{holder}正被另一个 zhoubao 使用，等待中…", file=sys.stderr, flush=True)
            try:
                lock.acquire(timeout=seconds)
            except Timeout:
                raise BusyError(
                    f"{holder}正被另一个 zhoubao 使用，等了 {seconds:g} 秒仍未结束；"
                    "这次没有做任何改动。",
                    hint="等另一个 zhoubao（别的窗口，或同事在共享文件夹上运行的）结束后重新运行。",
                ) from None
    except OSError as exc:  # the lock file cannot be made: a read-only or full disk
        raise cannot_write(key / LOCK_NAME, exc) from None
    _held[key] = 1
    try:
        with contextlib.suppress(OSError):
            (key / HOLDER_NAME).write_text(what, "utf-8")
        if (key / "zhoubao.toml").is_file():  # a workspace (a first `new` has none yet)
            recover(key)
        clean_stale_temp()
        yield
    finally:
        _held.pop(key, None)
        with contextlib.suppress(OSError):
            (key / HOLDER_NAME).unlink(missing_ok=True)
        lock.release()


def _holder(root: Path) -> str | None:
    try:
        text = (root / HOLDER_NAME).read_text("utf-8").strip()
    except (OSError, ValueError):
        return None
    return text[:40] if text and text.isprintable() else None
