"""SourceReader: one found file → its content (lines and tables), by what the file really is.

The name's extension is a hint, not the truth: an old .doc renamed .docx, a .docx saved as .txt, a
Word file without an extension and a password-protected file are each recognised by their bytes.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from zhoubao_cli.content import Extracted
from zhoubao_cli.errors import InputError, ZhoubaoError
from zhoubao_cli.rules.items import SOFT_BREAKS, soft_joins, split_soft_breaks
from zhoubao_cli.sources import legacy
from zhoubao_cli.sources.docx import read_docx, too_long
from zhoubao_cli.sources.ole import OLE_MAGIC, ZIP_MAGIC, ole_kind, starts_with
from zhoubao_cli.sources.scan import Found
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
                shutil.copyfile(found.path, copy)
            except OSError:
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
        if found.kind in ("ignored", "outside", "too_big", "unreadable") or found.size == 0:
            return False
        kind = ole_kind(found.path)
        if found.kind == "legacy":
            return kind != "encrypted"
        return kind == "word"

    def read(self, found: Found) -> Extracted:
        """The file's content and how it was decoded; a ZhoubaoError says what is wrong."""
        self._refuse(found)
        if found.kind == "text":
            if starts_with(found.path, ZIP_MAGIC):
                return self._docx(found, "Word 文档（扩展名写成了 .txt）")
            if starts_with(found.path, OLE_MAGIC):
                return self._compound(found, "旧版 Word 格式（扩展名写成了 .txt）")
            data = found.path.read_bytes()
            text, encoding = decode_text(data, found.name)
            del data
            if len(text) > self.max_chars:
                raise too_long(found.name, self.max_chars)
            # Not str.splitlines(): it also splits at \x0b and \x0c, stray bytes here.
            lines, joins = _LINE_BREAK.split(text), 0
            if any(mark in text for mark in SOFT_BREAKS):  # U+2028/U+2029: soft breaks
                parts = [split_soft_breaks(line) for line in lines]
                joins = sum(soft_joins(line, part) for line, part in zip(lines, parts, strict=True))
                lines = [line for part in parts for line in part]
            return Extracted(lines, encoding, plain_text=True, soft_joins=joins)
        if found.kind == "legacy":
            return self._compound(found, f"{found.path.suffix}，经 LibreOffice 转换")
        if found.kind == "docx":
            try:
                return self._docx(found, None)
            except InputError:
                if not starts_with(found.path, OLE_MAGIC):
                    raise
            return self._compound(
                found, "旧版 Word 格式（扩展名写成了 .docx），经 LibreOffice 转换"
            )
        # An unknown extension: a Word file saved without one, or with a browser's suffix.
        if starts_with(found.path, ZIP_MAGIC) and _is_word_package(found.path):
            return self._docx(found, "Word 文档（按内容识别）")
        if ole_kind(found.path) in ("word", "encrypted"):
            return self._compound(found, "旧版 Word 格式（按内容识别），经 LibreOffice 转换")
        raise ZhoubaoError(_UNSUPPORTED.get(found.path.suffix.lower(), _OTHER_TYPE))

    def _docx(self, found: Found, encoding: str | None) -> Extracted:
        extracted = read_docx(found.path, found.name, self.max_unpacked, self.max_chars)
        extracted.encoding = encoding
        return extracted

    def _compound(self, found: Found, encoding: str) -> Extracted:
        """An old Word/WPS file (through LibreOffice), or a locked one (said at once)."""
        kind = ole_kind(found.path)
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


def _is_word_package(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            # word/document2.xml and the like: a main part another program named
            return any(name.startswith("word/document") for name in archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return False


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
