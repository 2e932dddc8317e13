"""A reply of nothing: "无", "本周无动态", "本周暂无相关工作" and the like.

NOTE is what the report says of such a unit.

Why: the call for submissions asks units with nothing this week to reply "无". Such a unit has
reported: it is not missing and must not be reminded, and nothing of it is printed (the bulletin
must not read 【东城区】无。). The editor's own phrases can be added in zhoubao.toml
(`nil_replies`). A form's field answered "无" (存在问题：无) is not text either.
"""

from __future__ import annotations

from functools import cache

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.items import strip_marker
from zhoubao_cli.rules.remarks import is_remark
from zhoubao_cli.textrules import lazy_re

EMPTY_FIELD = "填写“无”的栏目"
NOTE = "本周无动态（已算作报送，不刊出）"
WITHDRAWN = "对方随后说明作废的内容（本期无动态）"

DEFAULT_PHRASES = (
    "无",
    "暂无",
    "没有",
    "本周无",
    "本周暂无",
    "无动态",
    "暂无动态",
    "本周无动态",
    "本周无工作动态",
    "本周暂无相关工作",
    "本周无新增动态",
    "无相关内容",
    "无报送内容",
    "本周无信息报送",
)
# The shape of every such reply, so that the phrases need not list each wording.
_NIL_SHAPE = lazy_re(
    r"^(?:本周|本期|这周|此周|近期|近一周|上周|本周内|本次)?(?:暂|暂时|均|都|尚|还)?(?:无|没有|未有)"
    r"(?:新的|新增的?|相关的?|重要的?|重点的?|可报送?的?|需要?报送的?|需上报的?|值得报送的?)?"
    r"(?:工作)?(?:动态|信息|内容|材料|情况|进展|亮点|事项|稿件)?(?:可?(?:报送|上报|报))?$"
)
_NOISE = lazy_re(r"[\s。．.，,、！!～~…：:；;（）()“”\"'‘’]+")
_SPEAKER = lazy_re(r"^(?:我区|我县|我单位|本单位|我局|本区|本县|我们)")
# Why there is nothing, said before it: 受春节假期影响，/ 因疫情防控 / 春节期间.
_CAUSE = lazy_re(
    r"(?:受[\u4e00-\u9fff]{1,12}影响|(?:因|由于|鉴于)[\u4e00-\u9fff]{1,12}"
    r"|(?:春节|节日|节假日|假期|放假|元旦|国庆|节前|节后)(?:假期|放假)?(?:期间)?)"
)
_CLAUSE = lazy_re(r"[^，,；;。！!]+")
_BRACKETED = lazy_re(r"[（(][^（）()]{0,40}[）)]")
# What may follow the reply: thanks, a plea, a promise, or that an earlier message was wrong.
_AFTERWORDS = (
    r"(?:望|请|敬请|还请)?(?:理解|谅解|知悉|查收|见谅)|谢谢(?:老师|领导)?|感谢|抱歉|不好意思"
    r"|特此(?:说明|报告|告知|报送)|(?:下周|下期|下次)(?:一并|再)?(?:报送|上报|报|补报)"
    r"|上面那?[条个]?(?:是上期的?|是上周的?|作废|不算)?|是上[期周]的|请忽略|作废"
)
_AFTERWORD = lazy_re(_AFTERWORDS)
_ENDS_WITH_AFTERWORD = lazy_re(rf"(?:{_AFTERWORDS})+$")  # 本周无动态特此说明, without a comma
_ORG_PREFIX = lazy_re(r"^[\u4e00-\u9fff]{1,8}?(?:区|县|市|局)[:：]?")
_WITHDRAWS = lazy_re(r"发错|请忽略|作废|撤回|不算|是上[期周]的")
_LONGEST_ASIDE = 16
# The fields of a report form that may be answered 无.
_EMPTY_FIELD = lazy_re(
    r"^(?:存在(?:的)?问题|困难(?:和|与)?问题|问题|意见建议|建议|下(?:周|步|一步|阶段)(?:工作)?(?:计划|打算|安排)"
    r"|其他(?:事项)?|备注|典型经验|经验做法|特色亮点|亮点|需协调(?:解决)?(?:的)?(?:事项|问题)"
    r"|需要?(?:市里|上级)?(?:协调|支持)(?:解决)?(?:的)?(?:事项|问题))\s*[:：]\s*(?:无|暂无|没有)[。.]?$"
)


def is_nil_reply(
    text: str, phrases: tuple[str, ...] | list[str] = (), unit_names: tuple[str, ...] = ()
) -> bool:
    """Whether a unit's whole text says it has nothing this week, perhaps with asides around it:
    why (受春节假期影响，/ 因参加区两会，), that the last file was wrong (发错了，), a greeting, or
    an afterword (特此说明 / 望理解 / 下周一并报送 / 请忽略) and a remark in brackets."""
    text = _without_unit(_BRACKETED.sub("", text), unit_names)
    clauses = _CLAUSE.findall(text)
    while len(clauses) > 1 and _is_aside(clauses[0]):
        clauses.pop(0)
    while len(clauses) > 1 and _AFTERWORD.fullmatch(_NOISE.sub("", clauses[-1])):
        clauses.pop()
    return _says_nil("".join(clauses), phrases, unit_names)


def says_nothing(clause: str) -> bool:
    """One clause that is a reply of nothing (我区本期无, 东城区本周暂无动态), without asides;
    any unit's name may stand before it (the caller need not know the units)."""
    return _says_nil(clause, (), ()) or _says_nil(_ORG_PREFIX.sub("", clause.strip()), (), ())


def withdraws_the_rest(
    last: str, phrases: tuple[str, ...] | list[str] = (), unit_names: tuple[str, ...] = ()
) -> bool:
    """The last message takes back what came before and says there is nothing:
    发错了，我区本期无，上面那条是上期的，请忽略."""
    return bool(_WITHDRAWS.search(last)) and is_nil_reply(last, phrases, unit_names)


def _without_unit(text: str, unit_names: tuple[str, ...]) -> str:
    """东城区：… / 东城区本周无 without the unit's name (the longest name that fits)."""
    stripped = text.strip()
    for name in _longest_first(unit_names):
        if stripped.startswith(name):
            return stripped[len(name) :].lstrip("：:，, ")
    return stripped


@cache
def _longest_first(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(names, key=len, reverse=True))


def _is_aside(clause: str) -> bool:
    clause = clause.strip()
    return bool(_CAUSE.fullmatch(clause)) or is_remark(clause)


@cache
def _known(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_NOISE.sub("", p) for p in (*DEFAULT_PHRASES, *phrases))


def _says_nil(text: str, phrases: tuple[str, ...] | list[str], unit_names: tuple[str, ...]) -> bool:
    bare = _SPEAKER.sub(
        "", _without_unit(_ENDS_WITH_AFTERWORD.sub("", _NOISE.sub("", text)), unit_names)
    )
    if not bare or len(bare) > 20 + _LONGEST_ASIDE:
        return False
    if bare in _known(tuple(phrases)) or _NIL_SHAPE.match(bare):
        return True
    # The cause without a comma: 因春节放假本周无动态.
    return any(
        _CAUSE.fullmatch(bare[:cut]) and _NIL_SHAPE.match(_SPEAKER.sub("", bare[cut:]))
        for cut in range(2, min(len(bare), _LONGEST_ASIDE + 1))
    )


def drop_empty_field(line: str, trace: Trace) -> str:
    """存在问题：无 / 二、下步计划：暂无 — a form's field with nothing in it."""
    if _EMPTY_FIELD.match(strip_marker(line.strip())[0]):  # numbered as a part of the form
        trace.drop(line, EMPTY_FIELD)
        return ""
    return line
