"""volume: a year's issues bound in one .docx (合订本): cover, table of contents, every issue.

Each issue is written by render's DocxWriter exactly as `render` writes it, and its body is
appended to the volume on a new page; the volume's own writer gives the page setup, the styles
and the odd/even page numbers, which run through all issues from 1. The table of contents is a
real TOC field built from a TC entry in each issue's masthead (第N期 and its date), so Word and
WPS rebuild it on request; its shown text is filled in beforehand, with page numbers counted by
LibreOffice, because LibreOffice shows a TOC field as it was saved.
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from zhoubao_cli.archive.records import archived, year_range
from zhoubao_cli.dates import cn_date
from zhoubao_cli.errors import UsageError
from zhoubao_cli.fileio import temp_dir

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject
    from docx.oxml.text.paragraph import CT_P
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.text.paragraph import Paragraph

    from zhoubao_cli.config import BulletinConfig
    from zhoubao_cli.model import Bulletin
    from zhoubao_cli.workspace import Workspace

VOLUME_DIR = "合订本"
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


@dataclass
class VolumeResult:
    written: list[tuple[Path, Path | None]] = field(default_factory=list)
    issues: list[int] = field(default_factory=list)
    pages: list[int | None] = field(default_factory=list)  # where each issue starts
    warnings: list[str] = field(default_factory=list)


def issue_range(numbers: list[int]) -> str:
    """第18期, or 第1期至第50期（共50期）."""
    if len(numbers) == 1:
        return f"第{numbers[0]}期"
    return f"第{min(numbers)}期至第{max(numbers)}期（共{len(numbers)}期）"


def volume_name(config: BulletinConfig, year: int, fmt: str) -> str:
    from zhoubao_cli.fileio import safe_file_name

    return safe_file_name(f"{config.title}{year}年合订本.{fmt}")  # the title is never a path


def make_volume(
    workspace: Workspace,
    year: int,
    formats: list[str],
    *,
    output: Path | None = None,
    force: bool = False,
) -> VolumeResult:
    from zhoubao_cli.render.pdf import docx_to_pdf
    from zhoubao_cli.transaction import WrittenFiles

    config = workspace.config
    first, last = year_range(year)
    issues = [
        entry.printed for entry in archived(workspace, first=first, last=last, with_reports=False)
    ]
    if not issues:
        raise UsageError(
            f"{year}年还没有已汇编或导入的一期。",
            hint="先用 zhoubao collect 汇编，或用 zhoubao import 导入已印发的各期。",
        )
    result = VolumeResult(issues=[b.number for b in issues])
    parts = [_issue_docx(bulletin, config, workspace.reference_docx) for bulletin in issues]
    counts = page_counts([data for data, _ in parts])
    if counts is None:
        result.warnings.append(
            "本机没有 LibreOffice，目录里的页码没有填上；在 Word 或 WPS 中打开后更新目录（F9）即可。"
        )
        result.pages = [None] * len(issues)
    else:
        page = 1
        for count in counts:
            result.pages.append(page)
            page += count
    data = _volume(config, year, issues, [doc for _, doc in parts], result.pages, workspace)
    # The record stays in the volumes' folder even for an -o elsewhere (see fileio).
    record = WrittenFiles(workspace.root / VOLUME_DIR)
    for fmt in formats:
        target = (
            output
            if output is not None
            else workspace.root / VOLUME_DIR / volume_name(config, year, fmt)
        )
        if target.is_dir():
            raise UsageError(f"{target} 是文件夹。", hint="-o 请给出文件路径。")
        payload = data if fmt == "docx" else docx_to_pdf(data, volume_name(config, year, "docx"))
        backup = record.write(target, payload, force=force)
        result.written.append((target, backup))
    return result


def _issue_docx(
    bulletin: Bulletin, config: BulletinConfig, reference: Path | None
) -> tuple[bytes, DocumentObject]:
    """One issue exactly as render writes it: its bytes (to count its pages) and its document."""
    from zhoubao_cli.render.docx import DocxWriter
    from zhoubao_cli.render.layout import layout

    writer = DocxWriter(config, reference)
    data = writer.write(bulletin, layout(bulletin, config))
    return data, writer.doc


def page_counts(documents: list[bytes]) -> list[int] | None:
    """How many pages LibreOffice lays each document out on; None without LibreOffice.

    One LibreOffice run converts them all. An issue starts on a new page in the volume, and its
    layout does not depend on what comes before, so its pages there are these.
    """
    from zhoubao_cli.sources import legacy

    soffice = legacy.find_soffice()
    if soffice is None:
        return None
    with temp_dir("volume") as tmp:
        folder = Path(tmp)
        names = []
        for index, data in enumerate(documents):
            path = folder / f"issue-{index:04d}.docx"
            path.write_bytes(data)
            names.append(path)
        out = folder / "pdf"
        out.mkdir()
        try:
            converted = legacy.convert_many(soffice, names, "pdf", out)
        except legacy.ConversionFailed:
            return None
        counts = []
        for path in names:
            pdf = converted[path]
            if pdf is None:
                return None
            counts.append(len(_PAGE.findall(pdf.read_bytes())))
        return counts


# -- the volume -----------------------------------------------------------------------------------


def _volume(
    config: BulletinConfig,
    year: int,
    issues: list[Bulletin],
    documents: list[DocumentObject],
    pages: list[int | None],
    workspace: Workspace,
) -> bytes:
    import io

    from zhoubao_cli.render.docx import DocxWriter
    from zhoubao_cli.render.ooxml import clark, set_child

    writer = DocxWriter(config, workspace.reference_docx)
    doc = writer.doc
    props = doc.core_properties
    props.title = volume_name(config, year, "docx").removesuffix(".docx")
    props.subject = config.title
    _cover(doc, config, year, issues)
    _contents(doc, config, issues, pages)
    _front_matter_section(doc)
    body = doc.element.body
    final_section = body.find(clark("w:sectPr"))
    for index, (bulletin, issue_doc) in enumerate(zip(issues, documents, strict=True)):
        blocks = [child for child in issue_doc.element.body if child.tag != clark("w:sectPr")]
        first = True
        for block in blocks:
            block = copy.deepcopy(block)
            if first and index and block.tag == clark("w:p"):
                _page_break_before(block)
            first = False
            if block.tag == clark("w:p") and _text(block) == f"第{bulletin.number}期":
                _toc_entry(block, _entry_text(bulletin))
            final_section.addprevious(block)
    # The issues' pages are numbered from 1, after the cover and contents.
    set_child(final_section, "w:pgNumType", start="1")
    if any(page is None for page in pages):
        # Word is asked to rebuild the contents on opening: their page numbers are not known.
        set_child(doc.settings.element, "w:updateFields", val="true")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _entry_text(bulletin: Bulletin) -> str:
    return f"第{bulletin.number}期（{cn_date(bulletin.date)}）"


def _cover(doc: DocumentObject, config: BulletinConfig, year: int, issues: list[Bulletin]) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    from zhoubao_cli.render.ooxml import no_snap_to_grid, set_run_font

    numbers = [b.number for b in issues]
    lines = [
        (config.title, config.fonts.title, 36, config.page.colour, 160),
        (f"{year}年合订本", config.fonts.title, 26, None, 40),
        (
            issue_range(numbers),
            config.fonts.body,
            16,
            None,
            40,
        ),
        (config.issuer, config.fonts.body, 16, None, 220),
    ]
    for text, font, size, colour, space in lines:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt = p.paragraph_format
        fmt.space_before = Pt(space)
        fmt.line_spacing = Pt(size * 1.4)
        run = p.add_run(text)
        set_run_font(run, font, size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour.upper())
        no_snap_to_grid(p)


def _contents(
    doc: DocumentObject, config: BulletinConfig, issues: list[Bulletin], pages: list[int | None]
) -> None:
    """目录 and a TOC field over the TC entries, shown as it will read once laid out."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Mm, Pt

    from zhoubao_cli.render.ooxml import field_begin, field_char, no_snap_to_grid, set_run_font

    heading = doc.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading.paragraph_format.page_break_before = True
    heading.paragraph_format.space_after = Pt(16)
    set_run_font(heading.add_run("目　录"), config.fonts.heading, 22)
    no_snap_to_grid(heading)
    width = Mm(config.page.type_width_mm)
    for index, (bulletin, page) in enumerate(zip(issues, pages, strict=True)):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        new_run = functools.partial(_empty_run, p)
        if index == 0:
            field_begin(new_run, ' TOC \\f \\l "1-1" \\h \\z ')
        run = p.add_run(f"{_entry_text(bulletin)}\t{'' if page is None else page}")
        set_run_font(run, config.fonts.body, config.sizes.body)
        if index == len(issues) - 1:
            field_char(new_run, "end")


def _empty_run(paragraph: Paragraph) -> BaseOxmlElement:
    return paragraph.add_run("")._r


def _toc_entry(paragraph: BaseOxmlElement, text: str) -> None:
    """A TC field (an entry for TOC \\f) at the end of the masthead's 第N期: invisible in print."""
    from zhoubao_cli.render.ooxml import bare_run, complex_field

    escaped = text.replace('"', "'")
    complex_field(lambda: bare_run(paragraph), f' TC "{escaped}" \\l 1 ')


def _front_matter_section(doc: DocumentObject) -> None:
    """End the cover and contents in a section of their own, without page numbers."""
    from zhoubao_cli.render.ooxml import clark, element, insert_ordered

    body = doc.element.body
    final = body.find(clark("w:sectPr"))
    front = copy.deepcopy(final)
    for reference in front.findall(clark("w:footerReference")) + front.findall(
        clark("w:headerReference")
    ):
        front.remove(reference)
    carrier = element("w:p")
    insert_ordered(carrier.get_or_add_pPr(), front)
    final.addprevious(carrier)


def _page_break_before(paragraph: CT_P) -> None:
    from zhoubao_cli.render.ooxml import set_child

    set_child(paragraph.get_or_add_pPr(), "w:pageBreakBefore")


def _text(paragraph: BaseOxmlElement) -> str:
    from zhoubao_cli.render.ooxml import clark

    return "".join(t.text or "" for t in paragraph.iter(clark("w:t")))
