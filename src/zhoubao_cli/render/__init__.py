"""render: the collected bulletin → .docx / .txt / .md / .pdf, never over a person's edits."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from zhoubao_cli.config import BulletinConfig
from zhoubao_cli.errors import InputError, UsageError
from zhoubao_cli.fileio import WrittenFiles
from zhoubao_cli.workspace import Issue

if TYPE_CHECKING:
    from zhoubao_cli.render.layout import Line


@dataclass
class RenderResult:
    written: list[tuple[Path, Path | None]] = field(default_factory=list)  # (output, backup)
    warnings: list[str] = field(default_factory=list)


def default_name(config: BulletinConfig, number: int, fmt: str) -> str:
    return f"{config.title}第{number}期.{fmt}"


def render_issue(
    config: BulletinConfig,
    issue: Issue,
    formats: list[str],
    *,
    output: Path | None = None,
    force: bool = False,
    reference: Path | None = None,
) -> RenderResult:
    from zhoubao_cli.notices import before_printing
    from zhoubao_cli.render.layout import layout

    bulletin = issue.load_bulletin()
    if all(section.empty for section in bulletin.sections) and not force:
        raise InputError(
            f"第{issue.number}期没有任何内容（上次汇编没有采用任何材料），未生成周报。",
            hint="把材料放好后运行 zhoubao collect；确要生成只有报头报尾的周报，加 --force。",
        )
    result = RenderResult(warnings=before_printing(config, bulletin, issue.load_report()))
    lines = layout(bulletin, config)
    docx_bytes: bytes | None = None  # made once, for --docx and --pdf alike
    for fmt in formats:
        target = (
            output if output is not None else issue.folder / default_name(config, issue.number, fmt)
        )
        if target.is_dir():
            raise UsageError(f"{target} 是文件夹。", hint="-o 请给出文件路径。")
        if fmt in ("docx", "pdf") and docx_bytes is None:
            from zhoubao_cli.render.docx import render_docx

            docx_bytes = render_docx(bulletin, config, lines, reference)
        data = _render(fmt, lines, docx_bytes, default_name(config, issue.number, "docx"))
        written = WrittenFiles(target.parent)
        backup = written.write(target, data, force=force)
        result.written.append((target, backup))
    return result


def _render(fmt: str, lines: list[Line], docx_bytes: bytes | None, docx_name: str) -> bytes:
    from zhoubao_cli.render import text

    if fmt == "txt":
        return text.to_text(lines).encode("utf-8")
    if fmt == "md":
        return text.to_markdown(lines).encode("utf-8")
    if docx_bytes is None:
        raise ValueError(f"no .docx built for {fmt}")
    return docx_bytes if fmt == "docx" else docx_to_pdf(docx_bytes, docx_name)


def docx_to_pdf(docx_bytes: bytes, name: str) -> bytes:
    """PDF through LibreOffice; a clear message when it is not installed."""
    from zhoubao_cli.errors import ToolMissingError
    from zhoubao_cli.sources import legacy

    soffice = legacy.find_soffice()
    if soffice is None:
        raise ToolMissingError(
            "生成 PDF 需要 LibreOffice，本机没有安装。",
            hint="先生成 .docx，在 Word/WPS 中另存为 PDF；或安装 LibreOffice（Debian/Ubuntu：apt install libreoffice-writer-nogui）。",
        )
    with tempfile.TemporaryDirectory(prefix="zhoubao-pdf-") as tmp:
        source = Path(tmp) / name
        source.write_bytes(docx_bytes)
        out = Path(tmp) / "out"
        out.mkdir()
        return legacy.convert(soffice, source, "pdf", out).read_bytes()
