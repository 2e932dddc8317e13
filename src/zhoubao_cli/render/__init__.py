"""render: the collected bulletin → .docx / .txt / .md / .pdf / .png, never over a person's edits."""

from __future__ import annotations

import glob
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from zhoubao_cli.config import BulletinConfig
from zhoubao_cli.errors import InputError, UsageError
from zhoubao_cli.fileio import safe_file_name
from zhoubao_cli.transaction import Transaction, WrittenFiles
from zhoubao_cli.workspace import Issue

if TYPE_CHECKING:
    from zhoubao_cli.model import Bulletin
    from zhoubao_cli.render.forecast import Forecast
    from zhoubao_cli.render.layout import Line

FORMATS = ("docx", "txt", "md", "pdf", "png")


@dataclass
class RenderResult:
    written: list[tuple[Path, Path | None]] = field(default_factory=list)  # (output, backup)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what render adapted, for the editor
    forecast: Forecast | None = None


def default_name(config: BulletinConfig, number: int, fmt: str) -> str:
    return safe_file_name(f"{config.title}第{number}期.{fmt}")  # the title is never a path


def plan_outputs(
    config: BulletinConfig, issue: Issue, formats: list[str], output: Path | None
) -> list[tuple[str, Path]]:
    """Each format with the file it goes to; -o is a file (its extension is the format) or a folder.

    With no format asked for, the format is -o's extension, else .docx.
    """
    folder = issue.folder
    if output is not None and _is_folder(output):
        folder, output = output, None
    if output is None:
        return [
            (fmt, folder / default_name(config, issue.number, fmt)) for fmt in formats or ["docx"]
        ]
    fmt = output.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise UsageError(
            f"-o {output.name}：不认识扩展名“{output.suffix}”。",
            hint="用 .docx、.pdf、.png、.txt 或 .md 结尾，或给出一个文件夹。",
        )
    if formats and formats != [fmt]:
        asked = "、".join(f"--{f}" for f in formats)
        raise UsageError(
            f"-o {output.name} 是 .{fmt} 文件，和 {asked} 不一致。",
            hint=f"去掉 {asked}（按扩展名生成），或让 -o 指向文件夹，各格式都写到那里。",
        )
    return [(fmt, output)]


def _is_folder(path: Path) -> bool:
    """An existing folder, a path written with a trailing slash, or a name without extension."""
    return path.is_dir() or str(path).endswith(("/", "\\")) or not path.suffix


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

    targets = plan_outputs(config, issue, formats, output)
    report = issue.load_report()
    bulletin = issue.bulletin_to_print(config, report)
    rasterise = _tools([fmt for fmt, _ in targets])
    if all(section.empty for section in bulletin.sections) and not force:
        raise InputError(
            f"第{issue.number}期没有任何内容（上次汇编没有采用任何材料），未生成周报。",
            hint="把材料放好后运行 zhoubao collect；确要生成只有报头报尾的周报，加 --force。",
        )
    result = RenderResult(warnings=before_printing(config, bulletin, report))
    lines = layout(bulletin, config)
    if reference is None:  # an office's own template has its own grid
        from zhoubao_cli.render.forecast import forecast
        from zhoubao_cli.render.grid import Grid

        result.forecast = forecast(lines, Grid.of(config), config.sizes.end_block)
    # The record of what zhoubao wrote stays in the issue folder, wherever the outputs go.
    written = WrittenFiles(issue.folder)
    made = _Made(
        bulletin, config, lines, reference, result, default_name(config, issue.number, "docx")
    )
    edited = issue.folder / default_name(config, issue.number, "docx")
    wanted = {fmt for fmt, _ in targets}
    if wanted & {"pdf", "png"} and "docx" not in wanted and written.edited_by_person(edited):
        # The editor polished the .docx in Word: the PDF and the pictures show that, not a
        # fresh layout of bulletin.json that would lose the edits.
        made.use_docx(edited.read_bytes())
        result.notes.append(
            f"PDF 和预览图按 Word 里改过的 {edited.name} 生成；要按汇编内容重新排版，加 --docx --force"
        )
    # All outputs and the record of them land together, or none does: after a crash the
    # record never disagrees with the files (which would pass zhoubao's own for a person's edit).
    transaction = Transaction(issue.folder)
    for fmt, target in targets:
        if fmt == "png" and rasterise is not None:
            _write_pages(written, transaction, target, rasterise(made.pdf()), force, result)
        else:
            backup = written.stage(transaction, target, made.get(fmt), force=force)
            result.written.append((target, backup))
    written.save_into(transaction)
    transaction.commit()
    result.warnings += stale_outputs(
        config, issue, {fmt for fmt, target in targets if target.parent == issue.folder}
    )
    return result


def stale_outputs(config: BulletinConfig, issue: Issue, rendered: set[str]) -> list[str]:
    """The issue's outputs this render left alone that were made before bulletin.json last
    changed (a collect, or a hand edit): they show an older bulletin than the one just rendered."""
    if not issue.bulletin_file.is_file():
        return []
    changed = issue.bulletin_file.stat().st_mtime
    said = []
    for fmt in FORMATS:
        if fmt in rendered:
            continue
        target = issue.folder / default_name(config, issue.number, fmt)
        files = (
            sorted(issue.folder.glob(f"{glob.escape(target.stem)}-*.png"))
            if fmt == "png"
            else [target]
        )
        old = [f for f in files if f.is_file() and f.stat().st_mtime < changed]
        if not old:
            continue
        name = old[0].name if len(old) == 1 else f"{old[0].name} 等 {len(old)} 个文件"
        said.append(f"{name} 是上次汇编之前生成的，已过时；需要时加 --{fmt} 重新生成")
    return said


def _tools(formats: list[str]) -> Callable[[bytes], list[bytes]] | None:
    """Check for LibreOffice and a rasteriser before anything is written; the rasteriser."""
    if "pdf" not in formats and "png" not in formats:
        return None
    from zhoubao_cli.render.pdf import require_rasteriser, require_soffice

    require_soffice()
    return require_rasteriser() if "png" in formats else None


class _Made:
    """Each output made once, when first asked for: --pdf and --png share one LibreOffice run."""

    def __init__(
        self,
        bulletin: Bulletin,
        config: BulletinConfig,
        lines: list[Line],
        reference: Path | None,
        result: RenderResult,
        docx_name: str,
    ) -> None:
        self.bulletin, self.config, self.lines, self.reference = bulletin, config, lines, reference
        self.result = result
        self.docx_name = docx_name
        self._docx: bytes | None = None
        self._pdf: bytes | None = None

    def get(self, fmt: str) -> bytes:
        from zhoubao_cli.render import text

        if fmt == "txt":
            return text.to_text(self.lines).encode("utf-8")
        if fmt == "md":
            return text.to_markdown(self.lines).encode("utf-8")
        return self.docx() if fmt == "docx" else self.pdf()

    def use_docx(self, data: bytes) -> None:
        """Make the PDF from this .docx (one a person edited) instead of a new one."""
        self._docx = data

    def docx(self) -> bytes:
        if self._docx is None:
            from zhoubao_cli.render.docx import DocxWriter

            writer = DocxWriter(self.config, self.reference)
            self._docx = writer.write(self.bulletin, self.lines)
            self.result.notes += writer.notes
        return self._docx

    def pdf(self) -> bytes:
        if self._pdf is None:
            from zhoubao_cli.render.pdf import docx_to_pdf, missing_fonts_notice

            self._pdf = docx_to_pdf(self.docx(), self.docx_name)
            fonts = self.config.fonts
            named = [fonts.body, fonts.heading, fonts.title, fonts.page_number]
            notice = missing_fonts_notice(named, self._pdf)
            if notice:
                self.result.warnings.append(notice)
        return self._pdf


def _write_pages(
    written: WrittenFiles,
    transaction: Transaction,
    target: Path,
    pages: list[bytes],
    force: bool,
    result: RenderResult,
) -> None:
    """第18期-1.png, 第18期-2.png …; pages a longer earlier preview left behind are removed."""

    def page_file(number: int) -> Path:
        return target.with_name(f"{target.stem}-{number}{target.suffix}")

    for number, data in enumerate(pages, start=1):
        path = page_file(number)
        result.written.append((path, written.stage(transaction, path, data, force=force)))
    number = len(pages) + 1
    while page_file(number).exists():
        stale = page_file(number)
        if not written.stage_removal(transaction, stale):
            result.warnings.append(
                f"{stale.name} 不是这次生成的页面（被改过或不是 zhoubao 写的），未删除"
            )
        number += 1
