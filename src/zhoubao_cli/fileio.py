"""Safe writing: atomic replace, and a record of what we wrote so a person's edits are never lost."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path

from zhoubao_cli.errors import OutputError

MANIFEST = ".zhoubao-written.json"


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere the only way to read it is to set it, then put it back
    os.umask(mask)
    return mask


def share_like_umask(path: Path) -> None:
    """Give a file the mode a plain open() would have: mkstemp makes it 0600, which colleagues on
    a shared folder cannot open."""
    # A file system without modes (a Windows share) has nothing to give.
    with contextlib.suppress(OSError):
        os.chmod(path, 0o666 & ~current_umask())


# A path separator, a character Windows refuses in a name, or a control character.
_NOT_IN_A_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')


def safe_file_name(name: str) -> str:
    """A file name built from config text (a title): one name in one folder, never a path that
    leads elsewhere ("../", "/etc/"), and one that Windows can make too."""
    return _NOT_IN_A_NAME.sub("_", name).strip(" .") or "_"


STALE_TEMP_S = 6 * 3600  # no zhoubao runs this long: its LibreOffice times out in minutes


_OWNER = re.compile(r"^zhoubao-[a-z]+-p(\d+)-")


def temp_dir(kind: str) -> tempfile.TemporaryDirectory[str]:
    """A temporary folder named with this process's id: once the process is gone (killed, so
    it could not remove it), the next zhoubao knows the folder is nobody's."""
    return tempfile.TemporaryDirectory(prefix=f"zhoubao-{kind}-p{os.getpid()}-")


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":  # on Windows os.kill(pid, 0) would end it
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, ValueError, OverflowError):
        return True  # another user's, or cannot tell: keep the folder
    return True


def clean_stale_temp(folder: Path | None = None) -> None:
    """Remove zhoubao's temporary folders (zhoubao-*) that a killed zhoubao left behind: those
    of a process that is gone, and any untouched for hours; never one a running zhoubao uses."""
    import time

    folder = folder or Path(tempfile.gettempdir())
    now = time.time()
    try:
        candidates = list(folder.glob("zhoubao-*"))
    except OSError:
        return
    for candidate in candidates:
        owner = _OWNER.match(candidate.name)
        try:
            info = candidate.lstat()
            mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
            if not candidate.is_dir() or candidate.is_symlink() or not mine:
                continue
            if owner and not _alive(int(owner.group(1))):
                shutil.rmtree(candidate, ignore_errors=True)
                continue
            newest = max([info.st_mtime, *(p.lstat().st_mtime for p in candidate.rglob("*"))])
        except OSError:
            continue
        if now - newest > STALE_TEMP_S:
            shutil.rmtree(candidate, ignore_errors=True)


def backup_path(path: Path) -> Path:
    """The first free name of name.bak, name.1.bak, name.2.bak…: a backup never replaces another."""
    candidate = path.with_name(path.name + ".bak")
    number = 0
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = path.with_name(f"{path.name}.{number}.bak")
    return candidate


def keep_backup(path: Path) -> Path:
    """Copy path to its next numbered backup and return where it went."""
    backup = backup_path(path)
    try:
        shutil.copy2(path, backup)
    except OSError as exc:
        raise cannot_write(backup, exc) from None
    return backup


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside path, then rename it over path.

    The old file stays whole until the new one is complete: a full disk, a crash or Ctrl-C loses
    nothing and leaves no partial file.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        share_like_umask(tmp)
        _replace(tmp, path)
    except OutputError:
        raise
    except OSError as exc:
        raise cannot_write(path, exc) from None
    finally:
        tmp.unlink(missing_ok=True)


# What an OS error means, in the editor's words; the errno's own text is English or absent.
_WHY = {
    errno.EACCES: "权限不足或文件被占用",
    errno.ENOSPC: "磁盘已满",
    errno.EDQUOT: "磁盘配额已用完",
    errno.EROFS: "所在的磁盘或文件夹是只读的",
    errno.ENAMETOOLONG: "文件名过长",
    errno.ENOENT: "文件或文件夹不存在（可能在运行中被移走或删除）",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EISDIR: "这是一个文件夹",
    errno.EXDEV: "不在同一个磁盘上",
    errno.EBUSY: "文件正被其他程序占用",
    errno.ETXTBSY: "文件正被其他程序占用",
    errno.EIO: "磁盘读写出错",
    errno.EMFILE: "同时打开的文件太多",
}
_FIX = {
    errno.EACCES: "如果它正在 Word 或 WPS 中打开，请先关闭；并检查文件夹的写权限",
    errno.ENOSPC: "请清理磁盘空间",
    errno.EDQUOT: "请清理空间或请管理员放宽配额",
    errno.EROFS: "请换到可写的文件夹，或请管理员解除只读",
    errno.ENAMETOOLONG: "请把文件改个短一些的名字",
    errno.EBUSY: "请关闭占用它的程序",
    errno.ETXTBSY: "请关闭占用它的程序",
}


_WHY[errno.EPERM], _FIX[errno.EPERM] = _WHY[errno.EACCES], _FIX[errno.EACCES]


def os_error_text(exc: OSError) -> str:
    """One Chinese phrase for an OS error: 权限不足, 磁盘已满, 只读, 文件名过长…"""
    if isinstance(exc, PermissionError) and exc.errno is None:
        return _WHY[errno.EACCES]
    return _WHY.get(exc.errno or 0) or f"系统错误：{exc.strerror or exc}"


def cannot_write(path: Path, exc: OSError, *, unchanged: bool = True) -> OutputError:
    """An OS error while writing path, as one message with the path and what to do.

    unchanged says whether every file is still as it was; only then does the message say so.
    """
    fix = _FIX.get(exc.errno or 0, "请检查磁盘空间和文件夹的写权限")
    if isinstance(exc, PermissionError) and exc.errno is None:
        fix = _FIX[errno.EACCES]
    after = "原有文件没有改动。" if unchanged else "部分文件已写入，下次运行 zhoubao 时会补完。"
    return OutputError(f"无法写入 {path}：{os_error_text(exc)}。", hint=f"{fix}后重新运行；{after}")


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def _replace(tmp: Path, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except OSError as exc:
        raise cannot_write(path, exc) from None


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
