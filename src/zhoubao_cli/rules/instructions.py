"""A unit's instruction about its items or versions, read as data: 第二条删掉, 第2条“12家”改为“15家”,
以此为准, 【更正】, 其余稍后补报.

Why: units correct what they sent by writing to the editor in the text itself. The words must
not be printed, and what they ask must be done or shown: an item taken out, a figure changed,
an earlier file replaced by this one, more to come. Read as an Instruction, the caller can apply
it (`apply`) or, when it cannot be applied safely (which item? the old words found twice?),
list it as a doubt for the editor. News that happens to say 改为 (将原厂房改为研发中心) or 第二条
(第二条生产线投产) is not an instruction: an instruction names an item and what to do with it,
or quotes the words to change, or speaks of versions.

- delete: 第二条删掉 / 第2条不要了 / 把第三条删除 / 删去第1条 / 上面那条删掉 (item None: which?);
- replace: 第二条中的“12家”改为“15家” / 第2条“12家”改成15家 / 把“签约”改为“签署” /
  第一条的数字改一下，应为15家 (old None: the words to change are not said);
- supersedes: 以此为准 / 这版替换昨天那版 / 【更正】 / （更正稿） / 此稿替换上一版 / 请用这一版;
- partial: the text is not all of it: 其余的稍后补报 / 还有一条明天报 / 先报这些.

Items are numbered from 1 as the unit wrote them; Chinese numerals are read by dates.cn_number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from zhoubao_cli.rules.dates import cn_number
from zhoubao_cli.textrules import lazy_re

Kind = Literal["delete", "replace", "rewrite", "supersedes", "partial"]


@dataclass(frozen=True)
class Instruction:
    """What a unit asks of its items or versions. words: the words that ask it, as written (the
    bracket alone when a mark such as 【更正】 stands before news)."""

    kind: Kind
    item: int | None
    old: str | None
    new: str | None
    words: str


# Screens: words every match of a family holds. A text without any of them is no instruction,
# and the family's patterns are not compiled for it (most sentences of a week are news).
_DELETE_WORDS = ("删", "去掉", "去除", "拿掉", "撤", "不要", "不用", "作废", "不报", "不刊")
_CHANGE_WORDS = (
    "改",
    "换",
    "应为",
    "应该是",
    "应是",
    "更正",
    "修改",
    "调整",
    "替换",
    "正确的是",
    "重新表述",
)
_VERSION_WORDS = ("更正", "补报", "补充", "更新", "修改", "修订", "重发", "替换", "最新")
_SUPERSEDE_WORDS = (
    "为准",
    "替换",
    "用这",
    "用此",
    "用本",
    "用新",
    "用最新",
    "作废",
    "稿",
    "不变",
    "照旧",
    "同前",
)
_PARTIAL_WORDS = (
    "稍后",
    "随后",
    "明天",
    "明日",
    "晚点",
    "后续",
    "下周",
    "回头",
    "待会",
    "一会",
    "下午",
    "先报",
    "先发",
    "先送",
    "先交",
)

_NUM = r"[一二三四五六七八九十两]{1,3}|\d{1,2}"
_ITEM = rf"第\s*(?P<n>{_NUM})\s*[条项段点]"
# The item of another sentence: which one is not said.
_THAT_ITEM = r"(?:上面|上边|前面|下面|刚才|之前|最后)?(?:那|这|上|该)?[一1个]?(?:条|段|项)"
_DELETE_VERB = r"(?:删掉|删除|删去|删了|去掉|去除|拿掉|撤掉|撤下|撤回|不要了?|不用了?|作废|不报了?|不刊发?|不用刊发?)"
_FILLER = r"(?:的|中的|里的|这条|信息|内容|动态|稿子|请|麻烦|先|就|也|给|直接)*"
_END = r"(?:[\s，,。！!~～；;）)】\]〕]|吧|啊|哈|哦|呀)*"
_START = r"^[（(【\[〔]?\s*(?:请|麻烦|烦请)?(?:帮忙|帮我)?"
_POLITE = r"(?:[，,\s]*(?:谢谢|麻烦了|辛苦了|感谢)[^，,。]{0,6})?"

_DELETE_AFTER = lazy_re(
    rf"{_START}(?:把|将)?{_ITEM}{_FILLER}[，,\s]*(?:请|麻烦)?{_DELETE_VERB}"
    rf"{_END}{_POLITE}{_END}$",
    screen=_DELETE_WORDS,
)
_DELETE_BEFORE = lazy_re(
    rf"{_START}(?:删掉|删除|删去|去掉|拿掉|撤掉|撤下){_ITEM}{_FILLER}{_END}{_POLITE}{_END}$",
    screen=_DELETE_WORDS,
)
_DELETE_THAT = lazy_re(
    rf"{_START}(?:把|将)?{_THAT_ITEM}{_FILLER}[，,\s]*(?:请|麻烦)?{_DELETE_VERB}{_END}{_POLITE}{_END}$",
    screen=_DELETE_WORDS,
)

# 第二条和第三条删掉: an instruction, but of several items, which one Instruction cannot hold.
_DELETE_MANY = lazy_re(
    rf"{_START}(?:把|将)?第\s*(?:{_NUM})\s*[条项段点]?(?:\s*[和、及与,，至到-]\s*第?\s*(?:{_NUM})\s*[条项段点]?)+"
    rf"{_FILLER}[，,\s]*(?:都|均|全部)?(?:请|麻烦)?{_DELETE_VERB}{_END}{_POLITE}{_END}$",
    screen=_DELETE_WORDS,
)
_TO = r"(?:改为|改成|更正为|修改为|更改为|调整为|换成|替换为|应为|应该是|应是)"
_Q = r"[“\"‘'「『]"
_UNQ = r"[”\"’'」』]"
_REPLACE_QUOTED = lazy_re(
    rf"^(?:请|麻烦|烦请)?(?:把|将)?(?:{_ITEM})?(?:中的|里的|中|里|的)?(?:把|将)?"
    rf"{_Q}(?P<old>[^“”\"‘’'「」『』]{{1,40}}){_UNQ}{_FILLER}[，,\s]*{_TO}\s*"
    rf"{_Q}?(?P<new>[^“”\"‘’'「」『』，,。！!；;]{{1,40}}?){_UNQ}?{_END}{_POLITE}{_END}$",
    screen=_CHANGE_WORDS,
)
_REPLACE_BARE = lazy_re(
    rf"^(?:请|麻烦|烦请)?(?:把|将)?{_ITEM}(?:中的|里的|中|里|的)?(?:把|将)?"
    rf"(?P<old>[^“”\"，,。！!；;]{{1,20}}?)\s*{_TO}\s*{_Q}?(?P<new>[^“”\"，,。！!；;]{{1,40}}?){_UNQ}?"
    rf"{_END}{_POLITE}{_END}$",
    screen=_CHANGE_WORDS,
)
# 第一条的数字改一下，应为15家: the item and the new words, not the old.
_REPLACE_VAGUE = lazy_re(
    rf"^(?:请|麻烦|烦请)?(?:把|将)?{_ITEM}[^，,。]{{0,10}}?(?:改一下|改下|修改一下|有误|错了|不对)[，,\s]*"
    rf"(?:{_TO}|正确的是)\s*{_Q}?(?P<new>[^“”\"，,。！!；;]{{1,40}}?){_UNQ}?{_END}{_POLITE}{_END}$",
    screen=_CHANGE_WORDS,
)
# 第2条改为：2月4日，…: the whole item in new words (the unit's name may come first).
_REWRITE = lazy_re(
    rf"^(?:[^\s，,。：:]{{2,12}}?(?:的)?)?{_ITEM}(?:内容|动态|信息)?\s*"
    rf"(?:{_TO}|更正如下|修改如下|重新表述为)\s*[:：]\s*(?P<new>.{{8,}}?)"
    rf"(?:[，,。；;\s]*(?:其他|其余|其它)(?:的|内容|条目)?(?:不变|照旧|同前)[。！!]?)?$",
    screen=_CHANGE_WORDS,
)
_FIGURE = lazy_re(r"\d|[一二三四五六七八九十两]+[家项个人名次场笔元万亿台套件所批月日号年%％]")
_OLD_IS_VAGUE = lazy_re(r"^(?:数字|数据|金额|日期|时间|名称|单位|标题|内容|表述|文字)$")

_VERSION_MARK = lazy_re(
    r"^\s*[【\[（(〔]\s*(?:更正|补报|补充|更新|修改|修订|重发|替换|最新)(?:稿|版|件)?\s*[】\]）)〕]",
    screen=_VERSION_WORDS,
)
_SUPERSEDES = lazy_re(
    r"以(?:此|这|该|本|新|最新|下面|下述|修改后|更正后|最后|上面|后面|我们|今天|此次|本次)[^，,。；;！!？?]{0,6}?为准|(?:此|这|该|本|新|修改|更正)(?:一?版|稿|个版本|份)[^，,。；;]{0,4}替换"
    r"|替换(?:掉)?(?:昨天|上午|下午|之前|刚才|前面|上一?|原来的?|原|旧|那)(?:的|个|份)?"
    r"(?:一?版|稿|版本|稿件|材料|文件|发的|报的|的)(?=$|[，,。！!])"
    r"|(?:用|采用|使用)(?:这|此|本|新|最新)(?:一|个)?(?:版|稿|份)"
    r"|(?:旧|原|前|上一?|之前的?|昨天的?|刚才的?)(?:版|稿|版本|稿件)?[^，,。；;]{0,4}作废"
    r"|^(?:更正稿|修改稿|更新稿|补报稿)[。！!]?$|[（(](?:更正稿|修改稿|更新稿|补报稿)[）)]"
    r"|^(?:其他|其余|其它)(?:的|内容|条目)?(?:不变|照旧|同前)[。！!]?$",
    screen=_SUPERSEDE_WORDS,
)
_PARTIAL = lazy_re(
    r"(?:其余|其他|剩下|剩余|另外|还有)[^，,。；;]{0,8}(?:稍后|随后|明天|明日|晚点|下午|后续|下周|回头|待会儿?|一会儿?)"
    r"[^，,。；;]{0,4}(?:补|报|发|送|提供)"
    r"|先(?:报|发|送|交)(?:这些|这几条|这两条|这一条|这个|一部分|部分)"
    r"|(?:稍后|随后|晚点|后续|明天|明日)(?:再)?(?:补报|补发|补充|补送|补上)",
    screen=_PARTIAL_WORDS,
)
_QUOTED = lazy_re(r"“[^“”]*”|《[^《》]*》|\"[^\"]*\"")
_LONGEST = 60  # an instruction is a short sentence; news is longer


def _number(text: str) -> int | None:
    """第2条, 第十二条: the item's number; None for what is not a number (第一二条)."""
    if text.isdigit():
        return int(text)
    try:
        return cn_number(text)
    except KeyError:
        return None


def _clean(text: str) -> str:
    return text.strip().strip("“”\"‘’'「」『』 ")


def read_instruction(text: str) -> Instruction | None:
    """The instruction a short text gives about the unit's items or versions, or None."""
    words = text.strip()
    if not words:
        return None
    if mark := _VERSION_MARK.match(words):  # 【更正】2月3日，…: the mark is the instruction
        return Instruction("supersedes", None, None, None, mark.group().strip())
    if m := _REWRITE.match(words):
        return Instruction("rewrite", _number(m["n"]), None, m["new"].strip(), words)
    if len(words) > _LONGEST:
        return None
    for pattern in (_DELETE_AFTER, _DELETE_BEFORE):
        if m := pattern.match(words):
            return Instruction("delete", _number(m["n"]), None, None, words)
    if _DELETE_THAT.match(words) or _DELETE_MANY.match(words):
        return Instruction("delete", None, None, None, words)
    if m := _REPLACE_QUOTED.match(words):
        item = _number(m["n"]) if m["n"] else None
        return Instruction("replace", item, _clean(m["old"]), _clean(m["new"]), words)
    if m := _REPLACE_VAGUE.match(words):
        return Instruction("replace", _number(m["n"]), None, _clean(m["new"]), words)
    if (m := _REPLACE_BARE.match(words)) and _FIGURE.search(m["new"]):
        # Unquoted, only a figure is read (第2条12家改成15家): 第二条生产线改为智能化产线 is news.
        old = _clean(m["old"])
        vague = bool(_OLD_IS_VAGUE.match(old)) or not _FIGURE.search(old)
        return Instruction(
            "replace", _number(m["n"]), None if vague else old, _clean(m["new"]), words
        )
    unquoted = _QUOTED.sub("“”", words)  # 开展“以此为准”活动 quotes, it does not ask
    if _SUPERSEDES.search(unquoted):
        return Instruction("supersedes", None, None, None, words)
    if _PARTIAL.search(unquoted):
        return Instruction("partial", None, None, None, words)
    return None


def apply(instruction: Instruction, items: list[str]) -> list[str] | None:
    """The items with the instruction done, or None when it cannot be done safely: no item named,
    an item number out of range, the old words not said, or found other than exactly once.
    supersedes and partial ask nothing of the items: they come back as they are."""
    if instruction.kind in ("supersedes", "partial"):
        return list(items)
    number = instruction.item
    if number is not None and not 1 <= number <= len(items):
        return None
    if instruction.kind == "delete":
        if number is None:
            return None
        return items[: number - 1] + items[number:]
    if instruction.kind == "rewrite":
        if number is None or not instruction.new:
            return None
        return [*items[: number - 1], instruction.new, *items[number:]]
    old, new = instruction.old, instruction.new
    if not old or new is None:
        return None
    where = [number - 1] if number is not None else range(len(items))
    hits = [(i, items[i].count(old)) for i in where]
    if sum(count for _, count in hits) != 1:
        return None
    index = next(i for i, count in hits if count == 1)
    changed = list(items)
    changed[index] = items[index].replace(old, new, 1)
    return changed
