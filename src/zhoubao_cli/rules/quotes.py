"""Straight quotes in Chinese text become “ ” and ‘ ’, in pairs; an odd one is a warning.

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


def unpaired(text: str) -> bool:
    """Quotes that still do not pair up after mending (“ without ”, or a straight one)."""
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1
