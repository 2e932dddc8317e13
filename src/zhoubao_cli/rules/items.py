"""Items: where one item of a unit's report ends and the next begins.

Why: units send lists in every shape — numbered, bulleted, one line per item without a final 。,
or paragraphs that a chat app, a PDF copy or an old habit of pressing Enter at the end of each
screen line has cut into pieces. Gluing a list together prints a run-on sentence; leaving a cut
sentence apart prints half-sentences joined by ；. So a line continues the previous one only when
the previous one was cut mid-sentence, and there must be evidence of the cut:

- the previous line ends where no sentence can end: a comma, 、, an opening bracket or quote, or
  a word that needs what follows (的, 和, 于, 至; verbs such as 推动, 组织 unless a new item follows);
- the line begins where no sentence can begin: closing punctuation, a measure word or an amount
  (家, 亿元, 1.06亿元), or it is too short to be an item (工作);
- the file separates its paragraphs by blank lines, so lines without one between them belong to
  one paragraph;
- the previous line is as long as the longest lines of a file whose sentences end with 。: a PDF
  or e-mail copy cut it at a width (two lines or more reach it), or a wrap cut it once in the
  middle of a sentence (it holds a comma).

A list typed without 。 has none of this evidence, however alike its lines are: each line is an
item. A line that starts with a list marker or a date starts a new item whatever the rest says.

A soft break (Word's Shift+Enter <w:br/>, or U+2028 LINE / U+2029 PARAGRAPH SEPARATOR pasted from
a web page or a phone) is where a writer or an app wrapped a line, not where an item ends: a
sentence it cuts (…科技创新 / 研讨会，…) is one sentence, one item. After a part of a sentence
(a comma in it, or the next part starting with 家/项/，…) the next part joins it unless it begins
as an item does (a date, a list marker, 【unit】 or a name and a colon, or a verb that opens an
item of work: 组织, 走访); a paragraph without any 。 is a list typed line by line and keeps its
lines, and in one whose lines mostly end with ；/。 a line ending with nothing is an item too,
unless it ends with a comma.
"""

from __future__ import annotations

from dataclasses import dataclass

from zhoubao_cli.textrules import ends_sentence, join_fragments, lazy_re

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
# Ends that bind what follows, even a date: 于 / 和 / 至 / 、 want their object on the next line.
_BINDING_END = lazy_re(
    r"(?:[、（(《“‘—\-/～~]|[的和与及于至将把被从由对向为在]"
    r"|以及|通过|围绕|关于|按照|根据|针对|作为|进一步)$"
)
# ...but not when the character closes a word that ends a clause as well as any other word does
# (意向, 参与, 存在, 目的): 达成合作意向 is a whole item.
_CLAUSE_END_WORD = lazy_re(
    r"(?:意向|方向|导向|动向|走向|取向|倾向|志向|去向|流向|参与|给与|存在|现在|所在|实在|内在|潜在|外在"
    r"|自在|目的|涉及|普及|危及|波及|触及|顾及|来不及|应对|核对|比对|相对|绝对|配对|理由|自由|缘由|事由"
    r"|总和|缓和|温和|平和|祥和|行为|有为|服从|顺从|老将)$"
)
# Verbs that hardly end a clause (推动, 组织): their object is on the next line, unless that line
# starts an item of its own. (参加, 调研, 开展 end clauses often: 20家企业参加.)
_VERB_END = lazy_re(
    r"(?:推动|推进|加快|加强|助力|赋能|聚焦|深化|打造|组织|协调|促进|支持|参观|陪同|联合|会同|带领|邀请"
    r"|不断|持续)$"
)
_CONTINUING_START = lazy_re(
    r"^(?:[，,。.、；;：:！!？?）)》”’」』…%％]|[亿万元个家项人名次场笔余多件批所座台套位户]"
    r"|[a-z]|\d+(?:\.\d+)?\s*(?:千万|亿|万|千)?元|\d+(?:\.\d+)?\s*[%％])"
)
_FRAGMENT = 4  # a line this short (工作) is the end of a word, not an item
_MIN_WIDTH = 15  # shorter lines are not evidence of a wrap width
_STOP = lazy_re("[。！？；]")
_INNER_PUNCT = lazy_re("[，、；：,]")
_LONG_LINE = 20


SOFT_BREAKS = "\u2028\u2029"
_SOFT_BREAK = lazy_re("[\u2028\u2029]")
# 【东城区】… or 东城区：… — a part for a unit begins here.
_NAMED_START = lazy_re(r"^(?:[【\[]|[^\s:：，。；！？,;!?]{2,16}[:：])")


# Verbs an item of work opens with (组织3家企业…, 走访…): after a soft break, a new item.
_ITEM_VERB = lazy_re(
    r"^(?:组织|召开|举办|举行|开展|走访|赴|深入|完成|启动|印发|出台|发布|参加|接待|调研|对接|指导"
    r"|协调|落实|审核|受理|申报|成功|积极|持续|全力|认真|扎实|牵头|配合|陪同|带队|会同|联合|邀请"
    r"|召集|主持|参观|考察|推进|推动|加快|部署|举荐|遴选|认定|评审|签订|签约|争取|获批)"
)


def split_soft_breaks(text: str) -> list[str]:
    """A paragraph's text cut at its soft breaks ("\\n" of <w:br/>, U+2028, U+2029) into lines,
    a sentence cut by one joined again (see the module's reason)."""
    lines = _SOFT_BREAK.sub("\n", text).split("\n")
    if len(lines) < 2 or not any(_STOP.search(line) for line in lines):
        return lines
    # Every line inside the paragraph ends with 。 or ；: the writer ends items at line ends here,
    # and a line ending with nothing is an item too (…15家企业参加 / 组织3家企业申报…).
    inner = [line.strip() for line in lines[:-1] if line.strip()]
    listed = sum(map(ends_sentence, inner)) * 2 > len(inner)
    out: list[str] = []
    for line in lines:
        previous = out[-1].rstrip() if out else ""
        part = line.strip()
        if previous and part and _cut_by_soft_break(previous, part, listed=listed):
            out[-1] = join_fragments(previous, part)
        else:
            out.append(line)
    return out


def soft_joins(text: str, lines: list[str]) -> int:
    """How many soft breaks of text split_soft_breaks joined into `lines`."""
    breaks = text.count("\n") + sum(text.count(mark) for mark in SOFT_BREAKS)
    return breaks + 1 - len(lines)


def _cut_by_soft_break(previous: str, line: str, *, listed: bool) -> bool:
    if ends_sentence(previous) or starts_item(line) or _NAMED_START.match(line):
        return False
    if previous.endswith(("：", ":")):  # 市科技局：/ 现将…如下：: what follows starts anew
        return False
    if previous.endswith(("，", ",", "、")) or _CONTINUING_START.match(line):
        return True
    if previous[-1].isdigit() and line[0].isdigit():  # a number cut: 1 / 2名
        return True
    if listed or _ITEM_VERB.match(line):  # 组织3家企业申报…: an item of its own
        return False
    # A title line (本周工作动态) has no punctuation: what follows is its first item.
    return bool(_INNER_PUNCT.search(previous) or _CONTINUING_START.match(line))


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

    longest: int = 0  # the longest line: a line cut by a wrap is one of the longest
    wrapped: bool = False  # two or more lines reach the longest: a copy cut them at a width
    cut_at_width: bool = False  # three or more are exactly that long: surely cut at it
    blank_paragraphs: bool = False  # blank lines separate multi-line paragraphs
    uses_stops: bool = False  # lines end with 。 (or ；！？) where the writer ends a sentence


def layout_of(lines: list[str], *, blank_lines_are_paragraphs: bool = True) -> Layout:
    """Learn how a file cuts its lines.

    A wrap width is the length of the longest lines when at least two reach it (within two
    characters: full-width punctuation may be squeezed) and the writer ends sentences with 。
    — a list typed without 。 has no wrap width however alike its lines are. Blank-line
    paragraphs need two paragraphs of several lines (a title and a blank line prove nothing).
    """
    content = [line.strip() for line in lines if line.strip()]
    # A writer who ends sentences with 。 does so inside lines too, where a wrap put them; a list
    # typed without 。 has none anywhere.
    uses_stops = any(_STOP.search(line) for line in content[:-1]) or (
        len(content) >= 2 and sum(map(ends_sentence, content)) * 2 >= len(content)
    )
    longest = max(map(len, content), default=0)
    wrapped = longest >= _MIN_WIDTH and sum(len(line) >= longest - 2 for line in content) >= 2
    # Three lines or more exactly as long, of running prose (commas inside most of them): a list
    # of short items can be alike in length, but its items have no commas to speak of.
    full = [line for line in content if len(line) == longest]
    prose = sum(bool(_INNER_PUNCT.search(line[:-1])) for line in full)
    cut_at_width = longest >= _MIN_WIDTH and len(full) >= 3 and prose * 3 >= len(full) * 2
    groups, current = 0, 0
    for line in [*lines, ""]:
        if line.strip():
            current += 1
        else:
            groups += current >= 2
            current = 0
    return Layout(
        longest, wrapped, cut_at_width, blank_lines_are_paragraphs and groups >= 2, uses_stops
    )


def continues(previous: str, line: str, layout: Layout, *, across_paragraphs: bool = False) -> bool:
    """Whether line carries on the sentence that previous was cut in.

    Across a paragraph break (a blank line, a new Word paragraph) only the text itself can say
    so: a page break in a PDF copy or a PDF pasted into Word cut the sentence (…研发投入和 /
    科技统计工作). The layout of the lines says nothing about paragraphs the writer made.
    """
    if not previous or ends_sentence(previous):
        return False
    if _CONTINUING_START.match(line):
        return True
    if _BINDING_END.search(previous) and not _CLAUSE_END_WORD.search(previous):
        return True
    if len(line) <= _FRAGMENT and not starts_item(line):
        return True
    if starts_item(line):
        return False
    if previous.endswith(("，", ",", "：", ":")):
        return True
    if across_paragraphs:
        return False
    if _VERB_END.search(previous):
        return True
    if layout.blank_paragraphs:
        return True
    # A line as long as the longest, in a file whose sentences end with 。, was cut by a wrap:
    # by one at a width (two such lines), or once, in a sentence (a comma in it).
    full = layout.longest >= _MIN_WIDTH and len(previous) >= layout.longest - 2
    if full and layout.cut_at_width:
        return True
    one_cut = len(previous) >= _LONG_LINE and ("，" in previous or "," in previous)
    return layout.uses_stops and full and (layout.wrapped or one_cut)
