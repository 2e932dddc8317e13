"""Separator lines go: ------, ======, ＿＿＿, ※※※, ***, ——————, - - -, ·····.

Why: units draw a rule between their note to the editor and the news, between two messages of a
chat paste or above a quoted mail, in any width and with or without blanks. A rule is layout, not
text; printed it would be a line of dashes in the bulletin. A line goes when it holds two or
more separator marks and nothing else (a dash between figures, 2—3家, is not such a line).
"""

from __future__ import annotations

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import lazy_re

SEPARATOR = "分隔线"

_MARKS = "-－—–‒―─━_＿=＝*＊※~～·•・.．+＋#＃|｜/\\"
_SEPARATOR = lazy_re(
    r"^[\s\u3000]*(?:[-－—–‒―─━_＿=＝*＊※~～·•・.．+＋#＃|｜/\\][\s\u3000]*){2,}$",
    screen=lambda line: sum(line.count(mark) for mark in _MARKS) >= 2,
)


def is_separator(line: str) -> bool:
    """Whether the line is a rule drawn with marks (two or more, blanks between allowed)."""
    return bool(_SEPARATOR.match(line))


def drop_separators(line: str, trace: Trace) -> str:
    if line.strip() and is_separator(line):
        trace.drop(line, SEPARATOR)
        return ""
    return line
