"""Photo captions go: 图为对接活动现场, （图为签约仪式）, 图1：…, 附图：.

Why: the bulletin prints no pictures, so the words that describe one describe nothing. Units
paste them where the photo stood: a line of their own, a clause between two items (…5项；图为
对接活动现场；2月4日…) or a bracket after a sentence. The clause goes with its separator; the
news around it stays.
"""

from __future__ import annotations

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import lazy_re

CAPTION = "图片说明（周报不印图片）"

_WHO = r"(?:上|下|左|右|附|组)?图\s*\d{0,2}\s*"
# A caption alone on its line: 图为…, 图1：…, 附图：…, （图为…）, 【图片说明】…
_CAPTION_LINE = lazy_re(
    rf"^[(（]?\s*(?:{_WHO}(?:为|是|示|[:：])|图片说明\s*[:：]?|【图片说明】|附图\s*[:：]?$)[^。；]*?[)）]?[。.]?$"
)
# A caption inside a line: （图为…） anywhere, or a 图为… clause between separators.
_CAPTION_BRACKET = lazy_re(rf"[(（]\s*{_WHO}(?:为|是|示)[^()（）]{{1,60}}[)）]")
_CAPTION_CLAUSE = lazy_re(rf"(?<=[；;。])\s*{_WHO}为[^；;。]{{1,60}}(?:[；;。]|$)")


def drop_captions(line: str, trace: Trace) -> str:
    stripped = line.strip()
    if not stripped:
        return line
    if _CAPTION_LINE.match(stripped):
        trace.drop(stripped, CAPTION)
        return ""
    mended = _CAPTION_BRACKET.sub(lambda m: _gone(m.group(), trace), stripped)
    mended = _CAPTION_CLAUSE.sub(lambda m: _gone(m.group(), trace), mended)
    return line if mended == stripped else mended


def _gone(text: str, trace: Trace) -> str:
    trace.drop(text.strip("；;。 "), CAPTION)
    return ""
