"""Emoji and pictographs go, with a warning that names them.

Why: a bulletin printed under the bureau's name has no emoji; units paste them from chat apps
(👍, 🎉, ✅, flags). The editor is told which were removed, in case one stood for a word.
The bulletin's own marks stay: ★ ☆ (item markers), ● ◆ ■ ▲ (list markers), ©, ®, ™ and arrows.
"""

from __future__ import annotations

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import lazy_re

REASON = "表情符号"

# Extended pictographs: the emoji blocks of plane 1, the miscellaneous symbols and dingbats
# (without ★ ☆), and the scattered emoji of the BMP. With them go what binds them: variation
# selectors, skin tones (in plane 1 already), the zero-width joiner, keycaps and tag characters.
_PICTOGRAPH = (
    "\U0001f000-\U0001faff\u2600-\u2604\u2607-\u27bf\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55"
    "\u231a\u231b\u2328\u23cf\u23e9-\u23f3\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0"
    "\u25fb-\u25fe\u2934\u2935\u203c\u2049\u2139\u3030\u303d\u3297\u3299"
)
_EMOJI = lazy_re(
    rf"[0-9#*]\ufe0f?\u20e3"  # keycaps 1️⃣
    rf"|[{_PICTOGRAPH}][\ufe0e\ufe0f\U000e0020-\U000e007f]*"
    rf"(?:\u200d[{_PICTOGRAPH}][\ufe0e\ufe0f]*)*"
)
_STRAY_SELECTOR = lazy_re("[\ufe0e\ufe0f\u20e3]")


def remove_emoji(line: str, trace: Trace) -> str:
    found = _EMOJI.findall(line)
    if not found:
        return line
    trace.drop("".join(found), REASON)
    leading = _EMOJI.match(line.lstrip())
    line = _STRAY_SELECTOR.sub("", _EMOJI.sub("", line))
    # ✅ 2月3日… / 🔥完成…: an emoji at the start stood for a list marker, and still starts an item.
    return f"• {line.lstrip()}" if leading and line.strip() else line


def warning(trace: Trace) -> str | None:
    """One warning for the file, naming every emoji removed."""
    removed = "".join(d.text for d in trace.dropped if d.reason == REASON)
    if not removed:
        return None
    return f"删除了表情符号 {removed}，请核对原意是否完整"
