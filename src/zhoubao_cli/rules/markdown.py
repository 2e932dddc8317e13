"""Markdown becomes plain bulletin text: tables, links, emphasis, code, quotes, images, HTML.

Why: units write in Markdown editors, or paste from pages and chat apps that copy Markdown.
`[文字](url)` must print as 文字, `**重点**` as 重点, a `| 单位 | 动态 |` table as its rows (then read
like a Word table), and a picture (`![](a.png)`) not at all. Headings and list markers are left
for the block and item rules, which know what a heading or an item is.
"""

from __future__ import annotations

import re

from zhoubao_cli.content import Piece, Table
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import lazy_re

LABEL = "Markdown 标记改为正文"
IMAGE = "Markdown 图片"
CODE_FENCE = "Markdown 代码块标记"
LINK_DEFINITION = "Markdown 链接定义"
COMMENT = "Markdown/HTML 注释（不显示）"

_TABLE_ROW = lazy_re(r"^\s*\|.*\|\s*$|^[^|]+(?:\|[^|]*)+$")
_TABLE_RULE = lazy_re(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$|^\s*\|\s*:?-+:?\s*\|\s*$")
_FENCE = lazy_re(r"^\s*(?:```|~~~)")
_COMMENT = lazy_re(r"<!--.*?-->", re.DOTALL)
_LINK_DEFINITION = lazy_re(r"^\s*\[([^\]]+)\]:\s*\S+")
_IMAGE = lazy_re(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = lazy_re(r"\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = lazy_re(r"\[([^\]]+)\]\[([^\]]*)\]")
_AUTOLINK = lazy_re(r"<((?:https?|ftp|mailto):[^<>\s]+)>")
_TASK = lazy_re(r"^(\s*[-*+]\s+)\[[ xX]\]\s+")
_EMPHASIS = [
    lazy_re(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    lazy_re(r"__(?=\S)(.+?)(?<=\S)__"),
    lazy_re(r"~~(?=\S)(.+?)(?<=\S)~~"),
    lazy_re(r"(?<![*])\*(?=[^\s*\d])([^*]+?)(?<=[^\s*])\*(?![*])"),
    lazy_re(r"(?<![A-Za-z0-9_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![A-Za-z0-9_])"),
    lazy_re(r"`([^`]+)`"),
]
_QUOTE = lazy_re(r"^\s*(?:>\s?)+")
_BREAK_TAG = lazy_re(r"<br\s*/?>", re.IGNORECASE)
_TAG = lazy_re(r"</?(?:span|font|b|i|u|strong|em|p|div|sup|sub|mark|small)\b[^<>]*>", re.IGNORECASE)
_ESCAPE = lazy_re(r"\\([\\`*_{}\[\]()#+\-.!|~>])")
_ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"'}
# What the block rules read as a heading (# 西城区) and as a rule between parts (---, ***, ———).
HEADING = lazy_re(r"^#{1,6}\s*(.+?)\s*#*$")
RULE = lazy_re(r"^\s*([-*_=—])\1{2,}\s*$")


def to_plain(lines: list[str], trace: Trace) -> list[Piece]:
    """Lines of a text file as plain lines and tables."""
    pieces: list[Piece] = []
    table: list[str] = []
    in_code = False
    lines = _without_comments(lines, trace)
    # [文字][1] is a link only where [1]: … defines it; [强][强] is two chat emoticons.
    defined = {m.group(1).lower() for line in lines if (m := _LINK_DEFINITION.match(line))}

    def flush_table() -> None:
        if len(table) >= 2 and any(_TABLE_RULE.match(row) for row in table):
            rows = [_cells(row) for row in table if not _TABLE_RULE.match(row)]
            cells: list[list[str | None]] = [
                [_inline(c, trace, defined) for c in row] for row in rows
            ]
            pieces.append(Table(cells))
            pieces.append("")
            trace.changed(LABEL)
        else:
            for row in table:
                pieces.extend(_inline(row, trace, defined).split("\n"))
        table.clear()

    for line in lines:
        if _FENCE.match(line):
            in_code = not in_code
            trace.drop(line, CODE_FENCE)
            continue
        if not in_code and (_TABLE_ROW.match(line) or (table and _TABLE_RULE.match(line))):
            table.append(line)
            continue
        if table:
            flush_table()
        if not in_code and _LINK_DEFINITION.match(line):
            trace.drop(line, LINK_DEFINITION)
            continue
        pieces.extend(_inline(line, trace, defined).split("\n"))
    if table:
        flush_table()
    return pieces


def _without_comments(lines: list[str], trace: Trace) -> list[str]:
    """HTML comments (<!-- … -->, over several lines too) show nowhere: they go, and are listed."""
    text = "\n".join(lines)
    if "<!--" not in text:
        return lines
    for comment in _COMMENT.findall(text):
        trace.drop(comment, COMMENT)
    return _COMMENT.sub("", text).split("\n")


def _cells(row: str) -> list[str]:
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", row)]


def _inline(line: str, trace: Trace, defined: set[str]) -> str:
    original = line
    for image in _IMAGE.finditer(line):
        trace.drop(image.group(), IMAGE)
    line = _IMAGE.sub("", line)
    line = _TASK.sub(r"\1", line)
    line = _QUOTE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(
        lambda m: m.group(1) if (m.group(2) or m.group(1)).lower() in defined else m.group(), line
    )
    line = _AUTOLINK.sub(r"\1", line)
    line = _BREAK_TAG.sub("\n", line)
    line = _TAG.sub("", line)
    for pattern in _EMPHASIS:
        line = pattern.sub(r"\1", line)
    line = _ESCAPE.sub(r"\1", line)
    for entity, char in _ENTITIES.items():
        line = line.replace(entity, char)
    if line != original and not (original.strip() and not line.strip()):
        trace.changed(LABEL)
    return line
