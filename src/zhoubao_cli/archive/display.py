"""What the archive commands print: plain lines for import, rich tables for stats and search."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from zhoubao_cli.dates import cn_date

if TYPE_CHECKING:
    from zhoubao_cli.archive.importing import ImportResult


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
