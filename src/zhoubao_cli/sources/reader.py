"""SourceReader: one found file → its lines, by kind (.docx, text, old Word through LibreOffice)."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from zhoubao_cli.errors import ZhoubaoError
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
        name = found.name
        if found.kind == "unsupported":
            raise ZhoubaoError(
                f"不支持 {found.path.suffix or '无扩展名'} 文件，请对方发送 .docx 或文本（.txt）"
            )
        if found.kind == "unreadable":
            raise ZhoubaoError("无法打开这个文件夹（没有权限），其中的文件未读取")
        if found.kind == "outside":
            raise ZhoubaoError("这是指向收件文件夹之外的链接，未读取；请把文件本身复制进来")
        if found.kind == "too_big":
            raise ZhoubaoError(
                f"文件有 {found.size / _MB:.1f} MB，超过上限 {self.max_file // _MB} MB，未读取；"
                "请对方只发文字材料，或调大 limits.max_file_mb"
            )
        if found.size == 0:
            raise ZhoubaoError("文件是空的，请对方重新发送")
        if found.kind == "text":
            text, encoding = decode_text(found.path.read_bytes(), name)
            # Not str.splitlines(): it also splits at \x0b and \x0c, which are stray bytes here.
            return _LINE_BREAK.split(text), encoding
        if found.kind == "legacy":
            if self.soffice is None:
                raise legacy.missing_soffice(name)
            out = Path(tempfile.mkdtemp(dir=self.scratch))
            converted = legacy.convert(self.soffice, found.path, "docx", out)
            return read_docx_lines(
                converted, name, self.max_unpacked
            ), f"{found.path.suffix} 经 LibreOffice 转换"
        return read_docx_lines(found.path, name, self.max_unpacked), None
