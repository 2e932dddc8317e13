"""Characters that look like others: Kangxi radicals from PDF copies, Word's private-use bullets.

Why: text copied out of a PDF often carries the Kangxi radicals (⾛ U+2F9B, ⼯ U+2F2F) or the
compatibility ideographs in place of the ordinary characters they look like; they print the same
but are other characters, so search, the date checks and a font without them fail. They become
the ordinary characters: their Unicode compatibility mapping (NFKC: ⼯ → 工, ⾛ → 走), and for the
radicals supplement, which has none (⺠ U+2EA0, ⻩ U+2EE9), the ideograph each stands for
(Unicode's EquivalentUnifiedIdeograph data). A radical with no such ideograph stays. A Word bullet list pasted into
Notepad starts each line with a bullet from the Symbol font's private-use area (U+F0B7): it
becomes the list marker it was; any other private-use character goes and is listed.
"""

from __future__ import annotations

import re
import unicodedata

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import lazy_re

LABEL = "形近的部首或兼容字改为规范汉字"
PRIVATE = "无法显示的私用区字符"

# Kangxi radicals, CJK radicals supplement, CJK compatibility ideographs (and supplement).
_LOOKALIKE = lazy_re("[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")
# CJK Radicals Supplement → the unified ideograph it looks like (NFKC maps only ⺟ and ⻳).
_PAIRS = (
    "⺁厂⺅亻⺆冂⺇几⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺗㣺⺘扌⺙攵"
    "⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王⺪疋⺫目⺬示⺭礻⺮竹"
    "⺯糹⺰纟⺱罒⺲罒⺳㓁⺴罓⺵网⺷羊⺹耂⺺肀⺻聿⺼月⺽臼⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西"
    "⻅见⻆角⻈讠⻉贝⻋车⻌辶⻍辶⻎辶⻏阝⻐钅⻑長⻒镸⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风"
    "⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜"
    "⻲亀⻳龟"
)
_SUPPLEMENT: dict[str, str] = {_PAIRS[i]: _PAIRS[i + 1] for i in range(0, len(_PAIRS), 2)}
# Bullets of the Symbol and Wingdings fonts as Word pastes them into plain text.
_PRIVATE_BULLET = lazy_re("^\\s*[\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf06c\uf06e\uf075\uf0a8]\\s*")
_PRIVATE = lazy_re("[\ue000-\uf8ff]")


def ordinary(text: str) -> str:
    """The text with its lookalikes as the ordinary characters (for a file's name, say)."""
    return ordinary_characters(text, Trace()) if _LOOKALIKE.search(text) else text


def ordinary_characters(line: str, trace: Trace) -> str:
    if _LOOKALIKE.search(line):
        count = 0

        def ordinary(match: re.Match[str]) -> str:
            nonlocal count
            char = match.group()
            mapped = _SUPPLEMENT.get(char) or unicodedata.normalize("NFKC", char)
            count += mapped != char
            return mapped

        line = _LOOKALIKE.sub(ordinary, line)
        trace.changed(LABEL, count)
    if _PRIVATE.search(line):
        line = _PRIVATE_BULLET.sub("• ", line)
        for char in _PRIVATE.findall(line):
            trace.drop(char, PRIVATE)
        line = _PRIVATE.sub("", line)
    return line
