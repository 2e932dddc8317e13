"""Items: where one item of a unit's report ends and the next begins.

Why: units send lists in every shape — numbered, bulleted, one line per item without a final 。,
or paragraphs that a chat app, a PDF copy or an old habit of pressing Enter at the end of each
screen line has cut into pieces. Gluing a list together prints a run-on sentence; leaving a cut
sentence apart prints half-sentences joined by ；. So a line continues the previous one only when
the previous one was cut mid-sentence, and there must be evidence of the cut:

- the previous line ends where no sentence can end: a comma, 、, an opening bracket or quote, or
  a word that needs what follows (的, 和, 与, 于, 推动, …);
- the line begins where no sentence can begin: closing punctuation, or a measure word (亿元, 家);
- the file's lines are cut at one width (a PDF or e-mail copy), and the previous line is full;
- the file separates its paragraphs by blank lines, so lines without one between them belong to
  one paragraph;
- the writer ends sentences with 。 elsewhere in the file, and the previous line is a long one
  with a comma in it: a sentence in progress, not a list item typed without 。.

A line that starts with a list marker or a date starts a new item whatever the rest says.
"""

from __future__ import annotations

from dataclasses import dataclass

from zhoubao_cli.textrules import ends_sentence, lazy_re

JOINED = "合并断行"
SPLIT = "未写句号的各行按列表分条"

# List markers, and the space after them. A marker followed by a date goes too (1、2月2日 and
# 2.2月4日); a decimal number does not (1.06亿元).
MARKER = lazy_re(
    r"^(?:[★☆◆◇●○■□▲△▶▷•·▪►✓✔※\-\*\+＊]"
    r"|\d{1,2}\s*[、，,](?=\s*\S)"
    r"|\d{1,2}\s*[.．](?!\d)|\d{1,2}\s*[.．](?=\d{1,2}\s*月\s*\d{1,2}\s*[日号])"
    r"|\d{1,2}\s*[)）]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]"
    r"|[一二三四五六七八九十]{1,3}\s*[、.．]|[①-⑳⑴-⒇⒈-⒛❶-❿➀-➉]"
    r"|第[一二三四五六七八九十\d]{1,3}[，,、：:])\s*"
)
# What starts an item of a bulletin: a date, or the words that stand for one.
_ITEM_START = lazy_re(
    r"^(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|\d{1,2}\s*[日号][，,、]"
    r"|近日|日前|近期|本周|上周|今年以来|年初以来|截至)"
)
# Ends that bind what follows, even a date: 于 / 和 / 、 / 推动 want their object on the next line.
_BINDING_END = lazy_re(
    r"(?:[、（(《“‘—\-/～~]"
    r"|[的和与及并或对在将把被从向为以于由之其各每该暨至到等同跟给让使及]"
    r"|以及|通过|围绕|关于|按照|根据|针对|作为|进一步|不断|持续|加快|加强|推动|推进|助力|赋能"
    r"|聚焦|深化|提升|打造|完善|开展|组织|举办|参加|参观|调研|走访|指导|协调|落实|支持|促进)$"
)
_CONTINUING_START = lazy_re(
    r"^(?:[，,。.、；;：:！!？?）)》”’」』…%％]|[亿万元个家项人名次场笔余多件批所座台套位户]"
    r"|[a-z])"
)
_MIN_WIDTH = 15  # shorter lines are not evidence of a wrap width
_LONG_LINE = 20
_COMMA = lazy_re(r"[，,]")


def strip_marker(line: str) -> tuple[str, bool]:
    """The line without its list marker, and whether it had one."""
    marker = MARKER.match(line)
    if marker is None:
        return line, False
    return line[marker.end() :], True


def starts_item(line: str) -> bool:
    return bool(MARKER.match(line) or _ITEM_START.match(line))


@dataclass(frozen=True)
class Layout:
    """How a file cuts its lines, learnt from all of them."""

    width: int | None = None  # the width a copy cut its lines at, when there is one
    blank_paragraphs: bool = False  # blank lines separate multi-line paragraphs
    uses_stops: bool = False  # lines end with 。 (or ；！？) where the writer ends a sentence


def layout_of(lines: list[str]) -> Layout:
    """Learn how a file cuts its lines.

    A wrap width is the length of the longest lines when at least two reach it (within two
    characters: full-width punctuation may be squeezed) and the writer ends sentences with 。
    — a list typed without 。 has no wrap width however alike its lines are. Blank-line
    paragraphs need two paragraphs of several lines (a title and a blank line prove nothing).
    """
    content = [line.strip() for line in lines if line.strip()]
    uses_stops = any(ends_sentence(line) for line in content[:-1]) or (
        len(content) >= 2 and sum(map(ends_sentence, content)) * 2 >= len(content)
    )
    width = None
    if content and uses_stops:
        longest = max(map(len, content))
        if longest >= _MIN_WIDTH and sum(len(line) >= longest - 2 for line in content) >= 2:
            width = longest
    groups, current = 0, 0
    for line in [*lines, ""]:
        if line.strip():
            current += 1
        else:
            groups += current >= 2
            current = 0
    return Layout(width, groups >= 2, uses_stops)


def continues(previous: str, line: str, layout: Layout) -> bool:
    """Whether line carries on the sentence that previous was cut in."""
    if not previous or ends_sentence(previous):
        return False
    if _CONTINUING_START.match(line):
        return True
    if _BINDING_END.search(previous):
        return True
    if starts_item(line):
        return False
    if previous.endswith(("，", ",", "：", ":")):
        return True
    if layout.width is not None and len(previous) >= layout.width - 2:
        return True
    if layout.blank_paragraphs:
        return True
    return layout.uses_stops and len(previous) >= _LONG_LINE and bool(_COMMA.search(previous))
