"""What the archive commands print: plain lines for import, rich tables for stats and search."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from zhoubao_cli.controls import printable
from zhoubao_cli.dates import cn_date
from zhoubao_cli.model import Outcome

if TYPE_CHECKING:
    from zhoubao_cli.archive.importing import ImportResult
    from zhoubao_cli.archive.search import Hit, SearchResult
    from zhoubao_cli.archive.stats import StatsReport


def import_summary(result: ImportResult, shown: str) -> list[str]:
    """What was imported, what was left out and why, and what changed; shown is the folder."""
    bulletin, report = result.bulletin, result.record.report
    parts = []
    for section in bulletin.sections:
        label = section.heading.strip("【】") or "导语"
        if section.kind == "units":
            items = sum(len(e.items) for e in section.units)
            parts.append(f"{label} {len(section.units)} 个单位 {items} 条")
        elif section.kind == "items":
            parts.append(f"{label} {len(section.paragraphs)} 条")
        else:
            parts.append(f"{label} {len(section.paragraphs)} 段")
    when = cn_date(bulletin.date)
    if result.record.role == "printed":
        lines = [
            f"已记录第{bulletin.number}期（{when}）的印发稿：{'，'.join(parts)}。",
            "汇编稿 bulletin.json 保留不动，统计和检索按印发稿计。",
        ]
    else:
        lines = [f"已导入第{bulletin.number}期（{when}）：{'，'.join(parts)}。"]
    lines.append(f"文件夹：{shown}")
    reasons = Counter(d.reason for d in report.dropped)
    if reasons:
        lines.append(
            "未作为正文导入：" + "，".join(f"{why} {n} 行" for why, n in reasons.items()) + "。"
        )
    lines += [f"改动：{note}" for note in report.notes]
    lines += [f"提醒：{message}" for message in report.messages]
    lines += [f"原文件已备份为：{backup.name}" for backup in result.backups]
    lines.append("逐行明细见 --json。下一步：统计 zhoubao stats，检索 zhoubao search 关键词。")
    return lines


def _console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console()


def _fancy(encoding: str) -> bool:
    """Whether the output can show box lines (a GBK console or file cannot)."""
    try:
        "━┃┏─│".encode(encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def print_stats(report: StatsReport, notes: list[str]) -> None:
    from rich.box import ASCII, HEAVY_HEAD
    from rich.table import Table

    from zhoubao_cli.archive.tables import scope

    console = _console()
    table = Table(
        title=escape_markup(report.title),
        caption=scope(report),
        box=HEAVY_HEAD if _fancy(console.encoding) else ASCII,
    )
    columns = [
        ("单位", "left"),
        ("期数", "right"),
        ("报送", "right"),
        ("采用", "right"),
        ("字数", "right"),
        (Outcome.MISSING.word, "right"),
        (Outcome.NIL.word, "right"),
        (Outcome.FAULTY.word, "right"),
        ("迟报", "right"),
        ("排名", "right"),
    ]
    from rich.cells import cell_len

    names = [
        escape_markup(s.unit) + ("" if s.configured else "（已不在配置中）") for s in report.units
    ]
    for heading, justify in columns:
        # Cells and headings fold, never "…": every figure and name is read whole; the names
        # keep their width where the terminal allows.
        widest = min(max(map(cell_len, names), default=4), 30) if heading == "单位" else 3
        table.add_column(heading, justify=justify, overflow="fold", min_width=widest)  # type: ignore[arg-type]
    for stats in [*report.units, report.total]:
        total = stats is report.total
        table.add_row(
            escape_markup(stats.unit) + ("" if stats.configured else "（已不在配置中）"),
            str(stats.issues),
            str(stats.sent_items),
            str(stats.printed_items),
            str(stats.printed_chars),
            _zero_blank(stats.silent_issues, warn=not total),
            _zero_blank(stats.nil_issues),
            _zero_blank(stats.faulty_issues, warn=not total),
            _zero_blank(stats.late_issues, warn=not total),
            "" if total else str(stats.rank),
            end_section=stats is report.units[-1] if report.units else False,
            style="bold" if total else None,
        )
    console.print(table)
    for note in notes:
        console.print(f"[dim]{escape_markup(note)}[/]")


def _zero_blank(count: int, *, warn: bool = False) -> str:
    if not count:
        return "0"
    return f"[yellow]{count}[/]" if warn else str(count)


def escape_markup(text: str) -> str:
    from rich.markup import escape

    return escape(printable(text))


def _hit_head(hit: Hit) -> str:
    where = f"【{hit.unit}】" if hit.unit else f"{hit.section}："
    return f"第{hit.number}期（{cn_date(hit.date)}）{where}"


def print_search(result: SearchResult) -> None:
    """Each hit on its own lines: issue and date, the unit, the item with the words marked."""
    from rich.text import Text

    console = _console()
    what = "、".join(f"“{w}”" for w in result.words)
    if not result.hits:
        where = f"{result.unit}的" if result.unit else ""
        console.print(
            Text(printable(f"在 {result.issues_searched} 期里没有找到包含{what}的{where}条目。")),
        )
        return
    if console.is_terminal:
        # One Text printed once, wrapped by the terminal: rich lays out thousands of hits fast.
        out = Text()
        for hit in result.hits:
            out.append(printable(_hit_head(hit)), style="bold")
            offset = len(out)
            out.append(printable(hit.text) + "\n")  # as long as hit.text: the spans still fit
            for start, end in hit.spans:
                out.stylize("bold red", offset + start, offset + end)
        console.print(out, soft_wrap=True, end="")
    else:  # a file or a pipe takes no colours: plain lines
        console.file.write(
            printable("".join(f"{_hit_head(hit)}{hit.text}\n" for hit in result.hits))
        )
    issues = len({hit.number for hit in result.hits})
    console.print(
        Text(f"共 {len(result.hits)} 条，见于 {issues} 期（共检索 {result.issues_searched} 期）。")
    )
