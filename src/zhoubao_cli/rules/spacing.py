"""Spaces: none beside Chinese text, one between Latin words (1 月 29 日 → 1月29日, OPC 新赛道 stays).

Why: Chinese is written without spaces; spaces come from PDF copies, from typing around digits
and from full-width spaces used for indenting. A space between two Latin words or numbers is
part of the text and stays, as one.
"""

from __future__ import annotations

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import beside, is_wide, lazy_re

LABEL = "删除多余空格"

_SPACES = lazy_re(r"[ \t\u00a0\u3000\u2002-\u200a]+")
_SPACE = lazy_re(" ")


def tidy_spaces(text: str, trace: Trace) -> str:
    collapsed = _SPACES.sub(" ", text).strip()
    without = _SPACE.sub(lambda m: "" if beside(m, is_wide, is_wide) else " ", collapsed)
    if without != text:
        trace.changed(LABEL, max(1, len(text) - len(without)))
    return without
