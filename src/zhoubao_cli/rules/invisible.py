"""Invisible characters go: format characters (Cf) and control characters.

Why: zero-width spaces, joiners, direction marks, soft hyphens and a BOM in mid-text (Unicode
category Cf) come from web pages, chat apps and PDF copies. They are invisible on screen but break
search, the date checks ("1月\u200b28日") and the line grid of the printed page.
"""

from __future__ import annotations

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import lazy_re

LABEL = "删除不可见的格式字符"
CONTROL_LABEL = "删除控制字符"

# Every code point of Unicode's category Cf (Unicode 15); a test checks this against unicodedata.
_FORMAT_CHARS = lazy_re(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


# Control characters other than tab and line ends (a stray \x07 or \x0b from a converted file).
_CONTROL = lazy_re(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def remove_invisible(line: str, trace: Trace) -> str:
    cleaned, count = _FORMAT_CHARS.subn("", line)
    trace.changed(LABEL, count)
    return cleaned


def remove_control(text: str, trace: Trace) -> str:
    cleaned, count = _CONTROL.subn("", text)
    trace.changed(CONTROL_LABEL, count)
    return cleaned
