"""The statistics as a spreadsheet (.xlsx) and as an official-format table (.docx) for the 通报."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from zhoubao_cli.archive.stats import StatsReport, UnitStats
from zhoubao_cli.model import Outcome

if TYPE_CHECKING:
    from docx.shared import Length
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

    from zhoubao_cli.config import BulletinConfig

# (heading, value) for every column, in the order of the 通报's table.
COLUMNS: list[tuple[str, str]] = [
    ("单位", "unit"),
    ("期数", "issues"),
    ("报送条数", "sent_items"),
    ("采用条数", "printed_items"),
    ("采用率", "adoption"),
    ("采用字数", "printed_chars"),
    (Outcome.MISSING.word, "silent_issues"),
    (Outcome.NIL.word, "nil_issues"),
    (Outcome.FAULTY.word, "faulty_issues"),
    ("迟报", "late_issues"),
    ("排名", "rank"),
]


def value(stats: UnitStats, key: str) -> str | int | float | None:
    if key == "adoption":
        return stats.adoption
    if key == "rank" and stats.unit == "合计":
        return None
    return getattr(stats, key)  # type: ignore[no-any-return]


def cell_text(stats: UnitStats, key: str) -> str:
    if key == "adoption":
        return percent(stats.adoption)
    shown = value(stats, key)
    return "" if shown is None else str(shown)


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.0%}"


def scope(report: StatsReport) -> str:
    """统计范围：2026年1月1日至3月31日，共13期，第1期至第13期 (no brackets: the .docx puts the
    whole in brackets under the title)."""
    if not report.issues:
        return f"统计范围：{report.period}，没有已出刊的一期"
    numbers = [i.number for i in report.issues]
    which = f"第{numbers[0]}期" if len(numbers) == 1 else f"第{min(numbers)}期至第{max(numbers)}期"
    return f"统计范围：{report.period}，共{len(numbers)}期，{which}"


def notes(report: StatsReport, deadline_text: str) -> list[str]:
    """The footnotes: what each column counts, so the table can be read without zhoubao."""
    lines = [
        "报送条数：采用的报送材料里的条数；采用条数、采用字数：实际刊出的条数和字数（不含单位名）。",
        f"以下均为期数——{Outcome.MISSING.word}：该期没有报送任何材料；{Outcome.NIL.word}：回复本期无动态；"
        f"{Outcome.FAULTY.word}：材料有误未采用；"
        f"迟报：晚于截稿时间（{deadline_text}）报送。排名按采用条数，相同并列。",
    ]
    if report.unattributed:
        lines.append(
            f"另有 {len(report.unattributed)} 个出错的文件认不出是哪个单位的，未计入："
            + "、".join(report.unattributed)
            + "。"
        )
    imported = [i.number for i in report.issues if i.imported]
    if imported:
        lines.append(
            f"第{'、'.join(str(n) for n in imported)}期由已印发的文件导入，没有报送记录，报送条数按采用条数计。"
        )
    return lines


def to_xlsx(report: StatsReport, notes_text: list[str], config: BulletinConfig) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "统计"
    width = len(COLUMNS)
    heading_font = Font(name=config.fonts.heading, size=12, bold=True)
    body_font = Font(name=config.fonts.body, size=11)
    sheet.append([report.title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.cell(1, 1).font = Font(name=config.fonts.title, size=16, bold=True)
    sheet.cell(1, 1).alignment = Alignment(horizontal="center")
    sheet.append([scope(report)])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    sheet.cell(2, 1).font = body_font
    sheet.append([heading for heading, _ in COLUMNS])
    thin = Side(style="thin")
    for rows in (report.units, [report.total]):
        for stats in rows:
            sheet.append([value(stats, key) for _, key in COLUMNS])
    last = sheet.max_row
    for row in sheet.iter_rows(min_row=3, max_row=last):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.font = heading_font if cell.row in (3, last) else body_font
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    adoption = [key for _, key in COLUMNS].index("adoption") + 1
    for (cell,) in sheet.iter_rows(min_row=4, max_row=last, min_col=adoption, max_col=adoption):
        cell.number_format = "0.0%"
    for text in notes_text:
        sheet.append([text])
        sheet.cell(sheet.max_row, 1).font = Font(name=config.fonts.body, size=10)
    sheet.column_dimensions["A"].width = 16
    for index in range(2, width + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 11
    sheet.freeze_panes = "B4"
    book.properties.title = report.title
    book.properties.creator = config.author or config.issuer
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


_TABLE_SIZE = 10.5  # 五号: eleven columns fit the 156 mm type width
_CELL_MARGIN_TWIPS = 57  # 1 mm each side
_UNIT_COLUMN_MM = 25.0
_ROW_MM = 7.5
_TITLE_SIZE = 22  # 二号


def to_docx(
    report: StatsReport, notes_text: list[str], config: BulletinConfig, reference: Path | None
) -> bytes:
    """An official-format page (the bulletin's page setup, fonts and page numbers) with the table."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    from zhoubao_cli.render.docx import DocxWriter
    from zhoubao_cli.render.ooxml import set_run_font

    writer = DocxWriter(config, reference)
    doc = writer.doc
    doc.core_properties.title = report.title
    fonts = config.fonts

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _exact(title, _TITLE_SIZE * 1.5)
    set_run_font(title.add_run(report.title), fonts.title, _TITLE_SIZE)
    subtitle = doc.add_paragraph()
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(
        subtitle.add_run(f"（{scope(report).removeprefix('统计范围：')}）"), fonts.body, 16
    )

    rows = [*report.units, report.total]
    table = doc.add_table(rows=len(rows) + 1, cols=len(COLUMNS))
    _grid(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    type_width = config.page.type_width_mm
    other = (type_width - _UNIT_COLUMN_MM) / (len(COLUMNS) - 1)
    widths = [Mm(_UNIT_COLUMN_MM if index == 0 else other) for index in range(len(COLUMNS))]
    _fixed(table, Mm(type_width).twips)
    for index, (heading, _) in enumerate(COLUMNS):
        table.columns[index].width = widths[index]
        _cell(table.cell(0, index), heading, fonts.heading, widths[index])
    for row in table.rows:
        row.height = Mm(_ROW_MM)  # at least: a heading in two lines makes its row taller
    for row_index, stats in enumerate(rows, start=1):
        font = fonts.heading if stats is report.total else fonts.body
        for index, (_, key) in enumerate(COLUMNS):
            _cell(table.cell(row_index, index), cell_text(stats, key), font, widths[index])
    for text in notes_text:
        note = doc.add_paragraph()
        note.paragraph_format.first_line_indent = Pt(_TABLE_SIZE * 2)
        _exact(note, _TABLE_SIZE * 1.6)
        set_run_font(note.add_run(text), fonts.body, _TABLE_SIZE)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _exact(paragraph: Paragraph, points: float) -> None:
    """An exact line height, off the document grid (the table's rows are not grid rows)."""
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    from zhoubao_cli.render.ooxml import no_snap_to_grid

    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(points)
    fmt.first_line_indent = fmt.first_line_indent or Pt(0)
    no_snap_to_grid(paragraph)


def _grid(table: Table) -> None:
    """Single lines round every cell, whatever table styles the document (or a template) has."""
    from zhoubao_cli.render.ooxml import Rule, set_borders

    line = Rule(4)
    set_borders(
        table._tbl.tblPr, top=line, left=line, bottom=line, right=line, insideH=line, insideV=line
    )


def _fixed(table: Table, width_twips: int) -> None:
    """Fixed column widths and narrow cell margins: numbers stay on one line in Word and LibreOffice."""
    from zhoubao_cli.render.ooxml import fixed_layout

    fixed_layout(table._tbl.tblPr, width_twips, _CELL_MARGIN_TWIPS)


def _cell(cell: _Cell, text: str, font: str, width: Length) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from zhoubao_cli.render.ooxml import set_run_font

    cell.width = width
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _exact(paragraph, _TABLE_SIZE * 1.5)
    set_run_font(paragraph.add_run(text), font, _TABLE_SIZE)


STATS_DIR = "统计"


def deadline_text(config: BulletinConfig) -> str:

    days = config.call.deadline_days_before
    return (
        f"出刊前{days}天{config.call.deadline_time}"
        if days
        else f"出刊当天{config.call.deadline_time}"
    )


def write_tables(
    report: StatsReport,
    config: BulletinConfig,
    root: Path,
    formats: list[str],
    *,
    output: Path | None = None,
    force: bool = False,
    reference: Path | None = None,
) -> list[tuple[Path, Path | None]]:
    """Write the .xlsx and/or .docx into 统计/ (or output); never over a person's edits."""
    from zhoubao_cli.errors import UsageError
    from zhoubao_cli.fileio import safe_file_name
    from zhoubao_cli.transaction import WrittenFiles

    written = []
    # The record stays in 统计/ even for an -o elsewhere: nothing is left beside the user's file.
    record = WrittenFiles(root / STATS_DIR)
    notes_text = notes(report, deadline_text(config))
    for fmt in formats:
        target = (
            output
            if output is not None
            else root / STATS_DIR / safe_file_name(f"{report.title}.{fmt}")
        )
        if target.is_dir():
            raise UsageError(f"{target} 是文件夹。", hint="-o 请给出文件路径。")
        if fmt == "xlsx":
            data = to_xlsx(report, notes_text, config)
        else:
            data = to_docx(report, notes_text, config, reference)
        backup = record.write(target, data, force=force)
        written.append((target, backup))
    return written
