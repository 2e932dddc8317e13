"""A reply of nothing: "无", "本周无动态", "本周暂无相关工作" and the like.

NOTE is what the report says of such a unit.

Why: the call for submissions asks units with nothing this week to reply "无". Such a unit has
reported: it is not missing and must not be reminded, and nothing of it is printed (the bulletin
must not read 【东城区】无。). The editor's own phrases can be added in zhoubao.toml
(`nil_replies`). A form's field answered "无" (存在问题：无) is not text either.
"""

from __future__ import annotations

from zhoubao_cli.content import Drop
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.items import strip_marker
from zhoubao_cli.rules.nothing import (
    CAUSE,
    NOISE,
    says_nil,
    without_unit,
)
from zhoubao_cli.rules.remarks import is_remark
from zhoubao_cli.rules.vocabulary import AFTERWORDS, WITHDRAWAL
from zhoubao_cli.textrules import lazy_re

EMPTY_FIELD = "填写“无”的栏目"
NOTE = "本周无动态（已算作报送，不刊出）"
WITHDRAWN = "对方随后说明作废的内容（本期无动态）"

_CLAUSE = lazy_re(r"[^，,；;。！!]+")
# A letter's lead before the reply: 市科技局： / 现将我局第19期周报报送情况说明如下：
_LETTER_LEAD = lazy_re(
    r"^(?:[\u4e00-\u9fff]{2,16}(?:局|委|办|办公室|中心|处|科|室)\s*[:：]\s*)?"
    r"(?:现将|现就|兹将)[^。：:，,]{0,40}(?:[:：]|(?:如下|说明|报告)[，,])\s*",
    screen=("现将", "现就", "兹将"),
)
_BRACKETED = lazy_re(r"[（(][^（）()]{0,40}[）)]")
_AFTERWORD = lazy_re(AFTERWORDS)
_WITHDRAWS = lazy_re(WITHDRAWAL)
# A letter's words before its reply of nothing: 根据贵局通知要求 / 经认真梳理 / 我局认真梳理了本周工作.
_LETTER_ASIDE = lazy_re(
    r"(?:根据|按照|依据)[\u4e00-\u9fff]{1,16}(?:要求|通知|安排|部署)"
    r"|(?:经|经过)?(?:我局|我区|我县|我单位)?(?:认真|全面|仔细|逐项)?(?:梳理|排查|统计|核实|汇总|核查)了?"
    r"[\u4e00-\u9fff]{0,10}",
    screen=("根据", "按照", "依据", "梳理", "排查", "统计", "核实", "汇总", "核查"),
)
# The fields of a report form that may be answered 无.
_EMPTY_FIELD = lazy_re(
    r"^(?:存在(?:的)?问题|困难(?:和|与)?问题|问题|意见建议|建议|下(?:周|步|一步|阶段)(?:工作)?(?:计划|打算|安排)"
    r"|其他(?:事项)?|备注|典型经验|经验做法|特色亮点|亮点|需协调(?:解决)?(?:的)?(?:事项|问题)"
    r"|需要?(?:市里|上级)?(?:协调|支持)(?:解决)?(?:的)?(?:事项|问题))\s*[:：]\s*(?:无|暂无|没有)[。.]?$",
    screen=("无", "没有"),
)


def is_nil_reply(
    text: str, phrases: tuple[str, ...] | list[str] = (), unit_names: tuple[str, ...] = ()
) -> bool:
    """Whether a unit's whole text says it has nothing this week, perhaps with asides around it:
    why (受春节假期影响，/ 因参加区两会，), that the last file was wrong (发错了，), a greeting, or
    an afterword (特此说明 / 望理解 / 下周一并报送 / 请忽略) and a remark in brackets."""
    text = without_unit(_BRACKETED.sub("", text), unit_names)
    text = _LETTER_LEAD.sub("", text)
    clauses = _CLAUSE.findall(text)
    while len(clauses) > 1 and _is_aside(clauses[0]):
        clauses.pop(0)
    while len(clauses) > 1 and _AFTERWORD.fullmatch(NOISE.sub("", clauses[-1])):
        clauses.pop()
    if says_nil("".join(clauses), phrases, unit_names):
        return True
    # Said twice over: 本周我区无动态，零报告.
    return len(clauses) > 1 and all(says_nil(c, phrases, unit_names) for c in clauses)


def withdraws_the_rest(
    last: str, phrases: tuple[str, ...] | list[str] = (), unit_names: tuple[str, ...] = ()
) -> bool:
    """The last message takes back what came before and says there is nothing:
    发错了，我区本期无，上面那条是上期的，请忽略."""
    return bool(_WITHDRAWS.search(last)) and is_nil_reply(last, phrases, unit_names)


def withdrawn_by_a_dropped_line(drops: list[Drop], after: int, upto: int) -> bool:
    """A line that went as a remark between the earlier text and the reply of nothing took the
    earlier text back (上面这条是上期的，发错了，请忽略。 then 平阴县本周无动态。): lines after..upto."""
    return any(
        drop.at is not None and after <= drop.at <= upto and _WITHDRAWS.search(drop.text)
        for drop in drops
    )


def _is_aside(clause: str) -> bool:
    clause = clause.strip()
    return bool(CAUSE.fullmatch(clause) or _LETTER_ASIDE.fullmatch(clause)) or is_remark(clause)


def drop_empty_field(line: str, trace: Trace) -> str:
    """存在问题：无 / 二、下步计划：暂无 — a form's field with nothing in it."""
    if _EMPTY_FIELD.match(strip_marker(line.strip())[0]):  # numbered as a part of the form
        trace.drop(line, EMPTY_FIELD)
        return ""
    return line
