"""SourceReader: one found file → its lines, by kind (.docx, text, old Word through LibreOffice)."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from zhoubao_cli.errors import InputError, ZhoubaoError
from zhoubao_cli.sources import legacy
from zhoubao_cli.sources.docx import read_docx_lines
from zhoubao_cli.sources.scan import Found
from zhoubao_cli.sources.text import decode_text

if TYPE_CHECKING:
    from zhoubao_cli.config import Limits

_MB = 2**20
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class SourceReader:
    """Reads one found file into lines; holds what a run shares (LibreOffice, a temp folder)."""

    def __init__(self, limits: Limits, scratch: Path) -> None:
        self.max_unpacked = int(limits.max_unpacked_mb * _MB)
        self.max_file = int(limits.max_file_mb * _MB)
        self.scratch = scratch
        self.soffice = legacy.find_soffice()

    def read_lines(self, found: Found) -> tuple[list[str], str | None]:
        """The file's text as lines, and how it was decoded; a ZhoubaoError says what is wrong."""
        self._refuse(found)
        if found.kind == "text":
            data = found.path.read_bytes()
            if not data.startswith(_ZIP_MAGIC):
                text, encoding = decode_text(data, found.name)
                # Not str.splitlines(): it also splits at \x0b and \x0c, stray bytes here.
                return _LINE_BREAK.split(text), encoding
            lines = read_docx_lines(found.path, found.name, self.max_unpacked)
            return lines, "Word 文档（扩展名写成了 .txt）"
        if found.kind == "legacy":
            return self._converted(found), f"{found.path.suffix}，经 LibreOffice 转换"
        try:
            return read_docx_lines(found.path, found.name, self.max_unpacked), None
        except InputError:
            if not _starts_with(found.path, _OLE_MAGIC):
                raise
        return self._converted(found), "旧版 Word 格式（扩展名写成了 .docx），经 LibreOffice 转换"

    def _refuse(self, found: Found) -> None:
        if found.kind == "unsupported":
            raise ZhoubaoError(_UNSUPPORTED.get(found.path.suffix.lower(), _OTHER_TYPE))
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

    def _converted(self, found: Found) -> list[str]:
        if self.soffice is None:
            raise legacy.missing_soffice(found.name)
        out = Path(tempfile.mkdtemp(dir=self.scratch))
        source = found.path
        if found.path.suffix.lower() not in legacy.LEGACY_SUFFIXES:  # LibreOffice goes by the name
            source = out / (found.path.stem + ".doc")
            shutil.copyfile(found.path, source)
        (out / "docx").mkdir()
        converted = legacy.convert(self.soffice, source, "docx", out / "docx")
        return read_docx_lines(converted, found.name, self.max_unpacked)


_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .wps, .xls: a compound file


def _starts_with(path: Path, magic: bytes) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(magic)) == magic


_OTHER_TYPE = "不支持这种文件，请对方发送 Word 文档（.docx）或文本（.txt）"
_ARCHIVE = "这是压缩包，zhoubao 不解压；请先把里面的文件解压到收件文件夹，再运行 collect"
_PICTURE = "这是图片或扫描件，没有可读取的文字；请对方发送 Word 文档（.docx）或文本（.txt）"
_UNSUPPORTED = {
    **dict.fromkeys([".zip", ".rar", ".7z", ".tar", ".gz"], _ARCHIVE),
    **dict.fromkeys([".pdf", ".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".heic"], _PICTURE),
    **dict.fromkeys(
        [".xls", ".xlsx", ".et", ".ppt", ".pptx", ".dps"],
        "这是表格或演示文稿，请对方把文字粘贴到 Word 文档（.docx）或文本（.txt）中发送",
    ),
}
