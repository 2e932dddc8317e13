"""Terminal output of a collect report (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from zhoubao_cli.config import BulletinConfig
from zhoubao_cli.model import CollectReport, FileReport, Status

_MARKS = {
    Status.OK: "[green]✓[/]",
    Status.WARNING: "[yellow]⚠[/]",
    Status.ERROR: "[red]✗[/]",
    Status.SUPERSEDED: "[dim]被取代[/]",
    Status.IGNORED: "[dim]跳过[/]",
}


def _order(config: BulletinConfig, report: FileReport) -> tuple[int, int, str]:
    """Sections first, then units in the config's order, then the rest; skipped files last."""
    sections = [s.key for s in config.sections]
    units = config.unit_names()
    if report.status is Status.IGNORED:
        return (3, 0, report.file)
    if report.unit in units:
        return (1, units.index(report.unit), report.file)
    if report.section in sections:
        return (0, sections.index(report.section), report.file)
    return (2, 0, report.file)


def _who(config: BulletinConfig, report: FileReport) -> str:
    if report.units:
        return "、".join(report.units)
    for section in config.sections:
        if section.key == report.section:
            return section.heading.strip("【】") or "导语"
    return "—"


def print_report(
    report: CollectReport, config: BulletinConfig, console: Console | None = None
) -> None:
    console = console or Console()
    table = Table(title=f"第{report.issue}期材料汇编", show_lines=True)
    table.add_column("单位/栏目", no_wrap=True)
    table.add_column("文件")
    table.add_column("条数", justify="right")
    table.add_column("字数", justify="right")
    table.add_column("状态", justify="center")
    table.add_column("问题与改动")
    for file in sorted(report.files, key=lambda f: _order(config, f)):
        details = [
            f"[red]{escape(m)}[/]" if file.status is Status.ERROR else escape(m)
            for m in file.messages
        ]
        details += [f"[dim]{escape(n)}[/]" for n in file.notes]
        table.add_row(
            escape(_who(config, file)),
            escape(file.file),
            str(file.items or ""),
            str(file.chars or ""),
            _MARKS[file.status],
            "\n".join(details),
        )
    console.print(table)
    silent, resend = report.sent_nothing(), report.to_resend()
    if silent:
        console.print(f"[yellow]未报送（{len(silent)}）：[/]" + "、".join(silent))
    if resend:
        console.print(f"[red]材料有误待重报（{len(resend)}）：[/]" + "、".join(resend))
    if not report.missing:
        console.print("[green]所有单位都已报送。[/]")
    console.print(
        f"共 {len(report.files)} 个文件：正常 {report.count(Status.OK)}，"
        f"提醒 {report.count(Status.WARNING)}，错误 {report.count(Status.ERROR)}，"
        f"被取代 {report.count(Status.SUPERSEDED)}，跳过 {report.count(Status.IGNORED)}。"
    )
    if report.has_errors:
        console.print("[red]有错误的文件未采用，请对方改正后重新报送；其余文件已汇编。[/]")
