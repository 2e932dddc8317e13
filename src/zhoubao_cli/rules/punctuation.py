"""Half-width punctuation beside Chinese becomes full-width: , ; : ? ! ( ) . ... → ，；：？！（）。……

Why: official Chinese text uses full-width punctuation (GB/T 15834); half-width marks come from
English keyboards and converted files. A mark is Chinese when it stands beside Chinese text; in
numbers and Latin words it stays half-width (1.06, 3:2 in a score, OPC.ai, (1)). A bracket beside
Chinese turns even when its partner already is full-width (芯慧微电子(山东）→ 芯慧微电子（山东）).
"""

from __future__ import annotations

import re

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import beside, has_cjk, is_cjk, is_wide, lazy_re

PUNCT = "半角标点改为全角"
PAREN = "半角括号改为全角"
PERIOD = "句中半角句点改为句号"
ELLIPSIS = "省略号改为六个点"

_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_HALF_PUNCT = lazy_re(r"[,;:?!]")
_PAREN_PAIR = lazy_re(r"\(([^()（）]*)\)")
_PAREN = lazy_re(r"[()]")
# A full stop typed half-width between Chinese sentences; 1.06 and OPC.ai are not sentences.
_PERIOD = lazy_re(
    r"(?<=[\u3400-\u9fff”’）])\.(?=\s*(?:[\u3400-\u9fff“‘（]|$))", screen=lazy_re(r"[^\x00-\x7f]\.")
)
_ELLIPSIS = lazy_re(r"\.{3,}|。{3,}|…+")


def full_width_marks(text: str, trace: Trace) -> str:
    count = 0

    def turn(match: re.Match[str]) -> str:
        nonlocal count
        if beside(match, is_wide, is_cjk):
            count += 1
            return _HALF_TO_FULL[match.group()]
        return match.group()

    text = _HALF_PUNCT.sub(turn, text)
    trace.changed(PUNCT, count)
    return text


def full_width_parens(text: str, trace: Trace) -> str:
    count = 0

    def pair(match: re.Match[str]) -> str:
        nonlocal count
        start, end = match.span()
        before = match.string[start - 1] if start else ""
        after = match.string[end] if end < len(match.string) else ""
        if has_cjk(match.group(1) + before + after):
            count += 1
            return f"（{match.group(1)}）"
        return match.group()

    def lone(match: re.Match[str]) -> str:
        nonlocal count
        if beside(match, is_wide, is_wide):
            count += 1
            return "（" if match.group() == "(" else "）"
        return match.group()

    text = _PAREN.sub(lone, _PAREN_PAIR.sub(pair, text))
    trace.changed(PAREN, count)
    return text


def full_stops(text: str, trace: Trace) -> str:
    if "." in text:
        text, count = _PERIOD.subn("。", text)
        trace.changed(PERIOD, count)
    if has_cjk(text) and ("." in text or "。。" in text or "…" in text):
        trace.changed(ELLIPSIS, sum(m.group() != "……" for m in _ELLIPSIS.finditer(text)))
        text = _ELLIPSIS.sub("……", text)
    return text
