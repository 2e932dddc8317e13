"""Tables: a row is an item; row numbers, header rows and bookkeeping columns are not content.

Why: units send their week as a table — 序号 | 工作动态 | 责任科室 | 完成时间, or a combined file
from a 综合 office with one row per unit (单位 | 工作动态). Read cell by cell, a row number glues
onto the date after it (1 + 2月3日 → 12月3日, a date nobody wrote), a header prints as a sentence
and a responsible office's name lands in the middle of the text. So:

- a header row (序号 / 工作动态 / 责任科室 …) names the columns and is not printed;
- a row-number column (序号, or 1 2 3 without a header) is not printed;
- columns a bulletin does not print (责任科室, 责任单位, 责任人, 备注, 联系人 …) are left out and
  listed; so is a progress column (进展情况, 完成情况: 已完成, 持续推进) beside the work itself —
  alone, it is the work and stays; a 责任单位 column of units' names is a unit column;
- a date column goes in front of its row's text (2月3日，召开…) unless the text starts with it;
- each row is one item; cells of one row are joined with a comma, never glued;
- a unit column puts each row under its unit, as if the row began with 【unit】;
- a two-column form (单位 | 东城区, 工作动态 | …, 联系人 | …) is read by its labels.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from zhoubao_cli.content import Table
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.contact import CONTACT, is_contact_label
from zhoubao_cli.rules.framing import is_signature
from zhoubao_cli.rules.titles import NOT_NEWS
from zhoubao_cli.textrules import LazyPattern, lazy_re

HEADER = "表格的表头"
INDEX = "表格的序号列"
OTHER = "表格中不刊出的列"
TOTAL = "表格的合计行"
SIGN_OFF = "表格里的落款（单位和日期）"

Role = Literal["index", "unit", "date", "content", "contact", "plan", "progress", "other"]

_ROLE_WORDS: list[tuple[Role, LazyPattern]] = [
    ("index", lazy_re(r"^(?:序号|编号|序|排序|No\.?|NO\.?|#)$", re.IGNORECASE)),
    ("contact", lazy_re(r"联系人|电话|手机|座机|固话|传真|邮箱|微信|QQ|报送人|填报人|审核|签发")),
    ("other", lazy_re(r"科室|处室|责任人|负责人|备注|类别|类型|分类|来源|状态|牵头|配合|页码")),
    # 下周计划, 存在问题, 意见建议: columns of a report form that are not this week's news.
    ("progress", lazy_re(r"进展|进度|完成情况|落实情况|办理情况|推进情况|完成状态")),
    ("plan", lazy_re(r"下周|下步|下一步|下阶段|下月|(?:计划|打算)$|问题|困难|建议")),
    (
        "unit",
        lazy_re(r"^(?:报送|责任|填报)?(?:单位|区县|县区|地区)(?:名称|（功能区）|\(功能区\))?$"),
    ),
    ("date", lazy_re(r"时间|日期|时限|日程")),
    (
        "content",
        lazy_re(r"动态|内容|事项|情况|进展|工作|信息|成效|亮点|标题|摘要|做法|计划|举措|措施"),
    ),
]
_CAPTION_START = lazy_re(r"^[(（]?\s*图\s*\d")
_INDEX_CELL = lazy_re(r"^[（(]?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）.、．]?$")
_TOTAL_CELL = lazy_re(r"^(?:合计|小计|总计|共计)$")
_SENTENCE = lazy_re(r"[。，；！？,;!?]")
_STARTS_WITH_DATE = lazy_re(r"^\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月")
_MAX_LABEL = 10


def role_of(label: str) -> Role | None:
    label = re.sub(r"\s+", "", label)
    if not label or len(label) > _MAX_LABEL or _SENTENCE.search(label):
        return None
    for role, pattern in _ROLE_WORDS:
        if pattern.search(label):
            return role
    return None


def table_lines(table: Table, unit_of: Callable[[str], str | None], trace: Trace) -> list[str]:
    """The table as lines of text: items separated by blank lines, units as 【unit】 lines."""
    rows = [row for row in table.rows if any(cell and cell.strip() for cell in row)]
    if not rows:
        return []
    width = max(len(row) for row in rows)
    rows = [[*row, *[""] * (width - len(row))] for row in rows]
    lines: list[str] = []
    # A first row with one value in all its cells is the table's title.
    if len(rows) > 1 and len({c.strip() for c in rows[0] if c and c.strip()}) == 1:
        lines += [next(c for c in rows[0] if c and c.strip()).strip(), ""]
        rows = rows[1:]
    if width == 2 and _is_form(rows):
        return lines + _form_lines(rows, unit_of, trace)
    kept = []
    for row in rows:
        cells = [cell.strip() for cell in row if cell and cell.strip()]
        if is_contact_label(cells[0]):  # 联系人 | 赵敏 | 联系电话 | 136…: a signature row
            trace.drop(" ".join(cells), CONTACT)
        elif is_signature(cells, unit_of):  # 东城区科技局 | 2026年2月26日
            trace.drop(" | ".join(cells), SIGN_OFF)
        else:
            kept.append(row)
    rows = kept
    if not rows:
        return lines
    roles: list[Role | None] = [None] * width
    header = [role_of(c or "") for c in rows[0]]
    if any(header) and all(
        r is not None or not (c or "").strip() for r, c in zip(header, rows[0], strict=True)
    ):
        roles = header
        trace.drop(" | ".join((c or "").strip() for c in rows[0] if c and c.strip()), HEADER)
        labels = [(c or "").strip() for c in rows[0]]
        rows = rows[1:]
    else:
        labels = [""] * width
    _settle_roles(roles, labels, rows, unit_of)
    _guess_roles(roles, rows, unit_of)
    for column, role in enumerate(roles):
        values = [text for row in rows if (text := (row[column] or "").strip())]
        if role == "index" and values:
            trace.drop("、".join(values), INDEX)
        elif role in ("other", "contact", "plan") and values:
            label = labels[column] or "未命名"
            reason = {"contact": CONTACT, "plan": NOT_NEWS.format(label)}.get(
                role, f"{OTHER}（{label}）"
            )
            trace.drop("；".join(values), reason)
    unit = None
    for row in rows:
        if "unit" in roles:
            cell = row[roles.index("unit")]
            if cell is not None:  # a merged cell carries the unit above it down
                unit_text = cell.strip()
                if _TOTAL_CELL.match(unit_text):
                    trace.drop(" | ".join(c.strip() for c in row if c and c.strip()), TOTAL)
                    continue
                unit = unit_of(unit_text) or unit_text
        row_lines = _row_text(row, roles)
        if not row_lines:
            continue
        if "unit" in roles and unit:
            row_lines[0] = f"【{unit}】{row_lines[0]}"
        lines += [*row_lines, ""]
    return lines


def _settle_roles(
    roles: list[Role | None],
    labels: list[str],
    rows: list[list[str | None]],
    unit_of: Callable[[str], str | None],
) -> None:
    """A progress column beside the work is bookkeeping (已完成, 持续推进); alone, it is the work.
    A 责任单位 column of offices (成果科) is bookkeeping; of units' names, it is the unit column."""
    for column, role in enumerate(roles):
        if role == "progress":
            roles[column] = "other" if "content" in roles else "content"
        elif role == "unit" and labels[column].startswith("责任"):
            cells = [(row[column] or "").strip() for row in rows if (row[column] or "").strip()]
            if sum(_names_a_unit(c, unit_of) for c in cells) * 2 < len(cells):
                roles[column] = "other"


def _names_a_unit(cell: str, unit_of: Callable[[str], str | None]) -> bool:
    """A cell that is a unit's name (东城区, 东城区科技局), not a text that mentions one
    (图1 东城区科技特派员下乡服务)."""
    return len(cell) <= 16 and not _CAPTION_START.match(cell) and unit_of(cell) is not None


def _guess_roles(
    roles: list[Role | None], rows: list[list[str | None]], unit_of: Callable[[str], str | None]
) -> None:
    """Without a header: a column of row numbers, and a column of unit names, tell themselves."""
    for column in range(len(roles)):
        if roles[column] is not None:
            continue
        cells = [(row[column] or "").strip() for row in rows if (row[column] or "").strip()]
        if not cells:
            roles[column] = "other"
        elif "index" not in roles and all(_INDEX_CELL.match(c) for c in cells) and len(roles) > 1:
            roles[column] = "index"
        elif (
            "unit" not in roles
            and sum(_names_a_unit(c, unit_of) for c in cells) * 2 >= len(cells)
            and len(roles) > 1
        ):
            roles[column] = "unit"
        else:
            roles[column] = "content"
    if roles[0] == "unit" and "content" not in roles and len(roles) == 1:
        roles[0] = "content"


def _row_text(row: list[str | None], roles: list[Role | None]) -> list[str]:
    date = next(
        (
            (row[i] or "").strip()
            for i, r in enumerate(roles)
            if r == "date" and (row[i] or "").strip()
        ),
        "",
    )
    text = ""
    for cell, role in zip(row, roles, strict=True):
        if role != "content" or not cell or not cell.strip():
            continue
        cell = cell.strip()
        if text and not _SENTENCE.search(text[-1]) and text[-1] not in "：:":
            text += "，"
        text += cell
    if not text:
        return [date] if date else []
    if date and not _STARTS_WITH_DATE.match(text) and not text.startswith(date):
        text = f"{date}，{text}"
    return text.split("\n")


def _is_form(rows: list[list[str | None]]) -> bool:
    """Label | value rows: the labels are short and at least two of them are known."""
    labels = [(row[0] or "").strip() for row in rows]
    known = [role_of(label) for label in labels if label]
    return (
        len(known) >= 2
        and sum(r is not None for r in known) >= 2
        and all(len(label) <= 8 and not _SENTENCE.search(label) for label in labels)
    )


def _form_lines(
    rows: list[list[str | None]], unit_of: Callable[[str], str | None], trace: Trace
) -> list[str]:
    lines: list[str] = []
    for row in rows:
        label, value = (row[0] or "").strip(), (row[1] or "").strip()
        if not value:
            continue
        role = role_of(label)
        if role == "unit":
            unit = unit_of(value)
            lines += [f"【{unit}】" if unit else f"单位：{value}", ""]
        elif role in ("contact", "date"):
            trace.drop(f"{label}：{value}", CONTACT)
        elif role == "plan":
            trace.drop(f"{label}：{value}", NOT_NEWS.format(label))
        elif role in ("other", "index"):
            trace.drop(f"{label}：{value}", f"{OTHER}（{label}）")
        else:
            lines += [*value.split("\n"), ""]
    return lines
