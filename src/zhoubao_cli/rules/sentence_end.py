"""Every item ends with a full stop: a trailing comma or colon becomes 。, a bare end gets one.

Why: items are joined into a unit's paragraph with ；, which needs to know where each ends; and
a bulletin's sentences end with 。. Text that is not Chinese (a number, a name) is left alone.
"""

from __future__ import annotations

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import has_cjk, is_cjk

LABEL = "句末补句号"

_WEAK_ENDINGS = "，、：；,;:"
_STOP_AFTER = "”’）)》%"


def end_with_stop(text: str, trace: Trace) -> str:
    if not text or not has_cjk(text):
        return text
    last = text[-1]
    if last in _WEAK_ENDINGS or (last == "." and len(text) > 1 and is_cjk(text[-2])):
        trace.changed(LABEL)
        return text[:-1] + "。"
    if is_cjk(last) or (last.isascii() and last.isalnum()) or last in _STOP_AFTER:
        trace.changed(LABEL)
        return text + "。"
    return text
