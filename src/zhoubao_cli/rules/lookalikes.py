"""Characters that look like others: Kangxi radicals from PDF copies, Word's private-use bullets.

Why: text copied out of a PDF often carries the Kangxi radicals (⾛ U+2F9B, ⼯ U+2F2F) or the
compatibility ideographs in place of the ordinary characters they look like; they print the same
but are other characters, so search, the date checks and a font without them fail. They become
the ordinary characters (their Unicode compatibility mapping). A Word bullet list pasted into
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
# Bullets of the Symbol and Wingdings fonts as Word pastes them into plain text.
_PRIVATE_BULLET = lazy_re("^\\s*[\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf06c\uf06e\uf075\uf0a8]\\s*")
_PRIVATE = lazy_re("[\ue000-\uf8ff]")


def ordinary_characters(line: str, trace: Trace) -> str:
    if _LOOKALIKE.search(line):
        count = 0

        def ordinary(match: re.Match[str]) -> str:
            nonlocal count
            char = match.group()
            mapped = unicodedata.normalize("NFKC", char)
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
