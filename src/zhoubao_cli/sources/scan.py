"""Walking an inbox: which files to read, which to skip and say so, which to refuse."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from zhoubao_cli.sources.legacy import LEGACY_SUFFIXES

Kind = Literal[
    "docx",
    "text",
    "legacy",
    "unsupported",
    "ignored",
    "outside",
    "bad_link",
    "too_big",
    "unreadable",
]

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
DOCX_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm"}
_SYSTEM_FILES = {".ds_store", "thumbs.db", "desktop.ini", "__macosx"}


@dataclass(frozen=True)
class Found:
    path: Path  # where it is
    name: str  # its path relative to the inbox, with forward slashes, readable (see _relative)
    kind: Kind
    size: int = 0
    mtime: float = 0.0
    # The file the scan saw (0: not known): the reader opens no other one in its place.
    device: int = 0
    inode: int = 0
    linked: bool = False  # found through a link inside the inbox
    name_note: str | None = None  # the name was not UTF-8: how it was read


def same_file(found: Found) -> bool:
    """Whether found.path still leads to the regular file the scan saw."""
    if not found.inode:
        return True
    try:
        info = found.path.stat() if found.linked else found.path.lstat()
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and (info.st_dev, info.st_ino) == (found.device, found.inode)


def _skipped(name: str) -> bool:
    lower = name.lower()
    return lower.startswith(("~$", ".~lock", ".")) or lower in _SYSTEM_FILES or lower.endswith("~")


def scan_inbox(root: Path, max_bytes: int) -> Iterator[Found]:
    """Every file below root in a stable order; links leading out of root are not followed."""
    real_root = root.resolve()
    unreadable: list[OSError] = []  # os.walk would skip such a folder without a word
    for folder, dirs, files in os.walk(root, onerror=unreadable.append, followlinks=False):
        here = Path(folder)
        dirs.sort()
        for name in sorted(dirs):
            if _skipped(name):
                dirs.remove(name)
                yield Found(here / name, _relative(here / name, root), "ignored")
            elif (here / name).is_symlink():
                yield _classify_link(here / name, root, real_root, max_bytes)
        for name in sorted(files):
            path = here / name
            if _skipped(name):
                yield Found(path, _relative(path, root), "ignored")
            elif path.is_symlink():
                yield _classify_link(path, root, real_root, max_bytes)
            else:
                yield _classify(path, root, max_bytes)
    for error in unreadable:
        if error.filename:
            path = Path(error.filename)
            yield Found(path, _relative(path, root) if path != root else ".", "unreadable")


def _classify_link(path: Path, root: Path, real_root: Path, max_bytes: int) -> Found:
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # dangling, or a loop (RuntimeError before Python 3.13)
        return Found(path, _relative(path, root), "bad_link")
    if not target.is_relative_to(real_root) or target.is_dir():
        return Found(path, _relative(path, root), "outside")
    return _classify(path, root, max_bytes, linked=True)


def found_file(path: Path, max_bytes: int) -> Found:
    """One file named on its own (zhoubao import's), classified as an inbox's files are."""
    return _classify(path, path.parent, max_bytes)


def _classify(path: Path, root: Path, max_bytes: int, *, linked: bool = False) -> Found:
    name = _relative(path, root)
    note = _name_note(path, root, name)
    try:
        info = path.stat()
    except OSError:
        return Found(path, name, "bad_link" if linked else "outside", name_note=note)
    suffix = path.suffix.lower()
    if suffix in DOCX_SUFFIXES:
        kind: Kind = "docx"
    elif suffix in TEXT_SUFFIXES:
        kind = "text"
    elif suffix in LEGACY_SUFFIXES:
        kind = "legacy"
    else:
        kind = "unsupported"
    if kind != "unsupported" and info.st_size > max_bytes:
        kind = "too_big"
    if not stat.S_ISREG(info.st_mode):  # a pipe or a device: nothing to read, or no end to it
        kind = "unsupported"
    return Found(
        path,
        name,
        kind,
        info.st_size,
        info.st_mtime,
        device=info.st_dev,
        inode=info.st_ino,
        linked=linked,
        name_note=note,
    )


def _relative(path: Path, root: Path) -> str:
    return readable_name(path.relative_to(root).as_posix())


def readable_name(text: str) -> str:
    """A file name (or a message holding one) as readable text. On Linux a name that is not
    UTF-8 (a GBK name left by unzipping a Windows zip) comes as undecodable bytes; it is read as
    GB18030, else its bytes are shown as \\xNN, so that the report, the JSON and the console can
    carry it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogateescape")
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            return raw.decode("utf-8", "backslashreplace")
    return text


def _name_note(path: Path, root: Path, name: str) -> str | None:
    if name == path.relative_to(root).as_posix():
        return None
    how = "按 GBK 编码读作" if "\\x" not in name else "无法识别编码，显示为"
    return f"文件名不是 UTF-8 编码（多见于在 Linux 上解压 Windows 的压缩包），{how}“{name}”"
