"""Numbers as Chinese texts write them: 18, １８, 十八, 一百零二, 两百, and a year's 二〇二六.

Why: a date (二月十日), an item's number (第三条) and a masthead (第十八期, 第１８期) may each be
written in Chinese numerals or full-width digits, and each must be read as the same number.
"""

from __future__ import annotations

from zhoubao_cli.textrules import lazy_re

# Every character of a Chinese numeral, for a pattern that finds one: [\d{CHARS}]+.
CHARS = "〇零一二两三四五六七八九十百"
_VALUE = {"〇": 0, "两": 2} | {char: i for i, char in enumerate("零一二三四五六七八九")}
# 一百零二, 二百一十, 百二十 (a missing digit before 百 or 十 is 一); 零 stands for the missing tens.
_COUNTED = lazy_re(
    r"(?:(?P<h>[一二两三四五六七八九])?百(?:零(?=[一二三四五六七八九]$))?)?"
    r"(?:(?P<t>[一二两三四五六七八九])?(?P<ten>十))?"
    r"(?P<o>[一二两三四五六七八九])?"
)


def cn_number(text: str) -> int:
    """The number text writes: Arabic digits (full-width too), digit by digit (二〇二六), or counted
    in 百 and 十 up to 999. ValueError when it is none of them."""
    text = text.strip()
    if text.isdecimal():  # int() reads full-width digits as it reads ASCII ones
        return int(text)
    if text and all(char in _VALUE for char in text):  # 二〇二六, 三, 〇
        return int("".join(str(_VALUE[char]) for char in text))
    match = _COUNTED.fullmatch(text)
    if not text or match is None:
        raise ValueError(f"不是数字：{text}")
    hundreds = _VALUE[match["h"]] if match["h"] else (1 if "百" in text else 0)
    tens = _VALUE[match["t"]] if match["t"] else (1 if match["ten"] else 0)
    ones = _VALUE[match["o"]] if match["o"] else 0
    return hundreds * 100 + tens * 10 + ones
