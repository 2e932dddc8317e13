"""Full-width digits and Latin letters become half-width: ２月３日 → 2月3日, ＯＰＣ → OPC.

Why: official documents write numbers and Latin words half-width (GB/T 15834 and common
practice); a full-width date would also escape the date checks. Between digits, a full-width
．／－： is part of the number or date (１．０６亿元, ２０２６／２／９, ９：３０) and goes with them.
"""

from __future__ import annotations

import re

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import lazy_re

LABEL = "全角数字和字母改为半角"

_WIDE_ALNUM = lazy_re("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_WIDE_BETWEEN_DIGITS = lazy_re(r"(?<=\d)[．／－：](?=\d)")
_NARROW = {"．": ".", "／": "/", "－": "-", "：": ":"}


def to_half_width(line: str, trace: Trace) -> str:
    count = 0

    def narrow(match: re.Match[str]) -> str:
        nonlocal count
        count += len(match.group())
        return "".join(chr(ord(ch) - 0xFEE0) for ch in match.group())

    line = _WIDE_ALNUM.sub(narrow, line)
    line, between = _WIDE_BETWEEN_DIGITS.subn(lambda m: _NARROW[m.group()], line)
    trace.changed(LABEL, count + between)
    return line
