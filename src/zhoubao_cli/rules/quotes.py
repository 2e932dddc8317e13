"""Straight quotes in Chinese text become “ ” and ‘ ’, in pairs; an odd one is a warning, and so
is any quote, bracket or title mark left without its partner.

Why: Chinese punctuation uses curly quotes; straight ones come from English keyboards and chat
apps. They can only be turned by pairs: an unpaired quote is left for the editor to look at.
"""

from __future__ import annotations

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import has_cjk

LABEL = "直引号改为弯引号"
UNPAIRED = "unpaired_quotes"


def curl_quotes(text: str, trace: Trace) -> str:
    if not has_cjk(text):
        return text
    for straight, (left, right) in (('"', ("“", "”")), ("'", ("‘", "’"))):
        count = text.count(straight)
        if not count:
            continue
        if count % 2:
            if straight == '"':
                trace.flags.add(UNPAIRED)
            continue
        pieces = text.split(straight)
        text = pieces[0]
        for index, piece in enumerate(pieces[1:]):
            text += (left if index % 2 == 0 else right) + piece
        trace.changed(LABEL, count)
    return text


_PAIRS = (("“", "”", "引号"), ("（", "）", "括号"), ("《", "》", "书名号"))


def unbalanced(text: str, straight_unpaired: bool = False) -> list[str]:
    """The marks that do not pair up in the mended text: 引号 (a straight one left odd, or
    “ without ”), 括号, 书名号. Text is never changed for them: the editor looks."""
    found = ["引号"] if straight_unpaired else []
    for opening, closing, name in _PAIRS:
        if text.count(opening) != text.count(closing) and name not in found:
            found.append(name)
    return found
