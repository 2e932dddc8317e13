"""Walking an inbox: which files to read, which to skip and say so, which to refuse."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from zhoubao_cli.sources.legacy import LEGACY_SUFFIXES

Kind = Literal[
    "docx", "text", "legacy", "unsupported", "ignored", "outside", "too_big", "unreadable"
]

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
DOCX_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm"}
_SYSTEM_FILES = {".ds_store", "thumbs.db", "desktop.ini", "__macosx"}


@dataclass(frozen=True)
class Found:
    path: Path  # where it is
    name: str  # its path relative to the inbox, with forward slashes
    kind: Kind
    size: int = 0
    mtime: float = 0.0


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
    target = path.resolve()
    if not target.is_relative_to(real_root) or target.is_dir():
        return Found(path, _relative(path, root), "outside")
    return _classify(path, root, max_bytes)


def found_file(path: Path, max_bytes: int) -> Found:
    """One file named on its own (zhoubao import's), classified as an inbox's files are."""
    return _classify(path, path.parent, max_bytes)


def _classify(path: Path, root: Path, max_bytes: int) -> Found:
    name = _relative(path, root)
    try:
        stat = path.stat()
    except OSError:
        return Found(path, name, "outside")
    suffix = path.suffix.lower()
    if suffix in DOCX_SUFFIXES:
        kind: Kind = "docx"
    elif suffix in TEXT_SUFFIXES:
        kind = "text"
    elif suffix in LEGACY_SUFFIXES:
        kind = "legacy"
    else:
        kind = "unsupported"
    if kind != "unsupported" and stat.st_size > max_bytes:
        kind = "too_big"
    return Found(path, name, kind, stat.st_size, stat.st_mtime)


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()
