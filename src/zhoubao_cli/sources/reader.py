"""SourceReader: one found file → its content (lines and tables), by what the file really is.

The name's extension is a hint, not the truth: an old .doc renamed .docx, a .docx saved as .txt, a
Word file without an extension, a web page saved as .doc and a password-protected file are each
recognised by their bytes.

Whatever goes wrong reading one file is that file's error (a ZhoubaoError in words), never the
week's. The file read is the one the scan found: opened without following a link put in its place,
and checked to be that same regular file.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from zhoubao_cli.content import Extracted
from zhoubao_cli.errors import InputError, ZhoubaoError
from zhoubao_cli.rules.items import SOFT_BREAKS, soft_joins, split_soft_breaks
from zhoubao_cli.sources import legacy
from zhoubao_cli.sources.docx import (
    MAX_LINES,
    read_docx,
    read_html,
    too_large,
    too_long,
    too_many_lines,
)
from zhoubao_cli.sources.ole import OLE_MAGIC, ZIP_MAGIC, ole_kind
from zhoubao_cli.sources.scan import Found, readable_name
from zhoubao_cli.sources.text import decode_text

if TYPE_CHECKING:
    from zhoubao_cli.config import Limits

_MB = 2**20
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class SourceReader:
    """Reads one found file; holds what a run shares (LibreOffice, a temp folder, limits)."""

    def __init__(self, limits: Limits, scratch: Path) -> None:
        self.max_unpacked = int(limits.max_unpacked_mb * _MB)
        self.max_file = int(limits.max_file_mb * _MB)
        self.max_chars = limits.max_file_chars
        self.scratch = scratch
        self.soffice = legacy.find_soffice()
        # Files converted ahead by prepare(): name → the .docx, or the reason it failed.
        self._conversions: dict[str, Path | str] = {}
        # What the report should say of how a file was read (a web page named .doc): name → notes.
        self.notes: dict[str, list[str]] = {}

    def prepare(self, founds: list[Found]) -> None:
        """Convert every old Word/WPS file among founds in one LibreOffice run.

        LibreOffice takes seconds to start and little to convert, so a week of eight .doc files
        costs about what one does. Files it cannot convert are told apart when read.
        """
        needing = [found for found in founds if self._needs_libreoffice(found)]
        if not needing or self.soffice is None:
            return
        staged = Path(tempfile.mkdtemp(dir=self.scratch))
        out = Path(tempfile.mkdtemp(dir=self.scratch))
        copies: dict[Path, str] = {}
        for index, found in enumerate(needing):
            suffix = found.path.suffix.lower()
            # LibreOffice goes by the extension; distinct stems keep the results apart.
            copy = staged / f"{index}{suffix if suffix in legacy.LEGACY_SUFFIXES else '.doc'}"
            try:
                with self._open(found) as handle, copy.open("wb") as target:
                    shutil.copyfileobj(handle, target)
            except (OSError, ZhoubaoError):
                continue  # read() will say what is wrong with it
            copies[copy] = found.name
        try:
            results = legacy.convert_many(self.soffice, list(copies), "docx", out)
        except legacy.ConversionFailed as exc:
            self._conversions = dict.fromkeys(copies.values(), exc.reason)
            return
        for copy, name in copies.items():
            converted = results.get(copy)
            self._conversions[name] = converted if converted is not None else ""

    def _needs_libreoffice(self, found: Found) -> bool:
        if found.kind not in ("legacy", "docx", "unsupported") or found.size == 0:
            return False
        try:
            with self._open(found) as handle:
                head = handle.read(_HEAD)
                kind = ole_kind(handle)
        except (OSError, ZhoubaoError):
            return False
        if found.kind == "legacy":
            return kind != "encrypted" and _web_page(head) is None
        return kind == "word"

    def read(self, found: Found) -> Extracted:
        """The file's content and how it was decoded; a ZhoubaoError says what is wrong.

        Whatever else goes wrong (a damaged zip, a page nested a thousand deep, a reader's bug)
        is said as this file's error too: one file never stops the week.
        """
        try:
            return self._read(found)
        except (ZhoubaoError, OSError):
            raise
        except RecursionError:
            raise too_large(found.name, "嵌套层数过多") from None
        except MemoryError:
            raise too_large(found.name, "读取时内存不足") from None
        except Exception as exc:
            if os.environ.get("ZHOUBAO_DEBUG"):
                raise
            raise unreadable(found.name, exc) from None

    def _read(self, found: Found) -> Extracted:
        self._refuse(found)
        with self._open(found) as handle:
            return self._read_open(found, handle)

    def _open(self, found: Found) -> IO[bytes]:
        """The file the scan found, opened: a link put in its place since is not followed.

        Where the OS has O_NOFOLLOW a link is not opened at all; everywhere the opened file must
        be the regular file the scan saw (same device and inode).
        """
        path = found.path
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
        if found.inode and not found.linked:
            flags |= getattr(os, "O_NOFOLLOW", 0)
        elif found.linked:  # a link inside the inbox, as scanned: its target, not a new link
            path = Path(os.path.realpath(path))
            flags |= getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(path, flags)
        except OSError as exc:
            if exc.errno == errno.ELOOP or path.is_symlink():
                raise _swapped(found.name) from None
            raise
        handle = os.fdopen(fd, "rb")
        info = os.fstat(handle.fileno())
        same = not found.inode or (info.st_dev, info.st_ino) == (found.device, found.inode)
        if not stat.S_ISREG(info.st_mode) or not same:
            handle.close()
            raise _swapped(found.name)
        return handle

    def _read_open(self, found: Found, handle: IO[bytes]) -> Extracted:
        head = handle.read(_HEAD)
        handle.seek(0)
        if found.kind in ("docx", "legacy") and (page := _web_page(head)) is not None:
            return self._web_page(found, handle, page)
        if found.kind == "text":
            if head.startswith(ZIP_MAGIC):
                return self._docx(found, handle, "Word 文档（扩展名写成了 .txt）")
            if head.startswith(OLE_MAGIC):
                return self._compound(found, handle, "旧版 Word 格式（扩展名写成了 .txt）")
            data = handle.read()
            text, encoding = decode_text(data, found.name)
            del data
            if len(text) > self.max_chars:
                raise too_long(found.name, self.max_chars)
            # Not str.splitlines(): it also splits at \x0b and \x0c, stray bytes here.
            lines, joins = _LINE_BREAK.split(text), 0
            if len(lines) > MAX_LINES:
                raise too_large(found.name, too_many_lines().what)
            if any(mark in text for mark in SOFT_BREAKS):  # U+2028/U+2029: soft breaks
                parts = [split_soft_breaks(line) for line in lines]
                joins = sum(soft_joins(line, part) for line, part in zip(lines, parts, strict=True))
                lines = [line for part in parts for line in part]
            return Extracted(lines, encoding, plain_text=True, soft_joins=joins)
        if found.kind == "legacy":
            return self._compound(found, handle, f"{found.path.suffix}，经 LibreOffice 转换")
        if found.kind == "docx":
            try:
                return self._docx(found, handle, None)
            except InputError:
                if not head.startswith(OLE_MAGIC):
                    raise
            return self._compound(
                found, handle, "旧版 Word 格式（扩展名写成了 .docx），经 LibreOffice 转换"
            )
        # An unknown extension: a Word file saved without one, or with a browser's suffix.
        if head.startswith(ZIP_MAGIC) and _is_word_package(handle):
            return self._docx(found, handle, "Word 文档（按内容识别）")
        if head.startswith(OLE_MAGIC) and self._ole_kind(handle) in ("word", "encrypted"):
            return self._compound(
                found, handle, "旧版 Word 格式（按内容识别），经 LibreOffice 转换"
            )
        raise ZhoubaoError(_UNSUPPORTED.get(found.path.suffix.lower(), _OTHER_TYPE))

    def _docx(self, found: Found, handle: IO[bytes], encoding: str | None) -> Extracted:
        handle.seek(0)
        extracted = read_docx(handle, found.name, self.max_unpacked, self.max_chars)
        extracted.encoding = encoding
        return extracted

    def _web_page(self, found: Found, handle: IO[bytes], page: str) -> Extracted:
        """A web page saved with a Word extension (Word itself does so): read by zhoubao as
        HTML, nothing fetched. LibreOffice would load its pictures and links from the web."""
        extracted = read_html(handle.read(), found.name, mht=page == "MHT")
        what = "单个文件网页（MHT）" if page == "MHT" else "网页（HTML）"
        extracted.encoding = f"{what}格式（扩展名写成了 {found.path.suffix}）"
        self.notes.setdefault(found.name, []).append(
            f"这个 {found.path.suffix} 文件实际是{what}格式，已按网页读取"
        )
        return extracted

    @staticmethod
    def _ole_kind(handle: IO[bytes]) -> str | None:
        return ole_kind(handle)

    def _compound(self, found: Found, handle: IO[bytes], encoding: str) -> Extracted:
        """An old Word/WPS file (through LibreOffice), or a locked one (said at once)."""
        kind = self._ole_kind(handle)
        if kind == "encrypted":
            raise InputError(
                f"{found.name}：文件设有打开密码，zhoubao 无法读取。",
                hint="请对方取消密码后重新发送（Word：文件→信息→保护文档→用密码进行加密，清空密码；"
                "WPS：文件→文档加密→密码加密，清空密码）。",
            )
        if found.kind != "legacy" and kind != "word":
            raise ZhoubaoError(_UNSUPPORTED.get(found.path.suffix.lower(), _OTHER_TYPE))
        extracted = self._converted(found)
        extracted.encoding = encoding
        return extracted

    def _refuse(self, found: Found) -> None:
        if found.kind == "unreadable":
            raise ZhoubaoError("无法打开这个文件夹（没有权限），其中的文件未读取")
        if found.kind == "outside":
            raise ZhoubaoError(
                "这是指向收件文件夹之外的链接（或文件夹链接），未读取；请把文件本身复制进来"
            )
        if found.kind == "bad_link":
            raise ZhoubaoError(
                "这是一个打不开的链接（指向的文件不存在，或链接绕回了自己），未读取；"
                "请把文件本身复制进来"
            )
        if found.kind == "too_big":
            raise ZhoubaoError(
                f"文件有 {found.size / _MB:.1f} MB，超过上限 {self.max_file // _MB} MB，未读取；"
                "请对方只发文字材料，或调大 limits.max_file_mb"
            )
        if found.size == 0:
            raise ZhoubaoError("文件是空的，请对方重新发送")

    def _converted(self, found: Found) -> Extracted:
        if self.soffice is None:
            raise legacy.missing_soffice(found.name)
        if found.name not in self._conversions:
            self.prepare([found])
        converted = self._conversions.get(found.name, "")
        if isinstance(converted, str):
            if converted:  # LibreOffice itself failed
                raise InputError(
                    f"{found.name}：{converted}。",
                    hint="请关闭正在运行的 LibreOffice 后重试，或请对方另存为 .docx。",
                )
            raise legacy.not_converted(found.name)
        return read_docx(converted, found.name, self.max_unpacked, self.max_chars)


def _is_word_package(handle: IO[bytes]) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(handle) as archive:
            # word/document2.xml and the like: a main part another program named
            return any(name.startswith("word/document") for name in archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


_HEAD = 2048
_BOM_OR_SPACE = b"\xef\xbb\xbf \t\r\n"


def _web_page(head: bytes) -> str | None:
    """Whether it is "HTML" or "MHT", when a file's first bytes are a web page's; None otherwise."""
    start = head.lstrip(_BOM_OR_SPACE)[:_HEAD].lower()
    if start.startswith((b"<!doctype html", b"<html")) or (
        start.startswith((b"<?xml", b"<!--", b"<meta", b"<head")) and b"<html" in start
    ):
        return "HTML"
    if start.startswith(b"mime-version:") and b"multipart/related" in start:
        return "MHT"
    return None


def _swapped(name: str) -> InputError:
    return InputError(
        f"{name}：读取前这个文件被换成了链接或其他文件，未读取。",
        hint="请把材料文件本身（不是链接）放进收件文件夹，再重新运行 zhoubao collect。",
    )


P = ParamSpec("P")
R = TypeVar("R")


def one_file(
    command: Callable[Concatenate[Any, Path, P], R],
) -> Callable[Concatenate[Any, Path, P], R]:
    """For a command on one file given by its path (import): whatever goes wrong reading it is
    said as that file's error, in words, and a name that is not UTF-8 is shown readably."""

    @functools.wraps(command)
    def guarded(first: Any, path: Path, /, *args: P.args, **kwargs: P.kwargs) -> R:
        name = readable_name(path.name)
        try:
            return command(first, path, *args, **kwargs)
        except ZhoubaoError as exc:
            exc.message = readable_name(exc.message)
            exc.args = (exc.message,)
            raise
        except RecursionError:
            raise too_large(name, "嵌套层数过多") from None
        except MemoryError:
            raise too_large(name, "读取时内存不足") from None
        except Exception as exc:
            if os.environ.get("ZHOUBAO_DEBUG"):
                raise
            raise unreadable(name, exc) from None

    return guarded


def unreadable(name: str, exc: BaseException) -> InputError:
    """Whatever a reader did not foresee: the file's fault in words, the kind of fault named."""
    return InputError(
        f"{name}：文件已损坏或格式异常，无法读取（{type(exc).__name__}）。",
        hint="请对方用 Word 或 WPS 打开后重新另存为 .docx 再发；打不开的文件请对方重新发送。",
    )


_OTHER_TYPE = "不支持这种文件，请对方发送 Word 文档（.docx）或文本（.txt）"
_ARCHIVE = (
    "这是压缩包，请对方直接发送其中的 Word 文档（.docx）或文本（.txt）；"
    "也可由编辑解压到收件文件夹后重新运行 zhoubao collect"
)
_PICTURE = "这是图片，没有可读取的文字；请对方发送 Word 文档（.docx）或文本（.txt）"
# A PDF's text comes out cut at its line ends and, in two columns or tables, out of order: a
# bulletin made from it would need re-checking word by word.
_PDF = (
    "PDF 文件不读取（从 PDF 取出的文字断行和顺序常会出错，扫描件更没有文字）；"
    "请对方发送 Word 文档（.docx）或文本（.txt）"
)
_UNSUPPORTED = {
    **dict.fromkeys([".zip", ".rar", ".7z", ".tar", ".gz"], _ARCHIVE),
    ".pdf": _PDF,
    **dict.fromkeys([".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".heic"], _PICTURE),
    **dict.fromkeys(
        [".xls", ".xlsx", ".et", ".ppt", ".pptx", ".dps"],
        "这是表格或演示文稿，请对方把文字粘贴到 Word 文档（.docx）或文本（.txt）中发送",
    ),
}
