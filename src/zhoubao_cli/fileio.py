"""Safe writing: atomic replace, and a record of what we wrote so a person's edits are never lost."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from zhoubao_cli.errors import OutputError

MANIFEST = ".zhoubao-written.json"


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside path, then rename it over path.

    The old file stays whole until the new one is complete: a full disk or a crash loses nothing.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _replace(tmp, path)
    except OutputError:
        raise
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    finally:
        tmp.unlink(missing_ok=True)


def _cannot_write(path: Path, exc: OSError) -> OutputError:
    return OutputError(
        f"无法写入 {path}：{exc.strerror or exc}。",
        hint="检查磁盘空间和文件夹的写权限后重新运行；原有文件没有改动。",
    )


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def _replace(tmp: Path, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except PermissionError:
        raise OutputError(
            f"无法写入 {path}：文件被占用或没有写权限。",
            hint="如果它正在 Word 或 WPS 中打开，请先关闭再重新运行。",
        ) from None


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class WrittenFiles:
    """Hashes of the outputs zhoubao wrote, to tell whether a person changed them.

    The record lives in one folder (an issue's) and covers files anywhere: those below the folder
    by their relative path, others by their absolute path. Nothing is left beside a user's file.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.file = folder / MANIFEST
        try:
            self.hashes: dict[str, str] = json.loads(self.file.read_text("utf-8"))
        except (OSError, ValueError):
            self.hashes = {}

    def _key(self, path: Path) -> str:
        resolved = path.resolve()
        try:
            return resolved.relative_to(self.folder.resolve()).as_posix()
        except ValueError:
            return str(resolved)

    def edited_by_person(self, path: Path) -> bool:
        """True if path exists and is not byte for byte what zhoubao last wrote there."""
        if not path.exists():
            return False
        return self.hashes.get(self._key(path)) != sha256(path)

    def write(self, path: Path, data: bytes, *, force: bool = False) -> Path | None:
        """Write an output; refuse to replace a person's edit unless forced (then keep a .bak).

        Returns the backup's path when one was made.
        """
        backup = None
        if self.edited_by_person(path):
            if not force:
                raise OutputError(
                    f"{path.name} 在 zhoubao 生成之后被修改过（或不是 zhoubao 生成的），未覆盖。",
                    hint="如要保留修改，请另存为其他文件名；确定要重新生成就加 --force（旧文件会存为 .bak）。",
                )
            backup = path.with_name(path.name + ".bak")
            try:
                shutil.copy2(path, backup)
            except PermissionError:
                raise OutputError(
                    f"无法备份 {path.name}：文件被占用。",
                    hint="请先在 Word 或 WPS 中关闭它。",
                ) from None
        write_bytes_atomic(path, data)
        self.hashes[self._key(path)] = hashlib.sha256(data).hexdigest()
        self._save()
        return backup

    def remove(self, path: Path) -> bool:
        """Delete a file zhoubao wrote and nobody changed since; False (and no change) otherwise."""
        if self.edited_by_person(path):
            return False
        try:
            path.unlink(missing_ok=True)
        except OSError:
            return False
        self.hashes.pop(self._key(path), None)
        self._save()
        return True

    def _save(self) -> None:
        write_text_atomic(self.file, json.dumps(self.hashes, ensure_ascii=False, indent=2))
